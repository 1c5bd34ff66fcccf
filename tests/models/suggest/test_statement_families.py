"""Families of indicator statements found in reports nobody tuned to, written afresh in the reports' manner."""

from __future__ import annotations

from typing import Any

import pytest

from models.suggest.indicators import find_indicators


def _read(text: str) -> list[tuple[Any, ...]]:
    return [
        (s.text, s.attributes["value"], s.attributes["unit"], s.attributes["change"], s.attributes["change_unit"])
        for s in find_indicators(text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "1-6月,全镇完成一般公共预算收入8621万元,为年初预算的52.4%,同比增长6.8%。",
            [
                ("一般公共预算收入8621万元,为年初预算的52.4%,同比增长6.8%", 8621, "万元", 6.8, "%"),
                ("为年初预算的52.4%", 52.4, "%", None, None),
            ],
        ),
        (
            "上半年税务部门组织收入3.46亿元,为预算的(含上级补助)47.1%,比上年同期下降2.3%。",
            [
                ("税务部门组织收入3.46亿元,为预算的(含上级补助)47.1%,比上年同期下降2.3%", 3.46, "亿元", -2.3, "%"),
                ("为预算的(含上级补助)47.1%", 47.1, "%", None, None),
            ],
        ),
        (
            "全年完成财政支出15.2亿元,完成调整预算的96.3%,增长4.1%。",
            [
                ("财政支出15.2亿元,完成调整预算的96.3%,增长4.1%", 15.2, "亿元", 4.1, "%"),
                ("完成调整预算的96.3%", 96.3, "%", None, None),
            ],
        ),
    ],
)
def test_budget_execution_share_stands_aside_and_the_growth_is_the_amounts(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert _read(text) == expected


def test_progress_ahead_of_schedule_is_a_change_and_the_percentage_change_wins_over_the_absolute() -> None:
    text = "税收收入完成4.2亿元,同比增收3100万元,为预算的58.2%,快于时序进度8.2个百分点,增长7.9%。"
    got = _read(text)
    assert got[0][1:] == (4.2, "亿元", 7.9, "%")
    assert got[0][0] == "税收收入完成4.2亿元,同比增收3100万元,为预算的58.2%,快于时序进度8.2个百分点,增长7.9%"
    assert got[2] == ("快于时序进度8.2个百分点", 8.2, "个百分点", 8.2, "个百分点")
    assert len(got) == 3


def test_a_benchmark_in_points_never_becomes_the_change_of_an_amount() -> None:
    got = _read("全县财政收入完成9.6亿元,高于序时进度3.5个百分点。")
    assert [g[:3] for g in got] == [("财政收入完成9.6亿元", 9.6, "亿元"), ("高于序时进度3.5个百分点", 3.5, "个百分点")]
    assert got[0][3] is None


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("全年机场保障航班起降3.2万架次。", 3.2, "万架次"),
        ("全区年降水量586毫米。", None, None),  # 降水 is a noun: no change read, and 毫米 is not a unit here
        ("通用航空累计飞行2150小时。", 2150, "小时"),
        ("全市人均预期寿命达到79.6岁。", 79.6, "岁"),
        ("区域创新能力指数为72.5,居全省第4位。", 72.5, ""),
    ],
)
def test_nouns_that_hold_a_change_verb_and_figures_without_the_usual_unit(
    text: str, value: float | None, unit: str | None
) -> None:
    got = [s.attributes for s in find_indicators(text)]
    if value is None:
        assert all(g.get("change") is None for g in got)
        return
    assert (got[0]["value"], got[0]["unit"], got[0]["change"]) == (value, unit, None)


@pytest.mark.parametrize(
    "text",
    [
        "积极推进华能3万千瓦光伏、恒达20万吨饲料加工、8万头生猪养殖等重点项目建设。",
        "实施红旗镇2000亩高效节水灌溉、新华乡500亩设施蔬菜等项目。",
        "全县形成了沿河15万亩优质水稻生产区和北部3万亩中药材种植带。",
        "综合实力稳居全市第一方阵,跻身全省第一梯队。",
    ],
)
def test_project_names_sizes_of_zones_and_tiers_are_not_indicators(text: str) -> None:
    assert find_indicators(text) == []


