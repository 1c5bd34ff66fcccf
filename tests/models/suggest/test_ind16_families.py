"""Families of session 16 (indicators on reports nobody tuned to), in made-up snippets."""

from __future__ import annotations

from models.suggest.indicators import find_indicators
from tests.models.suggest.figures import Figure, quoted_figures


def _figures(text: str) -> list[Figure]:
    return quoted_figures(text)


def _ranks(text: str) -> list[tuple[float, float | None]]:
    return [(v, c) for _, v, u, c, _ in _figures(text) if u == "位"]


def test_a_rank_moved_from_a_base_year_is_the_rank_reached() -> None:
    # 由2011年的全省第5位上升到去年的第3位 (disc 1463), 由2016年的第60名上升至2019年的第35名 (disc 1456): the years
    # of the two places stand between the move's words, as 由上年居世界第五位上升到第四位 (876) and 由第14位上升到第11位
    # (999) read: the rank reached, changed by to − from
    assert _ranks("经济总量由2011年的全省第5位上升到去年的第3位;年均增长10.3%。") == [(3.0, -2.0)]
    assert _ranks("全省县域综合排名由2016年的第60名上升至2019年的第35名。") == [(35.0, -25.0)]
    assert _ranks("增速由2011年的全省第13位上升到去年的第2位。") == [(2.0, -11.0)]
    # the forms read before keep their reading
    assert _ranks("外贸进出口总额在全国排名由第14位上升到第11位。") == [(11.0, -3.0)]
    assert _ranks("综合实力由全省第48位上升到第29位。") == [(29.0, -19.0)]


def test_a_policy_sent_by_a_notice_run_into_its_delivery_line_lays_down_terms() -> None:
    # disc 1483: the notice's title ran into its addressees (…若干意见》的通知各市（县）区委…：), the policy's own title
    # stands below the notice's signature; its grants (按…增量的2％给予奖励), shares and caps (累计不超过200万元) are
    # terms, though the condition they are granted on says 较上年增长的 (a condition, no report); its outcome aim stays
    text = (
        "锡委办发〔2020〕19号\n"
        "中共无锡市委办公室印发《关于推动服务业平稳健康发展的若干意见》的通知各市（县）区委和人民政府，市各委办局：\n"
        "《关于推动服务业平稳健康发展的若干意见》已经市委常委会会议审议通过，现印发给你们，请遵照执行。\n"
        "中共无锡市委办公室2020年3月24日\n"
        "关于推动服务业平稳健康发展的若干意见\n"
        "1.设立服务业企业纾困发展专项资金总额3亿元，纾困范围覆盖批发和零售业。\n"
        "2.鼓励扩大销售。对2020年销售收入较上年增长的规模以上服务业企业，按不超过销售收入增量的2％给予奖励，"
        "其中批发企业按不超过销售收入增量的0.5％给予奖励。单个企业最高奖励不超过200万元。\n"
        "3.对商圈、行业开展的大型促销活动，按不超过线上线下宣传推广费用的50％给予支持，单个活动不超过50万元，"
        "单个企业累计不超过200万元。\n"
    )
    quotes = [q for q, *_ in _figures(text)]
    assert not [q for q in quotes if "％" in q or "%" in q], quotes
    assert any("3亿元" in q for q in quotes), quotes


def test_rates_named_by_their_subject_after_a_list_of_levels_are_shared_out_in_order() -> None:
    # disc 1464 城乡居民人均可支配收入分别达到27166元、10392元,增速为8.8%、10%: a list of rates named by 增速 after as
    # many listed levels pairs them in order, as 分别增长8.8%、10% does (the 分别 lists of 1111, 769)
    figures = [
        (v, u, c, cu) for _, v, u, c, cu in _figures("城乡居民人均可支配收入分别达到27166元、10392元,增速为8.8%、10%。")
    ]
    assert figures == [(27166.0, "元", 8.8, "%"), (10392.0, "元", 10.0, "%")]
    figures = [
        (v, u, c, cu)
        for _, v, u, c, cu in _figures("城乡居民人均可支配收入分别达到27166元和10392元,增速分别为8.8%和10%。")
    ]
    assert figures == [(27166.0, "元", 8.8, "%"), (10392.0, "元", 10.0, "%")]
    # one rate after one level stays that level's change; a list of three levels with two rates pairs nothing
    figures = [(v, u, c, cu) for _, v, u, c, cu in _figures("城镇居民人均可支配收入27166元,增速为8.8%。")]
    assert figures == [(27166.0, "元", 8.8, "%")]


def test_a_count_of_the_parts_a_document_announces_is_no_indicator() -> None:
    # disc 1441 《计划》正文共两个部分:⏎第一部分…: the count announces the list of the document's parts that follows
    # (承担了两项。一是… was read so before); a count of what was done stays
    text = "《计划》正文共两个部分:\n第一部分主要是总结2021年计划执行情况。全年共完成两个项目建设,新建学校3所。\n"
    assert [v for _, v, *_ in _figures(text)] == [2.0, 3.0]
    assert not [q for q, *_ in _figures(text) if "正文" in q]
    assert _figures("规划共分三个部分：第一部分为发展基础。") == []


def test_a_count_after_the_offices_it_counts_restates_them() -> None:
    # disc 1443 重庆市能源局、重庆市公共资源交易监督管理局共2个二级局: the names just listed are what is counted (048's
    # …建筑工程公司8个二级单位, 271's 内设2个中队,即…), though long and joined to the count by 共
    text = "重庆市能源局、重庆市公共资源交易监督管理局共2个二级局,未独立预决算。全局在职人员共86人。\n"
    quotes = [q for q, *_ in _figures(text)]
    assert not [q for q in quotes if "二级局" in q or "2个" in q], quotes
    assert [q for q in quotes if "86人" in q], quotes
    # a count of more things than the names listed is a count
    quotes = [q for q, *_ in _figures("完成北银、裕园等共12个老旧小区改造。")]
    assert quotes, quotes


