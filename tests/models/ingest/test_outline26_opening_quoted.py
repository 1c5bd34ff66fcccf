"""The first part's title after a speech's opening formula may hold a short term in quotes
(2020年工作及“十三五”发展回顾, 2168) when the copy sets it off with a blank; glued between two sentences with
nothing setting it off it is no heading (2217 `…提出意见。“十五”发展回顾从2001年…`, the 915 rule)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from models.ingest.outline import build_outline
from models.types import walk_sections

OPENING = "各位代表:现在,我代表县人民政府向大会报告工作,请予审议,并请县政协委员和其他列席会议的同志提出意见。"
BODY = "是极不平凡、极其不易的一年。面对严峻复杂的形势,全县上下同心协力,砥砺前行,圆满完成了主要目标任务。"


def titles(text: str) -> list[str]:
    return [s.title for s in walk_sections(build_outline(text))]


@given(
    year=st.sampled_from(["2020", "2015", "2010"]),
    plan=st.sampled_from(["“十三五”", "“十二五”", "“两个五年”"]),
    word=st.sampled_from(["发展回顾", "时期工作回顾", "工作总结"]),
)
def test_a_quoted_term_in_a_part_title_set_off_by_a_blank(year: str, plan: str, word: str) -> None:
    title = f"{year}年工作及{plan}{word}"
    assert titles(f"{OPENING} {title}{year}年{BODY}") == [title]


def test_a_quoted_title_glued_between_sentences_is_no_heading() -> None:
    assert titles(f"{OPENING}“十五”发展回顾从2001年到2005年的第十个五年计划时期,{BODY}") == []
