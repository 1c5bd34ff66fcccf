"""One-line messages for the disk and lock failures of a project file (full disk, read-only, locked)."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

from models.errors import StoreError

# What the disk or SQLite raise about the project file (as opposed to a bug): for ``except`` clauses outside
# the store, which never import sqlite3 themselves.
STORAGE_ERRORS: tuple[type[BaseException], ...] = (sqlite3.Error, OSError)


class ProjectLocked(StoreError):
    """Another program holds the project file's write lock."""


class ProjectReadOnly(StoreError):
    """The project file or its folder cannot be written."""


class DiskFull(StoreError):
    """There is no room left on the disk."""


def store_error_for(exc: BaseException, path: Path | None, action: str = "保存") -> StoreError:
    """Turn an OSError or sqlite3 error into a StoreError with one plain sentence, or a generic one.

    Args:
        action: what was being done, in Chinese (保存, 打开, 备份, 导出 …).
    """
    quoted = f"“{path.name}”" if path is not None else ""
    name = quoted or "项目"  # “p.reportmark”, or just 项目 when the caller does not know the file
    project = f"项目{quoted}"
    detail = f"{type(exc).__name__}: {exc}"
    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC or exc.errno == errno.EDQUOT:
            return DiskFull(f"磁盘空间已满，无法{action}{name}。请清理磁盘后再试。", detail)
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return ProjectReadOnly(f"{name}或其所在文件夹是只读的，无法{action}。请检查文件权限。", detail)
        return StoreError(f"无法{action}{name}：{exc.strerror or exc}。", detail)
    text = str(exc).lower()
    code = getattr(exc, "sqlite_errorcode", None)
    if path is not None and not _writable(path) and "locked" not in text:
        return ProjectReadOnly(f"{project}或其所在文件夹是只读的，无法{action}。请检查文件权限。", detail)
    if "locked" in text or "busy" in text or code in (5, 6):
        return ProjectLocked(f"另一个程序正在使用{project}，暂时无法{action}。请关闭它后再试。", detail)
    if "readonly" in text or "read-only" in text or code == 8:
        return ProjectReadOnly(f"{project}或其所在文件夹是只读的，无法{action}。请检查文件权限。", detail)
    if "full" in text or code == 13:
        return DiskFull(f"磁盘空间已满，无法{action}{project}。请清理磁盘后再试。", detail)
    if "unable to open" in text or code == 14:
        return StoreError(f"无法{action}{project}：无法打开文件，请检查文件夹是否存在且可写。", detail)
    return StoreError(f"无法{action}{project}：文件已损坏或不是报告标注项目。", detail)


def _writable(path: Path) -> bool:
    """False when the file, or the folder it lives (or would live) in, refuses writing (access(2) with W_OK)."""
    try:
        if path.exists():
            return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
        return os.access(path.parent, os.W_OK) if path.parent.exists() else True
    except OSError:
        return True


def is_not_damage(exc: StoreError) -> bool:
    """True when the file is fine but cannot be used now (locked, read-only, disk full)."""
    return isinstance(exc, ProjectLocked | ProjectReadOnly | DiskFull)
