"""Documents, their texts, sections and suspect ranges; writes keep the search index in the same transaction."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from models.errors import DuplicateDocument, InvalidValue, NotFound, StoreError
from models.offsets import OffsetMap
from models.store.base import Db, dumps, in_clause, now_iso
from models.store.document_rows import CLERK_FIELDS
from models.store.document_rows import CONTENT_COLUMNS as _CONTENT_COLUMNS
from models.store.document_rows import DOC_COLUMNS as _DOC_COLUMNS
from models.store.document_rows import already_in_project as _already_in_project
from models.store.document_rows import clerk_field as _field
from models.store.document_rows import content_values as _content_values
from models.store.document_rows import document_from_row as _document
from models.store.document_rows import now_precise as _now_precise
from models.store.search import SearchIndex
from models.types import (
    AnnotationStatus,
    Document,
    DocumentText,
    FieldState,
    Metadata,
    ParsedDocument,
    Repair,
    Section,
    SuspectRange,
)

__all__ = ["CLERK_FIELDS", "Documents"]


class Documents:
    """``store.documents``: reports with their texts, section trees and suspect ranges."""

    def __init__(self, db: Db, search: SearchIndex) -> None:
        self._db = db
        self._search = search

    # writing --------------------------------------------------------------
    def add(self, parsed: ParsedDocument) -> Document:
        """Store a parsed report with its sections and suspects in one transaction.

        Raises:
            DuplicateDocument: a document with the same content hash exists.
        """
        existing = self.find_by_hash(parsed.content_hash)
        if existing is not None:
            raise DuplicateDocument(_already_in_project(parsed.source_name, existing), existing.id)
        with self._db.atomic():
            cur = self._db.conn.execute(
                f"INSERT INTO documents ({', '.join(_CONTENT_COLUMNS)}, imported_at) "
                f"VALUES ({', '.join('?' * (len(_CONTENT_COLUMNS) + 1))})",
                (*_content_values(parsed), now_iso()),
            )
            doc_id = int(cur.lastrowid or 0)
            self._db.conn.execute(
                "INSERT INTO document_texts (document_id, display_text, original_text, offset_map) VALUES (?,?,?,?)",
                (doc_id, parsed.display_text, parsed.original_text, dumps(parsed.offset_map.to_json())),
            )
            self._insert_sections(doc_id, parsed.sections)
            self._insert_suspects(doc_id, parsed.suspects)
            self._search.index_document(doc_id, parsed.display_text)
        return self.get(doc_id)

    def _insert_suspects(self, doc_id: int, suspects: tuple[SuspectRange, ...]) -> None:
        self._db.conn.executemany(
            'INSERT INTO suspects (document_id, start, "end", original, reason, repairs) VALUES (?,?,?,?,?,?)',
            [(doc_id, s.start, s.end, s.original, s.reason, dumps([r.__dict__ for r in s.repairs])) for s in suspects],
        )

    def _insert_sections(self, doc_id: int, sections: tuple[Section, ...]) -> None:
        ordinal = 0

        def insert(section: Section, parent: int | None) -> None:
            nonlocal ordinal
            ordinal += 1
            cur = self._db.conn.execute(
                'INSERT INTO sections (document_id, parent_id, ordinal, level, label, title, start, "end", '
                "heading_end) VALUES (?,?,?,?,?,?,?,?,?)",
                (
                    doc_id,
                    parent,
                    ordinal,
                    section.level,
                    section.label,
                    section.title,
                    section.start,
                    section.end,
                    section.heading_end,
                ),
            )
            for child in section.children:
                insert(child, cur.lastrowid)

        for s in sections:
            insert(s, None)

    def delete(self, doc_id: int) -> Document:
        """Delete a document with everything attached to it; returns what was removed."""
        doc = self.get(doc_id)
        with self._db.atomic():
            self._search.drop_document(doc_id)
            self._db.conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
        return doc

    def replace_content(
        self, doc_id: int, parsed: ParsedDocument, moves: list[tuple[int, int, int]], unplaced: list[int]
    ) -> Document:
        """Swap in a corrected version of a document and move its annotations, in one transaction.

        Args:
            moves: (annotation id, new start, new end) for every placed annotation.
            unplaced: annotation ids that could not be placed; marked "unplaced", never deleted.
        """
        current = self.get(doc_id)
        other = self.find_by_hash(parsed.content_hash)
        if other is not None and other.id != doc_id:
            raise DuplicateDocument(_already_in_project(parsed.source_name, other), other.id)
        with self._db.atomic():
            self._search.drop_document(doc_id)
            values = dict(zip(_CONTENT_COLUMNS, _content_values(parsed), strict=True))
            marks = {name: dict(mark) for name, mark in current.clerk_fields.items()}
            for name, mark in marks.items():  # the clerk's value stays; the reader's new one is remembered
                if values[name] != getattr(current, name):  # (a repair carries the stored values over: no new read)
                    mark["reader"] = values[name]
                values[name] = getattr(current, name)
            self._db.conn.execute(
                f"UPDATE documents SET {', '.join(c + ' = ?' for c in _CONTENT_COLUMNS)}, clerk_fields = ? "
                "WHERE id = ?",
                (*values.values(), dumps(marks), doc_id),
            )
            self._db.conn.execute(
                "UPDATE document_texts SET display_text = ?, original_text = ?, offset_map = ? WHERE document_id = ?",
                (parsed.display_text, parsed.original_text, dumps(parsed.offset_map.to_json()), doc_id),
            )
            self._db.conn.execute("DELETE FROM sections WHERE document_id = ?", (doc_id,))
            self._db.conn.execute("DELETE FROM suspects WHERE document_id = ?", (doc_id,))
            self._insert_sections(doc_id, parsed.sections)
            self._insert_suspects(doc_id, parsed.suspects)
            stamp = now_iso()
            for ann_id, start, end in moves:
                self._db.conn.execute(
                    'UPDATE annotations SET start = ?, "end" = ?, text = ?, updated = ? '
                    "WHERE id = ? AND document_id = ?",
                    (start, end, parsed.display_text[start:end], stamp, ann_id, doc_id),
                )
            for ann_id in unplaced:
                self._db.conn.execute(
                    "UPDATE annotations SET status = ?, updated = ? WHERE id = ? AND document_id = ?",
                    (AnnotationStatus.UNPLACED, stamp, ann_id, doc_id),
                )
            self._search.index_document(doc_id, parsed.display_text)
        return self.get(doc_id)

    def set_memo(self, doc_id: int, memo: str) -> None:
        self.get(doc_id)
        self._db.conn.execute("UPDATE documents SET memo = ? WHERE id = ?", (memo, doc_id))

    def set_title(self, doc_id: int, title: str) -> None:
        self.get(doc_id)
        self._db.conn.execute("UPDATE documents SET title = ? WHERE id = ?", (title, doc_id))

    def field_state(self, doc_id: int, name: str) -> FieldState:
        """The value of one clerk-settable field and the clerk's mark on it (``None``: the reader's value)."""
        doc = self.get(doc_id)
        mark = doc.clerk_fields.get(name)
        return FieldState(name, getattr(doc, _field(name)), dict(mark) if mark is not None else None)

    def set_field(self, doc_id: int, name: str, value: str | None) -> FieldState:
        """Save the clerk's value of ``name`` (marked as the clerk's); returns the state before, for undo."""
        before = self.field_state(doc_id, name)
        reader = before.mark["reader"] if before.mark is not None else before.value
        self.restore_field(doc_id, FieldState(name, value, {"at": _now_precise(), "reader": reader}))
        return before

    def restore_field(self, doc_id: int, state: FieldState) -> None:
        """Put a field back exactly as ``state`` says (value and mark), in one statement."""
        doc = self.get(doc_id)
        if state.name == "title" and not state.value:
            raise InvalidValue("标题不能为空。")
        marks = {k: dict(v) for k, v in doc.clerk_fields.items()}
        if state.mark is None:
            marks.pop(state.name, None)
        else:
            marks[state.name] = dict(state.mark)
        self._db.conn.execute(
            f"UPDATE documents SET {_field(state.name)} = ?, clerk_fields = ? WHERE id = ?",
            (state.value, dumps(marks), doc_id),
        )

    def adopt_clerk_fields(self, doc_id: int, other: Document, *, fresh: bool = False) -> list[str]:
        """Take the fields a colleague's copy ``other`` marks as the clerk's, unless ours were set later.

        ``fresh``: the document was just copied from ``other`` (its marks are taken as they are).

        Returns:
            The names of the fields taken.
        """
        ours = self.get(doc_id).clerk_fields
        taken = []
        with self._db.atomic():
            for name, mark in other.clerk_fields.items():
                mine = ours.get(name)
                if mine is not None and str(mine.get("at", "")) >= str(mark.get("at", "")):
                    continue
                if fresh:
                    reader = mark.get("reader")
                else:
                    reader = mine["reader"] if mine is not None else getattr(self.get(doc_id), _field(name))
                self.restore_field(doc_id, FieldState(name, getattr(other, name), {**mark, "reader": reader}))
                taken.append(name)
        return taken

    # reading --------------------------------------------------------------
    def get(self, doc_id: int) -> Document:
        rows = self._db.rows(f"SELECT {_DOC_COLUMNS} FROM documents WHERE id = ?", (doc_id,))
        if not rows:
            raise NotFound(f"文档（编号 {doc_id}）已不存在。")
        return _document(rows[0])

    def has(self, doc_id: int) -> bool:
        return self._db.conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is not None

    def find_by_hash(self, content_hash: str) -> Document | None:
        rows = self._db.rows(f"SELECT {_DOC_COLUMNS} FROM documents WHERE content_hash = ?", (content_hash,))
        return _document(rows[0]) if rows else None

    def all(self) -> list[Document]:
        """Every document, oldest first."""
        return [_document(r) for r in self._db.rows(f"SELECT {_DOC_COLUMNS} FROM documents ORDER BY id")]

    def named(self, name: str) -> list[Document]:
        """The documents a list names ``name`` (title, or file name when untitled): one ``distinct_labels`` group."""
        sql = f"SELECT {_DOC_COLUMNS} FROM documents WHERE title = ? OR (COALESCE(title, '') = '' AND source_name = ?)"
        return [_document(r) for r in self._db.rows(sql + " ORDER BY id", (name, name))]

    def ids(self) -> list[int]:
        """Every document's id, oldest first (without reading 10,000 rows into documents)."""
        return [int(r[0]) for r in self._db.conn.execute("SELECT id FROM documents ORDER BY id")]

    def count(self) -> int:
        return int(self._db.conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0])

    def text(self, doc_id: int) -> DocumentText:
        row = self._db.conn.execute(
            "SELECT display_text, original_text, offset_map FROM document_texts WHERE document_id = ?", (doc_id,)
        ).fetchone()
        if row is None:
            raise NotFound(f"文档（编号 {doc_id}）已不存在。")
        try:
            offsets = OffsetMap.from_json(json.loads(row[2]))
        except (ValueError, TypeError, KeyError, RecursionError) as exc:
            raise StoreError(
                f"文档（编号 {doc_id}）的位置数据已损坏，无法打开；可以从备份恢复项目，或重新导入这份报告。"
            ) from exc
        return DocumentText(doc_id, row[0], row[1], offsets)

    def display_text(self, doc_id: int) -> str:
        row = self._db.conn.execute(
            "SELECT display_text FROM document_texts WHERE document_id = ?", (doc_id,)
        ).fetchone()
        if row is None:
            raise NotFound(f"文档（编号 {doc_id}）已不存在。")
        return str(row[0])

    def sections(self, doc_id: int) -> tuple[Section, ...]:
        """The document's section tree (top-level sections with nested children)."""
        rows = self._db.rows(
            'SELECT id, parent_id, level, label, title, start, "end", heading_end FROM sections '
            "WHERE document_id = ? ORDER BY ordinal",
            (doc_id,),
        )
        children: dict[int | None, list[dict[str, Any]]] = {}
        for r in rows:
            children.setdefault(r["parent_id"], []).append(r)

        def build(r: dict[str, Any]) -> Section:
            kids = tuple(build(c) for c in children.get(r["id"], []))
            return Section(r["level"], r["label"], r["title"], r["start"], r["end"], r["heading_end"], kids, r["id"])

        return tuple(build(r) for r in children.get(None, []))

    def parsed(self, doc_id: int) -> ParsedDocument:
        """A stored document as the parser would hand it over (to copy it, or to rewrite its display text)."""
        doc, text = self.get(doc_id), self.text(doc_id)
        return ParsedDocument(
            source_name=doc.source_name,
            source_format=doc.source_format,
            encoding=doc.encoding,
            content_hash=doc.content_hash,
            original_text=text.original_text,
            display_text=text.display_text,
            offset_map=text.offset_map,
            script=doc.script,
            metadata=Metadata(doc.title, doc.issuer, doc.date, doc.doc_number, doc.index_number, dict(doc.extra)),
            sections=self.sections(doc_id),
            suspects=self.suspects(doc_id),
        )

    def suspects(self, doc_id: int) -> tuple[SuspectRange, ...]:
        rows = self._db.rows(
            'SELECT id, start, "end", original, reason, repairs FROM suspects WHERE document_id = ? ORDER BY start',
            (doc_id,),
        )
        return tuple(
            SuspectRange(
                r["start"],
                r["end"],
                r["original"],
                r["reason"],
                tuple(Repair(**x) for x in json.loads(r["repairs"])),
                r["id"],
            )
            for r in rows
        )

    def titles(self, document_ids: Iterable[int]) -> dict[int, str]:
        params: list[Any] = []
        clause = in_clause("id", document_ids, params)
        return {
            int(i): str(t) for i, t in self._db.conn.execute(f"SELECT id, title FROM documents WHERE {clause}", params)
        }

    def find_by_display_text(self, text: str) -> int | None:
        """Id of a document whose display text is exactly ``text`` (re-imports of exported projects)."""
        row = self._db.conn.execute(
            "SELECT document_id FROM document_texts WHERE length(display_text) = ? AND display_text = ? "
            "ORDER BY document_id LIMIT 1",
            (len(text), text),
        ).fetchone()
        return int(row[0]) if row else None

    def section_spans(self, document_ids: Iterable[int]) -> dict[int, list[tuple[int, int, str]]]:
        """Per document, ``(start, end, label + title)`` of every section, outermost first at equal starts."""
        params: list[Any] = []
        clause = in_clause("document_id", document_ids, params)
        out: dict[int, list[tuple[int, int, str]]] = {}
        for doc_id, start, end, name in self._db.conn.execute(
            f'SELECT document_id, start, "end", label || title FROM sections WHERE {clause} '
            'ORDER BY document_id, start, "end" DESC, level',
            params,
        ):
            out.setdefault(doc_id, []).append((start, end, name))
        return out
