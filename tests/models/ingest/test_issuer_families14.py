"""Issuers of session 14's discovery families: an untitled government report whose fixed phrases name its place."""

from __future__ import annotations

from models.ingest.metadata_bare_places import formula_place
from tests.models.ingest._reading import issuer as _issuer


def test_a_city_named_in_the_reports_fixed_phrase_over_a_county_named_once() -> None:
    # 玉林 is also a person's name to the dictionary; 北流, a county-level city of it, is named once in passing
    text = (
        "各位代表:\n现在,我代表市人民政府,向大会报告政府工作,请予审议。\n一、2024年工作回顾\n"
        "2024年,我们锚定建设清朗繁荣文明和谐美丽新玉林,统筹推进改革发展稳定工作,全市各项事业全面进步。\n"
        "——这一年,玉林人民圆了盼望已久的“高铁梦”。北流“两湾”产业融合发展试验区加快建设。\n"
    )
    assert _issuer(text) == "玉林市人民政府"


def test_the_fixed_phrase_names_a_place_of_the_speakers_level_only() -> None:
    assert formula_place("建设美丽新玉林,奋力谱写新篇章。", "市", known_only=True) == "玉林市"
    assert formula_place("建设美丽新家园,奋力谱写新篇章。", "市", known_only=True) is None


def test_a_city_whose_stem_is_also_a_persons_name_is_no_area_word() -> None:
    from models.ingest.metadata_places import is_area_word

    assert not is_area_word("桂林市") and not is_area_word("唐山市") and not is_area_word("运城市")
    assert is_area_word("林区") and is_area_word("高新区")


def test_a_bureau_named_by_its_level_takes_the_city_the_text_names() -> None:
    text = (
        "2018年,在市委、市政府的领导下,市商务局积极研判商务发展新形势,实现消费市场“开门红”。"
        "1-3月,全市实现社会消费品零售总额218.24亿元,比上年同期增长11.4%。\n"
        "横向看,桂林市1-3月社零总额较上年同期增长11.4%,增速高出全区0.2个百分点。\n"
        "下一步,市商务局将重点抓好以下工作,努力促进全市消费市场持续稳定发展。\n"
    )
    assert _issuer(text) == "桂林市商务局"
