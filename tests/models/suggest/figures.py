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
