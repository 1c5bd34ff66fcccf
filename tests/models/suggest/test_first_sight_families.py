"""Families from the first-sight failures of the held-back sets (sixth session), in made-up snippets."""

from __future__ import annotations

from typing import Any

from models.suggest._plans import plan_document
from models.suggest._text import all_sections
from models.suggest.indicators import find_indicators


def _read(text: str) -> list[tuple[Any, ...]]:
    return [
        (s.attributes["value"], s.attributes.get("unit"), s.attributes["change"], s.attributes["change_unit"])
        for s in find_indicators(text)
    ]


def _kinds(text: str) -> list[str]:
    return [s.attributes["kind"] for s in find_indicators(text)]


def test_thousands_of_hectares_are_a_unit() -> None:
    assert _read("全年粮食播种面积45.6千公顷,增长1.2%;油料种植面积8千公顷,下降0.5%。") == [
        (45.6, "千公顷", 1.2, "%"),
        (8, "千公顷", -0.5, "%"),
    ]


def test_two_lists_with_fen_bie_pair_in_order_across_a_yearly_average() -> None:
    assert _read("城乡居民人均可支配收入分别达到35120元和16840元,年均增长6.3%和8.1%。") == [
        (35120, "元", 6.3, "%"),
        (16840, "元", 8.1, "%"),
    ]


def test_a_bare_signed_change_after_its_base_is_a_change() -> None:
    assert _read("规上工业增加值8.1亿元,固定资产投资5亿元,同比分别-3.4%、-12.5%。") == [
        (8.1, "亿元", -3.4, "%"),
        (5, "亿元", -12.5, "%"),
    ]
    assert _read("社会消费品零售总额12.4亿元,同比-2.1%。") == [(12.4, "亿元", -2.1, "%")]


def test_changes_in_points_each_with_its_verb_share_the_last_unit() -> None:
    got = _read("三次产业占比较上年分别提高0.3个、下降1.1个、提高0.8个百分点。")
    assert got == [
        (0.3, "个百分点", 0.3, "个百分点"),
        (-1.1, "个百分点", -1.1, "个百分点"),
        (0.8, "个百分点", 0.8, "个百分点"),
    ]
    assert [u for _, u, _, _ in _read("新建学校3个、养老院2个。")] == ["个", "个"]


def test_a_from_named_by_a_quoted_plan_period_reads_the_to_figure() -> None:
    assert _read("地区生产总值由“十二五”末的56.3亿元增加到81.2亿元,年均增长7.6%。") == [(81.2, "亿元", 7.6, "%")]


def test_from_and_to_lists_in_units_of_their_own_pair_in_order() -> None:
    assert _read("建档立卡贫困人口由2150户7326人减至96户213人。") == [
        (96, "户", -2054, "户"),
        (213, "人", -7113, "人"),
    ]


def test_a_heading_naming_how_work_went_is_a_review_even_with_this_year() -> None:
    text = "一、今年信访工作开展情况\n全区共受理群众来信来访326件,办结318件,办结率97.5%。\n二、存在的问题\n人手不足。"
    assert set(_kinds(text)) == {"actual"}


def test_a_plan_issued_by_a_notice_is_a_plan() -> None:
    text = (
        "市人民政府办公室关于印发全民健身三年行动方案的通知\n各区人民政府，市政府各部门：\n"
        "《全民健身三年行动方案》已经市政府同意，现印发给你们，请认真贯彻执行。\n全民健身三年行动方案\n"
        "一、建设内容\n新建社区健身中心20个，经常参加体育锻炼人数比例达到40%以上。\n"
    )
    assert set(_kinds(text)) == {"target"}


def test_a_plan_page_run_together_keeps_its_title_before_the_first_space() -> None:
    text = (
        "2、镇2024年工作要点 2024年是关键之年。1.发展产业。新建蔬菜大棚200亩,培育家庭农场5家。"
        "2.改善环境。新修村道12公里,改造户厕300座,全面完成人居环境整治任务,群众满意度持续提升。"
    )
    assert plan_document(text, all_sections(text, ()))


def test_a_survey_named_by_its_sampling_rate_is_no_indicator() -> None:
    assert _read("根据2023年1‰人口变动抽样调查推算,年末常住人口20.5万人。") == [(20.5, "万人", None, None)]


