"""The project store: the only package that touches SQLite (through sqlite-utils).

``Store`` composes four parts over one connection: ``store.documents``, ``store.annotations``,
``store.tags`` and ``store.search``. A write that touches several (a document and its search
index) calls each explicitly inside one transaction. Callers use the parts
(``store.documents.get(…)``, ``store.annotations.add(…)``); ``Store`` itself only opens, closes,
backs up and gives transactions.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any, Concatenate, ParamSpec, TypeVar

from models.store import checkpoint, private_copy, share_guard
from models.store.annotations import AnnotationRow, Annotations
from models.store.base import Db, connect, connect_memory
from models.store.checkpoint import CheckpointResult
from models.store.diskerrors import store_error_for
from models.store.documents import Documents
from models.store.search import SearchIndex
from models.store.tags import Tags

_P = ParamSpec("_P")
_R = TypeVar("_R")


def _forward(part: str, method: Callable[Concatenate[Any, _P], _R]) -> Callable[Concatenate[Store, _P], _R]:
    """A Store method that calls ``method`` on the part named ``part`` (same signature, same docstring)."""

    def call(self: Store, /, *args: _P.args, **kwargs: _P.kwargs) -> _R:
        return method(getattr(self, part), *args, **kwargs)

    call.__doc__ = method.__doc__
    call.__name__ = method.__name__
    return call


class Store:
    """A ReportMark project file (or an in-memory project for tests)."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None) -> None:
        self.conn = conn
        self.path = path
        self._guard: tuple[int, int] | None = None
        self._db = Db(conn, path)
        self.search = SearchIndex(self._db)
        self.documents = Documents(self._db, self.search)
        self.tags = Tags(self._db)
        self.annotations = Annotations(self._db, self.documents, self.tags)

    @classmethod
    def open(cls, path: str | Path, *, readonly: bool = False) -> Store:
        """Open (creating if needed) a project file, migrated to the current schema.

        Raises:
            StoreError: the file is not a ReportMark project or cannot be opened.
        """
        with share_guard.opening():  # never while another store of the process is half closed
            conn, p = connect(path, readonly=readonly)
            store = cls(conn, p)
            store._guard = share_guard.hold(p)  # this process's locks must outlive a file dialog's peek
        return store

    @classmethod
    def memory(cls) -> Store:
        """A fresh in-memory project (tests)."""
        return cls(connect_memory(), None)

    def backup(self, *, keep: int = 5) -> Path | None:
        """Write a rotating backup of the project file (no-op for in-memory projects)."""
        if self.path is None:
            return None
        from models.store.backup import make_backup

        return make_backup(self.conn, self.path, keep=keep)

    def checkpoint(self) -> CheckpointResult:
        """Fold the WAL into the project file, never waiting on others (``models/store/checkpoint.py``)."""
        return checkpoint.checkpoint(self.conn)

    def save_copy(self, dest: str | Path) -> Path:
        """A complete single-file copy of the project at ``dest`` (online backup API)."""
        return checkpoint.save_copy(self.conn, self.path, dest)

    def data_version(self) -> int:
        """Changes when another connection commits (cheap poll for 'project changed on disk').

        Raises:
            StoreError: the connection is closed or the file cannot be read.
        """
        try:
            return int(self.conn.execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.Error as exc:
            raise store_error_for(exc, self.path, "打开") from exc

    def close(self) -> None:
        """Close the connection; the share guard decides the order (see ``share_guard.release``)."""
        guard, self._guard = self._guard, None

        def close_connection() -> None:
            with contextlib.suppress(sqlite3.Error):
                self.conn.close()

        share_guard.release(guard, close_connection)

    @property
    def reads_private_copy(self) -> bool:
        """Opened read-only from a private copy of the file and its log (``models/store/private_copy.py``)."""
        return isinstance(self.conn, private_copy.PrivateCopyConnection)

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def integrity_ok(self) -> bool:
        return bool(self.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok")

    atomic = _forward("_db", Db.atomic)
    write_transaction = _forward("_db", Db.write_transaction)


__all__ = ["AnnotationRow", "Annotations", "Documents", "SearchIndex", "Store", "Tags"]
