"""Families of session 17 (kind and change on reports nobody tuned to), in made-up snippets."""

from __future__ import annotations

from models.suggest.indicators import find_indicators
from tests.models.suggest.figures import quoted_figures


def _kinds(text: str) -> list[tuple[float, str]]:
    return [(s.attributes["value"], s.attributes["kind"]) for s in find_indicators(text)]


def _changes(text: str) -> list[tuple[str, float, float | None]]:
    return [(q, v, c) for q, v, _, c, _ in quoted_figures(text)]


def test_bi_zeng_after_a_level_is_its_change() -> None:
    # 1490 …69.6亿元,比增5.2%, 592 工业增加值11.8亿元,比增7.5%: 比增/比降 abbreviate 比上年增长/下降; 1501 …1271.04亿元
    # 按可比价增长4.0%: the basis written before the verb. Each is the level's change, not a change of its own
    assert _changes("全县工业增加值11.8亿元,比增7.5%;固定资产投资62.4亿元,比降3.2%。") == [
        ("工业增加值11.8亿元,比增7.5%", 11.8, 7.5),
        ("固定资产投资62.4亿元,比降3.2%", 62.4, -3.2),
    ]
    assert _changes("2022年全区实现地区生产总值1271.04亿元按可比价增长4.0%。") == [
        ("地区生产总值1271.04亿元按可比价增长4.0%", 1271.04, 4.0)
    ]


def test_an_untitled_text_that_says_it_summarises_is_no_plan() -> None:
    # 1490: an untitled year summary whose plan figures (计划实现…) outnumber its report words; its opening sentence
    # (现将一年来…工作总结如下) says it reviews the year: what it reports stays actual, its 计划 figures stay targets
    text = (
        "今年以来,我局紧紧围绕发展特色现代农业,扎实抓好农业农村各项工作落实。全年农林牧渔业总产值计划实现69.6亿元,"
        "确保增长5%;农民人均收入计划增长9%以上,目标是全市前列。现将一年来农业农村工作总结如下:\n"
        "(一)稳定粮食生产。按照稳粮调结构原则,全县完成粮食播种面积达16.3万亩,预计总产量6.9万吨。\n"
        "(二)加强动物疫病防控。积极做好疫苗发放登记工作,共发放禽流感疫苗750.5万只,应免密度为100%。\n"
    )
    kinds = dict(_kinds(text))
    assert kinds[69.6] == "target"
    assert (kinds[16.3], kinds[6.9], kinds[750.5], kinds[100.0]) == ("actual",) * 4


def test_a_sum_named_a_revenue_or_spending_budget_is_a_target() -> None:
    # 1379 批准的…一般公共预算收入预算250.3亿元，实际完成234.7亿元；支出预算468.9亿元: the approved budget is what was
    # set (set 12's 979 rule), as 1289 预算数为15.39亿元, 1286 支出预算为44.52万元 and 1191 收支总预算472.27万元 read
    text = "批准的2025年全市一般公共预算收入预算250.3亿元，实际完成234.7亿元；支出预算468.9亿元，实际完成481亿元。"
    assert _kinds(text) == [(250.3, "target"), (234.7, "actual"), (468.9, "target"), (481.0, "actual")]
    assert _kinds("2022年一般公共预算支出预算数为26.93亿元,实际支出24.98亿元。")[0] == (26.93, "target")


def test_a_heading_line_naming_the_year_after_the_review_opens_the_plan() -> None:
    # 1379: unnumbered heading lines (2025年全市预算执行情况 … 2026年市级收支预算) the outline did not take; the plan
    # year's lines run to the end: its sums are targets though no sentence says 计划 (the 2026 sums of 1292–1294)
    text = (
        "2025年全市预算执行情况\n"
        "一般公共预算收入实际完成234.7亿元，增长3.1%。\n"
        "2026年市级收支预算\n"
        "一般公共预算\n"
        "加上体制补助和上年结转等资金，市级一般公共预算总收入180.9亿元，安排支出180.9亿元。\n"
        "社会保险基金预算当年结余7.2亿元，年末滚存结余94.6亿元。\n"
    )
    kinds = dict(_kinds(text))
    assert kinds[234.7] == "actual"
    assert (kinds[180.9], kinds[7.2], kinds[94.6]) == ("target",) * 3


