"""The clerk's 文号 gets its year in 〔〕 whatever brackets were typed; other text is kept as typed."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from models.doc_fields import normalise, normalise_doc_number


def test_keyboard_brackets_become_hexagonal_ones() -> None:
    assert normalise_doc_number("国发[2006]1号") == "国发〔2006〕1号"
    assert normalise_doc_number("某办发（2021） 12号") == "某办发〔2021〕12号"
    assert normalise_doc_number("某政发【2019】3号") == "某政发〔2019〕3号"
    assert normalise_doc_number("某政发(2019)3号") == "某政发〔2019〕3号"
    assert normalise("doc_number", "  国发〔2006〕1号 ") == "国发〔2006〕1号"


def test_text_that_is_not_a_doc_number_is_kept() -> None:
    assert normalise_doc_number("第3号") == "第3号"
    assert normalise_doc_number("[2006]1号") == "[2006]1号"  # no issuer's abbreviation before the year
    assert normalise_doc_number("国发[2006]一号") == "国发[2006]一号"


@given(st.text(max_size=30))
def test_normalising_twice_changes_nothing_more(text: str) -> None:
    once = normalise_doc_number(text)
    assert normalise_doc_number(once) == once
