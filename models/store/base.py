"""Connection handling for a project file: open, WAL, foreign keys, migrations, transactions."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from models import migrations
from models.errors import StoreError


def now_iso() -> str:
    """Current UTC time as an ISO-8601 string with seconds."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def in_clause(column: str, values: Iterable[Any], params: list[Any]) -> str:
    """``column IN (?,…)`` for ``values`` (appended to ``params``); an empty list matches nothing."""
    vals = list(values)
    params.extend(vals)
    return f"{column} IN ({','.join('?' * len(vals))})" if vals else "0"


_OWN_TABLES = {"documents", "document_texts", "sections", "suspects", "tags", "annotations"}


def _check_is_project(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse another program's database and a project written by a newer ReportMark."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if version == 0 and tables and not tables & _OWN_TABLES:
        raise StoreError(f"“{path.name}”不是报告标注项目文件。")
    if version > migrations.SCHEMA_VERSION:
        raise StoreError(f"项目“{path.name}”由更新版本的报告标注创建，请先升级本软件。")


def connect(path: str | Path, *, readonly: bool = False) -> tuple[sqlite3.Connection, Path]:
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
    return conn, p


def connect_memory() -> sqlite3.Connection:
    """A fresh in-memory project database (tests)."""
    conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA foreign_keys = ON")
    migrations.migrate(conn)
    return conn


class Db:
    """One sqlite3 connection shared by the store's parts; a worker thread opens its own Store."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._utils: Any = None

    @property
    def utils(self) -> Any:
        """The sqlite-utils view of the connection (loaded on first use: it costs ~0.1 s to import)."""
        if self._utils is None:
            import sqlite_utils

            self._utils = sqlite_utils.Database(self.conn)
        return self._utils

    @contextlib.contextmanager
    def atomic(self) -> Iterator[None]:
        """One transaction (or a savepoint inside one)."""
        with self.utils.atomic():
            yield

    def rows(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        cur = self.conn.execute(sql, params)
        cols = [c[0] for c in cur.description]
        return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]
