"""Issuers composed the way 公文 name them: a 街道 through its office, a government from its place."""

from __future__ import annotations

from models.ingest.metadata_body_names import settled_name
from models.ingest.metadata_issuer_forms import written_in_full
from models.ingest.metadata_issuers import choose_issuer, is_of_kind, issuer_from_text
from models.ingest.metadata_survey import is_statistical_bulletin, with_survey_team


def test_a_subdistrict_issues_through_its_office_even_when_the_text_never_writes_it() -> None:
    lines = ["新安街道2025年工作总结", "今年以来，新安街道党工委、办事处团结带领全街道干部群众……"]
    assert settled_name("新安街道", "新安街道2025年工作总结", lines) == "新安街道办事处"
    assert settled_name("新安街道办事处", None, lines) == "新安街道办事处"


def test_a_bulletin_issued_by_the_bureau_and_the_survey_team_side_by_side_names_both() -> None:
    glued = ["某县2020年国民经济和社会发展统计公报蒙城县统计局", "国家统计局蒙城调查队 2021年3月25日", "2020年,全县…"]
    assert with_survey_team("国家统计局蒙城调查队", glued) == "蒙城县统计局 国家统计局蒙城调查队"
    bracketed = ["珠海市2008年国民经济和社会发展统计公报", "(珠海市统计局、国家统计局珠海调查队 2009年3月18日)"]
    assert with_survey_team("珠海市统计局", bracketed) == "珠海市统计局 国家统计局珠海调查队"
    assert with_survey_team("广东省珠海市统计局", bracketed) == "广东省珠海市统计局 国家统计局珠海调查队"


def test_a_survey_team_named_only_as_a_data_source_is_no_issuer() -> None:
    lines = ["某县2020年统计公报", "某县统计局", "注:农村居民收入数据来源于国家统计局某市调查队。"]
    assert with_survey_team("某县统计局", lines) == "某县统计局"
    assert with_survey_team("某县人民政府", ["某县统计局 国家统计局某县调查队"]) == "某县人民政府"


def test_a_notice_on_the_townships_work_names_no_township() -> None:
    lines = ["政府办公室强化乡镇统计工作的通知", "各乡镇人民政府:", "为进一步加强乡镇统计工作……"]
    assert issuer_from_text("政府办公室强化乡镇统计工作的通知", lines).value is None
    assert issuer_from_text("关于做好乡村振兴工作的通知", lines).value is None
    assert issuer_from_text("双浦镇关于做好防汛工作的通知", ["双浦镇关于做好防汛工作的通知"]).value == "双浦镇人民政府"


def test_an_untitled_bulletin_is_no_government_speaking() -> None:
    lines = [
        "2019年,某县紧紧围绕“建设新某县”的奋斗目标,全县经济激昂奋进。",
        "一综合",
        "初步测算,全年全县地区生产总值110.30亿元,同比增长14.5%。",
        "二农业",
        "全年全县农林牧渔业总产值…",
    ]
    assert is_statistical_bulletin(lines)
    assert not is_statistical_bulletin(["一、综合", "全县…", "二、工业"])
    assert not is_statistical_bulletin(["二、农业", "一、综合"])


def test_a_bureau_the_title_names_by_kind_admits_only_bodies_of_that_kind() -> None:
    assert is_of_kind("某区科学技术局", "科技局")
    assert is_of_kind("某县科技和工业信息化局", "县科工局")
    assert not is_of_kind("某省知识产权局", "科技局")
    assert is_of_kind("某省知识产权局", None)


def test_a_body_named_in_full_is_not_extended_by_the_government_of_its_report() -> None:
    # 某街道办事处政府工作报告: the 政府 opens 政府工作报告, the body's name ends at its own kind
    for title, issuer in [
        ("2017年东湖区新安街道办事处政府工作报告", "东湖区新安街道办事处"),
        ("东湖区城东街道办事处2017年政府工作报告", "东湖区城东街道办事处"),
        ("西湖高新区管委会政府工作报告", "西湖高新区管委会"),
        ("东湖区人民政府政府工作报告", "东湖区人民政府"),
    ]:
        lines = [title, "2016年工作总结", "一年来，我们扎实推进各项工作，经济社会持续健康发展。"]
        assert choose_issuer({}, lines[:2], title, None, {}, lines) == issuer, title


