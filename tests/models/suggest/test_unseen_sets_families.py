"""Families from the sets collected by people who never saw the code (701–987), in made-up snippets."""

from __future__ import annotations

from typing import Any

from models.suggest.indicators import find_indicators


def _read(text: str) -> list[tuple[Any, ...]]:
    return [
        (s.attributes["value"], s.attributes["unit"], s.attributes["change"], s.attributes["change_unit"])
        for s in find_indicators(text)
    ]


def test_a_contribution_in_points_is_a_level_not_a_change() -> None:
    got = _read("第一、二、三产业分别拉动全县经济增长0.82、2.1、3.4个百分点。")
    assert got == [(0.82, "个百分点", None, None), (2.1, "个百分点", None, None), (3.4, "个百分点", None, None)]
    assert _read("工业拉动GDP增长3.6个百分点。") == [(3.6, "个百分点", None, None)]


def test_a_growth_in_points_without_a_pull_stays_a_change() -> None:
    assert _read("城镇化率提高1.2个百分点。") == [(1.2, "个百分点", 1.2, "个百分点")]


def test_items_in_ge_share_the_points_of_the_last_item() -> None:
    got = _read("三次产业分别拉动经济增长0.5个、1.8个、2.9个百分点。")
    assert [(v, u) for v, u, _, _ in got] == [(0.5, "个百分点"), (1.8, "个百分点"), (2.9, "个百分点")]


def test_a_time_limit_in_working_days_is_a_target() -> None:
    found = find_indicators("有关部门应当自收到申请之日起15个工作日内作出答复。")
    assert [(s.attributes["value"], s.attributes["unit"]) for s in found] == [(15, "个工作日")]
    assert found[0].attributes["kind"] == "target"


def test_look_alike_percent_signs_read_as_percent() -> None:
    assert [(v, u) for v, u, _, _ in _read("蔬菜抽检合格率达 97℅以上,禽类免疫率达 100﹪。")] == [
        (97, "%"),
        (100, "%"),
    ]


def test_a_plan_flattened_to_one_line_keeps_its_title() -> None:
    text = (
        "畜牧站 2025 年工作计划 一、抓好动物防疫。 健全县、乡、村三级防控网络,落实春秋两季集中免疫,"
        "全年完成免疫 12 万头次,新建养殖小区 3 个。 二、加强监管。"
    )
    kinds = [s.attributes["kind"] for s in find_indicators(text)]
    assert kinds and set(kinds) == {"target"}


def test_as_many_as_is_no_change() -> None:
    assert _read("有的站所中层干部多达9人。") == [(9, "人", None, None)]


def test_income_a_measure_adds_is_an_amount_not_a_change() -> None:
    assert _read("基地建成后带动农户户均增收0.8万元。") == [(0.8, "万元", None, None)]


def test_an_expected_yearly_effect_is_a_target() -> None:
    found = find_indicators("光伏电站并网后,每年集体经济可增收3.5万元。")
    assert [(s.attributes["value"], s.attributes["kind"]) for s in found] == [(3.5, "target")]


def test_a_task_or_budget_of_the_year_is_a_target_and_what_was_done_is_actual() -> None:
    found = find_indicators("全年税收收入任务260万,完成税收收入281万。")
    assert [(s.attributes["value"], s.attributes["kind"]) for s in found] == [(260, "target"), (281, "actual")]
    found = find_indicators("部门支出年初预算960万,调整预算1120万。")
    assert [s.attributes["kind"] for s in found] == ["target", "target"]


def test_chinese_numerals_with_a_decimal_point_multiply() -> None:
    assert _read("棉花增产一点六倍。") == [(160, "%", 160, "%")]


def test_a_doubling_against_a_base_is_the_level_s_change() -> None:
    assert _read("税收收入完成3.6亿元,较“十二五”末实现翻番。") == [(3.6, "亿元", 100, "%")]


def test_a_doubling_over_some_years_stays_its_own_indicator() -> None:
    got = _read("工业投资完成88.2亿元,五年内翻了两番,增长21.5%。")
    assert got == [(88.2, "亿元", 21.5, "%"), (300, "%", 300, "%")]


def test_energy_in_tonnes_of_standard_coal_and_equipment_in_sets_keep_their_units() -> None:
    assert _read("全县能源消费总量120.5万吨标准煤,比上年下降1.8%。") == [(120.5, "万吨标准煤", -1.8, "%")]
    assert _read("项目投产后年产能达3000台套。") == [(3000, "台套", None, None)]


def test_weights_of_a_score_formula_are_no_indicators() -> None:
    assert _read("年度考评分值=日常监测（50%）+实地核查（30%）+群众评议（20%）") == []
    assert _read("群众满意度达95%以上。") == [(95, "%", None, None)]


