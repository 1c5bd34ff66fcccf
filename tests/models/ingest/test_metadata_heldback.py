"""Issuer families first seen on the held-back sets 17, 18, 21 and 22, each on a made-up snippet."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.types import Metadata

PARA = (
    "过去一年，全县上下坚持稳中求进工作总基调，统筹发展和安全，经济运行总体平稳，"
    "全年地区生产总值完成120亿元，同比增长6%。"
)


def _meta(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt")


def _halfwidth(text: str) -> str:
    return text.translate(str.maketrans("，。：；（）", ",.:;()"))


@pytest.mark.parametrize("variant", [lambda t: t, _halfwidth])
def test_a_delivery_line_split_over_two_lines_names_the_government(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "政 府 工 作 报 告\n"
        "—— 在某某县第十八届\n"
        "人民代表大会第四次会议上\n"
        "县人民政府县长 张某某\n"
        "各位代表：\n"
        "现在，我代表县人民政府向大会报告工作，请予审议。\n"
        "一、2024年工作回顾\n" + PARA * 3
    )
    assert _meta(variant(text)).issuer == "某某县人民政府"


def test_a_title_glued_to_its_delivery_line_without_zai_names_the_government() -> None:
    text = (
        "政府工作报告——某某市某某区第十七届人民代表大会第四次会议上\n"
        "区人民政府区长  张某某\n"
        "各位代表：\n"
        "现在，我代表区人民政府向大会作工作报告，请予审议。\n"
        "一、2014年工作回顾\n" + PARA * 3
    )
    assert _meta(text).issuer == "某某市某某区人民政府"
