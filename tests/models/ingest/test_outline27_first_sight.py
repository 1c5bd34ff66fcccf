"""What the reader got wrong at first sight on session 27's discovery sets, as families: a run-in title whose
paragraph opens with a time phrase modifying the year (…工作回顾刚刚过去的2022年,是…), a news headline's ——deck under
it, a yearbook entry's lone 【head】 opening the text."""

from __future__ import annotations

import pytest

from models.ingest.outline import build_outline
from models.types import walk_sections

PARA = "全年完成地区生产总值321.5亿元,同比增长5.2%;一般公共预算收入18.6亿元,增长7.1%,各项事业全面进步。"


def heads(text: str) -> list[tuple[int, str, str]]:
    return [(s.level, s.label, s.title) for s in walk_sections(build_outline(text))]


@pytest.mark.parametrize(
    ("head", "opening"),
    [
        ("2022年工作回顾", "刚刚过去的2022年,是极不平凡的一年"),
        ("2019年工作回顾", "即将过去的2019年,是全面建成小康社会的关键之年"),
        ("2015年政府工作回顾", "过去的2015年,是“十二五”收官之年"),
        ("本届政府工作回顾", "刚刚过去的2021年,全县上下团结一心"),
    ],
)
def test_a_year_a_time_phrase_modifies_does_not_open_the_paragraph(head: str, opening: str) -> None:
    # a one-line copy: 一、<title><the paragraph's first words>… with no mark between them
    text = f"各位代表:现在我代表县人民政府向大会报告工作。一、{head}{opening}。{PARA * 3}"
    text += f"(一)经济发展稳中有进。{PARA * 3}(二)改革开放不断深化。{PARA * 3}二、2023年工作安排{PARA * 3}"
    assert heads(text)[0] == (1, "一、", head)


def test_a_year_and_comma_right_after_a_title_still_opens_the_paragraph() -> None:
    text = f"一、综合2020年,全县经济运行稳中有进。{PARA * 3}二、工业{PARA * 3}三、农业{PARA * 3}"
    assert heads(text)[0] == (1, "一、", "综合")


@pytest.mark.parametrize(
    ("headline", "deck"),
    [
        ("旅游产业发展喜获佳绩", "——卓尼县获得2015年全州旅游发展目标责任考核第一名"),
        ("农业农村工作再创佳绩", "——某县荣获2021年度全市乡村振兴实绩考核一等奖"),
        ("生态文明建设结硕果", "—— 某区被命名为省级生态文明建设示范区"),
    ],
)
def test_a_news_headlines_deck_is_no_heading(headline: str, deck: str) -> None:
    text = "\n".join([headline, deck, "全市文化旅游产业发展大会于3月24日下午召开。" + PARA, PARA, PARA])
    assert heads(text) == []


def test_a_dash_led_sub_head_under_a_reports_title_stays() -> None:
    # the title names a kind of document: the dash-led line under it is the first part's sub-head (717)
    text = "\n".join(["政府工作报告", "——坚持改进作风,自身建设不断加强", "一年来,县政府班子始终坚持。" + PARA, PARA])
    assert heads(text) == [(1, "", "坚持改进作风,自身建设不断加强")]


@pytest.mark.parametrize(
    "head",
    ["退役军人权益维护", "审计监管", "农村公路建设", "财政体制改革和机制创新"],
)
def test_a_yearbook_entrys_lone_head_opening_the_text(head: str) -> None:
    text = "\n".join([f"【{head}】 2020年,某县某局完成审计项目15个,提出建议67条。" + PARA, PARA])
    assert heads(text) == [(1, "", head)]


@pytest.mark.parametrize(
    "first",
    [
        "【工作总结】安全生产工作总结",  # a store's category label over the title
        "【冶金街道】 冶金街道2016年工作计划",  # a portal's label
        "【阶段性全面工作总结】关于上报某局2025年上半年工作总结的报告",
        "【图解】" + PARA,  # a short label
        "【工作总结】" + PARA,  # a kind of document, the store's category
    ],
)
def test_a_label_opening_the_text_is_no_head(first: str) -> None:
    assert heads("\n".join([first, PARA, PARA])) == []


def test_a_lone_bracketed_head_further_on_is_left_alone() -> None:
    text = "\n".join([PARA, f"【重点项目建设】 {PARA}", PARA])
    assert heads(text) == []
