"""The first launch: the window appears before the sample reports are read, which then arrive in the background."""

from __future__ import annotations

from pathlib import Path


def test_a_new_default_project_opens_at_once_and_reads_its_samples_behind_it(qtbot, tmp_path: Path, dialogs) -> None:  # type: ignore[no-untyped-def]
    """Seen once: the first launch took ~31 s before any window (the seeds were read, jieba's dictionary built
    and the fonts cached, all before the window was made)."""
    from models import paths
    from ui.main_window import MainWindow

    path = tmp_path / "默认项目.reportmark"
    window = MainWindow(path, seed=True)
    qtbot.addWidget(window)
    assert window.store.documents.count() == 0  # nothing read yet: the window is made at once
    window.show()
    window.reopen_last_document()  # as app.run does: nothing to open yet, and no error
    qtbot.waitExposed(window)
    seeds = {p.name for p in paths.seed_files()}
    qtbot.waitUntil(lambda: {d.source_name for d in window.store.documents.all()} == seeds, timeout=60000)
    qtbot.waitUntil(lambda: len(window.library.document_ids()) == len(seeds), timeout=10000)
    qtbot.waitUntil(lambda: window.current_document_id() != 0, timeout=10000)  # the first sample is shown
    assert dialogs["summaries"] == []  # no "import finished" box the clerk never asked for
    assert not dialogs["errors"]


def test_an_existing_project_is_not_seeded_again(qtbot, tmp_path: Path, dialogs) -> None:  # type: ignore[no-untyped-def]
    from models import ops
    from ui.main_window import MainWindow

    path = tmp_path / "p.reportmark"
    ops.open_project(path).close()
    window = MainWindow(path, seed=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    from PySide6.QtCore import QTimer

    ran: list[bool] = []
    QTimer.singleShot(0, lambda: ran.append(True))  # queued after the window's own start-up calls
    qtbot.waitUntil(lambda: ran == [True])  # they have run: a sample import would have started by now
    # whatever the start-up queued (a warm-up, a check) is let finish: a sample import would have read its reports
    qtbot.waitUntil(window.tasks.is_idle, timeout=30000)
    assert window.store.documents.count() == 0
