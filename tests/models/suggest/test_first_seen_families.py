"""Families from the hold-out sets scored before anyone tuned to them (150–185), in made-up snippets, each also
read with half-width punctuation, full-width digits and in traditional script."""

from __future__ import annotations

from typing import Any

import pytest

from models.suggest.indicators import find_indicators


def _read(text: str) -> list[tuple[Any, ...]]:
    return [
        (s.attributes["value"], s.attributes["unit"], s.attributes["change"], s.attributes["change_unit"])
        for s in find_indicators(text)
    ]


def _halfwidth(text: str) -> str:
    return text.translate(str.maketrans("，。；：（）", ",.;:()"))


def _fullwidth_digits(text: str) -> str:
    return text.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789.%"})


# simplified -> traditional for the characters of the snippets below (the test's own table)
_TRADITIONAL = str.maketrans(
    "县计发个点满意较万门议标报长实亿产业运农动气务众测评为编态间缩现区盖应岗带领团结奋斗设圈总节额币营达费条准综",
    "縣計發個點滿意較萬門議標報長實億產業運農動氣務眾測評為編態間縮現區蓋應崗帶領團結奮鬥設圈總節額幣營達費條準綜",
)


def _variants(text: str) -> list[str]:
    return [text, _halfwidth(text), _fullwidth_digits(text), text.translate(_TRADITIONAL)]


