"""The clerk's title, issuer, date and 文号: saved marked, undone exactly, kept through re-imports and merges."""

from __future__ import annotations

import datetime
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models import doc_fields, importing, migrations, ops
from models.errors import InvalidValue
from models.export import export_annotations
from models.store import Store
from tests.models.conftest import SEED_SIMPLIFIED

READER_TITLE = "市经信局2020年工作总结和2021年工作计划"


@pytest.fixture
def doc_id(store: Store) -> int:
    outcomes, _ = ops.import_files(store, [SEED_SIMPLIFIED])
    assert outcomes[0].document is not None
    return outcomes[0].document.id


@pytest.mark.parametrize(
    "typed,iso",
    [("2021-03-05", "2021-03-05"), ("2021年3月5日", "2021-03-05"), ("二〇二一年三月五日", "2021-03-05"),
     (" 2021 年 12 月 31 日 ", "2021-12-31"), ("2021.3.5", "2021-03-05")],
)  # fmt: skip
def test_dates_the_clerk_writes_are_normalised(typed: str, iso: str) -> None:
    assert doc_fields.normalise("date", typed) == iso


@pytest.mark.parametrize("typed", ["2021年3月", "明天", "2021-02-30", "2021-03-05 到 2021-03-06", "x2021-03-05"])
def test_a_date_that_does_not_read_as_one_day_is_refused(store: Store, doc_id: int, typed: str) -> None:
    before = store.documents.get(doc_id).date
    with pytest.raises(InvalidValue) as err:
        doc_fields.set_document_field(store, doc_id, "date", typed)
    assert "未保存" in err.value.user_message and "\n" not in err.value.user_message
    assert store.documents.get(doc_id).date == before and not store.documents.get(doc_id).clerk_fields


@given(st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2099, 12, 31)))  # the years reports use
def test_every_iso_and_chinese_date_round_trips(day: datetime.date) -> None:
    assert doc_fields.normalise_date(day.isoformat()) == day.isoformat()
    assert doc_fields.normalise_date(f"{day.year}年{day.month}月{day.day}日") == day.isoformat()


def test_an_empty_title_is_refused_and_an_empty_issuer_clears(store: Store, doc_id: int) -> None:
    with pytest.raises(InvalidValue):
        doc_fields.set_document_field(store, doc_id, "title", "  ")
    doc_fields.set_document_field(store, doc_id, "issuer", "")
    assert store.documents.get(doc_id).issuer is None


def test_set_then_restore_puts_value_and_mark_back(store: Store, doc_id: int) -> None:
    before, changes = doc_fields.set_document_field(store, doc_id, "title", "  改过的标题 ")
    assert changes.documents == {doc_id}
    doc = store.documents.get(doc_id)
    assert doc.title == "改过的标题" and doc.clerk_fields["title"]["reader"] == READER_TITLE
    assert before.value == READER_TITLE and before.mark is None
    again, _ = doc_fields.set_document_field(store, doc_id, "title", "再改一次")
    assert again.mark is not None and again.mark["reader"] == READER_TITLE  # the reader's value is remembered
    doc_fields.restore_document_field(store, doc_id, again)
    assert store.documents.get(doc_id).title == "改过的标题"
    doc_fields.restore_document_field(store, doc_id, before)
    doc = store.documents.get(doc_id)
    assert doc.title == READER_TITLE and doc.clerk_fields == {}


def test_every_list_and_export_shows_the_clerks_values(store: Store, doc_id: int, tmp_path: Path) -> None:
    doc_fields.set_document_field(store, doc_id, "title", "某市经信局工作总结（更正）")
    doc_fields.set_document_field(store, doc_id, "issuer", "某市经济和信息化局")
    doc_fields.set_document_field(store, doc_id, "date", "2021年1月8日")
    tag = store.tags.all()[0]
    text = store.documents.display_text(doc_id)
    ops.create_annotation(store, doc_id, 0, 4, tag.id)
    assert store.documents.titles([doc_id]) == {doc_id: "某市经信局工作总结（更正）"}
    for fmt, name in (("csv", "a.csv"), ("json", "a.json")):
        export_annotations(store, tmp_path / name, fmt=fmt)
        written = (tmp_path / name).read_text(encoding="utf-8-sig")
        assert "某市经信局工作总结（更正）" in written, fmt
        assert "某市经济和信息化局" in written and "2021-01-08" in written, fmt
    assert text  # the text itself is untouched


