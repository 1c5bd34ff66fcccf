"""Issuers the text names where no issuer line says so (session 17): a portal's 来源 glued to the next field's label
(1503, 102), a township by its Inner Mongolian level 苏木 (1447), the bureau opening a summary after its period
(2011年第一季度, 1491), a zone as the subject of a line opening at its year (1564, not its own bureau: 1058), and a
bureau a portal names by its kind alone at the level the text writes it (1511)."""

from __future__ import annotations

import pytest

from models.ingest.metadata_issuer_names import without_widget
from models.ingest.metadata_own_work import kind_at_level
from tests.models.ingest._reading import issuer as _issuer


@pytest.mark.parametrize(
    ("value", "office"),
    [
        ("镜湖区统计局阅读次数:编辑:杨文杰", "镜湖区统计局"),
        ("芜湖市教育局阅读次数:编辑:倪雪梅", "芜湖市教育局"),
        ("市城管局点击数:", "市城管局"),
        ("某县财政局 【字号: 大 中 小】", "某县财政局"),
        ("某县财政局", "某县财政局"),
    ],
)
def test_a_field_value_loses_the_label_glued_after_it(value: str, office: str) -> None:
    assert without_widget(value) == office


def test_a_bulletin_whose_page_line_glues_its_source_to_the_counter_is_that_office_s() -> None:
    text = (
        "2022年某区经济和社会发展统计公报\n\n"
        "发布时间:2023-04-03 16:12信息来源: 镜湖区统计局阅读次数:编辑:杨文杰 字体:【\n\n"
        "2022年是党的二十大胜利召开之年。过去一年,在市委、市政府和区委、区政府的坚强领导下,经济社会保持了平稳健康发展。\n\n"
        "一、综合\n\n全年全区实现生产总值791亿元,比上年增长2.5%。\n"
    )
    assert _issuer(text) == "镜湖区统计局"


def test_a_township_speaking_at_its_sumu_level_is_its_government() -> None:
    text = (
        "——2023年3月24日在白音他拉苏木第十九届人民代表大会第三次会议上\n各位代表:\n"
        "现在,我代表白音他拉苏木人民政府向大会报告工作,请予审议,并请列席会议的同志们提出意见。\n"
        "一、2022年工作回顾\n2022年,在旗委、政府和苏木党委的坚强领导下,苏木政府团结带领广大干部群众砥砺奋进。\n"
    )
    assert _issuer(text) == "白音他拉苏木人民政府"


@pytest.mark.parametrize(
    "period", ["2011年第一季度,", "2023年上半年,", "今年1-6月,", "今年以来,", "2022年前三季度,", "2019年,"]
)
def test_the_bureau_opening_a_summary_after_its_period_issues_it(period: str) -> None:
    text = (
        f"{period}融安县国土资源局在市局和县委、县政府的正确领导下,紧紧围绕县委、县政府中心工作和年度管理目标任务,"
        "全面推进国土资源管理工作。现将工作简要总结如下:\n一、工作开展情况\n(一)加强土地规划管理\n"
        "1、每月到各个乡镇进行基本农田巡查,第一季度共巡查6次。\n"
    )
    assert _issuer(text) == "融安县国土资源局"


def test_a_zone_opening_a_line_at_its_year_is_the_issuer_but_not_when_its_bureau_follows() -> None:
    news = (
        "本报讯2月25日,张家界高新区召开2019年经济工作暨党风廉政建设、安全生产工作会议。副市长李传荣参加会议。\n"
        "2018年,张家界高新区全面落实新发展理念,取得一系列新进展、新成绩。全年技工贸总收入同比增长37.94%。\n"
    )
    assert _issuer(news) == "张家界高新区"
    bureau = (
        "近期,常州市统计局发布通报,常州高新区统计局被评为统计工作综合考核先进地区。\n"
        "2022年,常州高新区统计局在区委、区政府的坚强领导下,服务大局、主动作为,各项工作有序推进。\n"
    )
    assert _issuer(bureau) != "常州高新区"  # the bureau speaks, not the zone


def test_a_bureau_named_by_its_kind_takes_the_one_level_and_place_the_text_gives_it() -> None:
    lines = [
        "商务局2023年政府信息公开工作年度报告",
        "2023年度市商务局通过政府网站主动公开政务信息114条。",
        "依托义乌商务微信公众号平台,发布工作动态及各类政务信息360条。义乌发展提速。",
    ]
    assert kind_at_level("商务局", lines) == "义乌市商务局"
    assert kind_at_level("商务局", [*lines, "区商务局配合开展工作。"]) is None  # two levels: no telling
    assert kind_at_level("商务局", lines[:1]) is None  # no level written


