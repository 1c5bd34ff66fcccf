"""Metadata from header lines, title line and signature, with the documented precedence."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.ingest import parse_file
from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.types import Metadata

ROOT = Path(__file__).resolve().parents[3]
SEEDS = ROOT / "seeds"
FIXTURES = ROOT / "tests" / "fixtures" / "clean"


def _meta(text: str, name: str = "report.txt") -> Metadata:
    return extract_metadata(clean(text), (), source_name=name)


def test_simplified_seed() -> None:
    meta = parse_file(SEEDS / "2020_市经信局_工作总结和2021年工作计划.txt").metadata
    assert meta.title == "市经信局2020年工作总结和2021年工作计划"
    assert meta.issuer == "潜江市经济和信息化局"  # the text names the city (潜江市); in full (s21)
    assert meta.date == "2020-12-24"
    assert meta.index_number == "011396186/2020-170341"
    assert meta.doc_number is None  # 文号:无
    assert meta.extra["主题分类"] == "其他"
    assert meta.extra["效力状态"] == "有效"
    assert meta.extra["日期来源"] == "发文日期"


def test_traditional_seed() -> None:
    doc = parse_file(SEEDS / "2020_县科经局_工作总结及2021年工作要点_繁体.txt")
    meta = doc.metadata
    assert doc.script == "traditional"
    assert meta.title == "县科经局2020年工作总结及2021年工作要点"
    assert meta.issuer == "宣恩县科学技术和经济信息化局"  # 来源 县科经局, in full as the text writes it
    # No 发文日期 in the header: the signature date (the report's own date) beats the page's
    # publication time 2021-01-18, which is kept in extra.
    assert meta.date == "2020-12-31"
    assert meta.extra["日期来源"] == "落款日期"
    assert meta.extra["发布日期"] == "2021-01-18"
    assert meta.extra["落款单位"] == "宣恩县科学技术和经济信息化局"
    assert meta.doc_number is None
    assert meta.index_number is None


def test_fixture_with_one_field_per_line() -> None:
    meta = _meta((FIXTURES / "page_fields_per_line.txt").read_text(encoding="utf-8"))
    assert meta == Metadata(
        title="某某市发展和改革委员会2020年工作总结和2021年工作打算",
        issuer="某某市发展和改革委员会",
        date="2021-01-15",
        doc_number="某发改发〔2021〕3号",
        index_number="11420000MB1234567X/2021-00012",
        extra={
            "主题分类": "综合政务",
            "发布机构": "某某市发展和改革委员会",
            "成文日期": "2021-01-15",
            "效力状态": "有效",
            "落款单位": "某某市发展和改革委员会",
            "落款日期": "2021-01-15",
            # the signature (the document's own date) comes before 成文日期; here they agree
            "日期来源": "落款日期",
            "标题依据": "head line",
            "发布机构依据": "发布机构",
        },
    )


def test_signature_gives_issuer_and_date_without_a_header() -> None:
    text = "关于2021年工作的总结\n\n一、工作回顾\n\n全年完成任务。\n\n某某县农业农村局\n二〇二一年一月八日\n"
    meta = _meta(text)
    assert (meta.title, meta.issuer, meta.date) == ("关于2021年工作的总结", "某某县农业农村局", "2021-01-08")
    assert meta.extra["日期来源"] == "落款日期"


def test_signature_on_one_line() -> None:
    meta = _meta("某某县2020年工作总结\n\n正文。\n\n某某县人民政府办公室 2020年12月30日")
    assert (meta.issuer, meta.date) == ("某某县人民政府办公室", "2020-12-30")


def test_publication_date_is_the_last_resort() -> None:
    meta = _meta("发布时间：2021-02-03 10:00\n某某局工作总结\n\n正文没有落款。")
    assert meta.date == "2021-02-03"
    assert meta.extra["日期来源"] == "发布日期"


def test_issuer_from_title_when_nothing_else_says() -> None:
    meta = _meta("洪江市经信局2020年工作总结\n\n正文。")
    assert meta.issuer == "洪江市经济和信息化局"
    assert meta.date is None


def test_title_organisation_without_a_place_is_unknown() -> None:
    # 市经信局 could be any city's bureau: gold calls such an issuer unknown.
    assert _meta("市经信局2020年工作总结\n\n正文。").issuer is None


def test_doc_number_line_near_the_top() -> None:
    meta = _meta("某某县科学技术局\n某科发〔2021〕3号\n关于2020年工作总结的报告\n\n正文。")
    assert meta.doc_number == "某科发〔2021〕3号"


def test_no_title_line_gives_no_title() -> None:
    # The window and the store show the file name; the metadata says there is no title (issue 12 §3).
    meta = _meta("一、主要工作\n\n正文。", name="2020_某局_工作总结.txt")
    assert meta.title is None


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("文号：无", None),
        ("文  号：-", None),
        ("发文字号：宣政发〔2020〕12号", "宣政发〔2020〕12号"),
    ],
)
def test_doc_number_field(header: str, expected: str | None) -> None:
    assert _meta(f"{header}\n标题行\n\n正文。").doc_number == expected


def test_name_field_wins_over_a_sentence_first_line() -> None:
    meta = _meta("名称：某局2020年工作总结\n今年以来，我局认真贯彻落实各项部署。\n")
    assert meta.title == "某局2020年工作总结"


def test_site_name_above_the_title_is_skipped() -> None:
    meta = _meta("某某市人民政府\n某某市统计局2020年工作总结\n\n一、主要工作\n\n正文。")
    assert meta.title == "某某市统计局2020年工作总结"


def test_source_that_is_not_an_office() -> None:
    meta = _meta("来源：本站 编辑：张三\n某局2020年工作总结\n\n正文。\n\n某某县统计局\n2021年1月4日")
    assert meta.issuer == "某某县统计局"
    assert meta.extra["编辑"] == "张三"


def test_a_metadata_table_with_its_keys_in_brackets_gives_the_doc_number() -> None:
    from models.ingest.metadata_fields import parse_table_fields

    fields = parse_table_fields("[ 索引号 ] | 11500113009/2023-00011 | [ 发文字号 ] | 某府发〔2023〕5号")
    assert fields is not None
    assert ("文号", "发文字号", "某府发〔2023〕5号") in fields


def test_a_shortened_publisher_field_gives_way_to_the_signatures_full_name() -> None:
    text = (
        "索引号：11500/2024-00003 发布机构：某区某镇\n"
        "某市某区某镇人民政府关于印发2024年工作要点的通知\n"
        "各村（居）民委员会：\n现将《2024年工作要点》印发给你们，请认真贯彻执行。\n"
        "某市某区某镇人民政府\n2024年2月2日\n"
    )
    assert _meta(text).issuer == "某市某区某镇人民政府"


def test_a_government_office_pages_posting_time_dates_the_report_when_nothing_else_does() -> None:
    text = (
        "关于某区2022年计划执行情况的报告\n来源:某区发展和改革局 时间:2023-02-06 17:01\n"
        "各位代表:\n受区人民政府委托，现将计划执行情况报告如下，请予审议。\n一、执行情况\n全区经济运行总体平稳。\n"
    )
    assert _meta(text).date == "2023-02-06"


def test_a_sites_posting_time_does_not_date_the_report() -> None:
    text = (
        "关于某区2022年计划执行情况的报告\n来源:某某范文网 时间:2023-02-06 17:01\n"
        "各位代表:\n受区人民政府委托，现将计划执行情况报告如下，请予审议。\n一、执行情况\n全区经济运行总体平稳。\n"
    )
    assert _meta(text).date is None


def test_a_title_line_carrying_its_doc_number_after_a_blank() -> None:
    text = (
        "关于印发某市卫生事业发展规划编制工作方案的通知 某卫办〔2015〕22号\n委机关各处室：\n"
        "《某市卫生事业发展规划编制工作方案》已经委务会议研究同意，现印发给你们，请认真贯彻执行。\n"
        "某市卫生局办公室\n2015年5月8日\n某市卫生事业发展规划编制工作方案\n一、指导思想\n坚持以人民健康为中心。\n"
    )
    meta = _meta(text)
    assert meta.title == "关于印发某市卫生事业发展规划编制工作方案的通知"
    assert meta.doc_number == "某卫办〔2015〕22号"


def test_the_issuer_takes_the_city_the_text_writes_before_its_name() -> None:
    text = (
        "某山区河道管理处2021年度决算公开说明 第一部分:基本情况 一、部门主要职能 "
        "某水市某山区河道管理处负责组织指导全区中小河流、河道堤防的建设与管理工作，组织编制治理规划。"
        "负责全区防汛抗旱抢险方案的制定，实施防汛、抗旱应急抢险、岁修、水毁工程的修复。\n"
    )
    meta = _meta(text)
    assert meta.title == "某山区河道管理处2021年度决算公开说明"
    assert meta.issuer == "某水市某山区河道管理处"


def test_a_speech_title_run_into_its_speaker_under_a_slogan() -> None:
    text = (
        "坚定信心 真抓实干 推动城市管理事业高质量发展\n"
        "2023年城市管理工作报告市城管局党组书记、局长  张  三\n(2023年2月20日)\n同志们:\n"
        "今天召开全市城市管理工作会议，主要任务是总结2022年工作，部署2023年任务。\n"
    )
    assert _meta(text).title == "2023年城市管理工作报告"


def test_a_column_header_over_a_progress_report_is_not_its_title() -> None:
    text = "牵头部门:市发展改革委\n落实情况\n正在推进中:\n一、加大经济形势分析力度，及时提出对策建议。\n"
    assert _meta(text).title is None


def test_a_doc_stores_page_caption_before_a_run_in_title_is_not_part_of_it() -> None:
    from models.ingest.metadata_pages import run_in_title

    line = (
        "第1页共8页某区水利局工作总结报告今年以来，在区委、区政府的正确领导下，针对今年重点工程数量多、任务重的特点，"
        * 2
    )
    assert run_in_title([line]).value == "某区水利局工作总结报告"


def test_a_metadata_table_flattened_with_single_blanks() -> None:
    from models.ingest.metadata_fields import parse_table_fields

    fields = parse_table_fields("文件编号 发布机构 某某街道办事处 效力状况 有效")
    assert fields is not None
    assert ("发布机构", "发布机构", "某某街道办事处") in fields
    assert parse_table_fields("今年 我们 完成了 很多 工作") is None


def test_a_stores_name_with_a_word_added_gives_way_to_the_reports_own_title() -> None:
    from models.ingest.metadata_pages import run_in_title

    line = "2021年上半年某乡政府工作总结工作总结 2021年上半年某乡政府工作总结今年以来，乡党委政府认真落实各项部署。" * 2
    assert run_in_title([line]).value == "2021年上半年某乡政府工作总结"


def test_a_portals_government_line_over_a_bureaus_own_title_is_not_the_issuer() -> None:
    text = (
        "某区人民政府\n某市某区商务局2021年部门决算\n第一部分 某区商务局概况\n一、部门职责\n"
        "负责全区商务工作的统筹协调，拟订商贸流通发展规划。\n"
    )
    assert _meta(text).issuer == "某市某区商务局"
