"""Backups from the GUI (on open, on a timer after changes, on close, the 备份与恢复 dialog), the damaged-project
offer, and the refresh when another process changes the project."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from models import ops
from models.errors import ProjectDamaged
from models.store import Store
from models.store.backup import backup_dir, list_backups
from tests.ui.conftest import make_window
from ui.safety import backups as backups_mod
from ui.safety import damaged, safety_of
from ui.safety.backups import BackupsDialog


def first_tag(store: Store) -> int:
    return store.tags.all()[0].id


def annotate(window, quote: str) -> int:  # type: ignore[no-untyped-def]
    """Tag ``quote`` in the open document through the annotator (one undo step)."""
    text = window.document_view().document_text.display_text
    start = text.index(quote)
    ann_id = window.annotator.create_annotation(start, start + len(quote), first_tag(window.store))
    assert ann_id is not None
    return ann_id


def wait_backups(qtbot, path: Path, count: int) -> list[Path]:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: len(list_backups(path)) == count, timeout=10000)
    return list_backups(path)


def test_opening_backs_up_once_and_the_timer_only_after_changes(qtbot, small_project, dialogs):
    window = make_window(qtbot, small_project)
    scheduler = safety_of(window).scheduler
    assert scheduler.timer.interval() == 10 * 60 * 1000 and scheduler.timer.isActive()
    first = wait_backups(qtbot, small_project, 1)
    assert Store.open(first[0], readonly=True).annotations.select() == []

    scheduler.timer.timeout.emit()  # nothing changed: no new backup
    assert window.tasks.wait_idle()
    assert len(list_backups(small_project)) == 1

    ann_id = annotate(window, "工业总产值")
    window.statusBar().clearMessage()  # the tag's own notice gone: a routine backup speaks only on a quiet line
    scheduler.timer.timeout.emit()
    newest = wait_backups(qtbot, small_project, 2)[0]
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "已备份项目")
    snapshot = Store.open(newest, readonly=True)
    assert [a.id for a in snapshot.annotations.select()] == [ann_id]
    snapshot.close()

    scheduler.timer.timeout.emit()  # the change is in the backup already
    assert window.tasks.wait_idle()
    assert len(list_backups(small_project)) == 2


def test_closing_after_a_change_backs_up(qtbot, small_project, dialogs):
    window = make_window(qtbot, small_project)
    wait_backups(qtbot, small_project, 1)
    window.close()
    assert len(list_backups(small_project)) == 1  # no change: no backup on close

    window = make_window(qtbot, small_project)
    wait_backups(qtbot, small_project, 2)
    ann_id = annotate(window, "工业总产值")
    window.close()
    newest = list_backups(small_project)[0]
    assert len(list_backups(small_project)) == 3
    assert [a.id for a in Store.open(newest, readonly=True).annotations.select()] == [ann_id]


def test_backups_dialog_lists_and_restores_into_a_new_window(qtbot, small_project, dialogs, monkeypatch):
    from ui import main_window

    window = make_window(qtbot, small_project)
    wait_backups(qtbot, small_project, 1)
    ann_id = annotate(window, "工业总产值")
    safety_of(window).scheduler.timer.timeout.emit()
    backups = wait_backups(qtbot, small_project, 2)

    safety_of(window).backups_action.trigger()
    dlg = window.findChild(BackupsDialog, "backupsDialog")
    assert dlg is not None and dlg.isVisible()
    rows = [dlg.list.topLevelItem(i) for i in range(dlg.list.topLevelItemCount())]
    assert [r.text(0) for r in rows] == [backups_mod.format_time(b) for b in backups]
    assert all(r.text(1).endswith("KB") for r in rows)
    assert dlg.folder_button.isEnabled()

    asked: list[str] = []
    monkeypatch.setattr(backups_mod, "confirm", lambda parent, text: asked.append(text) or True)
    dlg.list.setCurrentItem(rows[1])  # the older one, taken before the annotation
    qtbot.mouseClick(dlg.restore_button, Qt.MouseButton.LeftButton)
    assert "此后的修改会丢失" in asked[0]
    qtbot.waitUntil(lambda: not window.isVisible())
    new = next(w for w in list(main_window._WINDOWS) if w is not window)
    qtbot.addWidget(new)
    assert new.project_path == small_project
    assert not new.store.annotations.has(ann_id)
    kept = list(small_project.parent.glob(small_project.name + ".damaged-*"))
    assert len(kept) == 1  # the replaced file is set aside, not deleted
    assert [a.id for a in Store.open(kept[0], readonly=True).annotations.select()] == [ann_id]


def damage(path: Path) -> None:
    """Overwrite the SQLite header so the file no longer opens."""
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    data = bytearray(path.read_bytes())
    data[:100] = b"\x00garbage" * 12 + b"\x00" * 4
    path.write_bytes(bytes(data))


@pytest.fixture
def damaged_project(tmp_path: Path) -> tuple[Path, int]:
    """A project with one annotation, backed up, then damaged on disk."""
    from tests.ui.conftest import small_parsed

    path = tmp_path / "damaged.reportmark"
    store = ops.open_project(path)
    doc = store.documents.add(small_parsed())
    start = small_parsed().display_text.index("2020")
    ann, _ = ops.create_annotation(store, doc.id, start, start + 4, first_tag(store))
    assert ops.backup_project(store) is not None
    store.close()
    damage(path)
    return path, ann.id


def press(label: str):  # type: ignore[no-untyped-def]
    """A stand-in for the clerk clicking the button labelled ``label``."""
    return lambda box: next(b for b in box.buttons() if b.text() == label)


def test_offer_restore_brings_back_the_annotation(qtbot, damaged_project, monkeypatch):
    path, ann_id = damaged_project
    with pytest.raises(ProjectDamaged) as info:
        ops.open_project(path)
    shown: list[str] = []

    def answer(box: QMessageBox):  # type: ignore[no-untyped-def]
        shown.append(box.text())
        return press("恢复备份")(box)

    monkeypatch.setattr(damaged, "_ask", answer)
    assert damaged.offer_restore(None, info.value, path) is True
    assert "项目文件“damaged.reportmark”已损坏" in shown[0]
    assert backups_mod.format_time(info.value.backup) in shown[0] and "丢失此后的修改" in shown[0]
    store = ops.open_project(path)
    assert store.annotations.get(ann_id).text == "2020"
    store.close()


def test_offer_restore_cancel_or_no_backup_leaves_the_file(qtbot, damaged_project, monkeypatch, tmp_path):
    path, _ = damaged_project
    with pytest.raises(ProjectDamaged) as info:
        ops.open_project(path)
    before = path.read_bytes()
    monkeypatch.setattr(damaged, "_ask", press("取消"))
    assert damaged.offer_restore(None, info.value, path) is False
    assert path.read_bytes() == before

    for b in list_backups(path):
        b.unlink()
    with pytest.raises(ProjectDamaged) as info:
        ops.open_project(path)
    assert info.value.backup is None
    monkeypatch.setattr(damaged, "_ask", lambda box: pytest.fail("nothing to offer"))
    assert damaged.offer_restore(None, info.value, path) is False
    assert backup_dir(path).is_dir()


def test_another_process_writing_refreshes_the_window(qtbot, small_project, dialogs):
    window = make_window(qtbot, small_project)
    watcher = safety_of(window).watcher
    wait_backups(qtbot, small_project, 1)
    assert window.tasks.wait_idle()
    assert watcher.check() is False  # our own backup does not count as an outside change

    annotate(window, "工业总产值")
    assert watcher.check() is False  # nor does our own edit
    assert not watcher.banner.isVisible()

    other = Store.open(small_project)
    doc_id = window.current_document_id()
    text = other.documents.display_text(doc_id)
    start = text.index("发展不平衡")
    ann, _ = ops.create_annotation(other, doc_id, start, start + 5, first_tag(other))
    other.close()

    watcher.timer.timeout.emit()
    assert watcher.refreshes == 1
    assert watcher.banner.isVisible() and watcher.banner.text() == "项目已被另一个窗口修改，已刷新"
    assert window.document_view().annotation(ann.id) is not None
    assert window.table.model.rowCount() == 2
    assert watcher.check() is False  # once only


def test_open_or_restore_reopens_a_damaged_project_in_a_window(qtbot, damaged_project, monkeypatch):
    from models.errors import Cancelled
    from ui.main_window import MainWindow

    path, ann_id = damaged_project
    monkeypatch.setattr(damaged, "_ask", press("取消"))
    with pytest.raises(Cancelled, match="已损坏，未打开"):
        damaged.open_or_restore(None, path, lambda: MainWindow(path))

    monkeypatch.setattr(damaged, "_ask", press("恢复备份"))
    window = damaged.open_or_restore(None, path, lambda: MainWindow(path))
    qtbot.addWidget(window)
    assert window.store.annotations.get(ann_id).text == "2020"


def test_our_own_background_import_is_not_an_outside_change(qtbot, small_project, dialogs, tmp_path):
    from tests.ui.conftest import SEED_SIMPLIFIED

    window = make_window(qtbot, small_project)
    watcher = safety_of(window).watcher
    wait_backups(qtbot, small_project, 1)
    window.import_paths([SEED_SIMPLIFIED])
    qtbot.waitUntil(lambda: len(window.library.document_ids()) == 2, timeout=20000)
    assert window.tasks.wait_idle()
    assert watcher.check() is False
    assert not watcher.banner.isVisible()


def test_a_second_process_writing_shows_the_banner(qtbot, small_project, dialogs):
    import subprocess
    import sys

    from tests.ui.conftest import ROOT

    window = make_window(qtbot, small_project)
    watcher = safety_of(window).watcher
    wait_backups(qtbot, small_project, 1)
    assert window.tasks.wait_idle()
    doc_id = window.current_document_id()
    script = (
        "import sys\n"
        "from models import ops\n"
        "from models.store import Store\n"
        "s = Store.open(sys.argv[1])\n"
        "text = s.documents.display_text(int(sys.argv[2]))\n"
        "i = text.index('发展不平衡')\n"
        "a, _ = ops.create_annotation(s, int(sys.argv[2]), i, i + 5, s.tags.all()[1].id)\n"
        "print(a.id)\n"
        "s.close()\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script, str(small_project), str(doc_id)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    ann_id = int(out.stdout.strip())
    watcher.timer.timeout.emit()
    assert watcher.banner.isVisible() and watcher.banner.text() == "项目已被另一个窗口修改，已刷新"
    assert window.statusBar().currentMessage() == "项目已被另一个窗口修改，已刷新"
    assert window.document_view().annotation(ann_id) is not None


def test_a_change_made_while_a_backup_runs_is_backed_up_when_that_backup_ends(qtbot, small_project, dialogs):
    # CI (fresh clone, session 13) timed out waiting for the second backup: the timer fired after the first backup's
    # file was written but before its result reached the window, so the request was dropped until the next tick.
    window = make_window(qtbot, small_project)
    scheduler = safety_of(window).scheduler
    wait_backups(qtbot, small_project, 1)
    assert window.tasks.wait_idle()
    scheduler._running = True  # a backup still in flight, its result not yet delivered
    annotate(window, "工业总产值")
    scheduler.timer.timeout.emit()
    assert len(list_backups(small_project)) == 1
    scheduler._on_backup_succeeded(None)  # the running backup ends
    wait_backups(qtbot, small_project, 2)
