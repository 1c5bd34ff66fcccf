"""Session 17 round 2, joins: a stray blank inside a clause (mark before the run, mark after it) goes from a PDF or
one-line copy whatever the words on its sides (1013 ``党员 干部``, 695 ``全区 经济``), and a word's stray blank goes
from a line whose other blanks stand beside a mark or a figure (382) or are a one-line copy's line breaks (752)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from models.ingest.clean import clean
from models.ingest.clean_word_spaces import word_spaces
from models.ingest.rejoin import join_points
from tests.models.ingest.test_clean_props import check_map


def _marked(line: str) -> str:
    gone = word_spaces(line)
    return "".join("_" if k in gone else ch for k, ch in enumerate(line))


def test_a_blank_between_two_words_of_one_clause_is_a_stray() -> None:
    # 1013: a PDF copy's wrap between two words, commas on both sides, other blanks beside the marks
    line = "特别感动的是, 面对疫情,医护人员白衣执甲、逆行出征,党员 干部闻令而动、冲锋在前,社会各界倾情奉献 ,仅用8天"
    assert _marked(line) == line.replace(" ", "_")  # and the blanks beside its marks (``是, 面对``, ``奉献 ,``)
    # 695: the run before opened by a sentence's end inside the line
    line = "扎实推进战略,建设“六个安源”的决策部署。全区 经济保持平稳较快增长,各项社会事业全面进步。"
    assert _marked(line) == line.replace("全区 经济", "全区_经济")


def test_a_blank_at_a_pieces_edge_stays() -> None:
    assert word_spaces("一、坚持统筹兼顾，推动协调发展 各地区各部门要加强领导，") == set()  # a heading's end
    assert word_spaces("二是深化改革，推动协调发展 各地区各部门要加强领导，") == set()
    assert word_spaces("工作完成。 全区 经济保持平稳，") == set()  # a one-line copy's pieces: no clause mark opens it
    assert word_spaces("委员：张三 李四。") == set()  # a colon opens a field's value, not a clause
    assert word_spaces("发布机构：某某局 生成日期：2020年") == set()
    assert word_spaces("卫生健康  工作的规划，") == set()  # two blanks between two words: as written (1467)


def test_a_words_blank_goes_beside_a_spaced_figure_and_between_a_one_line_copys_pieces() -> None:
    # 382: the figure's own blanks part no pieces
    line = "确保开好局、起好步,以优异成绩庆 祝建党 100 周年。"
    assert _marked(line) == line.replace("庆 祝", "庆_祝")
    # 752: a one-line copy whose blanks are line breaks; the word's blank has clause marks on both sides
    line = "现在,我代表县政府报告工作,并请各位政协委员和其他列席人 员提出意见。 一、过去五年工作回顾 本届政府的五年,"
    assert _marked(line) == line.replace("列席人 员", "列席人_员")


def test_the_display_text_loses_the_clause_strays_and_keeps_its_map() -> None:
    text = "一、工作回顾\n医护人员白衣执甲、逆行出征,党员 干部闻令而动、冲锋在前,社会各界倾情奉献。\n"
    assert "党员干部闻令而动" in clean(text).display_text
    check_map(text)


_HAN = st.sampled_from(list("党员干部全区经济发展建设工作会议"))
_MARK = st.sampled_from(list("，。、；"))


@given(st.lists(st.one_of(_HAN, _MARK, st.just(" "), st.just("1")), min_size=1, max_size=40))
def test_word_spaces_are_blanks_and_cleaning_keeps_an_exact_map(chars: list[str]) -> None:
    line = "".join(chars)
    assert all(line[i] == " " for i in word_spaces(line))
    check_map("一、概况\n" + line + "\n")


def test_a_break_that_parts_a_common_word_joins_whatever_the_width() -> None:
    # 787: a store's chunks broke the text anywhere; 1097: a farm's copy lost names, its wrapped lines fall short
    lines = ["1.加强与气象、地震等部门的合作,完善预警系统。", "与气象部", "门合作开展大气污染、台风等预警,提升准确性。"]
    assert join_points(lines, [True, True, False]) == [False, True, False]
    lines = ["整合现有的应急救援力量,提高队", "伍的组织协调能力,构建一支专业化的队伍。"]
    assert join_points(lines, [True, False]) == [True, False]


def test_a_break_between_two_words_or_before_a_name_line_stays() -> None:
    # 的重要 ⏎ 讲话: two words, no width to go by; a delivery line over its speaker (上 ⏎ 市长: 上市 by chance)
    lines = ["认真落实对福建工作的重要", "讲话和重要指示批示精神,凝心聚力。"]
    assert join_points(lines, [True, False]) == [False, False]
    lines = ["——2025年7月30日在市六届人大常委会第十七次会议上", "市发展改革委副主任 朱江"]
    assert join_points(lines, [True, False]) == [False, False]
    assert join_points(["二、加强应急救援队", "伍建设,提升能力。"], [True, False]) == [False, False]  # a heading alone


def test_blanks_beside_marks_and_before_a_clause_with_figures_go() -> None:
    # a PDF copy whose wraps became blanks wherever they fell (the wrapspaces variant of 261)
    line = "以科学发展观为指导 ,认真落实政策,第二产业 增加值38.9亿元,增长27.6%。人民生活进一步改善, 社会事业全面发展。"
    assert _marked(line) == line.replace(" ", "_")
    assert word_spaces("工作完成, 二、加强领导") == set()  # a label opens the next piece
    assert word_spaces("县长 张三, 副县长 李四") == set()  # a list of names: no clause runs on


_FARM = [  # 1178's shape: a wrapped copy whose lines lost a leader's name, so they print short of the width
    "庚子开年极不寻常,我县和全国一样遭遇突如其来的新冠肺炎疫情,县域经济社会",
    "发展受到巨大冲击。在以为核心的党中央坚强领导下,在省市和县委的正确",
    "领导下,全县上下众志成城,同舟共济,为打好疫情防控阻击战付出最大努力,",
    "并取得重大成果。当前,防疫任务依然艰巨,发展要务尤为迫切,必须采取强",
    "力措施战疫情、促发展,确保全年任务圆满完成。",
    "今年以来工作回顾",
    "一年来,面对复杂严峻的形势,全县上下坚定信心,攻坚克难,拼搏奋进,工作取",
    "得了显著成效,经济社会保持平稳健康发展,各项事业都取得了新的进步和发展。",
]


def test_a_wrapped_prose_line_printed_short_joins_when_it_stops_inside_a_clause() -> None:
    joins = join_points(_FARM, [True] * (len(_FARM) - 1) + [False])
    assert joins[1]  # …县委的正确 ⏎ 领导下,
    assert not joins[4] and not joins[5]  # a sentence's end; a title line


def test_a_wrapped_short_line_before_a_new_paragraph_or_a_name_stays() -> None:
    lines = [*_FARM[:4], "力措施战疫情、促发展,在以为核心的正确", "各位代表 同志们"]
    assert not join_points(lines, [True] * 5 + [False])[4]  # the next line runs on to no clause's mark
