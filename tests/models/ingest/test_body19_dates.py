"""Dates whose 年月日 were lost (metadata_dates.lost_marks_readings) and what they say about the document's date."""

from __future__ import annotations

from models.ingest import parse_bytes
from models.ingest.metadata_dates import lost_marks_readings, repair_date_text


def test_digits_alone_read_as_every_date_they_can_be() -> None:
    assert lost_marks_readings("2024327") == ["2024-03-27"]
    assert lost_marks_readings("2019114") == ["2019-01-14", "2019-11-04"]
    assert lost_marks_readings("202271日)") == ["2022-07-01"]
    assert lost_marks_readings("202012") == []  # a year and its month as much as a day
    assert lost_marks_readings("关于2019114") == []


def test_repair_still_writes_back_the_one_reading() -> None:
    assert repair_date_text("202091") == "2020年9月1日"
    assert repair_date_text("2019114") == "2019114"


def _notice(signature_date: str) -> str:
    return (
        "某区人民政府办公室关于印发2019年区政府工作报告确定的主要目标任务责任分解方案的通知\n"
        "发布于:2019-01-14 04:42\n"
        "各街道办事处,区人民政府各部门,各有关单位:\n"
        "经区政府同意,现将《2019年区政府工作报告确定的主要目标任务责任分解方案》印发给你们,请认真贯彻执行。\n"
        "某区人民政府办公室\n"
        f"{signature_date}\n"
        "一、加快推动高质量发展\n"
        "全年地区生产总值增长7.5%左右,规模以上工业增加值增长8%,固定资产投资增长10%。\n"
    )


def test_a_signature_date_that_reads_two_ways_leaves_the_date_unknown() -> None:
    # the notice dates itself by its signature, whose marks were lost (2019114: 1-14 or 11-4): the page's
    # posting time does not stand in for it (gold 1146, session 11)
    text = _notice("2019114")
    assert parse_bytes(text.encode(), "notice.txt").metadata.date is None


def test_a_signature_date_that_reads_one_way_dates_the_notice() -> None:
    text = _notice("2019325")
    assert parse_bytes(text.encode(), "notice.txt").metadata.date == "2019-03-25"