# each: a snippet, and what it reads as (value, unit, change, change_unit) per indicator
FAMILIES = [
    # birth and death rates change in per-mille points
    ("全县人口出生率7.52‰，比上年下降0.65个千分点。", [(7.52, "‰", -0.65, "个千分点")]),
    # a sentence with no subject opening on its base continues the level before it (a source's stray full stop)
    ("人口死亡率5.1‰。比上年提高0.2个千分点。", [(5.1, "‰", 0.2, "个千分点")]),
    # a score in points, and its change in points
    ("群众满意度测评得分为91.6分，较上年提升2.05分。", [(91.6, "分", 2.05, "分")]),
    # a duration in minutes
    ("实现城区全覆盖，平均响应时间缩短为12分钟。", [(12, "分钟", None, None)]),
    # the issues of a publication, counted after its title
    ("全年编发《工作动态》24期。", [(24, "期", None, None)]),
    # a count in 万 with decimals, of people named after it, is counted (not rhetoric)
    ("全年累计运送32.5万农民工返岗。", [(32.5, "万", None, None)]),
    # households, then their people after a comma: two indicators (a people count with no name of its own)
    ("全县现有特困供养对象1208户，1563人。", [(1208, "户", None, None), (1563, "人", None, None)]),
    # a level and its change glued to a structure that follows with no full stop
    (
        "第三产业增加值224.7亿元，增长4.5%三次产业结构比重为15.9：26.7：57.4。",
        [(224.7, "亿元", 4.5, "%"), (15.9, "%", None, None), (26.7, "%", None, None), (57.4, "%", None, None)],
    ),
    # a count and the length of what it counts, run together: two indicators
    (
        "全县完成河道综合整治8条96公里，建设标准堤防120公里。",
        [(8, "条", None, None), (96, "公里", None, None), (120, "公里", None, None)],
    ),
    # a threshold passed, then the precise level: the level, named by what is before the threshold
    ("全年营业收入突破千亿元，达1062亿元，同比增长12%。", [(1062, "亿元", 12, "%")]),
    # money in yuan named as renminbi (人民币 is no rhetorical 人民)
    ("社会消费品零售总额175亿元人民币，同比增长17%。", [(175, "亿元人民币", 17, "%")]),
    # a share written as a fraction with a slash
    ("全年缉毒量占全省缉毒总量的1/4。", [(25, "%", None, None)]),
    ("园区工业产值约占全市工业总产值的1／3。", [(33.33, "%", None, None)]),
    # ordinals written as digits in a row (一二三次产业) are no count; the structure after them is read
    (
        "一二三次产业结构由2002年的20.2:48.0:31.8调整为12.5:55.5:32。",
        [(12.5, "%", -7.7, "个百分点"), (55.5, "%", 7.5, "个百分点"), (32, "%", 0.2, "个百分点")],
    ),
    # the base year of comparable prices and (下同) asides between a level and its growth
    (
        "全年实现地区生产总值24.9亿元，按2005年可比价格（下同）计算，比上年（下同）增长10.0%。",
        [(24.9, "亿元", 10.0, "%")],
    ),
    # a structure whose colons an encoding turned into ?
    (
        "三次产业比重由2.5?40.5?57.0调整为2?38?60。",
        [(2, "%", -0.5, "个百分点"), (38, "%", -2.5, "个百分点"), (60, "%", 3, "个百分点")],
    ),
    # a list of changes whose separators the page lost, the % kept: one change per figure, a minus its own
    (
        "工业、建筑业和服务业增加值分别增长2.5%-1.3%4.6%。",
        [(2.5, "%", 2.5, "%"), (-1.3, "%", -1.3, "%"), (4.6, "%", 4.6, "%")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FAMILIES)
def test_family_reads_the_same_in_every_surface(text: str, expected: list[tuple[Any, ...]]) -> None:
    for variant in _variants(text):
        assert _read(variant) == expected, variant


def test_the_title_of_a_counted_publication_names_it() -> None:
    # (with the verb that issued it, as gold names them: 174 发布《重要气象信息》, 145 编发《创建动态》, 1161 印发《…》)
    found = find_indicators("全年编发《工作动态》24期。")
    assert found[0].attributes["name"] == "编发《工作动态》"
    assert found[0].text == "《工作动态》24期"


@pytest.mark.parametrize(
    "text",
    [
        "建设城市社区10分钟健身圈。",  # the time names the area served
        "打造15分钟便民生活圈。",
        "团结带领亿万人民群众。",  # round figures before 人民, 群众 stay rhetoric
        "全省4000万人民共同奋斗。",
        "考核总分100分，其中日常工作（25分）。",  # a weight in an assessment is no score
        "会议定于的3/4日召开。",  # a date with a slash is no fraction
        "已列入全国第一、二批规划。",  # ordinals of batches are no rank
        "农机公司3000台农业机械生产线改造项目顺利推进。",  # machines naming a production line
        "北环路、南环路2条道路完成改造。",  # a count that restates the names before it
        "补助标准为1/2元/人。",
    ],
)
def test_not_indicators_of_these_families(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # the second standing after a tier that is no rank (第一档次), named by what the clause's verb keeps
        ("垃圾分类工作持续保持全国第一档次、中部第一。", "中部第一"),
        # first on both of two boards: one rank
        ("连续5年在考核和满意度测评中保持全省“双第一”。", "全省“双第一”"),
    ],
)
def test_ranks_in_words(text: str, quote: str) -> None:
    for variant in (text, _halfwidth(text), text.translate(_TRADITIONAL)):
        found = [s for s in find_indicators(variant) if s.attributes.get("unit") == "位"]
        assert [(s.attributes["value"], s.attributes["change"]) for s in found] == [(1, None)], variant
        assert found[0].text.endswith(variant[variant.find(quote[:2]) : variant.find(quote[:2]) + len(quote)])
        assert len(found[0].attributes["name"]) >= 2


def test_a_range_in_percent_keeps_its_dash_no_minus() -> None:
    found = find_indicators("按照标准给予30%-50%比例的救助。")
    assert all(s.attributes["value"] >= 0 for s in found)


def _kinds(text: str) -> list[tuple[float, str]]:
    return [(s.attributes["value"], s.attributes["kind"]) for s in find_indicators(text)]


def test_every_share_of_a_target_reached_is_actual() -> None:
    text = "销售总额120亿元、利润总额3.5亿元，分别完成年度考核目标的104.9%、120.8%。"
    for variant in (text, _halfwidth(text), _fullwidth_digits(text)):
        got = _kinds(variant)
        assert (104.9, "actual") in got and (120.8, "actual") in got, variant


def test_the_stock_there_is_now_in_a_plan_is_actual() -> None:
    text = "2024年工作计划\n一、在现有入学登记、证照办理等45项便民服务的基础上，新增网上服务事项20项。\n"
    assert _kinds(text) == [(45, "actual"), (20, "target")]


def test_an_excerpt_that_stops_after_a_unit_per_day_keeps_its_figure() -> None:
    text = "全年工作取得成效。加大餐厨垃圾处理力度,新增处理能力至260吨/日"
    assert [(v, u) for v, u, _, _ in _read(text)] == [(260, "吨/日")]
    assert _read("全年增长14.9%。全市已有89.2%的乡") == [(14.9, "%", 14.9, "%")]  # the last statement is cut


def test_a_threshold_passed_leaves_the_name_to_the_level() -> None:
    found = find_indicators("全年营业收入突破千亿元，达1062亿元，同比增长12%。")
    assert found[0].attributes["name"] == "营业收入"
    assert find_indicators("零售总额175亿元人民币。")[0].attributes["normalized_value"] == 175e8


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("出口、进口均在全省名列第三位。", ["出口", "进口"]),
        (
            "全省文明城市(县、区)测评、“放管服”指数、12个试点县(市、区)综合考核我县均名列首位。",
            ["全省文明城市测评", "放管服指数", "12个试点县综合考核"],
        ),
    ],
)
def test_a_rank_every_listed_item_holds(text: str, names: list[str]) -> None:
    for variant in (text, _halfwidth(text), text.translate(_TRADITIONAL)):
        found = [s for s in find_indicators(variant) if s.attributes.get("unit") == "位"]
        assert [s.attributes["name"] for s in found] == names, variant
        assert len({s.end for s in found}) == 1  # each quote runs from its own name to the shared rank


