"""Units of indicator values: the base unit, the dimension, and the factor used to put two values side by side."""

from __future__ import annotations

from typing import Any

from models.suggest.numbers import UNITS


def base_unit(unit: str | None) -> tuple[str, float]:
    """Base unit and factor of ``unit`` (the suggester's unit table); unknown units are their own base.

    A count keeps its own kind: 万人次 → 人次 ×1e4, 万家 → 家 ×1e4; 车次, 家 and 项 stay apart
    (15家 enterprises and 15项 projects are not the same quantity).
    """
    u = (unit or "").strip()
    spec = UNITS.get(u)
    if spec is None:
        return u, 1.0
    return spec.base, spec.factor


def dimension(unit: str | None) -> str:
    """What a value in ``unit`` measures: ``money:元``, ``count:家``, ``percent``, ``points``, ``measure:吨`` …

    Two values may be set side by side only when their dimensions are equal. A rate written with a
    slash (元/吨, 次/万人) is its own dimension; an empty unit gives ``""`` (a bare number).
    """
    u = (unit or "").strip()
    if not u:
        return ""
    spec = UNITS.get(u)
    if spec is None:
        return f"rate:{u}" if "/" in u else f"other:{u}"
    if spec.kind in ("percent", "points"):
        return spec.kind
    return f"{spec.kind}:{spec.base}" if spec.base else spec.kind


def as_float(value: Any) -> float | None:
    """A number from an attribute value (int, float or numeric string), else None."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.replace(",", "").strip())
        except ValueError:
            return None
    return None


def normalized(value: Any, unit: str | None, normalized_value: Any = None) -> tuple[float | None, str]:
    """The value in base units and the base unit's name.

    ``normalized_value`` (as the suggester stores it) wins when present; otherwise the
    value is scaled by the unit's factor.
    """
    base, factor = base_unit(unit)
    nv = as_float(normalized_value)
    if nv is not None:
        return nv, base
    v = as_float(value)
    return (v * factor if v is not None else None), base


def compatible(a: str, b: str) -> bool:
    """Whether values in base units ``a`` and ``b`` measure the same dimension (a missing unit is a bare number)."""
    return a == b or not a or not b or (dimension(a) == dimension(b) and dimension(a) != "")
