"""Outline shapes of web pages and excerpts that the corpus has few of (session 11): each test is a short made-up
text of the shape."""

from __future__ import annotations

from models.ingest.outline import build_outline
from models.ingest.outline_lines import split_lines
from models.ingest.outline_numbered_score import first_prose
from models.types import walk_sections

PARA = "今年以来，全镇上下紧紧围绕年度目标任务，真抓实干，各项工作取得了明显成效。"
TOPICS = "主要指标保持平稳。重点项目有序推进。营商环境不断优化。"


def flat(text: str) -> list[tuple[int, str, str]]:
    return [(s.level, s.label, s.title) for s in walk_sections(build_outline(text))]


def test_a_page_greeting_is_no_prose_and_the_title_under_it_is_no_heading() -> None:
    # a portal's header greets the reader with an exclamation; the report's title and its copy follow, then prose
    lines = ["网站支持IPv6 某某县人民政府  欢迎您!", "", "某某镇2022年上半年工作总结", "", "发布时间:2022-08-18"]
    lines += ["内容概述 某某镇2022年上半年工作总结", "", "某某镇2022年上半年工作总结", "", PARA, ""]
    lines += ["(一)经济运行态势良好", "", TOPICS, "", "(二)项目建设加速推进", "", TOPICS]
    got = flat("\n".join(lines))
    assert got == [(1, "(一)", "经济运行态势良好"), (1, "(二)", "项目建设加速推进")]


def test_a_short_exclamation_line_before_the_title_changes_nothing_else() -> None:
    lines = ["欢迎访问本网站！", "某某局2021年工作总结", PARA, "一、主要工作", PARA, "二、存在问题", PARA]
    assert flat("\n".join(lines)) == [(1, "一、", "主要工作"), (1, "二、", "存在问题")]


def test_a_part_named_by_its_period_alone_under_the_reports_title_governs_the_sections() -> None:
    # a 政府工作报告 whose first part is its summary of the past year: the part names no issuer, unlike a title
    lines = ["2017年某某街道办事处政府工作报告", "", "2016年工作总结", "", PARA, "", "一、经济发展稳中有进。" + PARA]
    lines += ["", "二、城市建设扎实推进。" + PARA]
    got = flat("\n".join(lines))
    assert got == [(1, "", "2016年工作总结"), (2, "一、", "经济发展稳中有进"), (2, "二、", "城市建设扎实推进")]


def test_the_whole_documents_kind_again_with_its_year_is_no_part() -> None:
    # the title written again with its year under it names the whole document, not its first part
    lines = ["某某局上半年工作总结", "", "2023年上半年工作总结", PARA, "(一)基本情况", "1、全区现有学校16所。" + PARA]
    lines += ["2、全区现有医院3所。" + PARA]
    got = flat("\n".join(lines))
    assert got[0] == (1, "(一)", "基本情况")


def test_an_excerpt_opening_at_the_review_part_keeps_it_as_the_top_heading() -> None:
    # a page starting inside a report, at its review part, with no title above it
    lines = ["2024年工作回顾", "过去一年，面对复杂形势，全区上下砥砺奋进，经济社会发展取得新成效。"]
    lines += ["1.乡村振兴扎实推进,粮食生产再获丰收", PARA, "2.产业集群效应全面显现,发展动能持续增强", PARA]
    got = flat("\n".join(lines))
    assert got[0] == (1, "", "2024年工作回顾")
    assert got[1][:2] == (2, "1.")


def test_a_speechs_salutation_is_its_first_prose_a_pages_greeting_is_not() -> None:
    salute = "政府工作报告\n各位代表！\n现在，我代表政府向大会报告工作，请予审议。\n"
    lines = split_lines(salute)
    assert first_prose(salute, lines) == salute.index("各位代表")
    page = "欢迎访问本网站！\n某某局2021年工作总结\n" + PARA + "\n"
    assert first_prose(page, split_lines(page)) == page.index(PARA)
