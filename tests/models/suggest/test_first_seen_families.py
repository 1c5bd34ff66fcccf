"""Families from the hold-out sets scored before anyone tuned to them (150–185), in made-up snippets, each also
read with half-width punctuation, full-width digits and in traditional script."""

from __future__ import annotations

from typing import Any

import pytest

from models.suggest.indicators import find_indicators


def _read(text: str) -> list[tuple[Any, ...]]:
    return [
        (s.attributes["value"], s.attributes["unit"], s.attributes["change"], s.attributes["change_unit"])
        for s in find_indicators(text)
    ]


def _halfwidth(text: str) -> str:
    return text.translate(str.maketrans("，。；：（）", ",.;:()"))


def _fullwidth_digits(text: str) -> str:
    return text.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789.%"})


# simplified -> traditional for the characters of the snippets below (the test's own table)
_TRADITIONAL = str.maketrans(
    "县计发个点满意较万门议标报长实亿产业运农动气务众测评为编态间缩现区盖应岗带领团结奋斗设圈总节",
    "縣計發個點滿意較萬門議標報長實億產業運農動氣務眾測評為編態間縮現區蓋應崗帶領團結奮鬥設圈總節",
)


def _variants(text: str) -> list[str]:
    return [text, _halfwidth(text), _fullwidth_digits(text), text.translate(_TRADITIONAL)]


# each: a snippet, and what it reads as (value, unit, change, change_unit) per indicator
FAMILIES = [
    # birth and death rates change in per-mille points
    ("全县人口出生率7.52‰，比上年下降0.65个千分点。", [(7.52, "‰", -0.65, "个千分点")]),
    # a sentence with no subject opening on its base continues the level before it (a source's stray full stop)
    ("人口死亡率5.1‰。比上年提高0.2个千分点。", [(5.1, "‰", 0.2, "个千分点")]),
    # a score in points, and its change in points
    ("群众满意度测评得分为91.6分，较上年提升2.05分。", [(91.6, "分", 2.05, "分")]),
    # a duration in minutes
    ("实现城区全覆盖，平均响应时间缩短为12分钟。", [(12, "分钟", None, None)]),
    # the issues of a publication, counted after its title
    ("全年编发《工作动态》24期。", [(24, "期", None, None)]),
    # a count in 万 with decimals, of people named after it, is counted (not rhetoric)
    ("全年累计运送32.5万农民工返岗。", [(32.5, "万", None, None)]),
    # households, then their people after a comma: two indicators (a people count with no name of its own)
    ("全县现有特困供养对象1208户，1563人。", [(1208, "户", None, None), (1563, "人", None, None)]),
    # a level and its change glued to a structure that follows with no full stop
    (
        "第三产业增加值224.7亿元，增长4.5%三次产业结构比重为15.9：26.7：57.4。",
        [(224.7, "亿元", 4.5, "%"), (15.9, "%", None, None), (26.7, "%", None, None), (57.4, "%", None, None)],
    ),
    # a list of changes whose separators the page lost, the % kept: one change per figure, a minus its own
    (
        "工业、建筑业和服务业增加值分别增长2.5%-1.3%4.6%。",
        [(2.5, "%", 2.5, "%"), (-1.3, "%", -1.3, "%"), (4.6, "%", 4.6, "%")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FAMILIES)
def test_family_reads_the_same_in_every_surface(text: str, expected: list[tuple[Any, ...]]) -> None:
    for variant in _variants(text):
        assert _read(variant) == expected, variant


def test_the_title_of_a_counted_publication_names_it() -> None:
    found = find_indicators("全年编发《工作动态》24期。")
    assert found[0].attributes["name"] == "工作动态"
    assert found[0].text == "《工作动态》24期"


@pytest.mark.parametrize(
    "text",
    [
        "建设城市社区10分钟健身圈。",  # the time names the area served
        "打造15分钟便民生活圈。",
        "团结带领亿万人民群众。",  # round figures before 人民, 群众 stay rhetoric
        "全省4000万人民共同奋斗。",
        "考核总分100分，其中日常工作（25分）。",  # a weight in an assessment is no score
    ],
)
def test_not_indicators_of_these_families(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # the second standing after a tier that is no rank (第一档次), named by what the clause's verb keeps
        ("垃圾分类工作持续保持全国第一档次、中部第一。", "中部第一"),
        # first on both of two boards: one rank
        ("连续5年在考核和满意度测评中保持全省“双第一”。", "全省“双第一”"),
    ],
)
def test_ranks_in_words(text: str, quote: str) -> None:
    for variant in (text, _halfwidth(text), text.translate(_TRADITIONAL)):
        found = [s for s in find_indicators(variant) if s.attributes.get("unit") == "位"]
        assert [(s.attributes["value"], s.attributes["change"]) for s in found] == [(1, None)], variant
        assert found[0].text.endswith(variant[variant.find(quote[:2]) : variant.find(quote[:2]) + len(quote)])
        assert len(found[0].attributes["name"]) >= 2


def test_a_range_in_percent_keeps_its_dash_no_minus() -> None:
    found = find_indicators("按照标准给予30%-50%比例的救助。")
    assert all(s.attributes["value"] >= 0 for s in found)


def _kinds(text: str) -> list[tuple[float, str]]:
    return [(s.attributes["value"], s.attributes["kind"]) for s in find_indicators(text)]


def test_every_share_of_a_target_reached_is_actual() -> None:
    text = "销售总额120亿元、利润总额3.5亿元，分别完成年度考核目标的104.9%、120.8%。"
    for variant in (text, _halfwidth(text), _fullwidth_digits(text)):
        got = _kinds(variant)
        assert (104.9, "actual") in got and (120.8, "actual") in got, variant


def test_the_stock_there_is_now_in_a_plan_is_actual() -> None:
    text = "2024年工作计划\n一、在现有入学登记、证照办理等45项便民服务的基础上，新增网上服务事项20项。\n"
    assert _kinds(text) == [(45, "actual"), (20, "target")]


def test_an_excerpt_that_stops_after_a_unit_per_day_keeps_its_figure() -> None:
    text = "全年工作取得成效。加大餐厨垃圾处理力度,新增处理能力至260吨/日"
    assert [(v, u) for v, u, _, _ in _read(text)] == [(260, "吨/日")]
    assert _read("全年增长14.9%。全市已有89.2%的乡") == [(14.9, "%", 14.9, "%")]  # the last statement is cut
