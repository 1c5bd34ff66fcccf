"""Reading .pdf files (pypdfium2): the text layer laid out as paragraphs, pages without one read by OCR.

Each page's text runs (pdfium's text rectangles) become positioned fragments; ``read_layout``
orders them (columns, lines), drops running headers/footers and page numbers and re-joins
hard-wrapped lines. A page with no text layer but an image is rendered and read by OCR
(``read_ocr``), which loads only then. Locked or damaged files are refused.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from models.errors import DecodeError, message
from models.ingest.read_layout import Fragment, LaidOut, Page, layout, unspace

# a report is rarely over a few hundred pages; the bound keeps time and memory finite
MAX_PAGES = 3000
MAX_TEXT_CHARS = 16 * 1024 * 1024
# a page with fewer visible characters than this in its text layer is treated as a scanned page
MIN_LAYER_CHARS = 8
_CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f\ufffe\uffff]")

PageProgress = Callable[[int, int], None]


def unspace_line(line: str) -> str:
    """Undo letter-spacing that text extraction puts between CJK glyphs ("工 作 总 结")."""
    return unspace(line)


def _open(data: bytes, name: str) -> Any:
    import pypdfium2 as pdfium

    if not data.lstrip()[:5] == b"%PDF-":
        raise DecodeError(message("文件“{0}”不是有效的 PDF 文件（文件头不对，可能已损坏或扩展名有误）。", name))
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise DecodeError(
                message("PDF 文件“{0}”设置了打开密码，无法读取；请先用 PDF 软件去除密码后再导入。", name), repr(exc)
            ) from exc
        raise DecodeError(message("PDF 文件“{0}”已损坏，无法解析。", name), repr(exc)) from exc


def _word_char(char: str) -> bool:
    return char.isascii() and char.isalnum()


class _Run:
    """Consecutive characters of one line of a page's text layer, and their box (PDF units, y up)."""

    def __init__(self) -> None:
        self.chars: list[str] = []
        self.box: tuple[float, float, float, float] | None = None

    def takes(self, box: tuple[float, float, float, float]) -> bool:
        """Whether a glyph at ``box`` continues this run (same line, no gap wider than a space, not going back)."""
        if self.box is None:
            return True
        _, bottom, right, top = self.box
        size = max(top - bottom, box[3] - box[1], 0.1)
        overlap = min(top, box[3]) - max(bottom, box[1])
        gap = box[0] - right
        return overlap >= 0.3 * min(top - bottom, box[3] - box[1]) and -0.5 * size <= gap <= 1.5 * size

    def add(self, char: str, box: tuple[float, float, float, float] | None) -> None:
        self.chars.append(char)
        if box is not None:
            b = self.box
            self.box = (
                box if b is None else (min(b[0], box[0]), min(b[1], box[1]), max(b[2], box[2]), max(b[3], box[3]))
            )


def _layer_page(page: Any) -> Page:
    """The page's text layer as fragments, each a run of consecutive glyphs on one line.

    Glyphs are read one by one (text and box by index): asking pdfium for the text inside a run's
    rectangle also returns the neighbouring run's first glyphs when justified text packs them tight,
    which doubled words at line ends (`以行以行政中心`).
    """
    width, height = page.get_size()
    textpage = page.get_textpage()
    frags: list[Fragment] = []

    def flush(run: _Run) -> _Run:
        text = _CONTROL_RE.sub("", "".join(run.chars)).replace("\r", " ").replace("\n", " ")
        if text.strip() and run.box is not None:
            left, bottom, right, top = run.box
            frags.append(Fragment(left, height - top, right, height - bottom, text))
        return _Run()

    try:
        run = _Run()
        space = False  # pdfium put a space without a glyph here (it guesses them between runs)
        for i in range(textpage.count_chars()):
            char = textpage.get_text_range(i, 1)
            left, bottom, right, top = textpage.get_charbox(i)
            if char in ("\r", "\n", ""):
                run, space = flush(run), False
                continue
            if right <= left and top <= bottom:
                space = space or char.isspace()
                continue
            box = (left, bottom, right, top)
            if not run.takes(box):
                run = flush(run)
            elif space and run.chars and _word_char(run.chars[-1]) and _word_char(char):
                run.add(" ", None)  # a word space between Latin words or figures, never beside CJK
            run.add(char, box)
            space = False
        flush(run)
    finally:
        textpage.close()
    return Page(float(width), float(height), tuple(frags))


