"""A national body that is the subject of the report's opening sentence (``2022年,国家医保局坚持…``) issues an
untitled copy, under its official name (国家医保局 → 国家医疗保障局; corpus 1627, the shape of 246's 卫生部妇社司)."""

from __future__ import annotations

from tests.models.ingest._reading import issuer as _issuer

_NHSA = """2022年,國家醫保局堅持以習近平新時代中國特色社會主義思想為指導,深入學習貫徹黨的二十大精神,統籌推進各項工作。
一、基本醫療保險
截至2022年底,基本醫療保險參保人數134570萬人,參保覆蓋面穩定在95%以上。
二、生育保險
截至2022年底,生育保險參保人數24608萬人,比2021年底增加856萬人。
"""

_BUREAU_DIVISION = """2010年,卫生部妇社司坚持以科学发展观为指导,认真贯彻落实卫生工作会议精神,各项工作取得新进展。
一、妇幼卫生工作
全年孕产妇死亡率下降到30.0/10万,婴儿死亡率下降到13.1‰。
"""

_LOCAL = """2022年,全市医保系统坚持以习近平新时代中国特色社会主义思想为指导,落实国家医保局部署,统筹推进各项工作。
一、基本医疗保险
截至2022年底,全市基本医疗保险参保人数134万人。
"""


def test_the_national_body_opening_the_text_issues_it_by_its_official_name() -> None:
    assert _issuer(_NHSA) == "国家医疗保障局"


def test_a_ministry_division_opening_the_text_issues_it() -> None:
    assert _issuer(_BUREAU_DIVISION) == "卫生部妇社司"


def test_a_local_text_quoting_the_national_body_is_not_its() -> None:
    assert _issuer(_LOCAL) != "国家医疗保障局"
