"""Issuers of session 16's second discovery round: a hijacked mirror's pinyin glosses and a 来源 naming a web site
(1430), an autonomous county's long name before a township (1466), a 部门决算 title setting its body apart by a
space (1472) or naming a county's line of work summed up (1468), and a budget report to a congress whose text names
no finance office (1379)."""

from __future__ import annotations

import pytest

from tests.models.ingest._reading import issuer as _issuer

_RELEASE = (
    "行业动态 您现在的位置:首页 > 行业动态\n"
    "来源:{office}网站   发布时间:2023-07-19   点击:1605次\n\n"
    "上半年国民经济恢复向好\n\n(2023年7月17日)\n\n{signed}\n\n"
    "上半年,面对复杂严峻的国际环境,各地区各部门认真贯彻落实决策部署,经济运行整体回升向好。"
    "初步核算,上半年国内生产总值593034亿元,同比增长5.5%。\n"
)


@pytest.mark.parametrize(
    ("office", "signed"),
    [
        ("国家统计局", "国家统计(ji)局"),  # 1430: the mirror glosses the issuer line under the date
        ("国家统计局", "国家统计局"),
        ("国家发展和改革委员会", "国家发展和(he)改革委员(yuan)会"),
    ],
)
def test_the_issuer_line_under_the_date_wins_over_a_source_naming_the_site(office: str, signed: str) -> None:
    # gold README: never a website from 来源; the line under the title and date names the office
    assert _issuer(_RELEASE.format(office=office, signed=signed)) == office


_ACCOUNTS = (
    "{title}\n{own}\n2019年度部门决算及“三公”经费决算情况说明\n目 录\n第一部分:{short}概况\n一、主要职能\n"
    "第一部分:{short}概况\n一、主要职能\n"
    "根据党章和《地方组织法》的规定,乡党委、政府承担辖区内促进经济发展、提供公共服务等任务。\n"
    "二、部门决算单位构成\n党政机关内设机构:党政办公室、社会事务办公室等5个机构。\n"
)


@pytest.mark.parametrize(
    ("county", "town"),
    [
        ("环江毛南族自治县", "大才乡"),  # 1466
        (
            "彭水苗族土家族自治县",
            "桐楼乡",
        ),  # the gold forms of 重庆市彭水苗族土家族自治县桐楼乡, 石柱土家族自治县洗新乡
        ("石柱土家族自治县", "洗新乡"),
        ("恭城瑶族自治县", "西岭镇"),
    ],
)
def test_a_township_takes_the_whole_name_of_its_autonomous_county(county: str, town: str) -> None:
    own = f"{county}{town}人民政府"
    text = _ACCOUNTS.format(title=own + "2019年度部门决算及“三公”经费决算情况说明", own=own, short=town + "人民政府")
    assert _issuer(text) == own


_TOWN_ACCOUNTS = (
    "  • [ 发布机构 ]\n  • 武隆区后坪乡\n"
    "{title}\n日期:2020-09-02\n\n一、部门基本情况\n\n"
    "(一)职能职责。我乡是政府职能部门的基层单位,职责是巩固党的执政地位,推进经济发展。\n\n"
    "(二)机构设置。2019年机构改革后我乡内设党委、人大、政府机关、农业服务中心。\n"
)


@pytest.mark.parametrize(
    ("title", "issuer"),
    [
        # 1472: the body, a space, then the year
        (
            "重庆市武隆区后坪苗族土家族乡人民政府 2019年度部门决算情况说明",
            "重庆市武隆区后坪苗族土家族乡人民政府",
        ),
        ("重庆市武隆区后坪苗族土家族乡人民政府2019年度部门决算情况说明", "重庆市武隆区后坪苗族土家族乡人民政府"),
        ("重庆市武隆区农业农村委员会 2019年度部门决算情况说明", "重庆市武隆区农业农村委员会"),
    ],
)
def test_a_title_setting_its_body_apart_by_a_space_still_names_it(title: str, issuer: str) -> None:
    assert _issuer(_TOWN_ACCOUNTS.format(title=title)) == issuer