def test_the_items_an_indicator_system_or_a_task_list_holds_are_no_counts() -> None:
    assert _read("构建52项乡村振兴考核指标体系,推动落实。") == []
    assert _read("围绕农村饮水安全、道路养护等5项任务,开展专项行动。") == []
    assert _read("新建村卫生室12个。") == [(12, "个", None, None)]


def test_a_threshold_then_the_precise_level_in_the_paragraph_is_no_indicator() -> None:
    text = "全年生产总值跃上3万亿元新台阶,位次前移。主要指标保持增长,生产总值实现3.12万亿元,增长8.3%。"
    assert _read(text) == [(3.12, "万亿元", 8.3, "%")]
    assert len(_read("全年生产总值跃上3万亿元新台阶。\n生产总值实现3.12万亿元。")) == 2  # another paragraph


def test_milestones_of_the_economy_restated_by_its_gdp_are_no_indicators() -> None:
    # 466, 724, 229 (three sources): 经济总量 is the GDP; milestones listed together go together; a milestone in a
    # note in brackets restates the level it follows
    text = "经济总量跨越了两千亿元和三千亿元两个台阶。预计全年全市生产总值完成3440亿元左右,增长9%。"
    assert _read(text) == [(3440, "亿元", 9, "%")]
    assert _read("全市经济总量突破千亿元大关。全年生产总值达到1180亿元,增长15%。") == [(1180, "亿元", 15, "%")]
    text = "其中地方财政收入80.35亿元(全市唯一突破80亿元大关的区域)。"
    assert _read(text) == [(80.35, "亿元", None, None)]


def test_money_naming_the_class_counted_is_no_indicator() -> None:
    assert _read("过千亿元的产业达到9个。") == [(9, "个", None, None)]


def test_a_count_written_in_full_chinese_numerals_is_a_count() -> None:
    assert _read("十年来建成了二百三十个中小型水库。") == [(230, "个", None, None)]
    assert _read("落实三个一百工程。") == []  # small numerals stay rhetoric


def test_the_amount_above_the_plan_is_the_level_s_change() -> None:
    assert _read("完成人工造林860亩,超目标任务120亩。") == [(860, "亩", 120, "亩")]


def test_the_share_of_the_year_s_plan_reached_is_actual() -> None:
    found = find_indicators("年采伐林木412.6立方米,占年计划9%。")
    assert [(s.attributes["value"], s.attributes["kind"]) for s in found] == [(412.6, "actual"), (9, "actual")]


def test_money_classes_of_a_count_do_not_make_a_list() -> None:
    got = _read("签约项目30个,其中10亿元以上6个、50亿元以上1个。")
    assert [(v, u) for v, u, _, _ in got] == [(30, "个"), (6, "个"), (1, "个")]


def test_a_two_term_structure_summing_to_100_is_read_per_term() -> None:
    got = _read("粮经作物比例已由2005年的75.2:24.8调整为61.3:38.7。")
    assert got == [(61.3, "%", -13.9, "个百分点"), (38.7, "%", 13.9, "个百分点")]


def test_a_unit_is_not_taken_from_the_next_line_of_a_cell_per_line_table() -> None:
    assert _read("交通运输业\n12.4\n-0.3\n批发和零售业\n") == []


def test_zero_growth_is_a_change_of_zero_percent() -> None:
    assert _read("全县化肥使用量“零增长”。") == [(0, "%", 0, "%")]


def test_a_rate_striven_for_is_a_target_and_money_obtained_is_not() -> None:
    found = find_indicators("森林覆盖率目标为48%,争取49%。")
    assert [(s.attributes["value"], s.attributes["kind"]) for s in found] == [(48, "target"), (49, "target")]
    found = find_indicators("今年以来,争取1500万元水利项目资金。")
    assert [s.attributes["kind"] for s in found] == ["actual"]


def test_thousands_grouped_by_spaces_after_a_pdf_space_are_one_figure() -> None:
    got = _read("完成一般预算收入 8 152万元,支出10 364万元,分别比去年减少 6.1%和2.4%。")
    assert got == [(8152, "万元", -6.1, "%"), (10364, "万元", -2.4, "%")]
    assert _read("年份 2020 2021 2 310元") == []  # table columns stay apart


def test_a_change_then_its_from_and_to_levels_is_one_statement() -> None:
    got = find_indicators("城镇居民收入年均增长8%,由2015年的21000元提高到2020年的30856元。")
    assert [(s.attributes["value"], s.attributes["unit"], s.attributes["change"]) for s in got] == [(30856, "元", 8)]
    assert got[0].attributes["previous_value"] == 21000


def test_a_change_then_a_base_alone_keeps_the_change() -> None:
    got = find_indicators("收入增长8%,由2015年的21000元。")
    assert [(s.attributes["value"], s.attributes["unit"]) for s in got] == [(8, "%")]
    assert "from_value" not in got[0].attributes
