"""Families of first-sight errors that recur across sets from different sources (session 5)."""

from __future__ import annotations

from models.ingest.outline import build_outline
from models.suggest.indicators import find_indicators


def _kinds_with_outline(text: str) -> list[tuple[float, str]]:
    return [(s.attributes["value"], s.attributes["kind"]) for s in find_indicators(text, build_outline(text))]


def test_review_slogan_heading_naming_an_aim_is_no_plan() -> None:
    # a review's heading may name a goal or a task (招引目标明确, 聚焦核心任务) while its text only reports
    text = (
        "招商引资工作自查报告\n"
        "一、招引总量增加,质量提高\n"
        "全年签订正式合同109个,到位资金8.29亿元,同比增长49.56%。\n"
        "二、招引目标明确,重点突出\n"
        "基建项目上档升级,解决了硬件投入的瓶颈问题。引进省港航公司投资13.6亿元兴建航电枢纽工程,今年到位资金3.07亿元。\n"
    )
    assert _kinds_with_outline(text)[-2:] == [(13.6, "actual"), (3.07, "actual")]


def test_plan_section_that_aims_stays_a_plan() -> None:
    text = (
        "2023年工作总结\n"
        "一、工作成效\n"
        "全年完成投资12亿元,同比增长8%。\n"
        "二、2024年工作计划\n"
        "新建绿地10个,力争完成投资15亿元。\n"
    )
    assert _kinds_with_outline(text)[-2:] == [(10, "target"), (15, "target")]


def _values(text: str) -> list[tuple[float, str]]:
    return [(s.attributes["value"], s.attributes["unit"]) for s in find_indicators(text)]


def test_measure_words_of_counted_things() -> None:
    # measure words a closed list had missed: lamps, boards, wells, fry, archive rolls, pairs
    assert _values("安装路灯500盏,设置标牌200块。") == [(500, "盏"), (200, "块")]
    assert _values("新打机井40多眼,投放鱼苗100万尾。") == [(40, "眼"), (100, "万尾")]
    assert _values("全年产鞋8亿双,整理档案4186卷。") == [(8, "亿双"), (4186, "卷")]


def test_task_in_brackets_beside_what_was_done_is_a_target() -> None:
    found = find_indicators("全县共完成人工造林17015.5亩(任务14815亩),其中油茶5118亩。")
    got = [(s.attributes["value"], s.attributes["name"], s.attributes["kind"]) for s in found]
    assert got == [(17015.5, "人工造林", "actual"), (14815, "人工造林任务", "target"), (5118, "油茶", "actual")]


def test_list_of_changes_whose_separators_were_lost_pairs_with_the_levels() -> None:
    found = find_indicators("城乡居民人均可支配收入61500元、33560元,分别增长7.5%8.6%。")
    assert [(s.attributes["value"], s.attributes["change"]) for s in found] == [(61500, 7.5), (33560, 8.6)]


def test_percent_range_is_no_glued_list() -> None:
    found = find_indicators("按照三类标准给予30%-50%比例的救助。")
    assert [s.attributes["value"] for s in found] in ([], [30])


def test_bracketed_qualifier_between_name_and_figure() -> None:
    found = find_indicators("财政收入(不含基金)2.01亿元,较上年增长26.4%。技术推广中心(检疫站)10人。")
    assert [(s.attributes["name"], s.attributes["value"]) for s in found] == [("财政收入", 2.01), ("技术推广中心", 10)]


def test_gap_beyond_an_aim_stated_with_its_figure() -> None:
    text = "财政收入2.01亿元,较上年增长26.4%,高于年初人代会12%的目标14.4个百分点,年均增长20%。"
    got = [(s.text, s.attributes["value"], s.attributes["change"], s.attributes["kind"]) for s in find_indicators(text)]
    assert got == [
        ("财政收入2.01亿元,较上年增长26.4%", 2.01, 26.4, "actual"),
        ("高于年初人代会12%的目标14.4个百分点", 14.4, 14.4, "actual"),
        ("年初人代会12%", 12, None, "target"),
        ("年均增长20%", 20, 20, "actual"),
    ]
    assert find_indicators("增加值增长9%,超过预期目标2个百分点。")[-1].attributes["kind"] == "actual"


def test_count_after_a_one_character_verb_is_named_by_its_noun() -> None:
    found = find_indicators("该乡距县城12公里,辖8个行政村、127个村民小组。其中含1个年初结转项目。")
    assert [(s.attributes["name"], s.attributes["value"]) for s in found][1:] == [
        ("行政村", 8),
        ("村民小组", 127),
        ("年初结转项目", 1),
    ]


