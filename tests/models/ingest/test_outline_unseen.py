"""Outline families found on the reports added after the last tuning pass (sets 701–967): each test is a short
made-up text of the family's shape."""

from __future__ import annotations

from models.ingest.chrome_lines import classify_line
from models.ingest.outline import build_outline
from models.types import walk_sections

PARA = "全年完成工业总产值11.83亿元，同比增长8.46%，较好完成了年度目标任务。"


def flat(text: str) -> list[tuple[int, str, str]]:
    return [(s.level, s.label, s.title) for s in walk_sections(build_outline(text))]


def test_the_title_under_a_label_only_attachment_line_is_its_child() -> None:
    lines = ["一、加强组织领导", PARA, "二、强化督查考核", PARA, "附件1", "某县重点工作任务清单"]
    lines += ["一、经济发展类工作(8项)", "1.建设食品产业园。", PARA, "2.打造物流基地。", PARA]
    got = flat("\n".join(lines))
    assert got[2:5] == [(1, "附件1", ""), (2, "", "某县重点工作任务清单"), (3, "一、", "经济发展类工作(8项)")]
    assert (4, "2.", "打造物流基地") in got


def test_the_title_after_a_label_only_attachment_piece_of_a_one_line_copy_is_its_child() -> None:
    # a doc store's copy with each line break written as one blank: … 附件1 某县重点工作任务清单 一、…
    lines = ["某县人民政府办公室关于印发任务清单的通知", "各乡镇人民政府：", PARA, "一、加强组织领导。" + PARA * 3]
    lines += ["二、强化督查考核。" + PARA * 3, "某县人民政府办公室", "2025年5月18日", "附件1", "某县重点工作任务清单"]
    lines += ["一、经济发展类工作(8项)", "1.建设食品产业园。", PARA, "2.打造物流基地。", PARA]
    got = flat(" ".join(lines))
    assert (1, "附件1", "") in got
    assert got[got.index((1, "附件1", "")) + 1 : got.index((1, "附件1", "")) + 3] == [
        (2, "", "某县重点工作任务清单"),
        (3, "一、", "经济发展类工作(8项)"),
    ]


def test_a_bare_attachment_line_without_number_or_colon_is_the_attachment_heading() -> None:
    # 公文 layout: the attachment's page opens with 附件 (one attachment, no number) over its own title
    lines = ["某市考评办法", "一、考评对象", PARA, "二、考评方式", PARA, "附件", "某市考评指标"]
    lines += ["一、政务服务（25分）", "（一）平台建设（3分）", "1．完善平台功能。", PARA, "2．提升服务水平。", PARA]
    got = flat("\n".join(lines))
    assert (1, "附件", "") in got
    assert (2, "", "某市考评指标") in got
    assert (3, "一、", "政务服务（25分）") in got
    assert (5, "2．", "提升服务水平") in got


def test_a_contents_list_whose_marker_lost_a_character_is_no_outline() -> None:
    # 目　录 letter-spaced on a page: the extraction kept 录 alone; the excerpt ends before the body
    lines = ["某县2022年度政府决算公开", "录", "第一部分 2022年度决算报告", "一、一般公共预算收支决算情况"]
    lines += ["1、收入决算情况", "2、支出决算情况", "二、政府性基金收支决算情况", "第二部分 决算公开报表"]
    lines += ["1、一般公共预算收入决算表", "2、一般公共预算支出决算表", "第三部分 相关说明"]
    assert flat("\n".join(lines)) == []


def test_the_title_a_web_page_copied_with_a_catalogue_code_before_it_is_no_heading() -> None:
    lines = ["2022110103林业局2022年工作总结", "文章导读", "2022110103林业局2022年工作总结。"]
    lines += ["林业局2022年工作总结", PARA, "一、党的建设持续加强", PARA, "二、森林资源管护有力", PARA]
    got = flat("\n".join(lines))
    assert got == [(1, "一、", "党的建设持续加强"), (1, "二、", "森林资源管护有力")]


def test_a_longer_title_opening_with_the_section_name_does_not_hide_the_section() -> None:
    lines = ["某局2020年工作总结和2021年工作计划", PARA, "2020年工作总结", PARA, "一、稳增长", PARA, "二、促改革", PARA]
    lines += ["2021年工作计划", PARA, "一、抓项目", PARA, "二、强党建", PARA]
    got = flat("\n".join(lines))
    assert (1, "", "2020年工作总结") in got
    assert (1, "", "2021年工作计划") in got


