"""Undoable review steps: accept or reject suggestions (ids + before/after status, never widgets)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from models import ops
from models.types import Changes
from ui import settings
from ui.commands import DomainCommand
from ui.project import Project
from ui.review.queue import ACCEPTED, REJECTED

translate = QCoreApplication.translate


class SetReviewStatus(DomainCommand):
    """Move suggestions to ``after`` ("accepted"/"rejected"); undo puts each back to its status before.

    ``last_step`` is "redo" or "undo", so the review panel can follow the clerk: after an
    undo the restored suggestion becomes current again.
    """

    def __init__(self, project: Project, annotation_ids: Iterable[int], after: str, text: str = "") -> None:
        ids = list(dict.fromkeys(annotation_ids))
        if not text:
            text = _label(after, len(ids))
        super().__init__(project, text)
        self.after = after
        store = project.store
        # before values are read now (the GUI thread's store), not at redo time
        anns = [store.annotations.get(i) for i in ids if store.annotations.has(i)]
        self.before = {a.id: a.status for a in anns}
        self.before_authors = {a.id: a.author for a in anns}
        # an accepted suggestion is credited to the clerk who accepted it, not to the suggester
        self.reviewer = settings.author() if after == ACCEPTED else ""
        self.last_step = ""

    @property
    def annotation_ids(self) -> list[int]:
        return list(self.before)

    def _apply(self, statuses: dict[int, str], authors: dict[int, str]) -> Changes:
        # one domain call, one transaction: a section accepted at once is undone at once
        return ops.set_annotation_statuses(self.project.store, statuses, authors=authors)

    def _do(self) -> Changes:
        self.last_step = "redo"
        authors = dict.fromkeys(self.before, self.reviewer) if self.reviewer else {}
        return self._apply(dict.fromkeys(self.before, self.after), authors)

    def _undo(self) -> Changes:
        self.last_step = "undo"
        return self._apply(dict(self.before), dict(self.before_authors) if self.reviewer else {})


def _label(after: str, count: int) -> str:
    if after == ACCEPTED:
        return translate("review", "接受建议") if count == 1 else translate("review", "接受 {0} 条建议").format(count)
    if after == REJECTED:
        return translate("review", "拒绝建议") if count == 1 else translate("review", "拒绝 {0} 条建议").format(count)
    return translate("review", "更改建议状态")
