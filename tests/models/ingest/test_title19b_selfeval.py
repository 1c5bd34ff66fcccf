"""Titles at first sight (session 19b): a department's 绩效自评表 is a kind of document (like a 分解表), and the own
title under a page heading that ends with it is a second copy, never the heading's wrapped last words (1162)."""

from __future__ import annotations

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.types import Metadata


def _read(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text)


TABLE = "单位名称\n\n某区林业局\n\n年度资金总额\n\n4753.66万元\n\n年度总体目标\n\n完成造林1.2万亩。\n"


def test_self_evaluation_table_is_a_title() -> None:
    text = "2021年某区林业局部门整体支出绩效自评表\n\n" + TABLE
    assert _read(text).title == "2021年某区林业局部门整体支出绩效自评表"


def test_copy_of_the_heading_end_is_not_joined_to_it() -> None:
    text = "2021年某区林业局部门整体支出绩效自评表\n部门整体支出绩效自评表\n\n" + TABLE
    assert _read(text).title != "2021年某区林业局部门整体支出绩效自评表部门整体支出绩效自评表"
