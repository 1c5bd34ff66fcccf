"""Project files are not trusted: the schema is checked before anything writes; tag cycles (issue 15, item 7)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from models import ops
from models.errors import ReportMarkError, StoreError
from models.store import Store
from tests.models.conftest import add_plain_text


def _project(path: Path) -> None:
    store = ops.open_project(path)
    add_plain_text(store, "一、总体情况\n全年完成投资12亿元。\n")
    store.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")  # a single file on disk, so bytes can be compared
    conn.close()


def _tamper(path: Path, *statements: str) -> bytes:
    conn = sqlite3.connect(path, isolation_level=None)
    for s in statements:
        conn.execute(s)
    conn.close()
    return path.read_bytes()


HOSTILE_SCHEMAS = {
    "recursive view": [
        "ALTER TABLE documents RENAME TO documents_real",
        "CREATE VIEW documents AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) "
        "SELECT n AS id FROM r",
    ],
    "infinite trigger": [
        "PRAGMA recursive_triggers = ON",
        "CREATE TRIGGER boom AFTER INSERT ON annotations BEGIN "
        'INSERT INTO annotations SELECT NULL, document_id, start, "end", text, tag_id, note, attributes, '
        "status, author, created, updated FROM annotations WHERE id = new.id; END",
    ],
    "delete trigger": ["CREATE TRIGGER eat AFTER INSERT ON annotations BEGIN DELETE FROM annotations; END"],
    "changed trigger body": [
        "DROP TRIGGER search_texts_ai",
        "CREATE TRIGGER search_texts_ai AFTER INSERT ON search_texts BEGIN SELECT 1; END",
    ],
    "missing column": ["ALTER TABLE annotations DROP COLUMN note"],
    "missing table": ["DROP TABLE suspects"],
    "extra view": ["CREATE VIEW spy AS SELECT * FROM documents"],
    "wrong user_version": ["PRAGMA user_version = 1"],
}


@pytest.mark.parametrize("case", sorted(HOSTILE_SCHEMAS))
def test_a_tampered_schema_is_refused_without_touching_the_file(tmp_path: Path, case: str) -> None:
    path = tmp_path / "p.reportmark"
    _project(path)
    before = _tamper(path, *HOSTILE_SCHEMAS[case])
    with pytest.raises(StoreError) as info:
        Store.open(path)
    assert "p.reportmark" in info.value.user_message
    assert path.read_bytes() == before
    assert not (tmp_path / "p.reportmark-wal").exists()


def test_another_programs_database_with_a_documents_table_stays_in_its_journal_mode(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE documents (path TEXT, owner TEXT)")
    conn.execute("INSERT INTO documents VALUES ('a', 'b')")
    conn.commit()
    conn.close()
    before = other.read_bytes()
    with pytest.raises(StoreError, match="不是报告标注项目"):
        Store.open(other)
    assert other.read_bytes() == before
    conn = sqlite3.connect(other)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


def test_our_own_project_and_a_new_file_still_open(tmp_path: Path) -> None:
    path = tmp_path / "p.reportmark"
    _project(path)
    Store.open(path).close()
    Store.open(tmp_path / "new.reportmark").close()


def test_a_tag_cycle_is_refused_even_from_two_connections(tmp_path: Path) -> None:
    path = tmp_path / "p.reportmark"
    first = ops.open_project(path)
    a = first.tags.add("甲", "#111111")
    b = first.tags.add("乙", "#222222", parent_id=a.id)
    c = first.tags.add("丙", "#333333", parent_id=b.id)
    second = Store.open(path)  # the other window
    with pytest.raises(ReportMarkError, match="上级"):
        second.tags.update(a.id, parent_id=c.id)
    with pytest.raises(ReportMarkError, match="上级"):
        first.tags.update(a.id, parent_id=a.id)
    assert first.tags.get(a.id).parent_id is None


def test_a_cycle_already_in_the_file_is_read_without_hanging(tmp_path: Path) -> None:
    path = tmp_path / "p.reportmark"
    store = ops.open_project(path)
    a = store.tags.add("甲", "#111111")
    b = store.tags.add("乙", "#222222", parent_id=a.id)
    store.conn.execute("UPDATE tags SET parent_id = ? WHERE id = ?", (b.id, a.id))  # written by an old version
    store.close()
    store = Store.open(path)
    assert sorted(store.tags.with_descendants(a.id)) == sorted({a.id, b.id})
    tags = {t.id: t for t in store.tags.all()}
    roots = [t for t in tags.values() if t.parent_id is None]
    assert roots, "every tag of a cycle has a parent: no tree can be drawn"
    for t in tags.values():  # following parents always ends
        seen = set()
        while t.parent_id is not None:
            assert t.id not in seen
            seen.add(t.id)
            t = tags[t.parent_id]


def test_a_missing_table_offers_the_latest_backup(tmp_path: Path) -> None:
    from models.errors import ProjectDamaged

    path = tmp_path / "p.reportmark"
    store = ops.open_project(path)
    add_plain_text(store, "一、总体情况\n全年完成投资12亿元。\n")
    good = store.backup()
    store.close()
    _tamper(path, "DROP TABLE suspects")
    with pytest.raises(ProjectDamaged) as info:
        ops.open_project(path)
    assert info.value.backup == good and "备份" in info.value.user_message
