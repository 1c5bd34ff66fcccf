"""The lead's session-27 rulings the reader follows, in made-up snippets of other places, offices and scripts."""

from __future__ import annotations

from typing import Any

import pytest

from models.suggest.indicators import find_indicators


def _read(text: str) -> list[tuple[Any, ...]]:
    return [(s.attributes["value"], s.attributes.get("unit")) for s in find_indicators(text)]


# --- a total framing its breakdown (`共涉及16个部门。其中:8个部门…`, 1282): scope, as 1134's ledger totals; the parts
# may count. A stock's total over its parts (`下辖团支部26个,其中村级团支部8个`, 1352; `储备库共有150个项目`, 2256)
# stays.


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("主要表现为资产底数不清、长期闲置等,共涉及12个部门。其中:7个部门少计漏记房产3200平方米。", 12),
        ("审计发现违规问题,共涉及9个单位,其中5个单位超标准配车。", 9),
        ("主要表现为挤占挪用等,共涉及6个乡镇。其中:4个乡镇挪用资金52万元。", 6),
        ("梳理问题清单,确定整改事项15个。其中,8个事项已销号。", 15),
    ],
)
def test_a_total_framing_its_breakdown_is_scope(text: str, total: int) -> None:
    assert (total, "个") not in _read(text)


@pytest.mark.parametrize(
    "text",
    [
        "全市下辖团支部26个,其中村级团支部8个。",
        "项目储备库共有150个项目,其中亿元以上项目50个。",
        "共向省住建厅申报试点项目11个,其中4个通过审查。",
    ],
)
def test_a_stock_or_a_deed_over_its_parts_still_counts(text: str) -> None:
    assert _read(text)[0][0] in (26, 150, 11)


# --- a census's or survey's units are its scope (`物资普查…涉及216个单位`, 021, as `6916个社区…大普查` 1968); what it
# found (`454个物资储备库`, `1600种物资`) and units the work reached (`开工建设涉及9个村`, 806) still count


@pytest.mark.parametrize(
    ("text", "scope", "kept"),
    [
        ("开展全市物资普查工作,收集数据5000余条,涉及216个单位、454个物资储备库,约1600种物资。", 216, 454),
        ("全面开展经济普查,清查登记涉及1380家单位,入户核实个体户2.1万户。", 1380, 2.1),
        ("開展消防安全大排查,涉及87個單位,整改隱患312處。", 87, 312),
    ],
)
def test_a_surveys_units_are_its_scope(text: str, scope: float, kept: float) -> None:
    values = [v for v, _u in _read(text)]
    assert scope not in values
    assert kept in values


def test_units_the_work_reached_still_count() -> None:
    assert 9 in [v for v, _u in _read("开工建设涉及9个村的农田水利治理工程。")]


# --- a from/to of an office's own units with the noun between (1278 `由原来的14个科室重组为7个股室`): one indicator,
# the to-figure with its change, as `由2个增加到8个` (1930)


def _moves(text: str) -> list[tuple[Any, ...]]:
    return [
        (s.attributes["value"], s.attributes.get("unit"), s.attributes.get("change")) for s in find_indicators(text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我局完成了机构重组,局机关由原来的14个科室重组为7个股室。", (7, "个", -7)),
        ("机构改革后,由原来的9个内设机构整合为6个科室。", (6, "个", -3)),
        ("市场监管所由12个所合并为8个。", (8, "个", -4)),
        ("区划调整后,全县由28个乡镇撤并为19个乡镇。", (19, "个", -9)),
    ],
)
def test_a_from_to_with_its_noun_between_is_one_move(text: str, expected: tuple[Any, ...]) -> None:
    got = _moves(text)
    assert len(got) == 1
    assert (got[0][0], got[0][1].replace("個", "个"), got[0][2]) == expected


# --- a per-unit grant rate a report says was paid for a deed it counts (137 `每户补贴5万元新建4家农家乐宾馆`, 1587
# `按每人每月20元补发…45.8万元`) is an indicator (session-27 ruling; 30 items in 17 reports); a policy's term
# (`按每人次10元给予奖励`, 1483) is not


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        ("镇财政追加投资40多万元,每户补贴5万元新建4家农家乐宾馆,完善道路标示标牌。", 5),
        ("提高低保标准,并按每人每月20元补发1—5月份提标补助45.8万元。", 20),
        ("今年以来,我县每亩补助300元建成高标准农田2.6万亩。", 300),
        ("全年按每户1.2万元补助标准改造农村危房860户。", 1.2),
    ],
)
def test_a_grant_rate_paid_for_a_counted_deed_is_read(text: str, rate: float) -> None:
    assert rate in [v for v, _u in _read(text)]


def test_a_policys_grant_rate_stays_a_term() -> None:
    text = "对接待国内游客5千人次以上的旅行社,超出部分按每人次10元给予奖励,单个旅行社累计奖励不超过200万元。"
    assert 10 not in [v for v, _u in _read(text)]