def test_a_ratio_to_a_hundred_reads_its_first_term() -> None:
    assert _read("户籍人口男女性别比为104.6:100。") == [(104.6, None, None, None)]


def test_a_ratio_whose_words_run_on_before_its_from_to() -> None:
    found = find_indicators("城乡居民收入比继续缩小,由上年的2.31:1下降为2.27:1。")
    assert [(s.attributes["value"], s.attributes["name"]) for s in found] == [(2.27, "城乡居民收入比")]


def test_times_above_a_benchmark_is_a_change_of_n_hundred_percent() -> None:
    assert _read("脱贫户人均纯收入达到1.8万元,高于国家扶贫标准4倍。") == [(1.8, "万元", 400, "%")]


def test_an_aim_raising_a_growth_is_a_growth_too() -> None:
    found = find_indicators("预期目标是:地区生产总值增长6%左右、力争7%。")
    assert [(s.attributes["value"], s.attributes["change"], s.attributes["kind"]) for s in found] == [
        (6, 6, "target"),
        (7, 7, "target"),
    ]


def test_a_one_line_plan_page_whose_title_runs_into_its_year() -> None:
    text = (
        "农业局2019年工作计划2019年,我局将以乡村振兴为抓手,推动农业高质量发展。一、抓好粮食生产。"
        "粮食播种面积稳定在20万亩,新建高标准农田1.5万亩,培育家庭农场30家,全面完成粮食生产各项任务。"
    )
    assert plan_document(text, all_sections(text, ()))


def test_growths_after_a_list_of_shares_of_the_plan_belong_to_the_amounts() -> None:
    got = _read(
        "财政总收入达到5.2亿元,其中地方一般预算收入达到3.1亿元,分别完成年度计划的105.2%和110.4%,分别增长12.5%和15.3%。"
    )
    assert got == [
        (5.2, "亿元", 12.5, "%"),
        (3.1, "亿元", 15.3, "%"),
        (105.2, "%", None, None),
        (110.4, "%", None, None),
    ]


def test_migrant_workers_are_counted_not_rhetoric() -> None:
    assert _read("全年输送300多万名农民工外出务工。") == [(300, "万名", None, None)]


def test_quilts_are_counted_in_chuang() -> None:
    assert _read("发放救灾棉被800床。") == [(800, "床", None, None)]
    assert _read("新增养老床位300张。") == [(300, "张", None, None)]


def test_half_of_a_whole_is_fifty_percent() -> None:
    assert [(v, u) for v, u, _, _ in _read("优质稻种植面积达到全县水稻面积的一半以上。")] == [(50, "%")]


def test_a_bound_set_as_a_requirement_is_a_target() -> None:
    assert _kinds("市财政安排专项资金规模不低于5000万元,支持企业技术改造。") == ["target"]
    assert _kinds("各乡镇每年开展培训不少于4次。") == ["target"]


def test_new_amounts_within_the_year_are_aimed_at() -> None:
    assert _kinds("年内新投放创业担保贷款超过10亿元。") == ["target"]


def test_a_figure_alone_on_its_line_is_joined_to_its_words_and_unit() -> None:
    text = "实施化肥减量行动,创建绿色科技展示基地\n3\n个。完成耕地抛荒整治\n20.5\n亩,播种蔬菜\n1500\n亩。"
    assert _read(text) == [(3, "个", None, None), (20.5, "亩", None, None), (1500, "亩", None, None)]


def test_revenue_above_the_budget_is_a_change_of_its_own() -> None:
    assert _read("全市一般公共预算收入52.3亿元,比预算超收3.2亿元。") == [
        (52.3, "亿元", None, None),
        (3.2, "亿元", 3.2, "亿元"),
    ]


def test_a_net_increase_of_a_thing_is_a_change_but_a_net_increase_amount_a_level() -> None:
    assert _read("全年净增耕地1200亩。") == [(1200, "亩", 1200, "亩")]
    assert _read("存款余额净增额达3.5亿元。") == [(3.5, "亿元", None, None)]