def test_a_title_on_two_lines_heads_no_plan_part() -> None:
    # 1327: 关于…2022年…计划执行情况⏎及2023年…计划草案的报告 is the title cut in two, not a plan part over the review
    text = (
        "关于科右中旗2022年国民经济和社会发展计划执行情况\n"
        "及2023年国民经济和社会发展计划草案的报告\n"
        "2022年,全旗地区生产总值完成78亿元,同比增长7%。全旗农作物播种面积365.15万亩。\n"
    )
    assert _kinds(text) == [(78.0, "actual"), (365.15, "actual")]


def test_a_plan_years_subject_and_jiang_aims_without_a_comma() -> None:
    # disc 1537 2021年全省工信系统将全力打造…,净增1000家…,实施500家…: the plan year, its subject and 将 with its adverb
    # govern the sentence, as 2013年,五莲县计划招引… does with its comma (157 2022年我区将继续…, 1413 2015年…将着力…)
    text = (
        "2020年,全省规上工业增加值同比增长5.7%。\n"
        "2021年全省工信系统将全力打造一流创新生态,净增1000家规上工业企业,实施500家重点企业技术改造。\n"
    )
    assert _kinds(text) == [(5.7, "actual"), (1000.0, "target"), (500.0, "target")]


def test_a_task_heading_in_a_text_that_says_it_reviews_is_no_plan() -> None:
    # disc 1585 镇长个人述职报告 (现将三年来各方面情况报告如下): its part 抓好脱贫攻坚这一中心任务 names the task it
    # carried out, as 林业“两防”目标有效控制 under a 工作总结 does: what it reports stays actual
    text = (
        "镇政府镇长个人述职报告\n"
        "尊敬的各位领导、同志们:\n"
        "本人任镇党委副书记、镇长。现将三年来各方面情况报告如下。\n"
        "一、抓好学习这个根本前提\n"
        "参加全县领导干部学习会17次。\n"
        "二、抓好脱贫攻坚这一中心任务\n"
        "三年来,本人团结班子同志努力工作。共修通石黄线境内10公里改造、虎形至张家6公里水泥路,实施9座危桥改造。\n"
    )
    assert [k for _, k in _kinds(text)] == ["actual"] * 4


def test_a_share_of_the_years_planned_investment_is_reached() -> None:
    # 1380 市重大重点项目完成投资占年度计划投资109.7%: the share of the plan reached (占年计划11%, 占年计划投资的64.49%)
    assert _kinds("全市082个市重大重点项目完成投资占年度计划投资109.7%。")[-1] == (109.7, "actual")


def test_a_required_frequency_counts_what_recurs_in_its_own_word() -> None:
    # 1446 每周一份工作提示单, 1455 每周一堂廉政课, 1507 每半个月开展一轮暗查暗访, disc 1562 每半月印发一期技术专刊: a
    # required frequency (每季度至少召开一次, gold-ind) counted in 份/堂/轮/期, named by the period and what recurs
    got = [
        (s.attributes["value"], s.attributes["unit"], s.attributes["name"])
        for s in find_indicators("坚持每周一份工作提示单,每周一堂廉政课;县级层面每半个月开展一轮暗查暗访。")
    ]
    assert got == [(1.0, "份", "每周工作提示单"), (1.0, "堂", "每周廉政课"), (1.0, "轮", "县级层面每半个月暗查暗访")]
    assert [(v, u) for _, v, u, _, _ in quoted_figures("每半月印发一期技术专刊。")] == [(1.0, "期")]


def test_a_shared_annual_rate_after_from_to_levels_is_each_levels_change() -> None:
    # 1309 由5.05亿元增加到7.17亿元,地方收入由3.57亿元增加到4.86亿元,年均分别增长9.15%和5.78%; 1315 the same with
    # 年均分别增长9.2%、9.8%: the stated rates replace the rise to − from (the 1111/1414 ruling), one to each level
    assert _changes(
        "一般公共预算收入由5.05亿元增加到7.17亿元,地方收入由3.57亿元增加到4.86亿元,年均分别增长9.15%和5.78%。"
    ) == [
        ("一般公共预算收入由5.05亿元增加到7.17亿元,地方收入由3.57亿元增加到4.86亿元,年均分别增长9.15%", 7.17, 9.15),
        ("地方收入由3.57亿元增加到4.86亿元,年均分别增长9.15%和5.78%", 4.86, 5.78),
    ]