def test_a_portal_publisher_field_writing_the_parent_place_gives_the_fullest_form() -> None:
    from models.ingest.metadata_fields import parse_fields

    header = parse_fields("发布日期:2022-01-07    发布者:某某市东城区发展和改革委员会")
    assert header is not None and ("发布机构", "发布者", "某某市东城区发展和改革委员会") in header
    lines = [
        "关于东城区2021年计划执行情况的报告",
        "——2021年12月12日在东城区第十八届人民代表大会第一次会议上",
        "东城区发展和改革委员会",
        "各位代表:",
        "现将全区2021年计划执行情况报告如下……",
    ]
    extra: dict[str, str] = {}
    fields = {"发布机构": "某某市东城区发展和改革委员会"}
    assert choose_issuer(fields, lines[:3], lines[0], None, extra, lines) == "某某市东城区发展和改革委员会"
    # a field naming another body (the government that posts the page) adds nothing to the speaker's bureau
    other = {"发布机构": "某某市东城区人民政府"}
    assert choose_issuer(other, lines[:3], lines[0], None, {}, lines) == "东城区发展和改革委员会"


def test_a_ranking_phrase_is_never_the_county_that_speaks() -> None:
    from models.ingest.metadata_government import reported_government
    from models.ingest.metadata_places import _dictionary

    places, leveled = _dictionary()
    assert not {"十强县", "百强县"} & (places | leveled)  # jieba lists them; a numeral + 强 is a ranking
    lines = [
        "政府工作报告",
        "现在,我代表县人民政府,向大会作政府工作报告,请予审议。",
        "县域特色经济竞争力入围全省十强,县域经济高质量发展考核进入全省前列。",
    ]
    assert reported_government("政府工作报告", lines[:1], lines) is None


def test_a_reflowed_delivery_line_run_into_its_body_and_salutation_still_names_the_body() -> None:
    from models.ingest.metadata_bodies import delivering_body

    run_on = (
        "——2021年12月28日在某某区第五届人民代表大会第一次会议上某某区发展和改革委员会各位代表: 受区人民政府委托,现将…"
    )
    assert delivering_body([run_on, "一、2021年计划执行情况"]) == "某某区发展和改革委员会"
    spoken = "——2021年12月28日在某某区第五届人民代表大会第一次会议上区长 王某某各位代表: 现在,我代表区人民政府…"
    assert delivering_body([spoken]) is None  # a person delivers it: no body named


def test_a_news_items_lead_breaks_a_tie_between_the_city_and_its_prefecture() -> None:
    from models.ingest.metadata_bureau_place import place_of_bureau

    lines = [
        "2月23日上午,宜兴市工业经济动员大会召开,总结回顾2023年工信工作。",
        "过去的一年,市工信局坚持稳中求进,全市工业取得新成效。",
        "2024年,市工信局将当好无锡市产业体系建设的排头兵。",
    ]
    assert place_of_bureau("市工信局", lines) == "宜兴市工信局"
    assert place_of_bureau("市工信局", lines[1:] + lines[:1]) is None  # no place opens the lead: no telling


def test_a_province_written_before_a_city_bureau_in_a_sentence_is_not_added() -> None:
    # (1107) 辽宁省朝阳市工业和信息化局 in a news item's sentence: the bureau keeps its own city only
    lines = ["表彰大会在北京举行,辽宁省朝阳市工业和信息化局获评先进集体。", "朝阳市工业和信息化局坚持党建引领。"]
    assert written_in_full("朝阳市工业和信息化局", None, lines) == "朝阳市工业和信息化局"
    zone = ["常州高新区统计局发布数据。", "高新区统计局表示。"]
    assert written_in_full("高新区统计局", None, zone) == "常州高新区统计局"
