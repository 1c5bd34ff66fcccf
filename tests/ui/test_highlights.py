"""Layering overlapping annotations into painted segments (pure logic, no widgets)."""

from __future__ import annotations

from models.types import Annotation
from ui.document_view.highlights import AnnotationIndex, segments


def ann(i: int, s: int, e: int) -> Annotation:
    return Annotation(id=i, document_id=1, start=s, end=e, text="x" * (e - s), tag_id=1)


def test_nested_annotation_gets_the_background_and_outer_is_underlined():
    outer, inner = ann(1, 0, 10), ann(2, 3, 5)
    segs = segments([outer, inner], 0, 20)
    assert [(s.start, s.end, s.ids) for s in segs] == [(0, 3, (1,)), (3, 5, (2, 1)), (5, 10, (1,))]


def test_segments_are_clipped_to_the_range_and_skip_gaps():
    segs = segments([ann(1, 0, 4), ann(2, 8, 12)], 2, 10)
    assert [(s.start, s.end, s.ids) for s in segs] == [(2, 4, (1,)), (8, 10, (2,))]


def test_index_point_queries_innermost_first():
    index = AnnotationIndex([ann(1, 0, 10), ann(2, 3, 5)])
    assert [a.id for a in index.at(4)] == [2, 1]
    assert index.at(10) == []
    index.remove(2)
    assert [a.id for a in index.at(4)] == [1]