def test_a_milestone_after_the_level_restates_it() -> None:
    got = _read("全市地区生产总值达到1036亿元,首次突破千亿元大关。")
    assert got == [("地区生产总值达到1036亿元", 1036, "亿元", None, None)]
    got = _read("全县粮食总产量达到52.3万吨,首次突破50万吨。")
    assert got == [("粮食总产量达到52.3万吨", 52.3, "万吨", None, None)]


def test_a_count_that_delimits_the_scope_before_a_rank_is_not_a_count() -> None:
    got = _read("经济总量在全省108个县(市、区)中继续排名第一。")
    assert [g[2] for g in got] == ["位"]


def test_a_structure_that_shifted_gives_each_term_its_new_share_and_the_change_in_points() -> None:
    got = _read("三次产业结构由2022年的12.4%、40.1%和47.5%调整为11.9%、39.6%和48.5%。")
    assert [g[1:] for g in got] == [
        (11.9, "%", -0.5, "个百分点"),
        (39.6, "%", -0.5, "个百分点"),
        (48.5, "%", 1.0, "个百分点"),
    ]


def test_ordinals_share_the_noun_of_the_last_item() -> None:
    names = [s.attributes["name"] for s in find_indicators("一、二、三产业增加值分别增长4.1%、7.3%和5.6%。")]
    assert names == ["一产业增加值", "二产业增加值", "三产业增加值"]
    names = [s.attributes["name"] for s in find_indicators("第一、二产业投资分别增长2.2%和9.4%。")]
    assert names == ["第一产业投资", "第二产业投资"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("全年地区生产总值(GDP)86.5亿元,增长6.1%。", "地区生产总值"),
        ("居民消费价格指数(CPI)比上年上涨0.8%。", "居民消费价格指数"),
    ],
)
def test_an_abbreviation_in_brackets_between_name_and_figure_keeps_the_name(text: str, name: str) -> None:
    got = find_indicators(text)
    assert got[0].attributes["name"] == name
    assert got[0].text.startswith(name)


def test_rows_of_a_flattened_bulletin_table_are_read_with_their_growth_column() -> None:
    text = (
        "全年生猪出栏12.6万头。\n\n主要畜产品产量\n\n2024年\n\n比上年增减(%)\n\n肉类总产量\n\n10236吨\n\n3.2\n\n"
        "其中:猪肉\n\n8120吨\n\n-1.5\n\n禽蛋产量\n\n2315吨\n\n6.0\n\n三、工业\n\n全年规上工业增加值增长7.1%。\n"
    )
    got = [(s.text, s.attributes["name"], s.attributes["value"], s.attributes["change"]) for s in find_indicators(text)]
    assert got[1:4] == [
        ("肉类总产量\n\n10236吨\n\n3.2", "肉类总产量", 10236, 3.2),
        ("猪肉\n\n8120吨\n\n-1.5", "猪肉", 8120, -1.5),
        ("禽蛋产量\n\n2315吨\n\n6.0", "禽蛋产量", 2315, 6.0),
    ]
    assert len(got) == 5


