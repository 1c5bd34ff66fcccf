"""Issuers of session 15's discovery families: a release of a period's figures that names no speaker, a mayor's
name glued to his title (市长葛某 holds no 长葛市)."""

from __future__ import annotations

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.types import Metadata


def _read(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text)


RELEASE = (
    "今年以来,全县上下认真贯彻落实党中央、国务院决策部署,前三季度全县经济发展动能增强,呈现稳中向好整体态势。\n"
    "根据地区生产总值统一核算结果,2023年前三季度全县地区生产总值为122.53亿元,按可比价计算,同比增长6.6%。\n"
    "一、农业生产形势稳定\n前三季度,全县农作物长势良好,南江县小春经济作物播面48.73万亩,同比增长2.7%。\n"
    "二、工业生产恢复加快\n前三季度,全县规上工业增加值增长8.9%,南江县工业经济持续向好。\n"
)


def test_a_titled_release_of_the_periods_figures_names_no_issuer() -> None:
    # a county portal's press release (全县 in the third person, no office speaks): not the government's by 全县
    assert _read("2023年前三季度南江县经济形势新闻发布稿\n" + RELEASE).issuer is None


def test_a_headlined_release_under_a_page_date_names_no_issuer() -> None:
    text = (
        "钟楼区:上半年经济社会运行稳步增长\n\n发布日期:2024-07-31  浏览次数:\n"
        "  今年以来,钟楼区全方位落实“532”发展战略,经济社会运行平稳向好的总体态势进一步巩固。\n"
        "  一、经济运行基本情况\n  1-6月,钟楼区实现地区生产总值(GDP)469.20亿元,按不变价格计算,增长4.7%。\n"
        "  (一)工业经济平稳增长\n  1-6月,全区规上工业企业完成产值314.60亿元,增长3.4%。全区28个行业大类中22个增长。\n"
    )
    assert _read(text).issuer is None


def test_a_release_that_speaks_as_its_county_is_still_the_governments() -> None:
    text = "2023年前三季度南江县经济工作情况\n" + RELEASE.replace("全县上下", "我县上下", 1)
    assert _read(text).issuer == "南江县人民政府"


def test_a_mayors_name_glued_to_his_title_names_no_city() -> None:
    # 市长葛某某: 长葛 is a city's name, but its 长 is the mayor's title
    text = (
        "市长葛慧君作政府工作报告(提纲)\n\n一、2006年工作回顾\n"
        "过去的一年,是我市实施“十一五”规划的第一年,也是我市经济社会发展取得明显成效的一年。"
        "全市实现生产总值1228.6亿元,比上年增长13.3%。\n"
    )
    assert _read(text).issuer != "长葛市人民政府"


def test_the_party_committee_a_mayors_report_thanks_names_its_city() -> None:
    # 在中共金华市委的正确领导下: 金华 is a common word too, but 中共…市委 writes it as the city's name
    text = (
        "市长葛慧君作政府工作报告(提纲)\n\n一、2006年工作回顾\n"
        "过去的一年,是我市实施“十一五”规划的第一年。在中共金华市委的正确领导下,紧紧围绕“共建大金华”的战略主线,"
        "深入推进“平安金华”建设。全市实现生产总值1228.6亿元,比上年增长13.3%。\n"
    )
    assert _read(text).issuer == "金华市人民政府"


def test_a_sector_review_said_of_its_district_in_the_third_person_names_no_issuer() -> None:
    text = (
        "【工作总结】安全生产工作总结\n桃城区 2022 年安全生产工作综述\n"
        "安全,关乎社会大众福祉,关乎经济社会发展大局。今年以来,全区各级各部门认真贯彻中央、省、市关于安全生产的"
        "系列部署要求,全区未发生安全生产事故,在全市安全生产指标考核工作中名列前茅。\n"
        "一是上级政策落地落实。全区严格贯彻有关安全生产工作的一系列决策部署,桃城区安委会统筹协调。\n"
    )
    assert _read(text).issuer is None


