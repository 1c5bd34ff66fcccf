"""Undoable user edits: each QUndoCommand holds ids and before/after values, never widgets.

``redo()``/``undo()`` each make one domain call (``models.ops``) and broadcast the
resulting ``Changes`` through ``Project.emit_changes``. A failing domain call marks
the command obsolete (the stack drops it) and shows the error.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from models import doc_fields, merge_undo, ops
from models.types import Annotation, Changes, FieldState, Tag
from ui.errors import present_error
from ui.project import Project

translate = QCoreApplication.translate


class DomainCommand(QUndoCommand):
    """Runs a step, broadcasting its changes; on failure marks itself obsolete and shows the error."""

    # an undo or redo of a step about one report shows that report; a merge or a tag's change stays where it is
    about_a_report = True

    def __init__(self, project: Project, text: str) -> None:
        super().__init__(text)
        self.project = project
        self.failed: BaseException | None = None
        self._pushed = False  # the stack's first redo() is the edit itself; later ones are Ctrl+Shift+Z

    def _step(self, fn: Any, *, replayed: str = "") -> None:
        try:
            changes = fn()
        except Exception as exc:
            self.failed = exc
            self.setObsolete(True)
            present_error(self.project.error_parent, exc)
            return
        self.project.emit_changes(changes, self)
        if replayed:  # Ctrl+Z / Ctrl+Shift+Z: the window shows what changed, even on a report not open
            shown = changes if self.about_a_report else Changes()
            self.project.step_replayed.emit(self.text(), shown, replayed == "undo")

    def redo(self) -> None:
        replayed = "redo" if self._pushed else ""
        self._pushed = True
        self._step(self._do, replayed=replayed)

    def undo(self) -> None:
        self._step(self._undo, replayed="undo")

    def _do(self) -> Changes:
        raise NotImplementedError

    def _undo(self) -> Changes:
        raise NotImplementedError


class CreateAnnotation(DomainCommand):
    """Tag a span; undo deletes it, redo restores the same id."""

    def __init__(
        self,
        project: Project,
        document_id: int,
        start: int,
        end: int,
        tag_id: int,
        *,
        note: str = "",
        attributes: Mapping[str, Any] | None = None,
        author: str = "",
    ) -> None:
        super().__init__(project, translate("commands", "添加标注"))
        self.args = (document_id, start, end, tag_id)
        self.options: dict[str, Any] = {"note": note, "attributes": dict(attributes or {}), "author": author}
        self.annotation: Annotation | None = None

    @property
    def annotation_id(self) -> int | None:
        return self.annotation.id if self.annotation else None

    def _do(self) -> Changes:
        store = self.project.store
        if self.annotation is None:
            self.annotation, changes = ops.create_annotation(store, *self.args, **self.options)
            return changes
        return ops.restore_annotation(store, self.annotation)

    def _undo(self) -> Changes:
        assert self.annotation is not None
        self.annotation, changes = ops.delete_annotation(self.project.store, self.annotation.id)
        return changes


class DeleteAnnotation(DomainCommand):
    """Delete an annotation; undo restores it under the same id."""

    def __init__(self, project: Project, annotation_id: int) -> None:
        super().__init__(project, translate("commands", "删除标注"))
        self.annotation_id = annotation_id
        self.annotation: Annotation | None = None

    def _do(self) -> Changes:
        self.annotation, changes = ops.delete_annotation(self.project.store, self.annotation_id)
        return changes

    def _undo(self) -> Changes:
        assert self.annotation is not None
        return ops.restore_annotation(self.project.store, self.annotation)


class _UpdateAnnotation(DomainCommand):
    field = ""

    def __init__(self, project: Project, annotation_id: int, before: Any, after: Any, text: str) -> None:
        super().__init__(project, text)
        self.annotation_id, self.before, self.after = annotation_id, before, after

    def _do(self) -> Changes:
        return ops.update_annotation(self.project.store, self.annotation_id, **{self.field: self.after})[1]

    def _undo(self) -> Changes:
        return ops.update_annotation(self.project.store, self.annotation_id, **{self.field: self.before})[1]


class RetagAnnotation(_UpdateAnnotation):
    field = "tag_id"

    def __init__(self, project: Project, annotation_id: int, before: int, after: int) -> None:
        super().__init__(project, annotation_id, before, after, translate("commands", "更改标签"))


class EditNote(_UpdateAnnotation):
    field = "note"

    def __init__(self, project: Project, annotation_id: int, before: str, after: str) -> None:
        super().__init__(project, annotation_id, before, after, translate("commands", "编辑备注"))


class EditAttributes(_UpdateAnnotation):
    field = "attributes"

    def __init__(
        self, project: Project, annotation_id: int, before: Mapping[str, Any], after: Mapping[str, Any]
    ) -> None:
        super().__init__(project, annotation_id, dict(before), dict(after), translate("commands", "编辑属性"))


class CreateTag(DomainCommand):
    """Add a tag to the schema; undo removes it, redo recreates it under the same id."""

    about_a_report = False

    def __init__(self, project: Project, name: str, color: str, **options: Any) -> None:
        super().__init__(project, translate("commands", "新建标签"))
        self.name, self.color, self.options = name, color, options
        self.tag: Tag | None = None

    def _do(self) -> Changes:
        options = dict(self.options)
        if self.tag is not None:
            options.update(tag_id=self.tag.id, position=self.tag.position)
        self.tag, changes = ops.create_tag(self.project.store, self.name, self.color, **options)
        return changes

    def _undo(self) -> Changes:
        assert self.tag is not None
        return ops.delete_tag(self.project.store, self.tag.id)[2]


class UpdateTag(DomainCommand):
    """Rename, recolour, move, reorder or re-key a tag (before/after hold only the changed fields)."""

    about_a_report = False

    def __init__(self, project: Project, tag_id: int, before: Mapping[str, Any], after: Mapping[str, Any]) -> None:
        super().__init__(project, translate("commands", "修改标签"))
        self.tag_id, self.before, self.after = tag_id, dict(before), dict(after)

    def _do(self) -> Changes:
        return ops.update_tag(self.project.store, self.tag_id, **self.after)[1]

    def _undo(self) -> Changes:
        return ops.update_tag(self.project.store, self.tag_id, **self.before)[1]


class DeleteTag(DomainCommand):
    """Delete a tag, moving its annotations to ``move_to`` or deleting them; undo puts all back."""

    about_a_report = False

    def __init__(
        self, project: Project, tag_id: int, *, move_to: int | None = None, delete_annotations: bool = False
    ) -> None:
        super().__init__(project, translate("commands", "删除标签"))
        self.tag_id, self.move_to, self.delete_annotations = tag_id, move_to, delete_annotations
        self.tag: Tag | None = None
        self.affected: list[Annotation] = []

    def _do(self) -> Changes:
        self.tag, self.affected, changes = ops.delete_tag(
            self.project.store, self.tag_id, move_to=self.move_to, delete_annotations=self.delete_annotations
        )
        return changes

    def _undo(self) -> Changes:
        assert self.tag is not None
        return _restore_tag(self.project, self.tag, self.affected, moved=self.move_to is not None)


def _restore_tag(project: Project, tag: Tag, affected: list[Annotation], *, moved: bool) -> Changes:
    """Recreate a deleted tag under its id and give its annotations back (one transaction)."""
    return ops.restore_tag(project.store, tag, affected, moved=moved)


class ApplyRepairs(DomainCommand):
    """Replace garbled characters by chosen repairs (display text only); undo puts back exactly what was there."""

    def __init__(self, project: Project, document_id: int, chosen: list[tuple[int, int, str]]) -> None:
        text = (
            translate("commands", "修复乱码")
            if len(chosen) == 1
            else translate("commands", "修复 {0} 处乱码").format(len(chosen))
        )
        super().__init__(project, text)
        self.document_id = document_id
        self.chosen = list(chosen)
        self.records: Any = ()

    def _do(self) -> Changes:
        changes, self.records = ops.apply_repairs(self.project.store, self.document_id, self.chosen)
        return changes

    def _undo(self) -> Changes:
        return ops.revert_repairs(self.project.store, self.records)


class MergeTwinAnnotations(DomainCommand):
    """Merge the project's twin annotations; undo puts every one back as it was, under its id."""

    about_a_report = False

    def __init__(self, project: Project) -> None:
        super().__init__(project, translate("commands", "合并重复标注"))
        self.merges: list[Any] = []

    def _do(self) -> Changes:
        self.merges, changes = ops.merge_twin_annotations(self.project.store)
        return changes

    def _undo(self) -> Changes:
        return ops.unmerge_twin_annotations(self.project.store, self.merges)


