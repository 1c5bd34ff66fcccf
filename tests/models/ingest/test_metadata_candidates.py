"""Title, date and issuer chosen from scored candidates, for each family of real report heads."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.ingest.metadata_candidates import title_text
from models.ingest.metadata_title_choice import choose_title
from models.types import Metadata

SALUTE = (
    "各位代表：\n现在，我代表市人民政府，向大会报告政府工作，请予审议。\n一、过去一年工作回顾\n全市生产总值增长6%。"
)


def _meta(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt")


def test_delivery_line_dates_a_government_report_before_the_page_date() -> None:
    meta = _meta(
        "首页 » 政府工作报告\n某某市2026年政府工作报告\n日期:2026年02月03日 字体:【大】【中】【小】\n"
        "——2026年1月27日在某某市第十届人民代表大会第五次会议上\n市长 张三\n" + SALUTE
    )
    assert (meta.title, meta.issuer, meta.date) == ("某某市2026年政府工作报告", "某某市人民政府", "2026-01-27")
    assert meta.extra["日期来源"] == "delivery line"
    assert meta.extra["发布机构依据"].startswith("政府工作报告")


@pytest.mark.parametrize(
    ("head", "issuer"),
    [
        (
            "政 府 工 作 报 告\n——2012年2月29日在某某区第十三届人民代表大会第六次会议上\n某某区人民政府区长　　张三\n",
            "某某区人民政府",
        ),
        ("政府工作报告\n——2020年5月22日在第十三届全国人民代表大会第三次会议上\n国务院总理 李四\n", "国务院"),
        (
            "政府工作报告(摘要)--1999年2月25日在某某市第十二届人民代表大会第二次会议上\n某某市市长王五\n",
            "某某市人民政府",
        ),
        (
            "2022年政府工作报告\n——2022年4月26日在某某区第十一届人民代表大会第一次会议上\n区人民政府区长 赵六\n",
            "某某区人民政府",
        ),
    ],
)
def test_government_is_the_issuer_of_a_government_report(head: str, issuer: str) -> None:
    meta = _meta(head + SALUTE)
    assert meta.issuer == issuer
    assert meta.title is not None and "政府工作报告" in meta.title
    assert "--" not in meta.title and "会议" not in meta.title


def test_bracketed_date_line_under_the_title() -> None:
    meta = _meta("某某市长在某某市人民代表大会第五次会议上的政府工作报告(摘要)\n(1997年3月5日)\n" + SALUTE)
    assert meta.date == "1997-03-05"


def test_chinese_numeral_signature_date_with_a_stray_space() -> None:
    meta = _meta(
        "关于印发《某局2020年工作计划》的通知\n各中队：\n现将计划印发给你们，请认真贯彻执行。\n二 〇二一年一月二十六日"
    )
    assert meta.date == "2021-01-26"


def test_placeholder_delivery_date_is_no_date_even_with_a_page_date() -> None:
    meta = _meta(
        "发布时间:2022-06-19 15:25:02\n政府工作报告\n( 2021 年 xx 月 xx 日在某区第二届人民代表大会第六次会议上)\n"
        + SALUTE
    )
    assert meta.date is None


def test_a_bare_page_time_never_dates_a_report() -> None:
    meta = _meta("某局2021年工作总结\n时间:2021-08-31\n今年以来，我局认真贯彻落实各项部署，全面完成了全年目标任务。")
    assert meta.date is None
    assert meta.extra["页面时间"] == "2021-08-31"


@pytest.mark.parametrize(
    "junk_line",
    ["下载", "首页", "打印", "<!-- 标题 -->", "文件名称 | ||", "- 20.63 KB", "——2021年1月4日在某会议上"],
)
def test_title_is_never_page_debris(junk_line: str) -> None:
    meta = _meta(junk_line + "\n" + SALUTE)
    assert meta.title is None


def test_title_split_over_two_lines_is_joined() -> None:
    meta = _meta("某市教育局2022年度政府信息公开\n工作年度报告\n一、总体情况\n2022年，我局认真做好政府信息公开工作。")
    assert meta.title == "某市教育局2022年度政府信息公开工作年度报告"


def test_issuer_and_notice_title_on_two_lines() -> None:
    meta = _meta(
        "某市人民政府办公厅\n关于印发2021年工作要点的通知\n某府办发〔2021〕12号\n各区县人民政府：\n现将要点印发给你们。"
    )
    assert meta.title == "某市人民政府办公厅关于印发2021年工作要点的通知"
    assert meta.doc_number == "某府办发〔2021〕12号"


def test_the_transmitted_document_is_the_title_when_the_notice_has_none() -> None:
    meta = _meta(
        "某政办发〔2019〕21号\n各区人民政府，市政府各委、办、局：\n《某市信息消费行动计划(2019-2022年)》已经市政府同意，"
        "现印发给你们，请认真贯彻执行。\n某市人民政府办公厅\n2019年12月9日\n某市信息消费行动计划(2019-2022年)\n一、发展目标"
    )
    assert meta.title == "某市信息消费行动计划(2019-2022年)"
    assert (meta.issuer, meta.date) == ("某市人民政府办公厅", "2019-12-09")


def test_no_title_line_is_none_and_the_reason_is_kept() -> None:
    meta = _meta("—2017年2月11日在某区第十四届人民代表大会第六次会议上\n某区人民政府代区长 张三\n" + SALUTE)
    assert meta.title is None
    assert meta.extra["标题依据"] == "no title line"
    assert meta.date == "2017-02-11"


def test_speaker_of_a_bureau_report_names_the_bureau() -> None:
    meta = _meta(
        "某市某区审计局局长 张三\n2023年9月28日\n主任、各位副主任、各位委员:\n我受区人民政府的委托，报告审计情况。"
    )
    assert (meta.title, meta.issuer, meta.date) == (None, "某市某区审计局", "2023-09-28")


def test_doc_store_file_name_gives_the_title_only_when_the_text_has_none() -> None:
    meta = _meta(
        "某区卫生健康局2021年工作总结.docx\n上传人:abc 文档编号:1 格式:DOCX\n"
        "今年以来，我局全力做好疫情防控工作，取得明显成效。"
    )
    assert meta.title == "某区卫生健康局2021年工作总结"


def test_draft_title_keeps_its_note_line() -> None:
    meta = _meta(
        "政府工作报告 ( 2021 年 xx 月 xx 日在某市某区第二届人民代表大会第六次会议上)\n(征求意见稿)\n代区长\n刘某\n"
        + SALUTE
    )
    assert meta.title == "政府工作报告(征求意见稿)"
    assert meta.date is None


def test_delivery_line_broken_over_two_lines_is_joined_and_read() -> None:
    result = clean("2025年3月21日在某某区第十九届\n人民代表大会第四次会议上\n某某区人民政府代区长 张三\n" + SALUTE)
    assert result.display_text.startswith("2025年3月21日在某某区第十九届人民代表大会第四次会议上\n")
    meta = extract_metadata(result, (), source_name="x.txt")
    assert (meta.date, meta.issuer) == ("2025-03-21", "某某区人民政府")


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        (
            "区长张三代表某某区人民政府向大会报告工作。\n2018年工作回顾\n一年来，全区上下坚持稳中求进。",
            "某某区人民政府",
        ),
        (
            "一、2022年工作总结\n2022年，某某镇在区委、区政府的正确领导下，全镇上下奋力前行。某某镇经济稳中有进。"
            "较好完成了某某镇十二届人民代表大会第一次会议确定的目标任务。",
            "某某镇人民政府",
        ),
        (
            "关于印发《某某区城市管理行政执法局2020年工作计划》的通知\n各中队：\n现将计划印发给你们。",
            "某某区城市管理行政执法局",
        ),
        (
            "关于下达2021年度某某镇农产品质量安全监管工作计划的通知\n根据区里部署，制订本计划，请遵照执行。",
            "某某镇人民政府",
        ),
    ],
)
def test_issuer_last_resorts(text: str, issuer: str) -> None:
    assert _meta(text).issuer == issuer


def test_a_bureau_the_text_only_mentions_is_not_the_issuer() -> None:
    text = "某局2021年工作总结\n今年以来，我局认真落实区第五届人民代表大会第三次会议精神，全面完成任务。"
    assert _meta(text).issuer is None


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "某局2022年工作总结范文范例1.加快重点项目建设。" + "全力推进学校建设，统筹实施新建工程。" * 5,
            "某局2022年工作总结",
        ),
        (
            "xx年卫生局上半年工作总结 xx 年卫生局上半年工作总结 今年是深入推进新医改的关键之年。" * 4,
            "xx年卫生局上半年工作总结",
        ),
    ],
)
def test_title_running_into_a_one_line_text(line: str, title: str) -> None:
    assert _meta(line).title == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "某某县2023年国民经济和社会发展统计公报\n某某县统计局\n2024年3月20日\n"
            "2023年，全县上下稳中求进，经济运行总体平稳。\n一、综合\n全年地区生产总值88.1亿元，增长5.2%。",
            "某某县2023年国民经济和社会发展统计公报",
        ),
        (
            "某某市某某区某某镇\n2023年度部门决算情况说明\n一、部门基本情况\n（一）职能职责\n负责辖区综合事务管理。",
            "某某市某某区某某镇2023年度部门决算情况说明",
        ),
        (
            "关于某某街道2023年安全生产工作的通报\n今年以来，街道共排查隐患120处，整改到位118处。",
            "关于某某街道2023年安全生产工作的通报",
        ),
    ],
)
def test_bulletins_and_statements_are_titles(text: str, title: str) -> None:
    assert _meta(text).title == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "公文素材小站\n某镇2023年工作总结\n2023-12-20 10:15:02 来源:公文荟萃\n某镇2023年工作总结\n"
            "今年以来，全镇上下齐心协力，各项工作稳步推进。\n一、主要工作\n完成固定资产投资3.2亿元。",
            "某镇2023年工作总结",
        ),
        (
            "2023年上半年工作总结(乡镇)\n今年上半年，我镇在县委、县政府的领导下，完成了各项工作任务。",
            "2023年上半年工作总结",
        ),
        (
            "某街道2024年工作计划（精选）\n2024年，街道将紧扣发展主线，抓好以下几项工作。",
            "某街道2024年工作计划",
        ),
    ],
)
def test_a_posting_line_and_a_store_category_are_not_title(text: str, title: str) -> None:
    assert _meta(text).title == title


def test_a_year_line_over_the_title_and_a_source_run_into_its_time() -> None:
    meta = _meta(
        "某市财政局2023年度部门决算公开\n来源:市财政局2024-08-30 10:12\n\n  2023年度\n\n  某市财政局部门决算\n\n"
        "  目录\n\n  第一部分 某市财政局概况\n\n  一、部门职责\n\n  第一部分 某市财政局概况\n\n"
        "  一、部门职责\n\n  负责全市财政收支管理，拟订财政发展规划。"
    )
    assert (meta.title, meta.date) == ("2023年度某市财政局部门决算", "2024-08-30")


def test_a_store_posting_line_is_set_aside_and_never_dates_the_report() -> None:
    text = (
        "公文素材小站\n\n某镇2023年工作总结\n\n2023-12-20 10:15:02 网站:公文荟萃\n\n某镇2023年工作总结\n\n"
        "  今年以来，全镇上下齐心协力，各项工作稳步推进，完成固定资产投资3.2亿元。\n\n  一、主要工作\n\n  完成项目8个。"
    )
    result = clean(text)
    assert "网站" not in result.display_text
    meta = extract_metadata(result, (), source_name="x.txt")
    assert (meta.title, meta.date, meta.issuer) == ("某镇2023年工作总结", None, None)


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        (
            "四川省某某县青山乡\n2023年度部门决算情况说明\n一、部门基本情况\n（一）职能职责\n负责辖区综合事务管理。",
            "青山乡人民政府",
        ),
        (
            "2023年度某某市统计局部门决算\n目录\n第一部分 部门概况\n一、部门职责\n负责全市统计调查工作，发布统计信息。",
            "某某市统计局",
        ),
        ("2021年上半年某乡政府工作总结\n今年以来，全乡上下围绕年度目标，扎实推进各项工作。", None),
    ],
)
def test_the_body_whose_accounts_a_title_names_issues_them(text: str, issuer: str | None) -> None:
    assert _meta(text).issuer == issuer


@pytest.mark.parametrize(
    "title",
    [
        "某市人民政府办公室关于印发《某市促进就业行动实施方案（2024—2026年）》的通知",
        "某县国土空间总体规划（2021—2035年）",
    ],
)
def test_a_year_range_in_a_title_is_not_a_delivery_line(title: str) -> None:
    text = title + "\n各乡镇人民政府，县政府各部门：\n现印发给你们，请结合实际认真贯彻落实。"
    assert _meta(text).title == title


def test_a_delivery_line_run_into_the_title_is_still_cut() -> None:
    text = "某市2024年政府工作报告——2024年1月20日在某市第十届人民代表大会第三次会议上\n" + SALUTE
    assert _meta(text).title == "某市2024年政府工作报告"


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("内容概述 某街道2023年工作总结", "某街道2023年工作总结"),
        ("某某娱乐官方网站 某局2023年工作总结和2024年工作安排", "某局2023年工作总结和2024年工作安排"),
        ("某县人民政府办公室 关于印发2024年重点工作任务分解方案的通知", None),
    ],
)
def test_a_site_words_before_the_title_on_its_line_are_left(line: str, title: str | None) -> None:
    text = line + "\n今年以来，我们围绕年度目标，扎实推进各项工作，取得了明显成效。"
    assert _meta(text).title == (title or line)


def test_a_title_glued_to_a_stores_copy_of_it_is_read_once() -> None:
    title = "某开发区2022年工作总结和2023年工作思路"
    assert _meta(f"{title}{title}\n{SALUTE}").title == title


def test_a_delivery_line_in_chinese_numerals_wrapped_before_its_session_still_dates_the_report() -> None:
    text = f"某省政府工作报告\n二○○三年一月九日在某省第十届人民代表大会第一次会\n省长 张三\n{SALUTE}"
    assert _meta(text).date == "2003-01-09"


def test_a_title_wrapped_inside_a_word_is_joined_even_when_its_year_is_not_the_dates() -> None:
    text = f"某省2019年国民经济和社会发\n展统计公报 [1]\n2020年4月3日\n{SALUTE}"
    assert _meta(text).title == "某省2019年国民经济和社会发展统计公报"


def test_the_date_line_run_onto_the_title_is_no_part_of_it() -> None:
    text = f"2025年上半年某某工作主要进展情况及下一步安排(2025年7月)\n{SALUTE}"
    assert _meta(text).title == "2025年上半年某某工作主要进展情况及下一步安排"


@pytest.mark.parametrize(
    ("glued", "own"),
    [
        ("2024年度某区财政局预算公开2024年度某区财政局预算公开情况说明", "2024年度某区财政局预算公开情况说明"),
        (
            "《政府工作报告汇报》2021年度工作任务分工落实情况《政府工作报告》2021年工作任务分工落实情况",
            "《政府工作报告》2021年工作任务分工落实情况",
        ),
    ],
)
def test_a_page_title_glued_before_the_own_title_repeating_its_start_is_dropped(glued: str, own: str) -> None:
    assert title_text(glued)[0] == own


@pytest.mark.parametrize(
    "title",
    [
        "国民经济和社会发展计划执行情况及国民经济和社会发展计划草案的报告",
        "浙江省人民政府办公厅关于印发浙江省人民政府2021年立法工作计划的通知",
    ],
)
def test_a_title_naming_its_words_twice_is_kept_whole(title: str) -> None:
    assert title_text(title)[0] == title


def test_a_page_title_line_over_the_own_title_repeating_it_is_not_joined() -> None:
    head = ["2024年度某区财政局预算公开", "2024年度某区财政局预算公开情况说明"]
    assert choose_title(None, head).value == "2024年度某区财政局预算公开情况说明"


def test_a_notice_title_wrapped_before_its_bracketed_period_is_joined() -> None:
    head = ["某市政府办公室关于印发某市现代服务业高质量发展三年行动计划", "(2020—2022年)的通知"]
    assert (
        choose_title(None, head).value
        == "某市政府办公室关于印发某市现代服务业高质量发展三年行动计划(2020—2022年)的通知"
    )


def test_an_ocr_misread_of_guan_yu_in_a_notice_title_is_restored() -> None:
    assert title_text("市政府办公室关千印发某市三年行动计划的通知")[0] == "市政府办公室关于印发某市三年行动计划的通知"


def test_a_disclosure_cover_line_under_the_title_repeating_its_end_is_not_the_title() -> None:
    head = ["某区卫生健康委员会(本级)2022年度部门决算", "2022年度部门决算公开", "目 录"]
    assert choose_title(None, head).value == "某区卫生健康委员会(本级)2022年度部门决算"
    assert choose_title(None, ["2020年度政府工作报告", "政府工作报告"]).value is not None