def test_a_change_verb_after_an_adverb_of_degree_joins_its_level() -> None:
    assert _read("农业增加值85亿元,微降0.6%。") == [(85, "亿元", -0.6, "%")]


def test_earthworks_and_labour_units_of_rural_reports() -> None:
    assert [(v, u) for v, u, _, _ in _read("完成土石方12.5万立方,投工3.1万个工日。")] == [
        (12.5, "万立方"),
        (3.1, "万个工日"),
    ]


def test_a_vertical_form_colon_writes_a_ratio() -> None:
    got = _read("三次产业结构由12︰45︰43调整为11︰44︰45。")
    assert [(v, u, c) for v, u, c, _ in got] == [(11, "%", -1), (44, "%", -1), (45, "%", 2)]


def test_a_programme_named_plan_counted_is_no_aim() -> None:
    text = "今年,我市共组织申报市级以上科技计划86项,其中星火计划4项,新产品试制计划15项。"
    assert set(_kinds(text)) == {"actual"}


def test_the_years_plan_figure_is_a_target_and_its_share_reached_an_actual() -> None:
    assert _kinds("全市年度投资计划150亿元。") == ["target"]
    assert _kinds("年采伐林木529立方米,占年计划11%。") == ["actual", "actual"]


def test_a_list_the_next_paragraph_names_as_aims_is_a_list_of_targets() -> None:
    text = "——城镇登记失业率控制在4.5%以内;\n——居民消费价格涨幅控制在3%左右。\n为了实现上述目标,要坚持稳中求进。\n"
    assert _kinds(text) == ["target", "target"]
    assert _kinds("——全年粮食产量52万吨;\n——新建学校3所。\n这些成绩来之不易。\n") == ["actual", "actual"]


def test_one_character_heads_of_a_list_share_the_last_ones_tail() -> None:
    found = find_indicators("其中农、林、牧业产值分别增长3.1%、5.2%和8.4%。")
    assert [(s.attributes["name"], s.attributes["value"]) for s in found] == [
        ("农业产值", 3.1),
        ("林业产值", 5.2),
        ("牧业产值", 8.4),
    ]


def test_the_planned_area_and_its_breakdown_are_aims() -> None:
    text = "一、工作情况\n今年全县计划的种植粮食面积42.5万亩,其中水稻31万亩。实际完成粮食播种面积43万亩。\n"
    assert _kinds(text) == ["target", "target", "actual"]


def test_a_rank_shared_by_listed_quantities_is_one_rank_each() -> None:
    found = find_indicators("2023年地区生产总值、第二产业增加值增速排名全市县区第一。")
    assert [(s.attributes["name"], s.attributes["value"]) for s in found] == [
        ("地区生产总值", 1),
        ("第二产业增加值增速", 1),
    ]


def test_growths_ranked_together_are_one_rank_per_level() -> None:
    found = find_indicators("全县生产总值80.2亿元,规上工业增加值9.6亿元,分别增长5.5%和12.1%,增速均居全市第一。")
    ranks = [(s.attributes["name"], s.attributes["value"]) for s in found if s.attributes.get("unit") == "位"]
    assert ranks == [("生产总值增速排名", 1), ("规上工业增加值增速排名", 1)]


def test_a_rank_change_on_its_own_states_it_as_its_value() -> None:
    found = find_indicators("在全省开发区综合考核中排名上升12位。")
    assert [(s.attributes["value"], s.attributes["change"]) for s in found] == [(12, 12)]


def test_a_change_carried_to_the_next_line_joins_its_level() -> None:
    text = "全区社会消费品零售总额201.05亿元,同\n比下降3.7%。地方一般公共预算收入18.9亿元,\n增长13%。其中税收15亿元。"
    assert _read(text) == [(201.05, "亿元", -3.7, "%"), (18.9, "亿元", 13, "%"), (15, "亿元", None, None)]


def test_a_unit_or_a_word_before_a_figure_carried_to_the_next_line() -> None:
    text = (
        "城镇居民人均可支配收入达到28541元，农民人均纯收入达到21618\n元，同比增长13.6%；"
        "农林牧渔服务业1.04亿元,增\n长3.6%。"
    )
    assert _read(text)[1:] == [(21618, "元", 13.6, "%"), (1.04, "亿元", 3.6, "%")]


