"""A numbered heading a copy ran into the line before it gets its line break back, only on the document's evidence."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.ingest.clean import clean
from models.ingest.runin_breaks import runin_heading_edits


def _breaks(text: str) -> list[str]:
    return [text[e:] for _s, e, _r in runin_heading_edits(text, [])]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # 1692: the predecessors open their lines, (四) ran into the last figure's sentence
        (
            "(一)加大市容整治\n一是集中整治。\n(二)依法行政\n完成任务。\n(三)开展网格管理\n"
            "完成率达到99.8%。 (四)加强环卫工作",
            "(四)加强",
        ),
        # other brackets, other places and offices
        ("（一）农业生产\n粮食总产12万吨。\n（二）工业经济\n增长6.1%。　（三）固定资产投资\n完成投资。", "（三）固定"),
        ("一、综合\n全县生产总值增长5%。\n二、农业\n全年播种面积8521公顷。 三、工业\n增加值增长7%。", "三、工业"),
        ("(1)办件情况\n全年受理3万件。\n(2)网格管理\n结案率98%!  (3)环境整治\n清运垃圾。", "(3)环境"),
        # the labels the shared grammar reads (outline_lines.match_label): 〔一〕 as some stores' copies write (一)
        ("〔一〕农业生产\n粮食增产。\n〔二〕工业经济\n增长6.1%。 〔三〕服务业\n稳中有进。", "〔三〕服务"),
    ],
)
def test_a_run_in_heading_after_its_predecessor_on_a_line_is_parted(text: str, label: str) -> None:
    (after,) = _breaks(text)
    assert after.startswith(label)
    display = clean(text).display_text
    assert "\n" + label in display


@pytest.mark.parametrize(
    "text",
    [
        # a run-in enumeration: its predecessor runs on inside the paragraph too
        "主要做了三件事：(一)修路。 (二)建桥。 (三)植树。\n下一步工作。",
        # a one-line copy: the predecessor opens this very line, and no other break tells the copy's habit
        "一、经济态势喜人 全年增长5%。 二、社会事业进步 新建学校两所。 三、民生增进 新增就业。",
        "标题\n（一）农业 增长5%。 （二）工业 增长6%。",
        # a first label: nothing before it to follow
        "一、工作回顾\n全年增长5%。 (一)农业生产稳定。",
        # the predecessor on its line is another style's
        "(一)农业\n增长5%。 二、工业增长。",
        # no blank where a break was: written as one paragraph
        "(一)农业\n增长5%。(二)工业\n增长6%。",
        # another list's (二) came since the predecessor on its line: a list inside the paragraph
        "(一)农业\n内容：(一)种植。 (二)养殖。 (三)渔业。",
        # a range of numbers, no label (the shared grammar's 一、二季度): the sentence runs on
        "一、综合\n全县生产总值增长5%。 二、三季度增速回落。",
        "1、工业\n增长6%。 2、3月份产值回升。",
    ],
)
def test_a_run_in_label_without_the_documents_evidence_stays(text: str) -> None:
    assert runin_heading_edits(text, []) == []


def test_a_blank_another_edit_covers_stays() -> None:
    text = "(一)农业\n增长5%。 (二)工业"
    at = text.index(" ")
    assert runin_heading_edits(text, [(at, at + 1)]) == []


@given(st.text(alphabet="(一二三四)、。 \n增长5%", max_size=60))
def test_edits_only_turn_blanks_into_one_line_break(text: str) -> None:
    for s, e, r in runin_heading_edits(text, []):
        assert r == "\n" and e > s and text[s:e].strip(" \t\u3000") == ""
