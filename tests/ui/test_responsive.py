"""The window's event loop keeps turning while a long import and a long export run in the background.

A QTimer on the GUI thread counts turns of the event loop. The worker, at every file it imports
(every progress report it sends while exporting), waits until the loop has turned since its last
check, so the test fails (instead of hanging) if the work ever held the GUI thread. Midway, the
worker is held while the clerk types into the library filter, which must take the keys at once.
"""

from __future__ import annotations

import csv
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, QTimer

from benchmarks.corpus_texts import write_reports
from models import importing, ops
from tests.ui.conftest import make_window
from ui.export.dialog import ExportDialog

TURN_TIMEOUT_S = 10.0


class LoopWitness(QObject):
    """Counts event-loop turns (a 1 ms timer); workers wait for the next turn and record whether it came."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.turns = 0
        self.turns_while_busy = 0
        self.waits: list[bool] = []
        self._cond = threading.Condition()
        self.timer = QTimer(self, interval=1)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.timer.start()

    def _on_timer_timeout(self) -> None:
        busy = not self.window.tasks.is_idle()
        with self._cond:
            self.turns += 1
            self.turns_while_busy += busy
            self._cond.notify_all()

    def wait_for_turn(self) -> None:
        """Called on the worker: block until the GUI thread's loop has turned once more."""
        if not all(self.waits):  # the loop already failed to turn once: fail fast, don't wait again
            self.waits.append(False)
            return
        with self._cond:
            start = self.turns
            self.waits.append(self._cond.wait_for(lambda: self.turns > start, TURN_TIMEOUT_S))


@pytest.fixture
def witness(window):  # type: ignore[no-untyped-def]
    w = LoopWitness(window)
    yield w
    w.timer.stop()


def test_loop_turns_through_a_40_file_import_and_takes_typing(window, qtbot, dialogs, tmp_path, monkeypatch, witness):
    files = write_reports(tmp_path / "reports", 40, seed=3, full_size=False)
    midway, release = threading.Event(), threading.Event()
    real_import_file = importing.import_file

    def import_file(store, path, **options):  # type: ignore[no-untyped-def]
        witness.wait_for_turn()
        if len(witness.waits) == 20:
            midway.set()
            release.wait(TURN_TIMEOUT_S)
        return real_import_file(store, path, **options)

    monkeypatch.setattr(importing, "import_file", import_file)
    before = window.store.documents.count()
    window.import_paths([tmp_path / "reports"])
    qtbot.waitUntil(midway.is_set, timeout=60_000)

    # halfway through the import, the clerk filters the library: the keys arrive at once
    assert not window.tasks.is_idle()
    qtbot.keyClicks(window.library.filter_edit, "20")  # QTest types ASCII only; titles carry years
    assert window.library.filter_edit.text() == "20"
    release.set()

    qtbot.waitUntil(lambda: bool(dialogs["summaries"]), timeout=120_000)
    assert dialogs["summaries"][0].startswith("已导入 40 个文件")
    assert window.store.documents.count() == before + len(files)
    assert len(witness.waits) == 40 and all(witness.waits)  # the loop turned before every file
    assert witness.turns_while_busy >= 40
    window.library.filter_edit.clear()
    assert len(window.library.document_ids()) == before + 40


@pytest.fixture
def many_annotations(small_project: Path) -> tuple[Path, int]:
    """The small report with 20,000 annotations: 40 progress reports in an export."""
    store = ops.open_project(small_project)
    doc = store.documents.all()[0]
    text = store.documents.display_text(doc.id)
    tag = store.tags.all()[0].id
    spans = [(i % (len(text) - 40), i % (len(text) - 40) + 2 + i % 30) for i in range(20_000)]
    items = [
        {"document_id": doc.id, "start": s, "end": e, "text": text[s:e], "tag_id": tag, "note": f"备注{k}"}
        for k, (s, e) in enumerate(spans)
        if text[s:e].strip()
    ]
    store.annotations.add_many(items)
    count = store.annotations.count()
    store.close()
    return small_project, count


def test_loop_turns_through_a_long_export(qtbot, dialogs, tmp_path, monkeypatch, many_annotations):
    path, count = many_annotations
    window = make_window(qtbot, path)
    witness = LoopWitness(window)
    import ui.export.dialog as dialog_module

    real_export = dialog_module.export_annotations

    def export_annotations(store, target, *, progress, **kwargs):  # type: ignore[no-untyped-def]
        def report(done: int, total: int, label: str = "") -> None:
            witness.wait_for_turn()
            progress(done, total, label)

        return real_export(store, target, progress=report, **kwargs)

    monkeypatch.setattr(dialog_module, "export_annotations", export_annotations)
    monkeypatch.setattr(dialog_module, "show_done", lambda parent, target, n: None)
    window.screens.export.export_action.trigger()
    dlg = window.findChild(ExportDialog, "exportDialog")
    assert dlg is not None  # a child of the window; it deletes itself after the export
    dlg.format.setCurrentIndex(dlg.format.findData("csv"))
    target = tmp_path / "全部标注.csv"
    dlg.path.setText(str(target))
    with qtbot.waitSignal(dlg.file_exported, timeout=120_000) as blocker:
        dlg.export_button.click()
        assert dlg.is_running()
    witness.timer.stop()
    assert blocker.args == [str(target), count]
    assert len(witness.waits) >= count // 500 and all(witness.waits)
    assert witness.turns_while_busy >= len(witness.waits)
    with target.open(encoding="utf-8-sig", newline="") as f:
        assert sum(1 for _ in csv.reader(f)) == count + 1  # the header and one row per annotation
