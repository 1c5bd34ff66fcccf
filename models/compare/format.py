"""How indicator values are written for the clerk, the same in the window and on the command line."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

_SCALES = {"元": ((1e8, "亿元"), (1e4, "万元")), "美元": ((1e8, "亿美元"), (1e4, "万美元"))}


def display_scale(unit: str, values: Iterable[float | None]) -> tuple[float, str]:
    """A common divisor and unit name to show base-unit values of one row readably (元 -> 亿元/万元)."""
    biggest = max((abs(v) for v in values if v is not None), default=0.0)
    for factor, name in _SCALES.get(unit, ()):
        if biggest >= factor:
            return factor, name
    return 1.0, unit


def format_number(value: float | None, factor: float = 1.0) -> str:
    """A value divided by ``factor``: integers plainly, others with up to 2 decimals; blank for None."""
    if value is None:
        return ""
    v = value / factor
    if abs(v - round(v)) < 1e-9:
        return f"{round(v):,}"
    return f"{v:,.2f}".rstrip("0").rstrip(".")


def format_change(change: float | None, unit: str) -> str:
    """A change with its sign: ``+8.46%``, ``-16.8%``; blank when there is none."""
    if change is None:
        return ""
    return f"{'+' if change > 0 else ''}{format_number(change)}{unit}"


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
