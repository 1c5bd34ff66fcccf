"""A city's bureau (市市场监管局) whose text lists its city's counties by name, a county-level city among them: the
bureau is the city's, not the listed county-level city's (session 22b, 1891)."""

from __future__ import annotations

import pytest

from models.ingest.metadata_bureau_place import place_of_bureau


@pytest.mark.parametrize(
    ("city", "listed", "bureau"),
    [
        ("衡阳", ("衡阳县", "祁东县", "耒阳市", "南岳区"), "市市场监管局"),
        ("金华", ("浦江县", "义乌市", "兰溪市"), "市商务局"),
        ("衢州", ("江山市", "龙游县", "常山县"), "市统计局"),
    ],
)
def test_a_city_bureau_listing_its_counties_is_the_citys(city: str, listed: tuple[str, ...], bureau: str) -> None:
    works = ["质量工作", "药品安全工作", "商事制度改革", "知识产权工作"]
    items = "、".join(f"{place}{works[k % 4]}" for k, place in enumerate(listed))
    text = [
        "1月26日,记者从全市工作会议上获悉,我市经营主体总量稳居全省前列。",
        f"2023年,{bureau}质量工作、{items}获得表彰。",
        f"全市上下要为建设现代化新{city}作出新的更大贡献。",
    ]
    assert place_of_bureau(bureau, text) == f"{city}市{bureau[1:]}"


@pytest.mark.parametrize(("county", "bureau"), [("耒阳市", "市市场监管局"), ("义乌市", "市商务局")])
def test_a_county_level_citys_own_bureau_keeps_its_place(county: str, bureau: str) -> None:
    text = [f"近日,{county}召开全市工作会议,{bureau}部署全年工作。", f"全市经营主体增长10%,{county}位居全省前列。"]
    assert place_of_bureau(bureau, text) == county + bureau[1:]


def test_counties_listed_with_no_city_written_leave_the_bureau_unplaced() -> None:
    text = ["2023年,市市场监管局质量工作、衡阳县药品安全工作、祁东县商事制度改革、耒阳市知识产权工作获得表彰。"]
    assert place_of_bureau("市市场监管局", text) is None