def test_a_sector_report_that_speaks_as_its_city_is_the_governments() -> None:
    text = (
        "万源市推进林业产业化工作情况汇报\n"
        "近年来,我市立足林业资源优势,大力推进林业产业化。我市林地面积达到300万亩,全市林业总产值8亿元。\n"
        "一、主要做法\n我市坚持规划引领,万源市林业产业化水平不断提升。\n"
    )
    assert _read(text).issuer == "万源市人民政府"


def test_a_plan_stored_from_its_preamble_names_no_issuer() -> None:
    text = (
        "应急管理是国家治理体系和治理能力的重要组成部分。为积极推进应急管理体系和能力现代化,依据省市"
        "《“十四五”应急管理体系建设规划》,结合县情工作实际,制定本规划。\n一、现状与形势\n"
        "(一)“十三五”应急管理成效。\n“十三五”时期,我县深入贯彻习近平总书记关于应急管理工作重要论述,"
        "制定了《甘谷县推进城市安全发展的实施方案》,县应急管理局组建到位,全县应急管理能力明显提升。\n"
    )
    assert _read(text).issuer is None


def test_a_portal_tables_doc_number_cell_ends_at_its_bar() -> None:
    text = (
        "索 引 号: | WA1304001-2024-002 | 主题分类: | 区政府 |\n发布机构: | 区政府办公室 | 发文日期: | 2024-10-10 |\n"
        "文 号: | 嘉府办发〔2024〕23号 | 公开类型: | 主动公开 |\n各镇人民政府,区政府相关委、办、局:\n"
        "区建设管理委拟定的《某某实施方案》已经区政府同意,现转发给你们,请认真按照执行。\n"
    )
    assert _read(text).doc_number == "嘉府办发〔2024〕23号"


def test_a_doc_number_in_full_width_digits_under_the_title() -> None:
    text = (
        "关于进一步鼓励外商投资有关进口税收政策的通知\n署税〔１９９９〕７９１号\n广东分署，各直属海关、院校：\n"
        "根据国务院指示精神，为了鼓励外商投资，现就有关问题通知如下：\n一、对已设立的鼓励类外商投资企业免征进口关税。\n"
    )
    assert _read(text).doc_number == "署税〔１９９９〕７９１号"


JOINT = (
    "成都市发展和改革委员会 中共成都市委社会工作部 成都市规划和自然资源局 成都市住房和城乡建设局 "
    "关于印发成都市城市社区嵌入式服务设施建设工程实施方案的通知"
)


def test_four_bodies_opening_a_title_issue_it_together() -> None:
    text = (
        f"{JOINT}\n\n各区(市)县政府(管委会),市级有关部门,有关单位:\n\n"
        "经市领导同意,现将《成都市城市社区嵌入式服务设施建设工程实施方案》印发给你们,请结合实际认真贯彻落实。\n"
    )
    assert _read(text).issuer == (
        "成都市发展和改革委员会 中共成都市委社会工作部 成都市规划和自然资源局 成都市住房和城乡建设局"
    )


def test_the_xiang_of_chengxiang_is_no_township() -> None:
    from models.ingest.metadata_issuer_head import issuer_from_text

    assert issuer_from_text("关于做好城乡居民基本医疗保险工作的通知", []).value is None


def test_a_title_set_letter_spaced_in_part_is_whole() -> None:
    text = (
        "国\xa0务\xa0院\xa0关\xa0于\xa0加\xa0快\xa0发\xa0展\xa0生\xa0产\xa0性\xa0服\xa0务\xa0业促进产业结构调整升级的指导意见\n"
        "国发〔2014〕26号\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n"
        "国务院高度重视服务业发展。为加快重点领域生产性服务业发展，现提出以下意见：\n一、总体要求\n"
    )
    title = _read(text).title or ""
    assert "".join(title.split()) == "国务院关于加快发展生产性服务业促进产业结构调整升级的指导意见"


