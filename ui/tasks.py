"""THE background-work mechanism: run ``fn(store, progress, cancelled)`` on a worker, results on the GUI thread.

Every long job (import, export, suggestions, comparison, search re-indexing) goes
through ``TaskRunner.run``; there are no ad-hoc QThreads elsewhere. The worker
opens its own ``Store`` on the project file (a sqlite3 connection belongs to its
thread) and closes it afterwards. ``fn`` never touches widgets: progress and
cancellation are plain callables.

The runner owns the hand-off back to the GUI thread, so callers keep no guards of their own:
- a result (or error, or progress) whose ``owner`` has been deleted is dropped, and the job
  is told to stop when its owner goes;
- a run started with the same ``owner`` and ``key`` as a running one replaces it: the older
  job is cancelled and whatever it delivers is dropped;
- ``Changes`` returned by ``fn`` (alone or inside a tuple), and the partial ``Changes`` a
  ``Cancelled`` carries, are broadcast to the project even when the callbacks are dropped:
  the data changed either way.

Workers hold no Qt object and never drop the last reference to anything the caller gave
(``fn`` and its closure, callbacks, owner, progress dialog). A worker is a plain Python thread
that holds only a ``_Job``: ``fn`` (also kept by the runner's ``_Task`` until the outcome is
delivered, and let go by the job before it posts), the project path, a ``threading.Event``
and a weak reference to its runner. It leaves its outcome in a module-level queue under a
lock, holding no reference to it afterwards, and wakes the GUI thread through ``_Mailbox``,
a QObject that lives as long as the application (no window owns it, so it cannot be deleted
while a worker emits). Everything else happens on the GUI thread: the queue is drained
there, so results, exceptions with their tracebacks (which hold ``fn``'s frames) and tasks
all die there. Before, a worker's ``QRunnable`` held the task and ``fn``; when it let go last,
a widget captured by ``fn`` or bound in a callback was deleted on the worker thread, and
the runner's relay could be deleted while a worker emitted on it: CI's rare "Fatal Python
error: Aborted" and "Bus error" in ``tests/ui/test_tasks.py``. An owner's death is seen by a
slot of the runner (a QObject-to-QObject connection that holds no Python callable) which
checks, on the GUI thread, which owners are no longer valid.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable, Hashable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_futures
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from models.errors import Cancelled, in_language
from models.store import Store
from models.types import Changes
from ui.task_hand_off import _DETACHED, _PROGRESSED, _SUCCEEDED, _Job, _mailbox, _take_posted, drain

__all__ = ["_DETACHED", "TaskRunner", "changes_in", "drain"]

TaskFn = Callable[[Store, Callable[[int, int, str], None], Callable[[], bool]], Any]
ProgressFn = Callable[[int, int, str], None]
BroadcastFn = Callable[[Changes, Any], None]


@dataclass
class _Task:
    id: int
    label: str
    on_success: Callable[[Any], None] | None
    on_failure: Callable[[BaseException], None] | None
    on_progress: ProgressFn | None = None
    owner: QObject | None = None
    key: tuple[int, Hashable] | None = None
    initiator: Any = None
    replaced: bool = False  # a newer run with the same key took over: deliver nothing
    cancel_event: threading.Event = field(default_factory=threading.Event)
    dialog: QProgressDialog | None = None
    fn: TaskFn | None = None  # kept until the outcome arrives: the worker never lets go of it last
    future: Future[None] | None = None

    def wanted(self) -> bool:
        """Whether the result still has someone to go to."""
        return not self.replaced and (self.owner is None or shiboken6.isValid(self.owner))


def changes_in(result: Any) -> Changes:
    """The ``Changes`` a job returned: the result itself, or every ``Changes`` in a returned tuple."""
    if isinstance(result, Changes):
        return result
    found = Changes()
    if isinstance(result, tuple):
        for item in result:
            if isinstance(item, Changes):
                found = found | item
    return found


def _alive(callback: Callable[..., Any] | None) -> bool:
    owner = getattr(callback, "__self__", None)
    return callback is not None and (not isinstance(owner, QObject) or shiboken6.isValid(owner))


class TaskRunner(QObject):
    """Runs domain functions off the GUI thread for one project file.

    Args:
        project_path: the project's SQLite file; each worker opens its own Store on it.
        parent_widget: parent of progress dialogs (may be None in tests).
    """

    task_started = Signal(int, str)
    task_progressed = Signal(int, int, int, str)  # task id, done, total, label (GUI thread)
    task_finished = Signal(int)
    all_tasks_finished = Signal()

    def __init__(
        self,
        project_path: Path,
        parent_widget: QWidget | None = None,
        *,
        broadcast: BroadcastFn | None = None,
        readonly: bool = False,
    ) -> None:
        super().__init__(parent_widget)
        self.project_path = Path(project_path)
        self.readonly = readonly  # workers open the project read-only too (a read-only folder)
        self._parent_widget = parent_widget
        self._broadcast = broadcast
        self._executor: ThreadPoolExecutor | None = None
        _mailbox()  # created here, on the GUI thread, before any worker may wake it
        self._tasks: dict[int, _Task] = {}
        self._keyed: dict[tuple[int, Hashable], _Task] = {}
        self._ids = itertools.count(1)
        self.progress_delay_ms = 400

    # public -------------------------------------------------------------
    def run(
        self,
        fn: TaskFn,
        *,
        owner: QObject | None,
        key: Hashable | None = None,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        on_progress: ProgressFn | None = None,
        label: str,
        initiator: Any = None,
        cancellable: bool = True,
        show_progress: bool = True,
    ) -> int:
        """Start ``fn(store, progress, cancelled)`` on a worker; returns the task id.

        Args:
            owner: the object the result is for; when it is deleted the job is cancelled and
                nothing is delivered (None: always delivered, for jobs that outlive windows).
            key: a newer run with the same owner and key replaces this one (older result dropped).
            on_success: ``on_success(result)`` on the GUI thread.
            on_failure: ``on_failure(exc)`` on the GUI thread; without it the error is shown.
            on_progress: ``on_progress(done, total, label)`` on the GUI thread.
            initiator: passed with the broadcast ``Changes`` (views may ignore their own).
        """
        task = _Task(next(self._ids), label, on_success, on_failure, on_progress, owner, None, initiator, fn=fn)
        if key is not None:
            task.key = (id(owner), key)
            self._drop(task.key)
            self._keyed[task.key] = task
        if owner is not None:
            # a slot of this runner, not a Python callable: the owner holds nothing of the task, and one
            # connection serves every run of the same owner
            owner.destroyed.connect(self._on_owner_destroyed, Qt.ConnectionType.UniqueConnection)
        if show_progress:
            task.dialog = self._make_dialog(task, cancellable)
        self._tasks[task.id] = task
        self.task_started.emit(task.id, label)
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=2, thread_name_prefix="reportmark-task")
        task.future = self._executor.submit(
            _Job(self, task.id, fn, self.project_path, task.cancel_event, self.readonly).run
        )
        return task.id

    def drop(self, owner: QObject | None, key: Hashable) -> None:
        """Cancel the run of ``owner`` under ``key``, if any, and drop what it delivers."""
        self._drop((id(owner), key))

    def _drop(self, scoped: tuple[int, Hashable]) -> None:
        old = self._keyed.pop(scoped, None)
        if old is not None:
            old.replaced = True
            old.cancel_event.set()

    def cancel(self, task_id: int) -> None:
        task = self._tasks.get(task_id)
        if task is not None:
            task.cancel_event.set()

    def cancel_all(self) -> None:
        for task in self._tasks.values():
            task.cancel_event.set()

    def is_idle(self) -> bool:
        return not self._tasks

    def wait_idle(self, timeout_ms: int = 30000) -> bool:
        """Process events until every task has delivered its result (tests, shutdown)."""
        if self.is_idle():
            return True
        loop = QEventLoop()
        self.all_tasks_finished.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
        self.all_tasks_finished.disconnect(loop.quit)
        return self.is_idle()

    def shutdown(self, wait_ms: int = 1500) -> None:
        """Cancel everything and give the workers ``wait_ms`` to stop (window closing).

        What the stopped workers sent is delivered here. A worker that does not stop in time is
        left to finish on its own: its task is detached from this runner (kept in ``_DETACHED``, to be
        released on the GUI thread by ``drain``) so closing the window never blocks on it, and its
        result is dropped because nothing listens any more. Such a worker is still inside its ``fn``
        (a worker closes its store before it reports), and the store's close is safe whenever it comes
        (``models/store/share_guard.py``); the application drains it before exit.
        """
        self.cancel_all()
        futures = [t.future for t in self._tasks.values() if t.future is not None]
        _done, busy = wait_futures(futures, timeout=wait_ms / 1000)  # without the GIL: workers can finish
        _take_posted()
        if busy:
            left = [t for t in self._tasks.values() if t.future in busy]
            for task in left:
                self._finish(task.id)
            _DETACHED.append((list(busy), left))
        if self._executor is not None:
            self._executor.shutdown(wait=False)  # its threads end with their jobs; a later run starts anew
            self._executor = None
        QCoreApplication.processEvents()

    # internals ----------------------------------------------------------
    @Slot()
    def _on_owner_destroyed(self) -> None:
        """An owner went (GUI thread): tell its jobs to stop. Checked by validity, never by the dying object."""
        for task in self._tasks.values():
            if task.owner is not None and not shiboken6.isValid(task.owner):
                task.cancel_event.set()

    @Slot()
    def _on_dialog_canceled(self) -> None:
        dialog = self.sender()
        for task in self._tasks.values():
            if task.dialog is not None and task.dialog is dialog:
                task.cancel_event.set()

    def _make_dialog(self, task: _Task, cancellable: bool) -> QProgressDialog:
        dlg = QProgressDialog(task.label, self.tr("取消") if cancellable else "", 0, 0, self._parent_widget)
        dlg.setWindowTitle(self.tr("请稍候"))
        dlg.setMinimumDuration(self.progress_delay_ms)
        dlg.setAutoClose(False)
        dlg.setAutoReset(False)
        if not cancellable:
            dlg.setCancelButton(None)
        else:
            # Enter (pressed out of habit while waiting) must not cancel: 取消 is never the default button
            button = QPushButton(self.tr("取消"), dlg)
            button.setAutoDefault(False)
            button.setDefault(False)
            dlg.setCancelButton(button)
        dlg.canceled.connect(self._on_dialog_canceled)
        dlg.setValue(0)
        return dlg

    def _finish(self, task_id: int) -> _Task | None:
        task = self._tasks.pop(task_id, None)
        if task is not None and task.key is not None and self._keyed.get(task.key) is task:
            del self._keyed[task.key]
        if task is not None and task.dialog is not None and shiboken6.isValid(task.dialog):
            task.dialog.canceled.disconnect()
            task.dialog.close()
            task.dialog.deleteLater()
        return task

    def _done(self, task_id: int) -> None:
        self.task_finished.emit(task_id)
        if not self._tasks:
            self.all_tasks_finished.emit()

    def _send(self, task: _Task, changes: Changes | None) -> None:
        if changes and self._broadcast is not None:
            self._broadcast(changes, task.initiator)

    def _deliver(self, task_id: int, kind: str, payload: Any) -> None:
        """One outcome a worker posted, on the GUI thread (see ``_take_posted``)."""
        if kind == _PROGRESSED:
            self._on_progressed(task_id, *payload)
        elif task_id not in self._tasks:
            return  # detached at shutdown: nobody listens any more
        elif kind == _SUCCEEDED:
            self._on_succeeded(task_id, payload)
        else:
            self._on_failed(task_id, payload)

    def _on_succeeded(self, task_id: int, result: Any) -> None:
        task = self._finish(task_id)
        try:
            if task is not None:
                self._send(task, changes_in(result))
                if task.wanted() and _alive(task.on_success):
                    task.on_success(result)  # type: ignore[misc]
        finally:
            self._done(task_id)

    def _on_failed(self, task_id: int, exc: BaseException) -> None:
        task = self._finish(task_id)
        try:
            if task is not None:
                self._send(task, exc.changes if isinstance(exc, Cancelled) else None)
            if task is None or not task.wanted():
                return
            if _alive(task.on_failure):
                task.on_failure(exc)  # type: ignore[misc]
            elif task.on_failure is None:
                from ui.errors import present_error

                present_error(self._parent_widget, exc)
        finally:
            self._done(task_id)

    def _on_progressed(self, task_id: int, done: int, total: int, label: str) -> None:
        task = self._tasks.get(task_id)
        if task is None:
            return
        if not task.wanted():
            task.cancel_event.set()  # nobody is listening any more: let the job stop early
            return
        label = in_language(label, QCoreApplication.translate)  # models/ writes Chinese (a scan's pages)
        self.task_progressed.emit(task_id, done, total, label)
        if task.on_progress is not None:
            task.on_progress(done, total, label)
        if task.dialog is None or not shiboken6.isValid(task.dialog):
            return
        dlg = task.dialog
        if total > 0 and dlg.maximum() != total:
            dlg.setMaximum(total)
        if label:
            dlg.setLabelText(f"{task.label}\n{label}")
        dlg.setValue(min(done, total) if total > 0 else 0)
