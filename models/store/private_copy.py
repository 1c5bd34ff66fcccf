"""A read-only project whose log (``-wal``) cannot be read in place: read from a private temporary copy.

A session that did not close cleanly leaves its committed work in ``p.reportmark-wal``. SQLite reads that log
through an index file (``-shm``) it must be able to create or repair beside the project; in a read-only folder
or share it cannot when the index is missing (a copy to the share, a reboot) or stale (a crash). Opening the
file ``immutable`` there would show the project as it was before that session. Instead the file and its log
are copied into a fresh folder of this user's temporary directory (mode 0700) and read from there, read-only;
the originals are never opened for writing. Copies are shared by the connections of one process (the window's
and its workers') while the originals do not change, and deleted when the last of them closes.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
import threading
import weakref
from dataclasses import dataclass
from pathlib import Path
from typing import Any

COPY_ATTEMPTS = 3  # the originals changed while being copied (someone else writes the share): copy again


@dataclass
class _Copy:
    folder: Path
    database: Path
    signature: tuple[tuple[int, int], ...]
    users: int = 0


_LOCK = threading.Lock()
_COPIES: dict[Path, _Copy] = {}


class PrivateCopyConnection(sqlite3.Connection):
    """A connection to a private copy; closing the last one of a copy deletes the copy."""

    copy_dir: Path
    _release: weakref.finalize[Any, Any]

    def close(self) -> None:
        super().close()
        self._release()  # once only; also run if the connection is dropped unclosed, or at exit


def log_of(path: Path) -> Path:
    """The WAL log file of the project file ``path`` (``name-wal`` beside it)."""
    return path.with_name(path.name + "-wal")


def has_log(path: Path) -> bool:
    """Whether ``path`` has a log that may hold committed work (an empty one holds none)."""
    try:
        return log_of(path).stat().st_size > 0
    except OSError:
        return False


def log_unreadable_here(path: Path) -> bool:
    """Whether ``path`` has a log with work in it whose index cannot be made or mended in place (read-only).

    A read-only index may still be read in place, but SQLite trusts it as soon as any process holds it open
    (this process's share guard does): a stale one then fails every query ("attempt to write a readonly
    database"). The copy is read the same way whatever state the index was left in.
    """
    if not has_log(path):
        return False
    index = path.with_name(path.name + "-shm")
    return not os.access(index if index.exists() else path.parent, os.W_OK)


def open_private_copy(path: Path) -> PrivateCopyConnection:
    """A read-only connection to a private copy of ``path`` and its ``-wal`` (reused while they are unchanged).

    Raises:
        OSError: the copy cannot be made (no space in the temporary folder, the originals unreadable).
        sqlite3.DatabaseError: the copy cannot be opened.
    """
    key = path.absolute()
    with _LOCK:
        copy = _COPIES.get(key)
        if copy is None or copy.signature != _signature(key):
            copy = _make_copy(key)
            _COPIES[key] = copy  # an older copy stays until its own connections close
        copy.users += 1
    try:
        conn = sqlite3.connect(
            f"{copy.database.as_uri()}?mode=ro",
            uri=True,
            isolation_level=None,
            check_same_thread=False,
            factory=PrivateCopyConnection,
        )
    except BaseException:
        _release(key, copy)
        raise
    conn.copy_dir = copy.folder
    conn._release = weakref.finalize(conn, _release, key, copy)
    return conn


def _signature(path: Path) -> tuple[tuple[int, int], ...]:
    out = []
    for p in (path, log_of(path)):
        try:
            st = p.stat()
            out.append((st.st_size, st.st_mtime_ns))
        except FileNotFoundError:
            out.append((-1, 0))
    return tuple(out)


def _make_copy(path: Path) -> _Copy:
    folder = Path(tempfile.mkdtemp(prefix="reportmark-readonly-"))
    database = folder / path.name
    try:
        for _ in range(COPY_ATTEMPTS):
            before = _signature(path)
            shutil.copyfile(path, database)
            if log_of(path).exists():
                shutil.copyfile(log_of(path), log_of(database))
            if _signature(path) == before:  # a pair copied at one moment, not a file and a later log
                break
            log_of(database).unlink(missing_ok=True)
        return _Copy(folder, database, before)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise


def _release(key: Path, copy: _Copy) -> None:
    with _LOCK:
        copy.users -= 1
        if copy.users > 0:
            return
        if _COPIES.get(key) is copy:
            del _COPIES[key]
    shutil.rmtree(copy.folder, ignore_errors=True)
