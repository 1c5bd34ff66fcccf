"""Store additions of session 15b."""

from __future__ import annotations

from models.store import Store
from tests.models.conftest import add_plain_text


def test_ids_lists_every_document_oldest_first(store: Store) -> None:
    made = [add_plain_text(store, f"第{i}份。", title=f"报告{i}") for i in range(3)]
    store.documents.delete(made[1])
    assert store.documents.ids() == [made[0], made[2]] == [d.id for d in store.documents.all()]
