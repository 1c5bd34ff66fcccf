"""Shape and quote checks for the hand-written indicator gold (gold/indicators/NNN.json)."""

import json
import re
import unicodedata
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest

CORPUS = Path(__file__).parent
GOLD = sorted((CORPUS / "gold" / "indicators").glob("*.json"))
FIELDS = {"quote", "name", "value", "unit", "change", "change_unit", "kind"}
QUOTES = "“”‘’\"'‚‛「」"


def _norm(text: str) -> str:
    """The README's normalisation without t2s: quotes are copied in the file's own script."""
    text = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))
    return text.translate({ord(q): None for q in QUOTES})


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _docx_text(path: Path) -> str:
    """A .docx's words straight from word/document.xml (w:t runs, one line per w:p), never through the reader.

    The gold measures the reader, so it is not checked with it: no numbering labels, no cleaning. Word's
    legacy mc:Fallback copy of a text box is skipped (it repeats the mc:Choice text).
    """
    with zipfile.ZipFile(path) as archive:
        root = ElementTree.fromstring(archive.read("word/document.xml"))
    lines: list[str] = []

    def walk(el: ElementTree.Element, line: list[str]) -> None:
        for child in el:
            if child.tag == _MC_FALLBACK:
                continue
            if child.tag == _W + "p":
                inner: list[str] = []
                walk(child, inner)
                lines.append("".join(inner))
            elif child.tag == _W + "t":
                line.append(child.text or "")
            else:
                walk(child, line)

    walk(root, [])
    return "\n".join(lines)


def _report_text(gold: dict[str, object]) -> str:
    path = CORPUS / "reports" / str(gold["file"])
    if path.suffix == ".docx":
        return _norm(_docx_text(path))
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
