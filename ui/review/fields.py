"""The parsed fields of the current suggestion (name, value, unit, change, period, kind), editable before accepting."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from models.suggest.numbers import normalize, parse_number
from models.types import Annotation
from ui.annotations.model import change_fields, change_refusal

KINDS = ("", "actual", "target")


def _text(value: Any) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def edited_attributes(before: Mapping[str, Any], fields: Mapping[str, str]) -> dict[str, Any]:
    """``before`` with the clerk's field texts applied; the base-unit value follows value and unit.

    A number that cannot be read keeps its text (the clerk sees it again as typed); an empty
    field removes the attribute.
    """
    out = dict(before)
    changed = False
    for key, raw in fields.items():
        text = raw.strip()
        if text == _text(before.get(key)).strip():
            continue  # as shown: untouched (a None shown blank stays None)
        changed = True
        if not text:
            out.pop(key, None)
        elif key in ("value", "change"):
            number = parse_number(text)
            out[key] = number if number is not None else text
        else:
            out[key] = text
    if not changed:
        return out
    value, unit = out.get("value"), str(out.get("unit") or "")
    if isinstance(value, int | float):
        out["normalized_value"], out["base_unit"] = normalize(float(value), unit)
    else:
        out.pop("normalized_value", None)
        out.pop("base_unit", None)
    return out


class ParsedFields(QWidget):
    """Shows what the suggester read; ``attributes_edited(annotation_id, attributes)`` after an edit."""

    attributes_edited = Signal(int, dict)
    accept_requested = Signal()  # Enter in a field: keep what was typed and accept, as the 接受 button

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("parsedFields")
        self._annotation: Annotation | None = None
        self.edits: dict[str, QLineEdit] = {}
        for key, placeholder in (
            ("name", self.tr("指标名称")),
            ("value", self.tr("数值")),
            ("unit", self.tr("单位")),
            ("change", self.tr("增减 ±")),
            ("change_unit", self.tr("%")),
            ("period", self.tr("时期，如 2020年")),
        ):
            edit = QLineEdit(self)
            edit.setObjectName(f"field_{key}")
            edit.setPlaceholderText(placeholder)
            edit.editingFinished.connect(self._on_edit_finished)
            edit.returnPressed.connect(self._on_return_pressed)
            self.edits[key] = edit
        self.kind = QComboBox(self)
        self.kind.setObjectName("field_kind")
        for kind, label in zip(KINDS, ("—", self.tr("实际完成"), self.tr("目标/计划")), strict=True):
            self.kind.addItem(label, kind)
        self.kind.activated.connect(lambda _i: self._on_edit_finished())
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(3)
        # three compact rows: the list above keeps its height in a narrow side column
        figures = QHBoxLayout()
        for key, stretch in (("value", 3), ("unit", 2), ("change", 3), ("change_unit", 2)):
            figures.addWidget(self.edits[key], stretch)
        period_row = QHBoxLayout()
        period_row.addWidget(self.edits["period"], 3)
        period_row.addWidget(self.kind, 2)
        form.addRow(self.tr("名称："), self.edits["name"])
        form.addRow(self.tr("数值："), figures)
        form.addRow(self.tr("时期："), period_row)
        # why a typed change was not taken; hidden until then
        self.refusal = QLabel(self)
        self.refusal.setObjectName("fieldRefusal")
        self.refusal.setWordWrap(True)
        self.refusal.setStyleSheet("QLabel { color: #b02a37; }")
        self.refusal.hide()
        form.addRow(self.refusal)
        self.set_annotation(None)

    def set_annotation(self, ann: Annotation | None) -> None:
        """Show the parsed fields of ``ann`` (blank and disabled for none)."""
        self._annotation = ann
        attrs = ann.attributes if ann is not None else {}
        for key, edit in self.edits.items():
            edit.blockSignals(True)
            edit.setText(_text(attrs.get(key)))
            edit.setCursorPosition(0)
            edit.blockSignals(False)
        k = self.kind.findData(str(attrs.get("kind") or ""))
        self.kind.setCurrentIndex(max(k, 0))
        self.setEnabled(ann is not None)

    def annotation_id(self) -> int:
        return self._annotation.id if self._annotation is not None else 0

    def values(self) -> dict[str, str]:
        out = {key: edit.text() for key, edit in self.edits.items()}
        out["kind"] = str(self.kind.currentData() or "")
        return out

    def _on_return_pressed(self) -> None:
        # returnPressed comes before editingFinished, which stores (or refuses) the typed value: accept after it
        ann = self._annotation
        QTimer.singleShot(0, self, lambda: self._accept_after_return(ann))

    def _accept_after_return(self, ann: Annotation | None) -> None:
        same = ann is not None and self._annotation is not None and self._annotation.id == ann.id
        if same and self.refusal.isHidden():
            self.accept_requested.emit()

    def _on_edit_finished(self) -> None:
        ann = self._annotation
        if ann is None:
            return
        values = self.values()
        typed = values["change"]
        read = change_fields(typed)
        if read is None:
            # not a number: say so and show the old change again, as the table does
            self.refusal.setText(change_refusal(typed))
            self.refusal.show()
            edit = self.edits["change"]
            edit.blockSignals(True)
            edit.setText(_text((ann.attributes or {}).get("change")))
            edit.blockSignals(False)
            return
        self.refusal.hide()
        values["change"] = read["change"]
        if read.get("change_unit"):
            values["change_unit"] = read["change_unit"]
        after = edited_attributes(ann.attributes or {}, values)
        if after != dict(ann.attributes or {}):
            self.attributes_edited.emit(ann.id, after)
