"""The worker side of ``ui/tasks.py``: the job a worker thread runs and the way its outcome reaches the GUI thread.

A worker holds a ``_Job`` and nothing else: no Qt object, nothing it could be the last to
release (see ``ui/tasks.py``). It leaves its outcome in ``_POSTED`` under a lock, keeping no
reference to it, and wakes the GUI thread through the application-long ``_Mailbox``; the GUI
thread takes the outcomes and hands each to its runner's ``_deliver``.
"""

from __future__ import annotations

import sys
import threading
import weakref
from concurrent.futures import Future
from concurrent.futures import wait as wait_futures
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from models.store import Store

_SUCCEEDED, _FAILED, _PROGRESSED = "succeeded", "failed", "progressed"

# outcomes posted by workers, taken on the GUI thread: (runner ref, task id, kind, payload)
_POSTED: list[tuple[weakref.ref[QObject], int, str, Any]] = []
_POSTED_LOCK = threading.Lock()
# what closed runners left behind while their workers were still busy: the workers' futures, and the
# tasks (fn, callbacks, owner, dialog) so that they are released on the GUI thread (see drain)
_DETACHED: list[tuple[list[Future[None]], list[Any]]] = []


def drain(timeout_ms: int = 10000) -> bool:
    """Wait (without holding the GIL) for workers of closed runners; call before the interpreter exits.

    Returns True when all stopped; what they left is then released here, on the GUI thread.
    """
    futures = [f for fs, _tasks in _DETACHED for f in fs]
    _done, not_done = wait_futures(futures, timeout=timeout_ms / 1000)
    if not_done:
        return False
    _DETACHED.clear()
    _take_posted()  # their late outcomes: nobody listens any more
    return True


class _Mailbox(QObject):
    """Wakes the GUI thread when a worker posted something; lives as long as the application."""

    outcome_posted = Signal()

    def __init__(self) -> None:
        super().__init__(QCoreApplication.instance())  # never a window's child: no window can delete it
        self.outcome_posted.connect(self._on_outcome_posted)  # queued: emitted by workers, received on the GUI thread

    @Slot()
    def _on_outcome_posted(self) -> None:
        _take_posted()


_MAILBOX: _Mailbox | None = None


def _mailbox() -> _Mailbox:
    global _MAILBOX
    if _MAILBOX is None or not shiboken6.isValid(_MAILBOX):
        _MAILBOX = _Mailbox()
    return _MAILBOX


def _take_posted() -> None:
    """Deliver every posted outcome to its runner (GUI thread); outcomes of runners that are gone are dropped."""
    with _POSTED_LOCK:
        items = _POSTED[:]
        _POSTED.clear()
    for ref, task_id, kind, payload in items:
        runner = ref()
        if runner is None or not shiboken6.isValid(runner):
            continue
        try:
            runner._deliver(task_id, kind, payload)  # type: ignore[attr-defined]
        except BaseException:  # a failing callback must not lose the outcomes after it
            sys.excepthook(*sys.exc_info())


class _Job:
    """What a worker thread holds: no Qt object, nothing it could be the last to release."""

    def __init__(
        self,
        runner: QObject,
        task_id: int,
        fn: Any,
        project_path: Path,
        cancel_event: threading.Event,
        readonly: bool = False,
    ) -> None:
        self.runner_ref = weakref.ref(runner)
        self.readonly = readonly
        self.task_id, self.fn, self.path, self.cancel_event = task_id, fn, project_path, cancel_event

    def run(self) -> None:
        ref, task_id, cancel_event = self.runner_ref, self.task_id, self.cancel_event

        def progress(done: int, total: int, label: str = "") -> None:
            # a label made with message() stays one, so the GUI thread can put it in the window's language
            _post(ref, task_id, _PROGRESSED, (int(done), int(total), label if isinstance(label, str) else str(label)))

        # the store is closed before the outcome is sent: once the runner is idle no worker still holds
        # (or is closing) a connection to the project, so a window closing then leaves none behind
        outcome: list[tuple[str, Any]] = []
        store = None
        try:
            store = Store.open(self.path, readonly=self.readonly)
            outcome.append((_SUCCEEDED, self.fn(store, progress, cancel_event.is_set)))
        except BaseException as exc:  # delivered to on_failure on the GUI thread
            outcome.append((_FAILED, exc))
        self.fn = None  # the runner's task still has it: released on the GUI thread
        try:
            if store is not None:
                store.close()
        except BaseException as exc:
            if outcome[0][0] == _SUCCEEDED:
                outcome[0] = (_FAILED, exc)
        with _POSTED_LOCK:  # nothing of the outcome stays here: the GUI thread takes it under this lock
            _POSTED.append((ref, task_id, *outcome.pop()))
        _wake()


def _post(ref: weakref.ref[QObject], task_id: int, kind: str, payload: Any) -> None:
    with _POSTED_LOCK:
        _POSTED.append((ref, task_id, kind, payload))
    _wake()


def _wake() -> None:
    mailbox = _MAILBOX
    try:
        if mailbox is not None:
            mailbox.outcome_posted.emit()
    except RuntimeError:  # the application itself is gone (interpreter exit): nobody to wake
        pass
