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
    ["该省人民政府", "本市人民政府", "我县财政局", "全区人民政府", "该自治区人民政府", "此县人民政府", "各乡镇人民政府"],
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
