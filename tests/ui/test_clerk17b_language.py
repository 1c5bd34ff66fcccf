"""The window's language is process-wide state (translators, default locale): a switch goes all the way back,
and no test leaves English behind for the next one (the export preview's headers came out English after a test
that looked at the English menus)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from ui.app import install_translator
from ui.preferences.language import interface_is_english


def test_switching_back_to_chinese_removes_the_english_catalogue(qapp) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert install_translator(app, "en") is not None
    assert QCoreApplication.translate("MainWindow", "报告标注") != "报告标注"
    install_translator(app, "zh_CN")
    assert QCoreApplication.translate("MainWindow", "报告标注") == "报告标注"  # the English catalogue went too
    assert not interface_is_english()
    assert app.applicationDisplayName() == "报告标注"


DISPLAY_NAME: list[str] = []


def test_a_test_that_switches_to_english_and_cleans_up_only_its_translators(qtbot) -> None:  # type: ignore[no-untyped-def]
    """As test_clerk_day11 did: the translators go, the default locale and the display name stayed English."""
    app = QApplication.instance()
    DISPLAY_NAME.append(app.applicationDisplayName())
    translator = install_translator(app, "en")
    assert translator is not None
    for t in app.findChildren(QTranslator):
        app.removeTranslator(t)


def test_the_next_test_finds_the_window_speaking_chinese(qapp) -> None:  # type: ignore[no-untyped-def]
    """Runs after the one above (file order): whatever a test changed, the next starts from the same language."""
    app = QApplication.instance()
    assert not interface_is_english()
    assert QLocale().language() != QLocale.Language.English
    assert app.applicationDisplayName() == DISPLAY_NAME[0]
    assert QCoreApplication.translate("MainWindow", "报告标注") == "报告标注"
