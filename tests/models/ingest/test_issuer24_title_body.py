"""A title that opens with its body and year (``宿州市人民政府2016年政府信息公开工作年度报告``, corpus 2138; 128, 1357,
1073, 1052 the same shape) names whose report it is: the office on the line under it (``宿州市人民政府办公室``)
compiles it, and is the issuer only when the title itself opens with that office (128, 1357)."""

from __future__ import annotations

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata


def _issuer(text: str) -> str | None:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text).issuer


_BODY = (
    "本报告是根据《中华人民共和国政府信息公开条例》要求,综合各县、区人民政府和市政府各部门的政府信息公开工作报告编制而成。\n"
    "一、概述\n"
    "2016年,我市政府信息公开工作深入实施条例,全市政务公开工作取得明显进步。\n"
)


def test_the_government_the_title_opens_with_over_its_office_below() -> None:
    text = "宿州市人民政府2016年\n政府信息公开工作年度报告\n宿州市人民政府办公室\n2017年3月\n" + _BODY
    assert _issuer(text) == "宿州市人民政府"


def test_another_city_and_year() -> None:
    text = "安康市人民政府2019年政府信息公开工作年度报告\n安康市人民政府办公室\n2020年1月\n" + _BODY
    assert _issuer(text) == "安康市人民政府"


def test_an_office_title_stays_the_office() -> None:
    text = "合江县人民政府办公室2023年政府信息公开工作年度报告\n合江县人民政府办公室\n" + _BODY
    assert _issuer(text) == "合江县人民政府办公室"
