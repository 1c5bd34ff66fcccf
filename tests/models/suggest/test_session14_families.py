"""Families from the discovery set of session 14 (30 reports nobody had tuned to), in made-up snippets."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from models.suggest.indicators import find_indicators


def _read(text: str) -> list[tuple[Any, ...]]:
    return [(s.text, s.attributes["name"], s.attributes["value"], s.attributes["unit"]) for s in find_indicators(text)]


def test_latin_area_and_volume_units_with_their_magnitude_are_units() -> None:
    # water and forestry reports write hectares and cubic metres in Latin letters, superscripts flattened:
    # 治理面积2万hm2, 提水总量10.72亿m3, 林业用地288351.3hm2, 蓄水1200万m3
    got = _read("全县完成治理面积2万hm2,提水总量10.72亿m3。林业用地288351.3hm2,新增蓄水1200万m3,道路铺装5000m2。")
    assert [(g[2], g[3]) for g in got] == [
        (2, "万hm2"),
        (10.72, "亿m3"),
        (288351.3, "hm2"),
        (1200, "万m3"),
        (5000, "m2"),
    ]
    # the same units with their superscripts, and a measure that names no unit (PM2.5) stay as they were
    assert [(g[2], g[3]) for g in _read("新增库容350万m³。")] == [(350, "万m³")]
    assert all(g[3] != "m2" for g in _read("PM2.5平均浓度下降10%。"))


def test_a_year_s_work_opinions_are_a_plan_not_a_policy() -> None:
    # 林业生产工作意见, 2016年农业农村工作意见: a year's work plan under its office's title; the figures of a
    # programme's grant (造林补贴试点项目人工造林0.5万亩, 补助资金1387万元) are what was done, not a policy's terms
    text = (
        "林业局林业生产工作意见\n"
        "一、主要工作成效\n"
        "完成投资5970.5万元,全年新造林3.05万亩(其中:中央财政造林补贴试点项目人工造林0.5万亩,"
        "农发项目人工造林0.28万亩)。全县补助面积为11.09万亩,补助资金1387.445万元,将于12月底完成兑现。\n"
    )
    values = [g[2] for g in _read(text)]
    assert values == [5970.5, 3.05, 0.5, 0.28, 11.09, 1387.445]
    # a policy's title still makes its grants terms
    policy = "关于支持企业发展的若干意见\n一、对新认定的企业给予50万元奖励。对年产值超过1亿元的企业给予20万元补助。\n"
    assert _read(policy) == []


def test_the_items_a_plan_is_broken_into_are_no_indicators() -> None:
    # a task-division plan lists each part's count of tasks, the noun before the count: (分解任务15项)
    text = "1.在“聚焦深化对外开放”方面(分解任务15项)。2.在“聚焦增强发展优势”方面(分解任务9项)。"
    assert _read(text) == []
    assert _read("细化工作措施20条。") == []
    # a meeting's decisions and a list drawn up are counted
    assert [g[2] for g in _read("第八次常务会确定事项38项,梳理确认政务服务事项清单31个。")] == [38, 31]
    # the deeds a plan announces in 件: 重点抓好10件民生实事 (done deeds stay counted)
    assert _read("2022年县政府将重点抓好10件民生实事:") == []
    assert [g[2] for g in _read("全年办好10件民生实事,完成任务15项。")] == [10, 15]


def test_a_page_s_counters_are_no_indicators() -> None:
    # a portal's or a news site's furniture: views, clicks, reading time
    assert _read("刘成金 发布 浏览1135次 2022-12-08发布") == []
    assert _read("作者: 点击:1539次") == []
    assert _read("本篇文章2875字,读完约7分钟") == []
    # a count of visits a report gives is still read
    assert [g[2] for g in _read("全年组织专题学习12次,网站访问量达120万人次。")] == [12, 120]


def test_a_list_of_years_is_no_list_of_figures() -> None:
    got = _read("2015年,除去2000年、2001年、2004年经济林补助到期面积2004.4亩后,全县补助面积为11.09万亩。")
    assert [(g[2], g[3]) for g in got] == [(2004.4, "亩"), (11.09, "万亩")]


def _kinds(text: str) -> list[tuple[Any, ...]]:
    return [(s.attributes["value"], s.attributes["kind"]) for s in find_indicators(text)]


def test_an_aim_at_a_sentence_s_head_governs_its_clauses_past_semicolons() -> None:
    # a news brief of a report's plan year: 2013年,五莲县计划招引…;…;年内实施…,新增…: every figure is aimed at
    text = (
        "2013年,五莲县计划招引20个以上过亿项目,招商引资到位固定资产投资15亿元以上;做足做活“山、泉、寺、拳”文章;"
        "年内实施总投资35亿元的80项城建重点工程,新增城区绿化面积28万平方米。"
    )
    assert [k for _, k in _kinds(text)] == ["target"] * 5
    # the speaker's 要 after his verb: 周春晖强调,要…;PM2.5年均浓度低于47μg/m3,空气质量优良率达到78%以上
    text = "周春晖强调,要继续打好“三大攻坚战”,坚决防范重大风险;PM2.5年均浓度低于47μg/m3,空气质量优良率达到78%以上。"
    assert [k for _, k in _kinds(text)] == ["target", "target"]
    # what was done in the same shape stays actual
    text = "2022年,全县计划投资10亿元,实际完成投资12亿元;新建道路30公里。"
    assert [k for _, k in _kinds(text)][1:] == ["actual", "actual"]


def test_a_base_s_rate_in_brackets_before_a_change_in_points() -> None:
    got = find_indicators("社零总额增长11.4%,且较上年同期(9.2%)加快2.2个百分点。")
    assert [(s.attributes["value"], s.attributes.get("change")) for s in got] == [(11.4, 11.4), (2.2, 2.2)]


def test_a_change_whose_percent_sign_was_lost_is_still_the_level_s_change() -> None:
    # a doc store's copy that lost every %: 比上年增长 12.5 at the clause's end
    got = find_indicators("粮食产量达到 53.85 亿斤,比上年增长12.5;实现劳务收入 12 亿元,比上年增长 50。")
    assert [(s.attributes["value"], s.attributes["unit"], s.attributes["change"]) for s in got] == [
        (53.85, "亿斤", 12.5),
        (12, "亿元", 50),
    ]
    # a list of such changes goes to the levels before it, one each
    got = find_indicators("规模以上工业企业实现产值 23 亿元,实现税金 8000 万元,分别比上年增长 21 和 9.4。")
    assert [(s.attributes["value"], s.attributes["change"]) for s in got] == [(23, 21), (8000, 9.4)]
    # a figure with its unit after the verb is read as before
    got = find_indicators("粮食产量53.85亿斤,比上年增长12.5万斤。")
    assert [(s.attributes["change"], s.attributes["change_unit"]) for s in got] == [(12.5, "万斤")]


def test_a_plan_named_in_a_sentence_of_results_leaves_them_actual() -> None:
    # 继续实施学前教育三年行动计划,…入园率达到96.4%; 新立各级各类科技计划139项; 进入全市拟上市企业储备库
    text = "继续实施学前教育三年行动计划,学前三年入园率达到96.4%。新立各级各类科技计划139项。"
    assert [k for _, k in _kinds(text)] == ["actual", "actual"]
    text = "厚捷医药进入全市拟上市企业储备库,新建“金融服务港湾”11个。"
    assert [k for _, k in _kinds(text)] == ["actual"]


def test_the_people_of_a_place_named_by_their_number_are_rhetoric() -> None:
    assert _read("南珠高铁建成通车,740多万玉林人民翘首以盼的“高铁梦”照进现实。") == []
    assert [g[2] for g in _read("新建3万平方米县人民医院门诊楼。")] == [3]


def test_a_gap_beyond_an_aim_whose_figure_is_in_brackets_was_reached() -> None:
    got = find_indicators("社零总额增长11.4%,增速高出市政府下达的全年任务目标(10.5%)0.9个百分点。")
    # the aim in its brackets is an indicator of its own (1210's gold: 全年任务目标(10.5%), target)
    assert [(s.attributes["value"], s.attributes["kind"]) for s in got][1:] == [(0.9, "actual"), (10.5, "target")]


def test_a_growth_said_with_its_sign_after_the_figure_is_a_change() -> None:
    got = find_indicators("推动市级税收实现3.02%正增长。")
    assert [(s.attributes["value"], s.attributes["change"]) for s in got] == [(3.02, 3.02)]


def test_a_charge_a_titled_policy_lowers_is_a_term() -> None:
    text = (
        "保税港区招商引资优惠政策\n"
        "十二、对区内企业出口纺织商品的出入境检验检疫收费降低30%。\n"
        "十三、到2012年,力争引进企业100家。\n"
    )
    assert [g[2] for g in _read(text)] == [100]


def test_a_final_accounts_change_against_last_year_s_accounts_keeps_its_subject() -> None:
    # 部门决算: 收支较上年决算数减少…、下降…; a PDF copy puts a blank before the verb
    for text, change in (
        ("收支较上年决算数减少3,888.01万元、下降14%,主要原因是…", -14.0),
        ("收支较上年决算数 减少684.52万元、 下降29.8%,主要原因是…", -29.8),
    ):
        got = find_indicators(text)
        assert [(s.attributes["name"], s.attributes["change"]) for s in got] == [("收支", change)]


def test_thousands_separators_are_no_clause_commas() -> None:
    # budget execution and final accounts (1185, 1188, 395, 495): 收入380,869万元,完成年初预算391,267万元的97.34%
    text = "全县实现一般公共预算收入380,869万元,完成年初预算391,267万元的97.34%,比上年增加了37,581万元,增幅10.95%。"
    got = find_indicators(text)
    assert [(s.attributes["value"], s.attributes.get("change")) for s in got][:2] == [(380869, 10.95), (97.34, None)]
    assert all(s.text == text[s.start : s.end] for s in got)


@given(st.integers(min_value=1000, max_value=99_999_999), st.sampled_from(["万元", "元", "人", "亿元"]))
def test_a_figure_reads_the_same_with_or_without_its_thousands_separators(n: int, unit: str) -> None:
    plain = f"全年完成投资{n}{unit},同比增长5.2%。"
    spaced = f"全年完成投资{n:,}{unit},同比增长5.2%。"
    a, b = find_indicators(plain), find_indicators(spaced)
    assert [(s.attributes["value"], s.attributes.get("change")) for s in a] == [
        (s.attributes["value"], s.attributes.get("change")) for s in b
    ]
    assert all(s.text == spaced[s.start : s.end] for s in b)


def test_a_rate_named_by_its_verb_is_a_level() -> None:
    for text, value in (("完成结算评审项目120个,综合核减率37.4%。", 37.4), ("万元生产总值能耗下降率为4.94%。", 4.94)):
        got = find_indicators(text)[-1].attributes
        assert (got["value"], got["change"]) == (value, None)


def test_a_round_milestone_restating_a_level_given_earlier_is_no_indicator() -> None:
    text = (
        "分项目看,税收收入229.2亿元,增长约3.02%;非税收入150.8亿元,创历史新高,增长4.23%。\n"
        "三是非税挖潜全面突破。在连续多年高基数基础上,全年非税收入突破150亿元。\n"
    )
    assert [g[2] for g in _read(text)] == [229.2, 150.8]
    # a milestone of another quantity, or far above the level, stays
    text = "非税收入150.8亿元。\n全年税收收入突破200亿元,非税收入突破200亿元。\n"
    assert [g[2] for g in _read(text)] == [150.8, 200, 200]


def test_bandwidth_and_optical_cable_units_are_units() -> None:
    got = _read("省际出口带宽由2012年的740Gbps增加至2310Gbps,普遍具备100Mbps带宽能力。全市光缆铺设32.8万皮长公里。")
    assert [(g[2], g[3]) for g in got] == [(2310, "Gbps"), (100, "Mbps"), (32.8, "万皮长公里")]


def test_an_amount_of_change_after_its_rate_stays_in_one_statement() -> None:
    # README: an absolute and a percentage change stated together make one indicator whose change is the percentage;
    # the amount may come after the rate (同比增幅38.51%,增加25477万元)
    got = find_indicators("一般公共预算收入完成91639万元,同比增幅38.51%,增加25477万元。")
    assert [(s.attributes["value"], s.attributes["change"], s.attributes["change_unit"]) for s in got] == [
        (91639, 38.51, "%")
    ]
    # a gap to a benchmark in points stays its own
    assert len(find_indicators("收入100亿元,增长8%,高于全省2个百分点。")) == 2