_SYSTEM = (
    "公开年报\n\n{title}\n\n"
    "索引号:2662024/2022-160268 生成时间:2022-09-22 11:15:46 发布机构:{short}\n\n"
    "一、概况\n\n(一)部门(单位)职责\n\n"
    "1.组织拟订全县国民健康政策,拟订卫生健康事业发展政策、规划。统筹规划全县卫生健康资源配置。\n\n"
    "2.协调推进深化医药卫生体制改革,研究提出深化医药卫生体制改革重大方针。\n"
)


@pytest.mark.parametrize(
    ("system", "short"),
    [("遂昌县卫生系统", "卫生系统"), ("遂昌县教育系统", "教育系统")],
)
def test_a_county_systems_summed_accounts_are_the_systems(system: str, short: str) -> None:
    # 1468: 某县卫生系统(汇总)2021年度部门决算, gold convention (4): the department its title names, never the
    # government the duties speak of (全县)
    assert _issuer(_SYSTEM.format(title=system + "(汇总)2021年度部门决算", short=short)) == system
    assert _issuer(_SYSTEM.format(title=system + "2021年度部门决算", short=short)) == system


_ABSTRACT = (
    "《关于新乡市2025年预算执行情况和2026年预算草案的报告》(摘要)\n2026年02月09日\n"
    "{opening}我市聚焦目标任务体系,深化预算管理制度改革,兜牢兜实“三保”底线。\n"
    "2025年全市预算执行情况\n一般公共预算\n"
    "各级人代会批准的2025年全市一般公共预算收入预算250.3亿元,实际完成234.7亿元。\n"
    "落实市人大决议和主要财政工作情况\n"
)


def test_a_budget_abstract_naming_no_finance_office_has_no_issuer() -> None:
    # 1379 (and 1413, null on the lead's ruling): a newspaper's abstract; the text names no delivering office
    assert _issuer(_ABSTRACT.format(opening="2025年是规划收官之年。")) is None


@pytest.mark.parametrize("opening", ["受市人民政府委托,我向大会报告预算执行情况。", "全市财政部门在市委的领导下,"])
def test_a_budget_report_speaking_as_the_entrusted_office_is_the_finance_bureaus(opening: str) -> None:
    # 1232 (受县人民政府委托,我向大会报告), 719 (财政部门在县委、县政府的正确领导下)
    assert _issuer(_ABSTRACT.format(opening=opening)) == "新乡市财政局"


_ZONE_REPORT = (
    "一、总体情况\n"
    "2024年,{zone}坚持以习近平新时代中国特色社会主义思想为指导,严格落实《中华人民共和国政府信息公开条例》,"
    "围绕各项重点任务,聚焦项目建设、招商引资,扎实推进政务公开工作。\n"
    "(一)主动公开情况。全年主动公开政府信息120条。\n"
)


@pytest.mark.parametrize("zone", ["番禺经济技术开发区管委会", "宁波高新区管理委员会"])
def test_a_placed_zones_committee_opening_the_report_issues_it(zone: str) -> None:
    # 1400: a zone's 政府信息公开工作年度报告 stored from 一、总体情况
    assert _issuer(_ZONE_REPORT.format(zone=zone)) == zone


def test_a_zones_committee_with_no_place_is_unknown() -> None:
    # 894: 工业园区管委会 under 县委县政府, the county never named
    assert _issuer(_ZONE_REPORT.format(zone="工业园区管委会")) is None


_AUDIT = (
    "根据《中华人民共和国审计法》的规定,{bureau}对2019年度县本级财政预算执行及其他财政收支情况实施了审计。"
    "现将审计结果公告如下:\n\n一、2019年预算执行情况及评价意见\n\n"
    "2019年全县实现一般公共预算财政总收入380869万元,完成年初预算的97.34%。\n"
)


@pytest.mark.parametrize("bureau", ["麻阳苗族自治县审计局", "芷江侗族自治县审计局"])
def test_a_bureau_of_an_autonomous_county_opening_the_report_issues_it(bureau: str) -> None:
    # 1188: the word list lacks the autonomous county, the gazetteer knows it
    assert _issuer(_AUDIT.format(bureau=bureau)) == bureau


