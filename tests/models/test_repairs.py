"""Applying a repair of garbled characters (issue 14.4): display text, offsets, annotations, search, undo."""

from __future__ import annotations

import hashlib

from hypothesis import given, settings
from hypothesis import strategies as st

from models import ops
from models.offsets import OffsetMap
from models.repairs import sure_repairs
from models.search import search_text
from models.store import Store
from models.types import Metadata, ParsedDocument, Repair, Section, SuspectRange
from tests.models.conftest import SEED_TRADITIONAL


def _seed(store: Store) -> int:
    (outcome,), _ = ops.import_files(store, [SEED_TRADITIONAL])
    assert outcome.document is not None
    return outcome.document.id


def test_repair_makes_search_find_the_word_and_undo_puts_everything_back(store: Store) -> None:
    doc = _seed(store)
    text = store.documents.text(doc)
    suspects_before = [(s.start, s.end, s.original, s.repairs) for s in store.documents.suspects(doc)]
    garbled = next(s for s in store.documents.suspects(doc) if s.repairs and s.repairs[0].text == "营")
    assert not any("营造" in h.snippet for h in search_text(store, "营造"))
    tag = store.tags.find("指标")
    assert tag is not None
    after_at = garbled.end + 2
    ann = store.annotations.add(doc, after_at, after_at + 6, tag.id)
    around = store.annotations.add(doc, garbled.start - 3, garbled.end + 2, tag.id)
    changes, record = ops.apply_repairs(store, doc, [(garbled.start, garbled.end, "营")])
    new = store.documents.text(doc)
    assert new.display_text[garbled.start : garbled.start + 2] == "营造"
    assert new.original_text == text.original_text  # the original stays
    assert any("营造" in h.snippet for h in search_text(store, "营造"))
    moved = store.annotations.get(ann.id)
    assert moved.text == ann.text and moved.start == ann.start - (garbled.end - garbled.start - 1)
    assert "营造" in store.annotations.get(around.id).text
    assert ann.id in changes.annotations and doc in changes.documents
    # the new character maps onto the garbled original span
    o_start, o_end = new.offset_map.span_to_original(garbled.start, garbled.start + 1)
    assert text.original_text[o_start:o_end] in garbled.original or garbled.original.startswith(
        text.original_text[o_start:o_end]
    )
    assert garbled.start not in {s.start for s in store.documents.suspects(doc)}
    ops.revert_repairs(store, record)
    back = store.documents.text(doc)
    assert back.display_text == text.display_text and back.offset_map == text.offset_map
    assert store.annotations.get(ann.id).start == ann.start and store.annotations.get(around.id).text == around.text
    assert [(s.start, s.end, s.original, s.repairs) for s in store.documents.suspects(doc)] == suspects_before
    assert not any("营造" in h.snippet for h in search_text(store, "营造"))


def test_sure_repairs_are_the_top_confidence_ones(store: Store) -> None:
    doc = _seed(store)
    sure = sure_repairs(store.documents.suspects(doc))
    assert sure and all(s.repairs[0].score >= 0.95 for s in sure)
    assert not any(s.original == "?,F" for s in sure)  # 0.59: the clerk decides that one


_CHARS = "甲乙丙丁戊己庚辛壬癸\n"


@settings(max_examples=60, deadline=None)
@given(
    st.text(alphabet=_CHARS, min_size=20, max_size=80),
    st.data(),
    st.text(alphabet="子丑寅卯", min_size=1, max_size=4),
)
def test_any_repair_keeps_annotations_and_sections_consistent_and_reverts_exactly(text, data, repl) -> None:  # type: ignore[no-untyped-def]
    store = Store.memory()
    store.tags.ensure_defaults(ops.load_default_schema())
    start = data.draw(st.integers(0, len(text) - 2))
    end = data.draw(st.integers(start + 1, min(len(text), start + 6)))
    sec_end = data.draw(st.integers(end, len(text)))
    parsed = ParsedDocument(
        "h.txt",
        "txt",
        "utf-8",
        hashlib.sha256(text.encode()).hexdigest(),
        text,
        text,
        OffsetMap.identity(len(text)),
        "simplified",
        Metadata(title="h"),
        (Section(1, "一、", "t", 0, sec_end, 1),),
        (SuspectRange(start, end, text[start:end], "test", (Repair(repl, 1.0),)),),
    )
    doc = store.documents.add(parsed).id
    tag = store.tags.find("指标")
    assert tag is not None
    spans = data.draw(st.lists(st.tuples(st.integers(0, len(text) - 1), st.integers(1, 8)), max_size=5))
    anns = []
    for s, n in spans:
        e = min(len(text), s + n)
        if text[s:e].strip():
            anns.append(store.annotations.add(doc, s, e, tag.id))
    before = store.documents.text(doc)
    _, record = ops.apply_repairs(store, doc, [(start, end, repl)])
    new = store.documents.display_text(doc)
    assert new == text[:start] + repl + text[end:]
    for a in anns:
        got = store.annotations.get(a.id)
        assert got.text == new[got.start : got.end]
        if a.end <= start or a.start >= end:
            assert got.text == a.text
    m = store.documents.text(doc).offset_map
    arr = m.to_array()
    assert arr == sorted(arr) and m.display_length == len(new)
    (sec,) = store.documents.sections(doc)
    assert 0 <= sec.start <= sec.heading_end <= sec.end <= len(new)
    ops.revert_repairs(store, record)
    assert store.documents.text(doc) == before
    assert [store.annotations.get(a.id).start for a in anns] == [a.start for a in anns]


def test_all_sure_repairs_at_once_and_back(store: Store) -> None:
    doc = _seed(store)
    before = store.documents.text(doc)
    before_suspects = store.documents.suspects(doc)
    sure = sure_repairs(store.documents.suspects(doc))
    assert len(sure) >= 2
    _, records = ops.apply_repairs(store, doc, [(s.start, s.end, s.repairs[0].text) for s in sure])
    text = store.documents.display_text(doc)
    assert "营造" in text and "?fàn)I" not in text
    left = store.documents.suspects(doc)
    assert len(left) == len(before_suspects) - len(sure)
    assert all(s.original == text[s.start : s.end] for s in left)  # the others moved with the text
    ops.revert_repairs(store, records)
    assert store.documents.text(doc) == before
