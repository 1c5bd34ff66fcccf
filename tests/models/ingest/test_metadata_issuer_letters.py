"""Issuers whose place is no place: one letter before a level that names none (a store's 页 glued on, a lost first
letter; made-up snippets)."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.ingest.metadata_issuer_names import has_place
from models.types import Metadata

PARA = "今年以来，我局认真贯彻落实上级决策部署，统筹发力，积极作为，全年办理各类事项1200件，同比增长5%。"


def _meta(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text)


@pytest.mark.parametrize("name", ["页市科学技术局", "庆市人民政府", "码县教育局"])
def test_one_letter_that_names_no_place_is_no_place(name: str) -> None:
    assert not has_place(name)


@pytest.mark.parametrize("name", ["沛县人民政府", "芒市财政局", "津市市教育局", "福州市统计局", "湘乡市财政局"])
def test_places_named_by_one_or_two_letters_before_their_level_are_places(name: str) -> None:
    assert has_place(name)


def test_a_stores_page_count_glued_before_a_city_bureau_title_gives_no_issuer() -> None:
    text = "8页市科学技术局上半年工作报告\n" + PARA * 4
    assert _meta(text).issuer is None
