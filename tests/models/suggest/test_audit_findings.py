"""Audit findings (审计工作报告, 审计结果公告): counts saying whose amount it is; amounts named by what was added."""

from __future__ import annotations

from typing import Any

from models.suggest.indicators import find_indicators


def _values(text: str) -> list[tuple[Any, ...]]:
    return [(s.attributes["value"], s.attributes["unit"]) for s in find_indicators(text)]


def test_the_units_a_finding_is_about_are_no_indicator_when_its_amount_follows() -> None:
    got = _values("一是11个部门的12家协会学会等，通过在论坛中为企业品牌推介等不当获取收入3.08亿元。")
    assert got == [(3.08, "亿元")]
    got = _values("28省市税务部门向631户企业等，多征收或提前征收耕地占用税等税费331.89亿元。")
    assert (631, "户") not in got and (331.89, "亿元") in got


def test_a_count_of_things_done_wrong_with_nothing_after_it_is_the_finding() -> None:
    got = _values("从审批程序看，9个部门和52家所属单位的100个活动未经审批或规避审批。")
    assert got == [(100, "个")]
    # a date after the count is no figure of the finding
    assert (10, "家") in _values("10家所属单位自2024年3月以来，已停止举办违规开展的评比表彰活动。")


def test_a_clause_opening_on_its_own_count_is_a_finding_of_its_own() -> None:
    text = "9省市1091个政府部门的信息系统未按要求编制政务数据目录，9717个政府部门已编制的数据目录不符合规范要求。"
    got = _values(text)
    assert (1091, "个") in got


def test_the_units_a_wrong_was_done_to_are_the_finding() -> None:
    assert (45, "户") in _values("违规批准45户企业在81个采煤沉陷区治理项目中露天采煤。")


def test_outside_a_finding_counts_of_units_stay() -> None:
    assert (12, "家") in _values("全年新引进12家企业，完成投资5.6亿元。")


def test_an_amount_added_is_named_by_what_was_added() -> None:
    got = [s.attributes["name"] for s in find_indicators("央企的项目因违规决策等，不当增加投资成本等44.16亿元。")]
    assert got == ["增加投资成本"]


def test_the_sample_an_audit_looked_into_is_no_indicator() -> None:
    assert _values("重点审计了42个部门及所属244家单位2024年收到的财政预算拨款6199.57亿元。") == [(6199.57, "亿元")]
    got = _values("重点审计的2家政策性银行和3家国有保险公司，至2023年底资产总额26.22万亿元。")
    assert got == [(26.22, "万亿元")]
