"""Full-text and annotation search over the seed reports (and hand-made documents)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.folding import fold_text
from models.search import count_occurrences, search_annotations, search_text
from models.store import Store
from tests.models.conftest import add_plain_text as _add_text


def _expected(store: Store, query: str) -> list[tuple[int, int]]:
    """Every (document, offset) where the folded query occurs, by brute force."""
    needle = fold_text(query)
    out = []
    for doc in store.documents.all():
        folded = fold_text(store.documents.display_text(doc.id))
        out.extend((doc.id, i) for i in range(len(folded)) if folded.startswith(needle, i))
    return out


# 5G基站 also finds its synonym 5G通信基站: test_search15_synonyms.py
@pytest.mark.parametrize("query", ["5G网络", "两化融合", "基站", "企业", "5G", "工作总结", "省"])
def test_every_occurrence_found(seeded: Store, query: str) -> None:
    hits = search_text(seeded, query)
    assert [(h.document_id, h.start) for h in hits] == _expected(seeded, query)
    assert hits, f"{query} occurs in the seeds"
    assert count_occurrences(seeded, query) == len(hits)


def test_two_character_word_exact_count(seeded: Store) -> None:
    total = sum(seeded.documents.display_text(d.id).count("基站") for d in seeded.documents.all())
    assert total >= 3
    assert count_occurrences(seeded, "基站") == total
    hits = search_text(seeded, "基站")
    assert len(hits) == total
    for h in hits:
        text = seeded.documents.display_text(h.document_id)
        assert fold_text(text[h.start : h.end]) == "基站"
        assert h.snippet[h.hit_start : h.hit_end] == text[h.start : h.end]


def test_hit_carries_title_and_section_path(seeded: Store) -> None:
    hit = search_text(seeded, "5G基站")[0]
    assert hit.title == seeded.documents.get(hit.document_id).title
    sections = seeded.documents.sections(hit.document_id)
    if sections:  # the outline parser finds the numbered headings
        assert hit.section_path.startswith(("一、", "二、", "三、", "四、", "五、"))


def test_absent_word_finds_nothing(seeded: Store) -> None:
    assert search_text(seeded, "量子引力波") == []
    assert search_text(seeded, "䶮") == []  # one character, absent
    assert count_occurrences(seeded, "量子引力波") == 0
    assert search_text(seeded, "   ") == []


def test_simplified_query_finds_traditional_text(store: Store) -> None:
    doc = _add_text(store, "推進兩化融合，新建5G基站。兩化融合成效明顯。", "繁体文档")
    hits = search_text(store, "两化融合")
    assert [(h.document_id, h.start) for h in hits] == [(doc, 2), (doc, 14)]
    assert hits[0].snippet[hits[0].hit_start : hits[0].hit_end] == "兩化融合"


def test_traditional_query_finds_simplified_text(store: Store) -> None:
    doc = _add_text(store, "推进两化融合，建设基站。")
    assert [(h.document_id, h.start) for h in search_text(store, "兩化融合")] == [(doc, 2)]
    assert count_occurrences(store, "基站") == 1


def test_traditional_seed_found_with_simplified_query(seeded: Store) -> None:
    trad = next(d for d in seeded.documents.all() if "繁体" in d.source_name)
    hits = [h for h in search_text(seeded, "两化融合") if h.document_id == trad.id]
    assert len(hits) == fold_text(seeded.documents.display_text(trad.id)).count("两化融合") > 0


def test_latin_letters_match_case_and_width_insensitively(store: Store) -> None:
    doc = _add_text(store, "建成5G基站，５Ｇ网络覆盖，5g用户增长。")
    assert [h.start for h in search_text(store, "5G")] == [2, 7, 14]
    assert [h.document_id for h in search_text(store, "5g网络")] == [doc]


def test_overlapping_occurrences_all_found(store: Store) -> None:
    _add_text(store, "哈哈哈哈")
    assert [h.start for h in search_text(store, "哈哈")] == [0, 1, 2]
    assert [h.start for h in search_text(store, "哈哈哈")] == [0, 1]


def test_limit_and_document_filter(seeded: Store) -> None:
    all_hits = search_text(seeded, "工作")
    assert len(search_text(seeded, "工作", limit=5)) == 5
    doc_id = all_hits[-1].document_id
    only = search_text(seeded, "工作", document_ids=[doc_id])
    assert only and {h.document_id for h in only} == {doc_id}
    assert len(only) == sum(1 for h in all_hits if h.document_id == doc_id)


def test_index_correct_after_delete(seeded: Store) -> None:
    before = search_text(seeded, "基站")
    gone = before[0].document_id
    seeded.documents.delete(gone)
    after = search_text(seeded, "基站")
    assert all(h.document_id != gone for h in after)
    assert [(h.document_id, h.start) for h in after] == [
        (d, s) for d, s in ((h.document_id, h.start) for h in before) if d != gone
    ]
    assert search_text(seeded, "5G基站") == [h for h in search_text(seeded, "5G基站") if h.document_id != gone]
    rows = seeded.conn.execute("SELECT COUNT(*) FROM search_texts").fetchone()[0]
    assert rows == seeded.documents.count()


def test_index_rebuilt_for_documents_missing_from_it(seeded: Store) -> None:
    seeded.conn.execute("DELETE FROM search_texts")
    assert count_occurrences(seeded, "基站") == sum(
        seeded.documents.display_text(d.id).count("基站") for d in seeded.documents.all()
    )


def test_reimport_after_delete_is_indexed_once(seeded: Store) -> None:
    text = "新建基站一座。"
    doc = _add_text(seeded, text)
    seeded.documents.delete(doc)
    doc2 = _add_text(seeded, text)
    assert [h.start for h in search_text(seeded, "新建基站")] == [0]
    assert search_text(seeded, "新建基站")[0].document_id == doc2


def test_index_survives_reopen(tmp_path) -> None:
    from models import ops

    path = tmp_path / "p.reportmark"
    store = ops.open_project(path)
    _add_text(store, "产业园区新建基站。")
    store.close()
    again = Store.open(path)
    assert count_occurrences(again, "基站") == 1
    assert again.conn.execute("SELECT COUNT(*) FROM search_fts WHERE search_fts MATCH '\"产业园\"'").fetchone()[0] == 1
    again.close()


@settings(max_examples=60, deadline=None)
@given(
    text=st.text(alphabet="基站企业两化融合5Gg，。\n兩", min_size=0, max_size=60),
    query=st.text(alphabet="基站企业两化融合5Gg兩", min_size=1, max_size=4),
)
def test_search_matches_brute_force(text: str, query: str) -> None:
    store = Store.memory()
    if text.strip():
        _add_text(store, text)
    assert [(h.document_id, h.start) for h in search_text(store, query, limit=10_000)] == _expected(store, query)
    store.close()


# annotations -----------------------------------------------------------------
@pytest.fixture
def annotated(seeded: Store) -> Store:
    indicator = seeded.tags.find("指标")
    policy = seeded.tags.find("政策")
    industry = seeded.tags.add("工业", "#aa5500", parent_id=indicator.id)
    doc = next(d for d in seeded.documents.all() if "繁体" not in d.source_name)
    text = seeded.documents.display_text(doc.id)
    i = text.index("5G基站")
    seeded.annotations.add(doc.id, i, i + 4, industry.id, attributes={"name": "5G基站数量", "value": 319})
    j = text.index("两化融合")
    seeded.annotations.add(doc.id, j, j + 4, policy.id, note="重点：兩化融合")
    seeded.annotations.add(doc.id, 0, 3, indicator.id, attributes={"name": "企业数"}, status="suggested")
    return seeded


def test_annotations_by_attribute(annotated: Store) -> None:
    indicator = annotated.tags.find("指标")
    hits = search_annotations(annotated, tag_ids=[indicator.id], attribute="name", attribute_value="5G")
    assert [a.text for a in hits] == ["5G基站"]
    assert hits[0].attributes["value"] == 319


def test_annotations_by_text_note_and_status(annotated: Store) -> None:
    assert [a.text for a in search_annotations(annotated, text="两化")] == ["两化融合"]
    assert [a.text for a in search_annotations(annotated, note="两化融合")] == ["两化融合"]  # note is traditional
    assert search_annotations(annotated, attribute="name", attribute_value="企业") == []
    suggested = search_annotations(annotated, attribute="name", attribute_value="企业", statuses=("suggested",))
    assert len(suggested) == 1
    assert len(search_annotations(annotated, attribute="name")) == 1  # accepted with a name
    assert search_annotations(annotated, text="不存在") == []


def test_section_paths_match_the_outline(seeded: Store) -> None:
    from models.search import format_section_path

    hits = search_text(seeded, "企业", limit=10_000)
    assert hits
    for h in hits:
        assert h.section_path == format_section_path(seeded.documents.sections(h.document_id), h.start)


def test_search_sees_documents_added_by_another_connection(tmp_path) -> None:
    from models import ops

    path = tmp_path / "p.reportmark"
    reader = ops.open_project(path)
    _add_text(reader, "第一份报告：新建基站。", "一")
    assert count_occurrences(reader, "基站") == 1  # texts now cached in ``reader``
    writer = Store.open(path)
    doc = _add_text(writer, "第二份报告：基站扩容，基站维护。", "二")
    assert count_occurrences(reader, "基站") == 3
    assert [h.document_id for h in search_text(reader, "基站扩容")] == [doc]
    writer.documents.delete(doc)
    assert count_occurrences(reader, "基站") == 1
    writer.close()
    reader.close()


def test_reindex_document_after_display_text_changes(store: Store) -> None:
    doc = _add_text(store, "原有文字。")
    assert count_occurrences(store, "原有") == 1
    with store.atomic():
        store.conn.execute("UPDATE document_texts SET display_text = ? WHERE document_id = ?", ("修复后的文字。", doc))
        store.search.reindex_document(doc)
    assert count_occurrences(store, "原有") == 0
    assert [h.start for h in search_text(store, "修复后")] == [0]
