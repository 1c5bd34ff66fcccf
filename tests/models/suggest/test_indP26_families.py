"""Families of session 26 (indP26): counts of a setting rather than results. An organisation's formula of numbered
units (一室三部), who attended the meeting an item reports, an event's duration (为期5天), the whole a
part is taken from (11个项目中已有8个…)."""

from __future__ import annotations

import pytest

from models.suggest.indicators import find_indicators


def _values(text: str) -> list[tuple[float, str]]:
    return [(s.attributes["value"], s.attributes["unit"]) for s in find_indicators(text)]


# --- a formula of numbered units (一室三部, 一室四处, 两站一中心): the organisation's shape named in words, no count
# (gold 2280 一室三部, 765 一室四處, 1213 一室五委, 1757 一室一中心; README: numbered rhetoric)


@pytest.mark.parametrize(
    "text",
    [
        "管委会下设一室三部,即办公室,规划建设部、产业发展部和财务部。",
        "局机关内设一室四处,分别是办公室、政策法规处、规划处和项目处。",
        "中心设一室两科,负责日常工作。",
        "新区管委会下设一办五局,即党政办公室、经济发展局等。",
    ],
)
def test_a_formula_of_numbered_units_is_no_count(text: str) -> None:
    assert _values(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("今年新建三座桥梁。", [(3.0, "座")]),  # a count in words after a verb stays
        ("每年开展两次专项检查。", [(2.0, "次")]),  # 年 is a period, no unit of a formula
        ("示范点三个、示范单位三个。", [(3.0, "个"), (3.0, "个")]),  # a ledger's counts after their nouns
    ],
)
def test_counts_in_words_outside_a_formula_stay(text: str, expected: list[tuple[float, str]]) -> None:
    assert _values(text) == expected


# --- who attended the meeting (session 21 ruling; 2282 参加本次会议的有…共计150余人): the meeting's roll, not the
# report's results. Who spoke is left as it was: the gold splits (2283 not counted, 1055 counted)


@pytest.mark.parametrize(
    "text",
    [
        "参加本次会议的有镇机关全体同志、村支部书记、镇直部门负责人和受表彰对象在内的共计150余人。",
        "出席会议的有县直各部门主要负责人、各乡镇党委书记共80人。",
    ],
)
def test_who_attended_is_no_indicator(text: str) -> None:
    assert _values(text) == []


def test_people_trained_or_awarded_at_a_meeting_stay() -> None:
    text = "会议表彰了54名先进工作者;全年培训村干部300余人次。"
    assert _values(text) == [(54.0, "名"), (300.0, "人次")]


# --- an event's duration (为期5天, 为期4天: gold 1591, 475; 为期三年的统计督察 1041): the event's setting


@pytest.mark.parametrize(
    "text",
    [
        "举办为期5天的乡村振兴专题培训班,培训学员120人。",
        "区人大常委会组织开展了为期4天的集中视察。",
        "开展为期2个月的安全生产大检查。",
    ],
)
def test_an_events_duration_is_no_indicator(text: str) -> None:
    assert all(unit not in ("天", "个月") for _, unit in _values(text)), _values(text)


def test_a_time_taken_to_finish_stays() -> None:
    # 历时23天实现清零 (1683), 历时5个月 (1567): how long the work took is a result
    assert _values("历时23天实现本地确诊病例全部清零。") == [(23.0, "天")]


# --- the whole a part is taken from, 中 then the part already counted (2304 11个项目中已有8个完成…, as 1380
# 34个工业行业大类中20个行业实现增长, 2212 5个行政村中有3个贫困村)


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("目前,11个项目中已有8个完成初步设计报告编制,3个正在编制。", 11.0),
        ("全县26个重点项目中已有19个开工建设。", 26.0),
        ("全乡5个行政村中有3个贫困村。", 5.0),
    ],
)
def test_the_whole_a_part_is_taken_from_is_no_count(text: str, whole: float) -> None:
    got = [v for v, _ in _values(text)]
    assert whole not in got and got, got
