"""Reading page images by OCR on the machine (RapidOCR: PP-OCRv4 Chinese models shipped inside its wheel).

The engine (onnxruntime, OpenCV, numpy) loads only when a scan is met, once per process. Images
come in as PIL images; each comes back as a ``Page`` of line fragments in pixels with the engine's
confidence, for ``read_layout`` to order and join.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from models.errors import Cancelled, DecodeError, message
from models.ingest.read_layout import Fragment, Page

ENGINE_PACKAGE = "rapidocr-onnxruntime"
# pixels per inch pages are rendered at for OCR: 200 reads 小四 body text reliably
OCR_DPI = 200
# larger images are scaled down first (a photo from a phone is often 4000 px wide)
MAX_SIDE = 3000
# a decoded image above this many pixels is refused (decompression bombs)
MAX_PIXELS = 60_000_000

_ENGINE: Any = None
_LOCK = threading.Lock()


def engine_available() -> bool:
    """True when the OCR package is installed (without loading it)."""
    from importlib.util import find_spec

    return find_spec("rapidocr_onnxruntime") is not None


def _engine(name: str) -> Any:
    global _ENGINE
    with _LOCK:
        if _ENGINE is None:
            if not engine_available():
                raise DecodeError(
                    message(
                        "“{0}”是扫描件或图片，需要文字识别（OCR）才能读取，但本机没有安装 OCR 组件；"
                        "请安装 Python 包 {1} 后再导入。",
                        name,
                        ENGINE_PACKAGE,
                    )
                )
            import logging

            from rapidocr_onnxruntime import RapidOCR

            logging.getLogger("RapidOCR").setLevel(logging.ERROR)
            _ENGINE = RapidOCR()
        return _ENGINE


def ocr_image(image: Any, name: str) -> Page:
    """Read one PIL image; fragments are the engine's text lines in pixel coordinates."""
    import numpy as np

    image = image.convert("RGB")
    scale = 1.0
    if max(image.size) > MAX_SIDE:
        scale = MAX_SIDE / max(image.size)
        image = image.resize((round(image.width * scale), round(image.height * scale)))
    width, height = image.size
    result, _ = _engine(name)(np.asarray(image))
    frags = []
    for box, text, score in result or ():
        xs = [float(p[0]) for p in box]
        ys = [float(p[1]) for p in box]
        frags.append(Fragment(min(xs), min(ys), max(xs), max(ys), str(text), float(score)))
    return Page(float(width), float(height), tuple(frags))


def open_image(data: bytes, name: str) -> list[Any]:
    """Decode a .png/.jpg/.tif file into PIL images (one per TIFF frame), bounded in size and frames."""
    from PIL import Image, UnidentifiedImageError

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        img = Image.open(io.BytesIO(data))
        frames = []
        for i in range(min(getattr(img, "n_frames", 1), 500)):
            img.seek(i)
            if img.width * img.height > MAX_PIXELS:
                raise DecodeError(
                    message("图片“{0}”的尺寸过大（{1}×{2}），不像是一页报告，未读取。", name, img.width, img.height)
                )
            img.load()
            frames.append(img.copy())
    except DecodeError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise DecodeError(message("图片“{0}”的尺寸过大，不像是一页报告，未读取。", name), repr(exc)) from exc
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, EOFError) as exc:
        raise DecodeError(message("图片“{0}”已损坏或不是图片，无法读取。", name), repr(exc)) from exc
    if not frames:
        raise DecodeError(message("图片“{0}”中没有图像。", name))
    return frames


def ocr_pages(
    images: Iterable[Any],
    total: int,
    name: str,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Iterator[Page]:
    """OCR images one by one, reporting progress per page and stopping between pages when cancelled."""
    for i, image in enumerate(images):
        if cancelled is not None and cancelled():
            raise Cancelled(message("已取消识别“{0}”（已识别 {1} / {2} 页）。", name, i, total))
        if progress is not None:
            progress(i, total)
        yield ocr_image(image, name)
    if progress is not None:
        progress(total, total)
