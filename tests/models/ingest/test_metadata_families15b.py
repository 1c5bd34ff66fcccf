"""Issuers of session 15's second discovery round: a trade union opening its title, the body a report says
compiled it, a government's office (人民政府办公室) kept apart from another office of the same government."""

from __future__ import annotations

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.ingest.metadata_body_names import fullest_name
from models.types import Metadata


def _read(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text)


UNION = (
    "{title}\n一、上半年主要开展工作\n(一)困难职工帮扶\n1、入户走访困难职工6户次,发放慰问金0.4万元。\n"
    "二、下半年工作安排\n1、紧紧围绕镇党委、政府的大局,开展好各项工会工作。\n2022年7月15日\n"
)


def test_a_towns_trade_union_opening_its_title_issues_it() -> None:
    meta = _read(UNION.format(title="烟墩镇工会2022年上半年工作总结和下半年工作计划"))
    assert meta.issuer == "烟墩镇工会"


def test_a_countys_federation_of_trade_unions_opening_its_title_issues_it() -> None:
    meta = _read(UNION.format(title="南陵县总工会2022年上半年工作总结"))
    assert meta.issuer == "南陵县总工会"


DISCLOSURE = (
    "本报告根据《中华人民共和国政府信息公开条例》要求,由{body}编制。本报告包括总体情况、主动公开政府信息情况等6部分。"
    "如对报告有任何疑问,请联系{body}(联系电话:0358-5422520)。\n"
    "一、总体情况\n2023年,全县认真贯彻落实政府信息公开条例,主动公开政府信息1200条。\n"
    "二、主动公开政府信息情况\n全年主动公开规范性文件12件。\n"
)


def test_the_body_an_annual_report_says_compiled_it_issues_it() -> None:
    assert _read(DISCLOSURE.format(body="交口县人民政府办公室")).issuer == "交口县人民政府办公室"


def test_a_compiler_named_without_its_place_issues_nothing() -> None:
    assert _read(DISCLOSURE.format(body="县人民政府办公室")).issuer != "县人民政府办公室"


def test_a_governments_office_is_not_widened_into_another_office() -> None:
    lines = ["如有疑问请与合江县人民政府信息公开办公室联系(地址:合江县少岷南路329号)。"]
    assert fullest_name("合江县人民政府办公室", lines) == "合江县人民政府办公室"


def test_a_short_office_name_still_takes_its_full_form() -> None:
    lines = ["2023年,岳阳市人民政府国有资产监督管理委员会认真履职。"]
    assert fullest_name("岳阳市国资委", lines) == "岳阳市人民政府国有资产监督管理委员会"
