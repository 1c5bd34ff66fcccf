"""Titles at first sight (session 19b): a farm's compilation word glued after the report's kind
(``…工作总结和下半年工作重点汇编``) is the farm's, not the report's title (1630; like 986/1006/1129 ``…汇编(6篇)``)."""

from __future__ import annotations

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.types import Metadata


def _read(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text)


PARA = (
    "2019年,我局继续深入贯彻落实全国、省、市教育工作会议精神,各项工作取得了新的进展,"
    "全县学前教育毛入园率达到92%,义务教育巩固率达到96%。\n\n一、主要工作\n\n(一)抓好队伍建设。全年培训教师1200人次。\n"
)


def test_compilation_word_after_kind_is_dropped() -> None:
    text = "教育局2019年上半年工作总结和下半年工作重点汇编\n\n" + PARA
    assert _read(text).title == "教育局2019年上半年工作总结和下半年工作重点"


def test_compilation_word_after_report_is_dropped() -> None:
    text = "某县林业局2020年工作总结汇编\n\n" + PARA
    assert _read(text).title == "某县林业局2020年工作总结"


def test_a_compilation_as_the_document_is_not_cut() -> None:
    # a yearbook's own 资料汇编 is the document, not a farm's word after a report's kind
    text = "某县2020年统计资料汇编\n\n" + PARA
    assert _read(text).title != "某县2020年统计资料"
