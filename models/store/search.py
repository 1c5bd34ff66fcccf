"""The folded-text search index kept with documents: upkeep, trigram lookups, the in-memory text cache."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any

from models.folding import fold_text
from models.store.base import Db, in_clause

# FTS5's trigram tokenizer matches nothing for queries under three characters.
TRIGRAM_MIN = 3


class SearchIndex:
    """``store.search``: one folded copy of every display text, with an FTS5 trigram index over it."""

    def __init__(self, db: Db) -> None:
        self._db = db
        self._text_cache: dict[int, tuple[str, str]] | None = None
        self._text_cache_version: int | None = None

    # index upkeep (called by Documents inside its transactions) ----------------
    def index_document(self, doc_id: int, display_text: str) -> None:
        """(Re-)index one document; call inside the transaction that wrote its text."""
        self._text_cache = None
        conn = self._db.conn
        # delete first: REPLACE would skip the delete trigger that keeps the FTS index in step
        conn.execute("DELETE FROM search_texts WHERE document_id = ?", (doc_id,))
        conn.execute("INSERT INTO search_texts (document_id, folded) VALUES (?, ?)", (doc_id, fold_text(display_text)))

    def drop_document(self, doc_id: int) -> None:
        """Remove one document from the index; call inside the delete transaction (triggers update FTS)."""
        self._text_cache = None
        self._db.conn.execute("DELETE FROM search_texts WHERE document_id = ?", (doc_id,))

    def ensure(self) -> int:
        """Index documents that have no index row yet (added outside the store); returns how many."""
        rows = self._db.conn.execute(
            "SELECT t.document_id, t.display_text FROM document_texts t "
            "LEFT JOIN search_texts s ON s.document_id = t.document_id WHERE s.document_id IS NULL"
        ).fetchall()
        if rows:
            self._text_cache = None
            try:
                with self._db.atomic():
                    self._db.conn.executemany(
                        "INSERT INTO search_texts (document_id, folded) VALUES (?, ?)",
                        [(d, fold_text(t)) for d, t in rows],
                    )
            except sqlite3.OperationalError:  # read-only project: search what is indexed
                return 0
        return len(rows)

    def reindex_document(self, doc_id: int) -> None:
        """Re-index one document after its display text changed (call inside that transaction)."""
        row = self._db.conn.execute(
            "SELECT display_text FROM document_texts WHERE document_id = ?", (doc_id,)
        ).fetchone()
        if row is not None:
            self.index_document(doc_id, str(row[0]))

    def rebuild(self) -> None:
        """Re-fold every document and rebuild the trigram index from scratch."""
        self._text_cache = None
        with self._db.atomic():
            self._db.conn.execute("DELETE FROM search_texts")
            self._db.conn.execute("INSERT INTO search_fts (search_fts) VALUES ('delete-all')")
        self.ensure()

    # lookups -----------------------------------------------------------------------
    def matching_document_ids(self, folded_query: str, *, document_ids: Iterable[int] | None = None) -> list[int]:
        """Ids (ascending) of documents whose folded text contains ``folded_query``.

        Queries of three characters or more go through the trigram index (exact for
        substrings of that length); shorter ones scan the plain table with instr(),
        because FTS5 trigram matches nothing under three characters.
        """
        params: list[Any] = []
        if len(folded_query) >= TRIGRAM_MIN:
            sql = "SELECT rowid FROM search_fts WHERE search_fts MATCH ?"
            params.append('"' + folded_query.replace('"', '""') + '"')
            column = "rowid"
        else:
            sql = "SELECT document_id FROM search_texts WHERE instr(folded, ?) > 0"
            params.append(folded_query)
            column = "document_id"
        if document_ids is not None:
            sql += " AND " + in_clause(column, document_ids, params)
        sql += f" ORDER BY {column}"
        return [int(r[0]) for r in self._db.conn.execute(sql, params)]

    def cached_texts(self) -> dict[int, tuple[str, str]]:
        """Document id -> (folded text, display text), held in memory between searches.

        Scanning Python strings beats SQLite's instr() several times over, and the
        texts are small next to the machine (a 25 MB project costs ~50 MB here). The
        cache is dropped when this connection adds or deletes a document and when
        another connection commits (``PRAGMA data_version`` changes).
        """
        conn = self._db.conn
        version = int(conn.execute("PRAGMA data_version").fetchone()[0])
        cache = self._text_cache
        if cache is None or self._text_cache_version != version:
            cache = {}
            cur = conn.execute(
                "SELECT s.document_id, s.folded, "
                "CASE WHEN s.folded = t.display_text THEN NULL ELSE t.display_text END "
                "FROM search_texts s JOIN document_texts t ON t.document_id = s.document_id ORDER BY s.document_id"
            )
            while rows := cur.fetchmany(64):
                for doc_id, folded, display in rows:
                    cache[int(doc_id)] = (folded, folded if display is None else display)
            self._text_cache = cache
            self._text_cache_version = version
        return cache

    def scan_documents(self, folded_query: str) -> list[int]:
        """Ids of documents containing the query by a plain instr() scan (benchmark baseline)."""
        rows = self._db.conn.execute(
            "SELECT document_id FROM search_texts WHERE instr(folded, ?) > 0 ORDER BY document_id", (folded_query,)
        ).fetchall()
        return [int(r[0]) for r in rows]
