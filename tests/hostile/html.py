"""Hostile web pages: odd or dangerous declared charsets."""

from __future__ import annotations

ODD_CHARSETS = [
    "rot13",
    "rot-13",
    "base64",
    "zlib",
    "hex",
    "bz2",
    "uu",
    "quopri",
    "utf-7",
    "idna",
    "punycode",
    "unicode-escape",
    "raw-unicode-escape",
    "mbcs",
    "undefined",
    "x-unknown",
    "utf-32",
    "charmap",
    "",
]


def page(charset: str, encoding: str = "utf-8") -> bytes:
    return (
        f'<html><head><meta charset="{charset}"><title>某局工作总结</title></head>'
        "<body><p>一、工作总结</p><p>全年完成投资12亿元，增长10%。</p></body></html>"
    ).encode(encoding)
