"""Search finds a word's abbreviation and full form alike (the comparison's table, models/compare/synonyms)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from models.compare.synonyms import search_forms
from models.search import count_occurrences, search_text
from models.store import Store
from tests.models.conftest import add_plain_text

TEXT = (
    "全市规模以上工业增加值增长8%。规上工业企业达到120家。"
    "社会消费品零售总额230亿元，社零额增长5%。另有規模以上工業數據。"
)


def _found(store: Store, query: str) -> list[tuple[str, str]]:
    doc = store.documents.all()[0]
    text = store.documents.display_text(doc.id)
    return [(text[h.start : h.end], h.form) for h in search_text(store, query)]


def test_short_form_finds_full_form(store: Store) -> None:
    add_plain_text(store, TEXT)
    found = _found(store, "规上工业")
    assert ("规模以上工业", "规模以上工业") in found
    assert ("规上工业", "规上工业") in found
    assert ("規模以上工業", "规模以上工业") in found  # traditional text still folds
    assert count_occurrences(store, "规上工业") == len(found) == 3


def test_full_form_finds_short_form(store: Store) -> None:
    add_plain_text(store, TEXT)
    spans = [t for t, _ in _found(store, "规模以上工业")]
    assert spans == ["规模以上工业", "规上工业", "規模以上工業"]


def test_retail_sales_abbreviation(store: Store) -> None:
    add_plain_text(store, TEXT)
    found = _found(store, "社零额")
    assert [t for t, _ in found] == ["社会消费品零售总额", "社零额"]
    # the full form's own tail (消费品零售总额, also in the table) is not a second hit inside it
    assert [t for t, _ in _found(store, "社会消费品零售总额")] == ["社会消费品零售总额", "社零额"]
    assert count_occurrences(store, "社会消费品零售总额") == 2


def test_words_the_table_does_not_know_stay_exact(store: Store) -> None:
    add_plain_text(store, TEXT)
    assert search_forms("增加值") == ["增加值"]
    assert [t for t, _ in _found(store, "增加值")] == ["增加值"]
    assert [t for t, _ in _found(store, "工业")] == ["工业", "工业", "工業"]


def test_longer_query_holding_an_abbreviation(store: Store) -> None:
    add_plain_text(store, TEXT)
    assert [t for t, _ in _found(store, "规上工业增加值")] == ["规模以上工业增加值"]


@given(st.text(alphabet="规上工业模以社零额总值abc", max_size=12))
def test_forms_start_with_the_query_and_are_distinct(query: str) -> None:
    forms = search_forms(query)
    assert forms[0] == query
    assert len(forms) == len(set(forms))
    assert all(forms) or query == ""


def test_seed_5g_base_stations_include_the_long_form(seeded: Store) -> None:
    hits = search_text(seeded, "5G基站")
    texts = [seeded.documents.display_text(h.document_id)[h.start : h.end] for h in hits]
    exact = sum(seeded.documents.display_text(d.id).count("5G基站") for d in seeded.documents.all())
    assert texts.count("5G基站") == exact
    assert "5G通信基站" in texts
    assert count_occurrences(seeded, "5G基站") == len(hits)
