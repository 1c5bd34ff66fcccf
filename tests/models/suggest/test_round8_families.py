"""Families seen at first sight in round 8: a review read as a plan, and what is no indicator."""

from __future__ import annotations

from models.suggest._plans import plan_document
from models.suggest._text import all_sections
from models.suggest.indicators import find_indicators


def _kinds(text: str) -> list[str]:
    return [s.attributes["kind"] for s in find_indicators(text)]


def test_a_news_digest_whose_aims_are_reported_met_is_no_plan() -> None:
    # a county media centre's digest of a 政府工作报告 (681): it names 目标 only as met and reviews the year
    text = (
        "《政府工作报告》摘要:2021年全县各项目标任务高质量全面完成\n"
        "县长在作报告时,对2021年工作作了全面回顾,对今后五年的奋斗目标和2022年的工作目标提出了要求。\n"
        "2021年,全县经济社会发展各项目标任务高质量全面完成。\n"
        "据统计预测,全县地区生产总值增长12.6%达92.9亿元,招商引资增长25.9%达87.7亿元。"
    )
    assert not plan_document(text, all_sections(text, ()))
    assert set(_kinds(text)) == {"actual"}


def test_a_progress_report_with_completion_rates_is_no_plan() -> None:
    # key projects' progress (584): 计划投资 beside 完成投资 and 投资完成率, 截止目前 (截止 = 截至)
    text = (
        "2021年,我县重点工程项目共30项,总投资519.86亿元,当年计划投资63.27亿元。\n"
        "截止目前,1-12月份完成投资77.57亿元,投资完成率122.6%。圆满完成年度目标任务。\n"
        "省级6项,概算投资140.16亿元,当年计划投资19亿元。1-12月份完成投资28.78亿元,投资完成率151.47%。\n"
        "市级5项,概算投资221.76亿元,当年计划投资22.67亿元。1-12月份完成投资26.4亿元,投资完成率116.45%。"
    )
    assert not plan_document(text, all_sections(text, ()))


def test_a_plan_that_aims_to_complete_its_tasks_stays_a_plan() -> None:
    text = (
        "力争全年新建道路20公里,确保各项目标任务全面完成。目标是引进项目10个,计划投资5亿元,"
        "要求年底前建成学校2所,拟新增就业1000人。"
    )
    assert plan_document(text, all_sections(text, ()))


def test_a_share_said_after_a_level_owns_the_change_in_points_after_it() -> None:
    # 680 (a county's budget report), 763 (a county's bulletin): level, its growth, then a share and the share's change
    found = find_indicators("财政总收入完成13.69亿元,增长6.71%,占GDP的比重为11.46%,比上年提高0.35个百分点。")
    assert [(s.attributes["value"], s.attributes["change"], s.attributes["change_unit"]) for s in found] == [
        (13.69, 6.71, "%"),
        (11.46, 0.35, "个百分点"),
    ]


def test_a_lead_over_the_calendar_after_a_share_of_the_budget_stays_its_own() -> None:
    found = find_indicators("一般公共预算收入完成5.2亿元,为预算的65.7%,快于序时进度15.7个百分点,增长2.1%。")
    assert [(s.attributes["value"], s.attributes["change"]) for s in found] == [(5.2, 2.1), (65.7, None), (15.7, 15.7)]


def test_a_breakdown_in_brackets_leaves_the_change_after_it_to_the_level() -> None:
    # 677 (a county's final accounts): the level, its parts in brackets, a share of the budget, then its changes
    found = find_indicators(
        "全县一般公共预算总收入完成126.05亿元(县本级98.88亿元,高新区27.17亿元),完成调整预算的103.67%,同比增收9.74亿元,增长8.38%。"
    )
    assert [(s.attributes["value"], s.attributes["change"]) for s in found] == [
        (126.05, 8.38),
        (98.88, None),
        (27.17, None),
        (103.67, None),
    ]
    assert found[-1].attributes["name"] == "一般公共预算总收入占调整预算比例"


