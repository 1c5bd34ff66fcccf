"""Titles at first sight (session 19b): a template that masks its years but for the decade (201X年) was written in
that decade; a farm's label dating it in another decade is no title (1633), one in the same decade stays (049)."""

from __future__ import annotations

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.ingest.title_era import era
from models.types import Metadata


def _read(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text)


BODY = (
    "201X年,是卫生计生事业发展的关键之年。一年来,我们在区委区政府的正确领导下,砥砺奋进,克难求进,"
    "全区卫生计生工作取得了新成效。\n\n一、主要工作\n\n(一)医疗服务能力不断提升。全年门诊量增长8%。\n\n"
    "二、201X年工作打算\n\n(一)深化医改。继续推进分级诊疗。\n"
)


def test_decade_mask_bounds_the_era() -> None:
    assert era("201X年,我局各项工作稳步推进。") == (2010, 2019)


def test_two_decades_give_no_bound() -> None:
    assert era("200X年以来,特别是201X年,我局各项工作稳步推进。") == (0, 9999)


def test_label_of_another_decade_is_no_title() -> None:
    assert _read("2021年度卫计局工作总结\n\n" + BODY).title is None


def test_label_of_the_same_decade_stays() -> None:
    assert _read("2016年度卫计局工作总结\n\n" + BODY).title == "2016年度卫计局工作总结"


def test_ruled_out_label_still_names_the_issuer() -> None:
    # the label's year is the farm's, its office the report's (1633)
    meta = _read("2021年度武陵区卫计局工作总结\n\n" + BODY)
    assert (meta.title, meta.issuer) == (None, "武陵区卫生和计划生育局")  # in full (s21)
