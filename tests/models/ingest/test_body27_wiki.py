"""An encyclopedia page's box (session 27: 2246): its abstract row opening as the report does, cut short, and its list
of sections naming a label and the article's headings, with the excerpt ending before the later ones."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean


def _page(abstract: str, sections: str) -> str:
    return (
        "基本介绍\n- 中文名:某旗2010年政府工作报告\n- 简介:010年2月3日在某旗第十\n- 旗长:陈万荣\n"  # the date cut
        f"{abstract}\n{sections}\n简介\n——2010年2月3日在某旗第十五届人民代表大会第三次会议上\n旗长 陈万荣\n各位代表:\n"
        "我代表旗人民政府,向大会作政府工作报告,请予审议,并请政协委员和列席会议的同志提出意见。\n2009年工作回顾\n"
        "刚刚过去的2009年,是我旗经济发展经受重大考验并取得显著成绩的一年,全旗生产总值完成26.5亿元。\n"
    )


@pytest.mark.parametrize(
    ("abstract", "sections"),
    [
        ("- 各位代表:我代表旗人民政府,向大会作", "简介,2009年工作回顾,2010年工作安排,"),
        ("• 同志们:我代表县人民政府", "简介,2009年工作回顾,2010年主要任务"),
    ],
)
def test_an_encyclopedias_abstract_row_and_section_list_are_chrome(abstract: str, sections: str) -> None:
    shown = clean(_page(abstract, sections)).display_text
    assert abstract not in shown and sections not in shown
    assert "各位代表:\n我代表旗人民政府,向大会作政府工作报告" in shown
    assert "2009年工作回顾\n" in shown


def test_a_comma_run_naming_no_label_of_the_page_stays() -> None:
    sections = "坚持改革,2009年工作回顾,扩大开放"
    assert sections in clean(_page("- 各位代表:我代表旗人民政府,向大会作", sections)).display_text
