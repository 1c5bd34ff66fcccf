"""Reading scanned page images (.png/.jpg/.tif, a multi-page TIFF page by page) by OCR."""

from __future__ import annotations

from collections.abc import Callable

from models.errors import DecodeError, message
from models.ingest.read_layout import LaidOut, layout

MAX_FRAMES = 500


def read_image(
    data: bytes,
    name: str,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> LaidOut:
    """OCR every page of an image file and lay the lines out as paragraphs.

    Raises:
        DecodeError: not an image, damaged, too large, no OCR engine, or no text recognised.
        Cancelled: OCR was cancelled.
    """
    from models.ingest.read_ocr import ocr_pages, open_image

    frames = open_image(data, name)
    if len(frames) > MAX_FRAMES:
        raise DecodeError(message("图片“{0}”有 {1} 页，超过了 {2} 页的上限，未读取。", name, len(frames), MAX_FRAMES))
    pages = list(ocr_pages(frames, len(frames), name, progress=progress, cancelled=cancelled))
    result = layout(pages)
    if not result.text.strip():
        raise DecodeError(message("图片“{0}”中没有识别出文字（文字识别 OCR 未找到文字）。", name))
    return result
