"""The language the interface is shown in this run (``--lang`` may differ from the saved preference)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale


def interface_is_english() -> bool:
    """True when the window speaks English: the app sets the default locale with the translator it installs.

    ``settings.language()`` is the saved preference; ``main.py --lang en`` shows English without saving it,
    and whatever follows the window's language (export headers, default file names) must follow this instead.
    """
    return QLocale().language() == QLocale.Language.English


def language_in_use() -> str:
    """The code (``zh_CN`` or ``en``) of the language the window speaks now, whichever way it was chosen.

    Read from the catalogue in force (the app's own name translated or not), not from the locale: the system's
    locale may be English while no English catalogue is installed.
    """
    return "en" if QCoreApplication.translate("MainWindow", "报告标注") != "报告标注" else "zh_CN"