def test_reimport_keeps_the_clerks_fields_and_remembers_the_readers(store: Store, doc_id: int, tmp_path: Path) -> None:
    issuer = store.documents.get(doc_id).issuer
    doc_fields.set_document_field(store, doc_id, "title", "我定的标题")
    again = ops.import_files(store, [SEED_SIMPLIFIED])[0][0]  # the same file imported again
    assert again.status == "duplicate" and store.documents.get(doc_id).title == "我定的标题"
    corrected = tmp_path / "修订.txt"
    corrected.write_text(SEED_SIMPLIFIED.read_text(encoding="utf-8") + "\n附：修订说明。\n", encoding="utf-8")
    importing.reimport_document(store, doc_id, corrected)
    doc = store.documents.get(doc_id)
    assert doc.title == "我定的标题" and doc.clerk_fields["title"]["reader"] == READER_TITLE
    assert doc.issuer == issuer  # a field the clerk never set follows the reader


def test_a_merge_keeps_the_clerks_value_of_whichever_side_set_it(store: Store, doc_id: int) -> None:
    colleague = Store.memory()
    theirs = ops.import_files(colleague, [SEED_SIMPLIFIED])[0][0].document
    assert theirs is not None
    doc_fields.set_document_field(colleague, theirs.id, "issuer", "同事定的机构")
    doc_fields.set_document_field(store, doc_id, "date", "2021-01-08")
    assert ops.copy_document(colleague, theirs.id, store) == doc_id
    doc = store.documents.get(doc_id)
    assert doc.issuer == "同事定的机构" and doc.date == "2021-01-08"  # each side's choice kept
    doc_fields.set_document_field(colleague, theirs.id, "date", "2021-02-01")  # set later than ours: it wins
    ops.copy_document(colleague, theirs.id, store)
    assert store.documents.get(doc_id).date == "2021-02-01"
    fresh = Store.memory()
    new_id = ops.copy_document(colleague, theirs.id, fresh)
    copied = fresh.documents.get(new_id)
    assert copied.issuer == "同事定的机构" and copied.clerk_fields["issuer"]["reader"] == theirs.issuer


def test_options_of_a_stored_report_offer_the_readers_choice_first(store: Store, doc_id: int) -> None:
    doc_fields.set_document_field(store, doc_id, "title", "我定的标题")
    options = doc_fields.document_options(store, doc_id)
    assert options.title[0].value == READER_TITLE and options.title[0].chosen
    assert doc_fields.reader_found_title(store.documents.get(doc_id))


def test_the_migration_upgrades_a_project_of_the_previous_schema(tmp_path: Path) -> None:
    path = tmp_path / "old.reportmark"
    conn = sqlite3.connect(path, isolation_level=None)
    for version, step in enumerate(migrations.STEPS[:-1], start=1):  # the file as the previous release left it
        conn.execute("BEGIN")
        step(conn)
        conn.execute(f"PRAGMA user_version = {version}")
        conn.execute("COMMIT")
    conn.execute(
        "INSERT INTO documents (title, issuer, date, script, source_name, source_format, content_hash, "
        "text_length, imported_at) VALUES ('旧标题', '旧机构', '2020-01-01', 'simplified', 'a.txt', 'txt', 'h', 2, 't')"
    )
    conn.execute("INSERT INTO document_texts VALUES (1, '正文', '正文', '{\"length\": 2}')")
    conn.close()
    store = ops.open_project(path, create=False)
    try:
        assert store.schema_version == migrations.SCHEMA_VERSION
        doc = store.documents.get(1)
        assert (doc.title, doc.issuer, doc.clerk_fields) == ("旧标题", "旧机构", {})
        doc_fields.set_document_field(store, 1, "title", "新标题")
    finally:
        store.close()
    reopened = ops.open_project(path, create=False)
    try:
        assert reopened.documents.get(1).title == "新标题"
        assert reopened.documents.get(1).clerk_fields["title"]["reader"] == "旧标题"
    finally:
        reopened.close()


def test_a_repair_of_the_text_keeps_the_readers_value_remembered(store: Store, doc_id: int) -> None:
    doc_fields.set_document_field(store, doc_id, "title", "我定的标题")
    # a repair rewrites the display text and carries the stored metadata (the clerk's values) over as it is
    store.documents.replace_content(doc_id, store.documents.parsed(doc_id), [], [])
    doc = store.documents.get(doc_id)
    assert doc.title == "我定的标题" and doc.clerk_fields["title"]["reader"] == READER_TITLE