def _has_image(page: Any) -> bool:
    import pypdfium2.raw as pdfium_c

    return any(obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE for obj in page.get_objects(max_depth=2))


def read_pdf_pages(
    data: bytes,
    name: str,
    *,
    progress: PageProgress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[LaidOut, int]:
    """Read every page: the text layer where there is one, OCR for scanned pages.

    Args:
        data: the file's bytes.
        name: the file name, for messages.
        progress: called with (pages done, pages) while scanned pages are read.
        cancelled: polled between scanned pages; OCR stops with ``Cancelled`` when it returns True.

    Returns:
        The laid-out text (with low-confidence OCR spans) and how many pages were read by OCR.

    Raises:
        DecodeError: not a PDF, damaged, password-protected, too many pages, or a scan without
            readable text (or without an OCR engine installed).
        Cancelled: OCR was cancelled.
    """
    pdf = _open(data, name)
    try:
        count = len(pdf)
        if count == 0:
            raise DecodeError(message("PDF 文件“{0}”没有任何页面。", name))
        if count > MAX_PAGES:
            raise DecodeError(
                message(
                    "PDF 文件“{0}”有 {1} 页，超过了 {2} 页的上限，不像是一份工作报告，未读取。", name, count, MAX_PAGES
                )
            )
        pages: list[Page | None] = []
        scanned: list[int] = []
        size = 0
        for i in range(count):
            page = pdf[i]
            try:
                laid = _layer_page(page)
                visible = sum(len(f.text.strip()) for f in laid.fragments)
                size += visible
                if size > MAX_TEXT_CHARS:
                    mega = MAX_TEXT_CHARS // (1024 * 1024)
                    raise DecodeError(
                        message("PDF 文件“{0}”的文字超过 {1}M 字，不像是一份工作报告，未读取。", name, mega)
                    )
                if visible < MIN_LAYER_CHARS and _has_image(page):
                    scanned.append(i)
                    pages.append(None)
                else:
                    pages.append(laid)
            finally:
                page.close()
        if scanned:
            _ocr_into(pdf, pages, scanned, name, progress, cancelled)
    except DecodeError:
        raise
    except Exception as exc:
        from models.errors import ReportMarkError

        if isinstance(exc, ReportMarkError):
            raise
        raise DecodeError(message("PDF 文件“{0}”已损坏，无法解析。", name), repr(exc)) from exc
    finally:
        pdf.close()
    result = layout([p for p in pages if p is not None])
    if not result.text.strip():
        if scanned:
            raise DecodeError(
                message("PDF 文件“{0}”是扫描件，文字识别（OCR）没有识别出文字（共 {1} 页）。", name, count)
            )
        raise DecodeError(
            message(
                "PDF 文件“{0}”没有可提取的文字（共 {1} 页，页面上没有文字层，也没有可识别的扫描件图像）。", name, count
            )
        )
    return result, len(scanned)


def _ocr_into(
    pdf: Any,
    pages: list[Page | None],
    scanned: list[int],
    name: str,
    progress: PageProgress | None,
    cancelled: Callable[[], bool] | None,
) -> None:
    from models.ingest.read_ocr import OCR_DPI, ocr_pages

    def images() -> Any:
        for i in scanned:
            page = pdf[i]
            try:
                yield page.render(scale=OCR_DPI / 72).to_pil()
            finally:
                page.close()

    for i, page in zip(
        scanned, ocr_pages(images(), len(scanned), name, progress=progress, cancelled=cancelled), strict=True
    ):
        pages[i] = page


def read_pdf(data: bytes, name: str) -> str:
    """Return the text of every page as paragraphs (see ``read_pdf_pages``)."""
    return read_pdf_pages(data, name)[0].text
