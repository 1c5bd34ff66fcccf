"""A one-line copy of a report (a doc store's: every line break a blank): its run-on title and date."""

from __future__ import annotations

from models.ingest.metadata_oneline import one_line_date, one_line_page_date, one_line_title

_BODY = "过去一年,我们坚持稳中求进工作总基调,全县地区生产总值增长6.5%,一般公共预算收入增长8.1%。" * 12


def test_government_report_with_its_delivery_line() -> None:
    text = (
        "政 府 工 作 报 告 ——2021年1月4日在某县第十七届人民代表大会第五次会议上 某县人民政府县长 张三 "
        f"各位代表: 现在,我代表县人民政府向大会报告工作,请予审议。{_BODY}"
    )
    assert one_line_title(text) == "政府工作报告"
    assert one_line_date(text) == "2021-01-04"


def test_title_a_store_printed_twice_then_its_delivery_line() -> None:
    text = (
        "关于某市2020年度市本级预算执行和其他财政收支的审计工作报告 关于某市2020年度市本级预算执行和 "
        "其他财政收支的审计工作报告 ——2021年7月29日在某市第九届人民代表大会 常务委员会第四十一次会议上 "
        f"某市审计局局长 李四 主任、各位副主任,各位委员: {_BODY}"
    )
    assert one_line_title(text) == "关于某市2020年度市本级预算执行和其他财政收支的审计工作报告"
    assert one_line_date(text) == "2021-07-29"


def test_report_with_a_bracketed_date() -> None:
    text = f"2020年某区政府工作报告 (2020年1月8日) 各位代表: {_BODY}"
    assert one_line_title(text) == "2020年某区政府工作报告"
    assert one_line_date(text) == "2020-01-08"


def test_bureau_summary_signed_at_the_end() -> None:
    text = f"某市统计局2020年工作总结 时间:2021-02-10 2020年,{_BODY} 某市统计局 2021年1月26日"
    assert one_line_title(text) == "某市统计局2020年工作总结"
    assert one_line_date(text) == "2021-01-26"


def test_signature_date_in_chinese_numerals() -> None:
    text = f"某县教育局2020年工作总结 各位代表: {_BODY} 某县教育局 二〇二一年一月二十六日"
    assert one_line_date(text) == "2021-01-26"


def test_nothing_in_a_text_of_many_lines() -> None:
    text = "政府工作报告\n——2021年1月4日在某县第十七届人民代表大会第五次会议上\n" + _BODY.replace("。", "。\n")
    assert one_line_title(text) is None
    assert one_line_date(text) is None


def test_nothing_in_a_one_line_text_without_a_title_or_date() -> None:
    text = f"各辖市、区统计局: 为掌握统计机构现状,决定开展调查。{_BODY}"
    assert one_line_title(text) is None
    assert one_line_date(text) is None


def test_a_sentence_is_no_title() -> None:
    text = f"今年我们要认真落实政府工作报告 ——2021年是关键之年。{_BODY}"
    assert one_line_title(text) is None


def test_a_date_in_the_body_is_not_the_report_date() -> None:
    text = f"某县2020年工作总结 各位代表: {_BODY} 2019年3月5日召开的会议确定了目标。{_BODY}"
    assert one_line_date(text) is None


def test_page_date_field_run_into_the_head() -> None:
    text = f"发布时间:2025-10-20 10:05 信息来源:某市财政局 目录 第一部分 部门概况 {_BODY}"
    assert one_line_page_date(text) == "2025-10-20"
    assert one_line_page_date(f"某县2022年工作总结 日期:2022-07-28 来源:某县政府办公室 {_BODY}") == "2022-07-28"


def test_a_bare_page_time_is_no_page_date() -> None:
    assert one_line_page_date(f"某街道2022年工作总结 - 时间:2023-02-24 {_BODY}") is None
    assert one_line_page_date(f"归档时间:2023-02-24 {_BODY}") is None


def test_title_then_its_first_section_or_opening_sentence() -> None:
    assert one_line_title(f"某县林业工作总结及工作计划 一、2020年工作总结 {_BODY}") == "某县林业工作总结及工作计划"
    assert one_line_title(f"某县教育局2020年工作总结 2020年,在县委的领导下,{_BODY}") == "某县教育局2020年工作总结"


def test_a_sentence_before_the_first_section_is_no_title() -> None:
    assert one_line_title(f"现将有关情况报告如下: 一、基本情况 {_BODY}") is None


def test_a_section_heading_opening_the_text_is_no_title() -> None:
    assert one_line_title(f"一、2025年度目标任务完成情况 2025年,全县{_BODY}") is None
