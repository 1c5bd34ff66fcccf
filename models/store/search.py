"""Search SQL: the folded-text index kept with documents, scans, trigram lookups, annotation filters."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from typing import Any, NamedTuple

from models.store.annotations import _ANN_COLUMNS, _annotation
from models.store.base import StoreBase, loads_dict
from models.types import Annotation

# FTS5's trigram tokenizer matches nothing for queries under three characters.
TRIGRAM_MIN = 3


class AnnotationRow(NamedTuple):
    """An annotation as a plain tuple (same fields as ``Annotation``), cheap to make in bulk."""

    id: int
    document_id: int
    start: int
    end: int
    text: str
    tag_id: int
    note: str
    attributes: dict[str, Any]
    status: str
    author: str
    created: str
    updated: str


def _fold(text: str) -> str:
    from models.search import fold_text  # models.search imports nothing from the store

    return fold_text(text)


def _in_clause(column: str, values: Iterable[Any], params: list[Any]) -> str:
    vals = list(values)
    params.extend(vals)
    return f"{column} IN ({','.join('?' * len(vals))})" if vals else "0"


class SearchMixin(StoreBase):
    # index upkeep ------------------------------------------------------------
    def _after_document_added(self, doc_id: int, display_text: str) -> None:
        """Index the new document inside the import transaction."""
        self._drop_text_cache()
        # delete first: REPLACE would skip the delete trigger that keeps the FTS index in step
        self.conn.execute("DELETE FROM search_texts WHERE document_id = ?", (doc_id,))
        self.conn.execute("INSERT INTO search_texts (document_id, folded) VALUES (?, ?)", (doc_id, _fold(display_text)))

    def _before_document_deleted(self, doc_id: int) -> None:
        """Drop the document from the index inside the delete transaction (triggers update FTS)."""
        self._drop_text_cache()
        self.conn.execute("DELETE FROM search_texts WHERE document_id = ?", (doc_id,))

    def ensure_search_index(self) -> int:
        """Index documents that have no index row yet (added outside the hooks); returns how many."""
        rows = self.conn.execute(
            "SELECT t.document_id, t.display_text FROM document_texts t "
            "LEFT JOIN search_texts s ON s.document_id = t.document_id WHERE s.document_id IS NULL"
        ).fetchall()
        if rows:
            self._drop_text_cache()
            try:
                with self.atomic():
                    self.conn.executemany(
                        "INSERT INTO search_texts (document_id, folded) VALUES (?, ?)",
                        [(d, _fold(t)) for d, t in rows],
                    )
            except sqlite3.OperationalError:  # read-only project: search what is indexed
                return 0
        return len(rows)

    def reindex_document(self, doc_id: int) -> None:
        """Re-index one document after its display text changed (call inside that transaction)."""
        self._after_document_added(doc_id, self.display_text(doc_id))

    def rebuild_search_index(self) -> None:
        """Re-fold every document and rebuild the trigram index from scratch."""
        self._drop_text_cache()
        with self.atomic():
            self.conn.execute("DELETE FROM search_texts")
            self.conn.execute("INSERT INTO search_fts (search_fts) VALUES ('delete-all')")
        self.ensure_search_index()

    # full text -----------------------------------------------------------------
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
            sql += " AND " + _in_clause(column, document_ids, params)
        sql += f" ORDER BY {column}"
        return [int(r[0]) for r in self.conn.execute(sql, params)]

    def cached_texts(self) -> dict[int, tuple[str, str]]:
        """Document id -> (folded text, display text), held in memory between searches.

        Scanning Python strings beats SQLite's instr() several times over, and the
        texts are small next to the machine (a 25 MB project costs ~50 MB here). The
        cache is dropped when this connection adds or deletes a document and when
        another connection commits (``PRAGMA data_version`` changes).
        """
        version = self.conn.execute("PRAGMA data_version").fetchone()[0]
        cache: dict[int, tuple[str, str]] | None = getattr(self, "_text_cache", None)
        if cache is None or getattr(self, "_text_cache_version", None) != version:
            cache = {}
            cur = self.conn.execute(
                "SELECT s.document_id, s.folded, "
                "CASE WHEN s.folded = t.display_text THEN NULL ELSE t.display_text END "
                "FROM search_texts s JOIN document_texts t ON t.document_id = s.document_id ORDER BY s.document_id"
            )
            while rows := cur.fetchmany(64):
                for doc_id, folded, display in rows:
                    cache[int(doc_id)] = (folded, folded if display is None else display)
            self._text_cache: dict[int, tuple[str, str]] | None = cache
            self._text_cache_version = version
        return cache

    def _drop_text_cache(self) -> None:
        self._text_cache = None

    def scan_documents(self, folded_query: str) -> list[int]:
        """Ids of documents containing the query by a plain instr() scan (benchmark baseline)."""
        rows = self.conn.execute(
            "SELECT document_id FROM search_texts WHERE instr(folded, ?) > 0 ORDER BY document_id", (folded_query,)
        ).fetchall()
        return [int(r[0]) for r in rows]

    def document_titles(self, document_ids: Iterable[int]) -> dict[int, str]:
        params: list[Any] = []
        clause = _in_clause("id", document_ids, params)
        return {int(i): str(t) for i, t in self.conn.execute(f"SELECT id, title FROM documents WHERE {clause}", params)}

    # annotations -----------------------------------------------------------------
    def _register_fold(self) -> None:
        """Make ``rm_fold(text)`` (the search folding) available to SQL on this connection."""
        if not getattr(self, "_fold_registered", False):
            self.conn.create_function("rm_fold", 1, lambda v: None if v is None else _fold(str(v)), deterministic=True)
            self._fold_registered = True

    def find_annotations(
        self,
        *,
        texts: Iterable[str] = (),
        tag_ids: Iterable[int] | None = None,
        notes: Iterable[str] = (),
        attribute: str | None = None,
        attribute_values: Iterable[str] = (),
        statuses: Iterable[str] | None = ("accepted",),
        document_ids: Iterable[int] | None = None,
    ) -> list[Annotation]:
        """Annotations matching every given filter, ordered by document and position.

        ``texts``/``notes``/``attribute_values`` are alternatives (any one may occur as a
        substring); both sides are folded, so simplified and traditional match each other.
        """
        self._register_fold()
        where: list[str] = []
        params: list[Any] = []

        def any_of(expr: str, needles: Iterable[str], extra: list[Any] | None = None) -> None:
            alts = [_fold(n) for n in dict.fromkeys(needles) if n]
            if alts:
                where.append("(" + " OR ".join(f"instr(rm_fold({expr}), ?) > 0" for _ in alts) + ")")
                for alt in alts:
                    params.extend([*(extra or []), alt])

        any_of("text", texts)
        any_of("note", notes)
        if attribute:
            path = '$."' + attribute.replace('"', "") + '"'
            if any(attribute_values):
                any_of("CAST(json_extract(attributes, ?) AS TEXT)", attribute_values, [path])
            else:
                where.append("json_extract(attributes, ?) IS NOT NULL")
                params.append(path)
        else:
            any_of("attributes", attribute_values)
        if tag_ids is not None:
            where.append(_in_clause("tag_id", tag_ids, params))
        if statuses is not None:
            where.append(_in_clause("status", statuses, params))
        if document_ids is not None:
            where.append(_in_clause("document_id", document_ids, params))
        sql = f"SELECT {_ANN_COLUMNS} FROM annotations"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += ' ORDER BY document_id, start, "end", id'
        return [_annotation(tuple(r)) for r in self.conn.execute(sql, params)]

    def count_filtered_annotations(
        self,
        *,
        document_ids: Iterable[int] | None = None,
        tag_ids: Iterable[int] | None = None,
        statuses: Iterable[str] | None = ("accepted",),
    ) -> int:
        """How many annotations ``iter_annotations`` would yield with the same filters."""
        where: list[str] = []
        params: list[Any] = []
        for column, values in (("document_id", document_ids), ("tag_id", tag_ids), ("status", statuses)):
            if values is not None:
                where.append(_in_clause(column, values, params))
        sql = "SELECT COUNT(*) FROM annotations" + (" WHERE " + " AND ".join(where) if where else "")
        return int(self.conn.execute(sql, params).fetchone()[0])

    def find_document_by_display_text(self, text: str) -> int | None:
        """Id of a document whose display text is exactly ``text`` (re-imports of exported projects)."""
        row = self.conn.execute(
            "SELECT document_id FROM document_texts WHERE length(display_text) = ? AND display_text = ? "
            "ORDER BY document_id LIMIT 1",
            (len(text), text),
        ).fetchone()
        return int(row[0]) if row else None

    def section_spans(self, document_ids: Iterable[int]) -> dict[int, list[tuple[int, int, str]]]:
        """Per document, ``(start, end, label + title)`` of every section, outermost first at equal starts."""
        params: list[Any] = []
        clause = _in_clause("document_id", document_ids, params)
        out: dict[int, list[tuple[int, int, str]]] = {}
        for doc_id, start, end, name in self.conn.execute(
            f'SELECT document_id, start, "end", label || title FROM sections WHERE {clause} '
            'ORDER BY document_id, start, "end" DESC, level',
            params,
        ):
            out.setdefault(doc_id, []).append((start, end, name))
        return out

    def iter_annotation_rows(
        self,
        *,
        document_ids: Iterable[int] | None = None,
        tag_ids: Iterable[int] | None = None,
        statuses: Iterable[str] | None = ("accepted",),
        batch: int = 2000,
    ) -> Iterator[AnnotationRow]:
        """Like ``iter_annotations`` (same filters and order) but light rows for bulk export."""
        where: list[str] = []
        params: list[Any] = []
        for column, values in (("document_id", document_ids), ("tag_id", tag_ids), ("status", statuses)):
            if values is not None:
                where.append(_in_clause(column, values, params))
        sql = f"SELECT {_ANN_COLUMNS} FROM annotations"
        if where:
            sql += " WHERE " + " AND ".join(where)
        cur = self.conn.execute(sql + ' ORDER BY document_id, start, "end", id', params)
        loads = loads_dict  # a damaged field must not stop an export
        make = AnnotationRow._make
        while rows := cur.fetchmany(batch):
            for r in rows:
                attrs = r[7]
                yield make((*r[:7], {} if attrs == "{}" or not attrs else loads(attrs), *r[8:]))

    def iter_annotation_rows_by_id(self, annotation_ids: Iterable[int], *, batch: int = 500) -> Iterator[AnnotationRow]:
        """These annotations as light rows, in the order given; ids that no longer exist are skipped."""
        ids = list(annotation_ids)
        loads = loads_dict  # a damaged field must not stop an export
        for i in range(0, len(ids), batch):
            chunk = ids[i : i + batch]
            params: list[Any] = []
            clause = _in_clause("id", chunk, params)
            found = {
                r[0]: r for r in self.conn.execute(f"SELECT {_ANN_COLUMNS} FROM annotations WHERE {clause}", params)
            }
            for ann_id in chunk:
                r = found.get(ann_id)
                if r is not None:
                    attrs = r[7]
                    yield AnnotationRow._make((*r[:7], {} if attrs == "{}" or not attrs else loads(attrs), *r[8:]))
