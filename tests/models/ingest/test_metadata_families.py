"""Metadata families seen on first-seen web excerpts: portal suffixes, store chunks, run-in titles, places."""

from __future__ import annotations

from dataclasses import replace

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.types import Metadata

SALUTE = "各位代表：\n现在，我代表市人民政府，向大会报告工作，请予审议。\n一、过去一年工作回顾\n全市生产总值增长6%。"


def _meta(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt")


@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("某某市政府工作报告(2022年1月13日 张三)", "某某市政府工作报告"),
        ("2022年某某市政府工作报告（全文）", "2022年某某市政府工作报告"),
    ],
)
def test_a_portals_suffix_is_left_off_the_title(first: str, title: str) -> None:
    meta = _meta(first + "\n——2022年1月13日在某某市第十七届人民代表大会第一次会议上\n市长 张三\n" + SALUTE)
    assert meta.title == title


def test_an_index_line_without_its_colon_is_not_part_of_the_title() -> None:
    meta = _meta(
        "监督索引号5309220063190100\n某某市某县财政局2022年度部门决算\n目录\n第一部分 某县财政局概况\n一、主要职能\n"
    )
    assert meta.title == "某某市某县财政局2022年度部门决算"
    assert meta.issuer == "某某市某县财政局"


BODY = (
    "现在，我代表乡人民政府向大会作政府工作报告，请予审议。"
    "一年来，我们紧扣中心，实干兴乡，千方百计破解发展难题，齐心协力应对各种挑战。"
)


def test_a_doc_stores_chunks_give_the_reports_own_title_and_date() -> None:
    # the store's chunk numbers (1、 2、 3、) before or after the cleaner cut them: the first chunk, a page
    # flattened into one line, opens with the report's own title and its date line
    text = (
        "1、乡长政府工作报告 某某乡第十届人民代表大会第二次会议政府工作报告 (2023年2月22日) "
        "乡人民政府乡长某某 各位代表: " + BODY * 3 + "\n2、" + BODY * 2 + "\n3、" + BODY
    )
    meta = _meta(text)
    assert (meta.title, meta.date) == ("某某乡第十届人民代表大会第二次会议政府工作报告", "2023-02-22")


def test_a_doc_stores_chunk_with_the_page_head_before_the_title() -> None:
    text = (
        "1、局2021年上半年工作总结(四页) 卫健委 1 2021年上半年工作总结 一、上半年工作总结 " + BODY + "\n2、" + BODY * 2
    )
    assert _meta(text).title == "2021年上半年工作总结"


def test_numbered_paragraphs_are_no_store_chunks() -> None:
    text = "某局2021年工作总结\n1、" + BODY + "\n2、" + BODY
    assert _meta(text).title == "某局2021年工作总结"


def test_a_title_running_into_its_first_sentence_is_cut_where_the_sentence_starts() -> None:
    meta = _meta(
        "关于某某省2023年国民经济和社会发展计划执行情况的报告受某某省人民政府委托，现将计划执行情况报告如下，请予审议。\n"
        "2023年，全省地区生产总值增长5%。\n"
    )
    assert meta.title == "关于某某省2023年国民经济和社会发展计划执行情况的报告"
    assert meta.issuer == "某某省人民政府"


def test_a_government_without_its_place_does_not_issue() -> None:
    meta = _meta("受州人民政府委托，现将2020年预算执行情况提请大会审议，并请各位委员提出意见。\n一、预算执行情况\n")
    assert meta.issuer is None


SUMMARY_BODY = "\n一、主要工作\n（一）加强学习。全年组织学习24次。\n"


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # the place written with the bureau's level: the district named in the text
        (
            "区科技局2023年工作总结\n2023年，我局结合海淀区科技工作实际，扎实推进各项工作。" + SUMMARY_BODY,
            "海淀区科技局",
        ),
        # the bureau in full somewhere in the text
        (
            "市科技局局长2013年度履职报告\n市人大常委会：\n一年来，《洛阳市探索创新》刊发。" + SUMMARY_BODY,
            "洛阳市科技局",
        ),
        # a city's bureau: the city the text keeps naming bare
        (
            "市交通运输局2022年度工作总结\n2022年，洛阳交通运输工作受到肯定，洛阳枢纽建设提速。" + SUMMARY_BODY,
            "洛阳市交通运输局",
        ),
        # a district's bureau: a bare city name is not its place
        ("区水利局工作总结\n2022年，株洲航电枢纽建设有序推进，株洲水厂完工。" + SUMMARY_BODY, None),
        # an anonymised place gives nothing
        ("区科技局2023年工作总结\n2023年，我局结合XX区实际，服务海淀区企业。" + SUMMARY_BODY, None),
        # the speaker's bureau and the prefecture the delivery line names
        (
            "关于湘西土家族苗族自治州2020年预算执行情况的报告\n——2021年1月12日在湘西土家族苗族自治州第十五届人民代表大会第五次会议上\n"
            "州财政局局长 张三\n各位代表：\n受州人民政府委托，现将预算执行情况提请审议。" + SUMMARY_BODY,
            "湘西土家族苗族自治州财政局",
        ),
    ],
)
def test_a_bureau_named_by_its_level_takes_the_place_the_text_gives(text: str, issuer: str | None) -> None:
    assert _meta(text).issuer == issuer


