"""How indicator values are written for the clerk, the same in the window and on the command line."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from models.compare.units import as_float

_SCALES = {"元": ((1e8, "亿元"), (1e4, "万元")), "美元": ((1e8, "亿美元"), (1e4, "万美元"))}


def display_scale(unit: str, values: Iterable[float | None]) -> tuple[float, str]:
    """A common divisor and unit name to show base-unit values of one row readably (元 -> 亿元/万元)."""
    biggest = max((abs(v) for v in values if v is not None), default=0.0)
    for factor, name in _SCALES.get(unit, ()):
        if biggest >= factor:
            return factor, name
    return 1.0, unit


def format_number(value: float | None, factor: float = 1.0, *, places: int = 2) -> str:
    """A value divided by ``factor``: integers plainly, others with up to ``places`` decimals; blank for None.

    Two places suit values converted for comparison (61111万元 beside 530亿元 is 6.11亿元); a figure as
    the report wrote it is given enough places to keep every decimal.
    """
    if value is None:
        return ""
    v = value / factor
    if abs(v - round(v)) < 1e-9:
        return f"{round(v):,}"
    return f"{v:,.{places}f}".rstrip("0").rstrip(".")


def format_as_written(value: float | None, unit: str, base_value: float | None, base_unit: str) -> tuple[str, str]:
    """An indicator's figure in the report's own unit (30788元, 50万平方米), every decimal kept.

    Falls back to the base value when the report's value is not known; blank when there is no level.
    """
    if base_value is None:
        return "", base_unit
    if value is None:
        factor, shown = display_scale(base_unit, (base_value,))
        return format_number(base_value, factor), shown
    return format_number(value, places=6), unit


def format_change(change: Any, unit: Any = "") -> str:
    """A growth rate or other change, as every view writes it: ``+12.5%``, ``-1.5个百分点``, ``+3%``.

    The one place this is decided: the annotation table, the review panel and list, 指标对比 and the
    command line all call it. ``change`` may be a number or a numeric text (a colleague's .qdpx brings
    text); every decimal the report wrote is kept; a text that is no number is shown as written; blank
    when there is none.
    """
    if change is None or change == "":
        return ""
    number = as_float(change)
    if number is None:
        return f"{change}{unit or ''}"
    whole = abs(number - round(number)) < 1e-9
    digits = f"{round(number):,}" if whole else f"{number:,.6f}".rstrip("0").rstrip(".")
    return f"{'+' if number > 0 else ''}{digits}{unit or ''}"


def change_alone(value: Any, unit: Any, change: Any, change_unit: Any) -> bool:
    """Whether a figure is a change stated alone (增长8.5%: value = change = 8.5 %, the gold convention).

    Decided by the figures, not by the suggester's ``is_change`` flag, so a hand-tagged or imported
    annotation reads the same, and a change the clerk edited apart from its value shows both again.
    """
    v, c = as_float(value), as_float(change)
    return v is not None and c is not None and abs(v - c) < 1e-9 and str(unit or "") == str(change_unit or "")


def format_value(value: float | None, unit: str, *, scale_with: Iterable[float | None] = ()) -> str:
    """A base-unit value in a readable unit (530亿元, 6.11亿元 when set beside it); blank for None."""
    if value is None:
        return ""
    factor, shown = display_scale(unit, (value, *scale_with))
    return f"{format_number(value, factor)}{shown}"


def format_side(side: Any, *, scale_with: Iterable[float | None] = ()) -> str:
    """One side of an indicator row (an ``Indicator`` or its ``summary()`` dict): ``11.83亿元（+8.46%）``, or ``—``."""
    if side is None:
        return "—"
    if isinstance(side, dict):
        value, unit, change, change_unit = (
            side.get("value"),
            side.get("unit"),
            side.get("change"),
            side.get("change_unit"),
        )
    else:
        value, unit, change, change_unit = side.base_value, side.base_unit, side.change, side.change_unit
    text = format_value(value, str(unit or ""), scale_with=scale_with)
    if change is not None:
        change_text = format_change(change, str(change_unit or ""))
        text = f"{text}（{change_text}）" if text else change_text
    return text or "—"
