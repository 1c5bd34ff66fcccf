"""Library panel: a filterable list of the project's documents; accepts dropped files and folders."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QListView,
    QMenu,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from models import doc_fields
from models.types import Document
from ui.library.row_delegate import SUBTITLE_COLOR, LibraryRowDelegate

DOC_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2


class LibraryPanel(QWidget):
    """Lists documents; ``document_activated(doc_id)`` on click, ``files_dropped(paths)`` on drop."""

    document_activated = Signal(int)
    files_dropped = Signal(list)
    delete_requested = Signal(int)
    edit_info_requested = Signal(int)  # the clerk wants to correct this report's title, issuer, date
    # (menu, doc_id) while a document's context menu is built: screens add their entries here
    context_menu_requested = Signal(object, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self._documents: list[Document] = []
        self._row_of: dict[int, int] = {}  # each listed report's row
        self._open_id = 0  # the document the window shows (its row is the selected one when listed)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("筛选文档（标题、机构、日期）"))
        self.filter_edit.setClearButtonEnabled(True)
        self.model = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(SEARCH_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.list = QListView(self)
        self.list.setObjectName("libraryList")
        self.list.setModel(self.proxy)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(True)  # rows are one height (row_delegate): one is measured, not 10,000
        # long titles wrap (or, without break points, elide) instead of scrolling sideways; rows re-layout on resize
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setItemDelegate(LibraryRowDelegate(self.list))
        self.list.setAcceptDrops(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.list)
        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        # Enter opens the one report left (or moves into the list); Down moves into the list
        self.filter_edit.returnPressed.connect(self._on_filter_edit_return_pressed)
        self.filter_edit.installEventFilter(self)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._on_list_context_menu)
        self.list.clicked.connect(self._on_list_clicked)
        self.list.activated.connect(self._on_list_clicked)
        # the arrow keys open the row they move to: a highlighted row is always the report on screen
        self.list.selectionModel().currentChanged.connect(self._on_list_current_changed)

    def set_documents(self, documents: list[Document]) -> None:
        """Show ``documents``; a no-op when nothing shown has changed (keeps scroll and selection)."""
        if documents == self._documents:
            return
        self._documents = list(documents)
        self._row_of = {doc.id: row for row, doc in enumerate(self._documents)}
        current = self._open_id or self.current_document_id()
        self.model.clear()
        for doc in documents:
            self.model.appendRow(self._item(doc))
        if current:
            self.select_document(current)

    def update_documents(self, documents: list[Document]) -> None:
        """Show the new title, issuer or date of listed ``documents`` in their rows (the rest of a list of 10,000
        reports is not read again nor rebuilt)."""
        current = self.list.currentIndex().data(DOC_ID_ROLE)
        for doc in documents:
            row = self._row_of.get(doc.id)
            if row is not None:
                self._documents[row] = doc
                self.model.setItem(row, self._item(doc))
        if current and self.current_document_id() != current:
            self.select_document(int(current))

    def _item(self, doc: Document) -> QStandardItem:
        line2 = " · ".join(x for x in (doc.issuer, doc.date) if x)
        item = QStandardItem(doc.title + (f"\n{line2}" if line2 else ""))
        item.setData(doc.id, DOC_ID_ROLE)
        item.setData(" ".join(x or "" for x in (doc.title, doc.issuer, doc.date, doc.source_name)), SEARCH_ROLE)
        item.setToolTip(f"{doc.title}\n{doc.source_name}")
        if doc_fields.untitled(doc):  # its file name stands in: shown so, never as if it were a title
            font = item.font()
            font.setItalic(True)
            item.setFont(font)
            item.setForeground(QColor(SUBTITLE_COLOR))
            item.setToolTip(self.tr("无标题（显示文件名）") + f"\n{doc.source_name}")
        return item

    def select_document(self, doc_id: int) -> None:
        """Mark ``doc_id`` as the open document; its row is selected while the filter lists it."""
        self._open_id = doc_id
        self._show_open_row()

    def _show_open_row(self) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(DOC_ID_ROLE) == self._open_id:
                self.list.setCurrentIndex(index)
                return
        # the open report is filtered out: no other row may look like the open one
        self.list.selectionModel().clear()

    def _on_filter_edit_text_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self._show_open_row()

    def _on_filter_edit_return_pressed(self) -> None:
        count = self.proxy.rowCount()
        if count == 1:
            self._on_list_clicked(self.proxy.index(0, 0))
        elif count > 1:
            self._enter_list()

    def _enter_list(self) -> None:
        self.list.setFocus()
        if not self.list.currentIndex().isValid():
            self.list.setCurrentIndex(self.proxy.index(0, 0))

    def eventFilter(self, obj: QObject, e: QEvent) -> bool:
        down = isinstance(e, QKeyEvent) and e.type() == QEvent.Type.KeyPress and e.key() == Qt.Key.Key_Down
        if obj is self.filter_edit and down and self.proxy.rowCount():
            self._enter_list()
            return True
        return super().eventFilter(obj, e)

    def current_document_id(self) -> int:
        index = self.list.currentIndex()
        return int(index.data(DOC_ID_ROLE)) if index.isValid() else 0

    def shown_document(self, doc_id: int) -> Document | None:
        """The document as the list last showed it (None when not listed)."""
        row = self._row_of.get(doc_id)
        return None if row is None else self._documents[row]

    def document_ids(self) -> list[int]:
        return [int(self.proxy.index(r, 0).data(DOC_ID_ROLE)) for r in range(self.proxy.rowCount())]

    def _on_list_clicked(self, index) -> None:  # type: ignore[no-untyped-def]
        if index.isValid():
            self.document_activated.emit(int(index.data(DOC_ID_ROLE)))

    def _on_list_current_changed(self, current, _previous) -> None:  # type: ignore[no-untyped-def]
        # only the clerk's own moves in the list (a refresh or the filter moving the row is not an open)
        if current.isValid() and self.list.hasFocus() and int(current.data(DOC_ID_ROLE)) != self._open_id:
            self.document_activated.emit(int(current.data(DOC_ID_ROLE)))

    def _on_list_context_menu(self, pos) -> None:  # type: ignore[no-untyped-def]
        index = self.list.indexAt(pos)
        if not index.isValid():
            return
        menu = self.build_context_menu(int(index.data(DOC_ID_ROLE)))
        menu.exec(self.list.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def build_context_menu(self, doc_id: int) -> QMenu:
        """The context menu of one document: open, the entries other screens add, delete."""
        menu = QMenu(self)
        menu.addAction(self.tr("打开"), lambda: self.document_activated.emit(doc_id))
        menu.addAction(self.tr("修改报告信息…"), lambda: self.edit_info_requested.emit(doc_id))
        menu.addSeparator()
        before = len(menu.actions())
        self.context_menu_requested.emit(menu, doc_id)
        if len(menu.actions()) > before:
            menu.addSeparator()
        menu.addAction(self.tr("从项目中删除…"), lambda: self.delete_requested.emit(doc_id))
        return menu

    def dragEnterEvent(self, e: QDragEnterEvent) -> None:
        if e.mimeData().hasUrls():
            e.acceptProposedAction()

    def dropEvent(self, e: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in e.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.files_dropped.emit(paths)
            e.acceptProposedAction()


def confirm_delete(parent: QWidget, title: str, annotation_count: int) -> bool:
    """Ask before removing a document (tests replace this)."""
    text = QCoreApplication.translate(
        "LibraryPanel", "从项目中删除“{0}”及其 %n 处标注？此操作不能撤销。", "", annotation_count
    ).format(title)
    answer = QMessageBox.question(parent, QCoreApplication.translate("LibraryPanel", "删除文档"), text)
    return answer == QMessageBox.StandardButton.Yes