def test_a_table_of_bare_numbers_under_headers_is_not_read() -> None:
    text = "抽检计划\n\n比上年增长(%)\n\n一季度\n\n120\n\n5\n\n二季度\n\n135\n\n7\n"
    assert find_indicators(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全年全区实现社会消费品零售总额96.8亿元,比上年增长4.9%。", (96.8, "亿元", 4.9, "%", "actual")),
        ("全年地方一般公共预算收入完成预算的101.6%。", (101.6, "%", None, None, "actual")),
        ("农村居民人均可支配收入24180元,同比持平。", (24180, "元", 0, "%", "actual")),
        ("住户存款余额较年初增加18.2亿元,增长9.3%。", (18.2, "亿元", 9.3, "%", "actual")),
        ("每万人口拥有公共图书馆藏书1.35万册。", (1.35, "万册", None, None, "actual")),
        ("每千人口医疗卫生机构床位数达到6.8张。", (6.8, "张", None, None, "actual")),
        ("力争新建3—5个乡村振兴示范村。", (3, "个", None, None, "target")),
        ("全年新增城镇就业1.2万人以上。", (1.2, "万人", None, None, "actual")),
        ("全年粮食产量稳定在80万吨左右。", (80, "万吨", None, None, "actual")),
        ("全年实现旅游综合收入约46亿元。", (46, "亿元", None, None, "actual")),
        ("全市常住人口近520万人。", (520, "万人", None, None, "actual")),
        ("全县森林覆盖率超过62%。", (62, "%", None, None, "actual")),
        ("居民消费价格涨幅控制在3%以内。", (3, "%", None, None, "actual")),
    ],
)
def test_shapes_reports_commonly_use(text: str, expected: tuple[Any, ...]) -> None:
    got = find_indicators(text)
    assert len(got) == 1, [s.text for s in got]
    a = got[0].attributes
    assert (a["value"], a["unit"], a["change"], a["change_unit"], a["kind"]) == expected
    assert len(a["name"]) >= 2


def test_growth_that_slowed_or_a_decline_that_narrowed_against_an_earlier_quarter_is_named_by_its_rate() -> None:
    got = find_indicators("规上工业增加值增长5.4%,增速比一季度回落1.1个百分点。")
    assert [(s.attributes["name"], s.attributes["value"]) for s in got] == [
        ("规上工业增加值", 5.4),
        ("规上工业增加值增速", -1.1),
    ]
    got = find_indicators("固定资产投资下降2.6%,降幅比上半年收窄1.7个百分点。")
    assert [(s.attributes["name"], s.attributes["value"]) for s in got][1] == ("固定资产投资降幅", -1.7)


def test_per_capita_bases_stay_in_the_name() -> None:
    got = find_indicators("全县每百户城镇居民拥有家用汽车41辆。")
    assert got[0].attributes["name"].startswith("每百户")


def test_a_list_of_levels_and_a_list_of_changes_pair_up_item_by_item() -> None:
    got = _read("规上工业企业、专精特新企业分别达到412家、57家,分别增长6.2%、18.8%。")
    assert [g[1:] for g in got] == [(412, "家", 6.2, "%"), (57, "家", 18.8, "%")]


def test_a_figure_inside_a_short_quoted_name_is_not_an_indicator() -> None:
    assert find_indicators("全面推行“一窗受理、3个工作日办结”改革,建立“4张清单”制度。") == []
    assert len(find_indicators("完成“厕所革命”改造1200户。")) == 1


def test_outcomes_of_an_inspection_and_things_finished_counted_in_words_are_indicators() -> None:
    assert [s.attributes["value"] for s in find_indicators("巡察后被巡察党组织制定整改措施26条。")] == [26]
    assert find_indicators("出台支持民营经济发展措施18条。") == []
    assert [s.attributes["value"] for s in find_indicators("两条城市主干道建成通车。")] == [2]
    assert find_indicators("聚焦三个重点,落实八项规定。") == []


def test_a_zone_named_by_its_size_in_a_pair_is_no_indicator() -> None:
    assert find_indicators("建成沿江20万亩水稻和5万亩油菜生产带。") == []


def test_a_paragraph_that_opens_with_the_years_tasks_lists_targets() -> None:
    text = (
        "今年全县交通建设的主要任务是:计划完成农村公路改造120公里,其中:县道35公里,乡道85公里。"
        "完成交通投资2.6亿元。\n上半年完成农村公路改造48公里。\n"
    )
    assert [s.attributes["kind"] for s in find_indicators(text)] == ["target"] * 4 + ["actual"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("全县义务教育入学率和巩固率均达到100%。", ["义务教育入学率", "巩固率"]),
        ("信访事项受理率、按期办结率都保持在98%以上。", ["信访事项受理率", "按期办结率"]),
        ("12件代表建议的办结率和满意率100%。", ["办结率", "满意率"]),
    ],
)
def test_one_figure_for_two_named_rates_is_two_indicators(text: str, names: list[str]) -> None:
    got = [s for s in find_indicators(text) if s.attributes["unit"] == "%"]
    assert [s.attributes["name"] for s in got] == names
    assert got[1].text.startswith(names[1])


