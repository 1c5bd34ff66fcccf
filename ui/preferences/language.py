"""The language the interface is shown in this run (``--lang`` may differ from the saved preference)."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def interface_is_english() -> bool:
    """True when the window speaks English: the app sets the default locale with the translator it installs.

    ``settings.language()`` is the saved preference; ``main.py --lang en`` shows English without saving it,
    and whatever follows the window's language (export headers, default file names) must follow this instead.
    """
    return QLocale().language() == QLocale.Language.English


def language_in_use() -> str:
    """The code (``zh_CN`` or ``en``) of the language the window speaks now, whichever way it was chosen."""
    return "en" if interface_is_english() else "zh_CN"
