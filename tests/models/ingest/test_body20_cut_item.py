"""An item's first line whose last word a blank line cut (1454 ``(一)、街办主管领导亲历亲为,认真核查惠民资金应`` ⏎⏎
``用,积极完善…``): the next line opens on a clause of one character, which no clause is, and the word runs across."""

from __future__ import annotations

from models.ingest.clean import clean
from models.ingest.clean_wraps import page_cut_runs

_PARA = "为了确保今年的专项资金真正惠及群众,我们制定了实施细则,对每个项目都进行了两次全面核查,并接受了市里的抽查。"


def test_an_item_cut_inside_its_last_word_runs_on() -> None:
    lines = [_PARA, "(二)、镇主要领导亲自过问,认真审核专项资金应", "用,积极完善项目程序,促进项目的社会监督。", _PARA]
    assert page_cut_runs(lines, [False, True, True, True]) == {2}


def test_a_heading_before_its_paragraph_stays() -> None:
    # 757: 展现 runs across, but 现在 is a clause of two characters that opens a paragraph
    lines = [_PARA, "二、抓紧有利时机，加快经济发展", "现在，我国国内条件具备，国际环境有利。", _PARA]
    assert page_cut_runs(lines, [False, True, True, True]) == set()
    lines = [_PARA, "一、基本情况", "对,我们这样做。今年全镇经济稳步增长。", _PARA]
    assert page_cut_runs(lines, [False, True, True, True]) == set()


def test_a_line_ending_on_a_clause_of_one_character_runs_on_across_a_page() -> None:
    # 1345 ``…参与国际交往的实际需要，对`` ⏎ (page number, blank lines) ⏎ ``企业高中级管理人员…``;
    # 1090 ``…,发`` ⏎⏎ ``展能级…``
    text = (
        "第十五条　根据重点企业参与国际交往的实际需要，对\n\n\n"
        "企业高级管理人员和技术人员简化出入境审批手续，适当延长有效期。\n"
        "第十六条　本办法自发布之日起施行。\n"
    )
    shown = clean(text).display_text
    assert "实际需要，对企业高级管理人员" in shown
    assert "延长有效期。\n第十六条" in shown