def test_a_time_limit_a_rule_sets_is_a_target() -> None:
    text = "对符合放行条件的货物48小时内放行，鲜活货物实行6小时内放行。"
    for variant in (text, _halfwidth(text), _fullwidth_digits(text)):
        assert _kinds(variant) == [(48, "target"), (6, "target")], variant
    assert _read("检测人员在3天内完成了全部检测。") == []  # a duration done is no limit set
    assert _read("建设城市社区10分钟健身圈。") == []


def test_a_size_restated_in_brackets_is_one_indicator() -> None:
    text = "一期工程实际用地面积75055㎡（112.6亩），改造范围内企业14家。"
    for variant in (text, _halfwidth(text), _fullwidth_digits(text)):
        assert [(v, u) for v, u, _, _ in _read(variant)] == [(75055, "㎡"), (14, "家")], variant


def test_a_breakdown_in_brackets_shares_the_kind_of_its_total() -> None:
    text = "计划列入第三批除险加固的水库15座（中型1座，小型14座）。"
    for variant in (text, _halfwidth(text)):
        assert _kinds(variant) == [(15, "target"), (1, "target"), (14, "target")], variant
    assert _kinds("去年完成除险加固水库15座（中型1座，小型14座）。") == [(15, "actual"), (1, "actual"), (14, "actual")]


def test_a_figure_broken_across_lines_of_a_partly_rejoined_text_is_whole() -> None:
    # the cleaner re-joined most lines, so no fixed width is left to detect: the break inside the figure still goes
    text = (
        "全县实现地区生产总值120.5亿元，同比增长3.1%。其中，第一产业增加值21.58亿元，同比增长3.8%；第三产业增加值38.7\n"
        "5亿元，同比增长1.5%。全社会研发经费支出5.6亿元，增长28.\n6%，居全市第一。\n"
    )
    got = _read(text)
    assert (38.75, "亿元", 1.5, "%") in got and (5.6, "亿元", 28.6, "%") in got
    for s in find_indicators(text):
        assert s.text == text[s.start : s.end]
    table = "指标名称 本年 上年 增长率（%）\n地区生产总值（亿元） 120.5\n118.2 3.1\n"
    assert all(s.attributes["value"] != 120.5118 for s in find_indicators(table))


def test_a_text_typed_with_half_width_full_stops_reads_its_sentences() -> None:
    text = (
        "一、五年来工作回顾\n圆满完成了各项目标任务.\n"
        "1、经济实力显著提升.截止今年11月底,全镇实现财政收入2776.38万元,完成全年任务的106.78%.全年可完成地区生产总值11.6亿元.\n"
    )
    assert [k for _, k in _kinds(text)] == ["actual", "actual", "actual"]
    assert (2776.38, "万元", None, None) in _read(text)


def test_a_heading_that_says_the_tasks_were_done_is_a_review() -> None:
    text = "一、各项调查任务顺利完成\n在全市统计业务评比中,取得9个第一。命名表彰了28个小康村。\n"
    assert [k for _, k in _kinds(text)] == ["actual", "actual"]


