"""Hostile .docx files: control-character symbols, numbering bombs, paragraph floods (issue 15, items 5, 8, 10)."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.ingest.read import read_bytes
from tests.hostile import docx
from tests.hostile.bounded import read_bounded


@pytest.mark.parametrize("code", ["1B", "07", "00", "7F", "9B", "08"])
def test_a_control_character_symbol_never_reaches_the_text(code: str) -> None:
    text = read_bytes(docx.with_symbol(code), "符号.docx").text
    assert chr(int(code, 16)) not in text
    assert "全年完成投资12亿元" in text


@pytest.mark.parametrize("code", ["D800", "DFFF", "DBFF"])
def test_a_lone_surrogate_symbol_becomes_a_visible_replacement(code: str) -> None:
    text = read_bytes(docx.with_symbol(code), "代理.docx").text
    assert chr(int(code, 16)) not in text
    text.encode("utf-8")  # storable


@pytest.mark.parametrize(
    "fmt", ["upperRoman", "lowerRoman", "lowerLetter", "upperLetter", "chineseCounting", "decimal"]
)
def test_a_huge_numbering_start_is_bounded(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"{fmt}.docx"
    path.write_bytes(docx.numbered("1000000000000000", fmt))
    result = read_bounded(path)
    assert result.startswith(("ok", "refused")), result
    if result.startswith("ok"):
        assert int(result.split()[2]) < 200, "a numbering label longer than a line"


def test_a_label_of_twenty_thousand_references_is_bounded(tmp_path: Path) -> None:
    path = tmp_path / "lvltext.docx"
    path.write_bytes(docx.numbered("1", "decimal", "%1" * 20000, paragraphs=2000))
    result = read_bounded(path)
    assert result.startswith(("ok", "refused")), result
    if result.startswith("ok"):
        assert int(result.split()[1]) < 1_000_000


def test_five_million_paragraphs_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "flood.docx"
    path.write_bytes(docx.many_paragraphs(5_000_000))
    assert path.stat().st_size < 1_000_000
    result = read_bounded(path)
    assert result.startswith("refused") and "段落" in result, result
