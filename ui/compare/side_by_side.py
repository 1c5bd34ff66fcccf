"""The side-by-side view: two documents, their outlines, aligned section pairs and synchronised scrolling."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.compare import Comparison
from models.types import Section
from ui.compare.chooser import pane_title
from ui.compare.pane import CompareOutline, CompareView, section_key
from ui.compare.sync import AlignmentMap, pair_color
from ui.section_titles import heading

PAIR_ROLE = Qt.ItemDataRole.UserRole
UNMATCHED_BAND = "#dee2e6"


def _swatch(color: str) -> QIcon:
    pix = QPixmap(12, 12)
    pix.fill(QColor(color))
    return QIcon(pix)


def _by_key(sections: tuple[Section, ...]) -> dict[tuple[int, int], tuple[Section, int]]:
    """Every section of a forest by its key, with its depth (0 for top-level)."""
    out: dict[tuple[int, int], tuple[Section, int]] = {}

    def visit(s: Section, d: int) -> None:
        out[section_key(s)] = (s, d)
        for c in s.children:
            visit(c, d + 1)

    for s in sections:
        visit(s, 0)
    return out


class SideBySide(QWidget):
    """Shows a Comparison: clicking a section (either outline) or a pair scrolls both panes to it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.left_view, self.right_view = CompareView(self), CompareView(self)
        self.left_view.setObjectName("compareLeftView")
        self.right_view.setObjectName("compareRightView")
        self.left_outline, self.right_outline = CompareOutline(self), CompareOutline(self)
        self.left_title, self.right_title = QLabel(self), QLabel(self)
        for label in (self.left_title, self.right_title):
            label.setStyleSheet("font-weight: bold; padding: 2px 4px;")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            # a long file name is cut at the pane's edge instead of widening the window past the screen
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.sync_box = QCheckBox(self.tr("同步滚动"), self)
        self.sync_box.setChecked(True)
        self.sync_box.setToolTip(self.tr("滚动一侧时，另一侧按已对齐的章节跟随滚动"))
        self.pairs = QTreeWidget(self)
        self.pairs.setObjectName("comparePairs")
        self.pairs.setRootIsDecorated(False)
        self.pairs.setHeaderLabels([self.tr("左侧章节"), self.tr("右侧章节"), self.tr("置信度")])
        self.pairs.setAlternatingRowColors(True)
        self.summary = QLabel(self)

        head = QHBoxLayout()
        head.addWidget(self.left_title, 1)
        head.addWidget(self.sync_box)
        head.addWidget(self.right_title, 1)
        texts = QSplitter(Qt.Orientation.Horizontal, self)
        for w in (self.left_outline, self.left_view, self.right_view, self.right_outline):
            texts.addWidget(w)
        texts.setSizes([260, 500, 500, 260])
        texts.setChildrenCollapsible(False)
        bottom = QWidget(self)
        bl = QVBoxLayout(bottom)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(self.summary)
        bl.addWidget(self.pairs)
        outer = QSplitter(Qt.Orientation.Vertical, self)
        outer.addWidget(texts)
        outer.addWidget(bottom)
        outer.setSizes([560, 270])  # the pair list shows ~9 rows, not 3
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(head)
        layout.addWidget(outer, 1)

        self.comparison: Comparison | None = None
        self._map: AlignmentMap | None = None
        self._match: dict[str, dict[tuple[int, int], Section]] = {"left": {}, "right": {}}
        self._syncing = False
        self._tops: dict[int, int] = {}  # last top offset seen per view (id), to ignore relayout-only scrolls
        self.left_outline.section_clicked.connect(self._on_left_outline_section_clicked)
        self.right_outline.section_clicked.connect(self._on_right_outline_section_clicked)
        self.pairs.itemClicked.connect(self._on_pairs_item_clicked)
        self.left_view.verticalScrollBar().valueChanged.connect(self._on_left_scrolled)
        self.right_view.verticalScrollBar().valueChanged.connect(self._on_right_scrolled)
        self.left_view.offset_clicked.connect(lambda o: self._on_view_offset_clicked("left", o))
        self.right_view.offset_clicked.connect(lambda o: self._on_view_offset_clicked("right", o))
        self.left_view.reading_position_changed.connect(lambda o: self._follow_outline("left", o))
        self.right_view.reading_position_changed.connect(lambda o: self._follow_outline("right", o))

    # content ------------------------------------------------------------------
    def clear(self) -> None:
        self.comparison, self._map = None, None
        self._match = {"left": {}, "right": {}}
        for view in (self.left_view, self.right_view):
            view.clear_document()
        self.left_outline.clear()
        self.right_outline.clear()
        self.pairs.clear()
        self.summary.clear()
        self.left_title.clear()
        self.right_title.clear()

    def show_titles(self, store) -> None:  # type: ignore[no-untyped-def]
        """The panes' headers as the reports are titled now (the clerk may have chosen another title)."""
        if self.comparison is None:
            return
        for label, doc_id in ((self.left_title, self.comparison.left_id), (self.right_title, self.comparison.right_id)):
            label.setText(pane_title(store, doc_id))
            label.setToolTip(store.documents.get(doc_id).source_name)

    def show_comparison(self, store, comparison: Comparison) -> None:  # type: ignore[no-untyped-def]
        """Load both documents from ``store`` and show ``comparison`` over them."""
        self.comparison = comparison
        self.show_titles(store)
        self.left_view.load_document(store, comparison.left_id)
        self.right_view.load_document(store, comparison.right_id)
        left_colors: dict[tuple[int, int], str] = {}
        right_colors: dict[tuple[int, int], str] = {}
        self._match = {"left": {}, "right": {}}
        self.pairs.clear()
        for i, pair in enumerate(comparison.pairs):
            color = pair_color(i)
            left_colors[section_key(pair.left)] = color
            right_colors[section_key(pair.right)] = color
            self._match["left"][section_key(pair.left)] = pair.right
            self._match["right"][section_key(pair.right)] = pair.left
            item = QTreeWidgetItem(
                self.pairs, [_heading(pair.left), _heading(pair.right), f"{round(pair.score * 100)}%"]
            )
            item.setIcon(0, _swatch(color))
            item.setData(0, PAIR_ROLE, i)
            item.setToolTip(2, self.tr("对齐得分 {0:.2f}").format(pair.score))
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for sections, side in ((comparison.left_only, "left"), (comparison.right_only, "right")):
            for sec in sections:
                cells = (
                    [_heading(sec), self.tr("（未匹配）"), ""]
                    if side == "left"
                    else [
                        self.tr("（未匹配）"),
                        _heading(sec),
                        "",
                    ]
                )
                item = QTreeWidgetItem(self.pairs, cells)
                for col in range(3):
                    item.setForeground(col, QBrush(QColor("#8a8a8a")))
        header = self.pairs.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        left_sections, right_sections = self.left_view.sections(), self.right_view.sections()
        self.left_outline.set_sections(left_sections, left_colors)
        self.right_outline.set_sections(right_sections, right_colors)
        self._set_bands(self.left_view, left_sections, left_colors)
        self._set_bands(self.right_view, right_sections, right_colors)
        left_len = len(self.left_view.document_text.display_text)  # type: ignore[union-attr]
        right_len = len(self.right_view.document_text.display_text)  # type: ignore[union-attr]
        self._map = AlignmentMap(((p.left.start, p.right.start) for p in comparison.pairs), left_len, right_len)
        self.summary.setText(
            self.tr("已对齐 {0}；{1}、{2}章节未匹配。").format(  # one part per count: plurals agree with each
                self.tr("%n 对章节", "", len(comparison.pairs)),
                self.tr("左侧 %n 个", "", len(comparison.left_only)),
                self.tr("右侧 %n 个", "", len(comparison.right_only)),
            )
            + self.tr("点击章节或下表中的一行，两侧同时定位。")
        )

    @staticmethod
    def _set_bands(view: CompareView, sections: tuple[Section, ...], colors: dict[tuple[int, int], str]) -> None:
        bands = []
        for key, (sec, depth) in _by_key(sections).items():
            # unmatched sections get a pale grey band, so the gap reads as "nothing opposite"
            bands.append((sec.start, sec.end, min(depth, 2), colors.get(key, UNMATCHED_BAND)))
        view.set_bands(bands)

    # navigation ------------------------------------------------------------------
    def match_of(self, section: Section, side: str) -> Section | None:
        """The section aligned with ``section`` of ``side`` ("left" or "right")."""
        return self._match[side].get(section_key(section))

    def show_section(self, section: Section, side: str) -> None:
        """Bring ``section`` (on ``side``) to the top of its pane and its match to the top of the other."""
        here, there = (self.left_view, self.right_view) if side == "left" else (self.right_view, self.left_view)
        outline_here, outline_there = (
            (self.left_outline, self.right_outline) if side == "left" else (self.right_outline, self.left_outline)
        )
        match = self.match_of(section, side)
        self._syncing = True
        try:
            here.set_top_offset(section.start)
            outline_here.select_section(section)
            if match is not None:
                there.set_top_offset(match.start)
                outline_there.select_section(match)
                there.select_span(match.start, match.heading_end)
                if self._map is not None:
                    left, right = (section, match) if side == "left" else (match, section)
                    self._map = self._map.pinned_at(left.start, right.start)
            self._remember_tops()
        finally:
            # Scroll signals may arrive after this call (layout); release the guard once they are handled.
            QTimer.singleShot(0, self, self._release_sync)

    def _release_sync(self) -> None:
        self._syncing = False

    def _on_left_outline_section_clicked(self, section: Section) -> None:
        self.show_section(section, "left")

    def _on_right_outline_section_clicked(self, section: Section) -> None:
        self.show_section(section, "right")

    def _on_pairs_item_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        index = item.data(0, PAIR_ROLE)
        if self.comparison is None or index is None:
            return
        self.show_section(self.comparison.pairs[int(index)].left, "left")

    def _on_view_offset_clicked(self, side: str, offset: int) -> None:
        """A click on a heading in the text brings its matching section into view on the other side."""
        view = self.left_view if side == "left" else self.right_view
        sec = _innermost(view.sections(), offset)
        match = self.match_of(sec, side) if sec is not None and offset < sec.heading_end else None
        if sec is None or match is None:
            return
        there, outline = (
            (self.right_view, self.right_outline) if side == "left" else (self.left_view, self.left_outline)
        )
        self._syncing = True
        try:
            there.set_top_offset(match.start)
            outline.select_section(match)
            if self._map is not None:
                left, right = (sec, match) if side == "left" else (match, sec)
                self._map = self._map.pinned_at(left.start, right.start)
            self._remember_tops()
        finally:
            QTimer.singleShot(0, self, self._release_sync)

    def _on_left_scrolled(self, _value: int) -> None:
        self._sync(self.left_view, self.right_view, "to_right")

    def _on_right_scrolled(self, _value: int) -> None:
        self._sync(self.right_view, self.left_view, "to_left")

    def _sync(self, source: CompareView, target: CompareView, direction: str) -> None:
        if self._syncing or self._map is None or not self.sync_box.isChecked():
            return
        top = source.top_offset()
        # Lazy layout of wrapped lines changes scroll values without moving the text: ignore those.
        if self._tops.get(id(source)) == top:
            return
        self._syncing = True
        try:
            target.set_top_offset(getattr(self._map, direction)(top))
            self._remember_tops()
        finally:
            self._syncing = False

    def _remember_tops(self) -> None:
        for view in (self.left_view, self.right_view):
            self._tops[id(view)] = view.top_offset()

    def _follow_outline(self, side: str, offset: int) -> None:
        outline = self.left_outline if side == "left" else self.right_outline
        view = self.left_view if side == "left" else self.right_view
        sec = _innermost(view.sections(), view.top_offset())
        if sec is not None and offset >= 0:
            outline.select_section(sec)


def _heading(s: Section) -> str:
    return heading(s)


def _innermost(sections: tuple[Section, ...], offset: int) -> Section | None:
    for s in sections:
        if s.start <= offset < s.end:
            return _innermost(s.children, offset) or s
    return None
