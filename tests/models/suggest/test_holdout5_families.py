"""Families from reports nobody tuned to (501–516), written afresh in the reports' manner."""

from __future__ import annotations

from typing import Any

from models.suggest.indicators import find_indicators


def _read(text: str) -> list[tuple[Any, ...]]:
    return [
        (s.attributes["value"], s.attributes["unit"], s.attributes["change"], s.attributes["change_unit"])
        for s in find_indicators(text)
    ]


def test_capacities_in_named_power_projects_are_names() -> None:
    got = _read("国电5万千瓦、大唐10万千瓦光伏全容量并网,新能源装机规模突破260万千瓦。")
    assert got == [(260, "万千瓦", None, None)]


def test_a_count_before_a_per_capita_figure_is_its_scope() -> None:
    got = _read("1.6万建档立卡人口人均纯收入12850元。")
    assert got == [(12850, "元", None, None)]


def test_a_figure_converted_at_the_exchange_rate_is_its_own_indicator() -> None:
    # session 20 ruling: the restatement in another currency counts (test_indR20b_families has the names)
    got = _read("人均地区生产总值35210元,按年平均汇率折算为5240美元。")
    assert got == [(35210, "元", None, None), (5240, "美元", None, None)]


def test_a_count_followed_by_the_names_it_counts_restates_them() -> None:
    got = _read("新培育规上企业3家(宏达建材、金鑫纺织、绿源食品)。")
    assert got == []


def test_the_group_a_plan_is_aimed_at_is_scope() -> None:
    assert _read("以全县劳动年龄段的3200余名低保对象为重点服务对象,推进就业帮扶。") == []


def test_a_count_changed_since_the_end_of_last_year() -> None:
    got = _read("年末全县户籍人口215620人,比上年末减少1320人。")
    assert got == [(215620, "人", -1320, "人")]


def test_hundred_millions_said_as_ge_yi() -> None:
    got = _read("一季度完成固定资产投资6.2个亿,同比增长15%。")
    assert got == [(6.2, "个亿", 15, "%")]


def test_a_growth_after_constant_prices_is_the_levels() -> None:
    got = _read("全年地区生产总值512340万元,按不变价格计算,比上年增长5.4%。")
    assert got == [(512340, "万元", 5.4, "%")]


def test_a_negative_rate_per_mille() -> None:
    got = _read("全年出生人口1210人,人口自然增长率为-3.15‰。")
    assert got[-1][:2] == (-3.15, "‰")


def test_names_counted_may_hold_he_themselves() -> None:
    assert _read("今年先后签约了宏远精密机械和恒和2个项目,总投资5.2亿元。") == [(5.2, "亿元", None, None)]


def test_about_a_hundred_bags_and_zones() -> None:
    assert _read("帮助企业解决难题百余个。") == [(100, "个", None, None)]
    assert _read("推广袋料木耳12万袋。") == [(12, "万袋", None, None)]
    assert _read("高标准农田项目3个片区。") == [(3, "个片区", None, None)]


def test_a_money_threshold_inside_the_name_after_a_count() -> None:
    got = _read("318个市亿元以上重点项目完成投资412亿元。")
    assert got == [(318, "个", None, None), (412, "亿元", None, None)]


def test_a_counted_part_of_a_counted_whole() -> None:
    got = find_indicators("全省8家重点实验室我市占3席。")
    assert [(s.attributes["value"], s.attributes["unit"]) for s in got] == [(3, "席")]


def test_a_count_threshold_opening_a_clause_delimits_the_figure_after() -> None:
    assert _read("全面完成改造任务,100户以上自然村通客车率达到100%。") == [(100, "%", None, None)]
    assert _read("落实耕地保护责任,守住永久基本农田和620万亩粮食生产功能区。") == []
    assert _read("全年有80家以上企业参加招聘活动。") == [(80, "家", None, None)]


def test_figures_listed_inside_a_quoted_slogan_name_its_parts() -> None:
    assert _read("全力推进“1个中心、3张清单、5项机制”建设。") == []
    assert _read("建成“四好农村路”120公里、“美丽庭院”3200户。") == [(120, "公里", None, None), (3200, "户", None, None)]


def test_households_named_by_a_word_ending_in_hu() -> None:
    got = find_indicators("因病因残返贫致贫风险户15户52人全部消除风险。")
    assert [(s.attributes["value"], s.attributes["unit"]) for s in got] == [(15, "户"), (52, "人")]
    assert all(str(s.attributes["name"]).endswith("风险户") for s in got)


def test_how_long_a_document_holds_is_no_indicator() -> None:
    assert _read("本办法自印发之日起施行,有效期3年。") == []
    assert _read("实行继续按原用途使用土地的过渡期政策,过渡期为5年。") == []  # 553: a period a rule sets
    assert _read("签订服务协议,服务期为2年。") == []


def test_bulletin_ratios_and_verbs_with_their_bases() -> None:
    assert _read("出生人口性别比为106.8。") == [(106.8, "", None, None)]
    got = _read("总人口性别比(以女性为100,男性对女性的比例)为104.72。")
    assert got == [(104.72, "", None, None)]
    got = _read("年末全县常住人口41.2万人,比上年末净减少0.35万人。")
    assert got == [(41.2, "万人", -0.35, "万人")]
    got = find_indicators("全年规模以上工业增加值按可比价计算增长5.3%。")
    assert [s.attributes["name"] for s in got] == ["规模以上工业增加值"]


def test_a_township_scope_word_is_not_the_name() -> None:
    got = find_indicators("全镇12个行政村全部通硬化路。")
    assert [s.attributes["name"] for s in got] == ["行政村"]


def test_a_figure_closing_the_condition_of_a_policy() -> None:
    assert _read("年纳税额首次超过500万元的,给予一次性奖励。") == []
    assert _read("吸纳就业30人以上的企业给予补贴。") == []
