"""A read-only project whose last session did not fold its log (``-wal``) into the file: opened read-only, the clerk
sees everything that session committed, read from a private temporary copy; the originals are never touched."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from models import ops
from models.store import Store
from tests.models.conftest import ROOT, SEED_SIMPLIFIED
from tests.models.harden.test_disk_errors import tmpfs

# a session that commits one tag and one memo, then dies without closing: its changes stay in the -wal
UNCLOSED_SESSION = """
import os, sys
from models import ops
store = ops.open_project(sys.argv[1])
store.conn.execute("PRAGMA wal_autocheckpoint = 0")  # nothing folded into the file before the end
doc = store.documents.all()[0]
store.annotations.add(doc.id, 0, 4, store.tags.find("政策").id)
ops.set_memo(store, doc.id, "上次会话的备注")
os._exit(0)
"""


def leave_an_unfolded_log(project: Path) -> None:
    """Import a report (closed cleanly), then a second session commits and is killed: the -wal keeps its work."""
    store = ops.open_project(project)
    ops.import_files(store, [SEED_SIMPLIFIED])
    store.close()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "-c", UNCLOSED_SESSION, str(project)], check=True, env=env, cwd=ROOT)
    assert Path(f"{project}-wal").stat().st_size > 0


@contextmanager
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder that becomes read-only: a tmpfs remounted read-only as root (root ignores modes), else chmod."""
    if os.geteuid() == 0:
        with tmpfs(tmp_path, "16m") as fs:
            yield fs
        return
    folder = tmp_path / "share"
    folder.mkdir()
    try:
        yield folder
    finally:
        folder.chmod(0o755)


def make_read_only(folder: Path) -> None:
    if os.geteuid() == 0:
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
    else:
        folder.chmod(0o555)


def fingerprint(folder: Path) -> dict[str, tuple[str, int]]:
    return {
        p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir())
    }


def what_the_clerk_sees(store: Store) -> tuple[int, str]:
    doc = store.documents.all()[0]
    return store.annotations.count(doc.id), store.documents.get(doc.id).memo


@pytest.mark.parametrize("shm", ["gone", "stale"])
def test_a_read_only_project_shows_what_the_unclosed_session_committed(tmp_path: Path, shm: str) -> None:
    """Seen: the log was ignored (the file opened ``immutable``) and the clerk saw the project without the tag and
    memo the last session had saved. The -shm index is gone (a copy to the share, a reboot) or stale (zeroed by a
    crash); SQLite rebuilds it from the -wal, which it cannot do in a read-only folder."""
    with read_only_folder(tmp_path) as folder:
        project = folder / "p.reportmark"
        leave_an_unfolded_log(project)
        index = Path(f"{project}-shm")
        if shm == "gone":
            index.unlink()
        else:
            index.write_bytes(b"\0" * index.stat().st_size)
        make_read_only(folder)
        before = fingerprint(folder)
        store = ops.open_project(project, readonly=True)
        try:
            assert what_the_clerk_sees(store) == (1, "上次会话的备注")
            assert store.reads_private_copy
            worker = Store.open(project, readonly=True)  # a worker (search, export) sees the same
            try:
                assert what_the_clerk_sees(worker) == (1, "上次会话的备注")
            finally:
                worker.close()
        finally:
            store.close()
        assert fingerprint(folder) == before  # the originals untouched


def test_the_private_copy_leaves_the_originals_alone_and_goes_away(tmp_path: Path) -> None:
    """Without a read-only folder (no root, no chmod needed): the copy the fallback reads from, opened directly."""
    from models.store.private_copy import open_private_copy

    project = tmp_path / "p.reportmark"
    leave_an_unfolded_log(project)
    Path(f"{project}-shm").unlink()
    before = fingerprint(tmp_path)
    conn = open_private_copy(project)
    copy_dir = conn.copy_dir
    assert copy_dir.is_dir() and copy_dir.parent != tmp_path
    assert conn.execute("SELECT count(*) FROM annotations").fetchone()[0] == 1
    with pytest.raises(Exception, match="readonly"):
        conn.execute("DELETE FROM annotations")
    conn.close()
    assert not copy_dir.exists()
    assert fingerprint(tmp_path) == before


def test_a_clean_read_only_project_is_read_in_place(tmp_path: Path) -> None:
    with read_only_folder(tmp_path) as folder:
        project = folder / "p.reportmark"
        store = ops.open_project(project)
        ops.import_files(store, [SEED_SIMPLIFIED])
        store.close()
        make_read_only(folder)
        store = ops.open_project(project, readonly=True)
        try:
            assert len(store.documents.all()) == 1
            assert not store.reads_private_copy
        finally:
            store.close()
