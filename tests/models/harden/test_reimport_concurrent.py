"""An annotation saved by another connection during a re-import never lands on the wrong text (issue 15, item 2)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import models.reanchor
from models import importing, ops
from models.errors import StoreError
from models.store import Store
from tests.models.conftest import add_plain_text

OLD = "一、总体情况\n全年完成投资12亿元，同比增长8%。\n二、存在问题\n项目推进偏慢。\n"
NEW = "前言：本报告经过修订。\n" + OLD.replace("12亿元", "13亿元")


def _every_annotation_quotes_its_text(store: Store, doc_id: int) -> None:
    text = store.documents.display_text(doc_id)
    for ann in store.annotations.iterate(doc_id, statuses=("accepted", "suggested", "rejected")):
        assert text[ann.start : ann.end] == ann.text, f"annotation {ann.id} quotes text that is not there"


def test_a_concurrent_writer_cannot_slip_in_between_read_and_rewrite(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = tmp_path / "p.reportmark"
    store = ops.open_project(project)
    doc_id = add_plain_text(store, OLD)
    tag = store.tags.all()[0].id
    store.annotations.add(doc_id, OLD.index("项目推进"), OLD.index("项目推进") + 4, tag)
    corrected = tmp_path / "corrected.txt"
    corrected.write_text(NEW, encoding="utf-8")
    quote = OLD.index("同比增长")
    outcome: dict[str, object] = {}
    real = models.reanchor.reanchor

    def reanchor_with_a_second_writer(old, new, annotations):  # type: ignore[no-untyped-def]
        other = sqlite3.connect(project, isolation_level=None, timeout=0)  # a second real connection
        try:
            other.execute(
                'INSERT INTO annotations (document_id, start, "end", text, tag_id, created, updated) '
                "VALUES (?, ?, ?, ?, ?, '2026-01-01', '2026-01-01')",
                (doc_id, quote, quote + 4, "同比增长", tag),
            )
            outcome["second writer"] = "saved"
        except sqlite3.OperationalError as exc:
            outcome["second writer"] = str(exc)
        finally:
            other.close()
        return real(old, new, annotations)

    monkeypatch.setattr(models.reanchor, "reanchor", reanchor_with_a_second_writer)
    importing.reimport_document(store, doc_id, corrected)
    assert outcome["second writer"] == "database is locked"  # it waits for the re-import, then retries
    _every_annotation_quotes_its_text(store, doc_id)
    monkeypatch.setattr(models.reanchor, "reanchor", real)
    second = Store.open(project)
    second.annotations.add(doc_id, NEW.index("同比增长"), NEW.index("同比增长") + 4, tag)
    second.close()
    _every_annotation_quotes_its_text(store, doc_id)


def test_a_locked_project_during_reimport_says_another_program_holds_it(tmp_path: Path) -> None:
    project = tmp_path / "p.reportmark"
    store = ops.open_project(project)
    doc_id = add_plain_text(store, OLD)
    corrected = tmp_path / "corrected.txt"
    corrected.write_text(NEW, encoding="utf-8")
    store.conn.execute("PRAGMA busy_timeout = 0")
    holder = sqlite3.connect(project, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StoreError, match="另一个程序"):
            importing.reimport_document(store, doc_id, corrected)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert store.documents.display_text(doc_id) == OLD
