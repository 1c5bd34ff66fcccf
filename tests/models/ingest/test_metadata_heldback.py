"""Metadata families first seen on the held-back sets (issuer, title), each on a made-up snippet."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.types import Metadata

PARA = (
    "过去一年，全县上下坚持稳中求进工作总基调，统筹发展和安全，经济运行总体平稳，"
    "全年地区生产总值完成120亿元，同比增长6%。"
)


def _meta(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt")


def _halfwidth(text: str) -> str:
    return text.translate(str.maketrans("，。：；（）", ",.:;()"))


@pytest.mark.parametrize("variant", [lambda t: t, _halfwidth])
def test_a_delivery_line_split_over_two_lines_names_the_government(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "政 府 工 作 报 告\n"
        "—— 在某某县第十八届\n"
        "人民代表大会第四次会议上\n"
        "县人民政府县长 张某某\n"
        "各位代表：\n"
        "现在，我代表县人民政府向大会报告工作，请予审议。\n"
        "一、2024年工作回顾\n" + PARA * 3
    )
    assert _meta(variant(text)).issuer == "某某县人民政府"


def test_a_title_glued_to_its_delivery_line_without_zai_names_the_government() -> None:
    text = (
        "政府工作报告——某某市某某区第十七届人民代表大会第四次会议上\n"
        "区人民政府区长  张某某\n"
        "各位代表：\n"
        "现在，我代表区人民政府向大会作工作报告，请予审议。\n"
        "一、2014年工作回顾\n" + PARA * 3
    )
    assert _meta(text).issuer == "某某市某某区人民政府"


BUREAU_PARA = (
    "上半年，我局在县委、县政府的正确领导下，对照年初制定的工作计划，重心下移，开拓创新，真抓实干，"
    "各项工作取得了显著成绩，完成文化惠民演出120场。"
)


@pytest.mark.parametrize(
    ("title", "issuer"),
    [
        # the year first, then the body whose summary it is (2020年某区某街道办事处工作总结)
        ("2020年某某市某某区某某街道办事处工作总结", "某某市某某区某某街道办事处"),
        ("2014年度某某县农业农村局上半年工作总结", "某某县农业农村局"),
        # a bureau with its second name in brackets (某县文化局(体育局)2014年…)
        ("某某县文化广电新闻出版局(体育局)2014年上半年工作总结", "某某县文化广电新闻出版局(体育局)"),
        ("某某县文化广电新闻出版局（体育局）2014年上半年工作总结", "某某县文化广电新闻出版局(体育局)"),
    ],
)
def test_a_summary_title_names_its_bureau_after_a_year_or_with_a_bracketed_second_name(title: str, issuer: str) -> None:
    text = title + "\n" + BUREAU_PARA * 3 + "\n一、围绕创建工作，各项事业取得新成绩\n" + BUREAU_PARA
    assert (_meta(text).issuer or "").replace("（", "(").replace("）", ")") == issuer


@pytest.mark.parametrize("title", ["2021年上半年某乡政府工作总结", "2022年上半年政府工作报告"])
def test_a_half_year_after_the_year_is_no_body(title: str) -> None:
    text = title + "\n" + BUREAU_PARA * 3
    assert _meta(text).issuer is None


@pytest.mark.parametrize(
    "posting",
    [
        "发布日期:2021-06-25 15:30   作者:统计局信息员    来源:某某县统计局    阅读: 次   字体:[  ]   保护视力色:",
        "发布时间：2021-06-25  来源：某某县统计局  浏览： 次  字号：[ 大 中 小 ]",
    ],
)
def test_a_posting_line_s_tool_words_do_not_run_into_the_source(posting: str) -> None:
    text = (
        "首页 > 数据发布 > 统计月报\n2021年1-5月份全县经济运行情况\n"
        + posting
        + "\n今年以来，全县上下紧紧围绕贯彻新发展理念，坚持稳中求进工作总基调，县域经济运行稳中向好。\n"
        "一、工业生产平稳增长\n" + PARA * 3
    )
    assert _meta(text).issuer == "某某县统计局"


@pytest.mark.parametrize("sep", [" ", ":", "：", "", ": "])
def test_a_final_accounts_part_one_names_its_body_after_a_colon(sep: str) -> None:
    text = (
        "目 录\n"
        f"第一部分{sep}某某市财政局概况\n一、主要职能\n二、部门决算单位构成\n"
        f"第二部分{sep}某某市财政局2016年部门决算报表(详见附件)\n表一:收入支出决算总表\n"
        f"第一部分{sep}某某市财政局概况\n"
        "一、主要职能\n" + PARA * 3
    )
    assert _meta(text).issuer == "某某市财政局"


GOV_PARA = "过去一年，全区上下坚持稳中求进，经济运行总体平稳，全年地区生产总值完成520亿元，同比增长8%。"


def test_a_session_line_over_a_gov_report_names_the_place_not_the_session() -> None:
    text = (
        "某某市某某区第十四届人民代表大会\n"
        "政 府 工 作 报 告\n"
        "──2015年1月6日在区第十四届人民代表大会第四次会议上\n"
        "区长  张某某\n"
        "各位代表：\n"
        "现在，我代表区人民政府，向大会报告工作，请予审议。\n"
        "一、2014年工作回顾\n" + GOV_PARA * 3
    )
    assert _meta(text).issuer == "某某市某某区人民政府"


def test_a_store_s_title_naming_the_mayor_gives_no_government_of_its_own() -> None:
    text = (
        "市长政府工作报告全文\n"
        "各位代表：\n"
        "现在，我代表某某市人民政府，向大会作政府工作报告，请予审议。\n"
        "一、过去五年的回顾\n" + GOV_PARA * 3
    )
    assert _meta(text).issuer == "某某市人民政府"


@pytest.mark.parametrize(
    ("publisher", "issuer"),
    [
        ("某某镇", "某某镇人民政府"),
        ("某某县", "某某县人民政府"),
        ("某某高新区", "某某高新区"),
        ("某某经开区", "某某经开区"),
    ],
)
def test_a_government_named_bare_by_the_publisher_field_is_its_people_s_government(publisher: str, issuer: str) -> None:
    text = (
        f"索引号: 001008004005092/2017-85388 发布机构: {publisher}\n"
        "公开方式: 主动公开 发文日期: 2017-01-25\n"
        "2016年工作总结\n" + GOV_PARA * 3 + "\n一、主要工作\n" + GOV_PARA
    )
    assert _meta(text).issuer == issuer


@pytest.mark.parametrize(
    "head",
    [
        "(某省)2022年某某县人民政府工作报告(全文)\n发布时间:2022-08-21 22:18   责任编辑:www\n",  # a farm's region tag
        "（某某自治区）2022年某某县人民政府工作报告\n",
        "  • 2022年某某县人民政府工作报告\n",  # a title rendered as a list bullet
        "8402+ 2022年某某县人民政府工作报告\n",  # a store's counter glued before the title
    ],
)
def test_a_sites_addition_before_the_title_is_not_part_of_it(head: str) -> None:
    text = (
        head + "2022年1月7日在某某县第十六届人民代表大会第一次会议上\n"
        "各位代表：\n"
        "现在，我代表县人民政府向大会报告工作，请予审议。\n"
        "一、过去一年工作回顾\n" + PARA * 3
    )
    assert _meta(text).title == "2022年某某县人民政府工作报告"


def test_a_numbered_heading_in_brackets_keeps_its_number_out_of_the_prefix_rule() -> None:
    from models.ingest.metadata_candidates import title_text

    assert title_text("（一）2022年工作回顾")[0] == "（一）2022年工作回顾"


@pytest.mark.parametrize(
    "line",
    [
        "某某区管委会年度工作总结范文(2)",  # a farm's 范文 and its pager after it
        "某某区管委会年度工作总结例文",  # a doc store's 例文, like 范文
        "某某区管委会年度工作总结例文（3）",
    ],
)
def test_a_stores_model_text_word_and_its_pager_are_cut_from_the_title(line: str) -> None:
    from models.ingest.metadata_candidates import title_text

    assert title_text(line)[0] == "某某区管委会年度工作总结"


def test_a_doc_stores_title_line_after_its_notices_is_the_title() -> None:
    text = (
        "- 32.10 KB\n"
        "- 2022-03-01 发布\n"
        "- 1、本文档由用户上传,某某文库整理发布,可阅读全部内容。\n"
        "- 2、本文档内容版权归属内容提供方,所产生的收益全部归内容提供方所有。\n"
        "- 网站客服QQ:12345678\n"
        "乡长年度工作总结\n"
        "本人担任乡长职务。一年来，本人尽职尽责，较好地完成了全年各项任务。现将本年度工作简要汇报如下：\n"
        "一、围绕中心加快经济发展\n" + PARA * 3
    )
    assert extract_metadata(clean(text), (), source_name="file.txt", original=text).title == "乡长年度工作总结"


def test_a_farm_collections_item_number_after_the_kind_is_cut() -> None:
    from models.ingest.metadata_candidates import title_text

    assert title_text("某某区工作总结及下年工作安排1")[0] == "某某区工作总结及下年工作安排"
    assert title_text("2022年某某县人民政府工作报告12")[0] == "2022年某某县人民政府工作报告"


def test_a_sites_desktop_shortcut_toolbar_is_not_joined_to_the_title() -> None:
    text = (
        "添加某某网到电脑桌面\n"
        "安装后可以在桌面快捷访问\n"
        "县政府工作报告\n"
        "政府工作报告——2006年2月20日在某某县第十四届人民代表大会第三次会议上\n"
        "各位代表：\n"
        "现在，我代表县人民政府向大会作工作报告，请予审议。\n"
        "一、过去五年工作回顾\n" + PARA * 3
    )
    title = _meta(text).title
    assert title is not None and "桌面" not in title and "访问" not in title


def test_a_notice_title_wrapped_over_three_lines_after_its_office_and_guanyu_is_read_whole() -> None:
    text = (
        "某某市人民政府办公厅关于印发某某市\n"
        "支持小微企业发展2017年\n"
        "第二批政策措施的通知\n\n"
        "各区人民政府，各委、局：\n"
        "经市人民政府同意，现将《某某市支持小微企业发展2017年第二批政策措施》印发给你们，请照此执行。\n\n"
        "某某市人民政府办公厅\n2017年10月19日\n\n"
        "一、降低税费负担\n" + PARA * 3
    )
    assert _meta(text).title == "某某市人民政府办公厅关于印发某某市支持小微企业发展2017年第二批政策措施的通知"


def test_a_doc_stores_share_line_dates_the_file_when_the_text_has_no_date() -> None:
    share = (
        "《2023年某镇政府工作报告(20240127).docx》由会员分享,可在线阅读,"
        "更多相关《2023年某镇政府工作报告(20240127).docx(11页珍藏版)》请在某某文库上搜索。"
    )
    text = (
        share + "\n2023年某镇政府工作报告\n"
        "各位代表：\n"
        "现在，我代表镇人民政府向大会报告工作，请予审议。\n"
        "一、2023年工作回顾\n" + PARA * 3
    )
    cleaned = clean(text)
    assert share in cleaned.chrome_lines
    assert extract_metadata(cleaned, (), source_name="file.txt", original=text).date == "2024-01-27"


def test_a_speakers_line_carrying_the_delivery_date_in_brackets_dates_the_report() -> None:
    text = (
        "2019年某某县人民政府工作报告\n"
        "——在某某县第十七届人民代表大会第四次会议上\n"
        "县长张某某(2020年1月8日)\n"
        "各位代表：\n"
        "现在，我代表县人民政府向大会作工作报告，请予审议。\n"
        "一、2019年工作回顾\n" + PARA * 3
    )
    assert _meta(text).date == "2020-01-08"


def test_reporting_government_work_for_a_named_government_gives_the_issuer() -> None:
    text = (
        "各位代表：\n"
        "现在，我代表某某市人民政府，向大会报告政府工作，请各位代表审议。\n"
        "一、过去一年工作回顾\n" + PARA * 3
    )
    assert _meta(text).issuer == "某某市人民政府"


def test_a_title_after_a_sites_watermark_in_a_one_line_copy_runs_into_the_salutation() -> None:
    text = (
        "某某素材库:https://www.example.cn/。公众号:某某星域。整理汇总。XX镇2023年政府工作报告各位代表:现在,"
        "我代表镇人民政府,向大会报告政府工作,请予审议。一、2022年工作回顾" + PARA * 3 + "\n"
    )
    assert _meta(text).title == "XX镇2023年政府工作报告"


def test_the_own_title_with_its_year_in_chinese_numerals_under_a_farms_relabelled_line() -> None:
    text = (
        "宁远市林业局2017年工作报告,\n"
        "宁远市林业局二○○五年工作报告\n"
        "市政府:\n"
        "20xx年,我局以科学发展观为指导,全年完成造林5万亩,同比增长6%。\n"
        "一、主要工作\n" + PARA * 3
    )
    assert _meta(text).title == "宁远市林业局二○○五年工作报告"


def test_a_ministry_named_by_a_news_items_lead_is_the_issuer() -> None:
    text = (
        "8月3日,国家发改委新闻发言人通报了上半年运行情况。\n"
        "一是投资项目审批情况。上半年,国家发展改革委共审批核准固定资产投资项目35个,总投资3172亿元,同比增长4%。\n"
        "二是价格运行情况。上半年,CPI同比上涨2.5%。"
    )
    assert _meta(text).issuer == "国家发展改革委"


def test_a_portals_short_publisher_gives_way_to_the_office_the_notice_title_names_in_full() -> None:
    text = (
        "标题: 宁远市某某区人民政府办公室关于印发2020年重点工作任务分解表的通知\n"
        "发布机构: 某某区政府(办公室)\n"
        "发布日期: 2020-04-09\n"
        "各乡镇人民政府、街道办事处,区政府各部门:\n"
        "现将《某某区2020年重点工作任务分解表》印发给你们,请认真抓好落实。\n" + PARA * 2
    )
    meta = _meta(text)
    assert meta.title == "宁远市某某区人民政府办公室关于印发2020年重点工作任务分解表的通知"
    assert meta.issuer == "宁远市某某区人民政府办公室"


def test_a_sample_sites_update_time_gives_no_date() -> None:
    text = "首页 > 工作范本 > 工作总结\n更新时间:2016-01-11\n宁远县农业局2015年工作总结\n" + PARA * 3
    assert _meta(text).date is None


def test_a_paginated_copys_posting_date_is_not_the_reports() -> None:
    text = (
        "宁远县2009年国民经济和社会发展统计公报(2)\n"
        "2010-05-27 宁远县统计局\n"
        "年末全县公路通车里程1231公里,比上年增加24.3公里。\n" + PARA * 2
    )
    meta = _meta(text)
    assert meta.title == "宁远县2009年国民经济和社会发展统计公报"
    assert meta.date is None


@pytest.mark.parametrize("title", ["区科技局xx年工作总结及xx年工作计划", "XX年区科技局工作总结"])
def test_a_bureau_opening_a_title_with_a_placeholder_year(title) -> None:  # type: ignore[no-untyped-def]
    text = (
        title + "\n今年以来,我局紧密围绕宁沧台商投资区党工委、区委、区政府的中心工作,结合我区科技工作实际,"
        "推动宁沧科技创新,全年新增高新技术企业14家,同比增长5%。\n" + PARA * 2
    )
    import models.ingest.metadata_places as places

    name = next(
        w
        for w in sorted(places._dictionary()[1])
        if w.endswith("区") and len(w) == 3 and w[:2] in places._dictionary()[0]
    )
    assert _meta(text.replace("宁沧", name[:2])).issuer == name + "科技局"


def test_a_cover_date_without_a_day_is_not_replaced_by_the_pages_date() -> None:
    text = (
        "发布时间:2015-08-26 11:24:42\n"
        "2014年宁远县国民经济和社会发展统计公报\n"
        "2015年4月\n"
        "2014年,全县完成生产总值81亿元,比上年增长9.4%。\n" + PARA * 2
    )
    assert _meta(text).date is None


def test_a_page_dated_years_after_the_documents_wenhao_is_a_repost() -> None:
    text = (
        "宁远部关于实施九大行动的意见\n"
        "来源:宁远部 更新时间:2012-04-14\n"
        "宁发〔2006〕2号\n"
        "各省、自治区、直辖市农业厅(局):\n" + PARA * 3
    )
    meta = _meta(text)
    assert meta.doc_number == "宁发〔2006〕2号"
    assert meta.date is None


def test_a_budget_disclosure_title_names_its_bureau_after_the_year() -> None:
    text = "2024年度宁远县财政局预算公开情况说明\n目 录\n第一部分 部门概况\n" + PARA * 3
    assert _meta(text).issuer == "宁远县财政局"


def test_a_bare_time_beside_a_portals_font_widget_dates_the_post() -> None:
    text = (
        "时间:2021-12-02 来源:机关先锋网 字体大小:放大 正常 缩小\n"
        "宁远市工业和信息化局是负责统筹协调全市工业和信息化工作的政府职能部门。今年以来,市工业和信息化局认真落实"
        "市委、市政府决策部署,全市工业经济高质量发展取得新成效。\n" + PARA * 2
    )
    assert _meta(text).date == "2021-12-02"
    bare = text.replace(" 字体大小:放大 正常 缩小", "")
    assert _meta(bare).date is None


def test_the_bracketed_issuers_and_date_under_a_bulletins_title() -> None:
    text = (
        "2008年宁远市国民经济和社会发展统计公报\n"
        "(宁远市统计局、国家统计局宁远调查队 2009年3月18日)\n"
        "2008年,我市经济平稳较快发展。\n" + PARA * 2
    )
    assert _meta(text).date == "2009-03-18"


def test_a_news_lead_on_a_known_countys_congress_names_its_government() -> None:
    import models.ingest.metadata_places as places

    county = next(w for w in sorted(places._dictionary()[1]) if w.endswith("县") and len(w) == 3)
    text = (
        f"在全县人民的热切期盼下,{county}第十五届人民代表大会第二次会议隆重开幕,同绘我县发展宏图。\n"
        "大会执行主席宣布大会开幕,县人民政府县长向大会作政府工作报告。\n" + PARA * 2
    )
    assert _meta(text).issuer == county + "人民政府"


def test_a_news_item_on_a_report_is_dated_by_its_page() -> None:
    # (gold19 consistency pass: a news item with no dated line of its own takes its portal's day, 280 = 1120's page)
    text = (
        "发布时间:2008-03-06 08:39:18 信息来源:宁远县政府网\n"
        "在全县人民的热切期盼下,宁远县第十五届人民代表大会第二次会议3月4日下午在县剧院隆重开幕。\n"
        "大会执行主席宣布大会开幕,县人民政府县长某某向大会作政府工作报告。\n" + PARA * 2
    )
    assert _meta(text).date == "2008-03-06"


def test_a_self_evaluation_covers_report_date_beats_the_pages_date() -> None:
    text = (
        "宁远市2018年度部门整体支出绩效评价自评报告\n"
        "来源:财务科 发布时间:2019-07-09 16:55\n"
        "部门(单位)名称:宁远市城市管理监督指挥中心\n"
        "报告日期:2019年06月18日\n"
        "一、部门(单位)基本概况\n" + PARA * 3
    )
    assert _meta(text).date == "2019-06-18"


def test_a_bureau_whose_name_starts_with_shi_is_placed_at_the_level_the_text_speaks_at() -> None:
    import models.ingest.metadata_places as places
    from models.ingest.metadata_issuers import placed_name

    district = "海沧区"
    assert district in places._dictionary()[1]
    lines = [
        "市政局半年工作总结",
        f"上半年,我局在区委、区政府的坚强领导下,紧紧围绕区委、区政府的中心工作,拟定了《{district}市容管理办法》。",
    ]
    assert placed_name("市政局", lines) == district + "市政局"  # not 某市 + 政局
    assert placed_name("市政局", ["我局在市委、区委的领导下工作。"]) is None  # two levels as often: no telling


def test_a_news_item_on_a_congress_session_opening_takes_its_pages_day() -> None:
    # (gold19 consistency pass, 681/1685; 891's gold still says null: reported to the lead as against that rule)
    text = (
        "当前位置:\n"
        "青山县第九届人民代表大会第三次会议开幕 李明等在主席台就座 王强作政府工作报告\n"
        "来源:青山发布 发布时间:2025-01-29 09:44 浏览次数: 字体:\n"
        "1月28日上午,青山县第九届人民代表大会第三次会议在县城开幕。来自全县各条战线的人大代表共商发展大计。\n"
        "王强、李明、赵一、钱二等和大会主席团成员在主席台就座。\n"
        "1月28日上午9时,青山县第九届人民代表大会第三次会议在县城开幕。\n"
        "大会主席团常务主席张华主持大会。执行主席赵一、钱二在主席台前排就座。\n"
        "青山县第九届人民代表大会现有代表204人,出席本次全体会议的代表175人,符合法定人数。\n"
        "上午9时,张华宣布:青山县第九届人民代表大会第三次会议开幕。全体起立,奏唱国歌。\n"
        "县人民政府县长王强向大会作政府工作报告。\n" + PARA + "\n"
    )
    assert _meta(text).date == "2025-01-29"


def test_a_news_lead_on_the_session_names_the_government_whose_report_it_tells_of() -> None:
    text = (
        "11月28日,临泽县第九届人民代表大会第一次会议在临泽大剧院隆重开幕,王强代表县人民政府向大会作政府工作报告。"
        "报告指出,2022年县政府将继续优先保障民生投入,重点抓好10件民生实事:\n"
        "(1)全面建成投运城乡供水工程,让54.13万群众喝上放心水。\n"
        "(2)落实高校毕业生就业政策,新增城镇就业5500人以上。\n"
    )
    assert _meta(text).issuer == "临泽县人民政府"
