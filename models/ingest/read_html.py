"""Reading saved web pages (.html/.htm): encoding, then the visible text of the page.

The encoding comes from a BOM, else a <meta charset> / http-equiv declaration that
decodes the bytes strictly, else the same detection as plain text files. Scripts,
styles, navigation, headers, footers, frames and forms are dropped; block elements
become line breaks. Nothing is ever fetched: the page is parsed as a string only.
"""

from __future__ import annotations

import codecs
import re
from typing import Any

from models.errors import DecodeError, UnsupportedFormat, message
from models.ingest.read_text import decode_text, normalize_text, sniff_binary, spaced_label

_META_RE = re.compile(rb"""<(?:meta[^>]+charset|\?xml[^>]+encoding)\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)
_DROP = (
    "script",
    "style",
    "noscript",
    "nav",
    "header",
    "footer",
    "iframe",
    "frame",
    "frameset",
    "form",
    "template",
    "svg",
    "canvas",
    "object",
    "embed",
    "head",
    "select",
    "button",
)
_BLOCKS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "center",
        "dd",
        "details",
        "dialog",
        "dir",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "html",
        "li",
        "main",
        "menu",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "ul",
        "caption",
    ]
)
_CELLS = frozenset(("td", "th"))
# Exact class/id names of page chrome; "header" is left out on purpose (titles live there).
_CHROME_NAMES = frozenset(
    [
        "nav",
        "navbar",
        "navigation",
        "menu",
        "breadcrumb",
        "breadcrumbs",
        "crumb",
        "crumbs",
        "footer",
        "sidebar",
        "share",
        "toolbar",
    ]
)
# Declared charsets that are subsets of a codec we decode with.
_WIDER = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "hz-gb-2312": "hz"}
_SPACES_RE = re.compile(r"[ \t\r\f\v]+")
_WEB_CODECS = (
    "utf-8",
    "utf-16",
    "gb18030",
    "gbk",
    "gb2312",
    "hz",
    "big5",
    "cp950",
    "shift_jis",
    "cp932",
    "euc_",
    "iso2022",
    "iso8859",
    "latin-1",
    "cp125",
    "koi8",
    "mac-",
    "cp874",
    "tis-620",
    "ascii",
    "cp936",
    "cp949",
)


def _declared_codec(data: bytes) -> str | None:
    match = _META_RE.search(data[:4096])
    if match is None:
        return None
    label = match.group(1).decode("ascii", "ignore").lower()
    label = _WIDER.get(label, label)
    try:
        info = codecs.lookup(label)
    except (LookupError, ValueError):
        return None
    # Only the encodings web pages are written in: rot13, base64, zlib, utf-7, idna and the like are ignored.
    if not getattr(info, "_is_text_encoding", True) or not info.name.startswith(_WEB_CODECS):
        return None
    return info.name


def decode_html(data: bytes, name: str) -> tuple[str, str]:
    """Decode a page's bytes; returns (markup, codec name)."""
    kind = sniff_binary(data)
    if kind is not None:
        raise UnsupportedFormat(
            message("文件“{0}”虽然是网页文件的扩展名，实际是{1}，无法作为网页读取。", name, spaced_label(kind))
        )
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return decode_text(data, name)
    codec = _declared_codec(data)
    tries: list[str] = [] if codec is None else ["big5", "cp950"] if codec == "big5" else [codec]
    for candidate in tries:
        try:
            text = data.decode(candidate)
        except (UnicodeError, LookupError):
            continue  # the declaration is wrong; detect instead
        return normalize_text(text, name), candidate
    return decode_text(data, name)


def _is_chrome(node: Any) -> bool:
    """Hidden elements and ones whose class/id/role names them navigation or page chrome."""
    attrs = node.attrs
    if "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return True
    style = str(attrs.get("style", "")).replace(" ", "").lower()
    if "display:none" in style or "visibility:hidden" in style:
        return True
    if str(attrs.get("role", "")).lower() in ("navigation", "banner", "contentinfo", "search"):
        return True
    classes = attrs.get("class") or []
    names = {str(c).lower() for c in (classes if isinstance(classes, list) else str(classes).split())}
    names.add(str(attrs.get("id", "")).lower())
    return not names.isdisjoint(_CHROME_NAMES)


def _collect(node: object, out: list[str]) -> None:
    from bs4.element import NavigableString, PreformattedString, Tag

    if isinstance(node, PreformattedString):  # comments, doctype, CDATA, processing instructions
        return
    if isinstance(node, NavigableString):
        out.append(_SPACES_RE.sub(" ", str(node).replace("\n", " ")))
        return
    if not isinstance(node, Tag):
        return
    tag = node.name.lower() if node.name else ""
    if tag in _DROP or _is_chrome(node):
        return
    if tag == "br":
        out.append("\n")
        return
    if tag == "pre":
        out.append("\n" + node.get_text() + "\n")
        return
    block = tag in _BLOCKS
    if block:
        out.append("\n")
    for child in node.children:
        _collect(child, out)
    if block:
        out.append("\n")
    elif tag in _CELLS:
        out.append(" ")


def html_to_text(markup: str) -> str:
    """Visible text of a page: one block per line, dropped elements left out."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(markup, "lxml")
    out: list[str] = []
    root = soup.body if soup.body is not None else soup
    _collect(root, out)
    lines = (line.strip(" \t\xa0") for line in "".join(out).split("\n"))
    return "\n".join(line for line in lines if line)


def read_html(data: bytes, name: str) -> tuple[str, str]:
    """Return (page text, codec name) for a saved web page.

    Raises:
        UnsupportedFormat: the bytes are really an image, PDF or archive.
        DecodeError: the page cannot be decoded or parsed.
    """
    markup, codec = decode_html(data, name)
    try:
        text = html_to_text(markup)
    except Exception as exc:  # lxml/bs4 failures on badly broken markup
        raise DecodeError(message("无法解析网页文件“{0}”。", name), repr(exc)) from exc
    return text, codec
