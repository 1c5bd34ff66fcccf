"""What the suggester reads in a made-up snippet, as plain tuples the family tests compare."""

from __future__ import annotations

from models.suggest.indicators import find_indicators

Figure = tuple[str, float, str, float | None, str | None]


def quoted_figures(text: str) -> list[Figure]:
    """Each suggested indicator as (quote, value, unit, change, change unit)."""
    out = []
    for s in find_indicators(text):
        a = s.attributes
        out.append((text[s.start : s.end], a["value"], a["unit"], a["change"], a["change_unit"]))
    return out


Named = tuple[str, str, float, str | None, float | None]


def named_figures(text: str) -> list[Named]:
    """Each suggested indicator with a value as (quote, name, value, unit, change)."""
    return [
        (s.text, str(a.get("name")), a["value"], a.get("unit"), a.get("change"))
        for s in find_indicators(text)
        for a in [s.attributes]
        if s.attributes.get("value") is not None
    ]
