"""A copy run together on one line that writes each line break as one blank, which cleaning takes out: the
outline reads the breaks it stood for (text_views.blanks_taken_out), not a PDF copy's wraps."""

from __future__ import annotations

from models.ingest import parse_raw
from models.ingest.read import RawText
from models.ingest.text_views import blanks_taken_out
from models.types import walk_sections

PARA = "全年完成工业总产值11.83亿元，同比增长8.46%，较好完成了年度目标任务，各项工作取得新进展。"


def heads(text: str) -> list[tuple[int, str, str]]:
    parsed = parse_raw(RawText(text, None, "txt", "0" * 64), "报告.txt")
    return [(s.level, s.label, s.title) for s in walk_sections(parsed.sections)]


def test_a_heading_of_a_one_line_copy_ends_at_the_blank_that_stood_for_its_line_break() -> None:
    lines = [
        "某局2019年工作总结",
        "一、与时俱进，强化学习，不断提高自身素养",
        "认真学习新思想，在思想上始终保持高度一致。" + PARA,
    ]
    lines += ["二、履责尽职，求真务实，促进水利跨越发展", "全年完成水利投资三亿元，较好完成了年度目标任务。" + PARA]
    got = heads(" ".join(lines))
    assert (1, "一、", "与时俱进，强化学习，不断提高自身素养") in got
    assert (1, "二、", "履责尽职，求真务实，促进水利跨越发展") in got


def test_blanks_after_pieces_as_long_as_the_pdf_line_width_are_wraps() -> None:
    # a PDF copy whose wraps became blanks: pieces of the line width (14), then a paragraph's last line
    rows = [
        "全年完成工业总产值十一亿元同比",
        "增长八个百分点较好完成了年度目",
        "标任务各项工作取得新的进展和成",
        "效各乡镇各部门通力协作共同推进",
        "重点项目建设取得了明显的成效全",
        "年新开工项目二十个",
    ]
    original = " ".join(rows) + "。"
    display = original.replace(" ", "")
    to_original = [i for i, c in enumerate(original) if c != " "] + [len(original)]
    blanks = blanks_taken_out(original, display, to_original)
    assert blanks == frozenset()  # every piece before a blank is a full line


def test_no_blank_taken_out_leaves_nothing() -> None:
    assert blanks_taken_out("一、总结", "一、总结", [0, 1, 2, 3, 4]) == frozenset()


def test_a_stray_blank_parting_a_word_before_a_lone_character_and_a_comma_does_not_cut_the_heading() -> None:
    # a one-line copy whose heading also holds a stray blank inside a word (环境保护方 式,): no piece opens with a
    # lone character and a comma, so the blank is no line break and the heading runs on to its end
    for head, parted in (
        ("积极创新环境保护方式,努力探索环境和谐发展新路子", "方式"),
        ("做好粮食能源保障和安全生产等工作,确保全市经济平稳运行", "工作"),
        ("健全农业方面的法律法规，推进依法行政", "法规"),
    ):
        split = head.replace(parted, parted[0] + " " + parted[1], 1)
        text = "某区分局2007年上半年工作总结 " + PARA + " 一、" + split + " " + PARA
        text += " 二、不断强化环境综合管控,节能减排工作打开了局面 " + PARA
        got = heads(text)
        assert (1, "一、", head) in got, got
        assert (1, "二、", "不断强化环境综合管控,节能减排工作打开了局面") in got


def test_a_heading_s_blank_after_a_sentence_s_break_is_no_wrap() -> None:
    # a PDF copy whose wraps became blanks (width 14), a paragraph's last line closed by 。, then the next heading
    # after a blank: the heading's own blank ends a piece measured from that break (6), not from the last wrap
    # (8 + 6 = the width), so it stands for a line break (2317's 提出意见。 一、2022年工作回顾 刚刚过去的…)
    rows = [
        "全年完成工业总产值十一亿元同比",
        "增长八个百分点较好完成了年度目",
        "标任务各项工作取得新的进展和成",
        "效各乡镇各部门通力协作共同推进",
        "重点项目建设取得了明显的成效全",
        "年新开工项目共计二十",
        "个请提出意见。",
    ]
    original = " ".join(rows) + " 一、工作回顾 刚刚过去的一年是极不平凡的一年。"
    display = original.replace(" ", "")
    to_original = [i for i, c in enumerate(original) if c != " "] + [len(original)]
    blanks = blanks_taken_out(original, display, to_original)
    assert display.index("刚刚") in blanks
    assert display.index("增长") not in blanks  # the wraps stay wraps
