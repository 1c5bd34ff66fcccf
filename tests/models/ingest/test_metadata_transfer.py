"""Title, date and 文号 families that first-sight scoring of sets 7-22 found recurring, each on made-up snippets."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.types import Metadata

PARA = (
    "2022年以来，我局认真贯彻落实上级决策部署，统筹发力，积极作为，形成工作高质量发展新态势，"
    "全年办理各类事项1200件，同比增长5%。"
)


def _meta(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text)


def _traditional(text: str) -> str:
    from opencc import OpenCC

    return str(OpenCC("s2t").convert(text))


def _simplified(text: str | None) -> str | None:
    from opencc import OpenCC

    return None if text is None else str(OpenCC("t2s").convert(text))


VARIANTS = [lambda t: t, _traditional, lambda t: t.replace("\n", " ")]


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize(
    "title",
    [
        "某某县人民政府工作规则",  # rules, regulations (规则, 办法, 细则, 条例)
        "某某市交通运输局实施细则",
        "局长在2022年全县经济工作会议上的发言",  # a speech titled 发言, not 讲话
        "某某县商务局2022年预算公开",  # a budget or final-accounts disclosure
        "某某乡人民政府2021年度部门决算公开说明",
        "2016年县政府重点工作任务分解表",  # a table the notice sends
    ],
)
def test_a_title_naming_a_kind_of_document_other_than_a_report(variant, title) -> None:  # type: ignore[no-untyped-def]
    meta = _meta(variant(title + "\n" + PARA * 3 + "\n一、基本情况\n" + PARA))
    assert _simplified(meta.title) == title


@pytest.mark.parametrize("variant", VARIANTS)
def test_a_contents_marker_after_the_title_is_no_part_of_it(variant) -> None:  # type: ignore[no-untyped-def]
    text = "某某管理处2021年度决算公开说明\n(目录)\n第一部分 基本情况\n一、部门主要职能\n" + PARA * 3
    meta = _meta(variant(text))
    assert _simplified(meta.title) == "某某管理处2021年度决算公开说明"


GOV_OPENING = (
    "各位代表:\n现在,我代表区人民政府向大会作工作报告,请予审议,并请各位政协委员提出意见。\n一、过去五年工作回顾\n"
    + PARA * 3
)


@pytest.mark.parametrize("variant", [lambda t: t, _traditional])
@pytest.mark.parametrize("dash", ["——", "──", "--"])
def test_a_gov_report_title_glued_to_its_delivery_line_in_a_one_line_copy(variant, dash) -> None:  # type: ignore[no-untyped-def]
    text = (
        f"政府工作报告{dash}2012年1月3日在某某区第四届人民代表大会第一次会议上某某区人民政府区长张三"
        + GOV_OPENING.replace("\n", "")
    )
    meta = _meta(variant(text))
    assert _simplified(meta.title) == "政府工作报告"
    assert meta.date == "2012-01-03"


@pytest.mark.parametrize("variant", [lambda t: t, _traditional])
def test_a_title_glued_to_a_delivery_line_without_a_date(variant) -> None:  # type: ignore[no-untyped-def]
    text = "政府工作报告——某某市某某区第十七届人民代表大会第四次会议上\n区人民政府区长  张三\n" + GOV_OPENING
    meta = _meta(variant(text))
    assert _simplified(meta.title) == "政府工作报告"
    assert meta.date is None


@pytest.mark.parametrize("variant", [lambda t: t, _traditional])
def test_a_page_number_glued_before_the_title_is_no_part_of_it(variant) -> None:  # type: ignore[no-untyped-def]
    text = "1政府工作报告——2012年1月3日在某某区第四届人民代表大会第一次会议上\n区长 张三\n" + GOV_OPENING
    meta = _meta(variant(text))
    assert _simplified(meta.title) == "政府工作报告"


@pytest.mark.parametrize("variant", [lambda t: t, _traditional])
def test_a_box_drawing_dash_opens_a_delivery_line(variant) -> None:  # type: ignore[no-untyped-def]
    text = "政府工作报告\n──2015年1月6日在区第十四届人民代表大会第四次会议上\n区长  张三\n" + GOV_OPENING
    meta = _meta(variant(text))
    assert meta.date == "2015-01-06"


@pytest.mark.parametrize("variant", [lambda t: t, _traditional])
def test_a_sessions_cover_line_is_no_part_of_the_title_under_it(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "某某市某某区第十四届人民代表大会\n政府工作报告\n──201516日在区第十四届人民代表大会第四次会议上\n"
        "区长  张三\n" + GOV_OPENING
    )
    meta = _meta(variant(text))
    assert _simplified(meta.title) == "政府工作报告"
    assert meta.date == "2015-01-06"  # its 年 and 月 lost: one reading only


@pytest.mark.parametrize(
    "lost",
    ["政 府 工 作 报 告", "政府工作报\n告"],
)
def test_a_gov_report_title_the_cleaner_set_aside_over_its_delivery_line(lost) -> None:  # type: ignore[no-untyped-def]
    text = (
        "首页\n> 政务公开 > 政府信息公开目录 > 报告统计 > 政府工作报告\n2016年政府工作报告\n"
        f"{lost}\n\n2017年1月9日在某某镇第十七届人民代表大会第一次会议上\n张三\n" + GOV_OPENING
    )
    meta = _meta(text)
    assert meta.title in (None, "政府工作报告")  # never the portal's dated page title


def test_a_span_of_years_in_a_notices_title_is_no_delivery_line() -> None:
    text = (
        "某某市人民政府办公室 关于印发《某某市就业行动实施方案(2023—2025年)》的通知\n各镇、乡人民政府:\n"
        "《某某市就业行动实施方案(2023—2025年)》已经市政府同意,现印发给你们,请认真贯彻落实。\n"
        "某某市人民政府办公室\n2023年3月13日\n" + PARA * 3
    )
    assert (_meta(text).title or "").replace(
        " ", ""
    ) == "某某市人民政府办公室关于印发《某某市就业行动实施方案(2023—2025年)》的通知"


def test_a_stores_label_before_a_delivery_line_is_no_title() -> None:
    text = "文档介绍:——2009年5月16日在某某县第十五届人民代表大会\n第三次会议上\n代县长   张三\n" + GOV_OPENING
    meta = _meta(text)
    assert meta.title is None
    assert meta.date == "2009-05-16"


def test_a_page_number_before_a_year_stays() -> None:
    meta = _meta("2021年某某镇林业站工作总结\n" + PARA * 3 + "\n一、基本情况\n" + PARA)
    assert meta.title == "2021年某某镇林业站工作总结"


def test_a_caption_split_after_its_session_name_stays_whole() -> None:
    text = (
        "县长张三在某某县第十三届人民代表大会\n第五次会议上所做的政府工作报告(摘要)\n(2001年3月13日)\n"
        + PARA * 3
        + "\n一、农业结构调整初见成效\n"
        + PARA
    )
    assert _meta(text).title == "县长张三在某某县第十三届人民代表大会第五次会议上所做的政府工作报告(摘要)"


@pytest.mark.parametrize("lost", ["政 府 工 作 报 告", "政府工作报\n告"])
@pytest.mark.parametrize("dash", ["", "——"])
def test_the_own_title_over_a_delivery_line_opening_the_text_wins_over_the_page_title(lost, dash) -> None:  # type: ignore[no-untyped-def]
    text = (
        "首页\n> 政务公开 > 政府信息公开目录 > 报告统计 > 政府工作报告\n2016年政府工作报告\n浏览次数: 打印\n"
        f"{lost}\n\n{dash}2017年1月9日在某某镇第十七届人民代表大会第一次会议上\n张三\n" + GOV_OPENING
    )
    meta = _meta(text)
    assert meta.title == "政府工作报告"
    assert meta.date == "2017-01-09"


def test_the_offices_posting_date_beats_a_mirrors_update_time() -> None:
    text = (
        "某省“十一五”专项规划\n来源:资源网 更新时间:2012-04-14\n某省“十一五”专项规划\n"
        "来源:某省发展和改革委员会 作者: 发布时间:2007.07.05\n" + PARA * 3 + "\n第一章 发展状况\n" + PARA
    )
    meta = _meta(text)
    assert meta.date == "2007-07-05"


@pytest.mark.parametrize("variant", [lambda t: t, _traditional])
def test_a_portal_page_title_carrying_its_date_over_the_own_title_dates_the_page(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "某某街道办事处2016年工作总结 2018-06-15\n某某街道办事处2016年工作总结\n" + PARA * 3 + "\n一、主要工作\n" + PARA
    )
    meta = _meta(variant(text))
    assert meta.date == "2018-06-15"


def test_a_farms_dated_page_title_gives_no_date() -> None:
    text = (
        "文档下载 免费下载\n某某街道办事处2016年工作总结 2018-06-15\n某某街道办事处2016年工作总结\n"
        + PARA * 3
        + "\n一、主要工作\n"
        + PARA
    )
    meta = _meta(text)
    assert meta.title == "某某街道办事处2016年工作总结"
    assert meta.date is None


def test_a_stamp_under_the_title_of_a_government_portal_dates_the_page() -> None:
    text = (
        "某某高新区2016年工作报告\n• 2017-05-02 00:00\n来源: 某某新技术开发区政务网\n"
        + PARA * 3
        + "\n一、工作回顾\n"
        + PARA
    )
    assert _meta(text).date == "2017-05-02"


@pytest.mark.parametrize("colon", [":", "："])
def test_header_values_on_the_line_after_their_labels(colon) -> None:  # type: ignore[no-untyped-def]
    text = (
        f"返回顶部\n\n某某县人民政府工作规则\n\n  • 索引号{colon}\n\n    6107280000/2024-001005\n  • 来源{colon}\n\n"
        f"  • 发文字号{colon}\n\n    某政发〔2024〕7号\n  • 发文日期{colon}\n\n    2024年04月06日 16:40\n"
        f"  • 有效性{colon}\n\n"
        f"  • 发布日期{colon}\n\n    2024年04月09日 16:34\n  • 内容概述{colon}\n\n"
        "某某县人民政府工作规则\n\n第一章总则\n\n" + PARA * 3
    )
    meta = _meta(text)
    assert meta.date == "2024-04-06"
    assert meta.doc_number == "某政发〔2024〕7号"


def test_an_empty_label_takes_no_title_line_for_its_value() -> None:
    text = (
        "    • 发文机关:某县财政局 发文日期:2023-09-15 21:54\n    • 名称:某县2022年度政府决算公开\n    • 文号:\n"
        "    某县2022年度政府决算公开\n\n第一部分 2022年度决算报告\n\n" + PARA * 3
    )
    assert _meta(text).doc_number is None


@pytest.mark.parametrize("placeholder", ["202x", "20xx", "20XX"])
def test_the_templates_own_title_under_a_farms_dated_label(placeholder) -> None:  # type: ignore[no-untyped-def]
    text = (
        "某某生态环境局2024年工作总结及2025年工作计划\n"
        f"某某生态环境局{placeholder}年工作总结及2025年工作计划{placeholder}年以来,区生态环境分局认真贯彻落实全省工作会议"
        "安排部署,在区委、区政府的大力支持下,各项工作取得新进展。\n一、全区环境质量状况\n" + PARA * 3
    )
    assert _meta(text).title == f"某某生态环境局{placeholder}年工作总结及2025年工作计划"


def test_a_dated_label_whose_copy_the_cleaner_set_aside() -> None:
    text = (
        "华博范文网 首页\n2024-12-09 华博范文网\n区生态环境分局202x年一季度工作总结\n"
        "区生态环境分局2024年一季度工作总结(20240412)\n一、总体情况\n" + PARA * 3
    )
    assert _meta(text).title == "区生态环境分局202x年一季度工作总结"


FARM_HEAD = "欢迎来到某某报告网!\n特惠加入VIP会员\n当前位置: 首页 > 工作总结 > {t}\n\n{t}\n\n"


@pytest.mark.parametrize("variant", [lambda t: t, _traditional])
@pytest.mark.parametrize("suffix", ["", "3790字范文", "范文"])
def test_the_own_title_over_the_text_under_the_pages_heading(variant, suffix) -> None:  # type: ignore[no-untyped-def]
    title = "市、县交通运输局2022年工作总结"
    text = (
        FARM_HEAD.format(t=title + suffix) + "  " + title + suffix + "\n\n  " + PARA * 3 + "\n一、工作开展情况\n" + PARA
    )
    assert _simplified(_meta(variant(text)).title) == title


@pytest.mark.parametrize("note", ["供借鉴", "供参考"])
def test_a_stores_note_between_a_run_in_title_and_its_text(note) -> None:  # type: ignore[no-untyped-def]
    text = "应急管理局2023年工作总结和2024年工作计划" + note + "2023年,市应急局坚持以新时代思想为指导," + PARA * 3
    assert _meta(text).title == "应急管理局2023年工作总结和2024年工作计划"


def test_a_farms_label_calling_a_gov_report_a_speech_is_no_title_even_over_the_text() -> None:
    label = "区政府工作会议的讲话"
    text = (
        f"{label}\n\n时间:2022-07-15 08:03:00\n\n导语:{label}一文来源于网友上传,不代表本站观点。\n\n{label}\n\n"
        + GOV_OPENING
    )
    assert _meta(text).title is None


@pytest.mark.parametrize("variant", [lambda t: t, _traditional])
def test_the_own_title_right_over_the_text_that_the_cleaner_took_for_the_headings_copy(variant) -> None:  # type: ignore[no-untyped-def]
    title = "2023年市交通运输局工作总结"
    text = (
        f"{title}\n\n时间:2024-01-31 18:13:01 来源:网友投稿\n\n下面是小编为大家整理的{title},供大家参考。\n\n"
        f"{title}\n\n一、2018-2022年工作情况\n\n" + PARA * 3
    )
    meta = _meta(variant(text))
    assert _simplified(meta.title) == title
    assert meta.date is None  # a farm's posting time


@pytest.mark.parametrize(
    ("first", "title"),
    [
        (
            "管委会2020年工作总结范文和2020年工作思路一、2021年工作总结作为工业经济的主平台,",
            "管委会2020年工作总结和2020年工作思路",
        ),
        (
            "市生态环境局关于工作总结范文和工作安排情况报告2024/X/XX2024年,在省厅和市委的领导下,",
            "市生态环境局关于工作总结和工作安排情况报告",
        ),
    ],
)
def test_a_farm_word_inside_a_run_in_title_is_dropped(first, title) -> None:  # type: ignore[no-untyped-def]
    assert _meta(first + PARA * 4).title == title


@pytest.mark.parametrize("brand", ["-某某官网真人游戏第一品牌", "_某某资料站", "-某某集团"])
def test_a_sites_brand_after_the_title_is_dropped(brand) -> None:  # type: ignore[no-untyped-def]
    text = f"2023年应急管理工作总结和2024年重点工作安排{brand}\n" + PARA * 3 + "\n一、主要工作开展情况\n" + PARA
    assert _meta(text).title == "2023年应急管理工作总结和2024年重点工作安排"


def test_a_collections_page_label_after_the_title_is_no_brand() -> None:
    text = "乡2023年政府工作报告-10篇(第20/30页)\n一年来,我们坚持惠民生、强保障,持续提升群众幸福指数。\n" + PARA * 3
    assert _meta(text).title is None


@pytest.mark.parametrize("focus", ["2024年工作总结及2025年工作重点", "2025年工作重心", "2023年经济社会发展主要任务"])
def test_a_plans_focus_names_a_document(focus) -> None:  # type: ignore[no-untyped-def]
    text = focus + "\n一、2024年工作总结\n" + PARA * 3
    assert _meta(text).title == focus


def test_a_digest_headline_in_a_one_cell_table_row() -> None:
    text = "坚决打赢攻坚战 为加快建设新某某而努力奋斗 ——政府工作报告摘登 |\n" + PARA * 3 + "\n一、工作回顾\n" + PARA
    assert (_meta(text).title or "").replace(" ", "") == "坚决打赢攻坚战为加快建设新某某而努力奋斗——政府工作报告摘登"


def test_a_numbered_contents_entry_in_a_table_row_is_no_title() -> None:
    text = "| 目录 |\n| 01关于某县2019年财政决算的报告 |\n| 02一般公共预算收入决算表 |\n" + PARA * 3
    assert _meta(text).title != "01关于某县2019年财政决算的报告"


@pytest.mark.parametrize("variant", [lambda t: t, _traditional])
def test_a_news_page_giving_the_report_in_full_after_its_lead(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "2021年某省《政府工作报告》(附全文) 发布时间:2021-02-22 10:16\n"
        "某某网讯:2021年1月30日在某省第十三届人民代表大会第六次会议上《某省政府工作报告》,《报告》包括2020年工作回顾、"
        "主要目标任务和远景目标。\n《某省政府工作报告》全文\n一、2020年工作回顾\n" + PARA * 3
    )
    meta = _meta(variant(text))
    assert _simplified(meta.title) == "某省政府工作报告"
    assert meta.date == "2021-01-30"


def test_a_meeting_date_opening_a_news_item_dates_it() -> None:
    # (253's summing-up meeting: the lead's session-23 ruling dates a news item with no date of its own by the full
    # day of the meeting it opens with, as 1948/1950's work conferences)
    text = "2021年3月5日,由局长主持召开的县水务局2020年度工作总结会在局会商室召开,部署2021年任务。\n" + PARA * 3
    assert _meta(text).date == "2021-03-05"


def test_a_stores_posting_line_naming_its_category_is_no_title() -> None:
    text = "公文搜 2021-07-23 10:26:26 政府报告\n(某某省)2017年某县人民政府工作报告(全文)\n" + GOV_OPENING
    assert _meta(text).title != "公文搜 2021-07-23 10:26:26 政府报告"


def test_a_run_of_head_lines_holding_a_delivery_phrase_is_no_title() -> None:
    text = (
        "公文搜 2021-07-23 10:26:26 政府报告\n"
        "(某某省)2017年某县人民政府工作报告(全文) 政府工作报告 2017年2月22日在某县第十七届人民代表大会第一次会议上 "
        "某县人民政府代县长(某某省)2017年某县人民政府工作报告\n" + GOV_OPENING
    )
    assert "会议上" not in (_meta(text).title or "")


@pytest.mark.parametrize("junk", ["pbY", "Qx"])
def test_anti_copy_letters_glued_to_the_title_are_dropped(junk) -> None:  # type: ignore[no-untyped-def]
    text = f"政府工作报告{junk}\n2017年2月22日在某县第十七届人民代表大会第一次会议上{junk}\n" + GOV_OPENING
    meta = _meta(text)
    assert meta.title == "政府工作报告"
    assert meta.date == "2017-02-22"


def test_a_signature_glued_to_its_date_dates_the_notice() -> None:
    text = (
        "某市价费字〔2017〕53号\n某市物价局\n关于印发《某市收费清单（2017）》的通知\n各县（区）物价局：\n"
        + PARA * 3
        + "\n附件：某市收费清单（2017）\n某市物价局2017年11月16日\n（此件主动公开）\n抄送：市发改委。\n"
        "某市物价局办公室\t2017年11月16日印发\n"
    )
    assert _meta(text).date == "2017-11-16"


def test_a_notice_title_the_cleaner_set_aside_once() -> None:
    title = "关于设备 器具扣除有关企业所得税政策的通知"
    text = (
        f"{title}\n收藏字号： 大 中 小\n财税〔2018〕54号\n各省、自治区、直辖市财政厅(局)：\n"
        "为引导企业加大设备、器具投资力度，现就有关企业所得税政策通知如下：\n" + PARA * 3 + "\n财政部\n2018年5月7日\n"
    )
    meta = _meta(text)
    assert (meta.title or "").replace(" ", "") == title.replace(" ", "")


def test_a_title_running_into_a_half_year_opening() -> None:
    text = "县政府民政工作总结上半年,我局在县委、县政府的领导下,全面落实科学发展观," + PARA * 4
    assert _meta(text).title == "县政府民政工作总结"


def test_a_farms_model_copy_label_is_no_first_half_of_the_title() -> None:
    text = (
        "县教育体育局年终工作总结报告范本\n县教育体育局年终工作总结报告范本\n2020县教育体育局年终工作总结报告\n"
        + PARA * 3
        + "\n一、基本情况\n"
        + PARA
    )
    assert _meta(text).title == "2020县教育体育局年终工作总结报告"


NOTICE_BODY = (
    "为全面完成好各项工作任务,经区政府同意,现将有关事项通知如下。请各单位认真贯彻落实,确保各项工作任务得到有效落实。\n"
)


@pytest.mark.parametrize(
    ("attachment", "title"),
    [
        ("附件:《政府工作报告》任务分解表", "《政府工作报告》任务分解表"),
        ("附件:2016年县政府重点工作任务分解表", "2016年县政府重点工作任务分解表"),
    ],
)
def test_a_notice_without_its_title_sends_one_attachment(attachment, title) -> None:  # type: ignore[no-untyped-def]
    text = "各镇人民政府,区政府各部门:\n" + NOTICE_BODY * 2 + attachment + "\n某市某区人民政府办公室\n2021年1月25日\n"
    meta = _meta(text)
    assert meta.title == title
    assert meta.issuer == "某市某区人民政府办公室"


def test_a_notice_sending_several_attachments_names_none() -> None:
    text = (
        "各镇人民政府,区政府各部门:\n"
        + NOTICE_BODY * 2
        + "附件:1.某某任务分解表\n2.某某考核办法\n某区人民政府办公室\n2021年1月25日\n"
    )
    assert _meta(text).title is None


def test_a_text_opening_at_what_its_notice_sends() -> None:
    text = "现将《2024年体育工作总结与2025年体育工作重点》印发给你们,请结合实际,认真贯彻落实。\n" + PARA * 3
    assert _meta(text).title == "2024年体育工作总结与2025年体育工作重点"


@pytest.mark.parametrize(
    ("who", "title"), [("某市人民政府办公室", "某市人民政府办公室2019年政府信息公开工作年度报告"), ("我局", None)]
)
def test_an_opening_that_publishes_the_report_names_it(who, title) -> None:  # type: ignore[no-untyped-def]
    text = (
        f"根据《中华人民共和国政府信息公开条例》规定,现公布{who}2019年政府信息公开工作年度报告。本报告由总体情况等部分组成。\n"
        "一、总体情况\n" + PARA * 3
    )
    assert _meta(text).title == title


def test_a_name_field_opening_with_its_wenhao() -> None:
    text = (
        "名称: 某政办〔2020〕2 号 区人民政府办公室关于印发2020年重点工作责任分解方案的通知\n"
        "区人民政府办公室关于印发2020年区政府\n重点工作责任分解方案的通知\n各街道办事处:\n" + PARA * 3
    )
    title = (_meta(text).title or "").replace(" ", "")
    assert title == "区人民政府办公室关于印发2020年重点工作责任分解方案的通知"


@pytest.mark.parametrize("variant", [lambda t: t, _traditional])
def test_a_notice_title_running_into_its_addressees(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "某县某镇人民政府文件 某府发[2001]15号\n"
        "某县某镇人民政府 关于印发《某镇卫生保健工作规划(2001-2010年)及实施意见》的通知 各村民委员会、镇属有关部门:\n"
        + PARA * 3
        + "\n某镇人民政府\n2001年3月28日\n"
    )
    meta = _meta(variant(text))
    assert (_simplified(meta.title) or "").replace(" ", "") == (
        "某县某镇人民政府关于印发《某镇卫生保健工作规划(2001-2010年)及实施意见》的通知"
    )


def test_a_notice_title_broken_inside_its_book_marks() -> None:
    text = (
        "某县医疗保障局  某县发展和改革局\n关于印发《某县“十四五”医疗保障事业发展\n规划》的通知\n"
        "各镇人民政府,县政府各部门:\n现将《某县“十四五”医疗保障事业发展规划》予以印发,请认真贯彻执行。\n"
        "某县医疗保障局          某县发展和改革局\n2021年12月30日\n某县“十四五”医疗保障事业发展规划\n" + PARA * 3
    )
    # the red-head joint issuer line over the 关于 line is part of the title (gold README, 543/581)
    assert _meta(text).title == "某县医疗保障局  某县发展和改革局关于印发《某县“十四五”医疗保障事业发展规划》的通知"


def test_a_title_line_carrying_its_wenhao_in_brackets() -> None:
    text = (
        "中共某市委办公室某市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知(某办发〔2017〕2号)\n"
        "各县市区委、人民政府:\n" + PARA * 3 + "\n中共某市委办公室\n某市人民政府办公室\n2017年1月10日\n"
    )
    meta = _meta(text)
    assert meta.doc_number == "某办发〔2017〕2号"
    assert meta.title is not None and "〔2017〕" not in meta.title


def test_a_wenhao_the_page_cut_alone_under_the_title() -> None:
    text = "关于印发某区优化营商环境实施方案的通知\n某安政发〔2019〕1\n" + PARA * 3 + "\n某区人民政府\n2019年3月9日\n"
    assert _meta(text).doc_number == "某安政发〔2019〕1"


def test_a_body_citing_a_wenhao_gives_none() -> None:
    text = "某县2021年工作总结\n" + "根据《某省人民政府关于优化营商环境的意见》(某政发〔2018〕26号)要求," + PARA * 3
    assert _meta(text).doc_number is None


def test_an_infobox_wenhao_row_the_cleaner_set_aside() -> None:
    text = (
        "某省医疗保障事业发展“十四五”规划\n" + PARA * 2 + "\n基本介绍\n• 中文名:某省医疗保障事业发展“十四五”规划\n"
        "• 发文机关:某省发改委\n• 发文字号:某发改规划〔2021〕103号\n• 成文日期:2021年3月31日\n现实基础\n" + PARA * 3
    )
    meta = _meta(text)
    assert meta.doc_number == "某发改规划〔2021〕103号"


@pytest.mark.parametrize(
    ("value", "expected"), [("200808_PF001030601200808003", None), ("某政办发〔2021〕3号", "某政办发〔2021〕3号")]
)
def test_a_wenhao_field_holding_a_record_code_gives_none(value, expected) -> None:  # type: ignore[no-untyped-def]
    text = f"索引号: 0001/2008-00003 发布机构: 某县人民政府\n文号: {value}\n某县2008年工作总结\n" + PARA * 3
    assert _meta(text).doc_number == expected


@pytest.mark.parametrize("lead", ["", "PAGE  PAGE - 7 - ", "某某高新区2007年工作总结和2008年工作安排报告 |\n"])
def test_a_slogan_title_over_its_subtitle_on_one_line(lead) -> None:  # type: ignore[no-untyped-def]
    text = (
        lead + "当创业先锋 做创新龙头 努力实现高新区发展的新跨越 ——某某高新区2007年工作总结和2008年工作安排 "
        "一、2007年工作回顾 2007年是高新区升级后的开局之年,也是各项事业实现全面提升的重要一年。" + PARA * 3
    )
    assert (_meta(text).title or "").replace(" ", "") == "当创业先锋做创新龙头努力实现高新区发展的新跨越"


def test_a_title_with_a_dash_subtitle_that_is_no_slogan_stays() -> None:
    text = "某县2021年工作总结 ——2022年工作思路\n" + PARA * 3 + "\n一、工作回顾\n" + PARA
    assert _meta(text).extra["标题依据"] != "a slogan title over its ——subtitle naming the document"


def test_a_farm_compilations_label_is_no_title() -> None:
    text = "2023政务中心工作总结(通用5篇)\n2023政务中心工作总结 篇1\n" + PARA * 3 + "\n一、注重学习培训\n" + PARA
    assert _meta(text).title is None


def test_the_label_a_farm_files_its_piece_under_is_no_title() -> None:
    label = "关于政务服务中心年终总结及明年工作计划"
    text = (
        f"{label}\n{label}\n时间犹如间隙中的沙一瞬间便消失无踪,很快就到年底了,小编为大家收集的范文,欢迎阅读。\n"
        f"政务服务中心年终总结及明年工作计划 篇1\n" + PARA * 3 + "\n一、工作基本情况\n" + PARA
    )
    assert _meta(text).title is None


def test_a_pieces_own_title_under_its_label_stays() -> None:
    text = (
        "某局副局长述职报告范文五篇-某某平台\n某局副局长述职报告篇1\n20xx年区某局副局长述职述廉报告\n"
        + PARA * 3
        + "\n一、述职情况\n"
        + PARA
    )
    assert _meta(text).title == "20xx年区某局副局长述职述廉报告"


def test_a_farms_blurb_with_a_masked_place_is_no_template_title() -> None:
    """The placeholder must stand where the label has its year: `X市` in a farm's blurb is a masked place (412)."""
    text = "下面是小编为大家整理的2023年度X市教育局工作要点,供大家参考。\n" + PARA * 3
    assert _meta(text).title != "下面是小编为大家整理的2023年度X市教育局工作要点,供大家参考。"


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("-精品合同推荐- 2008年街道办工作总结一年来,某街道办事处在区党工委的正确领导下,", "2008年街道办工作总结"),
        (
            "编号:682553579区卫计局2018年上半年重点工作完成情况总结汇报201X/X/XX区卫计局2018年上半年重点工作完成情况总结汇报"
            "2018年上半年,区卫计局深入贯彻党的十九大精神,",
            "区卫计局2018年上半年重点工作完成情况总结汇报",
        ),
    ],
)
def test_a_stores_tag_before_a_run_in_title(line, title) -> None:  # type: ignore[no-untyped-def]
    assert _meta(line + PARA * 4).title == title


