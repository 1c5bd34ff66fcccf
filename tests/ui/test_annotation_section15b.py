"""The annotation list's section cell: which (一) a tag is under, when every part of a long report has a (一)."""

from __future__ import annotations

from models import ops
from tests.ui.conftest import make_window


def test_the_section_cell_names_the_whole_path_of_a_tag_in_a_subsection(qtbot, seed_project, dialogs) -> None:  # type: ignore[no-untyped-def]
    store = ops.open_project(seed_project)
    doc = store.documents.all()[0]
    parent = next(s for s in store.documents.sections(doc.id) if s.children)
    child = parent.children[0]
    text = store.documents.display_text(doc.id)
    start = text.index("\n", child.start) + 1  # the first line of the subsection's body
    tag = store.tags.all()[0]
    ops.create_annotation(store, doc.id, start, start + 4, tag.id)
    store.close()

    window = make_window(qtbot, seed_project)
    model = window.table.model
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    index = model.index(0, 2)
    from PySide6.QtCore import Qt

    shown, tip = index.data(Qt.ItemDataRole.DisplayRole), index.data(Qt.ItemDataRole.ToolTipRole)
    assert child.label in shown  # the narrow cell keeps the innermost heading
    assert parent.label in tip and child.label in tip  # the tip says under which part it is
    assert tip.index(parent.label) < tip.index(child.label)
