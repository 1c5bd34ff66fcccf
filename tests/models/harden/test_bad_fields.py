"""A project with one bad JSON field still opens; the damaged part gets one clear line (issue 15, item 10)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from models import ops
from models.errors import StoreError
from models.store import Store
from tests.models.conftest import add_plain_text


def test_bad_json_fields_do_not_stop_the_project_from_opening(tmp_path: Path) -> None:
    path = tmp_path / "p.reportmark"
    store = ops.open_project(path)
    doc = add_plain_text(store, "一、总体情况\n全年完成投资12亿元。\n")
    tag = store.tags.all()[0].id
    ann = store.annotations.add(doc, 6, 10, tag).id
    store.close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE documents SET extra = '{bad'")
    conn.execute("UPDATE annotations SET attributes = '[1,'")
    conn.execute("UPDATE document_texts SET offset_map = 'not json'")
    conn.commit()
    conn.close()
    store = Store.open(path)
    assert store.documents.all()[0].extra == {}
    assert store.annotations.get(ann).attributes == {}
    assert store.documents.display_text(doc).startswith("一、总体情况")
    with pytest.raises(StoreError, match="已损坏"):
        store.documents.text(doc)
