"""Annotations: tagged spans of a document's display text (accepted, suggested, rejected or unplaced)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, NamedTuple

from models.errors import InvalidSpan, NotFound
from models.folding import fold_text
from models.store.base import Db, dumps, in_clause, loads_dict, now_iso
from models.store.documents import Documents
from models.store.tags import Tags
from models.types import Annotation, AnnotationStatus

ANNOTATION_FIELDS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(Annotation))
# every column, in the dataclass's field order (quoted: "end" is an SQL keyword)
_ANN_COLUMNS = ", ".join(f'"{name}"' for name in ANNOTATION_FIELDS)
_INSERT = f"INSERT INTO annotations ({_ANN_COLUMNS}) VALUES ({','.join('?' * len(ANNOTATION_FIELDS))})"
_ATTRIBUTES = ANNOTATION_FIELDS.index("attributes")
_UPDATABLE = frozenset({"tag_id", "note", "attributes", "status", "start", "end", "author"})


class AnnotationRow(NamedTuple):
    """An annotation as a plain tuple (the fields of ``Annotation``, checked by a test), cheap in bulk."""

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


def _annotation(row: Mapping[str, Any] | tuple[Any, ...]) -> Annotation:
    data = dict(row) if isinstance(row, Mapping) else dict(zip(ANNOTATION_FIELDS, row, strict=True))
    data["attributes"] = loads_dict(data["attributes"])  # a damaged field must not close the project
    data["status"] = AnnotationStatus(data["status"])
    return Annotation(**data)


def _light_row(r: tuple[Any, ...]) -> AnnotationRow:
    attrs = r[_ATTRIBUTES]
    loaded = loads_dict(attrs)  # a damaged field must not stop an export
    return AnnotationRow._make((*r[:_ATTRIBUTES], loaded, *r[_ATTRIBUTES + 1 :]))


def _filters(
    where: list[str],
    params: list[Any],
    *,
    document_ids: Iterable[int] | None,
    tag_ids: Iterable[int] | None,
    statuses: Iterable[str] | None,
) -> None:
    for column, values in (("document_id", document_ids), ("tag_id", tag_ids), ("status", statuses)):
        if values is not None:
            where.append(in_clause(column, values, params))


class Annotations:
    """``store.annotations``: tagged spans of display text, and the filters the views and exports use."""

    def __init__(self, db: Db, documents: Documents, tags: Tags) -> None:
        self._db = db
        self._documents = documents
        self._tags = tags
        self._fold_registered = False

    def add(
        self,
        document_id: int,
        start: int,
        end: int,
        tag_id: int,
        *,
        note: str = "",
        attributes: Mapping[str, Any] | None = None,
        status: AnnotationStatus = AnnotationStatus.ACCEPTED,
        author: str = "",
        annotation_id: int | None = None,
        created: str | None = None,
    ) -> Annotation:
        """Store a tagged span; committed at once.

        ``annotation_id``/``created`` let undo restore a deleted annotation as it was.

        Raises:
            InvalidSpan: empty, whitespace-only or out-of-bounds span.
            NotFound: the document or tag does not exist.
        """
        with self._db.write_transaction():  # quote read under the write lock: a re-import cannot move it meanwhile
            text = self._documents.display_text(document_id)
            if not (0 <= start < end <= len(text)):
                raise InvalidSpan("选中的范围无效。")
            quoted = text[start:end]
            if not quoted.strip():
                raise InvalidSpan("不能标注空白内容。")
            self._tags.get(tag_id)
            stamp = now_iso()
            cur = self._db.conn.execute(
                _INSERT,
                (
                    annotation_id,
                    document_id,
                    start,
                    end,
                    quoted,
                    tag_id,
                    note,
                    dumps(dict(attributes or {})),
                    status,
                    author,
                    created or stamp,
                    stamp,
                ),
            )
        return self.get(int(cur.lastrowid or 0))

    def add_many(self, items: Iterable[Mapping[str, Any]]) -> list[int]:
        """Bulk insert (suggestions, imports) in one transaction; items carry the column values."""
        stamp = now_iso()
        ids: list[int] = []
        with self._db.atomic():
            for it in items:
                cur = self._db.conn.execute(
                    _INSERT,
                    (
                        it.get("id"),
                        it["document_id"],
                        it["start"],
                        it["end"],
                        it["text"],
                        it["tag_id"],
                        it.get("note", ""),
                        dumps(dict(it.get("attributes") or {})),
                        it.get("status", AnnotationStatus.ACCEPTED),
                        it.get("author", ""),
                        it.get("created") or stamp,
                        it.get("updated") or stamp,
                    ),
                )
                ids.append(int(cur.lastrowid or 0))
        return ids

    def restore(self, ann: Annotation) -> Annotation:
        """Re-insert a deleted annotation under its old id (undo)."""
        self._db.conn.execute(
            _INSERT,
            (
                ann.id,
                ann.document_id,
                ann.start,
                ann.end,
                ann.text,
                ann.tag_id,
                ann.note,
                dumps(dict(ann.attributes)),
                ann.status,
                ann.author,
                ann.created,
                ann.updated,
            ),
        )
        return self.get(ann.id)

    def get(self, annotation_id: int) -> Annotation:
        rows = self._db.rows(f"SELECT {_ANN_COLUMNS} FROM annotations WHERE id = ?", (annotation_id,))
        if not rows:
            raise NotFound(f"标注（编号 {annotation_id}）已不存在。")
        return _annotation(rows[0])

    def has(self, annotation_id: int) -> bool:
        return self._db.conn.execute("SELECT 1 FROM annotations WHERE id = ?", (annotation_id,)).fetchone() is not None

    def update(self, annotation_id: int, /, **fields: Any) -> Annotation:
        """Change tag_id, note, attributes, status, start/end (text follows) of an annotation."""
        unknown = set(fields) - _UPDATABLE
        if unknown:
            raise ValueError(f"unknown annotation fields: {sorted(unknown)}")
        ann = self.get(annotation_id)
        if "attributes" in fields:
            fields["attributes"] = dumps(dict(fields["attributes"] or {}))
        if "tag_id" in fields:
            self._tags.get(fields["tag_id"])
        if "start" in fields or "end" in fields:
            start, end = fields.get("start", ann.start), fields.get("end", ann.end)
            text = self._documents.display_text(ann.document_id)
            if not (0 <= start < end <= len(text)) or not text[start:end].strip():
                raise InvalidSpan("选中的范围无效。")
            fields["text"] = text[start:end]
        fields["updated"] = now_iso()
        with self._db.atomic():
            for column, value in fields.items():
                # column names come from the fixed allow-list above, never from input
                col = '"end"' if column == "end" else column
                self._db.conn.execute(f"UPDATE annotations SET {col} = ? WHERE id = ?", (value, annotation_id))
        return self.get(annotation_id)

    def delete(self, annotation_id: int) -> Annotation:
        """Delete an annotation and return it as it was (for undo)."""
        ann = self.get(annotation_id)
        self._db.conn.execute("DELETE FROM annotations WHERE id = ?", (annotation_id,))
        return ann

    def count_twins(self, document_id: int | None = None) -> int:
        """How many accepted annotations repeat another's span and tag (``merge_twins`` removes them)."""
        from models.store import twins

        return twins.count_twins(self._db, self, document_id)

    def merge_twins(self, document_id: int | None = None) -> list[Any]:
        """Merge accepted twins into one each (``models.store.twins``); returns the merges for undo."""
        from models.store import twins

        return twins.merge_twins(self._db, self, document_id)

    def unmerge_twins(self, merges: Iterable[Any]) -> None:
        """Undo ``merge_twins``."""
        from models.store import twins

        twins.unmerge_twins(self._db, self, merges)

    def select(
        self,
        document_id: int | None = None,
        *,
        tag_ids: Iterable[int] | None = None,
        statuses: Iterable[str] | None = (AnnotationStatus.ACCEPTED,),
    ) -> list[Annotation]:
        """Annotations ordered by document and position, optionally filtered."""
        return list(self.iterate(document_id=document_id, tag_ids=tag_ids, statuses=statuses))

    def iterate(
        self,
        document_id: int | None = None,
        *,
        document_ids: Iterable[int] | None = None,
        tag_ids: Iterable[int] | None = None,
        statuses: Iterable[str] | None = (AnnotationStatus.ACCEPTED,),
        batch: int = 2000,
    ) -> Iterator[Annotation]:
        """Stream annotations (bounded memory) ordered by document and start."""
        where: list[str] = []
        params: list[Any] = []
        if document_id is not None:
            where.append("document_id = ?")
            params.append(document_id)
        _filters(where, params, document_ids=document_ids, tag_ids=tag_ids, statuses=statuses)
        cur = self._db.conn.execute(_select(where), params)
        while rows := cur.fetchmany(batch):
            for r in rows:
                yield _annotation(tuple(r))

    def count(self, document_id: int | None = None, *, statuses: Iterable[str] = (AnnotationStatus.ACCEPTED,)) -> int:
        params: list[Any] = []
        sql = "SELECT COUNT(*) FROM annotations WHERE " + in_clause("status", statuses, params)
        if document_id is not None:
            sql += " AND document_id = ?"
            params.append(document_id)
        return int(self._db.conn.execute(sql, params).fetchone()[0])

    def count_filtered(
        self,
        *,
        document_ids: Iterable[int] | None = None,
        tag_ids: Iterable[int] | None = None,
        statuses: Iterable[str] | None = (AnnotationStatus.ACCEPTED,),
    ) -> int:
        """How many annotations ``iterate`` would yield with the same filters."""
        where: list[str] = []
        params: list[Any] = []
        _filters(where, params, document_ids=document_ids, tag_ids=tag_ids, statuses=statuses)
        sql = "SELECT COUNT(*) FROM annotations" + (" WHERE " + " AND ".join(where) if where else "")
        return int(self._db.conn.execute(sql, params).fetchone()[0])

    def count_without_figure(
        self,
        *,
        document_ids: Iterable[int] | None = None,
        tag_ids: Iterable[int] | None = None,
        statuses: Iterable[str] | None = (AnnotationStatus.ACCEPTED,),
    ) -> int:
        """How many of the filtered annotations have no indicator name or no value (normalised or as written): the
        ones the indicator ledger leaves out (``models.export.ledger.enters_ledger`` says it of one), counted in SQL
        so the export dialog can say it on every change of its filters without reading each row."""
        where: list[str] = []
        params: list[Any] = []
        _filters(where, params, document_ids=document_ids, tag_ids=tag_ids, statuses=statuses)
        where.append(
            "NOT (trim(CAST(coalesce(json_extract(attributes, '$.name'), '') AS TEXT), ' ' || char(9, 10, 13, 12288))"
            " <> '' AND coalesce(nullif(json_extract(attributes, '$.normalized_value'), ''),"
            " nullif(json_extract(attributes, '$.value'), '')) IS NOT NULL)"
        )
        sql = "SELECT COUNT(*) FROM annotations WHERE " + " AND ".join(where)
        return int(self._db.conn.execute(sql, params).fetchone()[0])

    def rows(
        self,
        *,
        document_ids: Iterable[int] | None = None,
        tag_ids: Iterable[int] | None = None,
        statuses: Iterable[str] | None = (AnnotationStatus.ACCEPTED,),
        batch: int = 2000,
    ) -> Iterator[AnnotationRow]:
        """Like ``iterate`` (same filters and order) but light rows for bulk export."""
        where: list[str] = []
        params: list[Any] = []
        _filters(where, params, document_ids=document_ids, tag_ids=tag_ids, statuses=statuses)
        cur = self._db.conn.execute(_select(where), params)
        while rows := cur.fetchmany(batch):
            for r in rows:
                yield _light_row(r)

    def rows_by_id(self, annotation_ids: Iterable[int], *, batch: int = 500) -> Iterator[AnnotationRow]:
        """These annotations as light rows, in the order given; ids that no longer exist are skipped."""
        ids = list(annotation_ids)
        for i in range(0, len(ids), batch):
            chunk = ids[i : i + batch]
            params: list[Any] = []
            clause = in_clause("id", chunk, params)
            sql = f"SELECT {_ANN_COLUMNS} FROM annotations WHERE {clause}"
            found = {r[0]: r for r in self._db.conn.execute(sql, params)}
            for ann_id in chunk:
                r = found.get(ann_id)
                if r is not None:
                    yield _light_row(r)

    def find(
        self,
        *,
        texts: Iterable[str] = (),
        tag_ids: Iterable[int] | None = None,
        notes: Iterable[str] = (),
        attribute: str | None = None,
        attribute_values: Iterable[str] = (),
        statuses: Iterable[str] | None = (AnnotationStatus.ACCEPTED,),
        document_ids: Iterable[int] | None = None,
    ) -> list[Annotation]:
        """Annotations matching every given filter, ordered by document and position.

        ``texts``/``notes``/``attribute_values`` are alternatives (any one may occur as a
        substring); both sides are folded, so simplified and traditional match each other.
        """
        if not self._fold_registered:  # ``rm_fold(text)``: the search folding, available to SQL
            self._db.conn.create_function(
                "rm_fold", 1, lambda v: None if v is None else fold_text(str(v)), deterministic=True
            )
            self._fold_registered = True
        where: list[str] = []
        params: list[Any] = []

        def any_of(expr: str, needles: Iterable[str], extra: list[Any] | None = None) -> None:
            alts = [fold_text(n) for n in dict.fromkeys(needles) if n]
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
        _filters(where, params, document_ids=document_ids, tag_ids=tag_ids, statuses=statuses)
        return [_annotation(tuple(r)) for r in self._db.conn.execute(_select(where), params)]


def _select(where: list[str]) -> str:
    sql = f"SELECT {_ANN_COLUMNS} FROM annotations"
    if where:
        sql += " WHERE " + " AND ".join(where)
    return sql + ' ORDER BY document_id, start, "end", id'
