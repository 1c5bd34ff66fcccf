"""Metadata families first seen on hold-out sets 13-14, each with the variants a web excerpt comes in."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.types import Metadata

PARA = (
    "2022年以来，我局认真贯彻落实上级决策部署，统筹发力，积极作为，形成司法行政工作高质量发展新态势，"
    "全年办理法律援助案件1200件，同比增长5%。"
)


def _meta(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt")


def _traditional(text: str) -> str:
    from opencc import OpenCC  # the reader converts a traditional copy; the variant is made the other way

    return str(OpenCC("s2t").convert(text))


def _halfwidth(text: str) -> str:
    return text.translate(str.maketrans("，。：；（）", ",.:;()"))


@pytest.mark.parametrize("variant", [lambda t: t, _traditional, _halfwidth])
def test_a_two_part_title_over_the_heading_of_its_first_part(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "某某区司法局2022年工作总结和2023年工作要点\n某某区司法局2022年工作总结\n"
        + PARA * 3
        + "\n一、三级联动\n"
        + PARA
    )
    meta = _meta(variant(text))
    assert meta.title is not None
    assert meta.title.replace("總結", "总结").endswith("2023年工作要点")


@pytest.mark.parametrize("variant", [lambda t: t, _traditional, lambda t: t.replace("\n", " ")])
def test_a_farms_model_essay_suffix_is_left_off_the_title(variant) -> None:  # type: ignore[no-untyped-def]
    text = "气象局2020年工作总结范文\n" + PARA * 3 + "\n(一)聚焦民生需求\n" + PARA
    meta = _meta(variant(text))
    assert meta.title is not None
    assert "范文" not in meta.title
    assert meta.title.replace("總結", "总结").endswith("2020年工作总结")


PORTAL_HEAD = (
    "索引号: 468049301/2022-00003 信息分类: 城乡建设\n发布机构: 市城管局 发文日期: 2022-01-14\n文号: 无号 主题词:\n"
)


@pytest.mark.parametrize("variant", [lambda t: t, _traditional, _halfwidth])
def test_a_bureau_the_page_names_without_its_place_is_unknown(variant) -> None:  # type: ignore[no-untyped-def]
    text = PORTAL_HEAD + "\n城市管理2021年工作总结暨2022年工作计划\n\n" + PARA * 3
    meta = _meta(variant(text))
    assert (meta.issuer, meta.doc_number) == (None, None)
    assert meta.date == "2022-01-14"


def test_a_bureau_the_page_names_without_its_place_takes_the_place_the_text_gives() -> None:
    text = PORTAL_HEAD + "\n城市管理2021年工作总结\n\n" + "今年以来，宜昌市城管局围绕宜昌城市更新开展工作。" + PARA * 2
    assert _meta(text).issuer == "宜昌市城管局"


@pytest.mark.parametrize("variant", [lambda t: t, _traditional, _halfwidth, lambda t: t.replace("\n\n", " ")])
def test_a_bureau_whose_kind_starts_like_a_place_takes_the_place_the_text_gives(variant) -> None:  # type: ignore[no-untyped-def]
    # 市城市管理局: 市城 is no place; the bureau is the city's the text keeps naming
    text = (
        "市城市管理局2022年工作情况报告\n\n日期:2023年06月28日\n\n"
        "2022年，市城市管理局全面贯彻上级部署，施行《宜昌市生活垃圾管理条例》《宜昌市城市供水条例》，"
        "宣传贯彻《宜昌市城市道路管理办法》。" + PARA * 2
    )
    assert _meta(variant(text)).issuer == "宜昌市城市管理局"


SPEECH = (
    "某某在全国某某工作会议上的报告\n\n全面贯彻落实党的二十大精神\n\n奋力书写某某事业高质量发展新篇章\n\n"
    "——在全国某某工作会议上的报告\n\n(2023年2月16日)\n\n某某某\n\n同志们:\n\n" + PARA * 3
)


@pytest.mark.parametrize("variant", [lambda t: t, _traditional, _halfwidth, lambda t: t.replace("——", "--")])
def test_a_speech_title_in_two_lines_over_its_setting(variant) -> None:  # type: ignore[no-untyped-def]
    meta = _meta(variant(SPEECH))
    assert meta.title == "全面贯彻落实党的二十大精神奋力书写某某事业高质量发展新篇章"
    assert meta.date == "2023-02-16"


def test_a_one_line_title_over_a_speechs_setting() -> None:
    text = "奋力书写某某事业高质量发展新篇章\n——在全国某某工作会议上的讲话\n同志们:\n" + PARA * 2
    assert _meta(text).title == "奋力书写某某事业高质量发展新篇章"


@pytest.mark.parametrize("variant", [lambda t: t, _traditional, _halfwidth])
def test_a_title_with_its_issuers_line_run_onto_it(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "宜昌市2020年国民经济和社会发展统计公报宜昌市统计局\n国家统计局宜昌调查队 2021年3月25日\n"
        "2020年是极不平凡的一年，全市人民坚持稳中求进工作总基调。一、综合\n" + PARA * 2
    )
    meta = _meta(variant(text))
    assert meta.title == "宜昌市2020年国民经济和社会发展统计公报"
    assert meta.date == "2021-03-25"


def test_a_title_ending_in_a_bureaus_kind_is_not_cut() -> None:
    text = "关于印发宜昌市统计局工作规则的通知\n各科室：\n" + PARA * 2
    assert _meta(text).title == "关于印发宜昌市统计局工作规则的通知"


COMPILATION = (
    "教育局2024年工作要点汇编(3篇)\n目录\n1.\n宜昌市教育局2024年工作要点2\n2.区教育局2024年工作要点15\n"
    "3.县教育局2024年工作要点23\n宜昌市教育局2024年工作要点\n" + PARA * 2 + "\n一、加强党的领导\n" + PARA
)


@pytest.mark.parametrize("variant", [lambda t: t, _traditional, _halfwidth])
def test_a_compilation_is_filed_under_its_first_documents_title(variant) -> None:  # type: ignore[no-untyped-def]
    assert _meta(variant(COMPILATION)).title == "宜昌市教育局2024年工作要点"


def test_a_spinners_compilation_label_gives_way_to_the_first_document() -> None:
    text = (
        "汇编科学技术局2024年度工作计划\n目录 :\n1.市科学技术局2024年度工作计划\n2.市科学技术局2024年度普法工作计划\n"
        "市科学技术局2024年度工作计划1:\n" + PARA * 2
    )
    assert _meta(text).title == "市科学技术局2024年度工作计划"


def test_a_reports_own_table_of_contents_keeps_its_title() -> None:
    text = (
        "宜昌市教育局2023年工作总结和2024年工作要点\n目录\n1.2023年工作总结\n2.2024年工作要点\n"
        "2023年工作总结\n" + PARA * 2 + "\n2024年工作要点\n" + PARA
    )
    assert _meta(text).title == "宜昌市教育局2023年工作总结和2024年工作要点"


SESSION = (
    "发布日期: 2019-01-18 15:20:05 点击率:\n\n宜昌区七届人大三次会议文件(20\n\n政府工作报告\n\n"
    "2019116日在宜昌区第七届人民代表大会第三次会议上)\n\n宜昌区人民政府区长\n\n各位代表:\n\n"
    "现在,我代表区人民政府向大会报告工作,请予审议。\n\n一、2018年工作回顾\n\n" + PARA
)


@pytest.mark.parametrize("variant", [lambda t: t, _traditional, _halfwidth])
def test_a_session_papers_label_over_a_report_whose_date_lost_its_marks(variant) -> None:  # type: ignore[no-untyped-def]
    meta = _meta(variant(SESSION))
    assert meta.title == "政府工作报告"
    assert meta.date == "2019-01-16"  # 2019-11-06 would be after the page's date


@pytest.mark.parametrize(
    "label", ["宜昌区四届人大五次会议文件(13)", "宜昌区四届人大五次会议文件之三", "宜昌区七届人大三次会议文件"]
)
def test_a_session_papers_label_is_never_part_of_the_title(label: str) -> None:
    text = SESSION.replace("宜昌区七届人大三次会议文件(20", label)
    assert _meta(text).title == "政府工作报告"


@pytest.mark.parametrize("variant", [lambda t: t, _traditional, _halfwidth])
def test_an_issuer_line_over_a_title_that_names_the_issuer_itself(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "某某自治区宜昌盟行政公署\n宜昌盟行政公署关于印发《宜昌盟无障碍建设管理办法》的通知\n宜署发(2010)183号\n"
        "各旗县人民政府:\n《宜昌盟无障碍建设管理办法》已经行署常务会议研究同意,现印发给你们。\n" + PARA
    )
    title = _meta(variant(text)).title
    assert title is not None
    assert title.startswith(("宜昌盟行政公署关于", "宜昌盟行政公署關於"))


def test_lost_marks_read_two_ways_without_a_page_date_give_no_date() -> None:
    from models.ingest.metadata_dates import lost_marks_date

    assert lost_marks_date("2019116日在某区第七届人民代表大会第三次会议上)") is None
    assert lost_marks_date("2019116日在某区第七届人民代表大会第三次会议上)", "2019-01-18") == "2019-01-16"
    assert lost_marks_date("——2018724日在某市会议上") == "2018-07-24"


@pytest.mark.parametrize("variant", [lambda t: t, _traditional, lambda t: t.replace("\n", " ")])
def test_a_stores_short_copy_under_the_title_is_not_the_title(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "交通运输局2021年工作总结及2021年工作方案\n2021工作总结2021工作方案\n"
        + PARA * 3
        + "\n一、2021年工作总结\n"
        + PARA
    )
    title = _meta(variant(text)).title
    assert title is not None
    assert title.replace("總結", "总结").startswith("交通运输局2021年工作总结")


def test_a_page_title_adding_words_around_the_own_title_gives_way_to_it() -> None:
    text = (
        "乡政府工作报告\n\n政府工作报告\n\n——2022年1月5日在某乡第十届人民代表大会第一次会议上\n\n各位代表:\n\n"
        "现在我代表乡人民政府向大会作工作报告,请予审议。\n" + PARA
    )
    assert _meta(text).title == "政府工作报告"


@pytest.mark.parametrize("variant", [lambda t: t, _traditional, _halfwidth])
@pytest.mark.parametrize("slogan", ["看你所看,想你所想", "您好,欢迎回来", "精品推荐,热门下载,最新资讯"])
def test_a_sites_slogan_over_a_dated_title_is_not_joined_to_it(variant, slogan: str) -> None:  # type: ignore[no-untyped-def]
    text = (
        slogan + "\n\n2011年5月份市政府工作总结\n\n为了加快落实各项工作,进行5月份工作总结。\n一、经济运行平稳。" + PARA
    )
    assert _meta(variant(text)).title == "2011年5月份市政府工作总结"


def test_a_pages_date_line_over_the_own_title_is_no_part_of_it() -> None:
    text = (
        "某某镇政府工作报告\n2011年12月29日\n政府工作报告\n——在某某镇第十六届人民代表大会第一次会议上\n"
        "某某镇人民政府镇长 张三\n(2011年12月29日)\n各位代表:\n现在,我代表镇人民政府,向大会做工作报告.\n" + PARA
    )
    meta = _meta(text)
    assert (meta.title, meta.date) == ("政府工作报告", "2011-12-29")


@pytest.mark.parametrize("variant", [lambda t: t, _traditional, _halfwidth])
def test_the_own_title_over_its_delivery_line_below_a_stores_notices(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "2011年县政府工作报告\n\n  • 格式:doc\n  • 文档页数:25\n\n下载文档原格式\n"
        "  1. 1、下载文档前请自行甄别文档内容的完整性,平台不提供额外的编辑服务。\n"
        "  2. 2、如文档侵犯您的权益,请联系客服反馈。\n\n政府工作报告\n\n"
        "——2011年1月13日在县第十五届人民代表大会第五次会议上\n\n某某县县长张三\n\n各位代表:\n\n"
        "现在,我代表县人民政府向大会报告工作,请予审议。\n\n" + PARA
    )
    meta = _meta(variant(text))
    assert (meta.title, meta.date) == ("政府工作报告", "2011-01-13")


def test_a_notice_keeps_its_signature_date_over_the_embedded_reports_delivery_date() -> None:
    text = (
        "某镇人民政府关于印发2024年政府工作报告的通知\n各村(居)民委员会:\n"
        "2024年《政府工作报告》已经镇人民代表大会审议通过,现印发给你们,请认真贯彻实施。\n"
        "某镇人民政府\n2024年2月22日\n政府工作报告\n——2024年1月23日在某镇第二十届人民代表大会第八次会议上\n"
        "各位代表:\n" + PARA
    )
    assert _meta(text).date == "2024-02-22"


@pytest.mark.parametrize("variant", [lambda t: t, _traditional, _halfwidth, lambda t: t.replace("\n", " ")])
def test_a_sites_pager_after_the_title_is_no_part_of_it(variant) -> None:  # type: ignore[no-untyped-def]
    text = "某某县2006年国民经济和社会发展统计公报(4)\n城乡居民收入增长较快。" + PARA * 3
    title = _meta(variant(text)).title
    assert title is not None
    assert title.endswith(("公报", "公報"))


@pytest.mark.parametrize("variant", [lambda t: t, _traditional, _halfwidth])
@pytest.mark.parametrize(
    "opening",
    [
        "我受国务院的委托，现在向大会提出关于今明两年国民经济计划安排的报告，请予审议。",
        "本届政府就职到现在已经五年了。我代表国务院向大会报告过去五年的工作，请予审议。",
    ],
)
def test_a_national_report_without_its_title_is_the_state_councils(variant, opening: str) -> None:  # type: ignore[no-untyped-def]
    text = "各位代表：\n" + opening + "\n一、国民经济取得新的进展\n" + PARA
    assert _meta(variant(text)).issuer == "国务院"


RESOLUTION_TEXT = (
    "某某市第三届人民代表大会第一次会议关于政府工作报告的决议\n"
    "（2023年3月12日某某市第三届人民代表大会第一次会议通过）\n"
    "某某市第三届人民代表大会第一次会议听取和审议了市长张三所作的\n政府工作报告\n"
    "。会议充分肯定过去一年的工作，同意报告提出的今年工作安排，决定批准这个报告。\n"
)


@pytest.mark.parametrize("variant", [lambda t: t, _traditional, _halfwidth])
def test_a_resolution_is_issued_by_the_session_that_adopts_it(variant) -> None:  # type: ignore[no-untyped-def]
    meta = _meta(variant(RESOLUTION_TEXT))
    assert meta.title == "某某市第三届人民代表大会第一次会议关于政府工作报告的决议"
    assert meta.issuer == "某某市第三届人民代表大会第一次会议"


def test_a_resolution_that_lost_its_title_speaks_as_its_session() -> None:
    text = (
        "第二届全国人民代表大会第三次会议听取了总理代表国务院所作的政府工作报告，并且审查和批准了计划。\n"
        "会议决定批准总理所作的政府工作报告。\n"
    )
    meta = _meta(text)
    assert (meta.title, meta.issuer) == (None, "第二届全国人民代表大会第三次会议")


@pytest.mark.parametrize("variant", [lambda t: t, _traditional, _halfwidth])
def test_a_portals_name_before_its_posting_line(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "2013年宜昌市商务局信息公开工作报告\n宜昌政务网 发布日期 : 2014-04-14 来源 : 宜昌市商务局\n"
        "  根据市政府办公厅通知要求，我局编制了信息公开工作年度报告。\n一、信息公开编制情况\n" + PARA
    )
    meta = _meta(variant(text))
    assert (meta.date, meta.issuer) == ("2014-04-14", "宜昌市商务局")


@pytest.mark.parametrize("written", ["二0一0年九月二十六日", "二〇一〇年九月二十六日", "二O一O年九月二十六日"])
def test_a_signature_date_in_numerals_with_a_typed_zero(written: str) -> None:
    text = (
        "宜昌市人民政府关于印发某某办法的通知\n各县人民政府:\n现将《某某办法》印发给你们,请认真贯彻执行。\n宜昌市人民政府\n"
        + written
        + "\n"
    )
    assert _meta(text).date == "2010-09-26"


LAW_SITE = (
    "宜昌市推进“三地一区”建设领导小组改革开放新高地执行小组办公室关于印发宜昌市扎实推进高水平开放实施意见的通知\n\n"
    "（宜开放办〔2022〕6号）\n\n省有关单位：\n\n"
    "　　《宜昌市扎实推进高水平开放实施意见》现印发给你们，请认真贯彻执行。\n"
    "宜昌市推进“三地一区”建设领导小组改革开放新高地执行小组办公室\n\n　　2022年3月23日\n" + PARA
)


@pytest.mark.parametrize("variant", [lambda t: t, _traditional, _halfwidth, lambda t: t.replace("\n", "\r\n")])
def test_a_law_sites_bracketed_number_and_a_long_quoted_signature(variant) -> None:  # type: ignore[no-untyped-def]
    meta = _meta(variant(LAW_SITE))
    assert meta.doc_number is not None
    assert meta.doc_number.endswith("〔2022〕6号")
    assert meta.date == "2022-03-23"
    assert meta.issuer is not None
    assert meta.issuer.endswith("执行小组办公室")


def test_the_fullest_name_of_a_very_long_name_is_itself() -> None:
    from models.ingest.metadata_body_names import fullest_name

    name = "宜昌市推进建设领导小组改革开放新高地执行小组办公室综合协调处"
    assert fullest_name(name, [name + "关于印发的通知"]) == name


SPEECH_BODY = (
    "现在,我代表县人民政府,向大会作政府工作报告,请予审议。回顾过去五年,全县经济较快增长,人民生活明显改善。" * 3
)


@pytest.mark.parametrize("variant", [lambda t: t, _traditional, _halfwidth])
def test_a_one_line_title_running_into_the_salutation(variant) -> None:  # type: ignore[no-untyped-def]
    meta = _meta(variant("宜昌县人民政府政府工作报告工作总结各位代表: " + SPEECH_BODY))
    assert meta.title is not None
    assert meta.title.endswith(("政府工作报告", "政府工作報告"))
    assert "总结" not in meta.title and "總結" not in meta.title
    assert meta.issuer == "宜昌县人民政府"


def test_a_one_line_shuzhi_running_into_its_salutation() -> None:
    assert _meta("乡镇镇长述职报告各位领导、同志们:" + SPEECH_BODY).title == "乡镇镇长述职报告"


def test_a_vice_heads_speaker_line_under_a_stores_notices() -> None:
    text = (
        "2011年县政府工作报告\n• 文档页数:25\n1. 1、下载文档前请自行甄别文档内容的完整性。\n"
        "2. 2、如文档侵犯您的权益,请联系客服。\n"
        "政府工作报告\n——2011年1月13日在县第十五届人民代表大会第五次会议上\n宜昌县常务副县长张三\n各位代表:\n"
        + SPEECH_BODY
    )
    assert _meta(text).issuer == "宜昌县人民政府"


def test_a_list_of_responsible_vice_heads_names_no_government() -> None:
    text = (
        "某区人民政府办公室关于印发政府工作报告重点工作责任分解的通知\n各街道:\n现将责任分解印发给你们。\n"
        "某区人民政府办公室\n2021年3月9日\n一、经济发展\n责任领导：张三副区长、李四副区长\n"
    )
    assert _meta(text).issuer != "责任领导：张三副区长、李四人民政府"


NEWS = (
    "人社部:截至2021年末全国就业人员74652万人\n"
    "金融界6月7日消息 人力资源和社会保障部发布《2021年度人力资源和社会保障事业发展统计公报》(以下简称《公报》)。"
    "《公报》显示,截至2021年末全国就业人员74652万人。\n具体内容如下:\n一\n劳动就业\n" + PARA
)


@pytest.mark.parametrize("variant", [lambda t: t, _traditional, _halfwidth])
def test_a_news_item_on_a_release_is_filed_as_the_released_document(variant) -> None:  # type: ignore[no-untyped-def]
    meta = _meta(variant(NEWS))
    assert meta.title == "2021年度人力资源和社会保障事业发展统计公报"
    assert meta.issuer == "人力资源和社会保障部"


def test_a_release_by_a_bureau_named_without_its_place_gives_no_issuer() -> None:
    text = NEWS.replace("人力资源和社会保障部发布", "市统计局发布")
    meta = _meta(text)
    assert meta.title == "2021年度人力资源和社会保障事业发展统计公报"
    assert meta.issuer is None


def test_a_one_line_copy_whose_breadcrumb_leads_its_title() -> None:
    text = (
        "首页 » 政府工作报告 宜昌市2003年政府工作报告 日期:2003年01月06日 字体:【大】【中】【小】 "
        "2003年1月5日在宜昌市第十一届人民代表大会第一次会议上 市长 张三 各位代表: "
        + SPEECH_BODY.replace("县人民政府", "市人民政府")  # (a city's speaker: a 县 would rule the label out)
    )
    meta = _meta(text)
    assert meta.title == "宜昌市2003年政府工作报告"
    assert meta.issuer == "宜昌市人民政府"


def test_a_short_one_line_notice_keeps_its_title() -> None:
    text = (
        "关于印发《某某局2021年工作计划》的通知 各科室： "
        "现将《某某局2021年工作计划》印发给你们，请认真贯彻执行。 二〇二一年一月二十六日"
    )
    meta = _meta(text)
    assert meta.title == "关于印发《某某局2021年工作计划》的通知"


@pytest.mark.parametrize("variant", [lambda t: t, _traditional, _halfwidth])
def test_a_store_chunks_title_running_into_the_bodys_year(variant) -> None:  # type: ignore[no-untyped-def]
    text = "1、2022年工作总结及2023年工作计划2022年我局坚持以新思想为指导," + PARA * 3 + "\n2、" + PARA * 2
    title = _meta(variant(text)).title
    assert title is not None
    assert title.replace("劃", "划").endswith("2023年工作计划")


def test_a_sentence_running_on_before_a_year_is_no_title() -> None:
    text = "林业统计年报工作 为全面总结2010年林业统计工作,准确反映全市林业建设主要成就," + PARA * 3
    assert _meta(text).title != "林业统计年报工作 为全面总结"


@pytest.mark.parametrize("glue", [" ", ""])
def test_the_own_title_after_a_stores_copy_opening_the_one_line_body(glue: str) -> None:
    text = (
        "- 2021-04-15 发布 |\n\n2021气象局年终工作总结和来年工作思路\n"
        "2021 气象局年终工作总结和来年工作思路"
        + glue
        + "气象局年度工作总结和来年工作思路 20xx 年,在县委县政府的正确领导下,"
        + PARA * 3
    )
    assert _meta(text).title == "气象局年度工作总结和来年工作思路"


@pytest.mark.parametrize("variant", [lambda t: t, _traditional, _halfwidth])
@pytest.mark.parametrize("office", ["商务部办公厅", "国家档案局", "交通运输部"])
def test_a_national_body_named_by_its_title_issues_it(variant, office: str) -> None:  # type: ignore[no-untyped-def]
    text = (
        office + "关于2011年地方工作情况的通报\n（商办电函〔2012〕78号）\n各省、自治区、直辖市主管部门：\n"
        "现将2011年工作情况通报如下。\n" + PARA
    )
    assert _meta(variant(text)).issuer == office


@pytest.mark.parametrize("office", ["组织部", "宣传部"])
def test_a_party_department_named_without_its_place_is_unknown(office: str) -> None:
    text = office + "关于2011年工作情况的通报\n各单位：\n现将2011年工作情况通报如下。\n" + PARA
    assert _meta(text).issuer is None


def test_a_short_bureau_name_takes_its_full_name_with_an_inner_he() -> None:
    from models.ingest.metadata_body_names import fullest_name

    lines = ["成立了中共宁远县科技和工业信息化局系统党支部,全县工业增长5%。"]
    assert fullest_name("宁远县科工局", lines) == "宁远县科技和工业信息化局"
    two_bodies = ["宁远县教育局和财政局联合开展检查。"]
    assert fullest_name("宁远县财政局", two_bodies) == "宁远县财政局"
