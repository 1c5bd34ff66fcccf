"""A read-only project's undo stack refuses an edit (``edit_refused``) and never runs it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QUndoCommand


class _Edit(QUndoCommand):
    def __init__(self, ran: list[str]) -> None:
        super().__init__("标注")
        self.ran = ran

    def redo(self) -> None:
        self.ran.append("redo")


def test_an_edit_pushed_on_a_read_only_project_is_refused_not_run(qtbot, small_project: Path) -> None:  # type: ignore[no-untyped-def]
    from ui.project import Project

    project = Project(small_project, readonly=True)
    ran: list[str] = []
    try:
        with qtbot.waitSignal(project.edit_refused, timeout=1000):
            project.undo_stack.push(_Edit(ran))
        assert ran == [] and project.undo_stack.count() == 0
    finally:
        project.close()
