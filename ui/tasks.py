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
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from models.errors import Cancelled
from models.store import Store
from models.types import Changes

# pools and relays of closed runners whose workers were still busy (see TaskRunner.shutdown)
_DETACHED: list[QObject] = []

TaskFn = Callable[[Store, Callable[[int, int, str], None], Callable[[], bool]], Any]
ProgressFn = Callable[[int, int, str], None]
BroadcastFn = Callable[[Changes, Any], None]


def drain(timeout_ms: int = 10000) -> bool:
    """Wait (without holding the GIL) for workers of closed runners; call before the interpreter exits.

    A pool destroyed during interpreter shutdown would wait for its worker while holding the
    GIL the worker needs, so the application drains here first. Returns True when all stopped.
    """
    done = all(pool.waitForDone(timeout_ms) for pool in _DETACHED if isinstance(pool, QThreadPool))
    if done:
        _DETACHED.clear()
    return done


class _Relay(QObject):
    """Lives on the GUI thread; worker emits arrive there as queued signals."""

    succeeded = Signal(int, object)
    failed = Signal(int, object)
    progressed = Signal(int, int, int, str)


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


class _Worker(QRunnable):
    def __init__(self, task: _Task, fn: TaskFn, project_path: Path, relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._task, self._fn, self._path, self._relay = task, fn, project_path, relay

    def run(self) -> None:
        task, relay = self._task, self._relay

        def progress(done: int, total: int, label: str = "") -> None:
            if not _emit(relay, "progressed", task.id, int(done), int(total), str(label)):
                task.cancel_event.set()  # nobody is listening any more: let the job stop early

        # the store is closed before the outcome is sent: once the runner is idle no worker still holds
        # (or is closing) a connection to the project, so a window closing then leaves none behind
        store = None
        try:
            store = Store.open(self._path)
            result = self._fn(store, progress, task.cancel_event.is_set)
        except BaseException as exc:  # delivered to on_failure on the GUI thread
            _close(store)
            _emit(relay, "failed", task.id, exc)
        else:
            _close(store)
            _emit(relay, "succeeded", task.id, result)


def _close(store: Store | None) -> None:
    if store is not None:
        store.close()


def _emit(relay: _Relay, signal: str, *args: Any) -> bool:
    """Emit one of ``relay``'s signals from a worker; False when the relay (its window) is gone.

    The relay may be deleted on the GUI thread at any moment (a window destroyed while its
    task runs), so the validity check can race with the deletion: the RuntimeError
    "Signal source has been deleted" is expected then and means the same thing.
    """
    if not shiboken6.isValid(relay):
        return False
    try:
        getattr(relay, signal).emit(*args)
    except RuntimeError:
        if shiboken6.isValid(relay):
            raise
        return False
    return True


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
    task_finished = Signal(int)
    all_idle = Signal()

    def __init__(
        self, project_path: Path, parent_widget: QWidget | None = None, *, broadcast: BroadcastFn | None = None
    ) -> None:
        super().__init__(parent_widget)
        self.project_path = Path(project_path)
        self._parent_widget = parent_widget
        self._broadcast = broadcast
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._relay = _Relay(self)
        self._relay.succeeded.connect(self._on_relay_succeeded)
        self._relay.failed.connect(self._on_relay_failed)
        self._relay.progressed.connect(self._on_relay_progressed)
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
        task = _Task(next(self._ids), label, on_success, on_failure, on_progress, owner, None, initiator)
        if key is not None:
            task.key = (id(owner), key)
            self._drop(task.key)
            self._keyed[task.key] = task
        if owner is not None:
            owner.destroyed.connect(task.cancel_event.set)
        if show_progress:
            task.dialog = self._make_dialog(task, cancellable)
        self._tasks[task.id] = task
        self.task_started.emit(task.id, label)
        self._pool.start(_Worker(task, fn, self.project_path, self._relay))
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
        self.all_idle.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
        self.all_idle.disconnect(loop.quit)
        return self.is_idle()

    def shutdown(self, wait_ms: int = 1500) -> None:
        """Cancel everything and give the workers ``wait_ms`` to stop (window closing).

        A worker that does not stop in time is left to finish on its own: its pool and relay are
        detached from this runner (kept alive in ``_DETACHED``) so closing the window never blocks
        on it, and its result is dropped because nothing listens any more. Such a worker is still
        inside its ``fn`` (a worker closes its store before it reports), and the store's close is
        safe whenever it comes (``models/store/share_guard.py``); the application drains it before exit.
        """
        self.cancel_all()
        if not self._pool.waitForDone(wait_ms):
            self._relay.succeeded.disconnect()
            self._relay.failed.disconnect()
            self._relay.progressed.disconnect()
            for obj in (self._pool, self._relay):
                obj.setParent(None)
                _DETACHED.append(obj)
        QCoreApplication.processEvents()

    # internals ----------------------------------------------------------
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
        dlg.canceled.connect(task.cancel_event.set)
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
            self.all_idle.emit()

    def _send(self, task: _Task, changes: Changes | None) -> None:
        if changes and self._broadcast is not None:
            self._broadcast(changes, task.initiator)

    def _on_relay_succeeded(self, task_id: int, result: Any) -> None:
        task = self._finish(task_id)
        try:
            if task is not None:
                self._send(task, changes_in(result))
                if task.wanted() and _alive(task.on_success):
                    task.on_success(result)  # type: ignore[misc]
        finally:
            self._done(task_id)

    def _on_relay_failed(self, task_id: int, exc: BaseException) -> None:
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

    def _on_relay_progressed(self, task_id: int, done: int, total: int, label: str) -> None:
        task = self._tasks.get(task_id)
        if task is None or not task.wanted():
            return
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
