"""OCR of a real 10-page scan: seconds per page and character accuracy against the real text of the same pages.

The scan is made the way an office makes one: the pages of a real government PDF
(tests/corpus/reports/902_…pdf, 11 pages) rendered black and white at 150 dpi; the truth is the
text layer of the same page. Engines: RapidOCR (what ReportMark uses, through ``read_ocr``) and,
when installed, Debian's tesseract with chi_sim (``apt-get install tesseract-ocr-chi-sim``).

    PYTHONPATH=. .venv/bin/python benchmarks/bench_ocr.py [--pages 10] [--dpi 150] [--engine rapidocr|tesseract|both]

Accuracy = 1 - edit distance / length of the truth, whitespace removed on both sides (page numbers kept
out of the truth and the OCR text alike).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "tests" / "corpus" / "reports" / "902_zhangjiagang_2020_fund_notice.pdf"
_PAGE_NO = re.compile(r"^[\s—\-－]*\d+[\s—\-－]*$", re.MULTILINE)


def _norm(text: str) -> str:
    return "".join(_PAGE_NO.sub("", text).split())


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance (insertions, deletions, substitutions), O(len(a)·len(b)) time, O(len(b)) memory."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def accuracy(ocr: str, truth: str) -> float:
    t = _norm(truth)
    return 1 - edit_distance(_norm(ocr), t) / max(len(t), 1)


def pages(count: int, dpi: int) -> list[tuple[Any, str]]:
    """(black-and-white image, text layer) of the first ``count`` pages of the source PDF."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(SOURCE)
    out = []
    for i in range(min(count, len(pdf))):
        page = pdf[i]
        image = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("1")
        textpage = page.get_textpage()
        out.append((image, textpage.get_text_range()))
    return out


def rapidocr_page(image: Any) -> str:
    from models.ingest.read_layout import layout
    from models.ingest.read_ocr import ocr_image

    return layout([ocr_image(image, "bench")]).text


def tesseract_page(image: Any) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "page.png"
        image.save(path)
        out = subprocess.run(
            ["tesseract", str(path), "stdout", "-l", "chi_sim", "--psm", "6"],
            capture_output=True,
            text=True,
            check=True,
        )
    return out.stdout


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=10)
    ap.add_argument("--dpi", type=int, default=150)
    ap.add_argument("--engine", choices=("rapidocr", "tesseract", "both"), default="both")
    args = ap.parse_args()
    engines = {"rapidocr": rapidocr_page, "tesseract": tesseract_page}
    chosen = ["rapidocr", "tesseract"] if args.engine == "both" else [args.engine]
    if "tesseract" in chosen and not shutil.which("tesseract"):
        print("tesseract not installed: skipped (apt-get install tesseract-ocr-chi-sim)")
        chosen.remove("tesseract")
    work = pages(args.pages, args.dpi)
    print(f"source: {SOURCE.name}, {len(work)} pages at {args.dpi} dpi, black and white")
    if "rapidocr" in chosen:  # load the models outside the timing, as a second import would
        t0 = time.perf_counter()
        rapidocr_page(work[0][0].crop((0, 0, 200, 200)))
        print(f"rapidocr: models loaded in {time.perf_counter() - t0:.1f} s")
    for name in chosen:
        total_time = 0.0
        total_err = 0
        total_len = 0
        for i, (image, truth) in enumerate(work, 1):
            t0 = time.perf_counter()
            text = engines[name](image)
            spent = time.perf_counter() - t0
            total_time += spent
            err = edit_distance(_norm(text), _norm(truth))
            total_err += err
            total_len += len(_norm(truth))
            print(f"  {name:9s} page {i:2d}: {spent:5.1f} s, accuracy {1 - err / max(len(_norm(truth)), 1):.4f}")
        print(
            f"{name}: {total_time / len(work):.1f} s per page, character accuracy {1 - total_err / total_len:.4f} "
            f"({total_err} edits over {total_len} characters)"
        )
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
