"""Ctrl+Z / Ctrl+Shift+Z show what they changed: the report the step was on, and a status line naming the step.

The undo stack is the project's, not the report's: a clerk who edited one report's date and moved on to the next
undoes that date with Ctrl+Z. Without this the report she is reading stayed on screen and nothing said a step
elsewhere was taken back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from models.types import Changes

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class UndoFollower(QObject):
    """Opens the one report an undone or redone step changed (when it is not the one shown) and says the step."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        window.project.step_replayed.connect(self._on_project_step_replayed)

    def _on_project_step_replayed(self, text: str, changes: Changes, undone: bool) -> None:
        w = self.window
        store = w.store
        docs = sorted(d for d in changes.documents if store.documents.has(d))
        shown = w.current_document_id()
        if len(docs) == 1 and docs[0] != shown:  # a merge or a tag's removal touches many: the clerk stays
            doc_id = docs[0]
            here = sorted(
                a.start
                for a in (store.annotations.get(i) for i in changes.annotations if store.annotations.has(i))
                if a.document_id == doc_id
            )
            w.open_document(doc_id, here[0] if here else None)
            title = store.documents.get(doc_id).title or store.documents.get(doc_id).source_name
            said = self.tr("已撤销：{0}（{1}）") if undone else self.tr("已重做：{0}（{1}）")
            w.show_status(said.format(text, title))
            return
        w.show_status((self.tr("已撤销：{0}") if undone else self.tr("已重做：{0}")).format(text))
