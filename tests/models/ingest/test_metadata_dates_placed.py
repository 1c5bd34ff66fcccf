"""Dates the layout hides: a delivery line a package's contents list pushed down, a date line in a table cell,
a 政府信息公开 page's 公布日期 row (made-up snippets)."""

from __future__ import annotations

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.ingest.metadata_fields import parse_fields
from models.types import Metadata

PARA = "今年以来，全县财政运行总体平稳，收入稳步增长，支出结构持续优化，重点领域保障有力，同比增长5%。"


def _meta(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text)


def _contents(n: int) -> str:
    return "目录\n" + "".join(f"{i}、某某县2030年某项预算收支情况表\n" for i in range(1, n + 1))


def test_a_delivery_line_under_its_title_after_a_long_contents_list_dates_the_report() -> None:
    text = (
        _contents(18)
        + "关于某某县2030年预算执行情况和2031年预算草案的报告\n"
        + "——2030年12月20日在某某县第九届人民代表大会第二次会议上\n"
        + "某某县财政局\n各位代表:\n"
        + PARA * 4
    )
    assert _meta(text).date == "2030-12-20"


def test_a_dashed_date_line_deep_in_the_text_under_no_title_is_no_delivery_line() -> None:
    text = _contents(18) + "——2030年12月20日在某某县第九届人民代表大会第二次会议上\n" + PARA * 4
    assert _meta(text).date is None


def test_a_signature_date_in_a_table_cell_dates_the_notice() -> None:
    text = "关于表扬某某项目建设先进单位的通报\n各县区工信局:\n" + PARA * 4 + "特此通报。\n2030年2月9日 |\n"
    assert _meta(text).date == "2030-02-09"


def test_a_disclosure_page_publication_row_is_a_page_date() -> None:
    fields = parse_fields("公布日期: 2030-03-14 公开方式: 主动公开")
    assert fields is not None and ("发布日期", "公布日期", "2030-03-14") in fields
