"""Units of indicator values: the base unit and factor used to put two values side by side."""

from __future__ import annotations

from typing import Any

from models.suggest.numbers import UNITS


def base_unit(unit: str | None) -> tuple[str, float]:
    """Base unit and factor of ``unit`` (the suggester's unit table); unknown units are their own base.

    Counting words (个, 家, 项, 座 …) all become 个 so that 企业15家 and 企业15个 compare.
    """
    u = (unit or "").strip()
    spec = UNITS.get(u)
    if spec is None:
        return u, 1.0
    if spec.kind == "count":
        return "个", spec.factor
    return spec.base, spec.factor


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
    """Whether values in base units ``a`` and ``b`` may be compared."""
    return a == b or not a or not b
