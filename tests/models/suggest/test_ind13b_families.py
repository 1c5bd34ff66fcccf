"""Families seen first on the discovery set 1101–1160 and found again across the corpus (session 13, ind13b)."""

from __future__ import annotations

from models.suggest.indicators import find_indicators


def _texts(text: str) -> list[str]:
    return [s.text for s in find_indicators(text)]


# A policy titled as one (若干措施, 实施意见, 优待政策的通知) whose terms come in shapes the sentence-count test
# misses: eligibility lists (1125), class bounds (1122 建筑面积超过5万平方米的住宅小区, 1141 3000平方米以上的摄影棚,
# 1144 参保职工30人以上的企业), grants by rate (1121 增发50%, 1144 按…的30%返还, 1143 实际投资额2%…的奖励), a cap as
# a multiple (1061 按…3倍计征). Written for the test in the shape these take.
_MEASURES = (
    "某市人民政府办公厅关于印发某市促进数字经济发展若干措施的通知\n"
    "各区人民政府，市政府各部门：\n"
    "某市促进数字经济发展若干措施\n"
    "一、发展目标\n"
    "到2025年，全市数字经济核心产业增加值达到800亿元，培育10家以上龙头企业。\n"
    "二、支持措施\n"
    "（一）对符合以下条件之一的企业给予支持：\n"
    "1．近三年获得2亿元以上融资且主营业务收入平均增速超过30%的平台企业；\n"
    "2．年度网络零售额超过10亿元，且近三年平均增速超过20%的平台企业。\n"
    "（二）在建筑面积超过5万平方米的住宅小区内，安排专门的快递处理场地。鼓励新建3000平方米以上的专业机房。\n"
    "（三）对参保职工30人以上的企业，裁员率放宽到不超过企业职工总数5%；按企业上年度实际缴纳失业保险费的50%返还。\n"
    "（四）荣获市级表彰的，按当年标准增发30%。\n"
)


def test_a_titled_policys_bounds_lists_and_rates_are_terms_its_aims_stay() -> None:
    texts = _texts(_MEASURES)
    assert any("800亿元" in t for t in texts)
    assert any("10家" in t for t in texts)
    for term in ("2亿元", "30%", "10亿元", "20%", "5万平方米", "3000平方米", "30人", "5%", "50%"):
        assert not any(term in t for t in texts), term


def test_the_same_shapes_in_a_report_are_read_as_before() -> None:
    # no policy title: a report that names a class bound keeps its counted result
    report = "2023年工作总结\n全年新增就业3000人。年营业收入超过1000万元的企业达到52家。网络零售额增长20%。\n"
    texts = _texts(report)
    assert any("3000人" in t for t in texts)
    assert any("增长20%" in t for t in texts)


def test_a_plan_titled_as_a_plan_is_no_policy() -> None:
    # 规划 and 方案 state aims: the title does not turn their figures into terms
    plan = "某市数字经济发展三年行动方案\n到2025年，建成5万平方米以上的数据中心集群，网络零售额超过500亿元。\n"
    assert any("500亿元" in t for t in _texts(plan))


# A plan report's main-indicator table flattened one cell a paragraph (1152; the same header row and cell lines in
# 261, 704, 814): its cells are label/value cells, not sentences, so none is read, not even 增长9% (README,
# flattened tables). The sentence after the table is text again.
_PLAN_TABLE = (
    "2013年国民经济和社会发展主要指标完成情况\n\n指标名称\n\n目标\n\n全年完成\n\n实绩\n\n增速\n\n"
    "地区生产总值\n\n增长9%\n\n287.32亿元\n\n增长6.0%\n\n公共财政收入\n\n增长8%\n\n10.99亿元\n\n增长15.1%\n\n"
    "全区城镇居民人均可支配收入达到41200元，增长10.2%。\n"
)


def test_the_cells_of_a_flattened_plan_table_are_not_read_the_text_after_is() -> None:
    texts = _texts(_PLAN_TABLE)
    assert not any("增长9%" in t or "287.32亿元" in t or "增长15.1%" in t for t in texts)
    assert any("41200元" in t for t in texts)


def test_a_month_list_that_does_not_fit_its_figures_is_not_read() -> None:
    # 1154: five rates over 2-5月 (four months) cannot be given to months (README, set 71); a list that fits
    # keeps its items
    misfit = "规模以上工业增加值增幅2-5月份分别为14.2%、13%、12.8%、12.7%、9%,呈逐月回落趋势。"
    assert not any("12.8%" in t for t in _texts(misfit))
    fits = "规模以上工业增加值增幅4-6月份分别为12.1%、10.5%、9.8%,逐月回落。"
    assert any("10.5%" in t for t in _texts(fits))


def test_a_count_followed_by_the_roll_of_exactly_what_it_counts_is_not_read() -> None:
    # 1129 开工5个医院建设项目(福永二期、…): the count restates the items it names; a roll of another length, or an
    # addition (新增…), stays counted. (271 内设2个中队,即…, an office's own units, is counted since the session-27
    # ruling: tests/models/suggest/test_ind27_own_units.py)
    rolled = "全年开工3个医院建设项目(东院二期、西院二期、妇幼保健院),大队内设2个中队,即秘书中队、通信中队。"
    assert [t for t in _texts(rolled) if "3个" in t] == []
    assert [t for t in _texts(rolled) if "2个" in t]
    other = "全年开工4个医院建设项目(东院二期、西院二期等),新增2个专科(儿科、眼科)。"
    texts = _texts(other)
    assert any("4个" in t for t in texts) and any("2个" in t for t in texts)


def test_a_news_headline_without_colon_and_the_counts_that_frame_a_clusters_amount() -> None:
    # 1108: the headline states a result with no punctuation; the body repeats it (README set 66: the headline is
    # no body), and the clusters counted only frame their revenue (session 12, scope counts; as 企业 already did)
    item = (
        "我市32个县域特色产业集群实现营业收入1234.5亿元\n\n"
        "2023年,全市32个特色产业集群共实现营业收入1234.5亿元,同比增长10.2%。"
        "其中,纳入统计的30个县域特色产业集群实现营业收入1200.1亿元,同比增长9.8%。\n"
    )
    found = find_indicators(item)
    assert all(s.start > item.index("\n") for s in found)
    assert not any(s.text in ("32个", "30个") for s in found)
    assert sum("营业收入" in s.text for s in found) == 2
