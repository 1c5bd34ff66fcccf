"""Rotating backups of a project file through SQLite's online backup API.

A backup is named ``<stem>-<sequence>-<UTC stamp>.reportmark``: the sequence, not the clock, orders them, so a
wrong clock cannot hide new backups. A project that fails ``PRAGMA quick_check`` is copied as
``<stem>-<sequence>d-<stamp>.reportmark`` (kept apart: it never pushes out a good backup) and the clerk is
told at once through ``ProjectDamaged``.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from models.errors import ProjectDamaged, StoreError
from models.leftovers import pid_alive
from models.store.diskerrors import store_error_for

KEEP = 5
_SEQ_WIDTH = 6


def backup_dir(project: Path) -> Path:
    """Backups live beside the project, in a folder named after it."""
    return project.parent / f".{project.name}.backups"


def is_good_project(path: Path) -> bool:
    """True when ``path`` opens as SQLite, passes integrity_check and has a documents table."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            ok = conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            has = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'documents'").fetchone() is not None
            return bool(ok and has)
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def quick_check(conn: sqlite3.Connection) -> str:
    """'ok', or the first problem ``PRAGMA quick_check`` reports (cheap: no index cross-checks)."""
    try:
        row = conn.execute("PRAGMA quick_check(1)").fetchone()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return str(row[0]) if row else "no answer"


def _pattern(project: Path) -> re.Pattern[str]:
    return re.compile(rf"^{re.escape(project.stem)}-(?:(\d{{{_SEQ_WIDTH},}})(d?)-)?(\d{{8}}T\d{{6,12}}Z)\.reportmark$")


def _entries(project: Path) -> list[tuple[int, float, bool, Path]]:
    """(sequence, mtime, damaged, path) of every backup; legacy names without a sequence get -1."""
    folder = backup_dir(project)
    if not folder.is_dir():
        return []
    pattern = _pattern(project)
    out = []
    for p in folder.iterdir():
        m = pattern.match(p.name)
        if m is None:
            continue
        try:
            mtime = p.stat().st_mtime
        except OSError:
            continue
        out.append((int(m.group(1)) if m.group(1) else -1, mtime, m.group(2) == "d", p))
    out.sort(key=lambda e: (e[0], e[1], e[3].name), reverse=True)
    return out


def list_backups(project: Path) -> list[Path]:
    """Backups of ``project``, newest first (by order of creation, not by the clock in the name)."""
    return [e[3] for e in _entries(project)]


def list_good_backups(project: Path) -> list[Path]:
    """Backups taken of a project that passed its check, newest first."""
    return [e[3] for e in _entries(project) if not e[2]]


def latest_good_backup(project: Path) -> Path | None:
    """The newest backup of ``project`` that passes the integrity check, if any."""
    return next((b for b in list_good_backups(project) if is_good_project(b)), None)


def clean_leftovers(project: Path) -> list[Path]:
    """Remove what killed backups left: ``.partial`` files of dead processes, ``-wal``/``-shm`` of gone backups."""
    folder = backup_dir(project)
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    for p in folder.iterdir():
        name = p.name
        stale = False
        if name.endswith(".partial"):
            parts = name.split(".")
            pid = parts[-2] if len(parts) >= 3 else ""
            stale = not (pid.isdigit() and pid_alive(int(pid)))
        elif name.endswith(("-wal", "-shm", "-journal")):
            stale = not folder.joinpath(name.rsplit("-", 1)[0]).exists()
        if stale:
            with contextlib.suppress(OSError):
                p.unlink()
                removed.append(p)
    return removed


def _unlink_backup(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            path.with_name(path.name + suffix).unlink()


def _rotate(project: Path, keep: int, just_made: Path) -> None:
    """Keep the newest ``keep`` backups and, separately, the newest ``keep`` good ones."""
    entries = _entries(project)
    newest = {e[3] for e in entries[:keep]}
    good = {e[3] for e in [e for e in entries if not e[2]][:keep]}
    for _, _, _, path in entries:
        if path not in newest and path not in good and path != just_made:
            _unlink_backup(path)


def make_backup(conn: sqlite3.Connection, project: Path, *, keep: int = KEEP) -> Path:
    """Copy the live database (consistent snapshot, WAL included) and drop the oldest copies.

    Raises:
        ProjectDamaged: the project fails its check; a copy was kept apart and no good backup was removed.
        StoreError: the backup could not be written.
    """
    folder = backup_dir(project)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise store_error_for(exc, project, "备份") from exc
    clean_leftovers(project)
    problem = quick_check(conn)
    damaged = problem != "ok"
    entries = _entries(project)
    seq = max((e[0] for e in entries), default=0) + 1
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{project.stem}-{seq:0{_SEQ_WIDTH}d}{'d' if damaged else ''}-{stamp}.reportmark"
    partial = folder / f"{target.name}.{os.getpid()}.partial"
    try:
        _backup_into(conn, partial)
        partial.replace(target)
    except sqlite3.DatabaseError as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        if damaged:
            raise _damaged(project, problem) from exc
        raise StoreError(f"无法备份项目“{project.name}”：{exc}", str(exc)) from exc
    except OSError as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise store_error_for(exc, project, "备份") from exc
    _rotate(project, keep, target)
    if damaged:
        raise _damaged(project, problem)
    if not target.exists():
        raise StoreError(f"无法备份项目“{project.name}”：备份文件写入后不见了。")
    return target


def _damaged(project: Path, problem: str) -> ProjectDamaged:
    good = latest_good_backup(project)
    message = f"项目文件“{project.name}”已损坏（完整性检查未通过），以前的完好备份都已保留。"
    if good is not None:
        message += f"请尽快从最近的完好备份（{good.name}）恢复。"
    return ProjectDamaged(message, good, problem)


def restore_backup(backup: Path, project: Path) -> None:
    """Replace ``project`` by ``backup``; the damaged file is kept beside it as ``*.damaged``."""
    if project.exists():
        damaged = project.with_name(project.name + f".damaged-{datetime.now(UTC):%Y%m%dT%H%M%S}")
        project.replace(damaged)
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(OSError):
            project.with_name(project.name + suffix).unlink()
    copy_database(backup, project)


def copy_database(source: Path, target: Path) -> None:
    """Copy the database file ``source`` (its last committed state, read-only) into ``target`` through SQLite's
    online backup API."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        _backup_into(src, target)
    finally:
        src.close()


def _backup_into(conn: sqlite3.Connection, target: Path) -> None:
    """Write the database behind ``conn`` into the file ``target`` through SQLite's online backup API."""
    dest = sqlite3.connect(target)
    try:
        conn.backup(dest)
    finally:
        dest.close()
