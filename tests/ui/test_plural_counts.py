"""Counts read right in English: "1 annotation", "2 annotations" (Qt's %n with a numerus entry in the .ts)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models import ops
from models.reanchor import Placement, ReanchorResult
from tests.ui.conftest import make_window
from tests.ui.test_annotating import press, select
from tests.ui.test_export_dialog import open_dialog
from tests.ui.test_translations import english_app  # noqa: F401  (a fixture used below)
from ui.safety.reimport import summary_text


def test_the_annotation_table_counts_one_annotation_and_two_annotations(english_app, qtbot, small_project, dialogs):  # type: ignore[no-untyped-def]  # noqa: F811
    window = make_window(qtbot, small_project)
    view = window.document_view()
    key = window.store.tags.all()[0].key  # the first tag's shortcut, pressed on a selection
    for start, label in ((0, "1 annotation"), (6, "2 annotations")):
        select(view, start, start + 2)
        view.setFocus()
        press(qtbot, view, key)
        qtbot.waitUntil(lambda label=label: window.table.count_label.text() == label)


def test_the_export_dialog_counts_one_annotation_and_two(english_app, qtbot, small_project, dialogs):  # type: ignore[no-untyped-def]  # noqa: F811
    store = ops.open_project(small_project)
    doc, tag = store.documents.all()[0].id, store.tags.all()[0].id
    store.annotations.add(doc, 0, 2, tag)
    store.close()
    window = make_window(qtbot, small_project)
    dlg = open_dialog(window, qtbot)
    qtbot.waitUntil(lambda: dlg.summary.text() == "1 annotation will be exported.")
    dlg.reject()

    window.store.annotations.add(doc, 2, 4, tag)
    dlg = open_dialog(window, qtbot)
    qtbot.waitUntil(lambda: dlg.summary.text() == "2 annotations will be exported.")


def test_export_and_reimport_summaries_count_in_english(english_app, qtbot, small_project):  # type: ignore[no-untyped-def]  # noqa: F811
    translate = QCoreApplication.translate
    assert translate("ExportDialog", "已导出 %n 条记录。", "", 1) == "Exported 1 record."
    assert translate("ExportDialog", "已导出 %n 条记录。", "", 2) == "Exported 2 records."
    assert translate("ExportDialog", "共 %n 条标注将被导出。", "", 1) == "1 annotation will be exported."
    assert translate("ExportDialog", "共 %n 条标注将被导出。", "", 3) == "3 annotations will be exported."

    store = ops.open_project(small_project)
    doc = store.documents.all()[0].id
    tag = store.tags.all()[0].id
    one = store.annotations.add(doc, 0, 2, tag)
    two = store.annotations.add(doc, 2, 4, tag)
    store.close()
    assert summary_text(ReanchorResult((Placement(one, 0, 2, "exact"),), ())) == "1 annotation moved."
    both = (Placement(one, 0, 2, "exact"), Placement(two, 2, 4, "exact"))
    assert summary_text(ReanchorResult(both, (one,))).startswith(
        "2 annotations moved; 1 could not be placed and is listed"
    )


def test_chinese_shows_the_source_with_the_count_filled_in(qapp):  # type: ignore[no-untyped-def]
    assert QCoreApplication.translate("AnnotationTable", "共 %n 处标注", "", 1) == "共 1 处标注"


def test_sentences_with_several_counts_agree_with_each_in_english(english_app):  # type: ignore[no-untyped-def]  # noqa: F811
    from pathlib import Path

    from models.importing import ImportOutcome
    from ui.library.importer import summary_text as import_summary

    outcomes = [ImportOutcome(Path("a.txt"), "imported"), ImportOutcome(Path("b.txt"), "duplicate")]
    outcomes.append(ImportOutcome(Path("c.txt"), "duplicate"))
    first = import_summary(outcomes).split("\n")[0]
    assert first == "1 file imported, 2 already in the project, 0 could not be imported."
    translate = QCoreApplication.translate
    many = translate("importer", "{0}，{1}，{2}。").format(
        translate("importer", "已导入 %n 个文件", "", 3),
        translate("importer", "已存在 %n 个", "", 0),
        translate("importer", "未能导入 %n 个", "", 1),
    )
    assert many == "3 files imported, 0 already in the project, 1 could not be imported."
    assert translate("SideBySide", "%n 对章节", "", 1) == "1 section pair"
    assert translate("SideBySide", "%n 对章节", "", 4) == "4 section pairs"
    assert translate("Export", "%n 篇报告", "", 1) + translate("Export", "%n 个标签", "", 2) == "1 report2 tags"


def test_the_same_sentences_read_as_before_in_chinese(qapp):  # type: ignore[no-untyped-def]
    from pathlib import Path

    from models.importing import ImportOutcome
    from ui.library.importer import summary_text as import_summary

    outcomes = [ImportOutcome(Path("a.txt"), "imported"), ImportOutcome(Path("b.txt"), "duplicate")]
    assert import_summary(outcomes).split("\n")[0] == "已导入 1 个文件，已存在 1 个，未能导入 0 个。"
