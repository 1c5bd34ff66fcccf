"""Titles of session 15's third discovery round: a line above the title that is no part of it (a portal's
row of index-field labels, a page's masthead of place and weekday date)."""

from __future__ import annotations

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.ingest.metadata_title_choice import choose_title
from models.types import Metadata


def _read(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text)


def test_a_row_of_index_field_labels_is_no_part_of_the_title_under_it() -> None:
    head = ["文    号成文日期:2007-01-21发布日期:2007-01-25", "体    裁生效日期废止日期", "政府工作报告"]
    assert choose_title(None, head).value == "政府工作报告"


def test_a_row_of_labels_with_a_strong_key_is_no_part_of_the_title_under_it() -> None:
    head = ["成文日期 2021-02-22 废止日期", "有效性", "2021年工作总结"]
    assert choose_title(None, head).value == "2021年工作总结"


def test_a_mastheads_place_and_weekday_date_are_no_part_of_the_title() -> None:
    head = ["天津市静海区人民政府 2019年12月3日星期二", "静海区2023年度法治政府建设情况报告"]
    assert choose_title(None, head).value == "静海区2023年度法治政府建设情况报告"


def test_a_masthead_with_a_weekday_over_a_short_title() -> None:
    head = ["某县人民政府网 2024年5月17日 星期五", "2023年工作总结"]
    assert choose_title(None, head).value == "2023年工作总结"


def test_a_title_split_over_two_lines_still_joins() -> None:
    head = ["吉林省2020年国民经济和社会发", "展统计公报"]
    assert choose_title(None, head).value == "吉林省2020年国民经济和社会发展统计公报"


def test_a_farms_tag_mark_glued_to_the_title_is_no_part_of_it() -> None:
    head = [
        "#2009年南昌县人民政府工作报告 | 来源: 网络整理| 查看: 265",
        "—— 2009 年2 月19 日 在南昌县第十四届人民代表大会第三次会议上",
    ]
    assert choose_title(None, head).value == "2009年南昌县人民政府工作报告"


def test_a_markdown_headings_marks_are_still_taken_off() -> None:
    assert choose_title(None, ["## 某县2023年工作总结"]).value == "某县2023年工作总结"


SUMMARY = (
    "泉州市卫生健康委员会2022年卫生健康工作总结\n{time_line}\n\n"
    "2022年,市卫健委坚持以习近平新时代中国特色社会主义思想为指导,高效统筹疫情防控和卫生健康事业高质量发展。\n"
    "一、主要工作\n(一)疫情防控有力有效。全年完成核酸检测1200万人次。\n二、2023年工作安排\n做好各项工作。\n"
)


def test_a_portals_time_line_with_its_view_counter_dates_the_report() -> None:
    assert _read(SUMMARY.format(time_line="时间:2023-02-13 11:24 浏览量:")).date == "2023-02-13"


def test_a_portals_bare_date_with_its_view_counter_dates_the_report() -> None:
    assert _read(SUMMARY.format(time_line="时间:2023-03-27  浏览次数:")).date == "2023-03-27"


def test_a_stamp_to_the_second_with_a_view_counter_dates_nothing() -> None:
    assert _read(SUMMARY.format(time_line="时间:2022-05-31 17:40:02 浏览量:")).date is None


def test_a_bare_page_time_alone_still_dates_nothing() -> None:
    assert _read(SUMMARY.format(time_line="时间:2023-02-13 11:24")).date is None


def test_a_kind_in_book_marks_after_its_year_names_the_report() -> None:
    head = ["长沙县人民政府2014年《政府工作报告》", "——2014年2月19日在长沙县第十六届人民代表大会第三次会议上"]
    assert choose_title(None, head).value == "长沙县人民政府2014年《政府工作报告》"


def test_a_title_naming_a_report_in_book_marks_mid_line_is_not_read_so() -> None:
    assert choose_title(None, ["认真学习《政府工作报告》精神"]).value is None


def test_a_regions_chairman_keeps_the_autonomous_region_in_the_government() -> None:
    from models.ingest.metadata_government import government_issuer

    for line in ("内蒙古自治区主席 巴特尔", "内蒙古自治区人民政府主席 巴特尔", "内蒙古自治区代主席 巴特尔"):
        assert government_issuer("政府工作报告", ["政府工作报告", line]).value == "内蒙古自治区人民政府"
    guangxi = government_issuer("政府工作报告", ["政府工作报告", "广西壮族自治区主席  陈武"])
    assert guangxi.value == "广西壮族自治区人民政府"


def test_a_delivery_line_that_lost_its_day_mark_too_is_read_when_one_reading_is_a_date() -> None:
    from models.ingest.metadata_dates import lost_marks_date

    assert lost_marks_date("2011221在株洲县第十届人民代表大会第五次会议上") == "2011-02-21"
    assert lost_marks_date("——2018724在山东省第十三届人民代表大会常务委员会第四次会议上") == "2018-07-24"


def test_digits_before_zai_in_a_sentence_are_no_delivery_date() -> None:
    from models.ingest.metadata_dates import lost_marks_date

    assert lost_marks_date("2011221在全县推广") is None
    assert lost_marks_date("2011112在株洲县第十届人民代表大会第五次会议上") is None  # 1-12 or 11-2
