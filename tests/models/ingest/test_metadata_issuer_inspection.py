"""A 督查 bulletin's inspection office, placed by a page field or written in full by its masthead (1067, 1131, 1132)."""

from __future__ import annotations

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.ingest.metadata_issuer_inspection import inspection_office

OPENING = "近期,县政府督查室对2030年第八次县政府常务会议确定事项落实情况开展了专项督查,现通报如下。"
PARA = "各责任单位要进一步细化工作措施,压实工作责任,精准发力,狠抓落实,确保按时完成各项目标任务。" * 3


def test_the_office_is_placed_by_the_page_field_that_names_its_county() -> None:
    lines = [OPENING, "一、总体情况"]
    assert inspection_office(lines, ("公开责任部门:宁远县政府办公室 公开形式:主动公开",), "") == "宁远县政府督查室"
    assert inspection_office(lines, ("时间:2030-10-16 10:41 信息来源:宁远县[ ]",), "") == "宁远县政府督查室"


def test_the_masthead_writing_the_office_in_full_gives_the_full_name() -> None:
    lines = ["根据县政府工作安排,县政府督查室对县《政府工作报告》上半年落实情况进行了专项督查。"]
    masthead = "宁远县政务督查\n宁远县人民政府督查室           2030年8月19\n"
    assert inspection_office(lines, (), masthead) == "宁远县人民政府督查室"


def test_no_place_on_the_page_gives_no_office() -> None:
    assert inspection_office([OPENING], ("发布时间:2030-01-27",), "") is None
    assert inspection_office(["县政府召开常务会议,研究部署重点工作。"], ("信息来源:宁远县",), "") is None


def test_a_bulletin_on_a_portal_reads_as_its_county_inspection_office() -> None:
    text = "2030年第八次县政府常务会议确定事项落实情况的通报\n\n时间:2030-10-16 10:41  信息来源:宁远县\n\n"
    text += OPENING + "\n" + PARA
    assert extract_metadata(clean(text), (), source_name="x.txt", original=text).issuer == "宁远县政府督查室"
