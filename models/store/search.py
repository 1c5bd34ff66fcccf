"""Full-text search over documents and annotations (placeholder until the search work lands)."""

from __future__ import annotations

from models.store.base import StoreBase


class SearchMixin(StoreBase):
    pass