_PROVINCE_BODY = (
    "1月12日,省发展和改革委员会受省政府委托,以书面形式向省第十三届人民代表大会第三次会议作"
    "《关于{province}2019年国民经济和社会发展计划执行情况与2020年计划草案的报告》。\n\n"
    "报告指出,2019年,全省统筹推进稳增长、促改革、调结构、惠民生各项工作,较好完成了主要目标任务,"
    "{province}经济运行稳中有进。\n"
)


def test_a_provincial_body_opening_a_news_digest_is_placed_by_the_report_it_delivers() -> None:
    # 887: 省发展和改革委员会受省政府委托…作《关于安徽省…的报告》, the province named again in the text
    assert _issuer(_PROVINCE_BODY.format(province="安徽省")) == "安徽省发展和改革委员会"
    assert _issuer(_PROVINCE_BODY.format(province="江西省")) == "江西省发展和改革委员会"


def test_a_provincial_bureau_placed_only_by_a_cited_regulation_is_unknown() -> None:
    # 288: 省数据局 with the province only inside 《江苏省数据条例》 (gold README 171/153)
    text = (
        "一、主要工作情况\n2025年,省数据局认真学习贯彻习近平法治思想,贯彻落实省委省政府工作要求,"
        "推进法治政府建设取得新进展。\n(一)坚持党的领导\n1. 推动《江苏省数据条例》立法,完善数据要素基础制度。\n"
    )
    assert _issuer(text) is None


_RULE_OF_LAW = (
    "{title}\n来源:{source} 发布时间:2024-03-28 09:18\n\n{title}\n\n"
    "2023年,{place}坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻习近平法治思想,加快构建职责明确、"
    "依法行政的政府治理体系。区政府主要负责同志切实履行推进法治建设第一责任人职责。\n"
    "一、主要举措和成效\n(一)依法全面履行政府职能。\n"
)


@pytest.mark.parametrize(
    ("title", "source"),
    [
        ("静海区2023年度法治政府建设情况报告", "静海区人民政府办公室"),  # 1397
        ("2020年静海区法治政府建设情况报告", "司法局"),  # 1128
        ("静海区2023年度法治政府建设情况报告", "静海区司法局"),
    ],
)
def test_a_places_rule_of_law_report_is_its_governments_whoever_posts_it(title: str, source: str) -> None:
    assert _issuer(_RULE_OF_LAW.format(title=title, source=source, place="静海区")) == "静海区人民政府"


def test_a_bodys_own_rule_of_law_report_stays_the_bodys() -> None:
    # 1399: 江苏省司法厅2022年度法治政府建设情况报告
    title = "江苏省司法厅2022年度法治政府建设情况报告"
    assert _issuer(_RULE_OF_LAW.format(title=title, source="江苏省司法厅", place="省司法厅")) == "江苏省司法厅"


def test_a_township_named_by_the_first_line_when_a_table_cell_is_taken_for_the_title() -> None:
    # 1251: a flattened progress table under its own title line; the title chosen may be a header cell
    from models.ingest.metadata_issuer_head import bureau_from_head

    first = "泗洲头镇2024年度重点工作计划二季度执行情况"
    assert bureau_from_head([first, "序号", "重点工作"], "第二季度完成情况").value == "泗洲头镇人民政府"
    assert bureau_from_head(["乡镇2022年工作总结", "序号"], "第二季度完成情况").value is None


def test_a_budget_packages_part_headings_name_its_body() -> None:
    # 1197 (and 1191): Zhejiang's 部门预算 template stored from its 目录, no title line
    from models.ingest.metadata_issuer_finance import template_accounts_body

    body = "莲都区太平乡人民政府"
    toc = (
        f"目录 一、部门概况 (一)主要职能 二、2025年{body}部门预算安排情况说明 "
        f"(一)关于{body}2025年收支预算情况的总体说明 (二)关于{body}2025年收入预算情况说明"
    )
    assert template_accounts_body([toc]) == body
    assert _issuer(toc + "\n一、部门概况\n(一)主要职能\n1.加强党的建设。落实基层党建工作责任制。\n") == body
    # two bodies named by the parts: none of them
    other = toc.replace(f"(二)关于{body}", "(二)关于莲都区财政局")
    assert template_accounts_body([other + " (三)关于莲都区财政局2025年支出预算情况说明"]) is None
