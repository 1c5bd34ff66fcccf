"""Importing files and folders through the TaskRunner, with a summary for the clerk."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from models import import_journal, importing
from models.errors import Cancelled, in_language
from models.types import Changes
from ui.project import Project

translate = QCoreApplication.translate
RESUME_NAMES_SHOWN = 8  # file names listed in the question; the rest are counted


def summary_text(outcomes: Sequence[importing.ImportOutcome], note: str = "") -> str:
    """One short paragraph per outcome kind: imported / already present / refused with reasons.

    ``note`` comes first (导入已取消（已完成 2 / 10 个文件）。 for an import the clerk stopped).
    """
    imported = [o for o in outcomes if o.status == "imported"]
    duplicate = [o for o in outcomes if o.status == "duplicate"]
    refused = [o for o in outcomes if o.status == "refused"]
    lines = [note] if note else []
    lines += [
        # each count in its own part, so a language with plurals agrees with each one
        translate("importer", "{0}，{1}，{2}。").format(
            translate("importer", "已导入 %n 个文件", "", len(imported)),
            translate("importer", "已存在 %n 个", "", len(duplicate)),
            translate("importer", "未能导入 %n 个", "", len(refused)),
        )
    ]
    already = translate("importer", "{0}：已在项目中")
    lines += ["· " + already.format(o.path.name) for o in duplicate[:10]]
    if len(duplicate) > 10:  # the list is cut short: say so, or it reads as if these were all
        lines.append(translate("importer", "……另有 %n 个文件已在项目中。", "", len(duplicate) - 10))
    lines += [f"· {in_language(o.message, translate)}" for o in refused[:20]]  # models/ writes Chinese
    if len(refused) > 20:
        lines.append(translate("importer", "……另有 %n 个文件未能导入。", "", len(refused) - 20))
    return "\n".join(lines)


def status_text(outcomes: Sequence[importing.ImportOutcome], cancelled: bool = False) -> str:
    """The status line after an import (it replaces 正在导入……)."""
    count = translate("importer", "已导入 %n 个文件", "", sum(o.status == "imported" for o in outcomes))
    if cancelled:
        return translate("importer", "导入已取消：{0}。").format(count)
    return translate("importer", "导入完成：{0}。").format(count)


def show_summary(parent: QWidget | None, outcomes: Sequence[importing.ImportOutcome], note: str = "") -> None:
    """Show the import summary (tests replace this)."""
    title = translate("importer", "导入已取消") if note else translate("importer", "导入完成")
    box = QMessageBox(QMessageBox.Icon.Information, title, summary_text(outcomes, note), parent=parent)
    if any(o.status == "refused" for o in outcomes):
        box.setIcon(QMessageBox.Icon.Warning)
    box.exec()


def start_import(
    project: Project,
    files: Sequence[Path],
    parent: QWidget | None,
    on_done: Callable[[list[importing.ImportOutcome], str], None] | None = None,
    *,
    summary: bool = True,
) -> int:
    """Import ``files`` (folders are searched) off the GUI thread; broadcasts the new documents.

    ``on_done(outcomes, status line)`` when it ends, cancelled or not; ``summary`` False shows no summary box
    at the end (the samples of a first launch: the clerk did not ask for them).
    """
    items = [Path(f) for f in files]

    def work(store, progress, cancelled):  # type: ignore[no-untyped-def]
        # import_files keeps the journal of the files asked for: if the app is killed halfway, reopening offers the rest
        return importing.import_files(store, items, progress=progress, cancelled=cancelled)

    def succeeded(result: tuple[list[importing.ImportOutcome], Changes]) -> None:
        outcomes, _changes = result  # the runner has broadcast the changes
        if on_done is not None:
            on_done(outcomes, status_text(outcomes))
        if summary:
            show_summary(parent, outcomes)

    def failed(exc: BaseException) -> None:
        if not isinstance(exc, Cancelled):
            if on_done is not None:
                on_done([], "")
            from ui.errors import present_error

            present_error(parent, exc)
            return
        # a cancelled run keeps the files imported before it stopped (the runner broadcast them): say which
        store = project.store
        kept = [
            importing.ImportOutcome(Path(d.source_name), "imported", d)
            for d in (store.documents.get(i) for i in sorted(exc.changes.documents) if store.documents.has(i))
        ]
        if on_done is not None:
            on_done(kept, status_text(kept, cancelled=True))
        show_summary(parent, kept, exc.user_message)

    return project.tasks.run(
        work,
        owner=parent,
        on_success=succeeded,
        on_failure=failed,
        label=translate("importer", "正在导入报告……"),
        initiator="import",
    )


def ask_resume(parent: QWidget | None, text: str) -> bool:
    """Ask whether to import the files a killed import left (tests replace this)."""
    box = QMessageBox(QMessageBox.Icon.Question, translate("importer", "上次导入没有完成"), text, parent=parent)
    yes = box.addButton(translate("importer", "继续导入"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("importer", "不再导入"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes)
    box.exec()
    return box.clickedButton() is yes


def offer_resume(window: Any) -> None:
    """On opening a project: if an import was killed halfway, name the files it left and offer to import them."""
    project = window.project
    if not import_journal.path_for(project.path).exists():  # the usual case: no need to list 10,000 reports
        return
    left = import_journal.interrupted(
        project.path, ((d.source_name, d.content_hash) for d in project.store.documents.all())
    )
    if not left:
        return
    # counties' folders often hold files of one name (甲县/2023年工作总结.txt): those are named with their folder
    names = Counter(f.name for f in left)
    shown = "\n".join(f"{f.parent.name}/{f.name}" if names[f.name] > 1 else f.name for f in left[:RESUME_NAMES_SHOWN])
    more = len(left) - RESUME_NAMES_SHOWN
    if more > 0:
        rest = translate("importer", "……另有 %n 个文件", "", more)
        shown += "\n" + rest
    count = translate("importer", "还有 %n 个文件没有导入：", "", len(left))
    text = translate("importer", "上次导入在完成前中断了（程序被关闭）。已导入的报告都在项目中；{0}").format(count)
    if ask_resume(window, text + "\n\n" + shown):
        window.import_paths(left)
    else:
        import_journal.end(project.path)
