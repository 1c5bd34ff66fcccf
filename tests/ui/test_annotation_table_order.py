"""Incremental inserts into the annotation table land where a full sort would put them."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import Qt

from models.types import Annotation, Tag
from ui.annotations.model import AnnotationModel

TAGS = [Tag(1, "指标", "#e8590c"), Tag(2, "政策", "#1971c2")]


def _ann(i: int, rng: random.Random) -> Annotation:
    start = rng.randrange(0, 500)
    return Annotation(i, 1, start, start + rng.randrange(1, 9), f"文字{rng.randrange(50)}", rng.choice([1, 2]))


@pytest.mark.parametrize("column", [0, 1, 2])
@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_inserted_rows_keep_the_sort(qapp, column: int, order: Qt.SortOrder) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(column * 10 + int(order.value))
    model = AnnotationModel()
    model.set_content([_ann(i, rng) for i in range(1, 60)], TAGS, ())
    model.sort(column, order)
    model.apply([_ann(i, rng) for i in range(100, 130)], set())
    shown = [model._rows[r].id for r in range(len(model._rows))]
    model.sort(column, order)
    assert shown == [a.id for a in model._rows]
