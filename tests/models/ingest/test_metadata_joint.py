"""Joint issuers: a bulletin's two bodies, a joint notice's signature, a title opening with two bodies."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.ingest.metadata_dates import lost_marks_date
from models.ingest.metadata_joint import joint_issuer, orgs_of_line


def _issuer(text: str) -> str | None:
    return extract_metadata(clean(text), (), source_name="file.txt").issuer


def test_a_spaced_out_name_is_one_body_and_two_names_side_by_side_are_two() -> None:
    assert orgs_of_line("某某市  统  计 局") == ["某某市统计局"]
    assert orgs_of_line("某县医疗保障局  某县发展和改革局") == ["某县医疗保障局", "某县发展和改革局"]
    assert orgs_of_line("全年全市生产总值增长5%。") == []


def test_a_bulletins_two_issuer_lines_under_the_title_issue_it_together() -> None:
    text = (
        "2023年某某市国民经济和社会发展统计公报\n某某市统计局\n国家统计局某某调查队\n2024年3月30日\n"
        "2023年,全市经济稳中有进。\n一、综合\n全年生产总值增长5%。\n"
    )
    assert _issuer(text) == "某某市统计局 国家统计局某某调查队"


def test_a_bulletin_without_its_title_is_issued_by_the_lines_that_open_it() -> None:
    text = "某某市  统  计 局\n国家统计局某某调查队\n2022年,全市经济稳中有进。\n一、综合\n全年生产总值增长4%。\n"
    assert _issuer(text) == "某某市统计局 国家统计局某某调查队"


def test_a_joint_notice_is_signed_by_both_bodies() -> None:
    text = (
        "中共某某市委办公室某某市人民政府办公室印发《关于推进政务公开的意见》的通知\n各县市区:\n"
        "《关于推进政务公开的意见》已经同意,现印发给你们,请认真执行。\n"
        "中共某某市委办公室\n某某市人民政府办公室\n2017年1月10日\n关于推进政务公开的意见\n一、总体要求\n"
    )
    assert _issuer(text) == "中共某某市委办公室 某某市人民政府办公室"


def test_a_title_opening_with_two_bodies_names_both() -> None:
    assert joint_issuer([], "中共中央 国务院关于实施某某战略的意见") == ["中共中央", "国务院"]
    assert joint_issuer([], "某市发展改革委、某市财政局关于做好价格工作的通知") == ["某市发展改革委", "某市财政局"]


def test_one_body_in_the_head_is_no_joint_issue() -> None:
    lines = ["某某市统计局", "2024年3月30日", "全年生产总值增长5%。"]
    assert joint_issuer(lines, "2023年某某市统计公报") == []


def test_a_split_title_line_ending_in_a_school_is_not_a_body() -> None:
    text = (
        "某某省人民政府办公厅关于加强普通高等学校\n毕业生就业工作的通知\n各市州人民政府:\n"
        "现就加强毕业生就业工作通知如下。\n一、充分认识重要性\n"
    )
    assert _issuer(text) == "某某省人民政府办公厅"


def test_a_preposition_before_the_place_is_not_part_of_the_name() -> None:
    text = (
        "某区人力资源和社会保障局2023年政府信息公开工作年度报告\n"
        "本年度报告根据条例要求,由某某市某区人力资源和社会保障局编制。\n一、总体情况\n全年公开文件20件。\n"
    )
    assert _issuer(text) == "某某市某区人力资源和社会保障局"


def test_a_caption_naming_the_speaker_is_no_place() -> None:
    text = (
        "政府工作报告\n——2013年1月22日在某某省第十二届人民代表大会第一次会议上\n"
        "张三作政府工作报告 省长 张三\n各位代表:\n现在,我代表省人民政府向大会报告工作。\n一、过去五年工作回顾\n"
    )
    assert _issuer(text) == "某某省人民政府"


def test_the_signature_the_title_opens_with_beats_the_portals_posting_office() -> None:
    text = (
        "发布机构: 某县人民政府办公室\n某县人民政府关于印发《某县人民政府工作规则》的通知\n各乡镇人民政府:\n"
        "《某县人民政府工作规则》已经县政府全体会议通过,现予印发,请遵照执行。\n某县人民政府\n2019年1月17日\n"
        "某县人民政府工作规则\n第一章 总则\n"
    )
    assert _issuer(text) == "某县人民政府"


def test_an_untitled_report_with_a_spaced_speaker_name_takes_the_delivery_lines_full_place() -> None:
    text = (
        "——2019年12月24日在某某市某某区第十五届人民代表大会第五次会议上\n某某区人民政府区长 余 松\n各位代表:\n"
        "现在,我代表区人民政府向大会报告工作,请予审议。\n2019年工作回顾\n全区生产总值增长8%。\n"
    )
    assert _issuer(text) == "某某市某某区人民政府"


def test_header_rows_left_in_the_text_give_the_issuer_and_date() -> None:
    text = (
        "某某县发展和改革局\n• 索  引 号:4311230009/2023-25191\n• 发文机关:某某县财政局 发文日期:2023-09-15 21:54\n"
        "某某县2022年度政府决算公开\n第一部分 2022年度决算报告\n一、收支决算情况\n"
    )
    meta = extract_metadata(clean(text), (), source_name="file.txt")
    assert (meta.issuer, meta.date) == ("某某县财政局", "2023-09-15")


def test_bracketed_header_rows_cut_inside_the_next_key_still_date_the_document() -> None:
    text = (
        "[ 发布机构 ] 某某县财政局\n[ 成文日期 ] 2023-09-15 [ 发布日期\n某某县财政局2022年度部门决算情况说明\n"
        "一、部门基本情况\n(一)职能职责\n"
    )
    meta = extract_metadata(clean(text), (), source_name="file.txt")
    assert (meta.issuer, meta.date) == ("某某县财政局", "2023-09-15")


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("——2018724日在某某省第十三届人民代表大会", "2018-07-24"),
        ("——2020 1 7 日在某某市第十四届人民代表大会", "2020-01-07"),
        ("——2020 17日在某某市第十四届人民代表大会", "2020-01-07"),
        ("——2020111日在某某市人民代表大会", None),  # 1-11 or 11-1: no single reading
        ("——2020年1月7日在某某市人民代表大会", None),  # written in full: read elsewhere
    ],
)
def test_a_delivery_line_that_lost_its_year_and_month_marks(line: str, iso: str | None) -> None:
    assert lost_marks_date(line) == iso


def test_the_lost_marks_delivery_line_dates_the_report() -> None:
    text = (
        "某某市2020年政府工作报告\n——2020 1 7 日在某某市第十四届人民代表大会第五次\n会议上\n各位代表:\n"
        "现在,我代表市人民政府,向大会报告工作。\n一、2019年工作回顾\n"
    )
    assert extract_metadata(clean(text), (), source_name="file.txt").date == "2020-01-07"


def test_a_department_heads_speaker_line_names_the_issuing_department() -> None:
    text = (
        "关于某某省2017年度省级预算执行的审计工作报告\n——2018年7月24日在某某省第十三届人民代表大会\n"
        "常务委员会第四次会议上\n某某省审计厅厅长  张三\n主任、各位副主任、秘书长、各位委员:\n"
        "我受省政府委托,向省人大常委会报告审计情况,请予审议。\n一、省本级决算草案审计情况\n"
    )
    assert _issuer(text) == "某某省审计厅"


@pytest.mark.parametrize(
    ("opening", "issuer"),
    [
        ("各位代表！\n根据决定，我代表国务院，向第四届全国人民代表大会作政府工作报告。\n", "国务院"),
        ("各位代表：\n现在，我代表中央人民政府作工作报告。\n", "中央人民政府"),
        ("各位代表：\n现在，我代表某某县人民政府向大会报告工作，请予审议。\n", "某某县人民政府"),
        ("各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n", None),
    ],
)
def test_an_untitled_report_is_issued_by_the_government_its_speaker_reports_for(
    opening: str, issuer: str | None
) -> None:
    assert _issuer(opening + "一、过去一年的工作\n全年粮食产量增长3%。\n") == issuer


def test_a_source_glued_to_the_posting_time_is_still_the_source() -> None:
    text = (
        "发布时间:2022-04-11 15:09信息来源:某某县统计局\n某某县2021年国民经济和社会发展统计公报\n一、综 合\n"
        "年末全县各类企业达2372户。\n"
    )
    assert _issuer(text) == "某某县统计局"


BODY = "各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议。\n一、过去一年工作回顾\n全县生产总值增长5%。\n"


@pytest.mark.parametrize(
    ("head", "iso"),
    [
        ("(2007年2月1日 张三)\n", "2007-02-01"),  # the date line under the title carries the speaker's name
        ("2021年某某县人民政府工作报告\n2021年1月8日某某县第十七届人民代表大会第五次会议\n", "2021-01-08"),
        ("- 2021-04-14 发布\n乡镇2020年工作总结\n", None),  # a store's bullet, not a delivery dash
        ("基本介绍\n- 中文名:2004年某某县政府工作报告\n- 报告时间:2003年12月25日\n", "2003-12-25"),
    ],
)
def test_a_reports_own_date_in_the_forms_pages_write_it(head: str, iso: str | None) -> None:
    assert extract_metadata(clean(head + BODY), (), source_name="file.txt").date == iso


def test_a_joint_title_keeps_its_first_issuer() -> None:
    text = "中共中央 国务院关于实施某某战略的意见\n（2018年1月2日）\n实施某某战略，是重大决策部署。\n一、重大意义\n"
    meta = extract_metadata(clean(text), (), source_name="file.txt")
    assert (meta.title, meta.issuer) == ("中共中央 国务院关于实施某某战略的意见", "中共中央 国务院")


@pytest.mark.parametrize(
    ("head", "iso"),
    [
        ("来源: 某某街道办事处\n某某街道办事处2024年工作总结\n• 2025-02-28 14:50\n", "2025-02-28"),
        # a paper's page time dates the page's item like any page's (rulings22: a news page's day is no exception)
        ("来源: 某某日报\n某某街道办事处2024年工作总结\n• 2025-02-28 14:50\n", "2025-02-28"),
        ("2022年工作总结\n张三 发布    浏览1135次   2022-12-08发布\n", "2022-12-08"),
    ],
)
def test_a_pages_posting_stamp_under_the_title(head: str, iso: str | None) -> None:
    body = "2024年,街道坚持稳中求进。\n一、亮点工作\n社区治理扎实有效。\n"
    assert extract_metadata(clean(head + body), (), source_name="file.txt").date == iso


def test_bracketed_header_rows_run_together_on_one_line() -> None:
    text = (
        "[ 体裁分类 ] 决算[ 发布机构 ] 某某县财政局[ 成文日期 ] 2023-09-15 [ 发布日期[ 索引号 ] 115/2023\n"
        "某某县财政局2022年度部门决算情况说明\n一、部门基本情况\n(一)职能职责\n"
    )
    meta = extract_metadata(clean(text), (), source_name="file.txt")
    assert (meta.issuer, meta.date) == ("某某县财政局", "2023-09-15")


def test_a_bureau_of_an_unnamed_autonomous_county_has_no_place() -> None:
    text = "教育局2024年工作要点\n一、总体要求\n自治县教育局将坚持立德树人,全面提高教育质量。\n二、重点任务\n"
    assert _issuer(text) is None


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        (
            "2023年以来,某某人社系统坚决落实某某市委的部署。\n一、2023年工作情况\n局党组带头抓落实,全市新增就业5万人。\n",
            "某某市人力资源和社会保障局",
        ),
        (
            "同志们:\n我到粮食局任局长已一年,面对某某粮食系统这个摊子。\n一、某某县19家粮管所资不抵债。\n",
            "某某县粮食局",
        ),
        (
            "2023年以来,某某人社系统坚决落实部署。\n一、工作情况\n全市新增就业5万人。\n",
            None,
        ),  # nobody speaks as the bureau
    ],
)
def test_the_bureau_that_speaks_of_its_places_sector_system(text: str, issuer: str | None) -> None:
    assert _issuer(text) == issuer


@pytest.mark.parametrize(
    ("body", "issuer"),
    [
        ("今年以来,经开区坚持稳中求进,有效助力大连市实现突破。\n", "大连经开区"),
        ("今年以来,经开区对标大连市、青岛市,加快发展。\n", None),  # two cities: which one is not said
    ],
)
def test_a_zone_named_by_its_kind_takes_the_one_city_the_text_names(body: str, issuer: str | None) -> None:
    text = "经开区2022年经济社会发展总体情况和2023年工作打算汇报\n" + body + "一是经济运行稳中向好。\n"
    assert _issuer(text) == issuer


def test_signers_side_by_side_before_their_date_in_a_one_line_text() -> None:
    cover = "PAGE - 7 - 赶超发展 ——某镇2010年工作总结 中共青石镇委员会 青石镇人民政府 二〇一〇年十二月 集聚优势"
    assert joint_issuer(["青石镇2010年度总结", cover], None) == ["中共青石镇委员会", "青石镇人民政府"]
    bulletin = "长河市统计局 国家统计局长河调查队 2010年3月31日 2009年,长河市经济平稳。"
    assert joint_issuer(["长河市2009年统计公报", bulletin], None) == ["长河市统计局", "国家统计局长河调查队"]
    one = "长河市统计局 2010年3月31日 2009年,长河市经济平稳。 全年增长6%。"
    assert joint_issuer(["长河市2009年统计公报", one], None) == []


def test_a_joint_notice_line_over_the_document_it_sends_gives_its_issuers() -> None:
    # (1145) a page's label, then 中共某区委办公室 某区人民政府办公室印发《…》的通知, then the plan itself
    line = "“党政混合信息公开” 中共宁远区委办公室 宁远区人民政府办公室印发《宁远区三年行动计划》的通知"
    assert joint_issuer([line, "宁远区三年行动计划"], "宁远区三年行动计划") == [
        "中共宁远区委办公室",
        "宁远区人民政府办公室",
    ]
    assert joint_issuer(["宁远区人民政府办公室印发《宁远区三年行动计划》的通知"], None) == []