def test_a_note_opened_by_qi_zhong_leaves_the_change_to_the_level() -> None:
    # 680 (a county's budget report): 支出47.22亿元(其中权责发生制列支6821万元),增长1.98%
    found = find_indicators("2020年我县一般公共预算支出47.22亿元(其中权责发生制列支6821万元),增长1.98%。")
    assert [(s.attributes["value"], s.attributes["change"]) for s in found] == [(47.22, 1.98), (6821, None)]


def test_a_session_roll_call_is_no_indicator() -> None:
    # news of a 人代会 session (558, 686): the roll call ends on 符合法定人数; what the session decides is counted
    text = "会议应到代表180名,出席大会代表165名,因事因病请假15名,符合法定人数。大会选举产生委员12名。"
    assert [s.attributes["value"] for s in find_indicators(text)] == [12]


def test_a_plan_label_over_a_text_that_only_reports_is_no_plan() -> None:
    # a farm's label 2014年农业局工作计划 范文 over the 2013 review (693): no aim anywhere, 累计达 again and again
    text = (
        "2014年农业局工作计划 范文\n"
        "一、农业工作亮点。\n"
        "2013年,全区新建蔬菜大棚535亩,累计达735亩;新增喷滴灌设施6782亩,累计达22782亩;"
        "建设畜禽标准化养殖小区6个,累计达53个;新建户用型沼气池150个,累计达7437个。"
    )
    assert not plan_document(text, all_sections(text, ()))
    assert set(_kinds(text)) == {"actual"}


def test_a_plan_label_over_a_list_of_aims_stays_a_plan() -> None:
    text = "2024年农业局工作计划\n一、稳定粮食生产。力争粮食播种面积稳定在12万亩,确保产量5万吨。"
    assert plan_document(text, all_sections(text, ()))


def test_a_comparative_with_bi_and_a_bare_adjective_is_a_change_against_a_benchmark() -> None:
    # 585 (較全市平均水平低2.4個百分點, a county bureau's article) and 684 (超过全省0.4个百分点, a city's report)
    share = find_indicators("高新技术产业产值占工业总产值的比重仅为26.8%,较全市平均水平低2.4个百分点。")
    assert [(s.attributes["value"], s.attributes["change"]) for s in share] == [(26.8, -2.4)]
    gap = find_indicators("预计实现地区生产总值1800亿元、增长8.5%,超过全省0.4个百分点。")
    assert [(s.attributes["value"], s.attributes["change"]) for s in gap] == [(1800, 8.5), (0.4, 0.4)]


def test_a_capacity_inside_a_longer_facility_name_is_no_indicator() -> None:
    # 693 (建设20万只蛋鸡场, 30万只蛋鸡生物技术养殖示范基地), 368 (年产1000吨大竹河红豆腐常年化加工生产线)
    text = "在仁让村建设20万只蛋鸡场和在建设30万只蛋鸡生物技术养殖示范基地。全年出栏生猪5万头。"
    assert [s.attributes["value"] for s in find_indicators(text)] == [5]


def test_the_birth_planning_rate_is_no_plan() -> None:
    # 692, 732 (township reports): 计划生育率 names a rate; 计划 opening its clause is no aim
    assert _kinds("农民人均可支配收入达3575元,计划生育率达98.5%。") == ["actual", "actual"]


def test_a_plan_listed_before_what_was_actually_done_is_a_target() -> None:
    # 688 (a county 农业局 summary), 829 (原计划建设28公里,实际完成33公里): every figure of the plan's list is a target
    text = "2015年,计划完成全县粮食播种面积102万亩,粮食总产43万吨,实际完成粮食播种面积102.97万亩,粮食总产43.5万吨。"
    assert _kinds(text) == ["target", "target", "actual", "actual"]