def test_an_attachment_after_the_issued_document_stands_beside_it_and_its_styles_nest_afresh() -> None:
    lines = ["某市办公室关于印发《某市考评办法》的通知", "现将《某市考评办法》印发给你们，请认真执行。", "某市考评办法"]
    lines += ["一、考评对象", PARA, "二、考评方式", "（一）考评以日常监测等方式进行。", "（二）实行百分制。"]
    lines += ["附件：", "某市考评指标", "附件", "某市考评指标", "一、政务服务（25分）", "（一）平台建设（3分）"]
    lines += ["1．完善平台功能。", PARA, "2．提升服务水平。", PARA, "（二）热线升级（2分）", "3．整合热线。", PARA]
    got = flat("\n".join(lines))
    assert got[0] == (1, "", "某市考评办法")
    assert got[5:] == [
        (1, "附件", ""),
        (2, "", "某市考评指标"),
        (3, "一、", "政务服务（25分）"),
        (4, "（一）", "平台建设（3分）"),
        (5, "1．", "完善平台功能"),
        (5, "2．", "提升服务水平"),
        (4, "（二）", "热线升级（2分）"),
        (5, "3．", "整合热线"),
    ]


def test_a_bare_attachment_line_is_kept_for_the_outline_and_an_empty_attachment_field_is_chrome() -> None:
    assert classify_line("附件").kind == "body"
    assert classify_line("附件：").kind == "chrome"


def test_a_doc_stores_outline_printed_before_the_title_is_no_heading() -> None:
    # the store lists the document's headings first (no 目录 label, no page numbers), then title and text
    heads = ["一、2025年重点工作推进情况", "(一)旅游提质升级成效显著", "(二)特色产业发展势头强劲"]
    lines = [*heads, "二、存在的主要问题", "三、2026年工作要点", "(一)做强旅游品牌", "(二)加强党的建设"]
    lines += ["某镇2025年工作总结及2026年工作计划", PARA, heads[0], heads[1], PARA, heads[2], PARA]
    got = flat("\n".join(lines))
    assert got == [
        (1, "一、", "2025年重点工作推进情况"),
        (2, "(一)", "旅游提质升级成效显著"),
        (2, "(二)", "特色产业发展势头强劲"),
    ]


def test_one_line_text_a_first_item_glued_to_its_parents_title_opens_the_run_under_it() -> None:
    text = (
        "某局2020年工作计划2020年是收官之年，我局将全力以赴。一、坚持智慧水利理念,严防水旱灾害1.进一步优化防汛指挥系统。"
        + PARA
        + "2.进一步优化管理平台。"
        + PARA
        + "一、坚持项目为王理念,加速设施建设1.新建水库工程。"
        + PARA
    )
    got = flat(text)
    assert got == [
        (1, "一、", "坚持智慧水利理念,严防水旱灾害"),
        (2, "1.", "进一步优化防汛指挥系统"),
        (2, "2.", "进一步优化管理平台"),
        (1, "一、", "坚持项目为王理念,加速设施建设"),
        (2, "1.", "新建水库工程"),
    ]


def test_a_chapter_title_run_into_its_first_article_is_two_headings() -> None:
    lines = ["某州政务数据资源管理办法", "第一章　总则　　第一条 　为规范政务数据资源管理，制定本办法。"]
    lines += ["第二条　本办法适用于本州行政区域内的政务部门。", "第二章　规划建设　　第三条 　主管部门应当编制规划。"]
    lines += ["第四条　政务部门应当按照规划建设系统。"]
    got = flat("\n".join(lines))
    assert got == [
        (1, "第一章", "总则"),
        (2, "第一条", "为规范政务数据资源管理，制定本办法"),
        (2, "第二条", "本办法适用于本州行政区域内的政务部门"),
        (1, "第二章", "规划建设"),
        (2, "第三条", "主管部门应当编制规划"),
        (2, "第四条", "政务部门应当按照规划建设系统"),
    ]


def test_rows_of_a_table_written_one_cell_to_a_line_are_no_headings() -> None:
    lines = ["一、综合", PARA, "表1 居民消费价格", "比上年上涨（%）", "居民消费价格总指数", "1.5", "1.食品烟酒", "2.6"]
    lines += [
        "2.衣着",
        "1.0",
        "3.交通和通信",
        "-2.5",
        "（1）税收收入",
        "69.10",
        "（2）非税收入",
        "12%",
        "二、农业",
        PARA,
    ]
    assert flat("\n".join(lines)) == [(1, "一、", "综合"), (1, "二、", "农业")]


def test_a_heading_whose_next_line_is_a_rows_serial_number_stays_a_heading() -> None:
    lines = ["某局目标任务责任分解表", "序号", "目标任务", "一、量化类任务(共14项)", "1", "农村居民收入与经济增长同步"]
    lines += ["经管科", PARA, "2", "启动实施乡村建设行动", PARA]
    assert (1, "一、", "量化类任务(共14项)") in flat("\n".join(lines))


