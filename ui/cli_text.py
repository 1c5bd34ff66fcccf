"""The command line's own lines in the language of ``--lang`` (the window's English catalogue, context "cli")."""

from __future__ import annotations

from typing import Any

_CATALOGUES: list[Any] = []  # the English catalogue's QTranslator under --lang en


def translate(context: str, source: str) -> str:
    """One of the command line's own lines in the language of ``--lang`` (the window's catalogue, context "cli")."""
    for catalogue in _CATALOGUES:
        text = catalogue.translate(context, source)
        if text:
            return str(text)
    return source


def use_language(lang: str | None) -> None:
    """Load the English catalogue for ``--lang en`` (Chinese, the source language, needs none)."""
    _CATALOGUES.clear()
    if lang == "en":
        from PySide6.QtCore import QTranslator

        from models import paths

        catalogue = QTranslator()
        if catalogue.load(str(paths.RESOURCES / "translations" / "reportmark_en.qm")):
            _CATALOGUES.append(catalogue)
