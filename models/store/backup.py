"""Rotating backups of a project file through SQLite's online backup API."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from models.errors import StoreError

KEEP = 5


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


def make_backup(conn: sqlite3.Connection, project: Path, *, keep: int = KEEP) -> Path:
    """Copy the live database (consistent snapshot, WAL included) and drop the oldest copies."""
    folder = backup_dir(project)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{project.stem}-{stamp}.reportmark"
    partial = target.with_suffix(".partial")
    try:
        dest = sqlite3.connect(partial)
        try:
            conn.backup(dest)
        finally:
            dest.close()
        partial.replace(target)
    except (sqlite3.Error, OSError) as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise StoreError(f"无法备份项目“{project.name}”：{exc}", str(exc)) from exc
    for old in list_backups(project)[keep:]:
        with contextlib.suppress(OSError):
            old.unlink()
    return target


def list_backups(project: Path) -> list[Path]:
    """Backups of ``project``, newest first."""
    folder = backup_dir(project)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{project.stem}-*.reportmark"), reverse=True)


def latest_good_backup(project: Path) -> Path | None:
    return next((b for b in list_backups(project) if is_good_project(b)), None)


def restore_backup(backup: Path, project: Path) -> None:
    """Replace ``project`` by ``backup``; the damaged file is kept beside it as ``*.damaged``."""
    if project.exists():
        damaged = project.with_name(project.name + f".damaged-{datetime.now(UTC):%Y%m%dT%H%M%S}")
        project.replace(damaged)
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(OSError):
            project.with_name(project.name + suffix).unlink()
    src = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(project)
        try:
            src.backup(dest)
        finally:
            dest.close()
    finally:
        src.close()
