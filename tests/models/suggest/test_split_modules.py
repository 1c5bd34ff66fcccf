"""The names other modules import from numbers and _quantities stay importable there after their parts moved to
_units and _qty/_unitless: one object, not a copy; the level joins are imported from their owner, never re-exported."""

from __future__ import annotations

from models.suggest import _level_joins, _qty, _quantities, _units, numbers


def test_unit_names_are_the_unit_tables_own() -> None:
    assert numbers.UNITS is _units.UNITS
    assert numbers.UNIT_PATTERN == _units.UNIT_PATTERN
    assert numbers.UNIT_NAMES is _units.UNIT_NAMES
    assert numbers.SCORE_UNIT in numbers.UNITS
    assert numbers.normalize(2.5, "万亩") == (25000.0, "亩")


def test_a_figure_is_one_class_wherever_it_is_imported_from() -> None:
    assert _quantities.Qty is _qty.Qty
    assert _quantities.NUM == _qty.NUM


def test_level_pairs_joins_are_not_re_exported_by_level_joins() -> None:
    assert not hasattr(_level_joins, "join_level")
    assert not hasattr(_level_joins, "join_stock_after_added")
