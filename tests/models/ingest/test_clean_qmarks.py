"""Runs of ? standing for lost full-width spaces, and the ? that must stay."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean


@pytest.mark.parametrize(
    ("text", "display"),
    [
        ("正文。\n?????宣恩县科学技术和经济信息化局???\n", "正文。\n宣恩县科学技术和经济信息化局"),
        ("正文。\n???????2020年12月31日?????????", "正文。\n2020年12月31日"),
        ("日期??2020年", "日期\u3000\u30002020年"),
        ("落款？？？单位", "落款\u3000\u3000\u3000单位"),
        ("?宣恩县人民政府", "宣恩县人民政府"),  # one ? opening a line is a lost indent
        ("会议通报表扬了2023?年度先进集体", "会议通报表扬了2023\u3000年度先进集体"),  # a lost space before a date word
        ("增长多少?12月份再议", "增长多少?12月份再议"),
        ("这是为什么呢??", "这是为什么呢??"),  # a question stays a question
        ("What??", "What??"),
        ("怎么办?我们要加强领导。", "怎么办?我们要加强领导。"),
        ("效果如何?", "效果如何?"),
    ],
)
def test_question_mark_runs(text: str, display: str) -> None:
    assert clean(text).display_text == display


def test_spaces_map_to_the_marks_they_replace() -> None:
    text = "日期??2020年"
    result = clean(text)
    arr = result.offset_map.to_array()
    assert [text[arr[i]] for i in (2, 3)] == ["?", "?"]


def test_single_mark_of_a_slip_is_not_a_space() -> None:
    result = clean("工作成效?,F將2020年度")
    assert "?,F" in result.display_text
    assert [s.original for s in result.suspects] == ["?,F"]
