"""The light annotation rows used by export agree with the store's own annotations."""

from __future__ import annotations

import dataclasses

from models.store import Store


def test_annotation_rows_match_iter_annotations(seeded: Store) -> None:
    doc = seeded.list_documents()[0].id
    tag = seeded.find_tag("指标").id
    seeded.add_annotation(doc, 10, 14, tag, note="备注", attributes={"name": "甲", "value": 1.5})
    seeded.add_annotation(doc, 2, 6, tag)
    seeded.add_annotation(doc, 20, 24, seeded.find_tag("政策").id, status="suggested")
    for filters in ({}, {"statuses": None}, {"tag_ids": [tag]}, {"document_ids": [doc], "statuses": ("suggested",)}):
        expected = [dataclasses.astuple(a) for a in seeded.iter_annotations(**filters)]
        assert [tuple(r) for r in seeded.iter_annotation_rows(**filters)] == expected
    assert seeded.count_filtered_annotations(statuses=None) == 3
