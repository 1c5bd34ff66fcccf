"""Is this file one of our projects? The schema is compared with ours before anything writes to the file.

The reference is the schema our own migrations build, up to the file's ``user_version``, in memory: the same
tables with the same columns, and no trigger, view or index we did not make (a view over a recursive CTE, an
endless trigger or a trigger that deletes what was just saved would otherwise run inside our own statements).
"""

from __future__ import annotations

import functools
import re
import sqlite3
from pathlib import Path

from models import migrations
from models.errors import StoreError, message

_SPACE_RE = re.compile(r"\s+")


def _objects(conn: sqlite3.Connection) -> dict[tuple[str, str], str]:
    rows = conn.execute("SELECT type, name, COALESCE(sql, '') FROM sqlite_master").fetchall()
    return {(str(t), str(n)): _SPACE_RE.sub(" ", str(sql)).strip() for t, n, sql in rows if n != "sqlite_sequence"}


def _columns(conn: sqlite3.Connection, table: str) -> list[tuple[str, str, int]]:
    return [(str(r[1]), str(r[2]).upper(), int(r[3])) for r in conn.execute(f'PRAGMA table_info("{table}")')]


@functools.lru_cache(maxsize=8)
def expected_schema(version: int) -> tuple[dict[tuple[str, str], str], dict[str, list[tuple[str, str, int]]]]:
    """Objects and table columns our migrations create up to ``version``."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        for step in migrations.STEPS[:version]:
            conn.execute("BEGIN")
            step(conn)
            conn.execute("COMMIT")
        objects = _objects(conn)
        tables = {name: _columns(conn, name) for (kind, name) in objects if kind == "table"}
        return objects, tables
    finally:
        conn.close()


def check_schema(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse a file that is not a ReportMark project of a version we know, without writing to it.

    Raises:
        StoreError: another program's database, a newer project, or a project whose schema was changed.
    """
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    found = _objects(conn)
    if version == 0:
        if found:
            raise StoreError(message("“{0}”不是报告标注项目文件（它是别的程序的数据库）。", path.name))
        return
    if version > migrations.SCHEMA_VERSION:
        raise StoreError(message("项目“{0}”由更新版本的报告标注创建，请先升级本软件。", path.name))
    objects, tables = expected_schema(version)
    if "documents" not in {n for k, n in found if k == "table"}:
        raise StoreError(message("“{0}”不是报告标注项目文件（缺少文档表）。", path.name))
    problems = []
    for key, sql in objects.items():
        if key not in found:
            problems.append(f"缺少{key[1]}")
        elif found[key] != sql:
            problems.append(f"{key[1]}被改动")
    problems += [f"多出{k[1]}" for k in found if k not in objects]
    if not problems:
        for table, columns in tables.items():
            if _columns(conn, table) != columns:
                problems.append(f"{table}的列被改动")
    if problems:
        raise StoreError(
            f"项目文件“{path.name}”的结构不是报告标注写入的（{'、'.join(problems[:3])}），为安全起见未打开，文件未作改动。",
            "; ".join(problems),
        )
