"""Reading report files (txt in any CJK encoding, docx, doc/wps, html, pdf, ofd, scanned images) into plain text.

This module owns the entry points, the file checks and the size bounds; each format's
decoding lives in ``read_text``, ``read_docx``, ``read_doc``, ``read_html``, ``read_pdf``,
``read_ofd`` and ``read_ocr``.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from models.errors import DecodeError, EmptyDocument, UnsupportedFormat, message

SUPPORTED_SUFFIXES: dict[str, str] = {
    ".txt": "txt",
    ".text": "txt",
    ".docx": "docx",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
    ".doc": "doc",
    ".wps": "wps",
    ".ofd": "ofd",
    ".png": "image",
    ".jpg": "image",
    ".jpeg": "image",
    ".tif": "image",
    ".tiff": "image",
}
SUPPORTED_LABEL = message(".txt、.docx、.doc、.wps、.html/.htm、.pdf、.ofd 和扫描图片（.png/.jpg/.tif）")

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
    source_format: str  # "txt" | "docx" | "doc" | "wps" | "html" | "pdf" | "ofd" | "image"
    content_hash: str  # sha256 hex of the file's bytes
    # spans of ``text`` read by OCR with low confidence (suspect ranges with reason "ocr")
    ocr_suspects: tuple[tuple[int, int], ...] = ()
    # metadata the file format itself carries (OFD DocInfo: Title, Author, CreationDate …)
    file_info: Mapping[str, str] = field(default_factory=dict)
    ocr_pages: int = 0  # pages read by OCR


PageProgress = Callable[[int, int], None]


def format_of(name: str) -> str:
    """Return the source format ("txt", "docx", "doc", "wps", "html", "pdf", "ofd", "image") named by a suffix.

    Raises:
        UnsupportedFormat: for any other suffix, listing the supported types.
    """
    suffix = Path(name).suffix.lower()
    fmt = SUPPORTED_SUFFIXES.get(suffix)
    if fmt is None:
        hint = message("不支持“{0}”类型；", suffix) if suffix else message("文件没有扩展名，无法判断类型；")
        raise UnsupportedFormat(
            message("无法读取文件“{0}”：{1}支持的类型为 {2}。", Path(name).name, hint, SUPPORTED_LABEL)
        )
    return fmt


def _size_bound(fmt: str) -> int:
    return MAX_TEXT_BYTES if fmt in ("txt", "html") else MAX_PACKAGE_BYTES


def _check_size(size: int, fmt: str, name: str) -> None:
    bound = _size_bound(fmt)
    if size > bound:
        raise DecodeError(
            message(
                "文件“{0}”有 {1:.1f} MB，超过了 {2} MB 的上限，不像是一份工作报告，未读取。",
                name,
                size / MB,
                bound // MB,
            )
        )


def read_file(
    path: Path, *, progress: PageProgress | None = None, cancelled: Callable[[], bool] | None = None
) -> RawText:
    """Read one report file from disk.

    Args:
        path: the file to read.
        progress: called with (pages done, pages) while scanned pages are read by OCR.
        cancelled: polled between OCR pages; reading stops with ``Cancelled`` when it returns True.

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
        raise DecodeError(message("找不到文件“{0}”（{1}）。", name, str(path))) from exc
    except OSError as exc:
        raise DecodeError(message("无法读取文件“{0}”：{1}。", name, exc.strerror or str(exc))) from exc
    if stat.S_ISDIR(info.st_mode):
        raise DecodeError(message("“{0}”是一个文件夹，不是文件。", name))
    if not stat.S_ISREG(info.st_mode):
        raise DecodeError(message("“{0}”不是普通文件，无法读取。", name))
    _check_size(info.st_size, fmt, name)
    if not os.access(path, os.R_OK):
        raise DecodeError(message("没有读取文件“{0}”的权限。", name))
    try:
        with path.open("rb") as handle:
            data = handle.read(_size_bound(fmt) + 1)
    except PermissionError as exc:
        raise DecodeError(message("没有读取文件“{0}”的权限。", name)) from exc
    except OSError as exc:
        raise DecodeError(message("无法读取文件“{0}”：{1}。", name, exc.strerror or str(exc))) from exc
    return read_bytes(data, name, progress=progress, cancelled=cancelled)


def read_bytes(
    data: bytes, name: str, *, progress: PageProgress | None = None, cancelled: Callable[[], bool] | None = None
) -> RawText:
    """Decode a report file's content already in memory.

    Args:
        data: the file's bytes.
        name: the file name; its suffix gives the format.
        progress, cancelled: as for ``read_file`` (used by OCR only).

    Returns:
        The decoded text with "\\n" newlines.

    Raises:
        UnsupportedFormat, DecodeError, EmptyDocument: with a message naming the file.
        Cancelled: OCR was cancelled.
    """
    name = Path(name).name
    fmt = format_of(name)
    _check_size(len(data), fmt, name)
    if not data.strip():
        raise EmptyDocument(message("文件“{0}”是空的，没有可读的文字。", name))
    encoding: str | None = None
    suspects: tuple[tuple[int, int], ...] = ()
    info: Mapping[str, str] = {}
    ocr_pages = 0
    if fmt == "txt":
        from models.ingest.read_text import decode_text

        text, encoding = decode_text(data, name)
    elif fmt == "html":
        from models.ingest.read_html import read_html

        text, encoding = read_html(data, name)
    elif fmt == "docx":
        from models.ingest.read_docx import read_docx

        text, encoding = read_docx(data, name), None
    elif fmt in ("doc", "wps"):
        from models.ingest.read_doc import read_doc

        text = read_doc(data, name)
    elif fmt == "ofd":
        from models.ingest.read_ofd import read_ofd

        ofd = read_ofd(data, name)
        text, suspects, info = ofd.laid_out.text, ofd.laid_out.low_confidence, ofd.info
    elif fmt == "image":
        from models.ingest.read_image import read_image

        laid = read_image(data, name, progress=progress, cancelled=cancelled)
        text, suspects, ocr_pages = laid.text, laid.low_confidence, laid.pages
    else:
        from models.ingest.read_pdf import read_pdf_pages

        laid, ocr_pages = read_pdf_pages(data, name, progress=progress, cancelled=cancelled)
        text, suspects = laid.text, laid.low_confidence
    if fmt not in ("txt", "html"):  # issue 15: every reader applies the .txt control-character policy
        from models.ingest.read_text import normalize_text

        normal = normalize_text(text, name)
        if len(normal) != len(text):
            suspects = ()  # the OCR spans point into the text before; never seen (readers give "\n" only)
        text = normal
    if not text.strip():
        raise EmptyDocument(message("文件“{0}”中没有可读的文字。", name))
    return RawText(text, encoding, fmt, hashlib.sha256(data).hexdigest(), suspects, info, ocr_pages)
