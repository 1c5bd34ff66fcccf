"""Issuer families read in session 25 (third round): a city bureau placed by the one city a 我市 text names bare."""

from __future__ import annotations

from models.ingest.metadata_bare_places import city_named_bare
from models.ingest.metadata_own_work import placed_name


def _lines(text: str) -> list[str]:
    return text.split("\n")


_ITEM = (
    "3月25日,我市召开全市{sector}工作会议。市政府副市长王某出席会议并讲话。\n"
    "2014年,我市{sector}部门紧紧围绕全市工作大局,较好地完成了全年各项目标任务,服务{city}科学发展的能力进一步增强。"
)


def test_a_city_named_once_bare_places_the_bureau_of_a_text_speaking_as_its_city() -> None:
    # 1894 (海东: the gazetteer's city, unknown to jieba's dictionary); the same shape elsewhere
    for city, sector in (("海东", "交通运输"), ("汕尾", "统计"), ("乌兰察布", "水利"), ("黔南", "财政")):
        lines = _lines(_ITEM.format(city=city, sector=sector))
        expected = f"{city}市{sector}局" if city != "黔南" else None  # 黔南 is an autonomous prefecture: no 我市
        assert placed_name(f"市{sector}局", lines) == expected


def test_no_city_when_a_county_level_city_or_two_cities_are_named_or_the_text_is_no_city_s() -> None:
    # a county-level city speaks as 我市 too and names the city above it in comparisons (2114 绵竹 beside 德阳)
    text = _ITEM.format(city="德阳", sector="商务") + "\n增速超过全省和德阳平均水平,绵竹商贸经济稳步增长。"
    assert city_named_bare(text) is None
    assert city_named_bare(_ITEM.format(city="海东", sector="统计") + "\n与西宁签订合作协议。") is None
    assert city_named_bare(_ITEM.format(city="海东", sector="统计").replace("我市", "我县")) is None
    # a road named after a city is no city (中山路)
    assert city_named_bare(_ITEM.format(city="中山路沿线", sector="统计")) is None
