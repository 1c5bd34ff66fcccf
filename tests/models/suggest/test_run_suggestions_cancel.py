"""run_suggestions stops when cancelled and stores nothing."""

from __future__ import annotations

import pytest

from models import ops
from models.errors import Cancelled
from models.store import Store
from models.suggest import run_suggestions
from tests.models.conftest import SEED_SIMPLIFIED


def test_cancel_before_storing_leaves_the_document_untouched(store: Store) -> None:
    ops.import_files(store, [SEED_SIMPLIFIED])
    doc = store.documents.all()[0]
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 2  # let two detectors run, then cancel

    with pytest.raises(Cancelled):
        run_suggestions(store, doc.id, cancelled=cancelled)
    assert store.annotations.count(doc.id, statuses=("suggested",)) == 0
    assert run_suggestions(store, doc.id, cancelled=lambda: False).annotations
