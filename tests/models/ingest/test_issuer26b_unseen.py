"""Issuers on unseen shapes (session 26b): a demonstrative before a level (该省, 本市) names no place."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.ingest.metadata_issuer_names import has_place
from models.types import Metadata


def _meta(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text)


@pytest.mark.parametrize(
    "name",
    ["该省人民政府", "本市人民政府", "我县财政局", "全区人民政府", "该自治区人民政府", "此县人民政府", "各乡镇政府"],
)
def test_a_demonstrative_before_a_level_is_no_place(name: str) -> None:
    assert not has_place(name)


@pytest.mark.parametrize("name", ["全州县人民政府", "全椒县人民政府", "本溪市财政局", "同心县教育局"])
def test_places_whose_name_opens_with_such_a_letter_stay_places(name: str) -> None:
    assert has_place(name)


@pytest.mark.parametrize(
    ("province", "city", "region"),
    [("江苏省", "南京", "江苏"), ("福建省", "福州", "福建"), ("四川省", "成都", "四川")],
)
def test_a_news_item_where_the_governor_reports_for_that_province(province: str, city: str, region: str) -> None:
    text = (
        f"中新网{city}1月26日电 (记者 王明)26日,{province}第十三届人民代表大会第四次会议在{city}开幕。"
        f"会上{province}省长李某代表该省人民政府向大会作政府工作报告:2020年,{region}地区生产总值达1.2万亿元。\n"
        f"作为收官之年,{province}全力支援湖北抗击疫情,{province}奋力打赢三场硬仗,胜利完成规划目标任务。\n"
        "全省城乡居民收入稳步增长,民生保障有力有效,各项事业取得新进展。\n"
    )
    assert _meta(text).issuer == province + "人民政府"


_REVIEW = (
    "{head}指出,“十一五”时期,是{place}发展史上极不平凡的五年。面对国际金融危机的巨大冲击,{spoken}人民战胜重重困难,"
    "奋力拼搏,{spoken}面貌发生新的历史性变化。综合实力大幅提升。2010年{spoken}实现生产总值2710亿元,"
    "人均生产总值达到51800元。{spoken}城乡居民收入稳步增长。"
)


@pytest.mark.parametrize(
    ("head", "place", "spoken", "issuer"),
    [
        ("吕祖善省长", "浙江", "全省", "浙江省人民政府"),
        ("省长王建华", "福建", "全省", "福建省人民政府"),
        ("李建国市长", "洛阳", "全市", "洛阳市人民政府"),
    ],
)
def test_an_untitled_text_opening_on_its_head_speaking_is_his_governments(
    head: str, place: str, spoken: str, issuer: str
) -> None:
    assert _meta(_REVIEW.format(head=head, place=place, spoken=spoken)).issuer == issuer


def test_a_head_speaking_of_another_level_than_the_text_gives_nothing() -> None:
    text = _REVIEW.format(head="李建国市长", place="洛阳", spoken="全省")
    assert _meta(text).issuer is None


def test_a_head_speaking_where_two_places_of_his_level_are_named_gives_nothing() -> None:
    text = _REVIEW.format(head="吕祖善省长", place="浙江", spoken="全省") + "江苏也取得了显著成绩。"
    assert _meta(text).issuer is None


_PLAN = (
    "2022年{zone},全区经济社会发展的奋斗目标是:地区生产总值增长9%。\n一、推动经济高质量发展\n"
    "1.完善机制。出台政策,培育产业。(牵头单位:区经贸局;协同单位:区财政局,各社区管委会)\n"
)


@pytest.mark.parametrize("zone", ["合肥新站高新区", "宁波保税区", "桐乡经济开发区"])
def test_a_plan_opening_on_its_placed_zone_is_the_zones_not_its_communities_committees(zone: str) -> None:
    assert _meta(_PLAN.format(zone=zone)).issuer == zone


def test_a_zone_by_its_kind_alone_or_masked_gives_nothing() -> None:
    assert _meta(_PLAN.format(zone="高新区")).issuer is None
    assert _meta(_PLAN.format(zone="XX高新区")).issuer is None


_PARK = (
    "{zone}2014年度工作总结\n2014年,{zone}在市委市政府的正确领导下,园区全面进入实质性运作并取得显著成效。\n"
    "一、主要工作成效\n(一)园区实质性运作正式启动。去年底,经批准建立了正科级建制的{body},核定事业编制15名。"
    "管委会下设一室三部。\n"
)


@pytest.mark.parametrize(
    ("zone", "body", "issuer"),
    [
        ("江苏常熟国家农业科技园区", "园区管委会", "江苏常熟国家农业科技园区管委会"),
        ("苏州工业园区", "园区管理委员会", "苏州工业园区管理委员会"),
        ("潍坊高新技术产业开发区", "高新区管委会", "潍坊高新技术产业开发区管委会"),
    ],
)
def test_a_zone_whose_own_committee_the_text_writes_is_that_committee(zone: str, body: str, issuer: str) -> None:
    assert _meta(_PARK.format(zone=zone, body=body)).issuer == issuer


def test_a_title_writing_the_committee_after_the_year_joins_it() -> None:
    text = (
        "大鹏新区2022年管委会工作报告\n一、2021年工作回顾\n"
        "过去一年,我们在市委、市政府的坚强领导下,统筹发展和安全,全区生产总值增长6%。\n"
    )
    assert _meta(text).issuer == "大鹏新区管委会"


def test_the_zones_two_bodies_speaking_as_one_leave_the_zone() -> None:
    text = "成都高新区2017年工作报告\n各位代表:\n我代表成都高新区党工委管委会作工作报告。全区生产总值增长8%。\n"
    assert _meta(text).issuer == "成都高新区"


_POSTED = (
    "索引号 1133020600295705X9/2025-218418\n组配分类 部门工作\n发布机构 {publisher}\n成文日期 2025-10-30\n"
    "{title}\n\n2025年,在街道党工委、办事处的正确领导下,持续坚持党建引领,聚焦社区治理提质增效核心任务,各项工作取得阶段性成效。\n"
)


@pytest.mark.parametrize(
    ("publisher", "title", "issuer"),
    [
        ("霞浦街道", "霞浦街道社区办2025年工作总结和2026年工作计划", "霞浦街道社区办"),
        ("桃源镇", "桃源镇党政办公室2025年工作总结", "桃源镇党政办公室"),
        ("城南街道", "城南街道统计站2025年工作总结", "城南街道统计站"),
    ],
)
def test_a_title_opening_on_an_office_of_the_posting_body_is_that_offices(
    publisher: str, title: str, issuer: str
) -> None:
    assert _meta(_POSTED.format(publisher=publisher, title=title)).issuer == issuer


def test_a_title_naming_the_posting_body_itself_stays_its_government() -> None:
    text = _POSTED.format(publisher="李家疃镇", title="李家疃镇人民政府2025年上半年工作总结")
    assert _meta(text).issuer == "李家疃镇人民政府"


@pytest.mark.parametrize(
    ("place", "issuer"),
    [("城东街道", "城东街道办事处"), ("太平镇", "太平镇人民政府"), ("洪江市", "洪江市人民政府")],
)
def test_a_plan_opening_on_its_places_own_plan_is_that_places(place: str, issuer: str) -> None:
    text = (
        f"2010年,{place}总的工作思路是:认真贯彻党的十七届四中全会精神,全面落实科学发展观,紧紧围绕上级的战略目标。\n"
        "着力提升执政能力\n加强学习,提升领导班子统筹协调能力;严格管理,提升干部队伍落实执行能力。\n"
    )
    assert _meta(text).issuer == issuer


def test_a_plan_opening_on_its_sectors_plan_is_not_the_places() -> None:
    text = "2023年全市教育工作的总体要求是:坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻落实党的二十大精神。\n"
    assert _meta(text).issuer is None