def test_households_and_their_people_counted_together_are_two_indicators() -> None:
    got = _read("全年新增低保对象135户287人。")
    assert [g[1:3] for g in got] == [(135, "户"), (287, "人")]


def test_a_quantity_unchanged_stated_without_a_figure() -> None:
    got = _read("全年出栏肉牛2.3万头,存栏量与上年基本持平。")
    assert got[1] == ("存栏量与上年基本持平", 0, "%", 0, "%")


def test_a_saving_in_cost_is_a_flow_not_a_fall() -> None:
    got = _read("通过降费为企业减少用电成本超1.2亿元。")
    assert got[0][1:] == (1.2, "亿元", None, None)


def test_two_rates_sharing_a_figure_take_their_changes_in_turn_and_the_count_before_is_scope() -> None:
    got = _read("全县8个省控断面达标率、优良比例均为100%,同比分别提高12.5和25个百分点。")
    assert [g[1:] for g in got] == [(100, "%", 12.5, "个百分点"), (100, "%", 25, "个百分点")]


def test_bulletin_print_habits_and_units() -> None:
    assert _read("食品烟酒类价格上涨3·2%。")[0][1:] == (3.2, "%", 3.2, "%")
    assert _read("全年家禽出栏128.6万羽,增长4.1%。")[0][1:] == (128.6, "万羽", 4.1, "%")


def test_scope_qualifiers_and_restated_names_are_not_indicators() -> None:
    got = _read("5000万元以上工业投资完成18.2亿元,增长6.6%。")
    assert [g[1:] for g in got] == [(18.2, "亿元", 6.6, "%")]
    assert find_indicators("完成东城、西苑2个老旧小区改造。") == []
    assert _read("12项主要指标中,有4项没有完成年度目标任务。")[0][1:3] == (4, "项")


def test_a_target_not_reached_is_an_actual() -> None:
    got = find_indicators("全县有3项指标未完成年度目标。")
    assert [s.attributes["kind"] for s in got] == ["actual"]


def test_a_part_of_a_total_with_its_share_right_after() -> None:
    got = _read("其中:税收收入41.2亿元,占76.5%;非税收入12.7亿元,占23.5%,下降4.2%。")
    assert [g[1:] for g in got] == [
        (41.2, "亿元", None, None),
        (76.5, "%", None, None),
        (12.7, "亿元", -4.2, "%"),
        (23.5, "%", None, None),
    ]


def test_a_plan_execution_report_without_headings_reports_actuals() -> None:
    # 计划 in the document's name (计划执行情况, 计划草案) and in a share of the plan is no aim
    text = (
        "关于某市2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告受市人民政府委托,"
        "现将计划执行情况和计划草案提请审议。2023年,全市地区生产总值增长4.8%,固定资产投资增长3.1%,"
        "安排市级预算内投资12.5亿元,完成年度计划的108%,谋划储备项目460个。"
    )
    kinds = {s.text: s.attributes.get("kind") for s in find_indicators(text)}
    assert kinds and set(kinds.values()) == {"actual"}, kinds


def test_a_count_whose_targets_were_approved_is_an_actual() -> None:
    """我单位共有1个项目批复了绩效目标: the count of projects given targets (a 绩效自评's fact), not an aim."""
    got = find_indicators("我单位共有1个项目批复了绩效目标,项目金额46.00万元。")
    assert [s.attributes["kind"] for s in got][:1] == ["actual"]
    assert [s.attributes["kind"] for s in find_indicators("力争3个项目达到绩效目标。")] == ["target"]