def test_a_bulletins_notes_section_after_its_last_paragraph_holds_headings() -> None:
    lines = ["一、综合", PARA, "二、农业", PARA, "注:1.本公报中数据为初步统计数。部分数据因四舍五入存在误差。"]
    lines += ["2.生产总值绝对数按现价计算，增长速度按可比价计算。", "资料来源：", "本公报中数据来自国家统计局调查队。"]
    got = flat("\n".join(lines))
    assert got[2:] == [
        (1, "", "注"),
        (2, "1.", "本公报中数据为初步统计数"),
        (2, "2.", "生产总值绝对数按现价计算，增长速度按可比价计算"),
        (1, "", "资料来源"),
    ]


def test_notes_under_a_table_are_no_headings() -> None:
    lines = ["一、工作目标", PARA, "二、考核办法", "考核项目", "分值", "送检批次", "20"]
    lines += ["注：1、考核分由镇农业部门评定。", "2、如村社发现抽检不合格的农产品，考核分被扣除。"]
    assert flat("\n".join(lines)) == [(1, "一、", "工作目标"), (1, "二、", "考核办法")]


def test_a_parenthesised_label_with_a_comma_after_it_keeps_it_as_written() -> None:
    lines = ["一、2021年工作总结", PARA, "(一)、因难而上,工程建设有序推进", PARA, "(二)、加强管理,安全形势平稳", PARA]
    got = flat("\n".join(lines))
    assert got[1:] == [(2, "(一)、", "因难而上,工程建设有序推进"), (2, "(二)、", "加强管理,安全形势平稳")]


def test_a_label_the_page_doubled_is_one_label() -> None:
    lines = [
        "一、重点任务",
        "(一)开展宣传活动。",
        PARA,
        "(二)推进专项行动。",
        PARA,
        "(三)(三)组织开展年度工作评价。",
        PARA,
    ]
    assert flat("\n".join(lines))[-1] == (2, "(三)", "组织开展年度工作评价")


def test_a_doc_stores_numbered_notices_to_its_buyers_are_no_headings() -> None:
    lines = ["温馨提示:", "2. 本文档由用户上传,版权归属用户,本网负责整理代发布。如有争议请联系客服。"]
    lines += ["3. 下载前请仔细阅读文档内容,若出现内容与标题不符可向本站投诉处理。", "某局2023年上半年工作总结", PARA]
    lines += ["(一)开展概况", "1、全区现有中小学16所。", "2、全区现有优抚对象720人。"]
    got = flat("\n".join(lines))
    assert [h for h in got if h[1] in ("2.", "3.")] == []
    assert [h[1:] for h in got[-3:]] == [
        ("(一)", "开展概况"),
        ("1、", "全区现有中小学16所"),
        ("2、", "全区现有优抚对象720人"),
    ]


def test_one_line_text_a_title_ends_where_its_paragraph_opens_with_the_year_and_a_comma() -> None:
    text = (
        "某局2015年工作总结今年以来，我局积极履行部门职责，全力做好各项工作。"
        "一、务实求效,实干争先,2015年工作成绩斐然2015年,我局在区委区政府的正确领导下,全面推进各项事业。"
        + PARA
        + "二、开拓创新,攻坚克难,全力谋划明年工作2016年,我局将继续抓好重点项目建设。"
        + PARA
    )
    assert flat(text) == [
        (1, "一、", "务实求效,实干争先,2015年工作成绩斐然"),
        (1, "二、", "开拓创新,攻坚克难,全力谋划明年工作"),
    ]


def test_a_dash_led_line_alone_without_final_punctuation_titles_the_paragraph_after_it() -> None:
    lines = ["政府工作报告", "——在县第十届人民代表大会第三次会议上", "——坚持改进作风,自身建设不断加强", PARA + PARA]
    lines += ["——深化改革开放。" + PARA, "——提升民生福祉,群众生活持续改善", PARA]
    assert flat("\n".join(lines)) == [
        (1, "", "坚持改进作风,自身建设不断加强"),
        (1, "", "提升民生福祉,群众生活持续改善"),
    ]


def test_an_e_book_sites_chapter_label_over_a_piece_of_a_report_is_no_heading() -> None:
    lines = ["某县人大志", "第44章 工作报告(7)", "三、加强精神文明建设", PARA, "四、加强民主法制建设", PARA]
    assert flat("\n".join(lines)) == [(1, "三、", "加强精神文明建设"), (1, "四、", "加强民主法制建设")]


def test_a_line_counting_the_items_it_announces_is_a_lead_in_not_a_sub_head() -> None:
    # 今年要突出抓好十个方面的工作： says how many items follow; the numbered items are the headings
    for lead in ("今年要突出抓好十个方面的工作：", "明年重点做好以下几项工作：", "下步重点抓好三项工作："):
        lines = ["某区2015年政府工作报告", "各位代表：", PARA * 2, "一、2015年工作安排", PARA, lead]
        lines += ["（一）狠抓项目建设，保持经济稳定增长", PARA, "（二）加快产业升级", PARA]
        got = flat("\n".join(lines))
        assert (2, "（一）", "狠抓项目建设，保持经济稳定增长") in got, lead
        assert all(title not in lead for _, _, title in got), (lead, got)


