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


@pytest.mark.parametrize(
    ("line", "zone"),
    [
        ("2022年合肥新站高新区,全区上下坚持稳中求进。", "合肥新站高新区"),
        ("2014年,江苏常熟国家农业科技园区在市委、市政府的正确领导下,扎实推进各项工作。", "江苏常熟国家农业科技园区"),
        ("2018年,张家界高新区全面落实市委决策部署。", "张家界高新区"),
        ("2024年,番禺经济技术开发区管委会坚持以习近平新时代中国特色社会主义思想为指导。", "番禺经济技术开发区管委会"),
        ("一年来成绩来之不易。宁波高新区管理委员会认真落实条例要求。", "宁波高新区管理委员会"),
        ("2023年珠海高新区工作报告", None),  # a title: no comma, no opening's verb
        ("2022年,常州高新区统计局在区党工委领导下开展工作。", None),  # the zone's own bureau
        ("2024年,工业园区管委会坚持稳中求进。", None),  # a zone by its kind alone
        ("2021年,XX高新区全面落实市委决策部署。", None),  # a masked zone
    ],
)
def test_one_rule_reads_a_placed_zone_or_its_committee_opening_its_review(line: str, zone: str | None) -> None:
    from models.ingest.metadata_issuer_zones import opening_zone

    assert opening_zone(line) == zone
