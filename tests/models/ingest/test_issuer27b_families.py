"""Issuers, session 27's second round, each on a made-up snippet: a store's region-tagged copy of the title (its tag
garbled or not) lends the issuer no parent place the text itself never writes before it."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.types import Metadata


def _meta(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text)


@pytest.mark.parametrize(
    ("tag", "city", "place", "year"),
    [
        ("(江苏?。?", "常州市", "金坛区", "024"),  # 2318: 省)2 decoded as ?。? by the mirror (as 1114, 199)
        ("(浙江?。?", "宁波市", "鄞州区", "023"),
        ("(湖南省)", "株洲市", "石峰区", "2016"),  # 665's tag, not garbled
        ("（四川省）", "绵阳市", "江油市", "2021"),
    ],
)
def test_a_stores_region_tagged_copy_lends_no_parent_place(tag: str, city: str, place: str, year: str) -> None:
    short = place[:-1]
    text = (
        f"{tag}{year}年{city}{place}人民政府政府工作报告\n{place}政府20{year[-2:]}年工作报告\n各位代表:\n"
        f"现在,我代表{place[-1]}人民政府向大会报告工作,请予审议。\n一、过去一年工作回顾\n"
        f"过去一年,{short}全{place[-1]}地区生产总值增长6.5%,一般公共预算收入增长8%。\n"
    )
    assert _meta(text).issuer == f"{place}人民政府"


def test_the_texts_own_line_still_gives_its_parent_place() -> None:
    # the parent written by the text itself (its own delivery line), not by a store's tag, stays
    text = (
        "(江苏?。?024年常州市金坛区人民政府政府工作报告\n常州市金坛区人民政府工作报告\n"
        "——2024年1月8日在常州市金坛区第二届人民代表大会第四次会议上\n各位代表:\n"
        "现在,我代表区人民政府向大会报告工作,请予审议。\n全区地区生产总值增长6.5%。\n"
    )
    assert _meta(text).issuer == "常州市金坛区人民政府"
