"""Issuers (session 27): the government of a place is written once, never with a second level or government word
(``眉山市政府市长 某某`` → 眉山市人民政府, never 眉山市政府人民政府)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.ingest.metadata_fields import parse_fields
from models.ingest.metadata_government import government_issuer
from models.ingest.metadata_places import government_of
from models.types import Metadata

_PLACES = st.sampled_from(
    ["眉山", "成都", "仁寿", "金坛", "恩施", "阿坝", "大理白族自治", "宁夏回族自治", "东坡", "甘孜"]
)
_LEVELS = st.sampled_from(["市", "县", "区", "州", "旗", "省", "镇", "乡", "自治县", "自治区"])
_SUFFIXES = st.sampled_from(["", "政府", "人民政府", "人民政府 ", "政府\u3000"])


@given(_PLACES, _LEVELS, _SUFFIXES)
def test_a_government_never_doubles_its_words(place: str, level: str, suffix: str) -> None:
    assert government_of(place + level + suffix) == place + level + "人民政府"


def _meta(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text)


@pytest.mark.parametrize(
    ("place", "level", "boss"),
    [
        ("眉山", "市", "市长"),
        ("仁寿", "县", "县长"),
        ("东坡", "区", "区长"),
        ("阿坝", "州", "州长"),
        ("鄂托克", "旗", "旗长"),
    ],
)
@pytest.mark.parametrize("gov", ["政府", "人民政府", ""])
def test_a_speaker_line_writing_the_government_short(place: str, level: str, boss: str, gov: str) -> None:
    head = [f"——2014年1月9日在{place}{level}第三届人民代表大会第五次会议上", f"{place}{level}{gov}{boss} 宋朝华"]
    assert government_issuer(None, head).value == f"{place}{level}人民政府"


def test_a_report_whose_speaker_line_writes_city_government() -> None:
    text = (
        "——2014年1月9日在眉山市第三届人民代表大会第五次会议上\n眉山市政府市长 宋朝华\n各位代表:\n"
        "我代表市人民政府,向大会报告工作,请予审议,并请政协委员提出宝贵意见。\n"
        "2013年,全市地区生产总值860亿元,增长11.3%;全市社会消费品零售总额增长14%。\n"
    )
    assert _meta(text).issuer == "眉山市人民政府"


_GUIDED = (
    "2022年上半年,在{led}委、{led}政府的正确领导下,在{guide}的有力指导下,我们始终围绕中心工作,充分发挥职能作用。\n"
    "一、统筹协调作用发挥明显。今年3月,{place}{led}人民政府常务会议听取了专题汇报,制定并出台了考核方案。\n"
    "二、依法行政纵深推进。共审查规范性文件12件,办理行政复议案件8件,为全{led}发展提供了有力保障。\n"
)


@pytest.mark.parametrize(
    ("place", "led", "guide", "issuer"),
    [
        ("麻阳苗族自治", "县", "市司法局", "麻阳苗族自治县司法局"),
        ("常山", "县", "市水利局", "常山县水利局"),
        ("鄞州", "区", "市商务局", "鄞州区商务局"),
        ("长治", "市", "省司法厅", "长治市司法局"),
        ("黄山", "市", "省应急管理厅", "黄山市应急管理局"),
    ],
)
def test_a_bureau_guided_by_its_lines_bureau_one_level_up(place: str, led: str, guide: str, issuer: str) -> None:
    assert _meta(_GUIDED.format(led=led, guide=guide, place=place)).issuer == issuer


@pytest.mark.parametrize(
    ("place", "led", "guide"),
    [
        ("白云", "镇", "县民政局"),  # a township has no bureau
        ("常山", "县", "省水利厅"),  # not the level right above
        ("XX", "县", "市司法局"),  # the place masked
        ("常山", "县", "市司法局和市民政局"),  # two guiding bodies
        ("常山", "县", "市司法局、市民政局"),
    ],
)
def test_no_bureau_where_the_guidance_tells_none(place: str, led: str, guide: str) -> None:
    text = _GUIDED.format(led=led, guide=guide, place=place)
    assert _meta(text).issuer in (None, f"{place}{led}人民政府")
    assert not (_meta(text).issuer or "").endswith("局")


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("2024-04-03 11:50来源:叶集区统计局文字大小:[ ]   背景色:", "叶集区统计局"),
        ("来源:平昌县财政局字体【大 中 小】", "平昌县财政局"),
        ("信息来源:岳阳市司法局字号:[ 大 中 小 ]", "岳阳市司法局"),
        ("文章来源:临澧政府网浏览字体:[大 中 小]", "临澧政府网"),
        ("来源:海曙区发展和改革局分享到:", "海曙区发展和改革局"),
    ],
)
def test_an_article_bars_widget_glued_to_the_source_ends_it(line: str, source: str) -> None:
    fields = parse_fields(line)
    assert fields is not None
    assert dict((c, v) for c, _w, v in fields)["来源"] == source


def test_an_economy_brief_whose_source_line_runs_into_the_toolbar() -> None:
    text = (
        "叶集区2024年3月经济运行情况\n2024-04-03 11:50来源:叶集区统计局文字大小:[ ]   背景色:\n"
        "一季度,全区上下认真贯彻落实党中央决策部署,经济运行总体平稳。\n"
        "初步核算,全区实现地区生产总值22.2亿元,按不变价计算增长5.6%,居全市第3位。\n"
    )
    assert _meta(text).issuer == "叶集区统计局"


@pytest.mark.parametrize("county", ["寿县", "凤台县", "霍邱县"])
def test_a_governments_source_line_over_its_inspection_offices_bulletin(county: str) -> None:
    text = (
        "关于2022年《政府工作报告》主要任务上半年落实情况的通报\n"
        f"发布时间:2022-08-23 14:52信息来源:{county}人民政府文字大小:[    ] 背景色:\n"
        "根据县政府工作安排,县政府督查室对2022年县《政府工作报告》上半年落实情况进行了专项督查。\n"
        "从督查情况看,1-6月,各责任单位紧紧围绕目标任务,明确责任分工,部分指标已完成年度目标任务。\n"
        f"{county}人民政府督查室\n2022年8月19日\n"
    )
    assert _meta(text).issuer == f"{county}人民政府督查室"


_PREFECTURE = (
    "一、2024年工作回顾\n2024年,在{kind}委的坚强领导下,在{kind2}人大工委的监督指导下,我们坚持稳中求进工作总基调,"
    "全力抓经济、稳增长、促发展,经济发展水平稳步提升。全年完成地区生产总值998.72亿元,同比增长6.6%。\n"
    "(一)开放步伐加快。铁公联运成功实施,为{named}口岸经济注入了新动力,外贸进出口总额增长12%。\n"
)


@pytest.mark.parametrize(
    ("kind", "kind2", "named", "issuer"),
    [
        ("地", "地区", "塔城", "塔城地区行政公署"),
        ("地", "地区", "阿勒泰", "阿勒泰地区行政公署"),
        ("地", "地区", "和田地区", "和田地区行政公署"),
        ("盟", "盟", "兴安盟", "兴安盟行政公署"),
    ],
)
def test_an_untitled_report_to_a_prefectures_congress_committee(kind: str, kind2: str, named: str, issuer: str) -> None:
    assert _meta(_PREFECTURE.format(kind=kind, kind2=kind2, named=named)).issuer == issuer


@pytest.mark.parametrize(
    ("kind", "kind2", "named"),
    [("地", "地区", "塔城、喀什"), ("市", "市", "塔城"), ("地", "地区", "XX")],
)
def test_no_prefecture_office_where_the_text_tells_none(kind: str, kind2: str, named: str) -> None:
    assert not (_meta(_PREFECTURE.format(kind=kind, kind2=kind2, named=named)).issuer or "").endswith("行政公署")


_COUNTY = (
    "政府工作报告\n——2014年2月18日县第十五届人民代表大会第三次会议\n县人民政府县长 吴文凯\n各位代表:\n"
    "现在,我代表县人民政府向大会报告工作,请予审议。\n"
    "一年来,全县经济实力稳步增强。{phrase}投入使用,全县财政收入增长12%。\n"
)


@pytest.mark.parametrize("phrase", ["潮白河工业区幸福学校", "沿潮白河生态廊道", "保护和治理祁连山南麓生态"])
def test_a_county_named_only_inside_a_longer_place_name_is_not_named(phrase: str) -> None:
    assert _meta(_COUNTY.format(phrase=phrase)).issuer is None


def test_the_county_named_bare_still_counts() -> None:
    assert _meta(_COUNTY.format(phrase="建设美丽白河,白河县城污水处理厂")).issuer == "白河县人民政府"


# a provincial session's news lists the presidium by name; a name that holds a district's letters (罗东川: 东川, 王天山:
# 天山) is a person in a roll of names, not the text's mention of that district (read after the held-back scoring, 2328)
_ROLL = (
    "自治区十三届人大一次会议开幕\n自治区十三届人大一次会议1月22日上午在人民会堂开幕。\n"
    "大会主席团常务主席、执行主席陈全国、孙金龙、李鹏新、{name}、张春林、王永明在主席台前排就座。\n"
    "自治区主席代表自治区人民政府作政府工作报告。\n"
)


@pytest.mark.parametrize("name", ["罗东川", "王天山", "李东川", "赵金牛"])
def test_a_place_inside_a_name_of_a_roll_is_no_mention(name: str) -> None:
    assert _meta(_ROLL.format(name=name)).issuer is None


def test_a_list_of_bare_places_is_no_roll_of_names() -> None:
    from models.ingest.metadata_issuer_place import _in_a_roll_of_names

    text = "五华、盘龙、官渡、西山、东川五个城区同步推进。执行主席陈全国、罗东川、张春林、王永明就座。"
    assert not _in_a_roll_of_names(text, text.index("东川"), text.index("东川") + 2)
    assert _in_a_roll_of_names(text, text.index("罗东川") + 1, text.index("罗东川") + 3)
