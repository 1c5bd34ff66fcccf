"""Rules of the outline parser, one small report fragment per rule."""

from __future__ import annotations

from models.ingest.outline import build_outline
from models.types import Section, walk_sections

PARA = "全年完成工业总产值11.83亿元，同比增长8.46%，较好完成了年度目标任务。"
INTRO = "今年以来，我局认真贯彻落实各项决策部署，各项工作取得明显成效。现将有关情况报告如下："


def doc(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def shape(sections: tuple[Section, ...]) -> list[tuple[int, str, str, list[object]]]:
    return [(s.level, s.label, s.title, shape(s.children)) for s in sections]


def flat(text: str) -> list[tuple[int, str, str]]:
    return [(s.level, s.label, s.title) for s in walk_sections(build_outline(text))]


# --- numbering styles -------------------------------------------------------------------------


def test_every_common_style_nests_in_order_of_appearance() -> None:
    text = doc(
        "标题",
        INTRO,
        "一、主要工作",
        "（一）稳增长",
        "1.抓项目",
        "(1)重点项目",
        "①交通项目。" + PARA,
        "②水利项目。" + PARA,
        "(2)一般项目",
        "2．抓企业",
        "（二）促改革",
        "二、存在问题",
    )
    assert flat(text) == [
        (1, "一、", "主要工作"),
        (2, "（一）", "稳增长"),
        (3, "1.", "抓项目"),
        (4, "(1)", "重点项目"),
        (5, "①", "交通项目"),
        (5, "②", "水利项目"),
        (4, "(2)", "一般项目"),
        (3, "2．", "抓企业"),
        (2, "（二）", "促改革"),
        (1, "二、", "存在问题"),
    ]


def test_levels_follow_appearance_not_a_fixed_table() -> None:
    text = doc("标题", INTRO, "1.第一项", "（1）细项", "（2）细项", "2.第二项", PARA)
    assert shape(build_outline(text)) == [
        (1, "1.", "第一项", [(2, "（1）", "细项", []), (2, "（2）", "细项", [])]),
        (1, "2.", "第二项", []),
    ]


def test_full_width_digits_and_parentheses_and_dun_comma() -> None:
    text = doc("标题", INTRO, "（一）甲", "１．子一", "２．子二", "（二）乙", "1、子一", "2、子二")
    assert shape(build_outline(text)) == [
        (1, "（一）", "甲", [(2, "１．", "子一", []), (2, "２．", "子二", [])]),
        (1, "（二）", "乙", [(2, "1、", "子一", []), (2, "2、", "子二", [])]),
    ]


def test_di_styles() -> None:
    text = doc(
        "标题", "第一部分　工作回顾", "第一章 总体情况", PARA, "第二章、主要成效", PARA, "第二部分　工作打算", PARA
    )
    assert shape(build_outline(text)) == [
        (1, "第一部分", "工作回顾", [(2, "第一章", "总体情况", []), (2, "第二章", "主要成效", [])]),
        (1, "第二部分", "工作打算", []),
    ]


def test_di_comma_tops_with_run_in_titles() -> None:
    text = doc("标题", INTRO, "第一，坚持稳中求进。" + PARA, "第二，狠抓项目建设。" + PARA)
    assert flat(text) == [(1, "第一，", "坚持稳中求进"), (1, "第二，", "狠抓项目建设")]


def test_a_style_seen_again_returns_to_its_level() -> None:
    # 1. is first seen under (一); under 二、 it appears directly, then (一) and 1. again.
    first = ["一、甲", "（一）甲一", "1.a", "2.b", "（二）甲二"]
    text = doc("标题", INTRO, *first, "二、乙", "1.c", "2.d", "（一）乙一", "1.e", "2.f")
    assert shape(build_outline(text)) == [
        (1, "一、", "甲", [(2, "（一）", "甲一", [(3, "1.", "a", []), (3, "2.", "b", [])]), (2, "（二）", "甲二", [])]),
        (
            1,
            "二、",
            "乙",
            [(2, "1.", "c", []), (2, "2.", "d", []), (2, "（一）", "乙一", [(3, "1.", "e", []), (3, "2.", "f", [])])],
        ),
    ]


def test_new_style_placed_above_deeper_style_by_convention() -> None:
    # 1. came first directly under 一、; (一) first seen under 二、 still ranks above 1.
    text = doc("标题", INTRO, "一、甲", "1.a", "2.b", "二、乙", "（一）乙一", "1.c", "2.d", "（二）乙二")
    assert shape(build_outline(text))[1] == (
        1,
        "二、",
        "乙",
        [(2, "（一）", "乙一", [(3, "1.", "c", []), (3, "2.", "d", [])]), (2, "（二）", "乙二", [])],
    )


# --- titles -------------------------------------------------------------------------------------


def test_run_in_heading_title_ends_at_first_sentence_end() -> None:
    run_in = "(一)强化政治意识,增强政治担当。认真贯彻落实党的十九大精神。"
    text = doc("标题", INTRO, run_in, "(二)抓好运行监测；守住底线。")
    assert flat(text) == [(1, "(一)", "强化政治意识,增强政治担当"), (1, "(二)", "抓好运行监测")]


def test_title_cut_at_lead_in_colon_but_not_at_clock_time() -> None:
    text = doc("标题", INTRO, "1.工业经济：" + PARA, "2.会议时间9:30召开", PARA)
    assert flat(text) == [(1, "1.", "工业经济"), (1, "2.", "会议时间9:30召开")]


def test_long_line_without_sentence_end_is_cut_at_first_comma_but_a_long_heading_line_is_kept() -> None:
    heading = "抢抓电子商务进农村综合示范县建设机遇,精心实施项目,完善功能配套,构筑成“一个中心、五大体系”的电商大网"
    run_on = "加快项目建设，" + "全年实施重点项目126个，完成投资158亿元，" * 6
    text = doc("标题", INTRO, "（一）" + heading, PARA, "（二）" + run_on, PARA)
    assert [s.title for s in build_outline(text)] == [heading, "加快项目建设"]


def test_a_long_item_with_no_sentence_end_keeps_its_whole_line_as_its_title() -> None:
    # a list of achievements, one item a line ending on its last word: the item is its title (to the paragraph's end
    # when it has no 。；！？), not its first clause
    item = "完成环城绿化36.7公顷,绿化建制镇1个,村庄绿化12个,绿色长廊10公里,森林提质工程3321公顷"
    item += ",巩固退耕还林成果造林283公顷,长防林造林467公顷,速丰林建设422公顷"
    item += ",经果林建设211公顷,建立科普教育基地3处、义务植树基地2处"
    text = doc("标题", INTRO, "一、主要成绩", "1、" + item, "2、全县森林覆盖率74.54%", "二、工作计划", PARA)
    assert flat(text)[1] == (2, "1、", item)


def test_a_year_may_follow_a_dot_label() -> None:
    text = doc("标题", INTRO, "1.2020年工作回顾", PARA, "2.2021年工作打算", PARA)
    assert flat(text) == [(1, "1.", "2020年工作回顾"), (1, "2.", "2021年工作打算")]


def test_heading_offsets() -> None:
    text = doc("标题", INTRO, "　　一、主要工作。", PARA, "　　二、存在问题", PARA)
    first, second = build_outline(text)
    assert text[first.start : first.start + 2] == "一、"
    assert text[first.start : first.heading_end] == "一、主要工作"
    assert first.end == text.index(PARA) + len(PARA)  # trailing blanks before the next heading excluded
    assert second.end == len(text.rstrip())


def test_empty_title_is_not_a_heading() -> None:
    assert build_outline(doc("标题", INTRO, "一、", PARA, "二、", PARA)) == ()


# --- what is not a heading ----------------------------------------------------------------------


def test_inline_enumerations_and_mid_line_numbers_are_not_headings() -> None:
    text = doc(
        "标题",
        INTRO,
        "一、主要工作",
        "一是抓项目。二是抓企业。三是抓服务，其中第一，要强化保障；1.专班推进，2.清单管理。",
        "二、存在问题",
        "一是投资不足；二是人才短缺。",
    )
    assert flat(text) == [(1, "一、", "主要工作"), (1, "二、", "存在问题")]


def test_decimals_years_and_ranges_at_line_start_are_not_headings() -> None:
    text = doc(
        "标题",
        INTRO,
        "一、主要工作",
        "1.5亿元以上项目实行领导领办制度。",
        "2020.12起每月通报一次进展。",
        "2020.全年共召开会议15次。",
        "一、二季度经济运行平稳。",
        "1、2月份受疫情影响较大。",
        "二、存在问题",
    )
    assert flat(text) == [(1, "一、", "主要工作"), (1, "二、", "存在问题")]


def test_numbers_carried_on_across_parents_and_out_of_order_numbers() -> None:
    # issue 12: items numbered on across parents are headings (3. under 二、 after 1., 2. under 一、); a number
    # that jumps ahead and is then contradicted (四、 then 三、) and a (二) with no (一) after a run-in are not.
    text = doc(
        "标题",
        INTRO,
        "一、甲",
        "1.a",
        "2.b",
        "二、乙",
        "3.重大项目协调会全年召开15次。",
        "四、丁",
        "三、丙",
        "(二)没有(一)的第二项。",
    )
    assert flat(text) == [
        (1, "一、", "甲"),
        (2, "1.", "a"),
        (2, "2.", "b"),
        (1, "二、", "乙"),
        (2, "3.", "重大项目协调会全年召开15次"),
        (1, "三、", "丙"),
    ]


def test_sequence_restarts_under_each_parent_but_does_not_jump_parents() -> None:
    text = doc("标题", INTRO, "一、甲", "(一)a", "二、乙", "(二)b", "(一)c", "(二)d")
    assert shape(build_outline(text)) == [
        (1, "一、", "甲", [(2, "(一)", "a", [])]),
        (1, "二、", "乙", [(2, "(一)", "c", []), (2, "(二)", "d", [])]),
    ]


def test_a_style_reused_one_level_down_is_nested_when_the_outer_numbering_continues() -> None:
    inner = ["一、丙一", PARA, "二、丙二", PARA]
    text = doc("标题", INTRO, "一、甲", PARA, "二、乙", PARA, "三、丙", *inner, "四、丁", PARA)
    sections = build_outline(text)
    assert shape(sections) == [
        (1, "一、", "甲", []),
        (1, "二、", "乙", []),
        (1, "三、", "丙", [(2, "一、", "丙一", []), (2, "二、", "丙二", [])]),
        (1, "四、", "丁", []),
    ]
    third = sections[2]
    assert third.end == text.index("四、") - 2 and third.children[-1].end == third.end


def test_a_genuine_restart_stays_at_top_level() -> None:
    text = doc("标题", INTRO, "一、甲", PARA, "二、乙", PARA, "一、丙", PARA, "二、丁", PARA, "三、戊", PARA)
    assert [s.title for s in build_outline(text)] == ["甲", "乙", "丙", "丁", "戊"]


def test_a_lone_item_is_a_heading() -> None:
    # issue 12: a style whose numbering never reaches 2 is no longer ignored (excerpts, single items)
    text = doc("标题", INTRO, "1.唯一的一条说明", PARA, "一、甲", PARA, "二、乙", PARA)
    assert flat(text) == [(1, "1.", "唯一的一条说明"), (1, "一、", "甲"), (1, "二、", "乙")]


# --- unnumbered headings ------------------------------------------------------------------------


def test_unnumbered_headings_marked_by_wording_or_by_a_restart() -> None:
    text = doc(
        "区住建局2020年工作总结和2021年工作计划",
        INTRO,
        "2020年工作总结",
        "一、城市建设。" + PARA,
        "二、住房保障。" + PARA,
        "存在的主要问题",
        "一是排水能力不足；二是企业规模偏小。",
        "二〇二一年奋斗方向",  # no heading word, but 一、 restarts right after it
        "一、加快城市更新。" + PARA,
        "区住房和城乡建设局",
        "2020年12月30日",
    )
    assert shape(build_outline(text)) == [
        (1, "", "2020年工作总结", [(2, "一、", "城市建设", []), (2, "二、", "住房保障", [])]),
        (1, "", "存在的主要问题", []),
        (1, "", "二〇二一年奋斗方向", [(2, "一、", "加快城市更新", [])]),
    ]


def test_short_lines_are_not_headings_when_numbering_exists_and_wording_does_not_mark_them() -> None:
    text = doc("标题", INTRO, "一、甲", PARA, "坚持项目为王", PARA, "二、乙", PARA)
    assert flat(text) == [(1, "一、", "甲"), (1, "二、", "乙")]


def test_without_numbering_every_standalone_short_line_is_a_heading() -> None:
    text = doc(
        "镇政府2020年度工作总结", INTRO, "坚持项目为王", PARA, "聚焦民生福祉", PARA, "某镇人民政府", "2020年12月25日"
    )
    sections = build_outline(text)
    assert flat(text) == [(1, "", "坚持项目为王"), (1, "", "聚焦民生福祉")]
    assert sections[-1].end == len(text.rstrip())


def test_title_header_signature_and_date_are_not_headings() -> None:
    text = doc(
        "当前位置:首页 > 政府信息公开 > 工作总结",
        "县科经局2020年工作总结",
        "发布时间:2021-01-18 来源:县科经局",
        INTRO,
        "特此报告",
        "县科学技术和经济信息化局",
        "2020年12月31日",
        "附件:",
    )
    assert build_outline(text) == ()


def test_unnumbered_line_inside_a_continuing_numbering_is_dropped() -> None:
    text = doc("标题", INTRO, "一、甲", PARA, "二、乙", PARA, "存在的主要问题", PARA, "三、丙", PARA)
    assert flat(text) == [(1, "一、", "甲"), (1, "二、", "乙"), (1, "三、", "丙")]


def test_unnumbered_line_inside_a_continuing_lower_numbering_is_dropped() -> None:
    text = doc("标题", INTRO, "一、甲", "(一)a", PARA, "重点工作", PARA, "(二)b", PARA, "二、乙", PARA)
    assert shape(build_outline(text)) == [
        (1, "一、", "甲", [(2, "(一)", "a", []), (2, "(二)", "b", [])]),
        (1, "二、", "乙", []),
    ]


def test_empty_and_blank_text() -> None:
    assert build_outline("") == ()
    assert build_outline(" \n\u3000\n") == ()