def test_a_city_bureau_opening_the_report_is_its_issuer() -> None:
    text = (
        "根据有关通知要求，我们梳理了年度任务。\n一、总体情况\n"
        "2023年，市卫生健康委以健康洛阳建设为抓手，推进洛阳医疗资源扩容。\n"
    )
    assert _meta(text).issuer == "洛阳市卫生健康委"


def test_the_fullest_name_the_text_writes_is_kept() -> None:
    text = (
        "2022年度洛阳市国资委部门决算\n目录\n第一部分 洛阳市国资委概况\n一、部门职责\n"
        "根据有关文件，设立洛阳市人民政府国有资产监督管理委员会，为市政府直属特设机构。\n"
    )
    assert _meta(text).issuer == "洛阳市人民政府国有资产监督管理委员会"


def test_a_source_field_gives_way_to_the_signatures_full_name() -> None:
    text = (
        "信息来源：区政府办公室\n某某区人民政府办公室关于印发重点工作责任分解的通知\n各镇人民政府：\n"
        "现印发给你们，请认真贯彻执行。\n洛阳市海淀区人民政府办公室\n2021年3月9日\n"
    )
    assert _meta(text).issuer == "洛阳市海淀区人民政府办公室"


def test_a_delivery_line_without_a_place_names_no_government() -> None:
    text = "政府工作报告\n(2023年1月6日在县第十八届人民代表大会第二次会议上)\n县长 张三\n" + SALUTE
    assert _meta(text).issuer is None


def test_a_signature_date_without_its_words_beats_the_page_date() -> None:
    text = (
        "发布时间:2024-03-28 09:33 信息来源: 某某市教育局\n关于印发《某某市教育局2024年工作要点》的通知\n"
        "各县市区教育局:\n现将《某某市教育局2024年工作要点》印发给你们，请认真贯彻落实。\n2024327\n(此件主动公开)\n"
    )
    assert _meta(text).date == "2024-03-27"


@pytest.mark.parametrize(
    ("page", "date"),
    [
        # a farm's posting time, its blurb beside it
        (
            "下面是小编为大家整理的2022年度文化和旅游局年上半年工作汇报，供大家参考。\n发布时间:2022-08-02 17:40:03\n",
            None,
        ),
        # a page dated eleven years after the report it carries: a re-post
        ("发布时间:2024-08-10 18:57:23\n", None),
        # a government portal's page date, shortly after the report
        ("发布时间:2014-02-10 09:33 信息来源:某某市科技局\n", "2014-02-10"),
    ],
)
def test_a_farms_or_a_late_reposts_posting_time_is_no_date(page: str, date: str | None) -> None:
    text = page + "某某市科技局2013年度工作总结\n一年来，我局全力投身科技工作。\n一、主要工作\n"
    assert _meta(text).date == date


def test_the_body_keeping_the_accounts_issues_them_not_the_finance_bureau_posting_them() -> None:
    text = (
        "发布时间:2025-10-20 10:05 信息来源:某某市财政局\n目录\n第一部分 某某市人民政府办公室概况\n一、部门职责\n"
        "二、机构设置\n第二部分 部门决算表\n一、收入支出决算总表\n"
    )
    assert _meta(text).issuer == "某某市人民政府办公室"


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        (
            "发布机构: 某县人民政府(办公室) 主题分类: 综合政务\n某县人民政府关于分解落实目标任务的通知\n各乡镇：\n",
            "某县人民政府",
        ),
        ("某某街道2022年工作总结\n一、工作回顾\n2022年，街道办事处全面推进各项工作。\n", "某某街道办事处"),
        (
            "某某街道2022年工作总结\n一、工作回顾\n2022年，街道全面推进各项工作。\n",
            "某某街道办事处",
        ),  # a 街道 issues through its office
    ],
)
def test_the_issuer_as_the_document_names_itself(text: str, issuer: str) -> None:
    assert _meta(text).issuer == issuer


