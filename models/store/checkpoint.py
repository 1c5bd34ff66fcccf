"""A project file that is whole on its own: WAL checkpoints and a complete copy of the project.

The project runs in WAL mode: every change is committed at once into ``<project>-wal`` and SQLite folds the
log back into the main file only now and then. A clerk who copies the ``.reportmark`` file while the window is
open would copy what was there before the log. ``checkpoint`` folds the log in at the moments the clerk
expects the file to be complete (保存, after an import, when the window is idle or closes); ``save_copy``
writes a complete, single-file project through SQLite's online backup API.

Neither ever blocks on another connection: a checkpoint that a reader prevents from finishing is left
partial (PASSIVE) and tried again next time; nothing committed is lost either way.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from models.errors import StoreError, message
from models.store.diskerrors import store_error_for


@dataclass(frozen=True)
class CheckpointResult:
    """What a checkpoint did: ``complete`` when the main file now holds every committed change."""

    complete: bool
    log_pages: int
    moved_pages: int


def checkpoint(conn: sqlite3.Connection) -> CheckpointResult:
    """Fold the WAL into the project file without waiting on other connections.

    ``TRUNCATE`` first (the log is emptied and shrunk to 0 bytes); when another connection is reading or
    writing, ``PASSIVE`` copies what it can. Errors (a read-only file, a full disk) leave the log as it is:
    the changes stay committed in it.
    """
    if conn.in_transaction:  # inside a transaction a checkpoint cannot see its own work: try again later
        return CheckpointResult(False, -1, -1)
    try:
        old_timeout = int(conn.execute("PRAGMA busy_timeout").fetchone()[0])
    except sqlite3.Error:
        return CheckpointResult(False, -1, -1)
    try:
        conn.execute("PRAGMA busy_timeout = 0")  # never wait on a reader or a worker's write
        busy, log, moved = _run(conn, "TRUNCATE")
        if busy:
            busy, log, moved = _run(conn, "PASSIVE")
        return CheckpointResult(not busy and log == moved, log, moved)
    except sqlite3.Error:
        return CheckpointResult(False, -1, -1)
    finally:
        with contextlib.suppress(sqlite3.Error):
            conn.execute(f"PRAGMA busy_timeout = {old_timeout}")


def _run(conn: sqlite3.Connection, mode: str) -> tuple[bool, int, int]:
    row = conn.execute(f"PRAGMA wal_checkpoint({mode})").fetchone()
    if row is None:  # not in WAL mode (an in-memory project)
        return False, 0, 0
    return bool(row[0]), int(row[1]), int(row[2])


def save_copy(conn: sqlite3.Connection, source: Path | None, dest: str | Path) -> Path:
    """Write a complete copy of the project to ``dest`` (one file, no ``-wal`` beside it).

    The copy is written to a temporary file beside ``dest`` and renamed over it when complete, so a failed copy
    never leaves half a project under the chosen name.

    Raises:
        StoreError: ``dest`` is the project itself, or the copy cannot be written (disk full, read-only …).
    """
    target = Path(dest)
    if source is not None and _same_file(source, target):
        raise StoreError(message("副本不能保存为项目文件本身“{0}”，请换一个文件名。", target.name))
    tmp = target.with_name(f".{target.name}.{os.getpid()}.part")
    out: sqlite3.Connection | None = None
    try:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        out = sqlite3.connect(tmp, isolation_level=None)
        conn.backup(out)
        out.execute("PRAGMA journal_mode = DELETE")  # the copy is one self-contained file
        out.close()
        out = None
        os.replace(tmp, target)
    except (sqlite3.Error, OSError) as exc:
        if out is not None:
            with contextlib.suppress(sqlite3.Error):
                out.close()
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise store_error_for(exc, target, "保存副本") from exc
    return target


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (b.exists() and os.path.samefile(a, b))
    except OSError:
        return False
