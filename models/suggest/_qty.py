"""One figure found in the text before it is read as a statement (`Qty`), and the number as written (`NUM`)."""

from __future__ import annotations

from dataclasses import dataclass

NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"


@dataclass
class Qty:
    """One figure found in the text, before it is read as part of a statement."""

    start: int
    end: int
    value: float
    unit: str
    hi: float | None = None
    cn: bool = False
    group: str | None = None  # "list<start>" for items of one list sharing a verb and a unit
    index: int = 0
    size: int = 0  # how many figures the list holds (0 outside a list)
    grows: bool = False  # the figure is itself a change (翻两番)
