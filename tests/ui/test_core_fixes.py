"""Regression tests for fixes in the GUI core after the first integration."""

from __future__ import annotations

import pytest

from models import ops
from models.types import Changes


@pytest.mark.parametrize("status", ["suggested", "rejected", "unplaced"])
def test_only_accepted_annotations_become_highlights_and_table_rows(window, status):
    store, view = window.store, window.document_view()
    doc_id = window.current_document_id()
    tag = store.list_tags()[0]
    text = view.document_text.display_text
    start = text.index("全年")
    ann = store.add_annotation(doc_id, start, start + 4, tag.id, status=status)
    accepted, _ = ops.create_annotation(store, doc_id, start + 6, start + 9, tag.id)
    window.project.emit_changes(Changes(annotations=frozenset({ann.id, accepted.id})), None)
    assert view.annotation(ann.id) is None
    assert view.annotation(accepted.id) is not None
    assert window.table.model.rowCount() == 1
    # an accepted one that goes back to another status leaves the view and the table too
    window.project.emit_changes(ops.set_annotation_statuses(store, {accepted.id: status}), None)
    assert view.annotation(accepted.id) is None
    assert window.table.model.rowCount() == 0
