"""A mirror's or aggregator's stamp under a copied bulletin's title (``2012-05-08 湖州市长兴县统计局``: the day it
listed the copy, no time of day, the source office named with its places as an outsider names it) gives the issuer's
office but never the date (session 19's ruling; corpus 236, 866, 881, 1796, 1799). A portal's own posting line
carries its time (``2021-09-27 15:52  市民政局``, 307, 1073, 1084, 1494, 1545) and stays the page's date."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.types import Metadata


def _read(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text)


BODY = (
    "2011年,在县委县政府的正确领导下,全县上下齐心协力,经济社会继续保持平稳较快的发展态势。\n\n"
    "一、综合\n\n初步核算,全年全县实现地区生产总值334.85亿元,按可比价格计算,比上年增长11.5%。\n"
)


@pytest.mark.parametrize(
    ("place", "stamp"),
    [
        ("湖州市长兴县", "2012-05-08"),
        ("阜阳市临泉县", "2013-04-02"),
        ("恩施州利川市", "2014-3-9"),
        ("黔东南州黎平县", "2016-04-21"),
    ],
)
def test_a_mirrors_bare_stamp_with_the_placed_office_gives_no_date(place: str, stamp: str) -> None:
    text = f"{place}2011年国民经济和社会发展统计公报\n\n{stamp} {place}统计局\n\n{BODY}"
    meta = _read(text)
    assert meta.date is None
    assert meta.issuer == f"{place}统计局"


@pytest.mark.parametrize("office", ["市民政局", "区人民政府办公室", "武汉市科技创新局"])
def test_a_portals_posting_line_with_its_time_dates_the_page(office: str) -> None:
    text = f"某市2021年民政工作总结\n\n2021-09-27 15:52  {office}\n\n{BODY}"
    assert _read(text).date == "2021-09-27"
