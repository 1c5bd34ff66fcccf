"""A note that could not be saved (disk full, project locked) comes back to the clerk instead of vanishing."""

from __future__ import annotations

import sqlite3

from models import ops
from tests.ui.conftest import make_window


def test_a_note_the_project_could_not_save_is_offered_again_with_its_text(
    qtbot, small_project, dialogs, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Seen on a full disk: 磁盘空间已满，无法保存项目 was shown, and the note just typed was gone."""
    from ui.document_view import note_dialog

    store = ops.open_project(small_project)
    doc = store.documents.all()[0]
    ann, _ = ops.create_annotation(store, doc.id, 0, 4, store.tags.all()[0].id)
    store.close()
    window = make_window(qtbot, small_project)
    window.store.conn.execute("PRAGMA busy_timeout = 0")

    offered: list[str] = []
    answers = iter(["第一行\n第二行：很长的说明" * 20, None])

    def clerk(parent, quoted, note):  # type: ignore[no-untyped-def]
        offered.append(note)
        return next(answers)

    monkeypatch.setattr(note_dialog, "edit_note", clerk)
    holder = sqlite3.connect(small_project, isolation_level=None)  # another program holds the project
    holder.execute("BEGIN IMMEDIATE")
    try:
        window.annotator.edit_note(ann.id)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert dialogs["errors"], "the clerk is told it was not saved"
    assert offered == ["", "第一行\n第二行：很长的说明" * 20]  # the typed note comes back to be saved again
    assert window.store.annotations.get(ann.id).note == ""