def test_outcome_of_the_year_expected_in_a_review_is_actual() -> None:
    text = (
        "2019年工作总结\n一、2019年工作回顾\n预计地区生产总值增长8%;预期实现地方一般公共预算收入140.7亿元,"
        "全年有望完成投资280亿元。\n二、2020年工作计划\n预期实现地方一般公共预算收入150亿元。\n"
    )
    assert _kinds_with_outline(text) == [(8, "actual"), (140.7, "actual"), (280, "actual"), (150, "target")]


def _ranks(text: str) -> list[tuple[float, str]]:
    return [
        (s.attributes["value"], s.attributes["name"]) for s in find_indicators(text) if s.attributes["unit"] == "位"
    ]


def test_ranks_after_figures_of_a_bulletin() -> None:
    # each rank is named by the nearest figure before it, also after other ranks of the paragraph
    text = (
        "指标排名全市第一。今年截至3月31日,PM2.5平均浓度69.6微克每立方米,优良天数比例达65.9%,全市排名第二。"
        "pm2.5浓度24.7μg/m3,排名全省第5,空气质量优良率95.9%,排名全省第三;近岸海域水质优良率78.2%、排名全省第一。"
    )
    assert _ranks(text)[1:] == [
        (2, "优良天数比例"),
        (5, "pm2.5浓度"),  # the pollutant code stays in the name (session 18; gold 065)
        (3, "空气质量优良率"),
        (1, "近岸海域水质优良率"),
    ]


def test_list_of_ranks_after_a_shared_verb() -> None:
    text = "城乡居民人均可支配收入分别为36677元和16881元,分别同比增长0.9%和7.6%,增幅分别排名全省第二名、第三名。"
    assert [v for v, _ in _ranks(text)] == [2, 3]


def test_air_quality_units() -> None:
    assert _values("PM2.5平均浓度41微克每立方米,pm2.5浓度24.7μg/m3。") == [(41, "微克每立方米"), (24.7, "μg/m3")]


def _spans(text: str) -> list[tuple[str, float, object, str]]:
    return [
        (s.text, s.attributes["value"], s.attributes["change"], s.attributes["kind"]) for s in find_indicators(text)
    ]


def test_level_runs_on_to_its_change_over_a_share_said_between() -> None:
    # gold rule of set 18 (519): the figures between a level and its change are their own indicators, nested
    assert _spans("到位资金8.29亿元,完成年度目标任务的207.2%,同比增长49.56%。") == [
        ("到位资金8.29亿元,完成年度目标任务的207.2%,同比增长49.56%", 8.29, 49.56, "actual"),
        ("完成年度目标任务的207.2%", 207.2, None, "actual"),
    ]


def test_budget_and_shortfall_between_a_level_and_its_change() -> None:
    assert _spans("大口径财政收入完成21282万元,占年预算96540万元的22.04%,短收18943万元,较上年同期下降49.08%。") == [
        (
            "大口径财政收入完成21282万元,占年预算96540万元的22.04%,短收18943万元,较上年同期下降49.08%",
            21282,
            -49.08,
            "actual",
        ),
        ("占年预算96540万元的22.04%", 22.04, None, "actual"),
        ("预算96540万元", 96540, None, "target"),
        ("短收18943万元", 18943, None, "actual"),
    ]


def test_size_class_names_the_members_counted_after_it() -> None:
    text = (
        "收入达到100万元的村2个,90-100万元的2个。全镇50头以上黄牛养殖企业共有42家。"
        "到位资金8.9亿元,其中1—10亿元项目4个。全市发展30亩以上的种粮大户4941户。"
    )
    assert _values(text) == [(2, "个"), (2, "个"), (42, "家"), (8.9, "亿元"), (4, "个"), (4941, "户")]


def test_a_period_is_no_size_class() -> None:
    got = find_indicators("规上工业增加值增幅比1-4月回落1.3个百分点。")
    assert [(s.attributes["value"], s.attributes["unit"]) for s in got] == [(-1.3, "个百分点")]


def test_one_change_for_each_level_the_sentence_names() -> None:
    got = _spans("全年发生道路交通事故1起,死亡1人,同比事故起数和死亡人数均下降66.7%。")
    assert [(v, c) for _, v, c, _ in got] == [(1, -66.7), (1, -66.7)]


def test_budget_spending_change_and_a_fall_from_to() -> None:
    got = _spans("地方一般预算支出484.5亿元,比上年增支126.5亿元。贫困发生率由年初的1.83%下降到0.03%。")
    assert [(v, c) for _, v, c, _ in got] == [(484.5, 126.5), (0.03, -1.8)]


