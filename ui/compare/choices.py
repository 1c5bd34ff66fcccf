"""The list of reports every compare picker offers: one model per main window, read on a worker.

At 10,000 reports, reading the list and filling six pickers item by item took ~1.5 s on the GUI thread each time the
window opened and again on every change of the project. The list is read by ``load_choices`` on a worker (through
``window.tasks``), kept in one ``ReportChoices`` model that every picker shows, and handed to the GUI thread whole:
the views ask only for the rows they paint.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QIdentityProxyModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRegularExpression,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel

from models import doc_fields
from models.labels import distinct_labels
from models.types import Changes

ID_ROLE = Qt.ItemDataRole.UserRole
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 7  # what typing in a picker matches: name, title, issuer, year, file
Choice = tuple[int, str, str]  # (id, name as every compare view says it, the words a clerk may type to find it)
Index = QModelIndex | QPersistentModelIndex
UNTITLED_COLOR = "#6c757d"  # the library's subtitle grey


def load_choices(store: Any, untitled: set[int] | None = None) -> list[Choice]:
    """Every report as the pickers offer it, read in one pass (run on a worker); ``untitled`` gathers the ids of
    reports with no title of their own (their file name stands in)."""
    docs = store.documents.all()
    names = distinct_labels(docs)
    choices = []
    for d in docs:
        if untitled is not None and doc_fields.untitled(d):
            untitled.add(d.id)
        key = " ".join(x for x in (d.title, d.issuer or "", (d.date or "")[:4], d.source_name) if x)
        choices.append((d.id, names[d.id], f"{names[d.id]} {key}".strip()))
    return choices


def choices_model(rows: list[Choice], untitled: set[int] | frozenset[int] = frozenset()) -> QStandardItemModel:
    """The rows as a Qt model whose data Qt reads without calling Python (typing in a picker matches 10,000 rows;
    the matrix filters them). Built on the worker and handed to the GUI thread, whose event loop owns it after."""
    model = QStandardItemModel()
    items = []
    for doc_id, name, key in rows:
        item = QStandardItem(name)
        item.setData(doc_id, ID_ROLE)
        item.setData(key, SEARCH_ROLE)
        item.setToolTip(name)
        item.setEditable(False)
        if doc_id in untitled:  # as the library shows it: the file name in italics, never as if it were a title
            font = item.font()
            font.setItalic(True)
            item.setFont(font)
            item.setForeground(QColor(UNTITLED_COLOR))
        items.append(item)
    if items:
        model.invisibleRootItem().appendRows(items)
    app = QCoreApplication.instance()
    if app is not None and model.thread() is not app.thread():
        model.moveToThread(app.thread())
    return model


class ReportChoices(QIdentityProxyModel):
    """``(id, name, search words)`` rows shown by every picker; ``list_loaded`` after each reading of the list.

    One model for all pickers whose rows are replaced whole by each reading (its source model is swapped).
    """

    list_loaded = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Choice] = []
        self._row_of: dict[int, int] = {}
        self._source: QStandardItemModel | None = None
        self.is_loaded = False
        self._read: Callable[[], None] | None = None

    def reload(self) -> None:
        """Read the list again on a worker (``list_loaded`` follows)."""
        if self._read is not None:
            self._read()

    def set_choices(self, rows: list[Choice], model: QStandardItemModel | None = None) -> None:
        """List ``rows`` (``model``: the same rows as ``choices_model`` built them on the worker)."""
        source = model if model is not None else choices_model(rows)
        source.setParent(self)
        self._rows = list(rows)
        self._row_of = {doc_id: i for i, (doc_id, _n, _k) in enumerate(self._rows)}
        old, self._source = self._source, source
        self.setSourceModel(source)  # one reset of every view
        if old is not None:
            old.deleteLater()
        self.is_loaded = True
        self.list_loaded.emit()

    def row_of(self, doc_id: int) -> int:
        """The row of ``doc_id``, or -1."""
        return self._row_of.get(doc_id, -1)

    def ids(self) -> list[int]:
        return [d for d, _n, _k in self._rows]

    def documents(self) -> list[tuple[int, str]]:
        """``(id, name)`` of every report listed."""
        return [(d, n) for d, n, _k in self._rows]

    def names(self) -> dict[int, str]:
        return {d: n for d, n, _k in self._rows}


def report_choices(window: Any) -> ReportChoices:
    """The main window's one list of reports for compare, read on a worker when first asked for and after every
    change to the project's reports (until then it is empty and ``is_loaded`` is False)."""
    found = window.findChild(ReportChoices, "compareReportChoices")
    if isinstance(found, ReportChoices):
        return found
    model = ReportChoices(window)
    model.setObjectName("compareReportChoices")

    def read() -> None:
        def work(store: Any, _progress: object, _cancelled: object) -> tuple[list[Choice], QStandardItemModel]:
            untitled: set[int] = set()
            rows = load_choices(store, untitled)
            return rows, choices_model(rows, untitled)

        window.tasks.run(
            work,
            owner=model,
            key="choices",
            on_success=lambda result: model.set_choices(*result),
            label=QCoreApplication.translate("compare", "正在读取报告列表……"),
            show_progress=False,
        )

    def on_changes(changes: Changes, _initiator: object) -> None:
        if shiboken6.isValid(model) and changes.documents:
            read()

    model._read = read
    window.changes_applied.connect(on_changes)
    read()
    return model


def when_loaded(model: ReportChoices, fn: Callable[[], None]) -> None:
    """Call ``fn`` once the list has been read (now, if it has)."""
    if model.is_loaded:
        fn()
        return

    def once() -> None:
        model.list_loaded.disconnect(once)
        fn()

    model.list_loaded.connect(once)


class CheckedReports(QIdentityProxyModel):
    """``shown`` (the reports a filter lets through) with a tick each, for the matrix's columns; ticks are kept by
    id across readings of ``choices``. Python answers only for the rows painted."""

    def __init__(self, choices: ReportChoices, shown: QAbstractItemModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.choices = choices
        self.setSourceModel(shown)
        self.checked: set[int] = set()
        self._seen: set[int] = set()
        choices.list_loaded.connect(self._on_choices_list_loaded)
        if choices.is_loaded:
            self._on_choices_list_loaded()

    def _on_choices_list_loaded(self) -> None:
        # the first reading ticks every report; a report added later comes unticked, as the clerk chose the rest
        ids = self.choices.ids()
        fresh = set(ids) - self._seen
        if not self._seen:
            self.checked |= fresh
        self._seen |= fresh
        self.checked &= set(ids)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsUserCheckable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and index.isValid():
            doc_id = super().data(index, ID_ROLE)
            return Qt.CheckState.Checked if doc_id in self.checked else Qt.CheckState.Unchecked
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        doc_id = int(super().data(index, ID_ROLE))
        on = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
        (self.checked.add if on else self.checked.discard)(doc_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True


def words_filter(proxy: QSortFilterProxyModel, text: str) -> None:
    """Show the rows whose search words hold every word typed (matched by Qt, not row by row in Python)."""
    words = text.split()
    pattern = "".join(f"(?=.*{re.escape(w)})" for w in words)
    expr = QRegularExpression(f"^{pattern}" if words else "")
    expr.setPatternOptions(
        QRegularExpression.PatternOption.CaseInsensitiveOption
        | QRegularExpression.PatternOption.DotMatchesEverythingOption
    )
    proxy.setFilterRegularExpression(expr)
