"""Reading .pdf files that carry a text layer (pypdf); scanned or locked PDFs are refused."""

from __future__ import annotations

import io
import logging
import re

from models.errors import DecodeError

_GAP_RE = re.compile(r" {2,}")
# issue 15: bound the work a small file can demand (a long report has a few hundred pages).
MAX_PAGES = 3000
MAX_TEXT_CHARS = 16 * 1024 * 1024
# Extraction artefacts: NULs from two-byte ToUnicode maps and other control characters.
_CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f]")


def unspace_line(line: str) -> str:
    """Undo letter-spacing that text extraction puts between CJK glyphs ("工 作 总 结").

    Within each run separated by two or more spaces, if nearly every space-separated
    token is a single character, the single spaces are artefacts and are removed;
    ordinary lines (words of several characters) are left alone.
    """
    parts = []
    for run in _GAP_RE.split(line.strip()):
        tokens = run.split(" ")
        singles = sum(1 for t in tokens if len(t) == 1)
        if len(tokens) >= 3 and singles >= 0.8 * len(tokens):
            run = "".join(tokens)
        parts.append(run)
    return " ".join(parts)


def read_pdf(data: bytes, name: str) -> str:
    """Return the text of every page, pages joined by a newline.

    Args:
        data: the file's bytes.
        name: the file name, for messages.

    Raises:
        DecodeError: not a PDF, damaged, password-protected, or without extractable text
            (a scanned document).
    """
    if not data.lstrip()[:5] == b"%PDF-":
        raise DecodeError(f"文件“{name}”不是有效的 PDF 文件（文件头不对，可能已损坏或扩展名有误）。")
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except (DependencyError, NotImplementedError) as exc:
                raise DecodeError(f"PDF 文件“{name}”已加密，无法读取其中的文字。", repr(exc)) from exc
            if not opened:
                raise DecodeError(f"PDF 文件“{name}”设置了打开密码，无法读取；请先用 PDF 软件去除密码后再导入。")
        declared = reader.trailer["/Root"]["/Pages"].get("/Count", 0)  # cheap: no page tree walked yet
        count = int(declared) if isinstance(declared, int) and int(declared) > MAX_PAGES else len(reader.pages)
        if count > MAX_PAGES:
            raise DecodeError(
                f"PDF 文件“{name}”有 {count:,} 页，超过了 {MAX_PAGES:,} 页的上限，不像是一份工作报告，未读取。"
            )
        pages: list[str] = []
        size = 0
        for page in reader.pages:
            pages.append(page.extract_text() or "")
            size += len(pages[-1])
            if size > MAX_TEXT_CHARS:
                raise DecodeError(
                    f"PDF 文件“{name}”的文字超过 {MAX_TEXT_CHARS // (1024 * 1024)}M 字，不像是一份工作报告，未读取。"
                )
    except DecodeError:
        raise
    except FileNotDecryptedError as exc:
        raise DecodeError(f"PDF 文件“{name}”已加密，无法读取其中的文字。", repr(exc)) from exc
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        raise DecodeError(f"PDF 文件“{name}”已损坏，无法解析。", repr(exc)) from exc
    except Exception as exc:  # pypdf raises assorted errors on malformed files
        raise DecodeError(f"PDF 文件“{name}”已损坏，无法解析。", repr(exc)) from exc
    if not pages:
        raise DecodeError(f"PDF 文件“{name}”没有任何页面。")
    text = "\n".join(page.strip("\n") for page in pages)
    text = _CONTROL_RE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = "\n".join(unspace_line(line) for line in text.split("\n"))
    if not text.strip():
        raise DecodeError(
            f"PDF 文件“{name}”是扫描件，没有可提取的文字（共 {len(pages)} 页，页面上没有文字层）；"
            "请先用 OCR 软件识别成文字后再导入。"
        )
    return text
