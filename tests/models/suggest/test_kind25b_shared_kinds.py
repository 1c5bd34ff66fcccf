"""Kind families of session 25 (kind25b): a project count's total investment, a bracketed breakdown and a plan's details
share the kind of the figure they belong to (README: the `计划总投资` ruling of session 23, extended in session 24)."""

from __future__ import annotations

import pytest

from models.suggest.indicators import find_indicators


def _kinds(text: str) -> dict[float, str]:
    return {abs(s.attributes["value"]): s.attributes["kind"] for s in find_indicators(text)}


# --- the total investment of a counted set of projects is planned when the count is (corpus 113 a county's mid-year
# progress, 2021 a county conference news item, 140 a development zone's half-year summary)


@pytest.mark.parametrize(
    "text",
    [
        "1-6月累计完成投资362亿元;计划新开工项目157项,总投资506.08亿元,年度计划投资194.54亿元。",
        "2018年,全县年度拟安排项目205个,总投资约112.2亿元,涉及产业发展等5大类。",
        "上半年各项工作稳步推进。全年計劃開工項目42個，總投資14.03億元。",
        "今年全镇计划实施重点项目18个,项目总投资达506.08亿元。",
    ],
)
def test_a_planned_counts_total_investment_is_planned(text: str) -> None:
    assert _kinds(text).get(506.08, _kinds(text).get(112.2, _kinds(text).get(14.03))) == "target", _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "上半年,全县在建项目28个,总投资506.08亿元。",
        "1-6月,全市新签约项目29个,总投资506.08亿元。",
        "今年共有重点项目33个,总投资506.08亿元,已完成投资120亿元。",
    ],
)
def test_a_counted_set_of_projects_under_way_keeps_its_total_actual(text: str) -> None:
    assert _kinds(text)[506.08] == "actual", _kinds(text)


# --- a breakdown in brackets (包括/其中/含) is read with the total it breaks down, whatever status words name its parts


def test_a_planned_totals_bracketed_breakdown_is_planned() -> None:
    text = (
        "一、项目建设快速推进。在建项目28个,总投资6.3亿元(包括:续建项目14个,总投资3.7亿元);"
        "年内计划开工项目42个,总投资14.03亿元,(包括:已立项并办结土地手续的项目12个,总投资2.98亿元;"
        "正在准备立项手续的项目19个,总投资6.94亿元)。"
    )
    kinds = _kinds(text)
    assert [kinds[v] for v in (28, 6.3, 14, 3.7)] == ["actual"] * 4, kinds
    assert [kinds[v] for v in (42, 14.03, 12, 2.98, 19, 6.94)] == ["target"] * 6, kinds


def test_a_breakdown_after_a_total_reached_stays_actual() -> None:
    kinds = _kinds("上半年完成投资80亿元(其中:续建项目完成投资35亿元),同比增长12%。")
    assert kinds[80] == "actual" and kinds[35] == "actual", kinds


# --- the details a planned total opens (具体情况为:, 包括:) are planned too (corpus 2075 a county forestry bureau's
# half-year summary; the same reading as the bracketed breakdown above)


@pytest.mark.parametrize(
    "text",
    [
        "我局今年计划投入660万元重点做好城乡绿化工程,具体情况为:甲村绿化工程,建设面积73亩,投入资金49.7万元;"
        "乙村景观提升工程,建设面积453亩,投入资金332万元。",
        "今年全區計劃投入660萬元實施綠化工程，具體如下：甲村綠化工程，面積73畝，投入資金49.7萬元；乙村工程投入332萬元。",
    ],
)
def test_the_details_a_planned_total_opens_are_planned(text: str) -> None:
    kinds = _kinds(text)
    assert [kinds[v] for v in (660, 49.7, 332)] == ["target"] * 3, kinds


def test_the_details_of_a_total_reached_stay_actual() -> None:
    kinds = _kinds("上半年全局投入资金660万元,具体情况为:甲村绿化工程,建设面积73亩,投入资金49.7万元。")
    assert kinds[660] == "actual" and kinds[49.7] == "actual", kinds


def test_the_parts_of_a_budget_are_not_planned_by_it() -> None:
    text = "2024年实施项目共15个,年初批复预算8个项目985万元(含1个年初结转结余项目50万元),实际到位资金334.67万元。"
    kinds = _kinds(text)
    assert kinds[1] == "actual", kinds