def test_an_opening_sentence_naming_the_report_in_full_titles_it_and_its_bureau_issues_it() -> None:
    text = (
        "为做好2022年财政衔接推进乡村振兴资金项目绩效管理工作,根据《河南省扶贫项目资金绩效管理办法》,"
        "现将2022年西平县交通运输局财政衔接推进乡村振兴资金项目绩效自评总结报告如下:\n"
        "一、绩效目标分解下达情况\n我县2022年农村公路通村道路建设项目计划投资2179万元。\n"
    )
    meta = _read(text)
    assert meta.title == "2022年西平县交通运输局财政衔接推进乡村振兴资金项目绩效自评总结报告"
    assert meta.issuer == "西平县交通运输局"


def test_an_opening_sentence_that_only_reports_names_no_title() -> None:
    # 报告 is the verb here: 2021年工作情况和2022年工作打算 is what is reported, no document's name
    text = (
        "今年以来,在县委县政府的坚强领导下,现将2021年工作情况和2022年工作打算报告如下:\n"
        "一、2021年工作情况\n全年完成水利投资3.2亿元。\n"
    )
    assert _read(text).title is None


def test_a_disclosure_report_published_by_its_opening_sentence_on_a_county_that_speaks() -> None:
    text = (
        "根据《中华人民共和国政府信息公开条例》要求,特向社会公布2023年政府信息公开工作年度报告。"
        "如对本报告有疑问,请联系吴起县政府政务服务中心。报告的电子版可在吴起县人民政府门户网站下载。\n"
        "地址:吴起县档案馆4楼402室;\n一、总体情况\n2023年,我县坚持以习近平新时代中国特色社会主义思想为指导,"
        "全面推进政务公开。\n"
    )
    meta = _read(text)
    assert meta.title == "2023年政府信息公开工作年度报告"
    assert meta.issuer == "吴起县人民政府"


def test_a_schools_final_accounts_are_the_schools() -> None:
    text = (
        "临沧市凤庆县三岔河镇三岔河中学2022年度部门决算\n目录\n第一部分临沧市凤庆县三岔河镇三岔河中学概况\n"
        "一、主要职能\n二、部门基本情况\n第二部分2022年度部门决算表\n一、收入支出决算表\n"
    )
    assert _read(text).issuer == "临沧市凤庆县三岔河镇三岔河中学"


def test_a_copy_starting_inside_a_heading_takes_no_title_from_its_tail() -> None:
    from models.ingest.metadata_candidates import title_score

    assert title_score("的国家预算") is None
    assert title_score("的报告") is None


def test_a_county_bureau_takes_no_place_from_letters_inside_words() -> None:
    # 和政 (a county of Gansu) only as 素质和政治意识: the county is never named, the issuer unknown
    text = (
        "2023年度县城市管理局上半年工作总结及下半年工作计划\n"
        "今年以来,县城市管理局在县委、县政府的坚强领导下,全面提高干部队伍素质和政治意识,扎实推进城市管理各项工作。\n"
        "一、上半年工作开展情况\n(一)加强队伍建设。我局坚持提高政治素质和政治意识,全县城市管理水平不断提升。\n"
    )
    assert _read(text).issuer is None


def test_a_county_slogan_list_names_no_one_letter_county() -> None:
    # 旅游兴县: tourism lifts the county (兴县 is also a county of Shanxi); the county is never named
    text = (
        "发改局2019年上半年的工作总结\n"
        "2019年以来,我县重点项目建设工作在县委、县政府的正确领导下,遵循“生态立县、工业强县、农业稳县、旅游兴县、"
        "循环发展”的发展战略,全县重点项目建设取得明显成效。\n一、重点项目建设情况\n全县在建项目30个,完成投资12亿元。\n"
    )
    assert _read(text).issuer is None


def test_a_session_news_headline_over_two_lines_is_no_title() -> None:
    text = (
        "市七届人大四次会议隆重开幕\n虢正贵主持大会并宣布开幕\n刘革安作政府工作报告\n大会会议现场\n"
        "掌上张家界1月6日讯 (记者 尹明)1月6日上午,市第七届人民代表大会第四次会议在市人大会堂隆重开幕。\n"
        "本次大会应到代表301人,实到284人,符合法定人数。\n"
    )
    assert _read(text).title is None
