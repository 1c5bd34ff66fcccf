"""The screens built around a main window's core panels, as one typed value."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ui import compare, export, review, safety, search

if TYPE_CHECKING:
    from ui.main_window import MainWindow


@dataclass(frozen=True)
class Screens:
    """The screens of one main window (``window.screens``); each ``install`` returns its parts."""

    review: review.ReviewScreen
    export: export.ExportScreen
    search: search.SearchScreen
    compare: compare.CompareScreen
    safety: safety.SafetyScreen


def build_screens(window: MainWindow) -> Screens:
    """Install every screen in ``window`` once, after its core panels and menus exist."""
    # in this order: it is the order of their menu entries and docks
    return Screens(
        review=review.install(window),
        export=export.install(window),
        search=search.install(window),
        compare=compare.install(window),
        safety=safety.install(window),
    )
