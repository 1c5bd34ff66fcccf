"""The document controller: opens documents into the view and turns the clerk's gestures into undo commands."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog, QWidget

from models.errors import ReportMarkError
from models.hand_tags import BARE_NUMBER, INDICATOR_TAG, statement_spans
from models.ingest.repair_apply import repaired_marks
from models.types import Annotation, AnnotationStatus, Changes, Tag
from ui import commands, settings
from ui.document_view import note_dialog
from ui.document_view.view import DocumentView
from ui.project import Project

_EDGE_PUNCT = frozenset("，,。；;、：:！!？?")
_QUOTES = {"“": "”", "‘": "’", "「": "」", "『": "』", "《": "》", "（": "）", "(": ")", '"': '"'}
_CLOSERS = {close: open_ for open_, close in _QUOTES.items()}


def trim_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``[start, end)`` shrunk past whitespace, edge punctuation and quotes left unpaired; None when nothing is left."""
    while start < end:
        first, last = text[start], text[end - 1]
        inner = text[start:end]
        if first.isspace() or first in _EDGE_PUNCT or (first in _CLOSERS and first not in _QUOTES):
            start += 1
        elif last.isspace() or last in _EDGE_PUNCT or (last in _QUOTES and last not in _CLOSERS):
            end -= 1
        elif first in _QUOTES and _QUOTES[first] not in inner[1:]:
            start += 1
        elif last in _CLOSERS and _CLOSERS[last] not in inner[:-1]:
            end -= 1
        else:
            return start, end
    return None


