"""GUI benchmark, in process: open the largest report, scroll it, tag a selection by key, app memory.

Run on purpose (bench_gui.py runs it):
    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_gui_view.py --project BIG [--memory]

Drives the real MainWindow offscreen. "First paint" is the first Paint event of the document
view's viewport after ``window.open_document`` was called; "fully highlighted" is the first
paint after ``DocumentView.highlights_complete()`` turned true. Prints one ``RESULT {json}`` line.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("REPORTMARK_HOME", tempfile.mkdtemp(prefix="rm-bench-home-"))
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from _common import machine  # noqa: E402
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QTextCursor, QWheelEvent  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from ui.text_positions import PositionIndex  # noqa: E402


class PaintClock(QObject):
    """Records the perf_counter time of every Paint event of one widget."""

    def __init__(self, widget: Any) -> None:
        super().__init__(widget)
        self.times: list[float] = []
        widget.installEventFilter(self)

    def eventFilter(self, obj: QObject, e: QEvent) -> bool:
        if e.type() == QEvent.Type.Paint:
            self.times.append(time.perf_counter())
        return False

    def first_after(self, t: float) -> float | None:
        return next((x for x in self.times if x >= t), None)


def rss_mb() -> tuple[float, float]:
    """(current, peak) resident set size of this process in MB, from /proc."""
    fields = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines() if ":" in line)
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


def pump_until(app: QApplication, done: Any, timeout: float = 60.0) -> None:
    """Process events until ``done()`` is true; TimeoutError after ``timeout`` seconds."""
    end = time.perf_counter() + timeout
    while not done():
        if time.perf_counter() > end:
            raise TimeoutError("the window did not get there")
        app.processEvents()


def settle(app: QApplication, window: Any) -> None:
    """Let background work started by opening a report finish (keywords start 600 ms after an open)."""
    end = time.perf_counter() + 1.0
    while time.perf_counter() < end:
        app.processEvents()
    window.tasks.wait_idle(120_000)
    app.processEvents()


class StallMeter(QObject):
    """The longest gaps between turns of the event loop, seen by a 1 ms timer."""

    def __init__(self) -> None:
        super().__init__()
        self.gaps: list[float] = []
        self._last = time.perf_counter()
        self.timer = QTimer(self, interval=1)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.timer.start()

    def _on_timer_timeout(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self._last)
        self._last = now


def bench_stalls(app: QApplication, window: Any, doc_id: int, seconds: float = 5.0) -> dict[str, float]:
    """Open a report in a fresh app and watch the event loop while background work (keywords) runs."""
    meter = StallMeter()
    window.open_document(doc_id)
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
    meter.timer.stop()
    gaps = sorted(meter.gaps[1:])
    long = [g for g in gaps if g > 0.05]
    print(
        f"event loop in the {seconds:.0f} s after first opening a report (background keyword extraction starts after "
        f"0.6 s): longest stall {gaps[-1] * 1000:.0f} ms, {len(long)} stalls over 50 ms totalling "
        f"{sum(long) * 1000:.0f} ms; load {os.getloadavg()[0]:.1f}"
    )
    return {"stall_worst_s": gaps[-1], "stall_over_50ms_total_s": sum(long)}


def make_window(project: Path) -> tuple[QApplication, Any]:
    from ui.app import setup_application
    from ui.main_window import MainWindow

    app = setup_application()
    window = MainWindow(project)
    window.show()
    pump_until(app, lambda: window.isVisible())
    for _ in range(5):
        app.processEvents()
    return app, window


def open_and_wait(app: QApplication, window: Any, clock: PaintClock, doc_id: int) -> tuple[float, float, float]:
    """Open ``doc_id``: (seconds in open_document, to first paint, to the paint after highlights completed)."""
    view = window.document_view()
    if window.current_document_id() == doc_id:  # reopening is a no-op: show another report first
        other = next(d for d in window.library.document_ids() if d != doc_id)
        window.open_document(other)
        pump_until(app, view.highlights_complete)
        app.processEvents()
    t0 = time.perf_counter()
    window.open_document(doc_id)
    t_call = time.perf_counter()
    pump_until(app, lambda: clock.first_after(t0) is not None)
    first = clock.first_after(t0)
    pump_until(app, view.highlights_complete)
    t_done = time.perf_counter()
    view.viewport().update()
    pump_until(app, lambda: clock.first_after(t_done) is not None)
    full = clock.first_after(t_done)
    assert first is not None and full is not None
    return t_call - t0, first - t0, full - t0


def bench_open(app: QApplication, window: Any, big_id: int, small_id: int, runs: int) -> dict[str, float]:
    clock = PaintClock(window.document_view().viewport())
    calls, firsts, fulls = [], [], []
    for _ in range(runs):
        open_and_wait(app, window, clock, small_id)
        settle(app, window)
        call, first, full = open_and_wait(app, window, clock, big_id)
        settle(app, window)
        calls.append(call)
        firsts.append(first)
        fulls.append(full)
    text = window.store.documents.display_text(big_id)
    n_ann = window.store.annotations.count(big_id)
    print(
        f"open largest report ({len(text.encode('utf-8')) / 1024:.0f} KB UTF-8, {len(text):,} chars, "
        f"{n_ann} annotations): first paint median {statistics.median(firsts) * 1000:.0f} ms "
        f"(runs {', '.join(f'{x * 1000:.0f}' for x in firsts)}), "
        f"of which open_document() {statistics.median(calls) * 1000:.0f} ms; fully highlighted median "
        f"{statistics.median(fulls) * 1000:.0f} ms; load {os.getloadavg()[0]:.1f}"
    )
    return {
        "open_first_paint_s": statistics.median(firsts),
        "open_call_s": statistics.median(calls),
        "open_highlighted_s": statistics.median(fulls),
    }


def scroll_steps(app: QApplication, window: Any, steps: int) -> list[float]:
    """Per-step seconds of ``steps`` mouse-wheel notches down the view, each painted synchronously."""
    view = window.document_view()
    vp = view.viewport()
    bar = view.verticalScrollBar()
    bar.setValue(0)
    app.processEvents()
    out = []
    center = QPointF(vp.width() / 2, vp.height() / 2)
    for _ in range(steps):
        t0 = time.perf_counter()
        wheel = QWheelEvent(
            center,
            QPointF(vp.mapToGlobal(center.toPoint())),
            QPoint(0, 0),
            QPoint(0, -120),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(vp, wheel)
        vp.repaint()
        app.processEvents()
        out.append(time.perf_counter() - t0)
    return out


def bench_scroll(app: QApplication, window: Any, big_id: int, small_id: int, steps: int) -> dict[str, float]:
    clock = PaintClock(window.document_view().viewport())
    result: dict[str, float] = {}
    for label, doc in (("largest", big_id), ("small", small_id)):
        open_and_wait(app, window, clock, doc)
        settle(app, window)
        view = window.document_view()
        start = view.verticalScrollBar().value()
        times = scroll_steps(app, window, steps)
        moved = view.verticalScrollBar().value() - start
        times.sort()
        p95 = times[int(len(times) * 0.95) - 1]
        print(
            f"scroll {label} report: {steps} wheel steps (moved {moved} lines), per step median "
            f"{statistics.median(times) * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms, worst {times[-1] * 1000:.1f} ms; "
            f"load {os.getloadavg()[0]:.1f}"
        )
        result[f"scroll_{label}_median_s"] = statistics.median(times)
        result[f"scroll_{label}_p95_s"] = p95
    # what the debounced reading-position signal costs once scrolling pauses (outline follows the view)
    open_and_wait(app, window, clock, big_id)
    view = window.document_view()
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum() // 2)
    t0 = time.perf_counter()
    view.reading_position_changed.emit(view.reading_offset())
    result["reading_position_s"] = time.perf_counter() - t0
    print(
        f"reading-position update after a scroll pause (outline follows): {result['reading_position_s'] * 1000:.1f} ms"
    )
    return result


def free_span(window: Any, start: int, length: int = 6) -> tuple[int, int]:
    """A span of ``length`` non-space characters at or after ``start`` that no annotation covers."""
    view = window.document_view()
    text = view.document_text.display_text
    i = start
    while i + length < len(text):
        chunk = text[i : i + length]
        if (
            chunk.strip() == chunk
            and "\n" not in chunk
            and not any(view.annotations_at(j) for j in range(i, i + length))
        ):
            return i, i + length
        i += length
    raise RuntimeError("no free span")


def bench_keypress(app: QApplication, window: Any, big_id: int, runs: int) -> dict[str, float]:
    clock = PaintClock(window.document_view().viewport())
    open_and_wait(app, window, clock, big_id)
    settle(app, window)
    view = window.document_view()
    store = window.store
    text = view.document_text.display_text
    pos = PositionIndex(text)
    before_all = store.annotations.count(big_id)
    saved, painted, direct = [], [], []
    for k in range(runs):
        start, end = free_span(window, (k + 1) * len(text) // (runs + 2))
        window.open_document(big_id, start)  # scroll there, as the clerk would be looking at it
        cursor = QTextCursor(view.document())
        cursor.setPosition(pos.py_to_qt(start))
        cursor.setPosition(pos.py_to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        view.setTextCursor(cursor)
        view.setFocus()
        for _ in range(3):
            app.processEvents()
        count = store.annotations.count(big_id)
        t0 = time.perf_counter()
        QTest.keyClick(view, Qt.Key.Key_1, Qt.KeyboardModifier.NoModifier)
        t_key = time.perf_counter()
        assert store.annotations.count(big_id) == count + 1, "the key did not save an annotation"
        pump_until(app, lambda t_key=t_key: clock.first_after(t_key) is not None)
        t_paint = clock.first_after(t_key)
        assert t_paint is not None
        saved.append(t_key - t0)
        painted.append(t_paint - t0)
        view.viewport().repaint()  # a synchronous paint of the same view, for scale
        t1 = time.perf_counter()
        view.viewport().repaint()
        direct.append(time.perf_counter() - t1)
        window.undo_stack.undo()  # leave the benchmark project as it was
        app.processEvents()
    assert store.annotations.count(big_id) == before_all
    print(
        "keypress '1' on a selection -> annotation saved and view updated: "
        f"median {statistics.median(saved) * 1000:.1f} ms; "
        f"-> painted: median {statistics.median(painted) * 1000:.1f} ms, worst {max(painted) * 1000:.1f} ms "
        f"({runs} runs on a report with {before_all} annotations; one bare repaint of the view "
        f"{statistics.median(direct) * 1000:.1f} ms); load {os.getloadavg()[0]:.1f}"
    )
    return {"keypress_saved_s": statistics.median(saved), "keypress_painted_s": statistics.median(painted)}


def bench_memory(app: QApplication, window: Any, big_id: int) -> dict[str, float]:
    clock = PaintClock(window.document_view().viewport())
    ids = window.library.document_ids()
    visit = [ids[0], ids[len(ids) // 4], big_id, ids[len(ids) // 2], ids[-1]]
    for doc in visit:
        open_and_wait(app, window, clock, doc)
    rss, peak = rss_mb()
    print(
        f"app memory with {len(ids)} reports / {window.store.annotations.count()} annotations open and 5 documents "
        f"visited (the largest among them): RSS {rss:.0f} MB, peak {peak:.0f} MB"
    )
    return {"memory_rss_mb": rss, "memory_peak_mb": peak}


def largest_and_small(window: Any) -> tuple[int, int]:
    docs = window.store.documents.all()
    big = max(docs, key=lambda d: d.text_length)
    small = min((d for d in docs if d.text_length > 2000), key=lambda d: d.text_length)
    return big.id, small.id


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--project", type=Path, required=True)
    ap.add_argument("--memory", action="store_true", help="only the memory figure (run it in a fresh process)")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--steps", type=int, default=200)
    ap.add_argument("--keys", type=int, default=20)
    args = ap.parse_args(argv)
    print("machine:", machine())
    app, window = make_window(args.project)
    big_id, small_id = largest_and_small(window)
    if args.memory:
        result = bench_memory(app, window, big_id)
    else:
        result = bench_stalls(app, window, small_id)
        result |= bench_open(app, window, big_id, small_id, args.runs)
        result |= bench_scroll(app, window, big_id, small_id, args.steps)
        result |= bench_keypress(app, window, big_id, args.keys)
    window.close()
    app.processEvents()
    print("RESULT " + json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
