"""Metadata families seen on first-seen web excerpts: portal suffixes, store chunks, run-in titles, places."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.types import Metadata

SALUTE = "各位代表：\n现在，我代表市人民政府，向大会报告工作，请予审议。\n一、过去一年工作回顾\n全市生产总值增长6%。"


def _meta(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt")


@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("某某市政府工作报告(2022年1月13日 张三)", "某某市政府工作报告"),
        ("2024年某某市政府工作报告（全文）", "2024年某某市政府工作报告"),
    ],
)
def test_a_portals_suffix_is_left_off_the_title(first: str, title: str) -> None:
    meta = _meta(first + "\n——2022年1月13日在某某市第十七届人民代表大会第一次会议上\n市长 张三\n" + SALUTE)
    assert meta.title == title


def test_an_index_line_without_its_colon_is_not_part_of_the_title() -> None:
    meta = _meta("监督索引号5309220063190100\n某某市某县财政局2022年度部门决算\n目录\n第一部分 某县财政局概况\n一、主要职能\n")
    assert meta.title == "某某市某县财政局2022年度部门决算"
    assert meta.issuer == "某某市某县财政局"
