"""A news item on an analysis the place's statistics bureau and the national bureau's survey team release together
(`市统计局和国家统计局郑州调查队昨日发布…`, corpus 2200; 276 and 2136 the same pair set side by side): both issuers,
the bureau placed by the team's place; variants written here for other places, joiners and scripts."""

from __future__ import annotations

from models.ingest.metadata_survey import with_survey_team


def test_a_city_bureau_and_the_team_joined_by_he_are_both_issuers() -> None:
    lines = ["市统计局和国家统计局洛阳调查队昨日发布一季度经济运行分析。一季度全市实现地区生产总值1300亿元。"]
    assert with_survey_team("洛阳市统计局", lines) == "洛阳市统计局 国家统计局洛阳调查队"


def test_a_county_bureau_and_the_team_joined_by_yu() -> None:
    lines = ["县统计局与国家统计局桐庐调查队联合发布上半年经济运行情况。"]
    assert with_survey_team("桐庐县统计局", lines) == "桐庐县统计局 国家统计局桐庐调查队"


def test_traditional_script_reads_the_same() -> None:
    lines = ["市統計局和國家統計局洛陽調查隊昨日發布一季度經濟運行分析。"]
    assert with_survey_team("洛阳市统计局", lines) == "洛阳市统计局 国家统计局洛阳调查队"


def test_a_team_of_another_place_is_no_pair() -> None:
    lines = ["市统计局和国家统计局开封调查队昨日发布一季度经济运行分析。"]
    assert with_survey_team("洛阳市统计局", lines) == "洛阳市统计局"


def test_another_places_bureau_beside_the_team_is_no_pair() -> None:
    lines = ["开封市统计局和国家统计局洛阳调查队昨日发布一季度经济运行分析。"]
    assert with_survey_team("洛阳市统计局", lines) == "洛阳市统计局"


def test_a_bureau_after_ju_is_the_level_alone() -> None:
    lines = ["据市统计局和国家统计局洛阳调查队发布的数据,一季度全市实现地区生产总值1300亿元。"]
    assert with_survey_team("洛阳市统计局", lines) == "洛阳市统计局 国家统计局洛阳调查队"
