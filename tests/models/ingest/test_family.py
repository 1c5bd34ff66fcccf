"""End to end over the family: seeds and written reports through parse_file give the expected outline and metadata.

These depend on the real cleaner and metadata extractor; they are expected to pass once those land.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import opencc
import pytest

from models.ingest import parse_file
from models.types import Section

ROOT = Path(__file__).resolve().parents[3]
EXPECTED = sorted((ROOT / "tests" / "fixtures" / "reports").glob("*.expected.json"))


def tree(sections: tuple[Section, ...]) -> list[dict[str, Any]]:
    return [{"level": s.level, "label": s.label, "title": s.title, "children": tree(s.children)} for s in sections]


def load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


@pytest.mark.parametrize("expected_path", EXPECTED, ids=lambda p: p.name.removesuffix(".expected.json"))
def test_family_outline(expected_path: Path) -> None:
    expected = load(expected_path)
    parsed = parse_file(ROOT / expected["file"])
    assert tree(parsed.sections) == expected["sections"]


@pytest.mark.parametrize("expected_path", EXPECTED, ids=lambda p: p.name.removesuffix(".expected.json"))
def test_family_metadata(expected_path: Path) -> None:
    expected = load(expected_path)
    meta = parse_file(ROOT / expected["file"]).metadata
    assert (meta.title, meta.issuer, meta.date, meta.doc_number) == (
        expected["title"],
        expected["issuer"],
        expected["date"],
        expected["doc_number"],
    )


def test_family_traditional_seed_shows_simplified_text_without_pinyin() -> None:
    parsed = parse_file(ROOT / "seeds" / "2020_县科经局_工作总结及2021年工作要点_繁体.txt")
    assert parsed.script == "traditional"
    assert "(dāng)" not in parsed.display_text and "當" not in parsed.display_text
    assert parsed.sections[1].children[4].children[0].title == "搭建平台到位"


@pytest.mark.parametrize(
    ("name", "encoding", "traditional"),
    [
        ("r03_di_comma_tops", "gb18030", False),
        ("r05_deep_levels", "utf-16", False),
        ("r07_header_fields_strays", "big5", True),
        ("r06_plan_points", "utf-8-sig", False),
    ],
)
def test_family_written_report_in_other_encodings(name: str, encoding: str, traditional: bool, tmp_path: Path) -> None:
    expected = load(ROOT / "tests" / "fixtures" / "reports" / f"{name}.expected.json")
    text = (ROOT / expected["file"]).read_text(encoding="utf-8")
    if traditional:
        text = opencc.OpenCC("s2t").convert(text)
    path = tmp_path / f"{name}.txt"
    path.write_bytes(text.encode(encoding))
    parsed = parse_file(path)
    assert parsed.script == ("traditional" if traditional else "simplified")
    assert tree(parsed.sections) == expected["sections"]
    meta = parsed.metadata
    assert (meta.title, meta.issuer, meta.date, meta.doc_number) == (
        expected["title"],
        expected["issuer"],
        expected["date"],
        expected["doc_number"],
    )
