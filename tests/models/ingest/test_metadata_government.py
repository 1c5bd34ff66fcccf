"""The government a 政府工作报告 speaks for: its speaker's level and the place of that level (made-up snippets)."""

from __future__ import annotations

from models.ingest.metadata_government import reported_government, spoken_level, voice_of_report
from models.ingest.metadata_issuers import choose_issuer


def test_the_speaker_naming_the_place_in_full_gives_its_government() -> None:
    lines = ["目录 1.某报告 2.另一报告", "2024年各位代表:现在,我代表青石镇人民政府,向大会作政府工作报告,请予审议。"]
    assert voice_of_report(lines) == ("place", "青石镇")
    assert reported_government(None, [], lines) == "青石镇人民政府"


def test_a_level_only_speaker_takes_the_place_of_the_delivery_line() -> None:
    head = ["政府工作报告", "——2021年1月5日在长河县第十届人民代表大会第三次会议上"]
    lines = [*head, "各位代表:", "现在,我代表县人民政府向大会报告工作,请予审议。全县经济平稳。"]
    assert reported_government("政府工作报告", head, lines) == "长河县人民政府"


def test_pdf_letter_debris_inside_the_head_does_not_hide_the_place() -> None:
    head = [
        "政 府 工 作 报 告PZl",
        "2020年6月22日在长河县第十五届PZl",
        "人民代表大会第五次会议上PZl",
        "长河县县长张三PZl",
    ]
    lines = [*head, "各位代表:PZl", "我代表县人民政府向大会报告工作,请予审议。PZl"]
    assert reported_government("政府工作报告", head, lines) == "长河县人民政府"


def test_an_autonomous_region_is_named_by_its_full_name() -> None:
    lines = ["内蒙古自治区政府门户网站 第2期", "各位代表:", "现在,我代表自治区人民府作工作报告,请予审议。"]
    assert reported_government(None, lines[:1], lines) == "内蒙古自治区人民政府"


def test_a_speaker_short_form_gives_way_to_the_delivery_lines_full_name() -> None:
    head = ["政府工作报告", "——在东乌珠穆沁旗第十六届人民代表大会第一次会议上", "东乌旗人民政府代旗长 张三"]
    lines = [*head, "各位代表:", "现在,我代表东乌旗人民政府向大会报告工作。"]
    assert reported_government("政府工作报告", head, lines) == "东乌珠穆沁旗人民政府"
    extra: dict[str, str] = {}
    assert choose_issuer({}, head, "政府工作报告", None, extra, lines) == "东乌珠穆沁旗人民政府"


def test_masked_or_unnamed_places_give_no_government() -> None:
    masked = ["各位代表:", "现在,我代表XX镇人民政府向大会报告工作。"]
    assert voice_of_report(masked) is None
    assert reported_government(None, [], masked) is None
    unnamed = ["各位代表:", "现在,我代表县人民政府向大会报告工作。全县经济平稳,我县民生改善。"]
    assert reported_government(None, [], unnamed) is None


def test_the_place_the_text_keeps_coming_back_to_when_the_head_is_lost() -> None:
    lines = [
        "区人民政府年度工作报告各位代表。现在,我代表区人民政府,向大会作工作报告,请予审议。"
        "五年来,全区上下团结奋进,是浔阳发展史上最好的时期,浔阳江畔新城初具规模,滨江东路建成通车。"
    ]
    assert reported_government(None, [], lines) == "浔阳区人民政府"


def test_the_level_a_report_speaks_as() -> None:
    assert spoken_level(["过去一年,全州上下团结奋进,我州民生改善,全县"]) == "州"
    assert spoken_level(["全县增长,全市第一"]) == "县"
    assert spoken_level(["全县增长,全区增长"]) is None


def test_a_prefecture_office_speaking_for_itself_is_named_as_it_says() -> None:
    lines = ["行署工作报告", "(2011年4月28日)", "现在,我代表长河地区行署,向地区人大工委作工作报告,请予审议。"]
    assert reported_government("行署工作报告", lines[:2], lines) == "长河地区行署"


def test_a_place_the_report_names_only_in_its_own_phrases() -> None:
    lines = [
        "政府工作报告",
        "各位代表:",
        "我代表区人民政府,向大会作工作报告。全区上下以建设“繁荣和谐新道外”为目标,打造新的经济增长点。",
    ]
    assert reported_government("政府工作报告", lines[:1], lines) == "道外区人民政府"
    two = [*lines, "立足青石实际,谱写长河新篇章。"]
    assert reported_government("政府工作报告", lines[:1], two) is None


def test_a_report_to_a_congress_speaking_as_the_whole_country_is_the_state_councils() -> None:
    from models.ingest.metadata_government import national_government

    lines = [
        "各位代表：",
        "刚刚过去的一年，我国各族人民取得伟大成就。我国经济增长，我国人民生活改善。",
        "国务院决定：今年的改革以城市为重点。",
    ]
    assert national_government(lines) == "国务院"
    budget = [lines[0], "受国务院委托，现将预算执行情况报告如下。我国我国我国。"]
    assert national_government(budget) is None
    province = [*lines, "全省经济平稳。"]
    assert national_government(province) is None


def test_a_one_line_report_with_no_title_keeps_the_city_its_delivery_line_writes() -> None:
    text = (
        "——2019年12月24日在武汉市武昌区第十五届人民代表大会 第五次会议上 武昌区人民政府区长 余 松 各位代表: "
        "现在,我代表区人民政府向大会报告工作,请予审议。 2019年工作回顾 全区上下凝心聚力。"
    )
    assert choose_issuer({}, [text], None, None, {}, [text]) == "武汉市武昌区人民政府"


def test_a_townships_report_titled_with_its_name() -> None:
    from models.ingest.metadata_government import government_issuer

    title = "宁远镇2022年政府工作报告"
    assert government_issuer(title, [title, "一、2021年工作回顾"]).value == "宁远镇人民政府"


def test_a_congress_number_without_di_is_no_part_of_the_delivery_place() -> None:
    # 区长在区十七届人民代表大会…: a sentence leaving out 第 names no place (not 区十七届)
    from models.ingest.metadata_government import government_issuer

    title = "东湖区人民政府办公室关于印发政府工作报告重点工作任务分解表的通知"
    head = [title, "区长在区十七届人民代表大会第四次会议所作的《政府工作报告》安排部署了今年的工作。"]
    assert government_issuer(title, head).value is None
    head = ["政府工作报告", "——在东湖区十七届人民代表大会第三次会议上"]
    assert government_issuer("政府工作报告", head).value == "东湖区人民政府"
