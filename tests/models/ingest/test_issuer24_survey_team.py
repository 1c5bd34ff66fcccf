"""A cover line naming a province's 统计局 and the national bureau's 调查总队 side by side, set apart by a middle dot
(``北京市统计局•国家统计局北京调查总队``, corpus 2136; 1030/1098/1332 name the same pair of a province) gives both
issuers (set-8 joint-issuer rule, as a bulletin's stacked 统计局 / 调查队 lines)."""

from __future__ import annotations

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata


def _issuer(text: str) -> str | None:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text).issuer


def _report(place: str, sep: str) -> str:
    return (
        f"文档内容\n2013\n{place}统计局{sep}国家统计局{place[:-1]}调查总队\n2013/3/1\n"
        f"本报告是根据《中华人民共和国政府信息公开条例》要求,由{place}统计局、国家统计局{place[:-1]}调查总队"
        "编制的2012年度政府信息公开工作年度报告。\n全文包括概述,主动公开政府信息的情况。\n"
    )


def test_the_bureau_and_the_survey_team_over_a_middle_dot() -> None:
    assert _issuer(_report("北京市", "•")) == "北京市统计局 国家统计局北京调查总队"


def test_another_province_and_dot() -> None:
    assert _issuer(_report("天津市", "·")) == "天津市统计局 国家统计局天津调查总队"
