"""Title and date families that first-sight scoring of the held-back sets (25-30) found, on made-up snippets."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.types import Metadata

PARA = (
    "2022年以来，我局认真贯彻落实上级决策部署，统筹发力，积极作为，形成工作高质量发展新态势，"
    "全年办理各类事项1200件，同比增长5%。"
)
GOV_PARA = "本届政府从1998年1月就职，到现在已经五年了，任期即将届满。现在，我代表自治区人民政府向大会报告工作。"


def _meta(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text)


def test_a_disclosure_cover_in_a_one_line_pdf_copy_gives_its_title() -> None:
    text = (
        "2021年10月 某某市农业农村局2020年度决算公开文本 二〇二一年十月 目录 第一部分单位概况 一、单位职责 "
        "二、机构设置 第二部分 2020年决算情况说明 一、收入支出决算总体情况说明 " + PARA * 4
    )
    assert _meta(text).title == "某某市农业农村局2020年度决算公开文本"


def test_a_numbered_part_under_a_contents_label_is_no_title() -> None:
    text = "目 录\n第一部分 2024部门预算说明\n一、部门基本概况\n(一)部门职责\n(二)机构设置情况\n" + PARA * 3
    assert _meta(text).title is None


@pytest.mark.parametrize("label", ["第一篇:", "篇一：", "【篇一】"])
def test_a_compilation_piece_label_before_the_title_over_a_run_in_delivery_line(label: str) -> None:
    text = (
        f"{label}某某自治区政府工作报告\n"
        "——2003年1月11日在某某自治区第十届人民代表大会第一次会议上自治区主席 张三各位代表:"
        + GOV_PARA * 3
        + "\n一、过去五年工作的回顾\n"
        + PARA * 3
    )
    meta = _meta(text)
    assert meta.title == "某某自治区政府工作报告"
    assert meta.date == "2003-01-11"


def test_a_delivery_line_running_into_the_salutation_dates_the_report() -> None:
    text = (
        "某某县政府工作报告\n"
        "——2021年1月8日在某某县第十七届人民代表大会第五次会议上 县长 李四 各位代表：" + GOV_PARA * 3 + "\n" + PARA
    )
    assert _meta(text).date == "2021-01-08"


def test_the_title_line_opening_the_page_over_a_placeholder_line_is_found() -> None:
    # a farm's banner, the report's own title, a placeholder line, then the body (the cleaner sets the title aside)
    from models.ingest.title_rescue import rescue_title

    lines = ["一、园区基本情况", "xx工业园区于2011年6月成立，同年被列入省特色产业园区发展规划。" + PARA]
    chosen = rescue_title(
        None,
        lines,
        ("公文高手,超级方便的公文写作神器! 立即了解", "工业园区管理委员会工作情况汇报"),
        opening="工业园区管理委员会工作情况汇报",
    )
    assert chosen is not None and chosen.value == "工业园区管理委员会工作情况汇报"


def test_a_dated_opening_label_over_a_text_that_never_writes_its_year_is_no_title() -> None:
    from models.ingest.title_rescue import rescue_title

    lines = ["XX年,在县委、县政府的正确领导下,我局" + PARA, "一、主要工作"]
    chosen = rescue_title(None, lines, ("2024年科技局局长述职述廉报告",), opening="2024年科技局局长述职述廉报告")
    assert chosen is None or chosen.value is None


def test_opening_line_above_body_skips_placeholders_and_yields_to_a_page_title() -> None:
    from models.ingest.metadata_page_lines import opening_line_above_body

    original = "公文高手,立即了解\n\n工业园区管理委员会工作情况汇报\n\nxx\n\n一、园区基本情况\n"
    assert opening_line_above_body(original, original.index("一、")) == "工业园区管理委员会工作情况汇报"
    crumbed = "首页 > 范文 > 某局2021年工作总结\n某局2021年工作总结\n一、基本情况\n"
    assert opening_line_above_body(crumbed, crumbed.index("一、")) is None


@pytest.mark.parametrize("slogan", ["", "精选优质文档-倾情为你奉上", "下载后可任意编辑"])
def test_a_one_line_copy_whose_text_names_again_the_body_its_title_starts_with(slogan: str) -> None:
    text = slogan + "林业局林业工作汇报林业局系县政府组成部门,下属事业单位有林业技术推广中心。" + PARA * 4
    assert _meta(text).title == "林业局林业工作汇报"


def test_a_store_compilation_label_run_into_the_first_piece_gives_the_piece_title() -> None:
    text = (
        "下载后可任意编辑民政局上年工作总结和下年工作计划与民政局上年总结下年思路汇编"
        "民政局上年工作总结和下年工作计划一、上半年工作总结1、扎实推进社会救助," + PARA * 4
    )
    assert _meta(text).title == "民政局上年工作总结和下年工作计划"


TITLE = "某某县商务局2023年工作总结"


@pytest.mark.parametrize(
    "decorated",
    [
        f"【推荐】{TITLE}",
        f"{TITLE}【精品】",
        f"★{TITLE}",
        f"最新{TITLE}",
        f"2024最新{TITLE}",
        f"{TITLE}word版",
        f"{TITLE}（word可编辑）",
        f"{TITLE}模板",
    ],
)
@pytest.mark.parametrize("twice", [False, True])
def test_a_store_badge_or_format_note_around_the_title_is_no_part_of_it(decorated: str, twice: bool) -> None:
    text = decorated + "\n" + (TITLE + "\n" if twice else "") + PARA * 3 + "\n一、主要工作\n" + PARA
    assert _meta(text).title == TITLE


@pytest.mark.parametrize(
    "kind",
    [
        "工作综述",
        "工作纪实",
        "年终盘点",
        "工作述评",
        "工作简报",
        "统计年报",
        "大事记",
        "绩效自评",
        "任务清单",
        "1—6月经济运行情况分析",
    ],
)
def test_a_title_naming_a_review_record_or_list_of_the_year(kind: str) -> None:
    title = "某某县商务局2023年" + kind
    assert _meta(title + "\n" + PARA * 3 + "\n一、主要工作\n" + PARA).title == title


def test_a_part_named_work_review_under_the_title_is_not_the_title() -> None:
    text = "某某县商务局2023年工作总结\n2023年工作回顾\n" + PARA * 3 + "\n一、主要工作\n" + PARA
    assert _meta(text).title == "某某县商务局2023年工作总结"


def test_a_page_posted_with_fa_bu_yu_gives_the_page_date_when_the_text_has_none() -> None:
    text = "发布于:2025-09-26 15:54:56来源:新华网\n目 录\n第一部分 商务局概况\n一、主要职能\n" + PARA * 3
    assert _meta(text).date == "2025-09-26"


TWO_PART = "某某县商务局2023年工作总结和2024年工作思路"
SUMMARY_BODY = PARA * 3 + "\n一、主要工作\n" + PARA * 2 + "\n二、2024年工作打算\n" + PARA + "\n"


@pytest.mark.parametrize(
    "split", ["某某县商务局2023年工作总结\n和2024年工作思路", "某某县商务局2023年工作总结和\n2024年工作思路"]
)
def test_a_two_part_title_wrapped_at_its_conjunction_is_joined(split: str) -> None:
    assert _meta(split + "\n" + SUMMARY_BODY).title == TWO_PART


def test_a_slogan_title_over_a_subtitle_naming_the_document_on_its_own_line() -> None:
    meta = _meta("凝心聚力谋发展 砥砺奋进开新局\n——" + TWO_PART + "\n" + SUMMARY_BODY)
    assert meta.title is not None and meta.title.replace(" ", "") == "凝心聚力谋发展砥砺奋进开新局"


def test_an_infobox_bullet_is_no_subtitle() -> None:
    lines = ["基本介绍", "- 中文名:2004年某县政府工作报告", "- 报告类型:政府工作报告", "二三年政府工作回顾", PARA * 2]
    from models.ingest.metadata_candidates import head_lines
    from models.ingest.metadata_title_choice import choose_title

    assert choose_title(None, head_lines(lines)).value != "基本介绍"


REPORT_BODY = (
    "各位代表:\n受区人民政府委托,我向大会报告全区2024年国民经济和社会发展计划执行情况,请予审议。\n"
    "一、2024年计划执行情况\n" + PARA * 3
)


@pytest.mark.parametrize(
    "block",
    [
        "关于某某市某某区2024年国民经济和社会\n发展计划执行情况与2025年国民经济和\n社会发展计划草案的报告",
        "关 于2024年中央和地方预算执行情况与\n2025年中央和地方预算草案的报告",
    ],
)
def test_a_report_title_wrapped_over_lines_above_its_delivery_line_is_joined(block: str) -> None:
    text = (
        block
        + "\n——2025年4月9日在某某区第二届人民代表大会第五次会议上\n某某区发展和改革委员会主任 张三\n"
        + REPORT_BODY
    )
    meta = _meta(text)
    assert meta.title == block.replace("\n", "").replace(" ", "")
    assert meta.date == "2025-04-09"


def test_a_title_wrapped_at_each_figure_and_set_aside_is_joined_with_its_last_piece() -> None:
    from models.ingest.title_rescue import rescue_title

    block = ("县农业农村局", "2023", "年工作总结和", "2024")
    lines = ["年工作思路", "一、2023年工作总结", "1.农业产业发展。", PARA]
    chosen = rescue_title("年工作思路", lines, block, block=block)
    assert chosen is not None and chosen.value == "县农业农村局2023年工作总结和2024年工作思路"


def test_a_title_wrapped_over_two_lines_under_a_store_notice_is_joined() -> None:
    from models.ingest.title_rescue import rescue_title

    block = ("- 网站客服QQ:403074932", "农业农村局 2020 年工作总结和 2021 年", "工作重点")
    lines = ["今年以来,我局认真贯彻市委决策部署,以机构改革为契机,快速高效形成整体工作合力。" + PARA, "一、工作进展情况"]
    chosen = rescue_title(None, lines, block, block=block)
    assert chosen is not None and chosen.value == "农业农村局2020年工作总结和2021年工作重点"


def test_a_page_title_over_its_own_copy_is_no_wrapped_title() -> None:
    from models.ingest.title_rescue import rescue_title

    block = ("某局2021年工作总结", "某局2021年工作总结")
    chosen = rescue_title(None, [PARA * 2, "一、主要工作"], (), block=block)
    assert chosen is None or chosen.value != "某局2021年工作总结某局2021年工作总结"


@pytest.mark.parametrize("line", ["(武政[2007]41号 2007年5月30日)", "（2007年5月30日 武政〔2007〕41号）"])
def test_a_law_site_line_under_the_title_gives_number_and_date(line: str) -> None:
    text = "某某市人民政府关于编制2008年市级财政预算的通知\n" + line + "\n市直各部门和单位:\n" + PARA * 3
    meta = _meta(text)
    assert meta.date == "2007-05-30"
    assert meta.doc_number is not None and meta.doc_number.replace("[", "〔").replace("]", "〕") == "武政〔2007〕41号"


def test_the_issuer_and_date_line_under_a_bulletin_title_in_a_flattened_copy() -> None:
    text = (
        "某某市2009年国民经济和社会发展统计公报\n"
        "某某市统计局 国家统计局某某调查队 2010年3月31日 2009年,全市人民在市委、市政府的正确领导下," + PARA * 3
    )
    assert _meta(text).date == "2010-03-31"


def test_two_bodies_signing_side_by_side_date_the_notice_over_the_page_date() -> None:
    text = (
        "关于发布2022年度某省人力资源和社会保障事业发展统计公报的通知\n"
        "发布时间：2023-06-30 来源：某省人力资源和社会保障厅\n"
        "各市人力资源和社会保障局、统计局:\n现发布2022年度某省人力资源和社会保障事业发展统计公报。\n"
        "某省人力资源和社会保障厅          某省统计局\n2023年6月28日\n" + PARA * 3
    )
    assert _meta(text).date == "2023-06-28"


def test_an_aggregator_refresh_note_is_no_part_of_the_title() -> None:
    text = "2009年某某市国民经济和社会发展统计公报(2022年更新)\n" + PARA * 3
    assert _meta(text).title == "2009年某某市国民经济和社会发展统计公报"


def test_an_issuer_name_run_onto_a_title_opening_with_the_same_place_is_dropped() -> None:
    from models.ingest.metadata_candidates import title_text

    assert title_text("某某市人力资源和社会保障局某某市人力资源和社会保障事业“十四五”发展规划")[0] == (
        "某某市人力资源和社会保障事业“十四五”发展规划"
    )
    assert title_text("某某市人民政府办公室关于印发某某市2024年工作要点的通知")[0] == (
        "某某市人民政府办公室关于印发某某市2024年工作要点的通知"
    )


def test_a_notice_sending_several_documents_is_filed_under_none_of_them() -> None:
    text = (
        "各县、区人民政府,市人民政府有关部门:\n"
        "《某市推动制造业高质量发展实施方案》《某市制造业若干财政支持措施》已经市政府同意,现印发给你们,请认真贯彻执行。\n"
        "2020年11月17日\n某市推动制造业高质量发展实施方案\n" + PARA * 3 + "\n一、总体要求\n" + PARA
    )
    assert _meta(text).title is None


def test_a_notice_sending_one_document_is_filed_under_it() -> None:
    text = (
        "各县、区人民政府,市人民政府有关部门:\n"
        "《某市推动制造业高质量发展实施方案》已经市政府同意,现印发给你们,请认真贯彻执行。\n"
        "2020年11月17日\n某市推动制造业高质量发展实施方案\n" + PARA * 3 + "\n一、总体要求\n" + PARA
    )
    assert _meta(text).title == "某市推动制造业高质量发展实施方案"


def test_a_store_anti_copy_token_ending_the_head_lines_hides_no_title() -> None:
    text = (
        "(某省)2020年某县人民政府工作报告(全文) 政府工作报告PZl 2020年6月22日在某县第十五届PZl "
        "人民代表大会第五次会议上PZl 某县县长(某省)2020年某县人民政府工作报告\n"
        "政府工作报告PZl\n2020年6月22日在某县第十五届PZl\n人民代表大会第五次会议上PZl\n某县县长张三PZl\n各位代表:PZl\n"
        "我代表县人民政府向大会报告工作,请予审议,并请政协各位委员和其他列席人员提出意见。PZl\n" + PARA * 3
    )
    meta = _meta(text)
    assert meta.title == "政府工作报告"
    assert meta.date == "2020-06-22"


def test_a_news_lead_printing_the_document_it_announces_names_the_title() -> None:
    text = "近日,某省委办公厅、省政府办公厅印发《某省自然灾害防治能力建设行动方案》,内容如下。\n" + PARA * 3
    assert _meta(text).title == "某省自然灾害防治能力建设行动方案"


def test_a_news_story_about_a_document_is_not_filed_under_it() -> None:
    text = "近日,某市人民政府印发《某市关于促进中小企业稳定发展的政策意见》,从五个方面支持企业。\n" + PARA * 3
    assert _meta(text).title != "某市关于促进中小企业稳定发展的政策意见"


@pytest.mark.parametrize("opening", ["过去的一年，", "过去一年，", "自机构改革以来，", "各位代表："])
def test_a_title_running_into_a_paragraph_that_opens_looking_back(opening: str) -> None:
    assert _meta("某某县商务局2023年工作总结" + opening + PARA * 4).title == "某某县商务局2023年工作总结"


def test_a_short_body_name_set_aside_above_a_dated_title_is_joined_to_it() -> None:
    from models.ingest.title_rescue import rescue_title

    lines = ["2019年工作总结及2020年工作安排", "2019年是决胜全面建成小康社会的冲刺之年。" + PARA, "一、创新驱动"]
    chosen = rescue_title(lines[0], lines, ("镇政府",), above="镇政府")
    assert chosen is not None and chosen.value == "镇政府2019年工作总结及2020年工作安排"
    assert rescue_title(lines[0], lines, ("某某县人民政府门户网",), above="某某县人民政府门户网") is None


def test_a_crumb_over_a_title_is_no_wrapped_title() -> None:
    from models.ingest.title_blocks import wrapped_over_body

    assert wrapped_over_body(["网站首页", "工作动态", "某局2023年工作总结"], [PARA * 2], "") is None


def test_a_portal_index_table_with_bare_and_coloned_labels_gives_number_and_date() -> None:
    text = (
        "某县人民政府办公室关于印发《某县涉农资金管理办法》的通知\n"
        "索引号 | xzfgzbmzfb/2021-3740 | 公开目录: | 县政府办文件 |\n"
        "文号 | 某政办发〔2021〕88号 | 成文日期: | 2021年09月28日 |\n"
        "有效性 | 有效 | 公开日期: | 2021-09-30 01:40 |\n" + PARA * 3
    )
    meta = _meta(text)
    assert meta.doc_number == "某政办发〔2021〕88号"
    assert meta.date == "2021-09-28"


def test_a_posting_line_with_fa_bu_yu_and_no_colon_gives_the_page_date() -> None:
    text = "某某县商务局2023年工作总结\n发布于 2023-12-05 来源：某某县商务局\n" + PARA * 3 + "\n一、主要工作\n" + PARA
    assert _meta(text).date == "2023-12-05"


def test_a_title_line_with_the_page_header_run_onto_it_gives_title_and_page_date() -> None:
    text = (
        "当前位置 : 首页 > 信息公开 > 年度工作计划和总结\n"
        "某市气象局2020年工作总结 更新时间:2021-02-10 16:20:47 来源: 某市气象局\n"
        "2020年,在市委、市政府的坚强领导下,我局" + PARA * 3
    )
    meta = _meta(text)
    assert meta.title == "某市气象局2020年工作总结"
    assert meta.date == "2021-02-10"


def test_an_index_table_with_empty_cells_pairs_each_label_with_its_own_value() -> None:
    from models.ingest.metadata_header import head_fields

    row = "索引号: | 1134/2023-00052 | 名称: | 县卫健委2023年工作总结 | 文号: | | 成文日期: | 发布日期: | 2023-11-07 |"
    fields = head_fields([row])
    assert fields.get("发布日期") == "2023-11-07"
    assert "成文日期" not in fields and "文号" not in fields


def test_a_page_title_in_traditional_script_yields_the_opening_line_too() -> None:
    from models.ingest.metadata_page_lines import opening_line_above_body

    original = "某局上半年工作總結\n時間:2030-07-02\n某局上半年工作總結\n半年工作總結\n一、基本情況\n"
    assert opening_line_above_body(original, original.index("一、")) is None
