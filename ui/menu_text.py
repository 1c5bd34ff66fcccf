"""Access letters of menu items: ``新建项目(&N)…`` in a menu, ``新建项目`` wherever the action's text is shown again."""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar

# a Chinese access letter, as 文件(&F): brackets half- or full-width
_BRACKETED = re.compile(r"\s*[(（]&([^&\s])[)）]")
_AMPERSAND = re.compile(r"&(&?)")

# the dock panels' letters in 视图 (their title is the panel's, so the letter is added here, not in the catalogue)
DOCK_KEYS = {
    "libraryDock": "D",
    "outlineDock": "O",
    "tagDock": "T",
    "infoDock": "I",
    "annotationDock": "A",
    "reviewDock": "R",
    "searchDock": "F",
    "annotationQueryDock": "Q",
    "unplacedDock": "P",
}


def plain(text: str) -> str:
    """``新建项目(&N)…`` -> ``新建项目…``, ``&New Project…`` -> ``New Project…``; ``&&`` stays one ``&``."""
    return _AMPERSAND.sub(lambda m: m.group(1), _BRACKETED.sub("", text))


def with_access_letter(text: str, letter: str) -> str:
    """``text`` with ``letter`` as its access letter: before that letter in a Latin text, else ``(&X)`` after it."""
    if "&" in text.replace("&&", ""):
        return text
    at = text.lower().find(letter.lower()) if text.isascii() else -1
    if at >= 0:
        return f"{text[:at]}&{text[at:]}"
    body = text.rstrip("…").rstrip()
    return f"{body}(&{letter.upper()}){text[len(body) :]}"


def _qt_default(text: str) -> str:
    """What Qt shows as an action's tooltip or button text when none was set (ampersands and "..." dropped)."""
    return text.replace("...", "").replace("…", "").replace("&", "").strip()


def menu_actions(menu: QMenu | QMenuBar) -> Iterator[QAction]:
    """Every action of ``menu`` and of its submenus."""
    for act in menu.actions():
        if act.isSeparator():
            continue
        yield act
        sub = act.menu()
        if isinstance(sub, QMenu):
            yield from menu_actions(sub)


def tidy_reused_texts(bar: QMenuBar) -> None:
    """Button texts and tooltips of the menus' actions without the access letter (Qt would show ``新建项目(N)…``).

    A tooltip set on purpose (one that is not Qt's copy of the text) is kept.
    """
    for act in menu_actions(bar):
        text = act.text()
        if "&" not in text:
            continue
        shown = plain(text)
        if _qt_default(act.toolTip()) == _qt_default(text):
            act.setToolTip(shown.rstrip("…").strip())
        act.setIconText(shown.rstrip("…").strip())
