"""Version diff tab: two versions side by side, sentence differences coloured, next/previous difference."""

from __future__ import annotations

from difflib import SequenceMatcher

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from models.compare import DiffItem
from ui.compare.chooser import pane_title
from ui.compare.pane import CompareView

COLORS = {"inserted": "#c3fad8", "deleted": "#ffc9c9", "changed": "#ffec99"}
CURRENT = {"inserted": "#69db7c", "deleted": "#ff8787", "changed": "#fcc419"}
CHAR_CHANGE = "#d9480f"
CONTEXT_LINES = 3  # lines shown above the current difference
MANY_DIFFERENCES = 300  # more than this and the two texts are hardly versions of one report


def changed_chars(a: str, b: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Character spans that differ between two versions of one sentence (relative offsets)."""
    left: list[tuple[int, int]] = []
    right: list[tuple[int, int]] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag != "equal":
            if i2 > i1:
                left.append((i1, i2))
            if j2 > j1:
                right.append((j1, j2))
    return left, right


class DiffTab(QWidget):
    """Shows ``version_diff`` items over two documents; F8 / Shift+F8 move between differences."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[DiffItem] = []
        self.current = -1
        self.pair = (0, 0)  # the versions shown
        self.left_view, self.right_view = CompareView(self), CompareView(self)
        self.left_view.setObjectName("diffLeftView")
        self.right_view.setObjectName("diffRightView")
        self.left_title, self.right_title = QLabel(self), QLabel(self)
        for label in (self.left_title, self.right_title):
            label.setStyleSheet("font-weight: bold; padding: 2px 4px;")
        self.prev_button = QPushButton(self.tr("◀ 上一处"), self)
        self.next_button = QPushButton(self.tr("下一处 ▶"), self)
        self.prev_button.setToolTip(self.tr("上一处差异（Shift+F8 或 Alt+↑）"))
        self.next_button.setToolTip(self.tr("下一处差异（F8 或 Alt+↓）"))
        self.counter = QLabel(self)
        self.counter.setObjectName("diffCounter")
        self.legend = QLabel(
            self.tr(
                '<span style="background:{0}">&nbsp;新增&nbsp;</span>&nbsp;'
                '<span style="background:{1}">&nbsp;删除&nbsp;</span>&nbsp;'
                '<span style="background:{2}">&nbsp;修改&nbsp;</span>'
            ).format(COLORS["inserted"], COLORS["deleted"], COLORS["changed"]),
            self,
        )
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        bar = QHBoxLayout()
        bar.addWidget(self.prev_button)
        bar.addWidget(self.next_button)
        bar.addWidget(self.counter)
        bar.addStretch(1)
        bar.addWidget(self.legend)
        titles = QHBoxLayout()
        titles.addWidget(self.left_title, 1)
        titles.addWidget(self.right_title, 1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.left_view)
        split.addWidget(self.right_view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addLayout(titles)
        layout.addWidget(split, 1)
        layout.addWidget(self.detail)
        self.prev_button.clicked.connect(self.previous_difference)
        self.next_button.clicked.connect(self.next_difference)
        for key, slot in (
            ("F8", self.next_difference),
            ("Alt+Down", self.next_difference),
            ("Shift+F8", self.previous_difference),
            ("Alt+Up", self.previous_difference),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._update_counter()

    def show_diff(self, store, left_id: int, right_id: int, items: list[DiffItem]) -> None:  # type: ignore[no-untyped-def]
        """Load both versions and colour their differences."""
        self.pair = (left_id, right_id)
        self.show_titles(store)
        self.left_view.load_document(store, left_id, highlights=False)
        self.right_view.load_document(store, right_id, highlights=False)
        self.items = list(items)
        self.current = -1
        left_len = len(self.left_view.document_text.display_text)  # type: ignore[union-attr]
        right_len = len(self.right_view.document_text.display_text)  # type: ignore[union-attr]
        for kind in COLORS:
            left = [(i.left_start, i.left_end) for i in self.items if i.kind == kind]
            right = [(i.right_start, i.right_end) for i in self.items if i.kind == kind]
            self.left_view.format_spans(left, {"background": COLORS[kind]})
            self.right_view.format_spans(right, {"background": COLORS[kind]})
        # Where a sentence was inserted (or deleted), the other side marks the gap with a wavy line.
        gaps_left = [_gap(i.left_start, left_len) for i in self.items if i.kind == "inserted"]
        gaps_right = [_gap(i.right_start, right_len) for i in self.items if i.kind == "deleted"]
        gap = {"background": "#e9ecef", "underline": "#2b8a3e", "wave": True}
        self.left_view.format_spans(gaps_left, gap)
        self.right_view.format_spans(gaps_right, {**gap, "underline": "#c92a2a"})
        left_chars: list[tuple[int, int]] = []
        right_chars: list[tuple[int, int]] = []
        for i in self.items:
            if i.kind == "changed":
                lc, rc = changed_chars(i.left_text, i.right_text)
                left_chars += [(i.left_start + s, i.left_start + e) for s, e in lc]
                right_chars += [(i.right_start + s, i.right_start + e) for s, e in rc]
        style = {"background": CHAR_CHANGE, "foreground": "#ffffff"}
        self.left_view.format_spans(left_chars, style)
        self.right_view.format_spans(right_chars, style)
        if not self.items:
            self.detail.setText(self.tr("两个版本完全相同。"))
        elif len(self.items) > MANY_DIFFERENCES:
            self.detail.setText(
                self.tr("差异很多（{0} 处）：这两份文档可能不是同一报告的两个版本。").format(len(self.items))
            )
        else:
            self.detail.setText(self.tr("按 F8 / Shift+F8 在差异之间跳转。"))
        if self.items:
            self.go_to(0)
        self._update_counter()

    def show_titles(self, store) -> None:  # type: ignore[no-untyped-def]
        """The versions' headers as the reports are titled now (the clerk may have chosen another title)."""
        if all(self.pair):
            self.left_title.setText(pane_title(store, self.pair[0]))
            self.right_title.setText(pane_title(store, self.pair[1]))

    def clear(self) -> None:
        self.items, self.current = [], -1
        self.pair = (0, 0)
        self.left_title.clear()
        self.right_title.clear()
        self.left_view.clear_document()
        self.right_view.clear_document()
        self.detail.clear()
        self._update_counter()

    def next_difference(self) -> None:
        if self.items:
            self.go_to(min(self.current + 1, len(self.items) - 1))

    def previous_difference(self) -> None:
        if self.items:
            self.go_to(max(self.current - 1, 0))

    def go_to(self, index: int) -> None:
        """Make difference ``index`` current: emphasised in both panes and scrolled into view."""
        if not 0 <= index < len(self.items):
            return
        self.current = index
        item = self.items[index]
        strong = {"background": CURRENT[item.kind]}
        char_style = {"background": CHAR_CHANGE, "foreground": "#ffffff"}
        chars: dict[int, list[tuple[int, int]]] = {id(self.left_view): [], id(self.right_view): []}
        if item.kind == "changed":
            lc, rc = changed_chars(item.left_text, item.right_text)
            chars[id(self.left_view)] = [(item.left_start + s, item.left_start + e) for s, e in lc]
            chars[id(self.right_view)] = [(item.right_start + s, item.right_start + e) for s, e in rc]
        for view, start, end in (
            (self.left_view, item.left_start, item.left_end),
            (self.right_view, item.right_start, item.right_end),
        ):
            # an insertion point (empty span) is shown on the character after it
            span = (start, end) if end > start else _gap(start, len(view.document_text.display_text))  # type: ignore[union-attr]
            view.set_overlay_ranges("diff_current", [span], strong)
            # the changed characters of the current sentence stay visible above its emphasis
            view.set_overlay_ranges("diff_current_chars", chars[id(view)], char_style)
            view.set_top_offset(start)
            bar = view.verticalScrollBar()
            bar.setValue(max(0, bar.value() - CONTEXT_LINES))
        kinds = {"inserted": self.tr("新增"), "deleted": self.tr("删除"), "changed": self.tr("修改")}
        text = item.right_text if item.kind == "inserted" else item.left_text
        if item.kind == "changed":
            text = f"{item.left_text}  →  {item.right_text}"
        self.detail.setText(f"<b>{kinds[item.kind]}</b>：{_escape(text)}")
        self._update_counter()

    def _update_counter(self) -> None:
        n = len(self.items)
        if n == 0:
            self.counter.setText(self.tr("没有差异"))
        else:
            self.counter.setText(self.tr("第 {0} / {1} 处差异").format(self.current + 1, n))
        self.prev_button.setEnabled(self.current > 0)
        self.next_button.setEnabled(0 <= self.current < n - 1 or (n > 0 and self.current < 0))


def _gap(at: int, length: int) -> tuple[int, int]:
    """One character to carry the mark of an insertion point (the one before it at the very end)."""
    return (at, at + 1) if at < length else (max(0, length - 1), length)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
