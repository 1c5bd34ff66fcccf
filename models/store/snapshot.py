"""Whole-project snapshots (to undo a merge exactly): copy the committed state out, compare states, copy back."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from models.store.backup import copy_database

if TYPE_CHECKING:
    from models.store import Store

# what the clerk owns; the search index is derived from documents, and a snapshot carries it along anyway
_TABLES = ("documents", "document_texts", "sections", "suspects", "tags", "annotations")
# an edit undone on the undo stack puts every value back but the time it was last touched
_IGNORED = {("annotations", "updated")}
# suggestions are the machine's, made again at will (the app makes them for every new report, a merge's too);
# a clerk's review of one makes it accepted or rejected, and counts
_ROWS = {"annotations": "WHERE status <> 'suggested'"}


def fingerprint(store: Store) -> str:
    """A digest of what the clerk owns: equal digests mean the same reports, tags and reviewed annotations."""
    digest = hashlib.sha256()
    for table in _TABLES:
        columns = [
            row[1]
            for row in store.conn.execute("SELECT * FROM pragma_table_info(?)", (table,))
            if (table, row[1]) not in _IGNORED
        ]
        names = ", ".join(f'"{c}"' for c in sorted(columns))
        digest.update(table.encode())
        where = _ROWS.get(table, "")  # names from the schema, never values
        for row in store.conn.execute(f"SELECT {names} FROM {table} {where} ORDER BY rowid"):
            digest.update(repr(row).encode("utf-8"))
    return digest.hexdigest()


def save(store: Store, target: Path) -> None:
    """Write the project's last committed state to ``target`` (a second connection reads it, so a write
    transaction the store holds, with nothing written yet, makes this the state the transaction starts from)."""
    assert store.path is not None, "snapshots are of project files"
    target.unlink(missing_ok=True)
    copy_database(store.path, target)


def load(store: Store, snapshot: Path) -> None:
    """Replace the project's whole content by ``snapshot``'s, in one step other connections see committed."""
    source = sqlite3.connect(snapshot)
    try:
        source.backup(store.conn)
    finally:
        source.close()
