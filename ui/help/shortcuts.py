"""帮助 › 快捷键一览: every shortcut of the window, read from its actions (so the list cannot go stale)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.menu_text import plain

translate = QCoreApplication.translate


def _menu_paths(window: QWidget) -> dict[QAction, tuple[int, str]]:
    """Where each action sits in the menu bar: (menu-bar order, "工具 › 建议审阅" style path)."""
    out: dict[QAction, tuple[int, str]] = {}
    order = [0]

    def walk(menu: QMenu, trail: list[str]) -> None:
        for act in menu.actions():
            sub = act.menu()
            if isinstance(sub, QMenu):
                walk(sub, [*trail, plain(act.text())])
            elif not act.isSeparator():
                order[0] += 1
                out.setdefault(act, (order[0], " › ".join(trail)))

    bar = window.menuBar() if hasattr(window, "menuBar") else None
    if bar is not None:
        for act in bar.actions():
            sub = act.menu()
            if isinstance(sub, QMenu):
                walk(sub, [plain(act.text())])
    return out


def keys_without_actions() -> list[tuple[str, str, str]]:
    """Keys handled by the document view and the review list directly (no QAction carries them)."""
    text = translate("Shortcuts", "正文")
    review = translate("Shortcuts", "建议审阅")
    note = translate("Shortcuts", "备注")
    info = translate("Shortcuts", "文档信息")
    return [
        (translate("Shortcuts", "用对应标签标注选中的文字"), "1 … 9", text),
        (translate("Shortcuts", "编辑选中标注的备注"), "Enter", text),
        (translate("Shortcuts", "删除选中的标注"), "Del / Backspace", text),
        (translate("Shortcuts", "取消选中标注"), "Esc", text),
        (translate("Shortcuts", "接受当前建议"), "Enter", review),
        (translate("Shortcuts", "拒绝当前建议"), "Backspace / Del", review),
        (translate("Shortcuts", "下一条建议"), "N / J / Ctrl+↓", review),
        (translate("Shortcuts", "上一条建议"), "P / K / Ctrl+↑", review),
        (translate("Shortcuts", "保存备注"), "Ctrl+Enter", note),
        (translate("Shortcuts", "修改标题、发布机构、日期或文号（也可双击）"), "F2", info),
        (translate("Shortcuts", "保存所选或所填的值 / 取消修改"), "Enter / Esc", info),
    ]


def shortcut_rows(window: QWidget) -> list[tuple[str, str, str]]:
    """(what it does, keys, where) for every action of ``window`` with a shortcut, then the direct keys."""
    paths = _menu_paths(window)
    rows: list[tuple[int, str, str, str]] = []
    seen: set[tuple[str, str]] = set()
    for act in window.findChildren(QAction):
        keys = [k for k in act.shortcuts() if not k.isEmpty()]
        if not keys:
            continue
        fixed = act.property("shortcutName")  # undo/redo: their text carries the edit ("撤销 添加标注")
        name = fixed if isinstance(fixed, str) and fixed else plain(act.text()).rstrip("…").strip() or act.toolTip()
        shown = " / ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
        if (name, shown) in seen:
            continue
        seen.add((name, shown))
        place, where = paths.get(act, (10_000, ""))
        rows.append((place, name, shown, where))
    rows.sort()  # in menu-bar order (File, Edit, View, Tools, Help), then actions outside the menus
    return [(name, shown, where) for _place, name, shown, where in rows] + keys_without_actions()


class ShortcutsDialog(QDialog):
    """A read-only table of every shortcut."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("快捷键一览"))
        rows = shortcut_rows(window)
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("操作"), self.tr("快捷键"), self.tr("位置")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem(value)
                if c == 1:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, Qt.Orientation.Horizontal, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(720, 640)

    def rows(self) -> list[tuple[str, ...]]:
        return [
            tuple((item.text() if (item := self.table.item(r, c)) is not None else "") for c in range(3))
            for r in range(self.table.rowCount())
        ]