def test_the_title_and_delivery_line_after_a_contents_table() -> None:
    rows = "".join(
        f"| {n:02d}某县2019年{name}决算表 |\n"
        for n, name in enumerate(["一般公共预算收入", "基本支出", "政府性基金"], 2)
    )
    text = (
        "| 目录 |\n| 01关于某县2019年财政决算的报告 |\n" + rows + "| 关于某县2019年财政决算情况的报告 |\n"
        "| (2020年9月28日在县第十六届人大常委会第三十四次会议上) 尊敬的主任、各位委员: 受县人民政府委托,我就某县2019年"
        "财政决算草案报告如下,请予以审议。 |\n" + PARA * 3
    )
    meta = _meta(text)
    assert meta.title == "关于某县2019年财政决算情况的报告"
    assert meta.date == "2020-09-28"


@pytest.mark.parametrize("placeholder", ["202x", "xxxx", "20XX"])
def test_a_title_running_into_a_placeholder_year(placeholder) -> None:  # type: ignore[no-untyped-def]
    text = f"乡镇年度林业站农林工作总结{placeholder}年,镇林业站在区林业局和乡镇委、镇政府的领导和指导下," + PARA * 4
    assert _meta(text).title == "乡镇年度林业站农林工作总结"


def test_a_farm_headings_bracketed_date_when_the_page_gives_no_other() -> None:
    text = (
        "某某范文网 首页\n区生态环境分局2024年一季度工作总结(20240412)\n2024-12-09 某某范文网\n"
        "区生态环境分局202x年一季度工作总结\n一、一季度总体情况\n" + PARA * 3
    )
    assert _meta(text).date == "2024-04-12"