def test_a_gap_to_a_list_of_benchmarks_named_with_their_rate_is_a_change_each() -> None:
    # disc 1421 分别高于全国、全省增速2.5和0.8个百分点: the rate word after the benchmarks does not hide the gaps, as
    # 高于全省增速0.8个百分点 (one benchmark) and 分别高于全国、全省2.5和0.8个百分点 (no rate word) read
    figures = _figures("全市工业增加值增长8.1%,分别高于全国、全省增速2.5和0.8个百分点。")
    assert [(v, c) for _, v, u, c, _ in figures if u == "个百分点"] == [(2.5, 2.5), (0.8, 0.8)]
    figures = _figures("全市工业增加值增长8.1%,低于全国、全省平均水平2.5、0.8个百分点。")
    assert [(v, c) for _, v, u, c, _ in figures if u == "个百分点"] == [(-2.5, -2.5), (-0.8, -0.8)]


def test_a_fall_in_a_count_is_not_the_change_of_an_amount_before_it() -> None:
    # disc 1462 减免税费12亿元,减少亏损企业63户: a count that fell says nothing of the money before it; each is its own
    # indicator (减少 of a count is a change-only statement, value = change)
    figures = [
        (v, u, c, cu) for _, v, u, c, cu in _figures("累计降低企业用电成本6.9亿元,减免税费12亿元,减少亏损企业63户。")
    ]
    assert (12.0, "亿元", None, None) in figures and (-63.0, "户", -63.0, "户") in figures, figures
    # an amount that grew by an amount is still one statement
    figures = [(v, u, c, cu) for _, v, u, c, cu in _figures("全年完成投资52亿元,增加12亿元。")]
    assert figures == [(52.0, "亿元", 12.0, "亿元")]


def test_a_rank_kept_with_chanlian_is_a_rank() -> None:
    # disc 1423 企业报名数蝉联全省各县市区第一: 蝉联 (held again) places a quantity as 稳居, 继续保持 do (1313, 684)
    assert _ranks("创新创业大赛企业报名数蝉联全省各县市区第一。") == [(1.0, None)]
    assert _ranks("全县粮食总产量蝉联全市第2位。") == [(2.0, None)]


def test_firms_newly_above_the_size_line_named_after_their_count_are_an_addition() -> None:
    # disc 1420 当年新入规企业1家(建材已获批): entering the 规上 list is an addition, as 新增…企业1家(伟创电气)
    # (567) and 新培育…企业1户(商务酒店) (139) are; firms being cultivated, named after their count, are still
    # no result (507)
    assert [v for _, v, *_ in _figures("全县规模企业166家,其中当年新入规企业1家(建材已获批)。")] == [166.0, 1.0]
    assert [v for _, v, *_ in _figures("正在培育的规上工业企业2家(森财木业、睿新鹏电子)。")] == []


def test_counts_of_sets_in_zu_and_small_counts_of_issues_are_counts() -> None:
    # disc 1482 新购置档案密集架110组,维修…132组,使…达到242组; 223 安装了4组健身器材: 组 counts sets of
    # equipment, as 盏, 块, 台套 count things in municipal work
    values = [(v, u) for _, v, u, *_ in _figures("新购置档案密集架110组,维修档案密集架132组,使档案密集架达到242组。")]
    assert values == [(110.0, "组"), (132.0, "组"), (242.0, "组")]
    # an ordinal group is no count
    assert _figures("第3组村民开展讨论。") == []
    # disc 1444 开展在线访谈1期, 145 编发《创建动态》3期, 开办市报绿化专片2期: an issue put out, the verb before its
    # object; a project's phase is none (平台1期)
    assert [(v, u) for _, v, u, *_ in _figures("组织新闻发布会2场,开展在线访谈1期。")] == [(2.0, "场"), (1.0, "期")]
    assert [(v, u) for _, v, u, *_ in _figures("编发《创建动态》3期,开办市报绿化专片2期。")] == [
        (3.0, "期"),
        (2.0, "期"),
    ]
    assert [u for _, _, u, *_ in _figures("开展智慧平台1期建设,投资300万元。")] == ["万元"]
    # disc 1477 开展集体活动十余次, 226 各级荣誉十余项, 064 教育资料二十余部: about ten is 10 (README: qualifiers
    # dropped)
    assert [(v, u) for _, v, u, *_ in _figures("开展集体活动十余次。")] == [(10.0, "次")]
    assert [(v, u) for _, v, u, *_ in _figures("编印教育资料二十余部。")] == [(20.0, "部")]


def test_a_count_done_to_a_high_standard_is_no_count_of_standards() -> None:
    # disc 1481 全区11个乡镇街道高标准通过市级考评: 高标准 (to a high standard) and 标准化 describe how, not standards
    # counted (012 国家106项卫生标准 is the standards a rule lays down)
    text = "区退役军人服务中心荣获全省荣誉,全区11个乡镇街道高标准通过市级考评。"
    assert [(v, u) for _, v, u, *_ in _figures(text)] == [(11.0, "个")]
    assert _figures("供水水质达到国家106项卫生标准。") == []


def test_issues_of_a_bulletin_are_named_by_the_verb_and_the_title() -> None:
    # 145 编发《创建动态》3期, 连续发了2期《创建动态》; 174 发布《重要气象信息》; 627 编印《统计情况》: what was issued
    names = [s.attributes["name"] for s in find_indicators("上半年编发《创建动态》3期,并连续发了2期《创建动态》增刊。")]
    assert names == ["编发《创建动态》", "发《创建动态》"]
