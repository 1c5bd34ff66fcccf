"""Metadata families first seen on hold-out sets 13-14, each with the variants a web excerpt comes in."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.types import Metadata

PARA = (
    "2022年以来，我局认真贯彻落实上级决策部署，统筹发力，积极作为，形成司法行政工作高质量发展新态势，"
    "全年办理法律援助案件1200件，同比增长5%。"
)


def _meta(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt")


def _traditional(text: str) -> str:
    from opencc import OpenCC  # the reader converts a traditional copy; the variant is made the other way

    return str(OpenCC("s2t").convert(text))


def _halfwidth(text: str) -> str:
    return text.translate(str.maketrans("，。：；（）", ",.:;()"))


@pytest.mark.parametrize("variant", [lambda t: t, _traditional, _halfwidth])
def test_a_two_part_title_over_the_heading_of_its_first_part(variant) -> None:  # type: ignore[no-untyped-def]
    text = (
        "某某区司法局2022年工作总结和2023年工作要点\n某某区司法局2022年工作总结\n"
        + PARA * 3
        + "\n一、三级联动\n"
        + PARA
    )
    meta = _meta(variant(text))
    assert meta.title is not None
    assert meta.title.replace("總結", "总结").endswith("2023年工作要点")


@pytest.mark.parametrize("variant", [lambda t: t, _traditional, lambda t: t.replace("\n", " ")])
def test_a_farms_model_essay_suffix_is_left_off_the_title(variant) -> None:  # type: ignore[no-untyped-def]
    text = "气象局2020年工作总结范文\n" + PARA * 3 + "\n(一)聚焦民生需求\n" + PARA
    meta = _meta(variant(text))
    assert meta.title is not None
    assert "范文" not in meta.title
    assert meta.title.replace("總結", "总结").endswith("2020年工作总结")
