"""Errors: domain messages shown as-is; unexpected ones get an apology and a log entry; the app survives."""

from __future__ import annotations

import sys

from models import paths
from models.errors import DecodeError
from ui.errors import log_path, message_for, present_error


def test_domain_error_shows_its_user_message(qapp, dialogs):
    present_error(None, DecodeError("无法识别文件“a.txt”的编码。"))
    assert dialogs["errors"] == ["无法识别文件“a.txt”的编码。"]


def test_unexpected_error_is_logged_in_the_data_dir():
    try:
        raise KeyError("secret detail")
    except KeyError as exc:
        text, log_file = message_for(exc)
    assert "抱歉" in text and "secret" not in text
    assert log_file == str(log_path()) and log_path().parent == paths.data_dir()
    assert "KeyError: 'secret detail'" in log_path().read_text(encoding="utf-8")


def test_error_hook_keeps_the_window_alive(window, dialogs, monkeypatch):
    from PySide6.QtWidgets import QApplication

    from ui.app import install_error_hook

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_error_hook(QApplication.instance())
    try:
        raise RuntimeError("from a slot")
    except RuntimeError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    assert dialogs["errors"] and "抱歉" in dialogs["errors"][0]
    assert window.isVisible()
    assert "RuntimeError: from a slot" in log_path().read_text(encoding="utf-8")
