"""Showing errors to the clerk: domain messages as-is, anything unexpected as an apology plus a log entry."""

from __future__ import annotations

import logging
import traceback
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from models import paths
from models.errors import ReportMarkError, in_language

log = logging.getLogger("reportmark")


def log_path() -> Path:
    return paths.data_dir() / "reportmark.log"


def log_exception(exc: BaseException) -> Path:
    """Append the traceback of ``exc`` to the log file and return the file's path."""
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        with path.open("a", encoding="utf-8") as fh:
            fh.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n{text}\n")
    except OSError:
        log.exception("could not write the log file")
    return path


def user_text(exc: ReportMarkError) -> str:
    """The domain's sentence in the window's language (models/ writes Chinese; the catalogue has the English)."""
    return in_language(exc.user_message, QCoreApplication.translate)


def message_for(exc: BaseException) -> tuple[str, str | None]:
    """The sentence to show and, for unexpected errors, the log path to mention."""
    if isinstance(exc, ReportMarkError):
        return user_text(exc), None
    from models.failures import explain  # issue 15: a locked, read-only or full disk is said plainly

    known = explain(exc)
    if known is not None:
        log_exception(exc)
        return user_text(known), None
    path = log_exception(exc)
    text = QCoreApplication.translate(
        "errors", "抱歉，出现了意外错误，刚才的操作没有完成。详细信息已记录在日志文件中。"
    )
    return text, str(path)


def present_error(parent: QWidget | None, exc: BaseException) -> None:
    """Show ``exc`` to the clerk; the window stays usable."""
    text, log_file = message_for(exc)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if log_file is None else QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("errors", "报告标注"))
    box.setText(text)
    if log_file:
        box.setInformativeText(QCoreApplication.translate("errors", "日志文件：{0}").format(log_file))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    _show(box)


def _show(box: QMessageBox) -> None:
    """Run the box modally (tests replace this to avoid blocking)."""
    box.exec()
