"""Reading report files (txt in any CJK encoding, docx, html, pdf) into plain text.

STUB: the real reader replaces this module; the interface stays.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from models.errors import DecodeError, EmptyDocument, UnsupportedFormat


@dataclass(frozen=True)
class RawText:
    """Decoded text of a file; paragraphs separated by "\\n"."""

    text: str
    encoding: str | None
    source_format: str  # "txt" | "docx" | "html" | "pdf"
    content_hash: str  # sha256 hex of the file's bytes


def read_file(path: Path) -> RawText:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DecodeError(f"无法读取文件“{path.name}”：{exc.strerror or exc}。") from exc
    return read_bytes(data, path.name)


def read_bytes(data: bytes, name: str) -> RawText:
    suffix = Path(name).suffix.lower()
    if suffix not in (".txt", ""):
        raise UnsupportedFormat(f"不支持的文件类型“{name}”。")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DecodeError(f"无法识别文件“{name}”的编码。") from exc
    if not text.strip():
        raise EmptyDocument(f"文件“{name}”没有可读的文字。")
    return RawText(text.replace("\r\n", "\n"), "utf-8", "txt", hashlib.sha256(data).hexdigest())
