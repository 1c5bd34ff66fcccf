"""The project file is whole on its own at the moments a clerk copies it (checkpoint, 另存副本)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from models import ops
from models.errors import StoreError
from models.store import Store
from tests.models.conftest import SEED_SIMPLIFIED, SEED_TRADITIONAL


def _copy_of_file_alone(project: Path, dest: Path) -> Store:
    """What a colleague receives: the .reportmark file copied without its -wal."""
    shutil.copyfile(project, dest)
    return Store.open(dest)


def test_checkpoint_puts_every_change_into_the_file_while_the_project_stays_open(tmp_path: Path) -> None:
    project = tmp_path / "day.reportmark"
    store = ops.open_project(project)
    try:
        ops.import_files(store, [SEED_SIMPLIFIED, SEED_TRADITIONAL])
        wal = Path(f"{project}-wal")
        assert wal.stat().st_size > 0  # the work is in the log, not yet in the file
        before = _copy_of_file_alone(project, tmp_path / "before.reportmark")
        assert before.documents.all() == []  # the defect: the file alone is an empty project
        before.close()

        result = store.checkpoint()

        assert result.complete
        assert wal.stat().st_size == 0
        after = _copy_of_file_alone(project, tmp_path / "after.reportmark")
        assert len(after.documents.all()) == 2
        after.close()
        # still WAL, every change still committed at once
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        store.close()


def test_checkpoint_with_a_reader_does_not_block_or_lose_anything(tmp_path: Path) -> None:
    project = tmp_path / "p.reportmark"
    store = ops.open_project(project)
    try:
        ops.import_files(store, [SEED_SIMPLIFIED])
        reader = sqlite3.connect(project)
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM documents").fetchone()  # holds a read snapshot
        ops.import_files(store, [SEED_TRADITIONAL])

        result = store.checkpoint()  # returns at once (no 10 s busy wait), partial

        assert not result.complete
        reader.rollback()
        reader.close()
        assert store.checkpoint().complete
        assert len(store.documents.all()) == 2
        assert store.conn.execute("PRAGMA busy_timeout").fetchone()[0] == 10000  # restored
    finally:
        store.close()


def test_save_copy_writes_a_complete_single_file_project(tmp_path: Path) -> None:
    project = tmp_path / "p.reportmark"
    store = ops.open_project(project)
    try:
        ops.import_files(store, [SEED_SIMPLIFIED, SEED_TRADITIONAL])
        dest = store.save_copy(tmp_path / "给同事.reportmark")
        assert not Path(f"{dest}-wal").exists()
        copy = Store.open(dest)
        assert [d.title for d in copy.documents.all()] == [d.title for d in store.documents.all()]
        assert copy.integrity_ok()
        copy.close()
        with pytest.raises(StoreError):
            store.save_copy(project)
        assert len(store.documents.all()) == 2
    finally:
        store.close()


def test_memory_project_checkpoint_is_harmless(store: Store) -> None:
    store.checkpoint()  # nothing to fold: no error, the store keeps working
    assert store.tags.all()


def test_list_on_a_project_without_reports_says_so(tmp_path: Path) -> None:
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    project = tmp_path / "empty.reportmark"
    ops.open_project(project).close()
    env = {"REPORTMARK_HOME": str(tmp_path / "home"), "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, str(root / "main.py"), "--project", str(project), "list"],
        capture_output=True,
        text=True,
        env=env,
        cwd=root,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines() == ["项目中没有报告。"]
