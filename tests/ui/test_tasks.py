"""The TaskRunner: results and errors on the GUI thread, progress, cancellation, dead receivers."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject, QThread

from models.errors import Cancelled
from models.types import Changes
from ui.tasks import TaskRunner


@pytest.fixture
def runner(qtbot, small_project):
    r = TaskRunner(small_project)
    yield r
    r.shutdown()


def test_result_arrives_on_the_gui_thread_with_its_own_store(runner, qtbot, small_project):
    seen = {}

    def work(store, progress, cancelled):
        seen["thread"] = QThread.currentThread()
        progress(1, 2, "半程")
        return [d.title for d in store.documents.all()]

    def done(result):
        seen["result"] = result
        seen["callback_thread"] = QThread.currentThread()

    with qtbot.waitSignal(runner.all_tasks_finished, timeout=5000):
        runner.run(work, owner=None, on_success=done, label="测试", show_progress=False)
    assert seen["result"] == ["某局2020年工作总结"]
    assert seen["callback_thread"] is QThread.currentThread()
    assert seen["thread"] is not QThread.currentThread()
    assert runner.is_idle()


def test_failure_is_delivered(runner, qtbot):
    errors = []

    def work(store, progress, cancelled):
        raise ValueError("boom")

    with qtbot.waitSignal(runner.all_tasks_finished, timeout=5000):
        runner.run(
            work, owner=None, on_success=lambda r: None, on_failure=errors.append, label="测试", show_progress=False
        )
    assert isinstance(errors[0], ValueError)


def test_cancel_reaches_the_worker(runner, qtbot):
    started, proceed, errors = threading.Event(), threading.Event(), []

    def work(store, progress, cancelled):
        started.set()
        proceed.wait(10)  # released by the test once it has pressed cancel
        if cancelled():
            raise Cancelled()
        return "finished"

    task = runner.run(work, owner=None, on_success=errors.append, on_failure=errors.append, label="测试")
    assert started.wait(5)
    runner.cancel(task)
    proceed.set()
    assert runner.wait_idle(10000)
    assert isinstance(errors[0], Cancelled)


def test_callback_of_a_deleted_receiver_is_skipped(runner, qtbot):
    class Receiver(QObject):
        def __init__(self):
            super().__init__()
            self.got = []

        def on_done(self, result):
            self.got.append(result)

    gate = threading.Event()
    receiver = Receiver()
    calls = receiver.got
    runner.run(
        lambda s, p, c: gate.wait(5) and 1, owner=None, on_success=receiver.on_done, label="测试", show_progress=False
    )
    import shiboken6

    shiboken6.delete(receiver)
    gate.set()
    assert runner.wait_idle(5000)
    assert calls == []


def test_shutdown_does_not_wait_for_a_worker_that_ignores_cancel(qtbot, small_project):
    gate, results = threading.Event(), []
    runner = TaskRunner(small_project)
    runner.run(
        lambda s, p, c: gate.wait(10) and "late",
        owner=None,
        on_success=results.append,
        on_failure=results.append,
        label="测试",
        show_progress=False,
    )
    runner.shutdown(wait_ms=50)  # returns although the worker is still busy
    assert results == []
    gate.set()
    from ui.tasks import _DETACHED, drain

    assert _DETACHED
    assert drain(5000)  # what the application does before the interpreter exits
    assert _DETACHED == []
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.processEvents()  # deliver the late result, if anything were still connected
    assert results == []  # nobody listens any more


@pytest.mark.parametrize("outcome", ["result", "error", "progress"])
def test_a_runner_deleted_while_its_job_runs_drops_what_the_job_sends(qtbot, small_project, outcome):
    """A window destroyed while its task runs deletes the runner: the worker ends quietly, nothing is delivered."""
    import shiboken6

    started, proceed, got = threading.Event(), threading.Event(), []
    runner = TaskRunner(small_project)

    def work(store, progress, cancelled):
        started.set()
        proceed.wait(10)
        if outcome == "progress":
            progress(1, 2, "半程")
        if outcome == "error":
            raise ValueError("坏了")
        return 1

    runner.run(work, owner=None, on_success=got.append, on_failure=got.append, on_progress=got.append, label="测试")
    future = runner._tasks[1].future
    assert started.wait(5)
    shiboken6.delete(runner)  # the window goes away while the job runs
    proceed.set()
    assert future.result(5) is None  # the worker ended without raising
    from ui.tasks import drain

    assert drain(5000)  # delivers what is pending: to nobody
    assert got == []


def test_result_of_a_deleted_owner_is_dropped_and_its_job_told_to_stop(runner, qtbot):
    owner, gate, got, saw_cancel = QObject(), threading.Event(), [], []

    def work(store, progress, cancelled):
        gate.wait(5)
        saw_cancel.append(cancelled())
        return 1

    runner.run(work, owner=owner, on_success=got.append, on_failure=got.append, label="测试", show_progress=False)
    import shiboken6

    shiboken6.delete(owner)
    gate.set()
    assert runner.wait_idle(5000)
    assert got == [] and saw_cancel == [True]


def test_a_newer_run_with_the_same_key_replaces_the_older(runner, qtbot):
    owner, gate, got = QObject(), threading.Event(), []

    def slow(store, progress, cancelled):
        gate.wait(5)
        return "old"

    runner.run(slow, owner=owner, key="q", on_success=got.append, label="测试", show_progress=False)
    runner.run(lambda s, p, c: "new", owner=owner, key="q", on_success=got.append, label="测试", show_progress=False)
    other = QObject()  # the same key of another owner is another slot
    runner.run(lambda s, p, c: "other", owner=other, key="q", on_success=got.append, label="测试", show_progress=False)
    gate.set()
    assert runner.wait_idle(5000)
    assert sorted(got) == ["new", "other"]


def test_changes_are_broadcast_by_the_runner_even_when_the_result_is_dropped(qtbot, small_project):
    sent = []
    runner = TaskRunner(small_project, broadcast=lambda changes, initiator: sent.append((changes, initiator)))
    owner = QObject()
    got = []
    runner.run(
        lambda s, p, c: ("done", Changes(documents=frozenset({1}))),
        owner=owner,
        on_success=got.append,
        label="测试",
        initiator="me",
        show_progress=False,
    )
    gate = threading.Event()
    runner.run(lambda s, p, c: gate.wait(5) and Changes(tags=frozenset({2})), owner=owner, key="k", label="测试")
    runner.run(lambda s, p, c: Changes(), owner=owner, key="k", label="测试", show_progress=False)  # replaces it
    gate.set()
    assert runner.wait_idle(5000)
    runner.shutdown()
    assert got == [("done", Changes(documents=frozenset({1})))]
    assert (Changes(documents=frozenset({1})), "me") in sent
    assert (Changes(tags=frozenset({2})), None) in sent  # replaced, but the data changed all the same
    assert len(sent) == 2  # empty changes are not broadcast


def test_a_cancelled_job_broadcasts_what_it_had_committed(qtbot, small_project):
    sent, errors = [], []
    runner = TaskRunner(small_project, broadcast=lambda changes, initiator: sent.append(changes))

    def work(store, progress, cancelled):
        raise Cancelled("已取消。", changes=Changes(documents=frozenset({7})))

    runner.run(work, owner=None, on_failure=errors.append, label="测试", show_progress=False)
    assert runner.wait_idle(5000)
    runner.shutdown()
    assert sent == [Changes(documents=frozenset({7}))] and isinstance(errors[0], Cancelled)


def test_progress_reaches_the_caller(runner, qtbot):
    seen = []

    def work(store, progress, cancelled):
        progress(1, 4, "一")
        progress(4, 4, "")
        return None

    runner.run(work, owner=None, on_progress=lambda *a: seen.append(a), label="测试", show_progress=False)
    assert runner.wait_idle(5000)
    assert seen == [(1, 4, "一"), (4, 4, "")]


@pytest.mark.parametrize("outcome", ["result", "error"])
def test_a_worker_has_closed_its_store_before_its_outcome_is_delivered(runner, qtbot, outcome):
    """The window's close waits for idle: no worker may still be closing its connection after that.

    In CI a worker still in Store.close() was detached by shutdown() and ran on into the next tests
    ("Bus error"); a store closed before the result is sent leaves nothing to detach once idle.
    """
    import sqlite3

    stores, open_at_delivery = [], []

    def delivered(_outcome):  # on the GUI thread, when the outcome arrives
        try:
            stores[0].conn.execute("SELECT 1")
            open_at_delivery.append(True)
        except sqlite3.ProgrammingError:  # "Cannot operate on a closed database"
            open_at_delivery.append(False)

    def work(store, progress, cancelled):
        stores.append(store)
        if outcome == "error":
            raise ValueError("坏了")
        return 1

    runner.run(work, owner=None, on_success=delivered, on_failure=delivered, label="测试", show_progress=False)
    assert runner.wait_idle(5000)
    assert open_at_delivery == [False]


class _Sentinel:
    """Records the thread that drops the last reference to it (a widget would be deleted there)."""

    def __init__(self, released_on: list[int]) -> None:
        self._released_on = released_on

    def __del__(self) -> None:
        self._released_on.append(threading.get_ident())

    def on_done(self, _result: object) -> None:
        pass


@pytest.mark.parametrize("outcome", ["result", "error"])
def test_what_the_caller_hands_the_runner_is_released_on_the_gui_thread(qtbot, small_project, outcome):
    """A worker that drops the last reference to a caller's object deletes it on the worker thread.

    For a widget captured by ``fn`` or bound in ``on_success`` (or a parentless progress dialog) that is a
    QWidget destroyed off the GUI thread: the memory corruption behind CI's rare "Fatal Python error:
    Aborted" / "Bus error" in this file. Every object the caller gives the runner must die on the GUI thread.
    """
    released_on: list[int] = []
    runner = TaskRunner(small_project)
    captured, bound = _Sentinel(released_on), _Sentinel(released_on)

    def work(store, progress, cancelled, keep=captured):
        if outcome == "error":
            raise ValueError("坏了")
        return 1

    runner.run(work, owner=None, on_success=bound.on_done, on_failure=bound.on_done, label="测试")
    del work, captured, bound
    assert runner.wait_idle(5000)
    runner.shutdown()  # every worker has finished and dropped what it held
    assert released_on == [threading.get_ident()] * 2
