"""One open project: its store (GUI-thread connection), undo stack, task runner and change broadcast."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from models import ops
from models.store import Store
from models.store.window_lock import WindowLock
from models.types import Changes
from ui.tasks import TaskRunner


class Project(QObject):
    """Everything one open project file owns on the GUI side.

    ``changes_applied(changes, initiator)`` is the one app-wide broadcast: every
    view refreshes what it shows, and may ignore changes it initiated itself.
    """

    changes_applied = Signal(object, object)
    edit_refused = Signal()  # an edit was refused: the project is open read-only
    step_replayed = Signal(str, object, bool)  # an undo (True) or redo (False): its text and its Changes

    def __init__(
        self, path: Path, *, seed: bool = False, readonly: bool = False, parent_widget: QWidget | None = None
    ) -> None:
        super().__init__(parent_widget)
        self.path = Path(path)
        self.readonly = readonly  # a read-only folder or share: read, search, export, compare; never written
        # one window per project (ui/safety/in_use.py): raises ProjectInUse when another window has it
        self.lock = WindowLock.acquire(self.path)
        # a new project's sample reports are read after the window is up (MainWindow.import_samples), not here:
        # reading them (and building jieba's dictionary cache on a first run) kept the first window away for ~31 s
        self.samples_wanted = seed and not self.path.exists() and not readonly
        try:
            self.store: Store = ops.open_project(self.path, readonly=readonly)
        except BaseException:
            self.lock.release()
            raise
        self.undo_stack = _UndoStack(self)
        self.tasks = TaskRunner(self.path, parent_widget, broadcast=self.emit_changes, readonly=readonly)
        self.error_parent = parent_widget
        self._scratch: tempfile.TemporaryDirectory[str] | None = None

    def scratch_dir(self) -> Path:
        """A private folder for this project's undo snapshots (a merge's); removed when the project closes."""
        if self._scratch is None:
            self._scratch = tempfile.TemporaryDirectory(prefix="reportmark-undo-")
        return Path(self._scratch.name)

    def emit_changes(self, changes: Changes, initiator: Any = None) -> None:
        if changes:
            self.changes_applied.emit(changes, initiator)

    def close(self) -> None:
        self.tasks.shutdown()
        if not self.readonly:
            self.store.checkpoint()  # the file is whole even when another program still has it open
        self.undo_stack.clear()
        self.store.close()
        self.lock.release()
        if self._scratch is not None:
            self._scratch.cleanup()
            self._scratch = None


class _UndoStack(QUndoStack):
    """The project's undo stack; on a read-only project an edit is refused (``Project.edit_refused``), never run."""

    def __init__(self, project: Project) -> None:
        super().__init__(project)
        self._project = project

    def push(self, cmd: QUndoCommand) -> None:
        if self._project.readonly:
            self._project.edit_refused.emit()
            return
        super().push(cmd)
