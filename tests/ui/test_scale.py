"""A long report with 2,000 annotations opens, paints every highlight and stays editable (no timings)."""

from __future__ import annotations

import random

from models import ops
from tests.ui.conftest import SMALL_TEXT, make_window, small_parsed
from tests.ui.test_annotating import background_at, select


def test_two_thousand_annotations(qtbot, tmp_path, dialogs, monkeypatch):
    text = SMALL_TEXT + "全年完成固定资产投资61111万元，同比增长56.07%。\n" * 2500  # ~75,000 characters
    path = tmp_path / "big.reportmark"
    store = ops.open_project(path)
    doc = store.documents.add(small_parsed(text, name="big.txt"))
    tags = store.tags.all()
    rnd = random.Random(7)
    items = []
    for _ in range(2000):
        s = rnd.randrange(len(SMALL_TEXT), len(text) - 40)
        e = s + rnd.randrange(2, 30)
        if text[s:e].strip():
            items.append(
                {"document_id": doc.id, "start": s, "end": e, "text": text[s:e], "tag_id": rnd.choice(tags).id}
            )
    store.annotations.add_many(items)
    last = max(items, key=lambda it: it["start"])
    store.close()

    window = make_window(qtbot, path)  # returns once every chunk of highlights is painted
    view = window.document_view()
    assert len(view.annotations()) == len(items)
    assert window.table.model.rowCount() == len(items)
    covering = view.annotations_at(last["start"])
    innermost = covering[0]
    assert background_at(view, last["start"]) == window.store.tags.get(innermost.tag_id).color
    # tagging still works and updates only what changed
    start = text.index("工业总产值")
    select(view, start, start + 5)
    qtbot.keyClick(view, "1")
    assert len(window.store.annotations.select(doc.id)) == len(items) + 1
    assert window.table.model.rowCount() == len(items) + 1
