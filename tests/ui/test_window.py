"""Projects (new/open/recent), preferences, drag & drop import, context menu, hover tooltips."""

from __future__ import annotations

import shutil

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from tests.ui.conftest import SEED_SIMPLIFIED, make_window, type_text
from tests.ui.test_annotating import select
from ui import settings


def test_new_and_recent_projects_open_in_a_fresh_window(window, qtbot, tmp_path):
    new_path = tmp_path / "新项目.reportmark"
    fresh = window.new_project(new_path)
    qtbot.addWidget(fresh)
    assert not window.isVisible()
    assert fresh.project_path == new_path and "新项目" in fresh.windowTitle()
    assert fresh.library.document_ids() == []
    assert [t.name for t in fresh.store.tags.all()][:5] == ["指标", "政策", "问题", "目标", "措施"]
    recent = settings.recent_projects()
    assert recent[0] == new_path and window.project_path in recent


def test_preferences_author_is_stamped_on_annotations(window, qtbot):
    from ui.preferences.dialog import PreferencesDialog

    dlg = PreferencesDialog(window)
    qtbot.addWidget(dlg)
    dlg.author.selectAll()
    type_text(qtbot, dlg.author, "李四")
    dlg.language.setCurrentIndex(dlg.language.findData("en"))
    dlg.accept()
    assert settings.language() == "en" and settings.author() == "李四"
    view = window.document_view()
    start = view.document_text.display_text.index("工业总产值")
    select(view, start, start + 5)
    qtbot.keyClick(view, "1")
    (ann,) = window.store.annotations.select(window.current_document_id())
    assert ann.author == "李四"


def test_dropping_a_folder_on_the_library_imports_it(window, qtbot, tmp_path, dialogs):
    folder = tmp_path / "drop"
    folder.mkdir()
    shutil.copy(SEED_SIMPLIFIED, folder / "seed.txt")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder))])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    with qtbot.waitSignal(window.tasks.all_tasks_finished, timeout=20000):
        window.library.dropEvent(event)
    assert len(window.library.document_ids()) == 2
    assert "已导入 1 个文件" in dialogs["summaries"][-1]


def test_context_menu_tags_the_selection(window, qtbot):
    view = window.document_view()
    text = view.document_text.display_text
    start = text.index("发展不平衡")
    select(view, start, start + 5)
    menu = view.build_context_menu(QPoint(5, 5))
    sub = next(a.menu() for a in menu.actions() if a.menu() is not None)
    assert sub.title() == "标注为"
    next(a for a in sub.actions() if a.text().startswith("问题")).trigger()
    (ann,) = window.store.annotations.select(window.current_document_id())
    assert ann.text == "发展不平衡" and window.store.tags.get(ann.tag_id).name == "问题"
    # with the annotation selected (no text selection) the menu offers retag, note and delete
    menu = view.build_context_menu(view.cursorRect().center())
    labels = [a.text() for a in menu.actions()]
    assert "删除标注" in labels and "编辑备注…" in labels
    next(a for a in menu.actions() if a.text() == "删除标注").trigger()
    assert window.store.annotations.select(window.current_document_id()) == []


def test_tooltip_names_tag_and_note_and_suspect_repairs(qtbot, tmp_path, dialogs):
    from models import ops
    from models.types import Repair, SuspectRange
    from tests.ui.conftest import small_parsed

    parsed = small_parsed()
    text = parsed.display_text
    k = text.index("发展")
    parsed = parsed.__class__(
        **{
            **parsed.__dict__,
            "suspects": (SuspectRange(k, k + 2, "发展", "编码错位", (Repair("發展", 0.9, "移位解码"),)),),
        }
    )
    path = tmp_path / "tip.reportmark"
    store = ops.open_project(path)
    doc = store.documents.add(parsed)
    ops.create_annotation(store, doc.id, k, k + 5, store.tags.all()[2].id, note="需要关注")
    store.close()
    window = make_window(qtbot, path)
    tip = window.document_view().tooltip_at(k + 1)
    assert "问题" in tip and "需要关注" in tip and "發展" in tip
    assert window.info.suspects.count() == 1
    assert "發展" in window.info.suspects.item(0).text()


def test_screens_are_built_and_their_dock_state_is_kept(qtbot, small_project, dialogs):
    from PySide6.QtWidgets import QDockWidget

    from ui.review import ReviewScreen

    window = make_window(qtbot, small_project)
    assert isinstance(window.screens.review, ReviewScreen)
    assert window.screens.review.dock is window.findChild(QDockWidget, "reviewDock")
    assert "建议(&S)" in [a.text() for a in window.menu("tools").actions()]
    window.findChild(QDockWidget, "reviewDock").hide()
    window.findChild(QDockWidget, "outlineDock").hide()
    window.close()
    again = make_window(qtbot, small_project)
    assert not again.findChild(QDockWidget, "outlineDock").isVisible()
    assert not again.findChild(QDockWidget, "reviewDock").isVisible()
    assert again.findChild(QDockWidget, "tagDock").isVisible()


def test_table_edits_value_and_unit_through_undo(window, qtbot):
    view = window.document_view()
    start = view.document_text.display_text.index("8.5%")
    select(view, start, start + 4)
    qtbot.keyClick(view, "1")
    (ann,) = window.store.annotations.select(window.current_document_id())

    def attrs():
        return window.store.annotations.get(ann.id).attributes

    # a hand-tagged 指标 is read by the indicator parser
    assert (attrs()["value"], attrs()["unit"]) == (8.5, "%")
    model = window.table.model
    assert model.setData(model.index(0, 4), "9")
    assert model.setData(model.index(0, 5), "个百分点")
    assert (attrs()["value"], attrs()["unit"]) == (9, "个百分点")
    assert model.index(0, 4).data() == "9"
    window.undo_stack.undo()
    assert (attrs()["value"], attrs()["unit"]) == (9, "%")
    window.undo_stack.undo()
    assert (attrs()["value"], attrs()["unit"]) == (8.5, "%")
    model.setData(model.index(0, 4), "")
    assert "value" not in attrs()


def test_deleting_a_document_asks_and_clears_the_view(window, qtbot, monkeypatch):
    import ui.library.panel as panel

    doc_id = window.current_document_id()
    asked = []
    monkeypatch.setattr(panel, "confirm_delete", lambda parent, title, count: asked.append(title) or False)
    window.delete_document(doc_id)
    assert asked == ["某局2020年工作总结"] and window.store.documents.has(doc_id)
    monkeypatch.setattr(panel, "confirm_delete", lambda parent, title, count: True)
    window.delete_document(doc_id)
    assert not window.store.documents.has(doc_id)
    assert window.current_document_id() == 0
    assert window.library.document_ids() == []
    assert window.document_view().toPlainText() == ""


def test_opening_a_file_that_is_not_a_project_keeps_the_window(window, tmp_path, dialogs):
    bogus = tmp_path / "not-a-project.reportmark"
    bogus.write_bytes(b"this is not sqlite" * 100)
    assert window.open_project_window(bogus) is window
    assert window.isVisible()
    assert dialogs["errors"] and "不是报告标注项目" in dialogs["errors"][0]
