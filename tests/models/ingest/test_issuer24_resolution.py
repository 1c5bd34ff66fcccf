"""A resolution that opens ``经某会议审议,…决定批准…`` (the standard grammar of a 人大 resolution's decision,
corpus 2101) is issued by that session, without the preposition ``经`` glued before its place."""

from __future__ import annotations

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata


def _issuer(text: str) -> str | None:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text).issuer


def test_the_session_after_jing_issues_the_resolution() -> None:
    text = (
        "(2021年3月17日达拉特旗第十七届人民代表大会第五次会议第三次全体会议通过)\n"
        "经达拉特旗第十七届人民代表大会第五次会议审议,并根据计划预算审查委员会的审查报告,决定批准旗发展和改革委员会"
        "受旗人民政府委托提交的《关于达拉特旗2020年国民经济和社会事业发展计划执行情况的报告》。\n"
    )
    assert _issuer(text) == "达拉特旗第十七届人民代表大会第五次会议"


def test_a_county_session_after_jing_in_another_place() -> None:
    text = (
        "经安吉县第十六届人民代表大会第三次会议审议,决定批准县人民政府提出的2019年财政预算执行情况和2020年预算。\n"
        "会议要求,全县各级各部门认真落实预算法。\n"
    )
    assert _issuer(text) == "安吉县第十六届人民代表大会第三次会议"
