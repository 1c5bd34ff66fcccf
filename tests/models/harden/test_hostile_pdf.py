"""A 50,000-page PDF sharing one content stream is refused quickly (issue 15, item 8)."""

from __future__ import annotations

from pathlib import Path

from models.ingest.read import read_bytes
from tests.hostile import pdf
from tests.hostile.bounded import read_bounded


def test_a_small_pdf_of_shared_pages_still_reads() -> None:
    text = read_bytes(pdf.shared_content_pages(3), "三页.pdf").text
    assert text.count("investment grew") == 3


def test_fifty_thousand_pages_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "pages.pdf"
    path.write_bytes(pdf.shared_content_pages(50_000))
    assert path.stat().st_size < 10 * 1024 * 1024
    result = read_bounded(path)
    assert result.startswith("refused") and "页" in result, result
