"""Units of indicator values: the base unit and factor used to put two values side by side."""

from __future__ import annotations

from typing import Any

# unit as written -> (base unit, factor to reach it)
_UNITS: dict[str, tuple[str, float]] = {
    "%": ("%", 1.0),
    "个百分点": ("个百分点", 1.0),
    "百分点": ("个百分点", 1.0),
    "亿元": ("元", 1e8),
    "万元": ("元", 1e4),
    "千元": ("元", 1e3),
    "元": ("元", 1.0),
    "亿": ("元", 1e8),
    "亿美元": ("美元", 1e8),
    "万美元": ("美元", 1e4),
    "美元": ("美元", 1.0),
    "万人次": ("人次", 1e4),
    "人次": ("人次", 1.0),
    "万人": ("人", 1e4),
    "人": ("人", 1.0),
    "名": ("人", 1.0),
    "万亩": ("亩", 1e4),
    "亩": ("亩", 1.0),
    "万吨": ("吨", 1e4),
    "吨": ("吨", 1.0),
    "亿千瓦时": ("千瓦时", 1e8),
    "万千瓦时": ("千瓦时", 1e4),
    "千瓦时": ("千瓦时", 1.0),
    "度": ("千瓦时", 1.0),
    "万件": ("件", 1e4),
    "件": ("件", 1.0),
    "万只": ("只", 1e4),
    "只": ("只", 1.0),
    "万户": ("户", 1e4),
    "户": ("户", 1.0),
}
# Counting words for enterprises, projects, stations … are all plain counts.
_COUNT_WORDS = ("个", "家", "项", "座", "处", "条", "所", "批", "次", "台", "套", "宗")


def base_unit(unit: str | None) -> tuple[str, float]:
    """Base unit and factor of ``unit``; unknown units are their own base (factor 1)."""
    u = (unit or "").strip()
    if u in _UNITS:
        return _UNITS[u]
    if u.startswith("万") and u[1:] in _COUNT_WORDS:
        return "个", 1e4
    if u in _COUNT_WORDS:
        return "个", 1.0
    return u, 1.0


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
