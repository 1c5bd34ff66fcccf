"""Character formats of the document view: headings, English translation, tag highlights, suspects, overlays,
selection."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QTextCharFormat

from models.types import Annotation, Tag

HEADING_SIZES = {1: 4.0, 2: 2.0, 3: 1.0}
HEADING_COLOR = QColor("#1b365d")
SUSPECT_COLOR = QColor("#d9480f")
UNKNOWN_COLOR = "#999999"


def tint(color: str, alpha: int = 80) -> QColor:
    """A tag colour as a translucent highlight background."""
    c = QColor(color)
    c.setAlpha(alpha)
    return c


def heading_format(level: int, base_point_size: float) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setForeground(HEADING_COLOR)
    fmt.setFontPointSize(base_point_size + HEADING_SIZES.get(level, 0.0))
    return fmt


def segment_format(
    first: Annotation | None, second: Annotation | None, count: int, tags: Mapping[int, Tag]
) -> QTextCharFormat:
    """Innermost annotation as background; the next one as underline (dash-dot when three or more)."""
    fmt = QTextCharFormat()
    tag = tags.get(first.tag_id) if first else None
    fmt.setBackground(tint(tag.color if tag else UNKNOWN_COLOR))
    if count > 1:
        other_tag = tags.get(second.tag_id) if second else None
        fmt.setUnderlineColor(QColor(other_tag.color if other_tag else UNKNOWN_COLOR))
        style = QTextCharFormat.UnderlineStyle
        fmt.setUnderlineStyle(style.SingleUnderline if count == 2 else style.DashDotLine)
    return fmt


def clear_format() -> QTextCharFormat:
    """Removes highlight properties but keeps heading fonts."""
    fmt = QTextCharFormat()
    fmt.setBackground(QBrush(Qt.BrushStyle.NoBrush))
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.NoUnderline)
    return fmt


def suspect_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    fmt.setUnderlineColor(SUSPECT_COLOR)
    return fmt


REMOVED_COLOR = QColor("#8a8a8a")


def removed_format() -> QTextCharFormat:
    """Text cleaning removed from the body (shown only in the original text): grey, struck through."""
    fmt = QTextCharFormat()
    fmt.setForeground(REMOVED_COLOR)
    fmt.setFontStrikeOut(True)
    return fmt


ENGLISH_COLOR = QColor("#6e6e6e")


def english_format(base_point_size: float) -> QTextCharFormat:
    """A bilingual copy's English translation: muted grey italic, a point smaller, so the report's own Chinese
    stands out; only the foreground and font change, so tag highlights (backgrounds) still show over it."""
    fmt = QTextCharFormat()
    fmt.setForeground(ENGLISH_COLOR)
    fmt.setFontItalic(True)
    if base_point_size > 0:
        fmt.setFontPointSize(max(base_point_size - 1.0, 6.0))
    return fmt


def selected_format(color: str | None) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(color or "#555555"))
    fmt.setForeground(QColor("white"))
    return fmt


def overlay_format(style: Mapping[str, Any]) -> QTextCharFormat:
    """``style`` keys: "background", "foreground", "underline" (colour strings), "wave" (bool)."""
    fmt = QTextCharFormat()
    if style.get("background"):
        fmt.setBackground(QColor(style["background"]))
    if style.get("foreground"):
        fmt.setForeground(QColor(style["foreground"]))
    if style.get("underline"):
        fmt.setUnderlineColor(QColor(style["underline"]))
        fmt.setUnderlineStyle(
            QTextCharFormat.UnderlineStyle.WaveUnderline
            if style.get("wave")
            else QTextCharFormat.UnderlineStyle.DashUnderline
        )
    return fmt