def test_a_list_of_aims_run_together_on_one_line_is_still_a_list_of_aims() -> None:
    text = "——城镇登记失业率控制在4.5%以内;——居民消费价格涨幅控制在3%左右。为了实现上述目标,要坚持稳中求进。"
    found = find_indicators(text)
    assert [(s.attributes["name"], s.attributes["kind"]) for s in found] == [
        ("城镇登记失业率", "target"),
        ("居民消费价格涨幅", "target"),
    ]


def test_chinese_numerals_with_a_magnitude_inside_read_in_that_magnitude() -> None:
    got = _read("粮食产量达到三亿零五百多万吨。新建项目六万二千个。利用外资十八亿四千万美元。投资三千五百万元。")
    assert [(v, u) for v, u, _, _ in got] == [(3.05, "亿吨"), (6.2, "万个"), (18.4, "亿美元"), (3500, "万元")]


def test_a_growth_with_prices_taken_out_joins_its_level() -> None:
    assert _read("居民人均收入达到五百二十元，扣除物价上涨因素，比上年增长9.5%。") == [(520, "元", 9.5, "%")]


def test_levels_of_a_sentence_all_growing_by_one_figure() -> None:
    got = _read("钢产量达到4500万吨，水泥达到2亿吨，都比上年增长6%。")
    assert got == [(4500, "万吨", 6, "%"), (2, "亿吨", 6, "%")]


def test_a_later_level_of_the_same_quantity_keeps_its_name() -> None:
    text = "城乡居民的平均消费水平，由175元提高到288元，1984年达到320元左右，平均每年提高7.3%。"
    found = find_indicators(text)
    assert [(s.attributes["name"], s.attributes["value"], s.attributes["change"]) for s in found] == [
        ("平均消费水平", 288, 113),
        ("平均消费水平", 320, 7.3),
    ]


def test_a_year_between_a_name_and_its_verb_is_no_part_of_the_name() -> None:
    found = find_indicators("农民人均纯收入2015年达到9800元。")
    assert [(s.attributes["name"], s.attributes["value"]) for s in found] == [("农民人均纯收入", 9800)]


def test_a_size_class_with_the_total_size_of_its_members_is_no_indicator() -> None:
    assert _read("今年新增50亩以上的茶园面积1.2万亩。") == [(1.2, "万亩", None, None)]
    assert _read("完成造林100亩以上。") == [(100, "亩", None, None)]


def test_a_page_run_together_keeps_its_review_and_its_plan_apart() -> None:
    text = (
        "镇2023年工作总结和2024年工作计划 一、2023年工作开展情况 全年完成固定资产投资5.2亿元,同比增长8%。"
        "新建村道12公里,群众出行条件明显改善,人居环境整治扎实推进。 二、2024年工作计划 (一)抓好项目建设。"
        "全年完成固定资产投资6亿元,新建村道15公里。"
    )
    assert _kinds(text) == ["actual", "actual", "target", "target"]


def test_a_full_stop_typed_for_a_decimal_point_in_a_percentage() -> None:
    assert _read("储蓄余额13万元,比上年增长26。8%。") == [(13, "万元", 26.8, "%")]


def test_a_level_aimed_at_after_its_growth_joins_it() -> None:
    found = find_indicators("数字经济核心产业营业收入年均增长12%以上，力争达到150亿元。")
    assert [(s.attributes["value"], s.attributes["change"], s.attributes["kind"]) for s in found] == [
        (150, 12, "target")
    ]


def test_a_note_in_brackets_after_a_level_does_not_take_its_changes() -> None:
    got = _read("全市财政总收入512.3亿元(已扣除一次性收入12亿元),比上年增加41.2亿元,增长8.7%。")
    assert got[0] == (512.3, "亿元", 8.7, "%")


def test_a_paragraph_telling_what_a_policy_sets_out_holds_its_targets() -> None:
    text = (
        "市政府出台《关于支持中小企业发展的意见》。\n"
        "《意见》提出，扩大应急转贷资金池规模至3亿元，撬动银行贷款20亿元。\n"
        "去年全市新增中小企业1200家。\n"
    )
    assert _kinds(text) == ["target", "target", "actual"]
