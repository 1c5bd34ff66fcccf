"""Issuers of the shapes unseen reports get wrong, third round of session 26: an autonomous county written short
opening a report (张家川县 of 张家川回族自治县), a bureau and its archive named as one office (档案局馆)."""

from __future__ import annotations

import pytest

from models.ingest.metadata_body_names import opening_bureau


@pytest.mark.parametrize(
    ("line", "bureau"),
    [
        ("今年以来,张家川县档案局馆把征集接收工作作为全年工作重点之一。", "张家川县档案局馆"),
        ("2016年,长阳县档案局馆坚持依法治档,扎实推进各项工作。", "长阳县档案局馆"),
        ("2019年,石柱县统计局紧紧围绕县委县政府中心工作,认真履行职责。", "石柱县统计局"),
        ("2020年,三江县财政局认真贯彻落实积极的财政政策。", "三江县财政局"),
    ],
)
def test_an_autonomous_county_written_short_opens_its_bureaus_report(line: str, bureau: str) -> None:
    assert opening_bureau([line]) == bureau


def test_a_bureaus_collection_is_not_part_of_its_name() -> None:
    # 局馆藏: what the bureau holds, never a 局馆 (the bureau's name ends at 局)
    assert opening_bureau(["2018年,乐山市档案局馆藏档案数字化工作全面完成。"]) in (None, "乐山市档案局")


def test_a_made_up_county_short_name_is_no_place() -> None:
    assert opening_bureau(["2016年,青川山县档案局馆坚持依法治档,扎实推进各项工作。"]) is None
