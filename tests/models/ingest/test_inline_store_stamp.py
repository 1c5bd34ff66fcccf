"""A doc store's stamp glued onto the start of a one-line copy is cut; the report's title after it stays."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.inline_debris import leading_stamp
from tests.models.ingest.test_clean_props import check_map

TEXT = (
    "某局林业工作汇报某局系县政府组成部门，下属事业单位有林业技术推广中心，负责全县林业工作。"
    + "一、主要工作完成情况 全年完成造林1.2万亩，同比增长5%。" * 12  # a one-line copy runs on for pages
)


@pytest.mark.parametrize("stamp", ["精选优质文档-倾情为你奉上", "下载后可任意编辑", "编号:682553579"])
def test_a_stores_stamp_before_the_title_is_cut(stamp: str) -> None:
    text = stamp + TEXT
    assert leading_stamp(text) == len(stamp)
    assert clean(text).display_text.startswith("某局林业工作汇报")
    check_map(text)


def test_a_numbered_line_or_a_short_line_keeps_its_words() -> None:
    assert leading_stamp("一、下载后可任意编辑的文档平台建设。" * 5) == 0
    assert leading_stamp("下载后可任意编辑某局工作汇报") == 0  # a short line is the line rules' to judge
