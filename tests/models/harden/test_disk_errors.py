"""Locked, read-only and full: one clear line each, and a batch import goes on (issue 15, item 10)."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from models import ops
from models.errors import ProjectDamaged, StoreError
from models.store import Store
from tests.models.conftest import SEED_SIMPLIFIED


@contextlib.contextmanager
def tmpfs(tmp_path: Path, size: str) -> Iterator[Path]:
    """A small file system of its own (needs root to mount; skipped elsewhere)."""
    where = tmp_path / f"fs-{uuid.uuid4().hex[:6]}"
    where.mkdir()
    if (
        shutil.which("mount") is None
        or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)], capture_output=True
        ).returncode
    ):
        pytest.skip("cannot mount a tmpfs here")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True)


def _reports(folder: Path, count: int, size: int) -> list[Path]:
    seed = SEED_SIMPLIFIED.read_text(encoding="utf-8")
    out = []
    folder.mkdir(exist_ok=True)
    for i in range(count):
        p = folder / f"报告{i}.txt"
        body = (f"第{i}份。" + seed) * max(1, size // len(seed.encode("utf-8")))
        p.write_text(body, encoding="utf-8")
        out.append(p)
    return out


def test_a_locked_project_says_another_program_holds_it_and_the_batch_goes_on(tmp_path: Path) -> None:
    project = tmp_path / "p.reportmark"
    store = ops.open_project(project)
    store.conn.execute("PRAGMA busy_timeout = 0")
    holder = sqlite3.connect(project, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        outcomes, _ = ops.import_files(store, _reports(tmp_path / "in", 3, 2000))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert [o.status for o in outcomes] == ["refused"] * 3
    assert all("另一个程序" in o.message for o in outcomes)


def test_a_full_disk_is_named_and_the_batch_goes_on(tmp_path: Path) -> None:
    files = _reports(tmp_path / "in", 6, 400_000)
    with tmpfs(tmp_path, "1m") as fs:
        store = ops.open_project(fs / "p.reportmark")
        outcomes, _ = ops.import_files(store, files)
        store.close()
    assert len(outcomes) == 6
    refused = [o for o in outcomes if o.status == "refused"]
    assert refused and all("磁盘空间已满" in o.message for o in refused), [o.message for o in refused]


def test_a_read_only_folder_is_named_read_only_not_damaged(tmp_path: Path) -> None:
    with tmpfs(tmp_path, "8m") as fs:
        project = fs / "p.reportmark"
        store = ops.open_project(project)
        store.close()
        subprocess.run(["mount", "-o", "remount,ro", str(fs)], check=True)
        with pytest.raises(StoreError) as info:
            ops.open_project(project)
        assert not isinstance(info.value, ProjectDamaged)
        assert "只读" in info.value.user_message
        with pytest.raises(StoreError, match="只读"):
            ops.open_project(fs / "new.reportmark")


def test_a_read_only_project_opens_for_reading(tmp_path: Path) -> None:
    project = tmp_path / "p.reportmark"
    ops.open_project(project).close()
    store = Store.open(project, readonly=True)
    assert store.tags.all()
    store.close()
