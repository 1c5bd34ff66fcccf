"""The document view's context menu and hover tooltip (what the clerk sees about a spot in the text)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtWidgets import QMenu

from models.ingest.repair_apply import REPAIRED_REASON
from models.types import Annotation, SuspectRange, Tag

if TYPE_CHECKING:
    from ui.document_view.view import DocumentView

translate = QCoreApplication.translate


def build_context_menu(view: DocumentView, pos: QPoint) -> QMenu:
    """The standard copy/select menu with the tagging actions in front."""
    menu = view.createStandardContextMenu(pos)
    if not view.textCursor().hasSelection():
        offset = view.display_offset_at(pos)
        hits = view.annotations_at(offset) if offset is not None else []
        if hits and hits[0].id != view.selected_annotation_id():
            view.select_annotation(hits[0].id)
    target = (
        translate("DocumentView", "更改标签为")
        if view.selected_annotation_id() and not view.textCursor().hasSelection()
        else translate("DocumentView", "标注为")
    )
    if not view.showing_original():
        first = menu.actions()[0] if menu.actions() else None
        sub = QMenu(target, menu)
        for tag in view.tags():
            label = f"{tag.name}\t{tag.key}" if tag.key else tag.name
            act = sub.addAction(label)
            act.triggered.connect(lambda _=False, tid=tag.id: view.tag_chosen.emit(tid))
        if first is None:
            menu.addMenu(sub)
        else:
            menu.insertMenu(first, sub)
        if view.selected_annotation_id():
            note = menu.addAction(translate("DocumentView", "编辑备注…"))
            note.triggered.connect(lambda: view.note_requested.emit(view.selected_annotation_id()))
            delete = menu.addAction(translate("DocumentView", "删除标注"))
            delete.triggered.connect(lambda: view.delete_requested.emit(view.selected_annotation_id()))
        if first is not None:
            menu.insertSeparator(first)
    return menu


def tooltip_html(
    annotations: Sequence[Annotation],
    suspects: Sequence[SuspectRange],
    tags: Mapping[int, Tag],
    *,
    english: bool = False,
) -> str:
    """Tag + note of each annotation, the proposed repairs of each suspect range, and whether the spot is a
    bilingual copy's English translation, as rich text."""
    lines: list[str] = []
    if english:
        lines.append(translate("DocumentView", "英文译文：大纲和自动建议不读取此段，可手动标注"))
    for ann in annotations:
        tag = tags.get(ann.tag_id)
        line = f"<b>{_esc(tag.name if tag else '?')}</b>：{_esc(_short(ann.text))}"
        if ann.note:
            line += "<br><i>" + _esc(ann.note).replace("\n", "<br>") + "</i>"
        lines.append(line)
    for s in suspects:
        if s.reason == REPAIRED_REASON:
            lines.append(translate("DocumentView", "已自动修复的乱码，原文为：") + _esc(s.original))
            continue
        line = translate("DocumentView", "疑似乱码：") + _esc(s.original)
        if s.repairs:
            line += "<br>" + translate("DocumentView", "建议修复：") + "、".join(_esc(r.text) for r in s.repairs[:3])
        lines.append(line)
    return "<hr>".join(lines)


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