def test_the_own_title_line_over_a_name_field_with_a_slip() -> None:
    text = (
        "• 发文机关:某县财政局 发文日期:2023-09-15 21:54\n• 名称:某县2022年度年政府决算公开\n• 文号:\n"
        "某县2022年度年政府决算公开\n某县2022年度政府决算公开\n第一部分 2022年度决算报告\n" + PARA * 3
    )
    assert _meta(text).title == "某县2022年度政府决算公开"


def test_a_title_wrapped_over_three_pieces_of_a_one_line_copy() -> None:
    text = (
        "某省2021年度部门决算公开说明 某县某某朝鲜族满族 乡人民政府2021年度部门决算 公开说明 "
        "某省2021年度部门决算公开说明 目 录 第一部分 部门概况 " + PARA * 4
    )
    assert _meta(text).title == "某县某某朝鲜族满族乡人民政府2021年度部门决算公开说明"


_PIECES = st.sampled_from(
    [
        "政府工作报告",
        "——2012年1月3日在某区第四届人民代表大会第一次会议上",
        "各位代表:",
        "\n",
        " ",
        "政 府 工 作 报 告",
        "首页 > 政务公开",
        "| 01关于某县决算的报告 |",
        "(2020年9月28日在县人大常委会会议上)",
        "某某局2021年工作总结范文和2022年工作思路",
        "附件:某某任务分解表",
        "现将《某某工作要点》印发给你们,",
        "篇1",
        "202x年",
        "• 发文日期:",
        "2024年04月06日 16:40",
        "某政办发〔2021〕3号",
        "。",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=25))
