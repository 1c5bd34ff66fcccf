"""The project store: the only package that touches SQLite (through sqlite-utils).

``Store`` composes four parts over one connection: ``store.documents``, ``store.annotations``,
``store.tags`` and ``store.search``. A write that touches several (a document and its search
index) calls each explicitly inside one transaction. The ``store.get_document(…)``-style
methods below are one-line forwards to those parts, kept so the many callers in ``ui/`` and
``main.py`` did not all change at once; new code calls the parts.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any, Concatenate, ParamSpec, TypeVar

from models.store import share_guard
from models.store.annotations import AnnotationRow, Annotations
from models.store.base import Db, connect, connect_memory
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

    def data_version(self) -> int:
        """Changes when another connection commits (cheap poll for 'project changed on disk')."""
        return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    def close(self) -> None:
        guard, self._guard = self._guard, None
        share_guard.release(guard)
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def integrity_ok(self) -> bool:
        return bool(self.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok")

    atomic = _forward("_db", Db.atomic)
    write_transaction = _forward("_db", Db.write_transaction)

    # forwards to the parts (see the module docstring) ------------------------------
    add_document = _forward("documents", Documents.add)
    delete_document = _forward("documents", Documents.delete)
    replace_document_content = _forward("documents", Documents.replace_content)
    set_memo = _forward("documents", Documents.set_memo)
    set_title = _forward("documents", Documents.set_title)
    get_document = _forward("documents", Documents.get)
    has_document = _forward("documents", Documents.has)
    find_document_by_hash = _forward("documents", Documents.find_by_hash)
    find_document_by_display_text = _forward("documents", Documents.find_by_display_text)
    list_documents = _forward("documents", Documents.all)
    count_documents = _forward("documents", Documents.count)
    document_text = _forward("documents", Documents.text)
    display_text = _forward("documents", Documents.display_text)
    document_titles = _forward("documents", Documents.titles)
    sections = _forward("documents", Documents.sections)
    section_spans = _forward("documents", Documents.section_spans)
    suspects = _forward("documents", Documents.suspects)
    parsed_document = _forward("documents", Documents.parsed)

    list_tags = _forward("tags", Tags.all)
    get_tag = _forward("tags", Tags.get)
    find_tag = _forward("tags", Tags.find)
    add_tag = _forward("tags", Tags.add)
    update_tag = _forward("tags", Tags.update)
    reorder_tags = _forward("tags", Tags.reorder)
    tag_usage = _forward("tags", Tags.usage)
    child_tag_ids = _forward("tags", Tags.with_descendants)
    delete_tag = _forward("tags", Tags.delete)
    ensure_default_tags = _forward("tags", Tags.ensure_defaults)

    add_annotation = _forward("annotations", Annotations.add)
    add_annotations = _forward("annotations", Annotations.add_many)
    restore_annotation = _forward("annotations", Annotations.restore)
    get_annotation = _forward("annotations", Annotations.get)
    has_annotation = _forward("annotations", Annotations.has)
    update_annotation = _forward("annotations", Annotations.update)
    delete_annotation = _forward("annotations", Annotations.delete)
    list_annotations = _forward("annotations", Annotations.select)
    iter_annotations = _forward("annotations", Annotations.iterate)
    count_annotations = _forward("annotations", Annotations.count)
    count_filtered_annotations = _forward("annotations", Annotations.count_filtered)
    iter_annotation_rows = _forward("annotations", Annotations.rows)
    iter_annotation_rows_by_id = _forward("annotations", Annotations.rows_by_id)
    find_annotations = _forward("annotations", Annotations.find)

    ensure_search_index = _forward("search", SearchIndex.ensure)
    reindex_document = _forward("search", SearchIndex.reindex_document)
    rebuild_search_index = _forward("search", SearchIndex.rebuild)
    matching_document_ids = _forward("search", SearchIndex.matching_document_ids)
    cached_texts = _forward("search", SearchIndex.cached_texts)
    scan_documents = _forward("search", SearchIndex.scan_documents)


__all__ = ["AnnotationRow", "Annotations", "Documents", "SearchIndex", "Store", "Tags"]
