"""A change stated alone in an absolute unit (减少1109万, stored value = change) is no level to subtract from."""

from __future__ import annotations

from compare_helpers import add_parsed, annotate

from models.compare import compare_documents
from models.compare.format import format_side
from models.store import Store


def test_an_absolute_change_alone_is_not_compared_as_a_level(store: Store) -> None:
    # gold convention: 农村贫困人口减少1109万 → value −1109 万, change −1109 万; it used to be taken for a level
    # of −1109万 and 500万 beside it gave a difference of 1609万 (a count cannot be negative)
    a = add_parsed(store, "a.txt", "一、民生\n\n农村贫困人口减少1109万。\n")
    b = add_parsed(store, "b.txt", "一、民生\n\n农村贫困人口500万。\n")
    annotate(
        store, a, "农村贫困人口减少1109万", name="农村贫困人口", value=-1109, unit="万", change=-1109, change_unit="万"
    )
    annotate(store, b, "农村贫困人口500万", name="农村贫困人口", value=500, unit="万")
    (pair,) = compare_documents(store, a, b).indicator_pairs
    assert pair.left is not None and pair.left.base_value is None
    assert pair.difference is None
    assert format_side(pair.left) == "-1,109万"
