"""Store: schema, WAL, transactions, documents, tags and annotations round-trip."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from models import importing, migrations, ops
from models.errors import DuplicateDocument, InvalidSpan, NotFound, StoreError, TagInUse
from models.ingest import parse_file
from models.store import Store
from models.types import walk_sections
from tests.models.conftest import SEED_SIMPLIFIED, SEED_TRADITIONAL


def test_new_file_is_wal_with_foreign_keys_and_current_schema(file_store: Store) -> None:
    assert file_store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert file_store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert file_store.schema_version == migrations.SCHEMA_VERSION


def test_default_schema_has_five_tags_with_keys(store: Store) -> None:
    tags = store.tags.all()
    assert [t.name for t in tags] == ["指标", "政策", "问题", "目标", "措施"]
    assert [t.key for t in tags] == ["1", "2", "3", "4", "5"]


def test_document_round_trip_keeps_texts_sections_and_map(store: Store) -> None:
    parsed = parse_file(SEED_SIMPLIFIED)
    doc = store.documents.add(parsed)
    text = store.documents.text(doc.id)
    assert text.display_text == parsed.display_text
    assert text.original_text == parsed.original_text
    assert text.offset_map == parsed.offset_map
    stored = [
        (s.level, s.label, s.title, s.start, s.end, s.heading_end)
        for s in walk_sections(store.documents.sections(doc.id))
    ]
    parsed_rows = [(s.level, s.label, s.title, s.start, s.end, s.heading_end) for s in walk_sections(parsed.sections)]
    assert stored == parsed_rows


def test_same_content_twice_is_reported_not_duplicated(store: Store) -> None:
    parsed = parse_file(SEED_SIMPLIFIED)
    first = store.documents.add(parsed)
    with pytest.raises(DuplicateDocument) as info:
        store.documents.add(parsed)
    assert info.value.existing_id == first.id
    assert store.documents.count() == 1


def test_failed_import_leaves_no_half_document(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    parsed = parse_file(SEED_SIMPLIFIED)

    def boom(doc_id: int, display_text: str) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(store.search, "index_document", boom)
    with pytest.raises(RuntimeError):
        store.documents.add(parsed)
    for table in ("documents", "document_texts", "sections", "suspects"):
        assert store.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0


def test_annotation_span_is_validated_and_quotes_display_text(seeded: Store) -> None:
    doc = seeded.documents.all()[0]
    text = seeded.documents.display_text(doc.id)
    tag = seeded.tags.find("指标")
    assert tag is not None
    ann = seeded.annotations.add(doc.id, 10, 20, tag.id, note="备注")
    assert ann.text == text[10:20]
    with pytest.raises(InvalidSpan):
        seeded.annotations.add(doc.id, 5, 5, tag.id)
    with pytest.raises(InvalidSpan):
        seeded.annotations.add(doc.id, 0, len(text) + 1, tag.id)
    blank = text.index("\n")
    with pytest.raises(InvalidSpan):
        seeded.annotations.add(doc.id, blank, blank + 1, tag.id)


def test_delete_and_restore_keeps_the_same_id(seeded: Store) -> None:
    doc = seeded.documents.all()[0]
    tag = seeded.tags.find("政策")
    assert tag is not None
    ann = seeded.annotations.add(doc.id, 0, 8, tag.id, attributes={"name": "x"})
    removed = seeded.annotations.delete(ann.id)
    assert not seeded.annotations.has(ann.id)
    restored = seeded.annotations.restore(removed)
    assert restored == ann


def test_deleting_a_tag_in_use_needs_a_decision(seeded: Store) -> None:
    doc = seeded.documents.all()[0]
    problem, target = seeded.tags.find("问题"), seeded.tags.find("目标")
    assert problem and target
    ann = seeded.annotations.add(doc.id, 0, 8, problem.id)
    with pytest.raises(TagInUse):
        seeded.tags.delete(problem.id)
    seeded.tags.delete(problem.id, move_to=target.id)
    assert seeded.annotations.get(ann.id).tag_id == target.id
    with pytest.raises(NotFound):
        seeded.tags.get(problem.id)


def test_child_tags_and_unique_names(store: Store) -> None:
    parent = store.tags.find("指标")
    assert parent
    child = store.tags.add("工业", "#ff0000", parent_id=parent.id)
    assert store.tags.with_descendants(parent.id) == [parent.id, child.id]
    with pytest.raises(Exception, match="已有"):
        store.tags.add("工业", "#00ff00", parent_id=parent.id)


def test_deleting_a_document_cascades(seeded: Store) -> None:
    doc = seeded.documents.all()[0]
    tag = seeded.tags.find("指标")
    assert tag
    seeded.annotations.add(doc.id, 0, 5, tag.id)
    ops.delete_document(seeded, doc.id)
    assert seeded.annotations.count(doc.id) == 0
    assert seeded.conn.execute("SELECT COUNT(*) FROM sections WHERE document_id = ?", (doc.id,)).fetchone()[0] == 0


def test_annotation_change_is_on_disk_at_once(file_store: Store) -> None:
    ops.import_files(file_store, [SEED_SIMPLIFIED])
    doc = file_store.documents.all()[0]
    tag = file_store.tags.find("指标")
    assert tag and file_store.path
    ann = file_store.annotations.add(doc.id, 3, 9, tag.id)
    other = sqlite3.connect(file_store.path)
    assert other.execute("SELECT text FROM annotations WHERE id = ?", (ann.id,)).fetchone()[0] == ann.text
    other.close()


def test_a_file_that_is_not_a_project_is_refused_clearly(tmp_path: Path) -> None:
    bad = tmp_path / "坏项目.reportmark"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="坏项目"):
        Store.open(bad)


def test_set_annotation_statuses_is_one_step(seeded: Store) -> None:
    from models import ops

    doc = seeded.documents.all()[0]
    tag = seeded.tags.find("指标")
    assert tag
    ids = seeded.annotations.add_many(
        [
            {
                "document_id": doc.id,
                "start": 10 + i,
                "end": 14 + i,
                "text": "x",
                "tag_id": tag.id,
                "status": "suggested",
            }
            for i in range(3)
        ]
    )
    changes = ops.set_annotation_statuses(seeded, {ids[0]: "accepted", ids[1]: "rejected"})
    assert changes.annotations == frozenset(ids[:2])
    assert [seeded.annotations.get(i).status for i in ids] == ["accepted", "rejected", "suggested"]


def test_store_is_four_parts_over_one_connection(store: Store) -> None:
    from models.store import Annotations, Documents, SearchIndex, Tags

    assert isinstance(store.documents, Documents)
    assert isinstance(store.annotations, Annotations)
    assert isinstance(store.tags, Tags)
    assert isinstance(store.search, SearchIndex)


def test_light_rows_have_the_annotation_fields() -> None:
    from models.store.annotations import ANNOTATION_FIELDS, AnnotationRow

    assert AnnotationRow._fields == ANNOTATION_FIELDS


def test_status_reads_back_as_the_enum(seeded: Store) -> None:
    from models.types import AnnotationStatus

    doc = seeded.documents.all()[0]
    tag = seeded.tags.all()[0]
    ann = seeded.annotations.add(doc.id, 0, 4, tag.id, status=AnnotationStatus.SUGGESTED)
    again = seeded.annotations.get(ann.id)
    assert again.status is AnnotationStatus.SUGGESTED
    assert again.status == "suggested"


def test_cancelled_import_carries_the_documents_it_committed(store: Store) -> None:
    from models.errors import Cancelled
    from models.types import Changes

    asked = iter([False, True])
    with pytest.raises(Cancelled) as caught:
        ops.import_files(store, [SEED_SIMPLIFIED, SEED_TRADITIONAL], cancelled=lambda: next(asked))
    (doc,) = store.documents.all()
    assert caught.value.changes == Changes(documents=frozenset({doc.id}))


def test_import_stopped_inside_a_file_still_reports_the_files_before(store: Store, monkeypatch) -> None:
    from models.errors import Cancelled
    from models.types import Changes

    real = importing.import_file

    def stop_on_second(store_, path, **kwargs):  # type: ignore[no-untyped-def]
        if Path(path) == SEED_TRADITIONAL:
            raise Cancelled("文字识别已取消。")  # as OCR of a scanned page does
        return real(store_, path, **kwargs)

    monkeypatch.setattr(importing, "import_file", stop_on_second)
    with pytest.raises(Cancelled) as caught:
        ops.import_files(store, [SEED_SIMPLIFIED, SEED_TRADITIONAL])
    (doc,) = store.documents.all()
    assert caught.value.changes == Changes(documents=frozenset({doc.id}))


def test_data_version_of_a_closed_project_raises_the_stores_own_error(tmp_path: Path) -> None:
    store = ops.open_project(tmp_path / "p.reportmark")
    store.data_version()  # an int while open
    store.close()
    with pytest.raises(StoreError):  # never sqlite3's error: ui/ does not import sqlite3
        store.data_version()
