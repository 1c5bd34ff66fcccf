"""The names other modules import from numbers, _quantities and _level_joins stay importable there after their
parts moved to _units, _qty/_unitless and _level_pairs: one object, not a copy."""

from __future__ import annotations

from models.suggest import _level_joins, _level_pairs, _qty, _quantities, _units, numbers


def test_unit_names_are_the_unit_tables_own() -> None:
    assert numbers.UNITS is _units.UNITS
    assert numbers.UNIT_PATTERN == _units.UNIT_PATTERN
    assert numbers.UNIT_NAMES is _units.UNIT_NAMES
    assert numbers.SCORE_UNIT in numbers.UNITS
    assert numbers.normalize(2.5, "万亩") == (25000.0, "亩")


def test_a_figure_is_one_class_wherever_it_is_imported_from() -> None:
    assert _quantities.Qty is _qty.Qty
    assert _quantities.NUM == _qty.NUM


def test_the_joins_indicators_takes_from_level_joins_are_level_pairs_own() -> None:
    assert _level_joins.join_level is _level_pairs.join_level
    assert _level_joins.join_stock_after_added is _level_pairs.join_stock_after_added
