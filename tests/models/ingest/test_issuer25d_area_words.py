"""A bare word whose form with a level is a kind of area (都市区: a metropolitan area), not a county-level place the
gazetteer knows, never names the government a report speaks for (2173, read after the held-back scoring: 国际化大都市
核心城区 gave 都市区人民政府)."""

from __future__ import annotations

import pytest

from models.ingest.metadata_bare_places import bare_place


@pytest.mark.parametrize("place", ["碑林", "思明", "雁塔", "越秀"])
def test_a_metropolis_is_no_district(place: str) -> None:
    text = f"{place}发展迈上新台阶。{place}人民团结奋斗,区政府带领全区干部群众,建设国际化大都市核心城区。"
    assert bare_place(text, "区", True, dominant=True) == place + "区"


def test_no_district_named_gives_none() -> None:
    text = "以建设实力某某、品质某某和国际化大都市核心城区为目标,全面完成各项目标任务,区政府团结带领全区干部群众。"
    assert bare_place(text, "区", True, dominant=True) is None


def test_a_county_renamed_a_district_still_counts() -> None:
    text = "青浦发展迈上新台阶。青浦人民团结奋斗,县政府带领全县干部群众,青浦的明天更加美好。"
    assert bare_place(text, "县", True, dominant=True) == "青浦县"
