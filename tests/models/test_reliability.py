"""Project-file safety: backups, damaged files, foreign databases, old schemas, two writers."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from models import migrations, ops
from models.errors import ProjectDamaged, StoreError
from models.search import count_occurrences
from models.store import Store
from models.store.backup import backup_dir, is_good_project, list_backups
from tests.models.conftest import SEED_SIMPLIFIED

ROOT = Path(__file__).resolve().parents[2]
V1 = ROOT / "tests" / "fixtures" / "projects" / "schema_v1.reportmark"


def _annotated_project(path: Path) -> tuple[Store, int]:
    store = ops.open_project(path)
    ops.import_files(store, [SEED_SIMPLIFIED])
    doc = store.documents.all()[0]
    tag = store.tags.find("指标")
    assert tag
    ann = store.annotations.add(doc.id, 20, 30, tag.id, note="要保住的标注")
    return store, ann.id


def test_backups_rotate_and_are_good_projects(tmp_path: Path) -> None:
    project = tmp_path / "p.reportmark"
    store, _ = _annotated_project(project)
    for _ in range(7):
        store.backup(keep=5)
    backups = list_backups(project)
    assert len(backups) == 5
    assert all(is_good_project(b) for b in backups)
    assert backups[0].parent == backup_dir(project)


def test_damaged_project_offers_and_restores_the_latest_backup(tmp_path: Path) -> None:
    project = tmp_path / "p.reportmark"
    store, ann_id = _annotated_project(project)
    store.backup()
    store.close()
    data = bytearray(project.read_bytes())
    data[:100] = b"\0" * 100  # the header is gone: SQLite no longer recognises the file
    project.write_bytes(bytes(data))
    with pytest.raises(ProjectDamaged) as info:
        ops.open_project(project)
    assert info.value.backup is not None
    assert "p.reportmark" in info.value.user_message and "备份" in info.value.user_message
    ops.restore_latest_backup(project)
    store = ops.open_project(project)
    assert store.annotations.get(ann_id).note == "要保住的标注"
    assert any(p.name.startswith("p.reportmark.damaged") for p in tmp_path.iterdir())


def test_a_foreign_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    other = tmp_path / "别的软件.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE customers (name TEXT)")
    conn.commit()
    conn.close()
    before = other.read_bytes()
    with pytest.raises(StoreError, match="不是报告标注项目"):
        Store.open(other)
    assert other.read_bytes() == before


def test_a_project_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    project = tmp_path / "new.reportmark"
    Store.open(project).close()
    conn = sqlite3.connect(project)
    conn.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="更新版本"):
        Store.open(project)


def test_first_schema_project_is_migrated_without_loss(tmp_path: Path) -> None:
    project = tmp_path / "old.reportmark"
    shutil.copy(V1, project)
    store = ops.open_project(project)
    assert store.schema_version == migrations.SCHEMA_VERSION
    assert store.documents.count() == 2
    notes = {a.note for a in store.annotations.select()}
    assert notes == {"第一版架构的标注"}
    assert count_occurrences(store, "基站") > 0  # the search index was built by the migration
    assert store.integrity_ok()


WRITER = """
import sys
from models.store import Store
store = Store.open(sys.argv[1])
doc, tag, n = int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
base = store.documents.display_text(doc).index("疫情发生以来")
for i in range(n):
    store.annotations.add(doc, base + i, base + i + 2 + i % 2, tag, note=sys.argv[5] + str(i))
store.close()
"""


def test_two_processes_writing_at_once_lose_nothing(tmp_path: Path) -> None:
    project = tmp_path / "shared.reportmark"
    store = ops.open_project(project)
    ops.import_files(store, [SEED_SIMPLIFIED])
    doc = store.documents.all()[0]
    tag = store.tags.find("措施")
    assert tag
    procs = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(project), str(doc.id), str(tag.id), "150", name], cwd=ROOT)
        for name in ("甲", "乙")
    ]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    notes = [a.note for a in store.annotations.select(doc.id)]
    assert len(notes) == 300
    assert {n for n in notes if n.startswith("甲")} == {f"甲{i}" for i in range(150)}
    assert store.integrity_ok()