def test_count_of_things_named_in_latin_letters() -> None:
    assert _values("在重点公共场所铺设83台AED设备。带头包保45家B级食品生产经营主体。") == [(83, "台"), (45, "家")]
    assert _values("建成A3地块。") == []


def test_slogan_heading_of_a_review_document() -> None:
    text = (
        "县教育体育局年终工作总结报告\n"
        "一、主要工作情况\n"
        "(一)紧盯目标,履行职责,推进工作落地见效\n"
        "推进各项目标任务见行见效。截止10月,累计投入7235.6万元,已开工57个,竣工38个;投入资金1455万元。\n"
    )
    assert [k for _, k in _kinds_with_outline(text)] == ["actual"] * 4


def test_aim_reached_inside_a_reviewed_part() -> None:
    text = (
        "县林业局工作总结暨2021年工作计划\n"
        "一、2020年工作总结\n"
        "(一)林业“两防”目标有效控制\n"
        "完成森林防火工作目标。林业有害生物成灾率为1.08‰,无公害防治率100%。\n"
        "二、2021年工作计划\n"
        "(一)造林目标\n"
        "完成人工造林1000亩。\n"
    )
    assert _kinds_with_outline(text) == [(1.08, "actual"), (100, "actual"), (1000, "target")]


def test_times_in_a_list_and_a_doubling_of_a_level() -> None:
    got = _spans("财政总收入、公共预算收入分别完成6.1亿元、3.6亿元,分别是2011年的1.65倍、1.86倍。")
    assert [(v, c) for _, v, c, _ in got] == [(6.1, 65), (3.6, 86)]
    got = _spans("公共财政预算收入10.6亿元,实现五年翻一番。工业总资产达到1335亿元,实现了五年翻两番的目标。")
    assert [(v, c) for _, v, c, _ in got][:2] == [(10.6, 100), (1335, None)]


def test_first_figure_of_a_task_is_a_target() -> None:
    got = _spans("今年全县敬老院建设任务是新增床位 500 张,计划为新建道路10公里、桥梁2座。")
    assert [(v, k) for _, v, _, k in got] == [(500, "target"), (10, "target"), (2, "target")]


def test_share_with_its_own_subject_takes_its_own_change() -> None:
    got = _spans("地方一般预算收入178.2亿元,增长23%,税收占地方一般预算收入比重84.9%、同比提高1.7个百分点。")
    assert [(v, c) for _, v, c, _ in got] == [(178.2, 23), (84.9, 1.7)]


def test_each_level_of_a_list_runs_to_its_own_change() -> None:
    got = _spans("每百户家庭拥有家用汽车4辆,空调器116台,分别比上年增加4辆、12台。")
    assert [(s, v, c) for s, v, c, _ in got] == [
        ("每百户家庭拥有家用汽车4辆,空调器116台,分别比上年增加4辆", 4, 4),
        ("空调器116台,分别比上年增加4辆、12台", 116, 12),
    ]


def test_counts_in_chinese_numerals_of_what_was_done() -> None:
    assert _values("今年以来,共包装了两个项目。同步完成三个党支部整合组建。") == [(2, "个"), (3, "个")]
    assert _values("今年我局主要承担了两项。一是创建优秀旅游城市。") == []
    assert _values("坚持两个维护,落实四个问题整改。") == []


def test_basis_points_of_an_interest_rate() -> None:
    got = _spans("贷款利率参照同期LPR至少下浮25个基点,存款利率上浮10个基点。")
    assert [(v, c) for _, v, c, _ in got] == [(-25, -25), (10, 10)]


def test_breakdown_of_a_total_done() -> None:
    got = find_indicators("2024年,完成16个省级基层体育设施建设项目,包括2个村级全民健身广场、3个社区多功能运动场。")
    assert [(s.attributes["value"], s.attributes["name"]) for s in got] == [
        (16, "省级基层体育设施建设项目"),
        (2, "村级全民健身广场"),
        (3, "社区多功能运动场"),
    ]


def test_a_development_plan_aims_except_in_its_background() -> None:
    # a 规划 (规划纲要, 发展规划) is a plan by its genre; its 发展基础 section says where things stand (552)
    text = (
        "某市数字产业“十五五”发展规划\n"
        "一、发展基础\n"
        "全市数字产业营业收入达到320亿元,从业人员4.2万人。\n"
        "二、重点领域\n"
        "（一）软件服务\n"
        "建设总面积为8万平方米的软件大厦,聚集软件企业600家。\n"
    )
    assert _kinds_with_outline(text) == [(320, "actual"), (4.2, "actual"), (8, "target"), (600, "target")]