def test_a_portals_posting_line_without_keys_gives_the_page_date_and_office() -> None:
    text = (
        "2020年度洛阳市民政部门决算\n2021-09-27 15:52  市民政局 [字号: ] 打印\n第一部分部门概况\n"
        "一、基本职能及主要工作\n洛阳市民政局是市政府工作部门，正县级。\n"
    )
    meta = _meta(text)
    assert (meta.issuer, meta.date) == ("洛阳市民政局", "2021-09-27")


def test_a_title_with_a_long_bracketed_note_is_still_a_title() -> None:
    text = "20xx年区城管局副局长述职述廉报告(分管党务,纪检监察,软环境建设,信访等)\n一、述职情况\n本人认真履职。\n"
    assert _meta(text).title == "20xx年区城管局副局长述职述廉报告(分管党务,纪检监察,软环境建设,信访等)"


def test_a_red_header_title_under_its_issuers_line_is_read_whole() -> None:
    text = (
        "某某市某某区人民政府办公室\n关于印发2021年政府工作报告重点工作\n责任分解的通知\n各镇人民政府、街道办事处：\n"
        "现印发给你们，请认真贯彻执行。\n"
    )
    assert _meta(text).title == "某某市某某区人民政府办公室关于印发2021年政府工作报告重点工作责任分解的通知"


def test_the_title_under_a_news_lead_is_read() -> None:
    text = (
        "7月22日，某某部举行二季度新闻发布会，介绍2025年上半年工作进展情况，并回答记者提问。\n"
        "2025年上半年某某工作主要进展情况及下一步安排\n(2025年7月)\n"
        "上半年，各级部门认真贯彻落实决策部署，坚持稳中求进工作总基调。\n一、就业\n"
    )
    assert _meta(text).title == "2025年上半年某某工作主要进展情况及下一步安排"


@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("某某县财政顺利实现“双过半”", "某某县财政顺利实现“双过半”"),
        ("2023年经济社会发展主要任务", "2023年经济社会发展主要任务"),
        ("点击收听年报语音朗读", None),  # announces nothing its paragraph says
    ],
)
def test_a_headline_over_the_paragraph_it_announces_is_the_title(first: str, title: str | None) -> None:
    body = (
        "今年以来，某某县财政系统围绕经济社会发展大局，坚持把争取资金作为第一要务，财政收入稳步增长，发展主要任务完成。"
    )
    assert _meta(first + "\n" + body + "\n编辑:张三\n").title == title


@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("某某区科技局2023年工作总结_某某区人民政府", "某某区科技局2023年工作总结"),
        ("某某区科技局2023年工作总结 - 某某新闻网", "某某区科技局2023年工作总结"),
        ("某某区科技局2023年工作总结 2023-12-20 09:30", "某某区科技局2023年工作总结"),
        ("《某某区科技局2023年工作要点》", "某某区科技局2023年工作要点"),
    ],
)
def test_a_page_titles_site_name_and_posting_time_are_left_off(first: str, title: str) -> None:
    assert _meta(first + "\n一、主要工作\n全年组织学习24次。\n").title == title


@pytest.mark.parametrize(
    ("opening", "issuer"),
    [
        ("2023年，洛阳市科技局坚持创新驱动，全力推进各项工作。", "洛阳市科技局"),
        ("2023年，在区委、区政府的坚强领导下，全区上下共同努力。", None),
        ("一年来，认真贯彻区委部署，各项工作稳步推进。", None),
    ],
)
def test_the_bureau_opening_a_report_without_a_title(opening: str, issuer: str | None) -> None:
    assert _meta(opening + "\n一、主要工作\n全年组织学习24次。\n").issuer == issuer


def test_an_adoption_line_dates_the_document() -> None:
    text = (
        "关于某县2017年上半年计划执行情况的审查意见\n某县人民代表大会常务委员会\n"
        "(2017年9月1日县第十七届人大常委会第六次会议通过)\n会议认为，上半年全县经济运行平稳。\n"
    )
    assert _meta(text).date == "2017-09-01"


def test_a_kind_of_government_is_no_issuer() -> None:
    assert _meta("乡镇政府上半年政府工作总结报告\n一、上半年工作情况\n全年组织学习24次。\n").issuer is None


