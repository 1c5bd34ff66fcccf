"""Importing files and folders through the TaskRunner, with a summary for the clerk."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from models import importing
from models.errors import Cancelled, in_language
from models.types import Changes
from ui.project import Project

translate = QCoreApplication.translate


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
) -> int:
    """Import ``files`` (folders are searched) off the GUI thread; broadcasts the new documents.

    ``on_done(outcomes, status line)`` when it ends, cancelled or not.
    """
    items = [Path(f) for f in files]

    def work(store, progress, cancelled):  # type: ignore[no-untyped-def]
        return importing.import_files(store, items, progress=progress, cancelled=cancelled)

    def succeeded(result: tuple[list[importing.ImportOutcome], Changes]) -> None:
        outcomes, _changes = result  # the runner has broadcast the changes
        if on_done is not None:
            on_done(outcomes, status_text(outcomes))
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
