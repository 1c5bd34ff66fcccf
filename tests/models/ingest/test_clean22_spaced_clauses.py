"""Session 22, joins: a PDF's stretched line leaves several blanks inside one clause (1939 ``为 指 导,``,
``稳中 求进工 作总基调``, ``“三 高四新”``), and a doc store's chunk number before a long run-in text is no heading's
label (1917 ``1、政府工作报告…各位代表:现在,…并请省政协 委员…``)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from models.ingest.clean import clean
from models.ingest.clean_word_spaces import word_spaces
from tests.models.ingest.test_clean_props import check_map


def _marked(line: str) -> str:
    gone = word_spaces(line)
    return "".join("_" if k in gone else ch for k, ch in enumerate(line))


# a one-line copy whose other blanks stand at pieces' edges (after a sentence's end, a spaced label ``1 .``)
_EDGES = "的发展阶段。 重点在防返贫上下功夫。2 .大力发展特色农业"


def test_every_blank_of_a_clause_marks_open_and_close_goes_when_one_parts_a_word() -> None:
    line = "社会稳定。全乡要坚持以新时代中国特色社会主义思想为 指 导,全面贯彻会议精神," + _EDGES
    assert _marked(line).startswith("社会稳定。全乡要坚持以新时代中国特色社会主义思想为_指_导,")
    line = "发展。全区坚决落实稳中 求进工 作总基调,立足新发展阶段," + _EDGES
    assert _marked(line).startswith("发展。全区坚决落实稳中_求进工_作总基调,")
    line = "各村按照市委“两 区一城”、县委“三 个率先”的战略部署," + _EDGES
    assert _marked(line).startswith("各村按照市委“两_区一城”、县委“三_个率先”")


def test_a_clauses_blanks_stay_when_no_word_or_quotation_shows_a_stray() -> None:
    line = "发展。各镇落实好会议 部署 要求,立足新发展阶段," + _EDGES  # 议部, 署要: no word across
    assert " 部署 要求" in line and set(word_spaces(line)) <= {line.index("。 ") + 1}
    assert word_spaces("一、坚持统筹兼顾，推动协 调 发展 各地区各部门要加强领导，" + _EDGES) == set()
    assert word_spaces("工作完成。 全区 经 济保持平稳，" + _EDGES) == set()  # a piece's edge opens the run


def test_a_chunk_number_before_a_run_in_text_is_no_headings_label() -> None:
    line = (
        "1、政府工作报告2024年1月在某省人民代表大会上各位代表:现在,向大会报告工作,"
        "并请省政协 委员和其他列席人员提出意见。"
    )
    assert _marked(line).endswith("并请省政协_委员和其他列席人员提出意见。")
    line = "3、各位代表:现在,我代表市人民政府向大会报告工作,请市政协 委员提出意见。"
    assert _marked(line).endswith("请市政协_委员提出意见。")
    # a heading's own clause keeps its label's say: the blank may end the heading
    assert word_spaces("一、坚持统筹兼顾，推动协调发展 各地区各部门要加强领导，") == set()
    assert word_spaces("（二）深化改革，推动协调发展 各地区各部门要加强领导，") == set()


def test_the_display_loses_a_stretched_lines_blanks_and_keeps_its_map() -> None:
    text = (
        "镇2023年工作要点\n今年是关键之年。全镇要坚持以新思想为 指 导,坚持稳中 求进工 作总基调,"
        "推进“三 高四新”战略。 重点在防返贫上下功夫。\n"
    )
    shown = clean(text).display_text
    assert "为指导,坚持稳中求进工作总基调,推进“三高四新”战略" in shown
    check_map(text)


_HAN = st.sampled_from(list("指导工作稳中求进三高四新全区"))
_MARK = st.sampled_from(list("，。、“”"))


@given(st.lists(st.one_of(_HAN, _MARK, st.just(" "), st.just("1")), min_size=1, max_size=40))
def test_spaced_clause_blanks_are_blanks_and_cleaning_keeps_an_exact_map(chars: list[str]) -> None:
    line = "".join(chars)
    assert all(line[i] == " " for i in word_spaces(line))
    check_map("一、概况\n" + line + "\n")
