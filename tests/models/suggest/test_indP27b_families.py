"""Families of session 27 (indP27b): a crosshead or a headline's subtitle repeating a figure of the body under it
(2241, 2210, 2362, 2340: the heading is no body, README line ~360 and the session-27 ruling)."""

from __future__ import annotations

import pytest

from models.suggest.indicators import find_indicators


def _found(text: str) -> list[tuple[str, float, str]]:
    return [(s.text, s.attributes["value"], s.attributes["unit"]) for s in find_indicators(text)]


# --- a crosshead standing alone between paragraphs whose figure the paragraphs under it say again (2241
# `2013年全省生产总值21910亿元` over `初步预计,2013年全省生产总值21910亿元,增长11%`; 2210 `去年竣工项目37个`; 2362's
# `固定资产投资增速全省第一` over `…增速居全省第一`; 2340's subtitle `——卓尼县获得…考核第一名` over `获得全州排名第一`)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "会议开幕。\n\n2013年全省生产总值21910亿元\n\n报告首先总结了过去一年的主要工作。"
            "初步预计,2013年全省生产总值21910亿元,增长11%;公共财政总收入3428.76亿元,增长14%。\n",
            (21910.0, "亿元"),
        ),
        (
            "全年完成固定资产投资450亿元,增长16%。\n\n   去年竣工项目37个\n\n"
            "去年,随着一批大项目的落户,全区开工项目29个,竣工项目37个,竣工面积256万平方米。\n",
            (37.0, "个"),
        ),
        (
            "上半年全市经济平稳运行。\n固定资产投资增速全省第一\n"
            "1-6月,全市固定资产投资完成232.88亿元,同比增长34.5%,增速居全省第一。\n",
            (1.0, "位"),
        ),
        (
            "乡村旅游喜获佳绩\n——临潭县获得2019年全州旅游发展目标责任考核第二名\n"
            "2019年,我县旅游工作稳扎稳打,出色地完成了各项目标任务,在全州旅游发展大会上获得全州排名第二。\n",
            (2.0, "位"),
        ),
    ],
    ids=["2241", "2210", "2362", "2340"],
)
def test_a_crosshead_repeating_a_figure_of_its_body_is_no_indicator(text: str, figure: tuple[float, str]) -> None:
    lines = [ln for ln in text.split("\n") if ln.strip()]
    heading_end = text.index(lines[1]) + len(lines[1])
    found = [(s.start, s.attributes["value"], s.attributes["unit"]) for s in find_indicators(text)]
    assert [f for f in found if f[0] < heading_end and (f[1], f[2]) == figure] == []
    assert [f for f in found if (f[1], f[2]) == figure]  # the body's own statement stays


def test_a_crosshead_giving_a_figure_the_body_does_not_repeat_stays() -> None:
    text = (
        "全县经济平稳运行。\n\n粮食总产量达到52万吨\n\n"
        "今年我县粮食生产再获丰收,播种面积稳定在80万亩以上,单产稳步提高。\n"
    )
    assert (52.0, "万吨") in [(v, u) for _, v, u in _found(text)]


def test_short_lines_of_a_flattened_table_are_no_crossheads() -> None:
    text = "造林面积\n1.2万亩\n1.2万亩\n10\n10\n森林经营面积\n16.3万亩\n16.3万亩\n"
    before = _found(text)
    assert before == _found(text.replace("造林面积", "造林面积 "))  # no heading read there, whatever it finds


def test_a_paragraph_line_is_no_crosshead() -> None:
    text = "全年生产总值100亿元。\n全市生产总值100亿元,增长8%。\n"
    assert len([f for f in _found(text) if f[1] == 100.0]) == 2


# --- one share shared by a list (session-27 ruling): `A78家、B29家、C19家,均超过全市半数以上` (1297) and `接待旅游者
# 286.12万人次、实现旅游总收入23.99亿元,均占全市总量过半` (2251) are one 50 % share per listed figure, as one
# threshold shared by a list is (2376, 2247)


def _shares(text: str) -> list[tuple[str, float]]:
    return [
        (str(s.attributes["name"]), s.attributes["value"])
        for s in find_indicators(text)
        if s.attributes["unit"] == "%" and s.attributes["value"] == 50.0
    ]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("累计培育高新技术企业78家、雏鹰企业29家、瞪羚企业19家,均超过全市半数以上。", 3),
        ("全年接待旅游者286.12万人次、实现旅游总收入23.99亿元,均占全市总量过半。", 2),
        ("全区新增市场主体1.2万户、新增注册资本85亿元,均占全州总量一半以上。", 2),
        ("今年培育专精特新企业12家、小巨人企业4家,均超全省半数。", 2),
    ],
    ids=["1297", "2251", "state", "province"],
)
def test_a_half_share_said_once_after_a_list_is_one_per_figure(text: str, count: int) -> None:
    shares = _shares(text)
    assert len(shares) == count
    assert len({name for name, _ in shares}) == count  # each named by its own figure


def test_a_half_share_after_one_figure_stays_one() -> None:
    assert len(_shares("全县规上工业企业152户,超过全市半数以上。")) == 1


def test_a_list_without_均_shares_nothing() -> None:
    # the share said of the last figure alone
    assert len(_shares("全年接待游客286万人次、旅游总收入23.99亿元,占全市总量过半。")) == 1


# --- the set a part is taken from, a year in its name (2342 在2022年遭遇的7起疫情中,协同…): its size, no count of work


@pytest.mark.parametrize(
    "text",
    [
        "在2022年遭遇的7起疫情中,协同全区各街道部门开展流调溯源。",
        "在2019年发生的5起森林火灾中,均在24小时内扑灭。",
        "在2023年度参评的42个县区中,我县排名第5位。",
    ],
)
def test_the_set_before_中_with_a_year_is_no_count(text: str) -> None:
    assert not [s for s in find_indicators(text) if s.attributes["unit"] in ("起", "个")]


def test_a_count_after_a_year_with_no_set_stays() -> None:
    assert [s for s in find_indicators("在2022年新建7个村级服务站。") if s.attributes["value"] == 7.0]
