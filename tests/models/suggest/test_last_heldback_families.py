"""Families from the last five held-back sets (136–149, 186–199, 369–383, 776–793, 874–891), in made-up snippets."""

from __future__ import annotations

from models.suggest._plans import plan_document
from models.suggest._text import all_sections
from models.suggest.indicators import find_indicators
from models.types import Section


def _read(text: str) -> list[tuple[object, ...]]:
    return [
        (s.attributes["value"], s.attributes["unit"], s.attributes["change"], s.attributes["change_unit"])
        for s in find_indicators(text)
    ]


def test_a_performance_self_evaluation_titled_as_such_is_no_plan() -> None:
    # 绩效目标 names the budget's performance targets the report evaluates, not an aim of the text
    text = (
        "某中心2023年度整体支出绩效自评报告\n"
        "一、绩效管理工作开展情况。全面实施预算绩效目标管理，按照要求设定绩效目标，加强绩效目标审核，"
        "对绩效目标完成情况进行自评。部门预算总金额520.3万元，其中基本支出480.1万元，项目支出40.2万元。\n"
    )
    assert not plan_document(text, all_sections(text, ()))
    # no plan, yet a budget sum and its breakdown are targets in any report (gold README, session 11 ruling)
    assert {s.attributes["kind"] for s in find_indicators(text)} == {"target"}


def test_a_key_work_section_that_reports_an_aim_met_stays_a_review() -> None:
    text = (
        "镇2023年林业工作总结及2024年工作计划\n"
        "工作重点\n"
        "一、今春完成成片造林120亩，新栽幼树2万多棵。\n"
        "二、示范村已通过验收，防治工作成效明显，达到了预期目的。\n"
    )
    heading = text.index("工作重点")
    sections = (Section(1, "", "工作重点", heading, len(text), heading + 4),)
    assert {s.attributes["kind"] for s in find_indicators(text, sections)} == {"actual"}


def test_figures_listed_after_the_main_aims_colon_are_targets() -> None:
    text = (
        "过去一年，全市生产总值增长8.2%。综合各方面因素，市政府拟定了今年经济社会发展的主要预期目标："
        "生产总值增长7%，城镇登记失业率控制在4.5%以内，居民消费价格涨幅控制在3%左右。\n"
    )
    kinds = [(s.attributes["value"], s.attributes["kind"]) for s in find_indicators(text)]
    assert kinds == [(8.2, "actual"), (7, "target"), (4.5, "target"), (3, "target")]


def test_a_text_typing_full_stops_for_decimals_in_shares_types_them_in_amounts_too() -> None:
    text = "上半年，实现生产总值3。56亿元，同比增长12。5%；引进资金4。2亿元。全区项目12个。3个项目已竣工。\n"
    got = [(s.attributes["value"], s.attributes["unit"], s.attributes["change"]) for s in find_indicators(text)]
    assert got[:2] == [(3.56, "亿元", 12.5), (4.2, "亿元", None)]
    assert (12, "个", None) in got and (3, "个", None) in got


def test_a_full_stop_after_a_figure_ends_the_sentence_without_decimal_shares() -> None:
    got = [
        (s.attributes["value"], s.attributes["unit"])
        for s in find_indicators("全年新建公路里程达到2020。3亿元投资到位。")
    ]
    assert (3.0, "亿元") in got


def test_a_basis_note_in_brackets_between_the_verb_and_its_figure_keeps_the_change() -> None:
    got = _read("全县实现地区生产总值(现行价)250000万元,比上年增长(可比价)8.5%;税收收入3.2亿元,增长(同口径)6.1%。")
    assert got == [(250000, "万元", 8.5, "%"), (3.2, "亿元", 6.1, "%")]


def test_a_template_year_placeholder_is_still_the_year_a_change_is_measured_against() -> None:
    got = _read("全镇工农业总产值6200万元,比20xx年增加900万元,增长17%;宰杀量比20xx年减少5%。")
    assert got == [(6200, "万元", 17, "%"), (-5, "%", -5, "%")]


def test_a_digest_of_a_plan_execution_report_is_no_plan_as_a_whole() -> None:
    text = (
        "1月10日，市发展和改革委员会向市人民代表大会作《关于2023年国民经济和社会发展计划执行情况与2024年计划草案的报告》。\n"
        "报告指出，2023年，全市较好完成了市人大确定的国民经济和社会发展计划主要目标任务，主要指标进度符合预期。"
        "全年生产总值预计增长6.5%以上。\n"
        "报告提出，2024年主要预期目标是：生产总值增长6%左右，确保城镇新增就业5万人以上，"
        "城镇登记失业率控制在4.5%以内，居民消费价格涨幅控制在3%左右。为实现上述目标，要着力推进计划落实。\n"
        "报告指出，为实现今年发展目标，一要确保目标任务落实；二要确保重点项目建设；三要完成国家下达目标任务；"
        "四要落实计划安排，确保全年预期目标实现。\n"
    )
    assert not plan_document(text, all_sections(text, ()))
    kinds = [(s.attributes["value"], s.attributes["kind"]) for s in find_indicators(text)]
    assert kinds[0] == (6.5, "actual")
    assert {k for _, k in kinds[1:]} == {"target"}


def test_a_threshold_crossed_with_kuaguo_is_no_figure_of_its_own() -> None:
    got = _read("全年国内生产总值跨过20亿元台阶,为20.35亿元,增长7.2%。")
    assert got == [(20.35, "亿元", 7.2, "%")]


def test_the_task_a_share_is_taken_of_after_zhan_is_a_target() -> None:
    text = "财政收入完成1200万元,占全年任务2400万元的50%。出口总额完成300万美元,占年计划任务1500万美元的20%。"
    got = [(s.attributes["value"], s.attributes["kind"]) for s in find_indicators(text)]
    assert (2400, "target") in got and (1500, "target") in got
    got = [
        (s.attributes["value"], s.attributes["kind"])
        for s in find_indicators("地区生产总值635亿元,完成年计划710亿元的89.4%。")
    ]
    assert (710, "target") in got  # gold ruling (session 10): every plan inside a completion share is a target
