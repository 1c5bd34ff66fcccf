"""Outlines of the seed reports and of the reports under tests/fixtures/reports/ equal their expected JSON."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import opencc
import pytest

from models.ingest.outline import build_outline
from models.types import Section

ROOT = Path(__file__).resolve().parents[3]
REPORTS = ROOT / "tests" / "fixtures" / "reports"
EXPECTED = sorted(REPORTS.glob("*.expected.json"))
# pinyin in parentheses right after a Chinese character, e.g. 當(dāng); the real cleaner does this properly
PINYIN = re.compile(r"(?<=[\u4e00-\u9fff])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")


def display_text_for_test(path: Path) -> str:
    """Stand-in for the cleaner: OpenCC t2s and pinyin removal for the traditional seed, as-is otherwise."""
    text = path.read_text(encoding="utf-8")
    if "繁体" in path.name:
        text = PINYIN.sub("", opencc.OpenCC("t2s").convert(text))
    return text


def tree(sections: tuple[Section, ...]) -> list[dict[str, Any]]:
    return [{"level": s.level, "label": s.label, "title": s.title, "children": tree(s.children)} for s in sections]


def test_there_are_expected_outlines_for_both_seeds_and_six_reports_or_more() -> None:
    names = {p.name.removesuffix(".expected.json") for p in EXPECTED}
    assert {"seed_000", "seed_004"} <= names
    assert len(names - {"seed_000", "seed_004"}) >= 6


@pytest.mark.parametrize("expected_path", EXPECTED, ids=lambda p: p.name.removesuffix(".expected.json"))
def test_outline_matches_expected(expected_path: Path) -> None:
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    text = display_text_for_test(ROOT / expected["file"])
    sections = build_outline(text)
    assert tree(sections) == expected["sections"]
    for s in sections:
        assert text[s.start : s.heading_end].startswith(s.label)
        assert text[s.start : s.heading_end].endswith(s.title)


def test_seed_000_top_level_and_run_in_headings() -> None:
    text = display_text_for_test(ROOT / "seeds" / "2020_市经信局_工作总结和2021年工作计划.txt")
    first, second = build_outline(text)
    assert (first.label, first.title) == ("一、", "2020年主要工作情况")
    assert (second.label, second.title) == ("二、", "2021年工作计划")
    assert [c.label for c in first.children] == [f"({n})" for n in "一二三四五六七"]
    assert [c.label for c in second.children] == [f"({n})" for n in "一二三四五六七"]
    assert second.children[0].title == "强化政治意识,增强政治担当"
    # the run-in heading's section goes on past its title to the paragraph's end
    assert text[second.children[0].heading_end] == "。"
    assert second.children[0].end > second.children[0].heading_end + 100


def test_seed_004_numbered_items_under_second_part_fifth_heading() -> None:
    text = display_text_for_test(ROOT / "seeds" / "2020_县科经局_工作总结及2021年工作要点_繁体.txt")
    sections = build_outline(text)
    assert [s.label for s in sections] == ["一、", "二、", "三、", "四、"]
    fifth = sections[1].children[4]
    assert fifth.label == "(五)"
    assert [(c.label, c.title) for c in fifth.children] == [
        ("1.", "搭建平台到位"),
        ("2.", "整合资源到位"),
        ("3.", "创新机制到位"),
        ("4.", "人才培育到位"),
        ("5.", "电商应用到位"),
    ]
