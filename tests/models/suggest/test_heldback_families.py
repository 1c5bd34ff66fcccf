"""Families from the held-back sets 17, 18, 21 and 22 (418–435, 517–534, 820–837, 118–135), in made-up snippets."""

from __future__ import annotations

from typing import Any

from models.suggest.indicators import find_indicators


def _read(text: str) -> list[tuple[Any, ...]]:
    return [
        (s.attributes["value"], s.attributes["unit"], s.attributes["change"], s.attributes["change_unit"])
        for s in find_indicators(text)
    ]


def test_petitions_counted_in_case_times_keep_their_unit_and_change() -> None:
    got = _read("上半年，全镇受理信访总量56件次，同比下降12.5%；其中来访21件人次，同比上升5%。")
    assert got == [(56, "件次", -12.5, "%"), (21, "件人次", 5, "%")]


def test_vaccine_doses_are_counted_in_person_doses() -> None:
    assert _read("全年接种流感疫苗8200人份。") == [(8200, "人份", None, None)]

