"""A project open in the window must survive the CLI (another process) opening and closing the same file.

On Linux, POSIX record locks belong to the process: when the window's process opens and closes the
project file by any other descriptor (Qt's file dialog sniffing the file's type does), SQLite's own
locks are silently dropped. A CLI run on the same project then believes it is the last user, and on
closing deletes the ``-wal`` and ``-shm`` files — every later save of the window went into a deleted
file and was lost (found in the clerk's day: ten hand tags gone, then "disk I/O error").
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from models import ops
from models.store import Store

ROOT = Path(__file__).resolve().parents[2]


def _cli_list(project: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "list", "--project", str(project)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="POSIX lock semantics of Linux")
@pytest.mark.parametrize("sniffed", ["", "-shm"])
def test_window_saves_survive_a_cli_run_after_the_file_was_sniffed(tmp_path: Path, sniffed: str) -> None:
    project = tmp_path / "县局.reportmark"
    window_store: Store = ops.open_project(project)
    with open(project.with_name(project.name + sniffed), "rb") as sniff:  # a file dialog showing the type
        sniff.read(16)
    _cli_list(project)  # another process opens and closes the project
    window_store.tags.add("手工标签", "#123456")  # the window saves after that
    worker = Store.open(project)  # a background task of the window opens its own connection
    try:
        assert worker.tags.find("手工标签") is not None
        assert worker.integrity_ok()
    finally:
        worker.close()
        window_store.close()


def test_closing_the_last_store_still_tidies_the_wal_files(tmp_path: Path) -> None:
    project = tmp_path / "p.reportmark"
    first = ops.open_project(project)
    second = Store.open(project)
    second.close()
    first.tags.add("甲", "#123456")
    first.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.reportmark"]
    again = Store.open(project)
    try:
        assert again.tags.find("甲") is not None
    finally:
        again.close()


@pytest.mark.parametrize(
    "exc",
    [
        sqlite3.OperationalError("disk I/O error"),
        sqlite3.OperationalError("database is locked"),
        sqlite3.OperationalError("attempt to write a readonly database"),
        sqlite3.OperationalError("unable to open database file"),
    ],
)
def test_a_failure_without_a_project_name_says_project_once(exc: sqlite3.Error) -> None:
    """The window's error box explains a worker's sqlite error without the path: no "项目项目"."""
    from models.failures import explain

    message = explain(exc).user_message
    assert "项目项目" not in message
    assert "项目" in message


_PROBE_DMS = """
import fcntl, os, struct, sys
fd = os.open(sys.argv[1], os.O_RDWR)
got = fcntl.fcntl(fd, fcntl.F_GETLK, struct.pack("hhqqi", fcntl.F_WRLCK, os.SEEK_SET, 128, 1, 0))
print("unlocked" if struct.unpack("hhqqi", got)[0] == fcntl.F_UNLCK else "locked")
"""


def _shm_seen_from_another_process(project: Path) -> str:
    """What a second SQLite process would find on the ``-shm``'s "dead man switch" byte: unlocked means it is
    the first user and truncates the file (SIGBUS for every process that still has it mapped)."""
    done = subprocess.run(
        [sys.executable, "-c", _PROBE_DMS, str(project.with_name(project.name + "-shm"))],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


class _ProbeOnClose:
    """The store's connection, asking what another process sees at the moment SQLite starts closing it."""

    def __init__(self, conn: sqlite3.Connection, project: Path, seen: list[str]) -> None:
        self._conn, self._project, self._seen = conn, project, seen

    def __getattr__(self, name: str) -> object:
        return getattr(self._conn, name)

    def close(self) -> None:
        self._seen.append(_shm_seen_from_another_process(self._project))
        self._conn.close()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="POSIX lock semantics of Linux")
@pytest.mark.parametrize("sniffed", [False, True])
def test_a_closing_store_keeps_its_mapped_shm_locked_until_sqlite_has_let_go(tmp_path: Path, sniffed: bool) -> None:
    """CI's "Bus error" in a worker's Store.close(): the guard's descriptors were closed before the connection,
    dropping every lock of the process on the -shm while SQLite still had it mapped and was about to checkpoint
    through it; a process opening the project in that moment found the switch byte free and truncated the file."""
    project = tmp_path / "县局.reportmark"
    store = ops.open_project(project)
    store.tags.add("甲", "#123456")  # the -wal and the mapped -shm exist now
    if sniffed:  # a file dialog already dropped SQLite's own POSIX locks: the guard is all that is left
        with open(project.with_name(project.name + "-shm"), "rb") as sniff:
            sniff.read(16)
    seen: list[str] = []
    store.conn = _ProbeOnClose(store.conn, project, seen)  # type: ignore[assignment]
    store.close()
    assert seen == ["locked"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["县局.reportmark"]  # the last close still tidied up
    again = Store.open(project)
    try:
        assert again.tags.find("甲") is not None
    finally:
        again.close()
