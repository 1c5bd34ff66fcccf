"""How the main window's core panels follow the open report and each other (the window's own wiring).

The document view, outline, library, tag palette, 信息 panel and annotation table know nothing of each
other: ``PanelLinks`` connects their signals, turns an edit in one into a domain call or an undo step,
and refreshes the others from the one project-wide ``changes_applied`` broadcast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from models import ops
from models.types import Annotation, Changes, Document

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class PanelLinks(QObject):
    """Connects the core panels of ``window``; lives as long as the window (its child)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._connect()

    def _connect(self) -> None:
        w = self.window
        a, view = w.annotator, w.document_view()
        a.document_opened.connect(self._on_annotator_document_opened)
        a.document_closed.connect(self._on_annotator_document_closed)
        a.message_posted.connect(w.show_status)
        a.annotations_updated.connect(self._on_annotator_annotations_updated)
        view.message_posted.connect(w.show_status)
        view.annotation_selected.connect(w.table.select_annotation)
        view.annotation_selected.connect(self._on_view_annotation_selected)
        view.reading_position_changed.connect(w.outline.highlight_offset)
        view.reading_position_changed.connect(w.remember_reading)
        w.outline.section_activated.connect(self._on_outline_section_activated)
        w.library.document_activated.connect(w.open_document)
        w.library.files_dropped.connect(w.import_paths)
        w.tag_palette.tag_clicked.connect(a.apply_tag)
        w.tag_palette.edit_requested.connect(w.edit_tags)
        w.table.annotation_activated.connect(self._on_table_annotation_activated)
        w.table.delete_requested.connect(a.delete_annotation)
        w.table.note_requested.connect(a.edit_note)
        w.table.fields_edited.connect(a.edit_fields)
        w.library.delete_requested.connect(w.delete_document)
        w.library.edit_info_requested.connect(w.edit_report_info)
        w.info.suspect_activated.connect(self._on_info_suspect_activated)
        w.info.memo_edited.connect(self._on_info_memo_edited)
        w.info.repairs_requested.connect(self._on_info_repairs_requested)
        w.info.field_edited.connect(self._on_info_field_edited)
        w.info.tasks = w.tasks
        w.project.changes_applied.connect(self._on_project_changes_applied)

    def _on_annotator_document_opened(self, doc_id: int) -> None:
        w = self.window
        store = w.store
        sections = w.document_view().sections()
        w.outline.set_sections(sections)
        w.info.set_document(store.documents.get(doc_id), store.documents.suspects(doc_id))
        w.table.set_content(w.document_view().annotations(), sections)
        w.library.select_document(doc_id)
        w.remember_reading()
        w.refresh_title()
        w.document_opened.emit(doc_id)

    def _on_view_annotation_selected(self, annotation_id: int) -> None:
        w = self.window
        ann = w.document_view().annotation(annotation_id)
        if ann is None:
            return
        tag = next((t for t in w.annotator.tags() if t.id == ann.tag_id), None)
        text = ann.text if len(ann.text) <= 30 else ann.text[:30] + "…"
        hint = self.tr("按数字键改标签，Enter 编辑备注，Del 删除")
        w.show_status(f"{tag.name if tag else ''}：{text}    {hint}")

    def _on_annotator_document_closed(self) -> None:
        w = self.window
        w.outline.set_sections(())
        w.info.set_document(None)
        w.table.set_content([], ())
        w.refresh_title()

    def _on_outline_section_activated(self, offset: int) -> None:
        w = self.window
        w.document_view().scroll_to_offset(offset)
        w.document_view().setFocus()

    def _on_table_annotation_activated(self, annotation_id: int) -> None:
        w = self.window
        w.document_view().select_annotation(annotation_id, scroll=True)
        w.document_view().setFocus()

    def _on_info_suspect_activated(self, start: int, end: int) -> None:
        w = self.window
        w.document_view().scroll_to_offset(start, select_to=end, top=False)
        w.document_view().setFocus()

    def _on_info_repairs_requested(self, chosen: list[tuple[int, int, str]]) -> None:
        w = self.window
        from ui.commands import ApplyRepairs

        doc_id = w.current_document_id()
        if doc_id and chosen:
            w.undo_stack.push(ApplyRepairs(w.project, doc_id, chosen))

    def _on_info_field_edited(self, doc_id: int, name: str, text: str) -> None:
        w = self.window
        from ui.commands import SetDocumentField

        if w.store.documents.has(doc_id):
            w.undo_stack.push(SetDocumentField(w.project, doc_id, name, text))

    def _on_info_memo_edited(self, doc_id: int, text: str) -> None:
        w = self.window
        if w.store.documents.has(doc_id):
            w.project.emit_changes(ops.set_memo(w.store, doc_id, text), w.info)

    def _on_project_changes_applied(self, changes: Changes, initiator: object) -> None:
        w = self.window
        store = w.store
        if changes.tags:
            tags = store.tags.all()
            w.tag_palette.set_tags(tags)
            w.table.set_tags(tags)
        renamed = self._renamed_in_place(changes.documents) if initiator is not w.info else []
        if renamed:
            w.library.update_documents(renamed)  # a title, issuer or date chosen: those rows only
        elif changes.documents and initiator is not w.info and self._library_is_stale(changes.documents):
            w.library.set_documents(store.documents.all())
            if not w.current_document_id() and w.library.document_ids():
                w.open_document(w.library.document_ids()[0])
        current = w.current_document_id()
        if current in changes.documents and initiator is not w.info and store.documents.has(current):
            w.info.update_fields(store.documents.get(current))  # a chosen title, or its undo
            w.refresh_title()

    def _on_annotator_annotations_updated(self, upserted: list[Annotation], removed: list[int]) -> None:
        w = self.window
        w.table.apply(upserted, set(removed))
        w.table.select_annotation(w.document_view().selected_annotation_id())

    def _renamed_in_place(self, doc_ids: frozenset[int]) -> list[Document]:
        """The changed reports when each is still listed and still in the project (a rename, not an import or a
        deletion): the ones whose row shows something else now; [] otherwise."""
        store, library = self.window.store, self.window.library
        if not doc_ids or not all(store.documents.has(d) and library.shown_document(d) for d in doc_ids):
            return []
        docs = [store.documents.get(d) for d in sorted(doc_ids)]
        return [d for d in docs if d != library.shown_document(d.id)]

    def _library_is_stale(self, doc_ids: frozenset[int]) -> bool:
        w = self.window
        """Whether a change touched what the library lists; tagging a span does not (no re-read of 1,000 rows)."""
        store = w.store
        for doc_id in doc_ids:
            shown = w.library.shown_document(doc_id)
            if not store.documents.has(doc_id):
                if shown is not None:
                    return True
            elif shown is None or store.documents.get(doc_id) != shown:
                return True
        return False
