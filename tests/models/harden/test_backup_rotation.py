"""Backups survive a silently damaged project and a wrong clock; leftovers are cleaned (issue 15, items 1, 3, 11)."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from models import ops
from models.errors import ProjectDamaged
from models.store import Store
from models.store.backup import backup_dir, is_good_project, list_backups, make_backup
from tests.models.conftest import add_plain_text


def _project(path: Path) -> Store:
    store = ops.open_project(path)
    for i in range(40):
        add_plain_text(store, f"第{i}份报告。" + "全年完成投资12亿元，同比增长8%。" * 200, title=f"报告{i}")
    return store


def damage_one_page(path: Path) -> None:
    """Overwrite one index page: SQLite still opens the file and reads documents, quick_check does not pass."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page = int(conn.execute("PRAGMA page_size").fetchone()[0])
    victim = int(conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'idx_annotations_tag'").fetchone()[0])
    conn.close()
    data = bytearray(path.read_bytes())
    start = (victim - 1) * page
    data[start : start + page] = bytes([0xA5]) * page
    path.write_bytes(bytes(data))


def test_backups_of_a_damaged_project_never_push_out_the_good_ones(tmp_path: Path) -> None:
    project = tmp_path / "p.reportmark"
    store = _project(project)
    good = [store.backup(keep=5) for _ in range(3)]
    store.close()
    damage_one_page(project)
    for _ in range(6):  # six more opens of the damaged project, each trying a backup
        store = Store.open(project)
        with pytest.raises(ProjectDamaged) as info:
            store.backup(keep=5)
        store.close()
        assert "损坏" in info.value.user_message
        assert info.value.backup in good
    kept = list_backups(project)
    assert all(g in kept for g in good), "a good backup was rotated out by damaged ones"
    assert all(is_good_project(g) for g in good)
    assert ops.restore_latest_backup(project) == good[-1]


def test_a_backup_from_the_future_does_not_hide_new_ones(tmp_path: Path) -> None:
    project = tmp_path / "p.reportmark"
    store = _project(project)
    first = store.backup(keep=3)
    assert first is not None
    for year in (2031, 2032, 2033, 2034):  # a wrong clock wrote these
        shutil.copy(first, backup_dir(project) / f"p-{year}0101T000000000000Z.reportmark")
    made = [store.backup(keep=3) for _ in range(4)]
    for path in made:
        assert path is not None
    assert made[-1] is not None and made[-1].exists(), "backup() reported a file that is not there"
    assert list_backups(project)[0] == made[-1]
    assert set(list_backups(project)) == set(made[-3:])


def test_backup_never_reports_a_file_that_does_not_exist(tmp_path: Path) -> None:
    project = tmp_path / "p.reportmark"
    store = _project(project)
    for _ in range(8):
        path = store.backup(keep=2)
        assert path is not None and path.exists() and path in list_backups(project)


def test_leftovers_of_killed_backups_are_cleaned_on_the_next_backup(tmp_path: Path) -> None:
    project = tmp_path / "p.reportmark"
    store = _project(project)
    store.backup(keep=2)
    folder = backup_dir(project)
    dead_pid = 2**22 + 12345  # above pid_max on Linux: never a live process
    partial = folder / f"p-000099-20260101T000000000000Z.reportmark.{dead_pid}.partial"
    partial.write_bytes(b"half a backup")
    legacy_partial = folder / "p-20260101T000000000000Z.partial"
    legacy_partial.write_bytes(b"half a backup")
    os.utime(legacy_partial, (1_000_000_000, 1_000_000_000))
    orphans = [folder / "p-20200101T000000000000Z.reportmark-wal", folder / "p-20200101T000000000000Z.reportmark-shm"]
    for o in orphans:
        o.write_bytes(b"x")
    store.backup(keep=2)
    assert not partial.exists() and not legacy_partial.exists()
    assert not any(o.exists() for o in orphans)


def test_a_live_partial_of_another_process_is_left_alone(tmp_path: Path) -> None:
    project = tmp_path / "p.reportmark"
    store = _project(project)
    store.backup(keep=2)
    live = backup_dir(project) / f"p-000099-20260101T000000000000Z.reportmark.{os.getppid()}.partial"
    live.write_bytes(b"being written")
    store.backup(keep=2)
    assert live.exists()


def test_make_backup_checks_the_live_connection(tmp_path: Path) -> None:
    project = tmp_path / "p.reportmark"
    store = _project(project)
    path = make_backup(store.conn, project, keep=5)
    assert is_good_project(path)