def test_the_cells_of_a_project_list_describe_the_projects() -> None:
    # a plan's attached 重点项目表 (669): 项目名称 | 建设规模及内容 | 总投资 … flattened one cell a line
    text = (
        "到2022年,服务业增加值占GDP比重达到52%以上。\n"
        "附件1\n2020-2022年现代服务业重点项目\n序号\n项目名称\n建设规模及内容\n建设起止年限\n总投资\n责任地区\n"
        "1\n创智谷\n用地面积约290亩,建筑面积约60万平方米,拟引入研发中心\n2019-2022\n60\n锡山区\n"
        "2\n研发中心\n项目占地173亩,总建筑面积33万平方米\n2019-2023\n16.5\n惠山区\n"
        "附件2\n重点企业培育计划\n"
    )
    assert [s.attributes["value"] for s in find_indicators(text)] == [52]


def test_a_five_year_plan_reviews_the_period_before_as_done() -> None:
    # 283 (a district's 十四五 plan): its first part reviews the 十三五 achievements; the plan's aims follow
    from models.types import Section

    text = (
        "区人力资源和社会保障事业发展“十四五”规划\n"
        "一、“十三五”时期人力资源和社会保障事业发展的主要成就\n"
        "五年来,全区新增城镇就业7.42万人,城镇登记失业率控制在3.6%以内。\n"
        "二、“十四五”时期的主要目标\n"
        "到2025年,新增城镇就业8万人。\n"
    )
    a, b = text.index("一、"), text.index("二、")
    sections = (
        Section(1, "一、", "“十三五”时期人力资源和社会保障事业发展的主要成就", a, b, text.index("\n", a)),
        Section(1, "二、", "“十四五”时期的主要目标", b, len(text), text.index("\n", b)),
    )
    found = find_indicators(text, sections)
    assert [(s.attributes["value"], s.attributes["kind"]) for s in found] == [
        (7.42, "actual"),
        (3.6, "actual"),
        (8, "target"),
    ]


def test_a_part_titled_since_the_start_of_this_year_reviews() -> None:
    # 470 (一、今年以来的工作亮点和创新性做法): 今年以来 looks back; 今年 alone (今年工作安排) looks ahead
    from models.suggest._plans import _plan_title

    assert not _plan_title("今年以来的工作亮点和创新性做法")
    assert _plan_title("今年工作安排")


def test_an_increment_between_a_level_and_its_growth_is_the_levels_absolute_change() -> None:
    # 696 (比年初增投9.92亿元, a county bulletin) and 865 (年增量7.04亿元, a county report)
    for text, level in (
        ("各项贷款余额40.37亿元,比年初增投9.92亿元,增长32.6%。", 40.37),
        ("全县实现生产总值42.14亿元,年增量7.04亿元,按可比价格计算增长15.6%。", 42.14),
    ):
        assert [(s.attributes["value"], s.attributes["change"]) for s in find_indicators(text)] == [
            (level, 32.6 if level == 40.37 else 15.6)
        ]


def test_a_rank_shared_by_the_figures_before_it_is_one_rank_each() -> None:
    # first sight of sets 42/43 (599 均位居全省首位, 684 均居全省第3, 691 两项指标稳居全市第一), README 232
    cases = (
        ("全市13家企业入围中国企业500强,27家企业入围中国制造业企业500强,均位居全省首位。", 1),
        ("城市创新竞争力居全国第67位;每万人发明专利19.8件,研发经费支出占GDP比重2.55%,均居全省第3。", 3),
        ("固定资产投资增长11.6%,规上工业增加值增长11.5%,两项指标稳居全市第一;社会消费品零售总额增长18.2%。", 1),
    )
    for text, rank in cases:
        ranks = [s for s in find_indicators(text) if s.attributes.get("unit") == "位" and s.attributes["value"] == rank]
        assert len(ranks) == 2
        assert ranks[0].attributes["name"] != ranks[1].attributes["name"]


def test_a_count_of_tasks_and_what_was_done_of_a_plan_are_actual() -> None:
    # 362 (a half-year report): 上报重大战略任务3个 counts tasks; 计划新开工项目已开工51个 reports progress
    assert _kinds("完成5个课题申报,上报重大战略任务3个,重大改革2项。") == ["actual", "actual", "actual"]
    assert _kinds("92个计划新开工项目已开工51个,开工率55.4%。") == ["actual", "actual", "actual"]
    assert _kinds("财政一般预算收入任务174万。") == ["target"]
