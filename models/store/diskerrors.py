"""One-line messages for the disk and lock failures of a project file (full disk, read-only, locked)."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

from models.errors import StoreError, message

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
    what = _ACTIONS.get(action, action)
    # “p.reportmark”, or just 项目 when the caller does not know the file
    name = message("“{0}”", path.name) if path is not None else message("项目")
    project = message("项目“{0}”", path.name) if path is not None else message("项目")
    detail = f"{type(exc).__name__}: {exc}"
    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC or exc.errno == errno.EDQUOT:
            return DiskFull(message("磁盘空间已满，无法{0}{1}。请清理磁盘后再试。", what, name), detail)
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return ProjectReadOnly(message("{0}或其所在文件夹是只读的，无法{1}。请检查文件权限。", name, what), detail)
        return StoreError(message("无法{0}{1}：{2}。", what, name, exc.strerror or str(exc)), detail)
    text = str(exc).lower()
    code = getattr(exc, "sqlite_errorcode", None)
    if path is not None and not _writable(path) and "locked" not in text:
        return ProjectReadOnly(message("{0}或其所在文件夹是只读的，无法{1}。请检查文件权限。", project, what), detail)
    if "locked" in text or "busy" in text or code in (5, 6):
        return ProjectLocked(message("另一个程序正在使用{0}，暂时无法{1}。请关闭它后再试。", project, what), detail)
    if "readonly" in text or "read-only" in text or code == 8:
        return ProjectReadOnly(message("{0}或其所在文件夹是只读的，无法{1}。请检查文件权限。", project, what), detail)
    if "full" in text or code == 13:
        return DiskFull(message("磁盘空间已满，无法{0}{1}。请清理磁盘后再试。", what, project), detail)
    if "unable to open" in text or code == 14:
        return StoreError(message("无法{0}{1}：无法打开文件，请检查文件夹是否存在且可写。", what, project), detail)
    return StoreError(message("无法{0}{1}：文件已损坏或不是报告标注项目。", what, project), detail)


# the actions callers name, as messages (their English is in the catalogue like every other)
_ACTIONS = {"保存": message("保存"), "打开": message("打开"), "备份": message("备份"), "导出": message("导出")}


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
