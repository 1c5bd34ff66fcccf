"""Turning the failures that are not bugs (disk, lock, depth, encoding) into one plain sentence for the clerk."""

from __future__ import annotations

from pathlib import Path

from models.errors import ReportMarkError


def explain(exc: BaseException, project: str | Path | None = None) -> ReportMarkError | None:
    """A ReportMarkError saying what happened, or None for a real bug (shown with the generic apology)."""
    project = Path(project) if project else None
    if isinstance(exc, ReportMarkError):
        return exc
    from models.store.diskerrors import STORAGE_ERRORS, store_error_for

    if isinstance(exc, STORAGE_ERRORS):
        return store_error_for(exc, project, "保存")
    if isinstance(exc, RecursionError):
        return ReportMarkError("内容的嵌套层次太深，无法处理。", repr(exc))
    if isinstance(exc, MemoryError):
        return ReportMarkError("内容太大，内存不足，操作没有完成。", repr(exc))
    if isinstance(exc, UnicodeError):
        return ReportMarkError("内容中有无法保存的字符（如孤立的代理码位），操作没有完成。", repr(exc))
    return None