def test_a_sub_head_with_a_lead_in_colon_and_no_count_stays() -> None:
    lines = ["某局2020年工作总结", PARA * 2, "一、主要工作", PARA, "工会工作：", PARA * 2]
    assert (2, "", "工会工作") in flat("\n".join(lines))


def test_one_line_text_a_first_parenthesised_item_glued_to_its_parents_title_is_not_part_of_that_title() -> None:
    # …主要工作总结(1) 企业…: the first item's (1) ran onto the part title, a blank before its own title
    text = (
        "某局2021年工作总结2021年,我局紧抓经济指标,实现工业经济平稳运行。一、2021年主要工作总结(1) 企业标杆示范"
        "作用进一步加强。一是龙头企业发展壮大。"
        + PARA
        + "(2) 智改数转步伐进一步加快。"
        + PARA
        + "二、2022年工作打算(1) 推动产业集群发展。"
        + PARA
    )
    got = flat(text)
    assert [h for h in got if h[0] == 1] == [(1, "一、", "2021年主要工作总结"), (1, "二、", "2022年工作打算")]


def test_one_line_text_a_first_parenthesised_heading_right_after_the_lead_in_colon() -> None:
    # …工作任务落实情况如下:(一)项目建设逐步推进。…(二)…: the sections of a report run together open at the colon
    text = (
        "某县2021年工作任务落实情况2021年是开局之年,全县积极推进转型发展。2021年工作任务落实情况如下:"
        "(一)项目建设逐步推进。" + PARA * 3 + "(二)工业发展基础更加坚实。" + PARA * 3
    )
    got = flat(text)
    assert got == [(1, "(一)", "项目建设逐步推进"), (1, "(二)", "工业发展基础更加坚实")]


def test_one_line_text_a_list_after_a_lead_in_colon_whose_first_item_is_a_clause_is_no_heading() -> None:
    text = (
        "某县2021年工作报告2021年是开局之年,全县积极推进转型发展。"
        + PARA * 2
        + "判处的案件分为以下四类：（一）因情节严重"
        "而判处重刑的占16.8%，这在当时是必要的；（二）实行劳动改造的占42.3%，其中已经刑满释放。" + PARA * 3
    )
    assert [h for h in flat(text) if h[1] == "（一）"] == []


def test_a_numeral_whose_separator_a_copy_lost_still_numbers_its_two_clause_heading() -> None:
    lines = ["某局2007年上半年工作总结", "2007年是十一五的第二年,我局深入开展义务植树运动。"]
    lines += [
        "一党委重视,主要领导亲自抓春季造林工作",
        PARA * 2,
        "一年来,我们全力抓转型、调结构,产业布局更加优化",
        PARA * 2,
    ]
    assert flat("\n".join(lines))[0] == (1, "一", "党委重视,主要领导亲自抓春季造林工作")
    assert all(label != "一" or title.startswith("党委") for _, label, title in flat("\n".join(lines)))


def test_the_first_part_title_under_a_newspapers_report_title_marked_as_a_digest() -> None:
    # a newspaper's 《政府工作报告》(摘登): its first part's title stands right under the headline, before any prose
    lines = ["稳中求进 改革创新", "某市长在市人大会议上的《政府工作报告》(摘登)", "2013年政府工作回顾"]
    lines += ["2013年,在省委、省政府的坚强领导下,我市各级政府深入贯彻落实科学发展观。" + PARA, PARA]
    assert flat("\n".join(lines)) == [(1, "", "2013年政府工作回顾")]


def test_a_bulletins_short_part_titles_whose_separator_was_lost_are_numbered_only_in_a_series() -> None:
    lines = ["某县2019年国民经济和社会发展统计公报", "2019年,全县经济运行稳中向好。", "一综合", PARA * 2]
    lines += ["二农业", PARA * 2, "三农工作", PARA * 2]
    got = flat("\n".join(lines))
    assert (1, "一", "综合") in got and (1, "二", "农业") in got
    lone = ["某县2019年工作总结", "2019年,全县经济运行稳中向好。", "三农工作", PARA * 2, "四风整治", PARA]
    assert all(label == "" for _, label, _ in flat("\n".join(lone)))


def test_a_short_line_opening_with_a_numeral_word_is_no_heading_with_a_lost_separator() -> None:
    lines = ["某县2019年工作总结", "2019年,全县经济运行稳中向好。", "十分重视安全生产,全年未发生重大事故", PARA * 2]
    assert all(label == "" for _, label, _ in flat("\n".join(lines)))