def test_an_epaper_speech_digest_has_its_headline_and_issue_date() -> None:
    text = (
        "第02版:聚焦全国某某工作会议\n2023年12月22日 星期\n某某部长在2024年全国某某工作会议上的讲话摘要版\n"
        "2023年某某工作回顾\n2023年是全面贯彻党的二十大精神的开局之年，行业坚持稳中求进，各项工作取得新成效。\n"
    )
    meta = _meta(text)
    assert (meta.title, meta.date) == ("某某部长在2024年全国某某工作会议上的讲话摘要版", "2023-12-22")


def test_the_original_attached_under_its_doc_number_gives_the_doc_number() -> None:
    text = (
        "某某区人民政府办公室关于印发重点工作责任分解的通知\n各镇人民政府：\n现印发给你们，请认真贯彻执行。\n"
        "附件：某政办〔2021〕10号.pdf\n"
    )
    assert _meta(text).doc_number == "某政办〔2021〕10号"  # the link is page chrome; its file name is the 文号


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        (
            "某县财政顺利实现“双过半”\n今年以来，全县财政系统紧紧围绕工作大局，财政收入稳步增长。"
            "同时洛阳市财政局不断优化支出结构。(洛阳市财政局国库科 张三)\n",
            "洛阳市财政局",
        ),
        # a county's bulletin naming the city's bureau that did the accounting
        ("2022年海淀区国民经济和社会发展统计公报\n经洛阳市统计局核算，全区生产总值增长5%，经济运行稳中有进。\n", None),
        # two bureaus named: none of them is known to speak
        ("上半年工作情况\n配合洛阳市财政局、洛阳市统计局完成核算，各项工作稳步推进，成效明显。\n", None),
    ],
)
def test_the_one_bureau_a_text_names_issues_it(text: str, issuer: str | None) -> None:
    assert _meta(text).issuer == issuer


@pytest.mark.parametrize(
    ("body", "title"),
    [
        ("XX年，在县委、县政府的正确领导下，全县科技工作取得新成效。", None),
        ("一、关于xx上半年工作\n全县工业经济保持较快增长。", None),
        (
            "2024年，在县委、县政府的正确领导下，全县科技工作取得新成效，XX年目标全部完成。",
            "2024年科技局局长述职述廉报告",
        ),
    ],
)
def test_a_dated_label_over_a_template_is_no_title(body: str, title: str | None) -> None:
    assert _meta("2024年科技局局长述职述廉报告\n" + body + "\n二、存在问题\n").title == title


def test_a_one_line_copy_opening_with_its_title_gives_its_date_line() -> None:
    text = "某某乡2023年政府工作报告 (2023年2月22日) 乡长 某某 各位代表: " + BODY * 3 + "\n"
    assert _meta(text).date == "2023-02-22"


def test_a_blank_inside_a_placeholder_year_does_not_cut_the_title() -> None:
    text = "xx 年卫生局上半年工作总结 xx 年卫生局上半年工作总结 今年是关键之年。" + BODY * 3 + "\n"
    assert _meta(text).title == "xx年卫生局上半年工作总结"


def test_an_epaper_issue_date_set_aside_as_a_header_dates_the_page() -> None:
    cleaned = clean("某某部长在全国某某工作会议上的讲话摘要版\n一年来，各项工作取得新成效。\n")
    for header, date in (("时间: 2023年12月22日", "2023-12-22"), ("时间:2021-08-31 09:17:34", None)):
        meta = extract_metadata(replace(cleaned, header_lines=(header,)), (), source_name="file.txt")
        assert meta.date == date  # the issue's date in words; never a site's posting stamp


def test_a_speech_titles_setting_is_no_issuer() -> None:
    text = (
        "在某县第十五届人民代表大会第一次会议上的政府工作报告\n"
        "各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议。\n一、过去五年工作回顾\n"
    )
    issuer = _meta(text).issuer
    assert issuer is None or not issuer.startswith("在")


def test_an_archive_record_gives_its_title_without_the_equals_sign_or_adoption_note() -> None:
    text = (
        "【日期】= 1993.03.13\n【标题】= 某市第三届人民代表大会第一次会议关于政府工作报告的决议"
        "  (一九九三年三月十二日某市第三届人民代表大会第一次会议通过)\n"
        "某市第三届人民代表大会第一次会议听取和审议了市长所作的政府工作报告,会议决定批准这个报告。\n"
    )
    assert _meta(text).title == "某市第三届人民代表大会第一次会议关于政府工作报告的决议"
