"""Connection handling for a project file: open, WAL, foreign keys, migrations, transactions."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from models import migrations
from models.errors import StoreError
from models.store.diskerrors import store_error_for
from models.types import Tag


def now_iso() -> str:
    """Current UTC time as an ISO-8601 string with seconds."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


_OWN_TABLES = {"documents", "document_texts", "sections", "suspects", "tags", "annotations"}


def _check_is_project(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse another program's database and a project written by a newer ReportMark."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if version == 0 and tables and not tables & _OWN_TABLES:
        raise StoreError(f"“{path.name}”不是报告标注项目文件。")
    if version > migrations.SCHEMA_VERSION:
        raise StoreError(f"项目“{path.name}”由更新版本的报告标注创建，请先升级本软件。")


class StoreBase:
    """Owns one sqlite3 connection; a worker thread opens its own Store on the same path."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None) -> None:
        self.conn = conn
        self.path = path
        self._db: Any = None

    @property
    def db(self) -> Any:
        """The sqlite-utils view of the connection (loaded on first use: it costs ~0.1 s to import)."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn)
        return self._db

    @classmethod
    def open(cls, path: str | Path, *, readonly: bool = False) -> Any:
        """Open (creating if needed) a project file, migrated to the current schema.

        Raises:
            StoreError: the file is not a ReportMark project or cannot be opened.
        """
        p = Path(path)
        try:
            if readonly:
                conn = sqlite3.connect(f"file:{p}?mode=ro", uri=True, isolation_level=None, check_same_thread=False)
            else:
                p.parent.mkdir(parents=True, exist_ok=True)
                conn = sqlite3.connect(p, isolation_level=None, timeout=10.0, check_same_thread=False)
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA busy_timeout = 10000")
            _check_is_project(conn, p)
            if not readonly:
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")
                migrations.migrate(conn)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"无法打开项目文件“{p.name}”：文件已损坏或不是报告标注项目。", str(exc)) from exc
        except OSError as exc:
            raise StoreError(f"无法打开项目文件“{p.name}”：{exc.strerror or exc}。", str(exc)) from exc
        return cls(conn, p)

    @classmethod
    def memory(cls) -> Any:
        """A fresh in-memory project (tests)."""
        conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA foreign_keys = ON")
        migrations.migrate(conn)
        return cls(conn, None)

    def backup(self, *, keep: int = 5) -> Path | None:
        """Write a rotating backup of the project file (no-op for in-memory projects)."""
        if self.path is None:
            return None
        from models.store.backup import make_backup

        return make_backup(self.conn, self.path, keep=keep)

    def data_version(self) -> int:
        """Changes when another connection commits (cheap poll for 'project changed on disk')."""
        return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()

    @contextlib.contextmanager
    def atomic(self) -> Iterator[None]:
        """One transaction (or a savepoint inside one)."""
        with self.db.atomic():
            yield

    @contextlib.contextmanager
    def write_transaction(self) -> Iterator[None]:
        """One transaction holding the write lock from its first read (BEGIN IMMEDIATE): what is read inside
        cannot be changed by another connection before the commit. Nested use joins the outer transaction.

        Raises:
            StoreError: another program holds the lock, the disk is full or the file is read-only.
        """
        if self.conn.in_transaction:
            yield
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise store_error_for(exc, self.path) from exc
        try:
            yield
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        try:
            self.conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise store_error_for(exc, self.path) from exc

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def integrity_ok(self) -> bool:
        return bool(self.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok")

    # Implemented by the mixins; declared here so each mixin can call the others.
    def display_text(self, doc_id: int) -> str:
        raise NotImplementedError

    def get_tag(self, tag_id: int) -> Tag:
        raise NotImplementedError

    def _rows(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        cur = self.conn.execute(sql, params)
        cols = [c[0] for c in cur.description]
        return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]
