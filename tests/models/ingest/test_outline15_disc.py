"""Outline shapes of session 15's discovery reports and the corpus families they belong to."""

from __future__ import annotations

from models.ingest.outline import build_outline
from models.types import walk_sections

PARA = "全年完成工业总产值11.83亿元，同比增长8.46%，较好完成了年度目标任务。"


def flat(text: str) -> list[tuple[int, str, str]]:
    return [(s.level, s.label, s.title) for s in walk_sections(build_outline(text))]


ROWS = ["序号", "目标任务", "责任单位", "1", "地区生产总值增长5.5%左右", "区发展改革委", "2", "固定资产投资增长6%左右"]
ROWS += ["区发展改革委", "3", "工业增加值增长7%左右", "区经济信息委"]
NOTICE_TAIL = ["附件：1. 重点任务分工及进度安排表", "2. 示范城市名单", "国务院", "2014年12月24日", "（此件公开发布）"]


def test_a_table_title_under_its_annex_label_is_the_attachments_heading() -> None:
    # 1324, 1344 (.docx), 1086, 544: 附件1 alone, the attachment's title, then a table's cells (no prose)
    lines = ["一、总体要求", PARA, "二、主要任务", PARA, *NOTICE_TAIL, "附件1", "重点任务分工及进度安排表"]
    lines += ["序号", "工作任务", "负责单位", "1", "积极发展金融服务外包业务", "商务部"]
    got = flat("\n".join(lines))
    assert got[2:] == [(1, "附件1", ""), (2, "", "重点任务分工及进度安排表")]


def test_a_long_table_title_under_its_annex_label_is_the_attachments_heading() -> None:
    # 1086: the title of a task table is as long as a document's title
    title = "2022年区政府工作报告经济社会发展预期目标任务分解表"
    lines = ["一、总体要求", PARA, *NOTICE_TAIL, "附件1", title, *ROWS]
    got = flat("\n".join(lines))
    assert got[1:] == [(1, "附件1", ""), (2, "", title)]


def test_a_sentence_under_an_annex_label_is_no_title() -> None:
    lines = ["一、总体要求", PARA, *NOTICE_TAIL, "附件1", "请各单位于每月5日前报送工作进展情况。", *ROWS]
    got = flat("\n".join(lines))
    assert got[1:] == [(1, "附件1", "")]
