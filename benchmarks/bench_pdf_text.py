"""Text PDFs: ReportMark's pypdfium2 layout reader against plain pypdf extraction, on real government files.

The reference is the same document's Word text: the real .doc in the corpus (901, 南京市…行动计划) is
printed to PDF by LibreOffice here, and its paragraphs (read from the .doc) are looked for in each
reader's output. Figures per reader:

- paragraphs intact: reference paragraphs (10+ characters) found whole on one line of the output
  (hard-wrapped lines re-joined, nothing inserted inside);
- page-number lines: lines left that are only a page number (``— 3 —``, ``3``);
- stray spaces: spaces between two CJK characters that the reference does not have.

    PYTHONPATH=. .venv/bin/python benchmarks/bench_pdf_text.py
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REPORTS = ROOT / "tests" / "corpus" / "reports"
DOC = REPORTS / "901_nanjing_2019_software_action_plan.doc"
_PAGE_NO = re.compile(r"^[\s—\-－]*\d{1,3}[\s—\-－]*$")
_CJK_SPACE = re.compile(r"(?<=[\u4e00-\u9fff，。、；：“”（）《》])[ \u3000]+(?=[\u4e00-\u9fff，。、；：“”（）《》])")


def _squash(text: str) -> str:
    return "".join(text.split())


def print_pdf(doc: Path, out_dir: Path) -> Path:
    from models.ingest.read_doc import converter

    program = converter()
    if program is None:
        raise SystemExit("LibreOffice is needed to print the .doc to PDF (apt-get install libreoffice-writer-nogui)")
    subprocess.run(
        [
            program,
            f"-env:UserInstallation={(out_dir / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out_dir),
            str(doc),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return out_dir / (doc.stem + ".pdf")


def pypdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def ours_text(path: Path) -> str:
    from models.ingest.read_pdf import read_pdf

    return read_pdf(path.read_bytes(), path.name)


def score(text: str, reference: list[str]) -> dict[str, float]:
    lines = [_squash(line) for line in text.split("\n")]
    joined = "\n".join(lines)
    paras = [p for p in reference if len(p) >= 10]
    intact = sum(1 for p in paras if any(p in line for line in lines))
    return {
        "paragraphs": len(paras),
        "intact": intact / max(len(paras), 1),
        "page_number_lines": sum(1 for line in text.split("\n") if _PAGE_NO.match(line) and line.strip()),
        "stray_spaces": len(_CJK_SPACE.findall(text)),
        "missing_paragraphs": sum(1 for p in paras if p[:12] not in joined.replace("\n", "")),
    }


def main() -> int:
    from models.ingest.read import read_file

    reference = [_squash(p) for p in read_file(DOC).text.split("\n") if p.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        pdf = print_pdf(DOC, Path(tmp))
        print(f"{DOC.name} printed to PDF by LibreOffice: {pdf.stat().st_size // 1024} KB")
        for name, reader in (("pypdf", pypdf_text), ("reportmark", ours_text)):
            t0 = time.perf_counter()
            text = reader(pdf)
            spent = time.perf_counter() - t0
            s = score(text, reference)
            print(
                f"{name:10s} {spent:5.2f} s  paragraphs intact {s['intact']:.1%} of {s['paragraphs']:.0f}, "
                f"page-number lines {s['page_number_lines']:.0f}, stray CJK spaces {s['stray_spaces']:.0f}, "
                f"paragraph starts lost {s['missing_paragraphs']:.0f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