class MergeProject(DomainCommand):
    """A colleague's project merged in (by a background task, already done when pushed); undo puts the project
    back exactly as it was before, as long as nothing changed after the merge (else it says why not)."""

    about_a_report = False

    def __init__(self, project: Project, undo: merge_undo.MergeUndo) -> None:
        super().__init__(project, translate("commands", "合并“{0}”").format(undo.name))
        self.record = undo
        self._done = True  # the task merged already: the stack's first redo() has nothing to do
        self._pushed = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        super().redo()

    def _do(self) -> Changes:
        return merge_undo.redo_merge(self.project.store, self.record)

    def _undo(self) -> Changes:
        # suggestions for the merged reports may still be on their way: a worker must not write after the copy
        self.project.tasks.wait_idle(60000)
        return merge_undo.undo_merge(self.project.store, self.record)


class SetDocumentField(DomainCommand):
    """The clerk's title, issuer, date or 文号 of a report; undo puts the value and the reader's mark back."""

    def __init__(self, project: Project, document_id: int, name: str, text: str) -> None:
        labels = {
            "title": translate("commands", "修改标题"),
            "issuer": translate("commands", "修改发布机构"),
            "date": translate("commands", "修改日期"),
            "doc_number": translate("commands", "修改文号"),
        }
        super().__init__(project, labels.get(name, translate("commands", "修改文档信息")))
        self.document_id, self.name, self.typed = document_id, name, text
        self.before: FieldState | None = None

    def _do(self) -> Changes:
        before, changes = doc_fields.set_document_field(self.project.store, self.document_id, self.name, self.typed)
        if self.before is None:  # a redo after undo must not take the clerk's own value as "before"
            self.before = before
        return changes

    def _undo(self) -> Changes:
        assert self.before is not None
        return doc_fields.restore_document_field(self.project.store, self.document_id, self.before)
