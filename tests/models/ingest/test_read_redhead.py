"""The red header of a 红头文件 fills metadata the text left empty and joins a title split over two lines."""

from __future__ import annotations

from models.ingest.redhead import fill_from_red_header, read_red_header
from models.types import Metadata

NOTICE = """南京市人民政府办公厅文件
宁政办发〔2019〕55号
市政府办公厅关于印发南京市打造软件
和信息服务产业地标行动计划的通知
各区人民政府，市府各委办局，市各直属单位：
经市政府同意，现将《行动计划》印发给你们，请认真贯彻落实。
南京市人民政府办公厅
2019年11月21日
（此件公开发布）
"""


def test_mark_number_split_title_and_signature_date() -> None:
    head = read_red_header(NOTICE)
    assert head.issuer == "南京市人民政府办公厅"
    assert head.doc_number == "宁政办发〔2019〕55号"
    assert head.title == "市政府办公厅关于印发南京市打造软件和信息服务产业地标行动计划的通知"
    assert head.date == "2019-11-21"


def test_only_empty_fields_are_filled_and_a_split_title_is_joined() -> None:
    found = Metadata(title="和信息服务产业地标行动计划的通知", issuer="南京市人民政府", date=None)
    filled = fill_from_red_header(found, NOTICE)
    assert filled.title == "市政府办公厅关于印发南京市打造软件和信息服务产业地标行动计划的通知"
    assert filled.issuer == "南京市人民政府"  # the text's own finding stands
    assert filled.date == "2019-11-21"


def test_a_text_without_a_doc_number_line_is_left_alone() -> None:
    text = "某市统计局2023年工作总结\n一、总体情况\n某市统计局\n2023年12月28日\n"
    meta = Metadata(title="某市统计局2023年工作总结")
    assert fill_from_red_header(meta, text) == meta


def test_a_doc_number_cited_in_the_body_is_not_a_red_header() -> None:
    text = "\n".join(["工作总结"] + [f"正文第{i}段。" for i in range(20)] + ["苏府〔2014〕69号"])
    assert read_red_header(text).doc_number is None
