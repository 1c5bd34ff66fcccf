"""Shape and quote checks for the hand-written indicator gold (gold/indicators/NNN.json)."""

import json
import re
import unicodedata
from pathlib import Path

import pytest

from benchmarks.docx_source import docx_source_text
from models.ingest.read_pdf import read_pdf

CORPUS = Path(__file__).parent
GOLD = sorted((CORPUS / "gold" / "indicators").glob("*.json"))
FIELDS = {"quote", "name", "value", "unit", "change", "change_unit", "kind"}
QUOTES = "“”‘’\"'‚‛「」"


def _norm(text: str) -> str:
    """The README's normalisation without t2s: quotes are copied in the file's own script."""
    text = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))
    return text.translate({ord(q): None for q in QUOTES})


def _report_text(gold: dict[str, object]) -> str:
    path = CORPUS / "reports" / str(gold["file"])
    if path.suffix == ".docx":  # its own XML, never the reader the gold measures
        return _norm(docx_source_text(path))
    if path.suffix == ".pdf":  # a PDF's text is what the reader extracts (gold README, session 14)
        return _norm(read_pdf(path.read_bytes(), path.name))
    return _norm(path.read_text(encoding="utf-8"))


def test_there_is_indicator_gold() -> None:
    assert len(GOLD) >= 12


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.stem)
def test_indicator_gold_shape(path: Path) -> None:
    gold = json.loads(path.read_text(encoding="utf-8"))
    assert set(gold) == {"file", "indicators", "not_indicators"}
    assert str(gold["file"]).startswith(path.stem + "_")
    for ind in gold["indicators"]:
        assert FIELDS <= set(ind) <= FIELDS | {"occurrence"}, ind
        assert len(ind["name"]) >= 2, ind
        assert isinstance(ind["value"], int | float), ind
        assert ind["kind"] in ("actual", "target"), ind
        assert (ind["change"] is None) == (ind["change_unit"] is None), ind
        assert ind["unit"] is None or ind["unit"].strip(), ind


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.stem)
def test_indicator_gold_quotes_are_in_the_report(path: Path) -> None:
    gold = json.loads(path.read_text(encoding="utf-8"))
    text = _report_text(gold)
    for ind in gold["indicators"]:
        found = text.count(_norm(ind["quote"]))
        occurrence = ind.get("occurrence")
        assert found >= 1, ind["quote"]
        assert found == 1 or occurrence is not None, f"ambiguous quote: {ind['quote']}"
        assert occurrence is None or occurrence <= found, ind["quote"]
    for string in gold["not_indicators"]:
        assert _norm(string) in text, string