def test_metadata_never_fails_on_a_head_made_of_the_shapes_above(pieces) -> None:  # type: ignore[no-untyped-def]
    text = "".join(pieces) + "\n" + PARA
    meta = _meta(text)
    assert meta.title is None or ("\n" not in meta.title and meta.title.strip())
    assert meta.date is None or len(meta.date) == 10


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="政府报告\n 　(qū)總結abc", max_size=60), st.integers(min_value=-5, max_value=80))
def test_the_line_above_the_body_is_one_line_or_none(original, start) -> None:  # type: ignore[no-untyped-def]
    from models.ingest.metadata_page_lines import line_above_body

    above = line_above_body(original, start)
    assert above is None or ("\n" not in above and above.strip())


def test_a_farms_preamble_with_a_masked_place_is_no_template_title() -> None:
    text = (
        "下面是小编为大家整理的2023年度X市教育局工作要点,供大家参考。\n"
        "2021年,市教育局工作的总体思路是:以新时代思想为指导,贯彻落实全会精神。\n一、强化党建\n" + PARA * 3
    )
    assert _meta(text).title is None


def test_template_title_with_no_lines_left_reads_the_set_aside_labels() -> None:
    """A page whose every head line the cleaner set aside (a wiki mirror's infobox over the text, 1976) leaves no
    own line to compare the label with: the label is read alone, never an IndexError on the empty head."""
    from models.ingest.metadata_template_titles import template_title

    assert template_title("文成县2013年政府工作报告", [], ("文成县2013年政府工作报告",)) is None


def test_a_wiki_mirror_whose_head_lines_are_all_set_aside_parses() -> None:
    """The real page (corpus 1976, a traditional-script Wikisource copy) that raised the IndexError on import."""
    from pathlib import Path

    from models.ingest import parse_file

    corpus = Path(__file__).resolve().parents[2] / "corpus" / "reports"
    parsed = parse_file(next(corpus.glob("1976_*.txt")))
    assert parsed.metadata.title == "2013年文成县人民政府工作报告"
