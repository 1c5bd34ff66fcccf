"""Families of session 22 (ind22): extras and misses of the discovery sets, in made-up sentences of other places."""

from __future__ import annotations

from typing import Any

import pytest

from models.suggest.indicators import find_indicators


def _all(text: str) -> list[tuple[Any, ...]]:
    return [(s.attributes["value"], s.attributes.get("unit")) for s in find_indicators(text)]


def _by_name(text: str) -> dict[str, dict[str, Any]]:
    return {str(s.attributes.get("name")): s.attributes for s in find_indicators(text)}


# --- the people of a place called by a kinship word: an address, not a count (1958 35万父老乡亲, 1923 7100万江淮儿女)


@pytest.mark.parametrize(
    "text",
    [
        "向全县35万父老乡亲做出公开承诺。",
        "7100萬江淮兒女倍感溫暖,倍增干勁。",
        "1.2亿齐鲁儿女奋发有为,建设新山东。",
        "团结带领3000万巴蜀儿女砥砺奋进。",
    ],
)
def test_a_kinship_address_is_no_count(text: str) -> None:
    assert _all(text) == []


def test_people_counted_by_a_kinship_word_with_their_own_unit_are_counted() -> None:
    assert _all("全年接待台湾同胞3.2万人次。") == [(3.2, "万人次")]


# --- the count of the parts a speaker then enumerates is a list count, whatever verb comes before (1958; 1115, 1288,
# 1672, 1858 read already)


@pytest.mark.parametrize(
    "text",
    [
        "2018年,县民政局将全面完成三项重点工作,一是扎实做好兜底保障工作。",
        "今年,市统计局圆满完成四项工作任务:一是抓好普查。",
        "全年完成5个方面工作:(一)抓项目建设。",
    ],
)
def test_a_count_the_text_then_enumerates_is_no_indicator(text: str) -> None:
    assert _all(text) == []


def test_a_count_of_things_built_before_their_names_stays() -> None:
    assert _all("建成3个产业园,一是东区产业园。") == [(3, "个")]


# --- the size every counted thing has names the class; the count is the indicator (1981 500亩…基地2个)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("蔬菜总产4万吨,建成500亩野生连翘抚育示范基地2个。", [(4, "万吨"), (2, "个")]),
        ("全年建成1000亩标准化茶叶基地3个。", [(3, "个")]),
        ("新建200平方米村级服务中心5个。", [(5, "个")]),
    ],
)
def test_the_size_of_each_counted_thing_is_no_indicator(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _all(text) == expected


def test_a_size_with_its_own_count_elsewhere_stays() -> None:
    assert (2, "万平方米") in _all("建成2万平方米标准厂房,入驻企业5家。")


# --- an item's label 1、 at a line's or a run's start never opens a list with the figure after it (1980)


@pytest.mark.parametrize(
    "text",
    [
        "(一)、2017年工作总结  1、2017年自治区《政府工作报告》量化指标完成情况",
        "(一)2019年工作回顾\n1、2019年全区重点项目推进情况",
        "二、工作总结  2、2020年县级为民办实事完成情况",
    ],
)
def test_an_item_label_before_a_year_is_no_figure(text: str) -> None:
    assert _all(text) == []


def test_figures_after_an_item_label_are_still_read() -> None:
    assert _all("工作总结\n1、3个乡镇完成改造。") == [(3, "个")]


# --- a rank said with its own word needs no scope: 进入前五位, 进入前10名 (893, 1944)


def test_entering_the_top_n_places_is_a_rank() -> None:
    got = find_indicators("力争2021年开发区年终考评进入前五位。")
    assert [(s.attributes["value"], s.attributes["unit"], s.attributes["kind"]) for s in got] == [(5, "位", "target")]


def test_a_rank_named_as_the_goal_is_a_target_and_reached_it_is_actual() -> None:
    aimed = find_indicators("确保辖区平安稳定,实现综治民调进入前10名的目标。")
    assert [(s.attributes["value"], s.attributes["kind"]) for s in aimed] == [(10, "target")]
    reached = find_indicators("今年我县实现了综合考核进入前三名的目标。")
    assert [(s.attributes["value"], s.attributes["kind"]) for s in reached] == [(3, "actual")]


def test_people_entering_the_top_n_hold_no_rank() -> None:
    assert _all("全县共有5人进入前10名。") == [(5, "人")]


# --- a two-term ratio with an adverb before its verb (1965 普职比基本达到1:1; 008 之比达到2∶1 read already)


@pytest.mark.parametrize(
    ("text", "name", "value"),
    [
        ("高中阶段入学率96%,普职比基本达到1:1,高中教育基本普及。", "普职比", 1),
        ("城乡居民收入比大体为2.1:1。", "城乡居民收入比", 2.1),
    ],
)
def test_a_ratio_with_an_adverb_before_its_verb(text: str, name: str, value: float) -> None:
    got = _by_name(text)
    assert got[name]["value"] == value


# --- a doubling said once for two named quantities is each one's (1922 存贷款余额、社会融资规模实现翻番, 716)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("金融机构存贷款余额、社会融资规模实现翻番。", ["金融机构存贷款余额", "社会融资规模"]),
        ("全地域财政收入、地方一般预算收入比2002年翻了一番。", ["全地域财政收入", "地方一般预算收入"]),
        ("全县地区生产总值、城镇居民人均可支配收入均比2015年翻一番。", ["全县地区生产总值", "城镇居民人均可支配收入"]),
    ],
)
def test_a_shared_doubling_is_each_quantitys(text: str, names: list[str]) -> None:
    got = find_indicators(text)
    assert [s.attributes["name"] for s in got] == names
    assert all(s.attributes["change"] == 100 and s.attributes["change_unit"] == "%" for s in got)


# --- a month's end after 到 is the day the figures are read at, no deadline (1985 到2016年6月底,全乡…达7520万元)


def test_figures_read_at_a_month_end_are_actual_and_a_year_end_aim_stays_a_target() -> None:
    text = "一、五年工作总结\n五年来圆满完成各项任务。到2016年6月底,全乡地区生产总值达7520万元。"
    assert [s.attributes["kind"] for s in find_indicators(text)] == ["actual"]
    assert [s.attributes["kind"] for s in find_indicators("到2020年底,全县地区生产总值达到100亿元。")] == ["target"]
