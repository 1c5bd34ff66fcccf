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
from models.store import private_copy
from models.store.diskerrors import store_error_for
from models.store.schema_check import check_schema


def now_iso() -> str:
    """Current UTC time as an ISO-8601 string with seconds."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def loads_dict(text: str | None) -> dict[str, Any]:
    """A JSON object field as read from a file that may be damaged or hand-edited: {} when it is not one."""
    if not text or text == "{}":
        return {}
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        return {}
    return value if isinstance(value, dict) else {}


def dumps(value: Any) -> str:
    """``value`` as compact JSON with Chinese kept as is, as the store writes its JSON columns."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def in_clause(column: str, values: Iterable[Any], params: list[Any]) -> str:
    """``column IN (?,…)`` for ``values`` (appended to ``params``); an empty list matches nothing."""
    vals = list(values)
    params.extend(vals)
    return f"{column} IN ({','.join('?' * len(vals))})" if vals else "0"


def connect(path: str | Path, *, readonly: bool = False) -> tuple[sqlite3.Connection, Path]:
    """Open (creating if needed) a project file, migrated to the current schema.

    Raises:
        StoreError: the file is not a ReportMark project or cannot be opened.
    """
    p = Path(path)
    conn: sqlite3.Connection | None = None
    try:
        if readonly:
            conn = _connect_read_only(p)
        else:
            p.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(p, isolation_level=None, timeout=10.0, check_same_thread=False)
        conn.execute("PRAGMA busy_timeout = 10000")
        check_schema(conn, p)  # before anything writes: a foreign or tampered file is left as it is
        conn.execute("PRAGMA foreign_keys = ON")
        if not readonly:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            migrations.migrate(conn)
    except (sqlite3.DatabaseError, OSError, StoreError) as exc:
        if conn is not None:
            conn.close()
        if isinstance(exc, StoreError):
            raise
        raise store_error_for(exc, p, "打开") from exc
    return conn, p


def _connect_read_only(p: Path) -> sqlite3.Connection:
    """A read-only connection; a WAL project in a folder that cannot hold its ``-shm`` file is still read whole.

    SQLite opens a WAL database read-only only when it can create (or find a sound) ``-shm`` index beside it;
    in a read-only folder or share it cannot, and the clerk could not even look at the project. When the
    project has a log (``-wal``) holding a last session's committed work and its index cannot be made or mended
    there, file and log are read from a private temporary copy (``models/store/private_copy.py``), so the clerk
    sees everything saved (``immutable=1`` ignored the log: an older project than the one saved); without a
    log, ``immutable=1`` reads the file as it is. Nothing in such a folder is ever written.
    """
    if private_copy.log_unreadable_here(p):
        return private_copy.open_private_copy(p)
    uri = p.absolute().as_uri()
    conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, isolation_level=None, check_same_thread=False)
    try:
        # a real read, through the log: a stale index passes a header-only PRAGMA and fails at the first query
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        conn.close()
        if not p.is_file():
            raise
    if private_copy.has_log(p):
        return private_copy.open_private_copy(p)
    return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, isolation_level=None, check_same_thread=False)


def connect_memory() -> sqlite3.Connection:
    """A fresh in-memory project database (tests)."""
    conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA foreign_keys = ON")
    migrations.migrate(conn)
    return conn


class Db:
    """One sqlite3 connection shared by the store's parts; a worker thread opens its own Store."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None = None) -> None:
        self.conn = conn
        self.path = path
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

    def rows(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        cur = self.conn.execute(sql, params)
        cols = [c[0] for c in cur.description]
        return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]
