"""The document's own 公开 note (``公开时间:2024年10月25日`` under a 决算's 目录, 296, 396; ``公开日期:2024926``, 1739) is
the document's own date: it beats the page's ``发布时间`` and is read, like a signature date that lost its 年/月/日, when
its digits allow one calendar date (586, 919)."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.types import Metadata


def _read(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text)


TOC = "目录\n\n{note}\n\n第一部分 单位概况\n\n一、主要职责\n\n二、机构设置\n\n第二部分 {year}年度单位决算情况说明\n\n"
BODY = "一、主要职责\n\n本单位主要职责是承担全市中医医疗服务,开展中医药科研和教学工作。\n\n二、机构设置\n\n本单位内设科室18个。\n"


@pytest.mark.parametrize(
    ("head", "note", "expected"),
    [
        ("泸州市中医医院", "公开日期:2024926", "2024-09-26"),
        ("剑阁县人力资源和社会保障局", "公开时间:2024年10月27日", "2024-10-27"),
        ("阿坝县公安局", "公开时间:2022-9-30", "2022-09-30"),
        ("某市第一人民医院", "公开日期:2023815", "2023-08-15"),
    ],
)
def test_the_own_note_beats_the_page_date(head: str, note: str, expected: str) -> None:
    year = int(expected[:4]) - 1
    text = (
        f"{year}年度{head}单位决算\n来源:{head}    发布时间:{expected[:4]}-08-02 16:08:34\n\n"
        + TOC.format(note=note, year=year)
        + BODY
    )
    assert _read(text).date == expected


def test_an_own_note_whose_digits_read_two_ways_gives_no_date_of_its_own() -> None:
    text = "2023年度某县卫生院单位决算\n来源:某县卫生院    发布时间:2024-09-24 16:08:34\n\n"
    text += TOC.format(note="公开日期:2024112", year=2023) + BODY
    assert _read(text).date == "2024-09-24"  # (1-12 or 11-2: the page's date stands)


def test_the_note_agreeing_with_the_page_changes_nothing() -> None:
    text = "2023年度某县公安局部门决算\n\n发布日期:2024-10-25    浏览量:次\n\n"
    text += TOC.format(note="公开时间:2024年10月25日", year=2023) + BODY
    assert _read(text).date == "2024-10-25"
