"""The light annotation rows used by export agree with the store's own annotations."""

from __future__ import annotations

import dataclasses

from models.store import Store


def test_annotation_rows_match_iter_annotations(seeded: Store) -> None:
    doc = seeded.documents.all()[0].id
    tag = seeded.tags.find("指标").id
    seeded.annotations.add(doc, 10, 14, tag, note="备注", attributes={"name": "甲", "value": 1.5})
    seeded.annotations.add(doc, 2, 6, tag)
    seeded.annotations.add(doc, 20, 24, seeded.tags.find("政策").id, status="suggested")
    for filters in ({}, {"statuses": None}, {"tag_ids": [tag]}, {"document_ids": [doc], "statuses": ("suggested",)}):
        expected = [dataclasses.astuple(a) for a in seeded.annotations.iterate(**filters)]
        assert [tuple(r) for r in seeded.annotations.rows(**filters)] == expected
    assert seeded.annotations.count_filtered(statuses=None) == 3
