"""Issuers named by what a report is (made-up snippets)."""

from __future__ import annotations

from models.ingest.metadata_bodies import (
    audit_office,
    audited_body,
    delivering_body,
    finance_body,
    is_audit_report,
    national_body_in_lead,
    national_conference_body,
)


def test_a_ministers_speech_at_his_systems_national_conference_is_the_ministrys() -> None:
    title = "王五部长在2024年全国水利工作会议上的讲话"
    assert national_conference_body(title, [title]) == "水利部"
    lines = ["赵六在全国气象局长会议上的报告", "——在全国气象局长会议上的报告"]
    assert national_conference_body(None, lines) == "国家气象局"
    assert national_conference_body("市民政局2018年工作总结", ["参加全国民政工作会议。"]) is None


def test_a_provinces_budget_report_is_its_finance_departments() -> None:
    lines = ["关于宁远省2020年预算执行情况和2021年预算草案的报告", "在宁远省第十三届人民代表大会第四次会议上"]
    assert finance_body(lines[0], [*lines, "受省人民政府委托,现将预算执行情况报告如下。"]) == "宁远省财政厅"
    # a text that neither names its finance office nor speaks as the one entrusted names no issuer (lead's
    # ruling, session 16: 1379, 1413)
    assert finance_body(lines[0], [*lines, "宁远省财政收入增长。"]) is None


def test_a_ministry_named_by_a_news_items_headline_or_lead() -> None:
    headline = ["水利部:关于2012年水土保持的工作要点", "近日,水利部制定了《工作要点》,水利部要求各级水利部门抓好落实。"]
    assert national_body_in_lead(headline) == "水利部"
    briefing = ["5月8日,国家发改委新闻发言人通报了一季度运行情况。", "一季度,国家发展改革委共审批项目12个。"]
    assert national_body_in_lead(briefing) == "国家发展改革委"


def test_no_ministry_for_a_local_text_or_a_party_department() -> None:
    local = ["3月2日,商务部召开会议。", "我县认真贯彻会议精神,全县外贸增长5%。"]
    assert national_body_in_lead(local) is None
    party = ["近日,宣传部召开会议,部署全年工作。"]
    assert national_body_in_lead(party) is None


def test_the_body_under_a_wrapped_delivery_line_delivers_the_report() -> None:
    lines = [
        "关于宁远县2030年预算执行情况的报告",
        "——2030年12月1日在宁远县第九届人民代表大会",
        "第二次会议上",
        "宁远县财政局",
    ]
    assert delivering_body([*lines, "各位代表:", "受县人民政府委托,现将预算执行情况报告如下。"]) == "宁远县财政局"
    one_line = ["——2030年7月3日在宁远区人大常委会第五次会议上", "宁远区人民政府", "区人大常委会:"]
    assert delivering_body(one_line) == "宁远区人民政府"
    undated = ["——在宁远县第六届人民代表大会第二次会议上", "宁远县财政局", "各位代表:"]
    assert delivering_body(undated) == "宁远县财政局"
    bracketed = ["（二〇三〇年一月五日在宁远县人大常委会会议上）", "宁远县审计局"]
    assert delivering_body(["关于宁远县审计工作的报告", *bracketed]) == "宁远县审计局"
    assert delivering_body(["（在宁远县人大常委会第九次会议上）", "宁远县审计局"]) == "宁远县审计局"


def test_a_person_or_the_congress_under_the_delivery_line_is_no_delivering_body() -> None:
    assert delivering_body(["——2030年1月5日在宁远市第三届人民代表大会第一次会议上", "市长 张三", "各位代表:"]) is None
    assert delivering_body(["（2030年1月5日在宁远市人大常委会会议上）", "宁远市人大常委会"]) is None
    assert delivering_body(["——2030年1月5日宁远市财政局", "宁远市财政局"]) is None  # no 会议上: no delivery line


def test_a_governor_whose_name_ends_in_a_bodys_letter_is_still_a_person() -> None:
    # 江西省省长 鹿心社 (1116): the name ends in 社, the letter of 新华社; 宁远县人民政府代县长 王建行 in 行
    delivery = "——2030年1月5日在宁远省第三届人民代表大会第一次会议上"
    assert delivering_body([delivery, "宁远省省长 陈心社", "各位代表:"]) is None
    assert delivering_body([delivery, "宁远县人民政府代县长 王建行", "各位代表:"]) is None
    assert delivering_body([delivery, "宁远县财政局", "各位代表:"]) == "宁远县财政局"


def test_an_audit_report_on_a_budget_is_its_audit_offices() -> None:
    opening = ["我受省人民政府委托,向省人大常委会报告2030年度省级预算执行和其他财政收支的审计情况,请审议。"]
    assert is_audit_report(None, opening)
    assert is_audit_report("关于宁远县2030年度县级预算执行和其他财政收支的审计工作报告", [])
    assert not is_audit_report("宁远县审计局2030年工作总结", ["全年完成审计项目12个。"])
    assert audit_office("宁远省人民政府") == "宁远省审计厅"
    assert audit_office("宁远县人民政府") == "宁远县审计局"
    assert audit_office("国务院") == "审计署"
    assert audit_office("宁远县财政局") is None


def test_an_audit_reports_title_names_the_audit_office_of_its_place() -> None:
    county = "关于宁远县2030年度县级预算执行和其他财政收支的审计工作报告"
    assert audited_body(county, [county, "宁远县审计局依法审计了县级预算执行情况。"]) == "宁远县审计局"
    province = "关于平川省2030年度省级预算执行和其他财政收支的审计工作报告"
    assert audited_body(province, [province, "平川省各级各部门认真整改。"]) == "平川省审计厅"
    assert audited_body("关于2030年度中央预算执行和其他财政收支的审计工作报告", []) == "审计署"
    assert audited_body("关于2030年度市本级预算执行和其他财政收支的审计工作报告", []) is None  # no place named
    assert audited_body("关于宁远县2030年预算执行情况的报告", []) is None  # a budget report, not its audit


def test_the_head_of_a_body_under_the_delivery_line_names_the_body_that_delivers_the_report() -> None:
    # family: a plan or budget report delivered by a commission or bureau's head, his post glued to the body's
    # name (884's and 490's shape, made up)
    lines = [
        "关于2030年国民经济和社会发展计划执行情况的报告",
        "——2031年3月6日在某某省第九届人民代表大会第三次会议上",
        "省发展和改革委员会主任王某某",
        "各位代表:",
    ]
    assert delivering_body(lines) == "省发展和改革委员会"
    head = ["县财政局党组书记、局长 李 明"]
    assert delivering_body([lines[0], lines[1], *head, lines[3]]) == "县财政局"
    # the government's own head stands there: left to the government report's rules
    assert delivering_body([lines[0], lines[1], "县人民政府县长 唐 雨", lines[3]]) is None


def test_a_delivery_line_without_its_dash_and_a_pinyin_copy_still_give_the_body() -> None:
    lines = [
        "关于某某县2031年计划执行情况的报告",
        "2032年2月13日在某某县第十八届人民(min)代表大会第二次会议上",
        "县发展和(he)改革局(ju)局(ju)长    涂亚(ya)鹏",
        "各位代表:",
    ]
    assert delivering_body(lines) == "县发展和改革局"
    assert delivering_body(["2032年2月13日召开会议", "县发展和改革局"]) is None  # no delivery line
