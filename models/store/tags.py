"""The tag schema: tags with colours, shortcut keys and an optional parent."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping
from typing import Any

from models.errors import NotFound, ReportMarkError, TagInUse
from models.store.base import Db
from models.types import AnnotationStatus, Tag

_TAG_COLUMNS = "id, name, color, key, parent_id, position, description"


def _on_cycle(parent: dict[int, int | None], tag_id: int) -> bool:
    """True when following parents from ``tag_id`` comes back to it."""
    seen: set[int] = set()
    current = parent.get(tag_id)
    while current is not None and current not in seen:
        if current == tag_id:
            return True
        seen.add(current)
        current = parent.get(current)
    return False


class Tags:
    """``store.tags``: the tag schema."""

    def __init__(self, db: Db) -> None:
        self._db = db

    def all(self) -> list[Tag]:
        """All tags, parents before children, in palette order.

        A parent cycle already in the file (written before cycles were refused) is cut where it closes: the
        tag of the cycle met last loses its parent, so every consumer sees a tree.
        """
        rows = self._db.rows(f"SELECT {_TAG_COLUMNS} FROM tags ORDER BY position, id")
        parent = {r["id"]: r["parent_id"] for r in rows}
        for r in rows:
            if r["parent_id"] is not None and _on_cycle(parent, r["id"]):
                parent[r["id"]] = None
                r["parent_id"] = None
        return [Tag(**r) for r in rows]

    def _ancestor_ids(self, tag_id: int) -> set[int]:
        """The tag and its ancestors (bounded: a cycle in the file ends the walk)."""
        seen: set[int] = set()
        current: int | None = tag_id
        while current is not None and current not in seen:
            seen.add(current)
            row = self._db.conn.execute("SELECT parent_id FROM tags WHERE id = ?", (current,)).fetchone()
            current = None if row is None else row[0]
        return seen

    def get(self, tag_id: int) -> Tag:
        rows = self._db.rows(f"SELECT {_TAG_COLUMNS} FROM tags WHERE id = ?", (tag_id,))
        if not rows:
            raise NotFound(f"标签（编号 {tag_id}）已不存在。")
        return Tag(**rows[0])

    def find(self, name: str, parent_id: int | None = None) -> Tag | None:
        rows = self._db.rows(
            f"SELECT {_TAG_COLUMNS} FROM tags WHERE name = ? AND COALESCE(parent_id, 0) = ?",
            (name, parent_id or 0),
        )
        return Tag(**rows[0]) if rows else None

    def add(
        self,
        name: str,
        color: str,
        *,
        key: str | None = None,
        parent_id: int | None = None,
        position: int | None = None,
        description: str = "",
        tag_id: int | None = None,
    ) -> Tag:
        """Create a tag (``tag_id`` restores a deleted one under its old id)."""
        name = name.strip()
        if not name:
            raise ReportMarkError("标签名称不能为空。")
        if self.find(name, parent_id) is not None:
            raise ReportMarkError(f"已有名为“{name}”的标签。")
        if position is None:
            position = int(self._db.conn.execute("SELECT COALESCE(MAX(position), -1) + 1 FROM tags").fetchone()[0])
        with self._db.atomic():
            if key:
                self._db.conn.execute("UPDATE tags SET key = NULL WHERE key = ?", (key,))
            cur = self._db.conn.execute(
                "INSERT INTO tags (id, name, color, key, parent_id, position, description) VALUES (?,?,?,?,?,?,?)",
                (tag_id, name, color, key, parent_id, position, description),
            )
        return self.get(int(cur.lastrowid or 0))

    def update(self, tag_id: int, /, **fields: Any) -> Tag:
        """Change name, color, key, parent_id, position or description of a tag."""
        allowed = {"name", "color", "key", "parent_id", "position", "description"}
        unknown = set(fields) - allowed
        if unknown:
            raise ValueError(f"unknown tag fields: {sorted(unknown)}")
        tag = self.get(tag_id)
        if "name" in fields:
            fields["name"] = str(fields["name"]).strip()
            if not fields["name"]:
                raise ReportMarkError("标签名称不能为空。")
            other = self.find(fields["name"], fields.get("parent_id", tag.parent_id))
            if other is not None and other.id != tag_id:
                raise ReportMarkError(f"已有名为“{fields['name']}”的标签。")
        if fields.get("parent_id") == tag_id:
            raise ReportMarkError("标签不能作为自己的上级。")
        with self._db.write_transaction(), self._db.atomic():  # the cycle check sees what other windows committed
            if fields.get("parent_id") is not None and tag_id in self._ancestor_ids(int(fields["parent_id"])):
                raise ReportMarkError(f"不能把标签“{tag.name}”移到它自己的下级标签之下（上级关系会绕成一个圈）。")
            if fields.get("key"):
                self._db.conn.execute("UPDATE tags SET key = NULL WHERE key = ? AND id != ?", (fields["key"], tag_id))
            for column, value in fields.items():
                # column names come from the fixed allow-list above, never from input
                self._db.conn.execute(f"UPDATE tags SET {column} = ? WHERE id = ?", (value, tag_id))
        return self.get(tag_id)

    def reorder(self, ordered_ids: Iterable[int]) -> None:
        with self._db.atomic():
            for position, tag_id in enumerate(ordered_ids):
                self._db.conn.execute("UPDATE tags SET position = ? WHERE id = ?", (position, tag_id))

    def usage(self) -> dict[int, int]:
        """Number of (non-rejected) annotations per tag id."""
        rows = self._db.conn.execute(
            "SELECT tag_id, COUNT(*) FROM annotations WHERE status != ? GROUP BY tag_id", (AnnotationStatus.REJECTED,)
        ).fetchall()
        return {int(t): int(n) for t, n in rows}

    def with_descendants(self, tag_id: int) -> list[int]:
        """The tag and all its descendants."""
        rows = self._db.conn.execute(
            "WITH RECURSIVE sub(id) AS (SELECT ? UNION SELECT t.id FROM tags t JOIN sub ON t.parent_id = sub.id) "
            "SELECT id FROM sub",
            (tag_id,),
        ).fetchall()
        return [int(r[0]) for r in rows]

    def delete(self, tag_id: int, *, move_to: int | None = None, delete_annotations: bool = False) -> Tag:
        """Delete a tag that has no children.

        Its annotations are moved to ``move_to`` or deleted when
        ``delete_annotations`` is true; otherwise a tag in use raises TagInUse.
        """
        tag = self.get(tag_id)
        if self._db.conn.execute("SELECT 1 FROM tags WHERE parent_id = ?", (tag_id,)).fetchone():
            raise TagInUse(f"标签“{tag.name}”下还有子标签，请先移动或删除子标签。")
        used = self._db.conn.execute("SELECT COUNT(*) FROM annotations WHERE tag_id = ?", (tag_id,)).fetchone()[0]
        if used and move_to is None and not delete_annotations:
            raise TagInUse(f"标签“{tag.name}”已用于 {used} 处标注。")
        with self._db.atomic():
            if used and move_to is not None:
                self.get(move_to)
                self._db.conn.execute("UPDATE annotations SET tag_id = ? WHERE tag_id = ?", (move_to, tag_id))
            elif used:
                self._db.conn.execute("DELETE FROM annotations WHERE tag_id = ?", (tag_id,))
            try:
                self._db.conn.execute("DELETE FROM tags WHERE id = ?", (tag_id,))
            except sqlite3.IntegrityError as exc:
                raise TagInUse(f"标签“{tag.name}”仍在使用，无法删除。", str(exc)) from exc
        return tag

    def ensure_defaults(self, schema: Iterable[Mapping[str, Any]]) -> None:
        """Create the default schema in an empty project (no-op once tags exist)."""
        if self._db.conn.execute("SELECT 1 FROM tags LIMIT 1").fetchone():
            return
        with self._db.atomic():
            for position, entry in enumerate(schema):
                parent = self.add(
                    entry["name"],
                    entry["color"],
                    key=entry.get("key"),
                    position=position * 100,
                    description=entry.get("description", ""),
                )
                for j, child in enumerate(entry.get("children", [])):
                    self.add(
                        child["name"],
                        child.get("color", entry["color"]),
                        key=child.get("key"),
                        parent_id=parent.id,
                        position=position * 100 + j + 1,
                        description=child.get("description", ""),
                    )
