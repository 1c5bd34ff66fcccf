"""The project store: the only package that touches SQLite (through sqlite-utils).

``Store`` is assembled from one mixin per table group so each file stays small;
every public method returns dataclasses from ``models.types``.
"""

from __future__ import annotations

from models.store.annotations import AnnotationsMixin
from models.store.base import StoreBase
from models.store.documents import DocumentsMixin
from models.store.search import SearchMixin
from models.store.tags import TagsMixin


class Store(SearchMixin, DocumentsMixin, TagsMixin, AnnotationsMixin, StoreBase):
    """A ReportMark project file (or an in-memory project for tests)."""


__all__ = ["Store"]
