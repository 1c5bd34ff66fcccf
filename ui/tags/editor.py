"""Tag schema editor: add, rename, recolour, reorder, re-parent, assign keys, delete (asking about annotations).

Every change is an undo command on the project's stack, applied at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from models.types import Changes, Tag
from ui import commands
from ui.project import Project
from ui.tags.tree import TAG_ID_ROLE, fill_tag_tree, filter_tag_tree, swatch

PALETTE = ("#e8590c", "#1971c2", "#c92a2a", "#2f9e44", "#7048e8", "#0c8599", "#d6336c", "#5c940d", "#f08c00")


translate = QCoreApplication.translate


def ask_tag_in_use(parent: QWidget | None, tag: Tag, count: int, others: list[Tag]) -> tuple[str, int | None] | None:
    """Ask what to do with a tag's annotations: ("delete", None), ("move", tag_id) or None to cancel."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("TagEditor", "删除标签"))
    box.setText(
        translate("TagEditor", "标签“{0}”已用于 %n 处标注。删除标签时如何处理这些标注？", "", count).format(tag.name)
    )
    move = box.addButton(translate("TagEditor", "移到其他标签…"), QMessageBox.ButtonRole.AcceptRole)
    delete = box.addButton(translate("TagEditor", "一并删除标注"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    if box.clickedButton() is delete:
        return "delete", None
    if box.clickedButton() is move and others:
        names = [t.name for t in others]
        name, ok = QInputDialog.getItem(
            parent, translate("TagEditor", "移到其他标签"), translate("TagEditor", "把这些标注移到："), names, 0, False
        )
        if ok:
            return "move", others[names.index(name)].id
    return None


def choose_color(parent: QWidget | None, current: str) -> str | None:
    color = QColorDialog.getColor(QColor(current), parent, translate("TagEditor", "选择颜色"))
    return color.name() if color.isValid() else None


class TagEditor(QDialog):
    """Edits the project's tag schema through undo commands."""

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.setWindowTitle(self.tr("编辑标签"))
        self.setObjectName("tagEditor")
        self.resize(720, 480)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("查找标签（名称或拼音首字母）"))
        self.filter_edit.setClearButtonEnabled(True)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("标签"), self.tr("快捷键"), self.tr("标注数")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.setColumnWidth(1, 64)
        self.tree.setColumnWidth(2, 64)
        self.name_edit = QLineEdit(self)
        self.color_button = QPushButton(self)
        self.parent_combo = QComboBox(self)
        self.key_combo = QComboBox(self)
        self.key_combo.addItem(self.tr("无"), "")
        for k in "123456789":
            self.key_combo.addItem(k, k)
        self.description_edit = QLineEdit(self)
        form = QFormLayout()
        form.addRow(self.tr("名称："), self.name_edit)
        form.addRow(self.tr("颜色："), self.color_button)
        form.addRow(self.tr("上级标签："), self.parent_combo)
        form.addRow(self.tr("快捷键："), self.key_combo)
        form.addRow(self.tr("说明："), self.description_edit)
        self.add_button = QPushButton(self.tr("新建标签"))
        self.add_child_button = QPushButton(self.tr("新建子标签"))
        self.up_button = QPushButton(self.tr("上移"))
        self.down_button = QPushButton(self.tr("下移"))
        self.delete_button = QPushButton(self.tr("删除标签"))
        buttons = QHBoxLayout()
        for b in (self.add_button, self.add_child_button, self.up_button, self.down_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.filter_edit)
        left.addWidget(self.tree)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addLayout(right, 2)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addLayout(buttons)
        layout.addWidget(close)

        self.tree.currentItemChanged.connect(self._on_tree_current_changed)
        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        self.name_edit.editingFinished.connect(self._on_name_edited)
        self.description_edit.editingFinished.connect(self._on_description_edited)
        self.color_button.clicked.connect(self._on_color_clicked)
        self.parent_combo.activated.connect(self._on_parent_chosen)
        self.key_combo.activated.connect(self._on_key_chosen)
        self.add_button.clicked.connect(lambda: self.add_tag(child=False))
        self.add_child_button.clicked.connect(lambda: self.add_tag(child=True))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.delete_button.clicked.connect(self.delete_current)
        project.changes_applied.connect(self._on_project_changes_applied)
        self._tags: dict[int, Tag] = {}
        self.reload()

    # state ---------------------------------------------------------------
    def reload(self, select: int | None = None) -> None:
        current = select if select is not None else self.current_tag_id()
        tags = self.project.store.tags.all()
        self._tags = {t.id: t for t in tags}
        self._items = fill_tag_tree(self.tree, tags, self.project.store.tags.usage())
        self._on_filter_edit_text_changed(self.filter_edit.text())
        if current in self._items:
            self.tree.setCurrentItem(self._items[current])
        elif self._items:
            self.tree.setCurrentItem(next(iter(self._items.values())))
        self._show_current()

    def current_tag_id(self) -> int:
        item = self.tree.currentItem()
        return int(item.data(0, TAG_ID_ROLE)) if item is not None else 0

    def current_tag(self) -> Tag | None:
        return self._tags.get(self.current_tag_id())

    def _on_filter_edit_text_changed(self, query: str) -> None:
        """Show the tags whose name or pinyin initials match ``query``, with their parents."""
        filter_tag_tree(self._items.values(), query)

    def _show_current(self) -> None:
        tag = self.current_tag()
        for w in (
            self.name_edit,
            self.color_button,
            self.parent_combo,
            self.key_combo,
            self.description_edit,
            self.add_child_button,
            self.up_button,
            self.down_button,
            self.delete_button,
        ):
            w.setEnabled(tag is not None)
        if tag is None:
            return
        self.name_edit.setText(tag.name)
        self.description_edit.setText(tag.description)
        self.description_edit.setCursorPosition(0)
        self.color_button.setIcon(swatch(tag.color, 16))
        self.color_button.setText(tag.color)
        self.parent_combo.clear()
        self.parent_combo.addItem(self.tr("（无，顶层标签）"), 0)
        excluded = self._descendants(tag.id)
        for t in self._tags.values():
            if t.id not in excluded:
                self.parent_combo.addItem(swatch(t.color), t.name, t.id)
        self.parent_combo.setCurrentIndex(max(0, self.parent_combo.findData(tag.parent_id or 0)))
        self.key_combo.setCurrentIndex(max(0, self.key_combo.findData(tag.key or "")))

    def _descendants(self, tag_id: int) -> set[int]:
        out = {tag_id}
        changed = True
        while changed:
            changed = False
            for t in self._tags.values():
                if t.parent_id in out and t.id not in out:
                    out.add(t.id)
                    changed = True
        return out

    def _on_tree_current_changed(self, *_args: object) -> None:
        self._show_current()

    def _on_project_changes_applied(self, changes: Changes, _initiator: object) -> None:
        if changes.tags or changes.annotations:
            self.reload()

    # edits ---------------------------------------------------------------
    def _update(self, **after: object) -> None:
        tag = self.current_tag()
        if tag is None:
            return
        changed = {k: v for k, v in after.items() if getattr(tag, k) != v}
        if changed:
            before = {k: getattr(tag, k) for k in changed}
            self.project.undo_stack.push(commands.UpdateTag(self.project, tag.id, before, changed))

    def _on_name_edited(self) -> None:
        name = self.name_edit.text().strip()
        tag = self.current_tag()
        if tag is not None and name and name != tag.name:
            self._update(name=name)

    def _on_description_edited(self) -> None:
        self._update(description=self.description_edit.text().strip())

    def _on_color_clicked(self) -> None:
        tag = self.current_tag()
        if tag is not None:
            color = choose_color(self, tag.color)
            if color:
                self._update(color=color)

    def _on_parent_chosen(self, _index: int) -> None:
        parent = self.parent_combo.currentData() or None
        self._update(parent_id=parent)

    def _on_key_chosen(self, _index: int) -> None:
        self._update(key=self.key_combo.currentData() or None)

    def add_tag(self, *, child: bool) -> int | None:
        """Create a tag (a child of the current one when ``child``); returns its id."""
        parent = self.current_tag() if child else None
        existing = {t.name for t in self._tags.values() if t.parent_id == (parent.id if parent else None)}
        base = self.tr("新标签")
        name, n = base, 2
        while name in existing:
            name, n = f"{base}{n}", n + 1
        color = parent.color if parent else PALETTE[len(self._tags) % len(PALETTE)]
        cmd = commands.CreateTag(self.project, name, color, parent_id=parent.id if parent else None)
        self.project.undo_stack.push(cmd)
        if cmd.tag is None:
            return None
        self.reload(select=cmd.tag.id)
        self.name_edit.setFocus()
        self.name_edit.selectAll()
        return cmd.tag.id

    def move_current(self, step: int) -> None:
        """Move the current tag up or down among its siblings."""
        tag = self.current_tag()
        if tag is None:
            return
        siblings = sorted(
            (t for t in self._tags.values() if t.parent_id == tag.parent_id), key=lambda t: (t.position, t.id)
        )
        i = siblings.index(tag)
        j = i + step
        if not 0 <= j < len(siblings):
            return
        positions = sorted(t.position for t in siblings)
        if len(set(positions)) != len(positions):
            positions = [positions[0] + k for k in range(len(siblings))]
        siblings[i], siblings[j] = siblings[j], siblings[i]
        stack = self.project.undo_stack
        stack.beginMacro(self.tr("调整标签顺序"))
        for t, pos in zip(siblings, positions, strict=True):
            if t.position != pos:
                stack.push(commands.UpdateTag(self.project, t.id, {"position": t.position}, {"position": pos}))
        stack.endMacro()
        self.reload(select=tag.id)

    def delete_current(self) -> None:
        """Delete the current tag; if annotations use it, ask whether to delete or move them."""
        tag = self.current_tag()
        if tag is None:
            return
        if any(t.parent_id == tag.id for t in self._tags.values()):
            QMessageBox.information(
                self, self.tr("删除标签"), self.tr("请先移动或删除“{0}”的子标签。").format(tag.name)
            )
            return
        count = self.project.store.tags.usage().get(tag.id, 0)
        options: dict[str, object] = {}
        if count:
            others = [t for t in self._tags.values() if t.id != tag.id]
            answer = ask_tag_in_use(self, tag, count, others)
            if answer is None:
                return
            action, target = answer
            options = {"delete_annotations": True} if action == "delete" else {"move_to": target}
        self.project.undo_stack.push(commands.DeleteTag(self.project, tag.id, **options))  # type: ignore[arg-type]
        self.reload()