class Annotator(QObject):
    """Keeps ``view`` showing the current document and in step with ``changes_applied``.

    Views that show what the document view shows listen to the annotator, not to
    ``changes_applied``, so they act after the view is in step (never by connection order):
    ``annotations_updated(upserted, removed)`` names the view's own changes (accepted
    annotations of the open document, and ids that left it); ``changes_shown(changes,
    initiator)`` follows every broadcast once the view has taken it in.
    """

    document_opened = Signal(int)
    document_closed = Signal()
    message_posted = Signal(str)
    annotations_updated = Signal(list, list)  # list[Annotation] upserted, list[int] removed
    changes_shown = Signal(object, object)  # Changes, initiator

    def __init__(self, project: Project, view: DocumentView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project, self.view = project, view
        self._doc_id = 0
        self._replaced = 0  # pending suggestions the last hand tag took the place of
        self._tags: list[Tag] = project.store.tags.all()
        view.tag_key_pressed.connect(self._on_view_tag_key_pressed)
        view.tag_chosen.connect(self.apply_tag)
        view.delete_requested.connect(self.delete_annotation)
        view.note_requested.connect(self.edit_note)
        project.changes_applied.connect(self._on_project_changes_applied)

    # documents -----------------------------------------------------------
    def current_document_id(self) -> int:
        return self._doc_id

    def open_document(self, doc_id: int, offset: int | None = None, end: int | None = None) -> None:
        """Show ``doc_id`` (no-op if already shown) and scroll/select at a display offset."""
        store = self.project.store
        if doc_id != self._doc_id:
            if not store.documents.has(doc_id):
                return
            self._doc_id = doc_id
            text = store.documents.text(doc_id)
            self.view.load(
                text,
                store.documents.sections(doc_id),
                # repaired garbles are marked like suspects, the garble in their tooltip (lead's ruling, session 14)
                store.documents.suspects(doc_id)
                + repaired_marks(text.original_text, text.display_text, text.offset_map),
                store.annotations.iterate(doc_id),
                self._tags,
            )
            self.document_opened.emit(doc_id)
        if offset is not None:
            self.view.scroll_to_offset(offset, select_to=end, top=end is None)

    def _text_changed(self) -> bool:
        shown = self.view.document_text
        return shown is not None and shown.display_text != self.project.store.documents.display_text(self._doc_id)

    def reload_document(self) -> None:
        """Show the current document's new text (a repair changed it), at the same place."""
        doc_id = self._doc_id
        offset = self.view.reading_offset()
        self.close_document()
        length = len(self.project.store.documents.display_text(doc_id))
        self.open_document(doc_id, min(offset, max(0, length - 1)))

    def close_document(self) -> None:
        self._doc_id = 0
        self.view.clear_document()
        self.document_closed.emit()

    # gestures ------------------------------------------------------------
    def tags(self) -> list[Tag]:
        return list(self._tags)

    def _on_view_tag_key_pressed(self, key: str) -> None:
        tag = next((t for t in self._tags if t.key == key), None)
        if tag is None:
            self.message_posted.emit(self.tr("没有设置快捷键 {0} 的标签。").format(key))
            return
        self.apply_tag(tag.id)

    def apply_tag(self, tag_id: int) -> None:
        """Tag the selection, or retag the selected annotation when nothing is selected."""
        if not self._doc_id:
            self.message_posted.emit(self.tr("请先打开一篇文档。"))
            return
        if self.view.showing_original():
            self.message_posted.emit(self.tr("原文视图为只读，请切换回整理后的文本再标注。"))
            return
        if self.project.readonly:
            self.project.edit_refused.emit()
            return
        span = self.view.selected_span()
        if span is not None:
            self.create_annotation(span[0], span[1], tag_id)
            return
        ann = self.view.annotation(self.view.selected_annotation_id())
        if ann is not None:
            if ann.tag_id != tag_id:
                self.project.undo_stack.push(commands.RetagAnnotation(self.project, ann.id, ann.tag_id, tag_id))
            return
        self.message_posted.emit(self.tr("请先选中要标注的文字，或点击一处标注。"))

    def create_annotation(self, start: int, end: int, tag_id: int) -> int | None:
        """Tag display span ``[start, end)`` (trimmed by ``trim_span``); returns the new id."""
        if self.project.readonly:
            self.project.edit_refused.emit()
            return None
        text = self.view.document_text.display_text if self.view.document_text else ""
        trimmed = trim_span(text, start, end)
        if trimmed is None:
            self.message_posted.emit(self.tr("不能只标注空白或标点，请选中文字。"))
            return None
        start, end = trimmed
        tag = next((t for t in self._tags if t.id == tag_id), None)
        tag_name = tag.name if tag else ""
        twin = self._twin(start, end, tag_id) or self._holder(text, start, end, tag_id)
        statements: list[tuple[int, int]] = []
        if twin is not None and twin.status == AnnotationStatus.ACCEPTED:
            self._clear_selection()
            self.view.select_annotation(twin.id)
            self.message_posted.emit(self.tr("这段文字已标注为“{0}”。").format(tag_name))
            return twin.id
        if twin is not None:
            # the suggester found the same figure: accept it rather than add a twin that exports would count twice
            from ui.review.commands import SetReviewStatus

            accept = SetReviewStatus(self.project, [twin.id], AnnotationStatus.ACCEPTED, self.tr("添加标注"))
            self.project.undo_stack.push(accept)
            ann_id: int | None = None if accept.failed else twin.id
        else:
            self._replaced = 0
            # a sentence of several figures is read as its first; only that one's suggestions make way
            statements = statement_spans(text, start, end) if tag_name == INDICATOR_TAG else []
            first = statements[0] if len(statements) > 1 else (start, end)
            ann_id = self._tag_replacing(start, end, tag_id, replacing=first)
        if ann_id is None:
            return None
        self._clear_selection()
        self.view.select_annotation(ann_id)
        message = self.tr("已标注为“{0}”：{1}").format(tag_name, text[start:end][:30])
        if twin is None and self._replaced:
            message += self.tr("（取代了此处 {0} 条待审建议）").format(self._replaced)
        if twin is None and len(statements) > 1:
            first_text = text[statements[0][0] : statements[0][1]]
            message = self.tr(
                "这句话有 {0} 个数字，已按第一个记为指标：{1}。其余请分别选中标注或在审阅中接受。"
            ).format(len(statements), first_text[:30])
        self.message_posted.emit(message)
        return ann_id

    def _tag_replacing(self, start: int, end: int, tag_id: int, *, replacing: tuple[int, int]) -> int | None:
        """Add the clerk's tag; pending suggestions of the tag that overlap it are rejected.

        The clerk's tag takes the suggestion's place on the clerk's span, so it is no longer pending and
        exports count the figure once. Tag and rejection are one undo step.
        """
        from ui.review.commands import SetReviewStatus

        stack = self.project.undo_stack
        cmd = commands.CreateAnnotation(self.project, self._doc_id, start, end, tag_id, author=settings.author())
        replaced = self._nested_suggestions(*replacing, tag_id)
        if not replaced:
            stack.push(cmd)
            return cmd.annotation_id
        stack.beginMacro(cmd.text())
        stack.push(cmd)
        if cmd.failed is None:
            stack.push(SetReviewStatus(self.project, replaced, AnnotationStatus.REJECTED, cmd.text()))
        stack.endMacro()
        self._replaced = len(replaced) if cmd.failed is None else 0
        return cmd.annotation_id

    def _nested_suggestions(self, start: int, end: int, tag_id: int) -> list[int]:
        """Pending suggestions of this tag whose span overlaps ``[start, end)`` (holds it, lies in it, or crosses it).

        The clerk's span is the one kept: a suggestion it overlaps is the same figure read with other edges.
        """
        pending = self.project.store.annotations.iterate(
            self._doc_id, tag_ids=[tag_id], statuses=(AnnotationStatus.SUGGESTED,)
        )
        return [a.id for a in pending if a.start < end and start < a.end]

    def _twin(self, start: int, end: int, tag_id: int) -> Annotation | None:
        """An annotation (or pending suggestion) of this document with exactly this span and tag."""
        statuses = (AnnotationStatus.ACCEPTED, AnnotationStatus.SUGGESTED)
        same = self.project.store.annotations.iterate(self._doc_id, tag_ids=[tag_id], statuses=statuses)
        twins = [a for a in same if (a.start, a.end) == (start, end)]
        return min(twins, key=lambda a: a.status != AnnotationStatus.ACCEPTED, default=None)

    def _holder(self, text: str, start: int, end: int, tag_id: int) -> Annotation | None:
        """An accepted tag of this tag holding a bare number the clerk selected (2.08 of 2.08亿元): the same figure."""
        if not BARE_NUMBER.fullmatch(text[start:end]):
            return None
        same = self.project.store.annotations.iterate(self._doc_id, tag_ids=[tag_id])  # accepted ones
        return next((a for a in same if a.start <= start and end <= a.end), None)

    def _clear_selection(self) -> None:
        cursor = self.view.textCursor()
        cursor.clearSelection()
        self.view.setTextCursor(cursor)

    def delete_annotation(self, annotation_id: int) -> None:
        store = self.project.store
        if annotation_id and store.annotations.has(annotation_id):
            ann = store.annotations.get(annotation_id)
            tag = next((t.name for t in self.tags() if t.id == ann.tag_id), "")
            text = ann.text if len(ann.text) <= 30 else ann.text[:30] + "…"
            self.project.undo_stack.push(commands.DeleteAnnotation(self.project, annotation_id))
            # the status line described the selected annotation: say it is gone, and how to bring it back
            self.message_posted.emit(self.tr("已删除标注 {0}：{1}（Ctrl+Z 撤销）").format(tag, text))

    def edit_note(self, annotation_id: int) -> None:
        ann = self.view.annotation(annotation_id)
        if ann is None:
            return
        draft = ann.note
        while True:
            note = note_dialog.edit_note(self.view, ann.text, draft)
            if note is None or note == ann.note:
                return
            self.project.undo_stack.push(commands.EditNote(self.project, ann.id, ann.note, note))
            if self._saved_note(ann.id) in (note, None):
                return
            # not saved (disk full, project locked: the error was shown): the clerk's text comes back to save again
            draft = note

    def _saved_note(self, annotation_id: int) -> str | None:
        """The note the project holds, None when the annotation is gone or cannot be read."""
        try:
            store = self.project.store
            return store.annotations.get(annotation_id).note if store.annotations.has(annotation_id) else None
        except ReportMarkError:
            return None

    def set_note(self, annotation_id: int, note: str) -> None:
        ann = self.view.annotation(annotation_id)
        if ann is not None and note != ann.note:
            self.project.undo_stack.push(commands.EditNote(self.project, ann.id, ann.note, note))

    def edit_fields(self, annotation_id: int, fields: dict[str, str]) -> None:
        """Apply the clerk's typed texts (name, value, unit, change …) as one undoable edit.

        Read as the review panel reads them: numbers parsed, an empty text clears the
        attribute, and the base-unit value that compare and the 台账 use follows value and unit.
        """
        from ui.review.fields import edited_attributes

        ann = self.view.annotation(annotation_id)
        if ann is None:
            return
        after = edited_attributes(ann.attributes or {}, fields)
        if after != dict(ann.attributes or {}):
            self.project.undo_stack.push(commands.EditAttributes(self.project, ann.id, ann.attributes, after))

    def choose_tag(self) -> None:
        """Ask for a tag by name (keyboard users without a palette)."""
        names = [t.name for t in self._tags]
        name, ok = QInputDialog.getItem(self.view, self.tr("标注为"), self.tr("标签："), names, 0, False)
        if ok:
            self.apply_tag(self._tags[names.index(name)].id)

    # keeping in step -----------------------------------------------------
    def _on_project_changes_applied(self, changes: Changes, initiator: object) -> None:
        self._update_view(changes)
        self.changes_shown.emit(changes, initiator)

    def _update_view(self, changes: Changes) -> None:
        store = self.project.store
        if changes.tags:
            self._tags = store.tags.all()
            self.view.set_tags(self._tags)
        if not self._doc_id:
            return
        if self._doc_id in changes.documents and not store.documents.has(self._doc_id):
            self.close_document()
            return
        if self._doc_id in changes.documents and self._text_changed():
            self.reload_document()
            return
        upserted, removed = [], []
        for ann_id in changes.annotations:
            if store.annotations.has(ann_id):
                ann = store.annotations.get(ann_id)
                # only accepted annotations are highlights (as when a document is opened);
                # suggestions are drawn by the review screen as an overlay
                if ann.document_id == self._doc_id and ann.status == AnnotationStatus.ACCEPTED:
                    upserted.append(ann)
                    continue
            removed.append(ann_id)
        if upserted or removed:
            self.view.update_annotations(upserted, removed)
            self.annotations_updated.emit(upserted, removed)
