"""Annotations: tagged spans of a document's display text (accepted, suggested or rejected)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from models.errors import InvalidSpan, NotFound
from models.store.base import StoreBase, dumps, loads_dict, now_iso
from models.types import Annotation, AnnotationStatus

_ANN_COLUMNS = 'id, document_id, start, "end", text, tag_id, note, attributes, status, author, created, updated'


def _annotation(row: Mapping[str, Any] | tuple[Any, ...]) -> Annotation:
    if not isinstance(row, Mapping):
        keys = (
            "id",
            "document_id",
            "start",
            "end",
            "text",
            "tag_id",
            "note",
            "attributes",
            "status",
            "author",
            "created",
            "updated",
        )
        row = dict(zip(keys, row, strict=True))
    data = dict(row)
    data["attributes"] = loads_dict(data["attributes"])  # a damaged field must not close the project
    return Annotation(**data)


class AnnotationsMixin(StoreBase):
    def add_annotation(
        self,
        document_id: int,
        start: int,
        end: int,
        tag_id: int,
        *,
        note: str = "",
        attributes: Mapping[str, Any] | None = None,
        status: AnnotationStatus = "accepted",
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
        with self.write_transaction():  # quote read under the write lock: a re-import cannot move it meanwhile
            text = self.display_text(document_id)
            if not (0 <= start < end <= len(text)):
                raise InvalidSpan("选中的范围无效。")
            quoted = text[start:end]
            if not quoted.strip():
                raise InvalidSpan("不能标注空白内容。")
            self.get_tag(tag_id)
            stamp = now_iso()
            cur = self.conn.execute(
                f"INSERT INTO annotations ({_ANN_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
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
        return self.get_annotation(int(cur.lastrowid or 0))

    def add_annotations(self, items: Iterable[Mapping[str, Any]]) -> list[int]:
        """Bulk insert (suggestions, imports) in one transaction; items carry the column values."""
        stamp = now_iso()
        ids: list[int] = []
        with self.atomic():
            for it in items:
                cur = self.conn.execute(
                    f"INSERT INTO annotations ({_ANN_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                    (
                        it.get("id"),
                        it["document_id"],
                        it["start"],
                        it["end"],
                        it["text"],
                        it["tag_id"],
                        it.get("note", ""),
                        dumps(dict(it.get("attributes") or {})),
                        it.get("status", "accepted"),
                        it.get("author", ""),
                        it.get("created") or stamp,
                        it.get("updated") or stamp,
                    ),
                )
                ids.append(int(cur.lastrowid or 0))
        return ids

    def restore_annotation(self, ann: Annotation) -> Annotation:
        """Re-insert a deleted annotation under its old id (undo)."""
        self.conn.execute(
            f"INSERT INTO annotations ({_ANN_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
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
        return self.get_annotation(ann.id)

    def get_annotation(self, annotation_id: int) -> Annotation:
        rows = self._rows(f"SELECT {_ANN_COLUMNS} FROM annotations WHERE id = ?", (annotation_id,))
        if not rows:
            raise NotFound(f"标注（编号 {annotation_id}）已不存在。")
        return _annotation(rows[0])

    def has_annotation(self, annotation_id: int) -> bool:
        return self.conn.execute("SELECT 1 FROM annotations WHERE id = ?", (annotation_id,)).fetchone() is not None

    def update_annotation(self, annotation_id: int, **fields: Any) -> Annotation:
        """Change tag_id, note, attributes, status, start/end (text follows) of an annotation."""
        allowed = {"tag_id", "note", "attributes", "status", "start", "end", "author"}
        unknown = set(fields) - allowed
        if unknown:
            raise ValueError(f"unknown annotation fields: {sorted(unknown)}")
        ann = self.get_annotation(annotation_id)
        if "attributes" in fields:
            fields["attributes"] = dumps(dict(fields["attributes"] or {}))
        if "tag_id" in fields:
            self.get_tag(fields["tag_id"])
        if "start" in fields or "end" in fields:
            start, end = fields.get("start", ann.start), fields.get("end", ann.end)
            text = self.display_text(ann.document_id)
            if not (0 <= start < end <= len(text)) or not text[start:end].strip():
                raise InvalidSpan("选中的范围无效。")
            fields["text"] = text[start:end]
        fields["updated"] = now_iso()
        with self.atomic():
            for column, value in fields.items():
                # column names come from the fixed allow-list above, never from input
                col = '"end"' if column == "end" else column
                self.conn.execute(f"UPDATE annotations SET {col} = ? WHERE id = ?", (value, annotation_id))
        return self.get_annotation(annotation_id)

    def delete_annotation(self, annotation_id: int) -> Annotation:
        """Delete an annotation and return it as it was (for undo)."""
        ann = self.get_annotation(annotation_id)
        self.conn.execute("DELETE FROM annotations WHERE id = ?", (annotation_id,))
        return ann

    def list_annotations(
        self,
        document_id: int | None = None,
        *,
        tag_ids: Iterable[int] | None = None,
        statuses: Iterable[str] | None = ("accepted",),
    ) -> list[Annotation]:
        """Annotations ordered by document and position, optionally filtered."""
        return list(self.iter_annotations(document_id=document_id, tag_ids=tag_ids, statuses=statuses))

    def iter_annotations(
        self,
        document_id: int | None = None,
        *,
        document_ids: Iterable[int] | None = None,
        tag_ids: Iterable[int] | None = None,
        statuses: Iterable[str] | None = ("accepted",),
        batch: int = 2000,
    ) -> Iterator[Annotation]:
        """Stream annotations (bounded memory) ordered by document and start."""
        where: list[str] = []
        params: list[Any] = []
        if document_id is not None:
            where.append("document_id = ?")
            params.append(document_id)
        for column, values in (("document_id", document_ids), ("tag_id", tag_ids), ("status", statuses)):
            if values is not None:
                vals = list(values)
                where.append(f"{column} IN ({','.join('?' * len(vals))})" if vals else "0")
                params.extend(vals)
        sql = f"SELECT {_ANN_COLUMNS} FROM annotations"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += ' ORDER BY document_id, start, "end", id'
        cur = self.conn.execute(sql, params)
        while True:
            rows = cur.fetchmany(batch)
            if not rows:
                return
            for r in rows:
                yield _annotation(tuple(r))

    def count_annotations(self, document_id: int | None = None, *, statuses: Iterable[str] = ("accepted",)) -> int:
        vals = list(statuses)
        sql = f"SELECT COUNT(*) FROM annotations WHERE status IN ({','.join('?' * len(vals))})"
        params: list[Any] = list(vals)
        if document_id is not None:
            sql += " AND document_id = ?"
            params.append(document_id)
        return int(self.conn.execute(sql, params).fetchone()[0])
