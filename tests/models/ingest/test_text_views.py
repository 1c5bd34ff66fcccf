"""Same-length views of the display text: half-width Chinese punctuation read as full-width."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.ingest import parse_bytes
from models.ingest.text_views import full_width_view
from models.types import walk_sections

PAIRS = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", ".": "。", "(": "（", ")": "）"}
FULL = str.maketrans(PAIRS)


def test_the_marks_of_chinese_sentences_become_full_width() -> None:
    text = "(二)经济运行变化.工业生产稳定,增长5.2%.全年完成目标;时间:2022年(试行)!是否?"
    view = full_width_view(text)
    assert view == "（二）经济运行变化。工业生产稳定，增长5.2%。全年完成目标；时间：2022年（试行）！是否？"
    assert len(view) == len(text)


@pytest.mark.parametrize(
    "text",
    [
        "全年收入1,234万元。",  # a thousands separator
        "增长1.5%，达到10:30。",  # a decimal and a clock time
        "网址：www.gov.cn。",  # a host name
        "1.加强领导\n2.落实责任\n",  # numbered labels
        "一.概况\n二.主要做法\n",  # a Chinese numeral label written with a dot
        "See No. 5, in English (page 2)! Why? Because: yes.",  # English
        "第(1)项工作。",  # brackets around a number only
    ],
)
def test_numbers_labels_urls_and_english_are_left_alone(text: str) -> None:
    assert full_width_view(text) == text


def test_a_dot_between_chinese_stays_in_a_copy_that_writes_its_full_stops_full_width() -> None:
    text = "一、农业结构调整初见成效.农村经济稳定增长\n全年粮食增产。农民收入提高。\n"
    assert full_width_view(text) == text


def test_a_dot_between_two_title_phrases_stays_in_a_copy_that_writes_every_full_stop_half_width() -> None:
    # the lead's rule (gold README, fifth session): the dot ends the title only when a paragraph follows on the line
    text = "一、农业结构调整初见成效.农村经济稳定增长\n全年粮食增产.农民收入提高.\n"
    assert full_width_view(text) == "一、农业结构调整初见成效.农村经济稳定增长\n全年粮食增产。农民收入提高。\n"
    outline = parse_bytes(text.encode(), "r.txt").sections
    assert [s.title for s in walk_sections(outline)] == ["农业结构调整初见成效.农村经济稳定增长"]


def test_a_dot_before_a_clause_the_line_wraps_is_a_full_stop() -> None:
    text = "一、工作回顾\n因城施策去库存.目前三四线城市库存仍然较多,要\n支持居民购房需求.\n"
    assert full_width_view(text) == "一、工作回顾\n因城施策去库存。目前三四线城市库存仍然较多，要\n支持居民购房需求。\n"


def test_a_dot_after_a_bracket_the_view_made_full_width_is_counted_against_the_copys_own_full_stops() -> None:
    # (the 。 the view made in its first pass are not the copy's: 下同).市属… is a full stop as the others were)
    text = "四、工业增加值(劳动生产总值,下同).市属国有工业企业增加值66.97亿元,同比增长11%.\n全年完成.\n"
    assert full_width_view(text) == (
        "四、工业增加值（劳动生产总值，下同）。市属国有工业企业增加值66.97亿元，同比增长11%。\n全年完成。\n"
    )


def test_a_dot_before_a_circled_item_number_is_a_full_stop() -> None:
    text = "(三)森林资源保护.①严格执行森林限额采伐,实行专人办理.\n"
    assert full_width_view(text) == "（三）森林资源保护。①严格执行森林限额采伐，实行专人办理。\n"


def test_a_dot_after_a_templates_placeholder_is_a_full_stop() -> None:
    # (a template writes X or XX for a figure or a name: …位居全市前X.一、上半年工作回顾)
    text = "各项指标位居全市前X.一、上半年工作回顾(一)攻坚冲刺.全年新增XX.\n"
    assert full_width_view(text) == "各项指标位居全市前X。一、上半年工作回顾（一）攻坚冲刺。全年新增XX。\n"


def test_a_run_of_question_marks_is_a_lost_character_not_a_question() -> None:
    assert full_width_view("中国??发展") == "中国??发展"


def test_a_mark_made_full_width_lets_the_next_one_follow() -> None:
    assert full_width_view("(一),加强领导") == "（一），加强领导"


_ALPHABET = st.sampled_from(list("一二三中国发展年工作a1.,;:?!() \n%。，（）bZ9"))


@settings(max_examples=300, deadline=None)
@given(st.text(_ALPHABET, max_size=80))
def test_the_view_is_the_same_length_changes_only_marks_and_is_its_own_view(text: str) -> None:
    view = full_width_view(text)
    assert len(view) == len(text)
    for a, b in zip(text, view, strict=True):
        assert a == b or PAIRS.get(a) == b
    assert full_width_view(view) == view


REPORT_FULL = """某县2023年政府工作报告
各位代表：
现在，我代表县人民政府，向大会报告工作，请予审议。
一、2022年工作回顾
过去一年，全县经济运行稳中有进。全年地区生产总值达到120.5亿元，增长6.2%。
（一）经济发展质量稳步提升。工业生产稳定增长，规模以上工业增加值增长8.1%。
（二）民生保障持续改善。新增城镇就业1,200人，城乡居民收入稳步提高。
二、稳中求进，奋力开创新局面
（一）着力扩大有效投资。全年实施重点项目50个。
（二）持续优化营商环境。深化“放管服”改革。
"""


def _outline(text: str) -> list[tuple[int, str, str, int, int]]:
    doc = parse_bytes(text.encode("utf-8"), "report.txt")
    return [(s.level, s.label, s.title, s.start, s.heading_end) for s in walk_sections(doc.sections)]


def test_a_report_written_half_width_gets_the_outline_of_its_full_width_twin() -> None:
    half = REPORT_FULL.translate(str.maketrans({v: k for k, v in PAIRS.items() if k not in "?!"}))
    full_outline = _outline(REPORT_FULL)
    half_outline = _outline(half)
    assert len(full_outline) == 6
    assert [
        (lv, unicodedata.normalize("NFKC", lb), unicodedata.normalize("NFKC", t), s, e)
        for lv, lb, t, s, e in half_outline
    ] == [
        (lv, unicodedata.normalize("NFKC", lb), unicodedata.normalize("NFKC", t), s, e)
        for lv, lb, t, s, e in full_outline
    ]
    # the clerk sees the copy's own characters
    assert [lb for _lv, lb, _t, _s, _e in half_outline if lb.startswith("(")] == ["(一)", "(二)", "(一)", "(二)"]
    assert "稳中求进,奋力开创新局面" in [t for _lv, _lb, t, _s, _e in half_outline]
