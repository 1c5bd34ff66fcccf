"""Session 28: a news item on an autonomous region's congress session (2328): its head 代表自治区人民政府 delivers the
政府工作报告, the session named with the region's full name; the issuer is that region's 人民政府, as a province's
(省长…代表省人民政府) would be. A region never written in full gives none (the text's own form is not guessed)."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.types import Metadata


def _meta(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text)


@pytest.mark.parametrize(
    ("region", "term"),
    [("新疆维吾尔自治区", "十三"), ("广西壮族自治区", "十四"), ("宁夏回族自治区", "十二"), ("西藏自治区", "十一")],
)
def test_a_regions_session_news_item(region: str, term: str) -> None:
    text = (
        f"自治区{term}届人大一次会议开幕\n"
        f"自治区{term}届人大一次会议1月22日上午在人民会堂开幕。\n"
        f"上午10时30分,开幕大会主持人宣布:{region}第{term}届人民代表大会第一次会议开幕。全体起立,高唱国歌。\n"
        "根据会议议程,自治区主席某某代表自治区人民政府作政府工作报告。报告共分三个部分。\n"
        "报告指出,过去五年,生产总值年均增长7.2%,城乡居民收入年均增长8.5%。\n"
    )
    assert _meta(text).issuer == f"{region}人民政府"


@pytest.mark.parametrize("province", ["海南省", "青海省", "黑龙江省"])
def test_a_provinces_session_news_item(province: str) -> None:
    text = (
        "省十四届人大一次会议开幕\n"
        f"上午9时,开幕大会主持人宣布:{province}第十四届人民代表大会第一次会议开幕。\n"
        "根据会议议程,省长某某代表省人民政府作政府工作报告。报告共分三个部分。\n"
        "报告指出,过去五年,生产总值年均增长7.2%,城乡居民收入年均增长8.5%。\n"
    )
    assert _meta(text).issuer == f"{province}人民政府"


def test_a_region_never_written_in_full_gives_none() -> None:
    text = (
        "自治区十三届人大一次会议开幕\n"
        "自治区十三届人大一次会议1月22日上午在人民会堂开幕。\n"
        "根据会议议程,自治区主席某某代表自治区人民政府作政府工作报告。报告共分三个部分。\n"
        "报告指出,过去五年,全区生产总值年均增长7.2%,城乡居民收入年均增长8.5%。\n"
    )
    assert _meta(text).issuer is None
