"""A one-line copy of a report (a doc store's: every line break a blank) reads as the lined copy it stands for."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.ingest.metadata_oneline import is_one_line, lined_copy
from models.ingest.metadata_page_lines import lines_set_aside_below
from models.ingest.title_blocks import wrapped_into_aside
from models.types import Metadata

_BODY = "过去一年,我们坚持稳中求进工作总基调,全县地区生产总值增长6.5%,一般公共预算收入增长8.1%。" * 12


def _meta(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="x.txt", original=text)


def test_government_report_with_its_delivery_line() -> None:
    text = (
        "政 府 工 作 报 告 ——2021年1月4日在某县第十七届人民代表大会第五次会议上 某县人民政府县长 张三 "
        f"各位代表: 现在,我代表县人民政府向大会报告工作,请予审议。{_BODY}"
    )
    meta = _meta(text)
    assert (meta.title, meta.date, meta.issuer) == ("政府工作报告", "2021-01-04", "某县人民政府")


def test_title_a_store_printed_twice_then_its_delivery_line() -> None:
    text = (
        "关于某市2020年度市本级预算执行和其他财政收支的审计工作报告 关于某市2020年度市本级预算执行和 "
        "其他财政收支的审计工作报告 ——2021年7月29日在某市第九届人民代表大会 常务委员会第四十一次会议上 "
        f"某市审计局局长 李四 主任、各位副主任,各位委员: {_BODY}"
    )
    meta = _meta(text)
    assert (meta.title, meta.date) == ("关于某市2020年度市本级预算执行和其他财政收支的审计工作报告", "2021-07-29")


def test_report_with_a_bracketed_date() -> None:
    meta = _meta(f"2020年某区政府工作报告 (2020年1月8日) 各位代表: {_BODY}")
    assert (meta.title, meta.date) == ("2020年某区政府工作报告", "2020-01-08")


def test_bureau_summary_signed_at_the_end() -> None:
    meta = _meta(f"某市统计局2020年工作总结 时间:2021-02-10 2020年,{_BODY} 某市统计局 2021年1月26日")
    assert (meta.title, meta.date) == ("某市统计局2020年工作总结", "2021-01-26")


def test_signature_date_in_chinese_numerals() -> None:
    assert _meta(f"某县教育局2020年工作总结 各位代表: {_BODY} 某县教育局 二〇二一年一月二十六日").date == "2021-01-26"


def test_a_text_of_many_lines_is_not_one_line() -> None:
    text = "政府工作报告\n——2021年1月4日在某县第十七届人民代表大会第五次会议上\n" + _BODY.replace("。", "。\n")
    assert not is_one_line(text)
    assert lined_copy(text) is None


def test_nothing_in_a_one_line_text_without_a_title_or_date() -> None:
    meta = _meta(f"各辖市、区统计局: 为掌握统计机构现状,决定开展调查。{_BODY}")
    assert (meta.title, meta.date) == (None, None)


def test_a_date_in_the_body_is_not_the_report_date() -> None:
    assert _meta(f"某县2020年工作总结 各位代表: {_BODY} 2019年3月5日召开的会议确定了目标。{_BODY}").date is None


def test_page_date_field_run_into_the_head() -> None:
    assert _meta(f"发布时间:2025-10-20 10:05 信息来源:某市财政局 目录 第一部分 部门概况 {_BODY}").date == "2025-10-20"
    assert _meta(f"某县2022年工作总结 日期:2022-07-28 来源:某县政府办公室 {_BODY}").date == "2022-07-28"


def test_a_bare_page_time_is_no_page_date() -> None:
    assert _meta(f"某街道2022年工作总结 - 时间:2023-02-24 {_BODY}").date is None
    assert _meta(f"归档时间:2023-02-24 {_BODY}").date is None


def test_title_then_its_first_section_or_opening_sentence() -> None:
    assert _meta(f"某县林业工作总结及工作计划 一、2020年工作总结 {_BODY}").title == "某县林业工作总结及工作计划"
    assert _meta(f"某县教育局2020年工作总结 2020年,在县委的领导下,{_BODY}").title == "某县教育局2020年工作总结"


def test_a_sentence_before_the_first_section_is_no_title() -> None:
    assert _meta(f"现将有关情况报告如下: 一、基本情况 {_BODY}").title is None


def test_a_section_heading_opening_the_text_is_no_title() -> None:
    assert _meta(f"一、2025年度目标任务完成情况 2025年,全县{_BODY}").title is None


def test_a_page_header_row_keeps_its_cells_and_the_title_under_it_is_a_line() -> None:
    text = (
        "索 引 号  A123/2022-0000076  公开方式  主动公开 信息名称  关于某区2022年上半年计划执行情况的报告  "
        "成文日期  2022-08-31 公开日期  2022-08-31  发布机构  某区发改局 关于某区2022年上半年计划执行情况的报告 "
        f"主任、各位副主任、各位委员: {_BODY}"
    )
    lines = (lined_copy(text) or "").split("\n")
    assert lines[0].startswith("索 引 号  A123/2022-0000076  公开方式  主动公开  信息名称")
    assert lines[1] == "关于某区2022年上半年计划执行情况的报告"
    meta = _meta(text)
    assert (meta.title, meta.date) == ("关于某区2022年上半年计划执行情况的报告", "2022-08-31")


@pytest.mark.parametrize(
    ("before", "title"),
    [
        ("2011年12月29日 政府工作报告", "政府工作报告"),  # the date a store printed before the title
        ("某县人民政府代县长 (某省)2017年某县人民政府工作报告 政府工作报告", "政府工作报告"),
    ],
)
def test_a_title_run_on_across_a_blank_is_cut_where_its_line_ended(before: str, title: str) -> None:
    text = f"{before} ——2017年2月22日在某县第十七届人民代表大会第一次会议上 某县县长 张三 各位代表: {_BODY}"
    assert _meta(text).title == title


def test_a_pdf_copys_blanks_around_numbers_are_no_line_breaks() -> None:
    text = f"某县农业农村局 2020 年度决算公开文本 二〇二一年十月 目录 第一部分 单位概况 {_BODY} 低保 4025 人。{_BODY}"
    lines = (lined_copy(text) or "").split("\n")
    assert lines[0] == "某县农业农村局 2020 年度决算公开文本"
    assert "低保 4025 人。" in "".join(lines)


@pytest.mark.parametrize(
    ("first", "rest", "title"),
    [
        ("2009年某市国民经济和社会发展统计公报(20", "22年更新)", "2009年某市国民经济和社会发展统计公报"),
        ("某县2019年国民经济和社会发展统", "计公报", "某县2019年国民经济和社会发展统计公报"),
        ("关于印发《某区重污染天气应急预案》的通", "知", "关于印发《某区重污染天气应急预案》的通知"),
    ],
)
def test_a_title_wrapped_onto_a_line_the_cleaner_set_aside_is_joined(first: str, rest: str, title: str) -> None:
    original = f"{first}\n{rest}\n2009年,在市委的领导下,全市经济平稳增长。"
    below = lines_set_aside_below(original, [(first, len(first))], (rest,))
    assert below == {first: rest}
    assert wrapped_into_aside(first, rest, "") == title


def test_a_line_kept_in_the_text_or_a_whole_title_is_not_joined() -> None:
    original = "某县2019年统计公报\n首页\n2019年,全县经济平稳增长。"
    assert lines_set_aside_below(original, [("某县2019年统计公报", 11)], ()) == {}  # kept: not set aside
    assert wrapped_into_aside("某县2019年统计公报", "首页", "") is None  # the title was whole


def test_a_head_line_of_a_run_broken_by_page_lines_is_opened_too() -> None:
    head = "政 府 工 作 报 告 xQ7&k ——2006年3月5日在某市第十届人民代表大会第四次会议上"
    text = f"首页 > 政府工作报告\n{head}\n{{k7Nw\n{_BODY}"
    assert lined_copy(text) is not None
    assert "政 府 工 作 报 告" in (lined_copy(text) or "").split("\n")
    assert "首页 > 政府工作报告" in (lined_copy(text) or "").split("\n")  # a page line stays whole


def test_a_title_whole_on_a_line_of_the_lined_copy_is_not_cut() -> None:
    title = "县长张三在某县第十三届人民代表大会第五次会议上所做的政府工作报告(摘要)"
    text = f"{title} 县长张三在某县第十三届人民代表大会 第五次会议上所做的政府工作报告(摘要) (2001年3月13日) {_BODY}"
    assert _meta(text).title == title


@pytest.mark.parametrize(
    ("head", "title"),
    [
        # a joint issuer spaced from the other: the direct title holds both
        ("中共中央 国务院关于实施某项战略的意见", "中共中央国务院关于实施某项战略的意见"),
        # a title wrapped at a blank before its second part
        ("关于2006年预算执行情况 与2007年预算草案的报告", "关于2006年预算执行情况与2007年预算草案的报告"),
    ],
)
def test_a_title_whose_blank_is_no_line_break_is_kept_whole(head: str, title: str) -> None:
    assert _meta(f"{head} (2018年1月2日) 各地区、各部门: {_BODY}").title == title


def test_a_salutation_or_a_sentence_ending_in_a_colon_takes_no_value() -> None:
    text = f"各县、区人民政府,市人民政府有关部门: 《某市实施方案》已经研究通过,现印发给你们。 {_BODY}"
    assert (lined_copy(text) or "").split("\n")[0] == "各县、区人民政府,市人民政府有关部门:"


def test_a_pages_title_on_its_own_line_gives_way_to_the_reports_own_over_its_delivery_line() -> None:
    text = (
        "某某镇2021年政府工作报告 索 引 号: | A1/2021-0000066 | 发布日期: | 2021-02-27 | 政 府 工 作 报 告 "
        f"——2021年2月27日在某某镇第十六届人民代表大会 第六次会议上 某某镇镇长 张三 各位代表: {_BODY}"
    )
    meta = _meta(text)
    assert (meta.title, meta.date) == ("政府工作报告", "2021-02-27")


@pytest.mark.parametrize("before", ["2011年12月29日", "[关闭本页]"])
def test_a_date_line_or_a_pages_button_run_on_before_the_title_is_cut(before: str) -> None:
    delivery = "——2011年12月29日在某镇第十六届人民代表大会第一次会议上"
    text = f"{before} 政府工作报告 {delivery} 某镇镇长 张三 各位代表: {_BODY}"
    assert _meta(text).title == "政府工作报告"


def test_a_speaker_line_keeps_its_name_and_a_title_glued_to_it_is_cut_there() -> None:
    text = f"2022年某某工作报告市城管局党组书记、局长 杜 宇 (2022年2月28日) 同志们: {_BODY}"
    assert "2022年某某工作报告市城管局党组书记、局长 杜 宇" in (lined_copy(text) or "").split("\n")
    meta = _meta(text)
    assert (meta.title, meta.date) == ("2022年某某工作报告", "2022-02-28")


def test_run_head_on_its_own_line_above_the_page_chrome_is_opened() -> None:
    # a store's one-line copy whose head (title, issuers, page fields) stands above the page's tool lines
    text = (
        "二〇二〇年某省国民经济和社会发展统计公报 某省统计局 国家统计局某省调查总队 发布时间:2021年02月26日 "
        "信息来源:某省日报\n【 字体: 】 【打印文章】\n"
        f"根据年快报初步统计,现将2020年全省国民经济和社会发展情况公报如下: {_BODY}"
    )
    meta = _meta(text)
    assert (meta.title, meta.date) == ("二〇二〇年某省国民经济和社会发展统计公报", "2021-02-26")


def test_portal_head_with_a_bulleted_time_is_opened() -> None:
    text = (
        "2023年度某市某区某镇人民政府部门决算公开 • 时间:2024-09-15 15:14\n  • 浏览次数:\n  • 分享:\n"
        f"第一部分 部门概况 一、部门职责 {_BODY}"
    )
    meta = _meta(text)
    assert (meta.title, meta.issuer) == ("2023年度某市某区某镇人民政府部门决算公开", "某市某区某镇人民政府")


def test_farm_byline_row_is_not_opened_into_a_date() -> None:
    # 投稿人:… 发布时间:…: a content farm's posting row, no date of the report
    text = (
        "2019年县林业工作总结和2020年工作计划\n投稿人:佚名 发布时间:2019/12/9 投稿交换  会员申请 全文9296字\n"
        f"内容预览:\n{_BODY}"
    )
    assert _meta(text).date is None


def test_page_name_field_beats_a_pair_of_lines_the_direct_read_joined() -> None:
    text = (
        "首页 > 某县人民政府办公室信息公开 > 信息浏览\n"
        "索引号: 003129766/201901-00336 组配分类: 规范性文件发布 信息分类: 通知   发布机构: 某县人民政府办公室 "
        "生成日期: 2019-01-23 文号: 发文日期: 2019-01-23 生效时间: 2019-01-23 废止时间: 2020-01-23 "
        "名称: 某县人民政府关于印发《某县人民政府工作规则》的通知 信息来源: 关键词: 浏览次数: 590 "
        f"内容概述: 某县人民政府关于印发《某县人民政府工作规则》的通知 各乡、镇人民政府,县政府各部门: {_BODY}"
    )
    assert _meta(text).title == "某县人民政府关于印发《某县人民政府工作规则》的通知"


def test_breadcrumb_ending_in_a_report_kind_is_never_the_title() -> None:
    # the crumb's last item names the portal's section (计划总结), not the report under it
    text = (
        "当前位置: 首页\n> 政务公开 > 规划计划 > 计划总结\n索 引 号 113310247405400961/2024-104569 公开方式 主动公开 "
        "成文日期 2024-01-11 发布机构 县民政局 组配分类 计划总结 县民政局2023年重点工作总结及2024年工作思路 "
        f"发布日期: 2024-01-11 访问次数: 2023年以来,民政局在各级民政部门指导下, {_BODY}"
    )
    assert _meta(text).title == "县民政局2023年重点工作总结及2024年工作思路"


def test_bulleted_row_of_portal_fields_opens_to_its_doc_number() -> None:
    text = (
        "• 索引号:6735597301/2021-1801120 • 发布机构:县人民政府办公室 • 公开范围:全部公开 • 生成日期:2021-03-23 "
        "2021年县政府重点工作任务(某政发〔2021〕2号) 来源:某县政府   2021-03-23 10:56\n浏览量:1 | | | |\n"
        f"各乡镇人民政府、县直各单位: 《2021年县政府重点工作任务分解》已经县政府同意, {_BODY}"
    )
    assert _meta(text).doc_number == "某政发〔2021〕2号"


@pytest.mark.parametrize(
    ("row", "title"),
    [
        ("[ 成文日期 ] 2024-02-18 [ 发布日期 ] 2024-02-18", "重庆市璧山区2023年预算执行情况和2024年预算草案报告"),
        ("发布机构: 某县统计局 发布时间: 2019/03/05", "某县2018年国民经济和社会发展统计公报"),
        ("[ 索引号 ] 001-2022-0031 [ 发布日期 ] 2022.7.12", "某市发展和改革委员会2022年上半年工作总结"),
    ],
)
def test_a_title_after_a_fields_row_ending_in_a_full_date_opens_its_own_line(row: str, title: str) -> None:
    # a day written in digits (2024-02-18) or a clock time is a field's value, never a number a PDF spaced off from
    # the Chinese after it (2021 年): the blank after it is a line break, the title on a line of its own
    lined = lined_copy(f"{row} {title} {_BODY}")
    assert lined is not None and title in lined.split("\n")
    assert _meta(f"{row} {title} {_BODY}").title == title


def test_a_posting_line_keeps_its_office_after_the_clock_time() -> None:
    lined = lined_copy(f"某局召开2024年全市科技工作推进会 2024-03-22 09:05 某市科技局 3月20日下午,{_BODY}")
    assert lined is not None and "09:05 某市科技局" in lined


def test_a_number_spaced_in_its_sentence_still_stays_in_it() -> None:
    lined = lined_copy(f"某县2021年工作总结 2021-2022 年全县完成投资 2021 万元,新建 12 个。{_BODY}")
    assert lined is not None and lined.split("\n")[1].startswith("2021-2022 年全县完成投资 2021 万元,新建 12 个。")
