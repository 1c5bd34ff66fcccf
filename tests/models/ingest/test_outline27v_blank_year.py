"""A run-in title ends where its paragraph opens with a year and a comma after a blank (a PDF or Word copy that set
the figure off: 一、全区环境质量状况 2024年,全区…, 二、重点工作完成情况　20XX年以来,我局…): the blank is
typography around a figure, not part of the title, so the year opens the paragraph as it does glued on."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from models.ingest.outline import build_outline
from models.types import walk_sections

PARA = "全年完成工业总产值11.83亿元，同比增长8.46%，较好完成了年度目标任务，各项工作取得新进展。"


def flat(text: str) -> list[tuple[int, str, str]]:
    return [(s.level, s.label, s.title) for s in walk_sections(build_outline(text))]


@given(
    title=st.sampled_from(["全区环境质量状况", "重点工作完成情况", "安全生产形势", "财政收支总体情况"]),
    blank=st.sampled_from([" ", "\u3000"]),
    year=st.sampled_from(["202x年", "2024年", "20XX年", "2019年"]),
    subject=st.sampled_from(["全县", "我局", "全市", "全镇", "本委"]),
)
def test_a_blank_before_the_year_opening_the_paragraph(title: str, blank: str, year: str, subject: str) -> None:
    lines = ["某局2024年工作总结", PARA, f"一、{title}{blank}{year},{subject}各项工作总体保持稳定,未发生重大事件。"]
    lines += [PARA, f"二、下步工作打算{blank}2025年,{subject}将继续抓好各项工作。", PARA]
    assert flat("\n".join(lines)) == [(1, "一、", title), (1, "二、", "下步工作打算")]


def test_a_year_a_title_names_stays_in_it() -> None:
    lines = ["某局工作总结", PARA, "一、 2024 年工作开展情况", PARA, "二、截至 2024 年,全县完成投资情况", PARA]
    assert flat("\n".join(lines)) == [(1, "一、", "2024 年工作开展情况"), (1, "二、", "截至 2024 年,全县完成投资情况")]