def test_plans_as_a_category_of_published_information_are_no_aim() -> None:
    text = "公开目录信息情况：机构信息1条、规划计划6条、财政信息3条。"
    assert {k for _, k in _kinds(text)} == {"actual"}


def test_every_figure_of_a_plan_stated_as_a_list_is_a_target() -> None:
    text = (
        "1、造林绿化取得成绩。2008年,市下达我县指导性计划为人工造林4000亩,育苗5000亩,义务植树220万株。"
        "全年完成造林4200亩。"
    )
    assert _kinds(text) == [(4000, "target"), (5000, "target"), (220, "target"), (4200, "actual")]
    assert _kinds("林改应完成任务16.9万亩,截止11月10日已完成造林14.8万亩。") == [(16.9, "target"), (14.8, "actual")]


def test_a_cumulative_total_by_a_deadline_in_a_plan_is_a_target() -> None:
    text = "2020-2022年行动计划\n一、发展目标\n到2022年，累计建设5G网络基站2000个以上，培育工业互联网平台10个。\n"
    assert _kinds(text) == [(2000, "target"), (10, "target")]


def test_the_expected_levels_exceeded_are_targets() -> None:
    text = "财政收入完成7.5亿元,农民人均纯收入完成4200元,分别超过预期6亿元和4000元。"
    assert _kinds(text) == [(7.5, "actual"), (4200, "actual"), (6, "target"), (4000, "target")]


def test_level_with_a_past_plan_period_is_no_change() -> None:
    for text in ("生产总值增长幅度达到9.4%,与“九五”持平。", "粮食产量52.3万吨,与2015年持平。"):
        assert _read(text)[0][2:] == (0, "%"), text


def test_a_quoted_figure_with_a_plus_is_a_count_of_at_least_that_many() -> None:
    text = "到2025年，建设“20+”个数字化车间，集聚“300+”家重点企业，新增“500+”亿产业规模。"
    for variant in (text, _fullwidth_digits(text)):
        found = find_indicators(variant)
        assert [(s.attributes["value"], s.attributes["unit"], s.attributes["kind"]) for s in found] == [
            (20, "个", "target"),
            (300, "家", "target"),
            (500, "亿", "target"),
        ]
        assert found[0].attributes["name"] == "数字化车间"
    assert _read("打造“1+N”平台体系，推进“850+”城市轨道建设。") == []  # slogans and a figure with no unit


def test_a_page_run_together_on_one_line_keeps_its_paragraphs_and_menus_apart() -> None:
    # runs of spaces stand for the line breaks: the task paragraph governs its own figures only
    text = (
        "水利上半年工作总结  现把1~6月工作总结如下:  今年的主要任务是:计划完成各类水利工程1911件。  "
        "一、各项水利工作完成情况  (一)重点县建设项目  批复总投资1660.43万元,中央财政补助800万元。"
    )
    assert _kinds(text) == [(1911, "target"), (1660.43, "actual"), (800, "actual")]
    menu = (
        "当前位置 : 首页 > 信息公开 > 规划计划 > 年度工作计划和总结  某市气象局2020年工作总结  "
        "一、2020年主要工作  (一)守好防线。全年出现44天暴雨日、2个台风,开展21项重大专题保障服务,力争更好,确保安全。"
    )
    assert {k for _, k in _kinds(menu)} == {"actual"}


@pytest.mark.parametrize(
    "statement",
    [
        "全县人口出生率7.52‰，比上年下降0.65个千分点",
        "群众满意度测评得分为91.6分，较上年提升2.05分",
        "全年缉毒量占全省缉毒总量的1/4",
        "建设“20+”个数字化车间",
        "社会消费品零售总额175亿元人民币，同比增长17%",
        "对符合放行条件的货物48小时内放行",
    ],
)
def test_a_hand_tag_of_a_family_statement_reads_as_its_suggestion(statement: str) -> None:
    from models.suggest.indicators import parse_indicator_span

    document = f"2023年工作总结\n一、主要工作\n{statement}。\n"
    start = document.index(statement)
    suggested = [s for s in find_indicators(document) if s.start >= start]
    tagged = parse_indicator_span(statement, document=document, start=start)
    keys = ("value", "unit", "change", "change_unit", "kind")
    assert {k: tagged.get(k) for k in keys} == {k: suggested[0].attributes.get(k) for k in keys}
