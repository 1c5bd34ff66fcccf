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


def test_confident_repairs_are_read_at_import_and_the_original_keeps_the_garble(store: Store) -> None:
    # The lead's ruling (session 14): a garble whose best repair is confident is read repaired by the clerk too.
    doc = _seed(store)
    text = store.documents.text(doc)
    assert "营造" in text.display_text and "?fàn)I" not in text.display_text
    assert "?fàn)I" in text.original_text  # 显示原文 still shows what the file says
    assert any("营造" in h.snippet for h in search_text(store, "营造"))
    # the repaired character maps into the garbled original span
    at = text.display_text.index("营造")
    o_start, o_end = text.offset_map.span_to_original(at, at + 1)
    assert text.original_text[o_start:o_end] in "?fàn)I"
    # only the run the reader is not sure of is left for the clerk, and no sure repair is left over
    assert [s.original for s in store.documents.suspects(doc)] == ["?,F"]
    assert sure_repairs(store.documents.suspects(doc)) == []


def test_repair_the_clerk_chooses_makes_search_find_it_and_undo_puts_everything_back(store: Store) -> None:
    doc = _seed(store)
    text = store.documents.text(doc)
    suspects_before = [(s.start, s.end, s.original, s.repairs) for s in store.documents.suspects(doc)]
    garbled = next(s for s in store.documents.suspects(doc) if s.original == "?,F")
    assert not any("成效。现将" in h.snippet for h in search_text(store, "成效。现将"))
    tag = store.tags.find("指标")
    assert tag is not None
    after_at = garbled.end + 2
    ann = store.annotations.add(doc, after_at, after_at + 6, tag.id)
    around = store.annotations.add(doc, garbled.start - 3, garbled.end + 2, tag.id)
    changes, record = ops.apply_repairs(store, doc, [(garbled.start, garbled.end, "。现")])
    new = store.documents.text(doc)
    assert new.display_text[garbled.start - 2 : garbled.start + 3] == "成效。现将"
    assert new.original_text == text.original_text  # the original stays
    assert any("现将" in h.snippet for h in search_text(store, "现将"))
    moved = store.annotations.get(ann.id)
    assert moved.text == ann.text and moved.start == ann.start - (garbled.end - garbled.start - 2)
    assert "。现将" in store.annotations.get(around.id).text
    assert ann.id in changes.annotations and doc in changes.documents
    # the new characters map onto the garbled original span
    o_start, o_end = new.offset_map.span_to_original(garbled.start, garbled.start + 2)
    assert text.original_text[o_start:o_end] in garbled.original or garbled.original.startswith(
        text.original_text[o_start:o_end]
    )
    assert store.documents.suspects(doc) == ()
    ops.revert_repairs(store, record)
    back = store.documents.text(doc)
    assert back.display_text == text.display_text and back.offset_map == text.offset_map
    assert store.annotations.get(ann.id).start == ann.start and store.annotations.get(around.id).text == around.text
    assert [(s.start, s.end, s.original, s.repairs) for s in store.documents.suspects(doc)] == suspects_before


def _suspect(start: int, end: int, original: str, *scores: tuple[str, float]) -> SuspectRange:
    return SuspectRange(start, end, original, "test", tuple(Repair(t, sc) for t, sc in scores))


def test_sure_repairs_are_the_top_confidence_ones() -> None:
    suspects = [
        _suspect(0, 2, "?a", ("营", 1.0)),
        _suspect(5, 8, "?,F", ("。现", 0.59), ("刽现", 0.06)),
        _suspect(9, 11, "?b", ("担", 0.96)),
        _suspect(12, 13, "?"),
    ]
    sure = sure_repairs(suspects)
    assert [s.original for s in sure] == ["?a", "?b"]
    assert all(s.repairs[0].score >= 0.95 for s in sure)
    assert sure_repairs([suspects[1], suspects[3]]) == []  # none left: the clerk decides the rest


def test_a_sure_repair_whose_brackets_do_not_pair_is_left_to_the_clerk() -> None:
    # a numbered lead shifted out of step decodes with its closing bracket lost (（订推進 for （二）推進): the
    # import-time repair skips it, and so does "apply all sure repairs"
    lost = _suspect(0, 4, "?xyz", ("（订推進", 1.0))
    paired = _suspect(6, 10, "?uvw", ("（二）推", 1.0))
    half = _suspect(12, 14, "?p", ("(a", 0.99))
    assert [s.original for s in sure_repairs([lost, paired, half])] == ["?uvw"]


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


def _hand_made(store: Store) -> int:
    """A report with two sure repairs left as suspects (one made before the ruling, say) and one unsure."""
    text = "甲乙?a丙丁?b戊己?c庚辛\n"
    store.tags.ensure_defaults(ops.load_default_schema())
    parsed = ParsedDocument(
        "s.txt",
        "txt",
        "utf-8",
        hashlib.sha256(text.encode()).hexdigest(),
        text,
        text,
        OffsetMap.identity(len(text)),
        "simplified",
        Metadata(title="s"),
        (Section(1, "一、", "t", 0, len(text), 1),),
        (
            _suspect(2, 4, "?a", ("营", 1.0)),
            _suspect(6, 8, "?b", ("担", 0.97)),
            _suspect(10, 12, "?c", ("现", 0.59)),
        ),
    )
    return store.documents.add(parsed).id


def test_all_sure_repairs_at_once_and_back(store: Store) -> None:
    doc = _hand_made(store)
    before = store.documents.text(doc)
    before_suspects = store.documents.suspects(doc)
    sure = sure_repairs(store.documents.suspects(doc))
    assert len(sure) == 2
    _, records = ops.apply_repairs(store, doc, [(s.start, s.end, s.repairs[0].text) for s in sure])
    text = store.documents.display_text(doc)
    assert text == "甲乙营丙丁担戊己?c庚辛\n"
    left = store.documents.suspects(doc)
    assert len(left) == len(before_suspects) - len(sure)
    assert all(s.original == text[s.start : s.end] for s in left)  # the others moved with the text
    ops.revert_repairs(store, records)
    assert store.documents.text(doc) == before


def test_repaired_garbles_are_found_again_for_the_view_and_an_unrepaired_one_is_not(store: Store) -> None:
    from models.ingest.repair_apply import REPAIRED_REASON, repaired_marks

    doc = _seed(store)
    text = store.documents.text(doc)
    marks = repaired_marks(text.original_text, text.display_text, text.offset_map)
    assert [(text.display_text[m.start : m.end], m.original) for m in marks] == [
        ("营", "?fàn)I"),
        ("担", "?fù)?dān)"),
        ("换", "?lián)Q"),
    ]
    assert all(m.reason == REPAIRED_REASON and not m.repairs for m in marks)
    (left,) = store.documents.suspects(doc)
    assert not any(m.start < left.end and left.start < m.end for m in marks)
