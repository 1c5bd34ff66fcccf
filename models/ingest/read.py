"""Reading report files (txt in any CJK encoding, docx, html, pdf) into plain text.

This module owns the entry points, the file checks and the size bounds; each format's
decoding lives in ``read_text``, ``read_docx``, ``read_html`` and ``read_pdf``.
"""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from models.errors import DecodeError, EmptyDocument, UnsupportedFormat

SUPPORTED_SUFFIXES: dict[str, str] = {
    ".txt": "txt",
    ".text": "txt",
    ".docx": "docx",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
}
SUPPORTED_LABEL = ".txt、.docx、.html/.htm、.pdf"

MB = 1024 * 1024
# Text-like files above this are refused rather than read (a report is rarely over 1 MB).
MAX_TEXT_BYTES = 16 * MB  # cleaning costs ~0.6 s per MB: bounded time and memory
# Packaged formats carry images, so their files may be bigger.
MAX_PACKAGE_BYTES = 200 * MB


@dataclass(frozen=True)
class RawText:
    """Decoded text of a file; paragraphs separated by "\\n"."""

    text: str
    encoding: str | None
    source_format: str  # "txt" | "docx" | "html" | "pdf"
    content_hash: str  # sha256 hex of the file's bytes


def format_of(name: str) -> str:
    """Return the source format ("txt", "docx", "html", "pdf") named by a file's suffix.

    Raises:
        UnsupportedFormat: for any other suffix, listing the supported types.
    """
    suffix = Path(name).suffix.lower()
    fmt = SUPPORTED_SUFFIXES.get(suffix)
    if fmt is None:
        if suffix == ".doc":
            hint = "旧版 Word 文档（.doc）请先在 Word 或 WPS 中另存为 .docx；"
        elif suffix:
            hint = f"不支持“{suffix}”类型；"
        else:
            hint = "文件没有扩展名，无法判断类型；"
        raise UnsupportedFormat(f"无法读取文件“{Path(name).name}”：{hint}支持的类型为 {SUPPORTED_LABEL}。")
    return fmt


def _size_bound(fmt: str) -> int:
    return MAX_TEXT_BYTES if fmt in ("txt", "html") else MAX_PACKAGE_BYTES


def _check_size(size: int, fmt: str, name: str) -> None:
    bound = _size_bound(fmt)
    if size > bound:
        raise DecodeError(
            f"文件“{name}”有 {size / MB:.1f} MB，超过了 {bound // MB} MB 的上限，不像是一份工作报告，未读取。"
        )


def read_file(path: Path) -> RawText:
    """Read one report file from disk.

    Args:
        path: the file to read.

    Returns:
        The decoded text, its encoding, format and the sha256 of the file's bytes.

    Raises:
        UnsupportedFormat: the suffix or the content is not a supported type.
        DecodeError: the file is missing, unreadable, too big, damaged or undecodable.
        EmptyDocument: the file has no readable text.
    """
    path = Path(path)
    name = path.name
    fmt = format_of(name)
    try:
        info = path.stat()
    except FileNotFoundError as exc:
        raise DecodeError(f"找不到文件“{name}”（{path}）。") from exc
    except OSError as exc:
        raise DecodeError(f"无法读取文件“{name}”：{exc.strerror or exc}。") from exc
    if stat.S_ISDIR(info.st_mode):
        raise DecodeError(f"“{name}”是一个文件夹，不是文件。")
    if not stat.S_ISREG(info.st_mode):
        raise DecodeError(f"“{name}”不是普通文件，无法读取。")
    _check_size(info.st_size, fmt, name)
    if not os.access(path, os.R_OK):
        raise DecodeError(f"没有读取文件“{name}”的权限。")
    try:
        with path.open("rb") as handle:
            data = handle.read(_size_bound(fmt) + 1)
    except PermissionError as exc:
        raise DecodeError(f"没有读取文件“{name}”的权限。") from exc
    except OSError as exc:
        raise DecodeError(f"无法读取文件“{name}”：{exc.strerror or exc}。") from exc
    return read_bytes(data, name)


def read_bytes(data: bytes, name: str) -> RawText:
    """Decode a report file's content already in memory.

    Args:
        data: the file's bytes.
        name: the file name; its suffix gives the format.

    Returns:
        The decoded text with "\\n" newlines.

    Raises:
        UnsupportedFormat, DecodeError, EmptyDocument: with a message naming the file.
    """
    name = Path(name).name
    fmt = format_of(name)
    _check_size(len(data), fmt, name)
    if not data.strip():
        raise EmptyDocument(f"文件“{name}”是空的，没有可读的文字。")
    encoding: str | None
    if fmt == "txt":
        from models.ingest.read_text import decode_text

        text, encoding = decode_text(data, name)
    elif fmt == "html":
        from models.ingest.read_html import read_html

        text, encoding = read_html(data, name)
    elif fmt == "docx":
        from models.ingest.read_docx import read_docx

        text, encoding = read_docx(data, name), None
    else:
        from models.ingest.read_pdf import read_pdf

        text, encoding = read_pdf(data, name), None
    if fmt not in ("txt", "html"):  # issue 15: every reader applies the .txt control-character policy
        from models.ingest.read_text import normalize_text

        text = normalize_text(text, name)
    if not text.strip():
        raise EmptyDocument(f"文件“{name}”中没有可读的文字。")
    return RawText(text, encoding, fmt, hashlib.sha256(data).hexdigest())