def test_a_figure_said_done_after_it_is_not_governed_by_the_aim_opening_the_sentence() -> None:
    # disc 1584 确保信息咨询及投诉渠道畅通,12345政务热线服务平台全年受理咨询727件,均已办结: 确保 aims at the first
    # clause; the count the next clause says was dealt with (均已办结) is what happened
    assert _kinds("确保信息咨询及投诉渠道畅通,12345政务热线服务平台全年受理咨询727件,均已办结。") == [(727.0, "actual")]
    assert _kinds("确保全年新建农村公路80公里,改造危桥9座。") == [(80.0, "target"), (9.0, "target")]


def test_a_rank_among_a_class_of_peers_left_uncounted() -> None:
    # 1314 增幅位列全省市州前三甲, 增幅居全省市州第二位; 1509 得分列全省地市第一, 柯桥区列全省区县市第一: the peers'
    # class after the scope (全省市州), as 全省十三个地市第二 counts them; 前三甲 is the top three
    ranks = [(v, u) for _, v, u, _, _ in quoted_figures("投资增长22.1%,增幅位列全省市州前三甲;增幅居全省市州第二位。")]
    assert ranks[-2:] == [(3.0, "位"), (2.0, "位")]
    assert [v for _, v, u, _, _ in quoted_figures("我市得分列全省地市第一,柯桥区列全省区县市第一。") if u == "位"] == [
        1.0,
        1.0,
    ]


def test_the_cells_under_a_task_tables_header_are_tasks() -> None:
    # 1512: a flattened task table (序号⏎指标⏎工作任务⏎完成时限⏎责任领导…), no title: every task sentence in a cell is
    # set for the year (1086's 预期目标⏎责任单位 table reads the same); a progress table (目标任务⏎…⏎进展情况, 108)
    # reports what was done
    head = "序号\n指标\n工作任务\n完成时限\n责任领导\n备注\n"
    cells = "1\n公共文化服务\n“两馆一站”免费开放服务人次较上年增长15%。\n12月底前\n2\n全年举办大型文旅活动3场次。\n"
    assert [k for _, k in _kinds(head + cells)] == ["target", "target"]
    progress = "序号\n工作任务\n责任单位\n进展情况\n1\n全年举办大型文旅活动3场次。\n"
    assert [k for _, k in _kinds(progress)] == ["actual"]


def test_a_count_framing_the_part_counted_right_after_it_is_no_indicator() -> None:
    # 1380 34个工业行业大类中20个行业实现增长, 154种主要工业品中66种实现增长 (996 111种, 1291 133种, 1334 28个): the
    # whole is the scope (gold-ind: 全国261个地级市中), the part after 中 is the count
    text = (
        "分行业看，34个工业行业大类中20个行业实现增长，7个行业实现两位数以上增长。"
        "分产品看，全市重点监测的154种主要工业品中66种实现增长，增长面为42.9%。"
    )
    values = [v for _, v, *_ in quoted_figures(text)]
    assert 34.0 not in values and 154.0 not in values, values
    assert 20.0 in values and 66.0 in values, values


def test_the_aims_own_figure_after_the_actual_is_a_target() -> None:
    # 1002 …同比增长8%以上,完成区人代会批准增长8%以上目标; 1246 …降幅达5.76%,完成省定降幅4%的目标任务; 1354: the
    # aim's figure said after what was reached (the 119/1384 ruling); 572 全面完成市下达的新增5000亩目标任务 says only
    # what was done (no figure before it): actual
    kinds = _kinds("全市万元工业增加值用水量降幅达5.76%,完成省定降幅4%的目标任务。")
    assert kinds == [(5.76, "actual"), (4.0, "target")]
    assert _kinds("精心组织实施稻渔综合种养工程,全面完成市下达的新增5000亩目标任务。") == [(5000.0, "actual")]


def test_a_budget_drafts_carried_over_balance_is_a_target() -> None:
    # 1293 2026年…当年收支结余12669万元，累计滚存结余649807万元; 1235 年末累计结余186.1亿元: in the plan year's part
    # the balance's name says 累计, which reports nothing
    text = (
        "2025年预算执行情况\n社保基金收入完成600000万元，增长3%。\n"
        "2026年预算草案\n2026年市直社保基金预算总收入610460万元。当年收支结余12669万元，累计滚存结余649807万元。\n"
    )
    kinds = dict(_kinds(text))
    assert (kinds[12669.0], kinds[649807.0]) == ("target", "target")