@pytest.mark.parametrize(
    ("title", "delivery"),
    [
        ("2025年遵义市播州区政府工作报告", "2025年1月11日在播州区第二届人民代表大会第四次会议上"),
        ("2015年杭州市余杭区政府工作报告", None),
    ],
)
def test_a_government_report_s_title_writing_the_city_gives_the_fuller_place(title: str, delivery: str | None) -> None:
    head = f"{title}\n{delivery}\n" if delivery else f"{title}\n"
    text = (
        head + "各位代表:\n现在,我代表区人民政府向大会报告工作,请予审议,并请区政协委员和其他列席人员提出意见。\n"
        "一、过去一年工作回顾\n过去一年,全区实现地区生产总值增长6%。\n"
    )
    assert _issuer(text) == title[5:].removesuffix("政府工作报告") + "人民政府"


def test_a_title_s_words_before_the_district_that_are_no_city_are_not_its_prefix() -> None:
    text = (
        "【投资招商】2015年余杭区政府工作报告\n各位代表:\n"
        "现在,我代表余杭区人民政府向大会作工作报告,请予审议。\n一、2014年工作回顾\n全区实现生产总值1101.04亿元。\n"
    )
    assert _issuer(text) == "余杭区人民政府"


def test_the_place_opening_the_report_at_its_period_is_its_government() -> None:
    text = (
        "2024年,吴江区在市委、市政府的领导下,坚持以习近平新时代中国特色社会主义思想为指导,推动法治政府建设提质增效。"
        "现将有关情况汇报如下:\n一、坚持党的领导,把牢法治建设正确方向\n(一)学深悟透强化思想引领。严格落实制度。\n"
    )
    assert _issuer(text) == "吴江区人民政府"


@pytest.mark.parametrize(
    "opening",
    [
        "2023年,开发区在市委、市政府的领导下,坚持稳中求进,各项工作有序推进。",  # a zone by its kind
        "2023年,XX县在市委、市政府的领导下,坚持稳中求进,各项工作有序推进。",  # masked
    ],
)
def test_an_opening_subject_that_names_no_government_gives_none(opening: str) -> None:
    text = opening + "\n一、主要工作\n(一)抓好项目建设。全年完成投资10亿元。\n"
    assert _issuer(text) is None


def test_a_statistical_bulletin_opening_at_its_county_is_not_the_government_s() -> None:
    text = (
        "2023年某某县国民经济和社会发展统计公报\n"
        "2023年,宜章县全面贯彻落实党的二十大精神,坚持稳中求进工作总基调,全县经济社会发展稳中有进。\n"
        "一、综合\n初步核算,2023年全县实现地区生产总值276.29亿元,比上年增长5.1%。\n"
        "二、农业\n全年粮食产量20万吨。\n"
    )
    assert _issuer(text) != "宜章县人民政府"


@pytest.mark.parametrize(
    ("account", "issuer"),
    [
        ("炎山是昭阳区西部的一个贫困乡。贫困面大、贫困程度深。", "炎山乡人民政府"),
        ("宗加镇地处都兰县西部,是一个以牧业为主、农牧结合的镇,全镇总面积1.9万平方公里。", "宗加镇人民政府"),
        ("全乡是一个典型的农业乡。全乡总面积77.6平方公里。", None),  # the level's word, no name
        ("某某是县城西部的一个贫困乡。全乡总面积77.6平方公里。", None),  # masked
    ],
)
def test_a_township_describing_itself_in_its_basic_situation_issues_the_report(
    account: str, issuer: str | None
) -> None:
    text = (
        "尊敬的各位领导:\n\n首先,我代表乡四套班子和全乡人民群众,对你们的到来表示热烈的欢迎!\n\n"
        + account
        + "\n\n今年,在区委、区政府的正确领导下,我们抓好各项工作。\n"
    )
    assert _issuer(text) == issuer


def test_a_template_blanking_its_town_with_underscores_names_no_government() -> None:
    text = (
        "镇政府镇长个人述职报告\n\n尊敬的各位领导、同志们:\n\n"
        "本人自20__年1月23日起任__镇党委副书记、镇长。现将三年来各方面情况报告如下。\n\n"
        "一、抓好学习这个根本前提\n参加全县领导干部学习会17次,每年都超额完成干部在线学习学分。\n"
        "二、基础设施大建设\n共修通水泥路近_公里,主要是三道河至小河口_公里路面改造;河口、水口、_村通了客车。\n"
    )
    assert _issuer(text) is None
