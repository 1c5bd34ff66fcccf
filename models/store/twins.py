"""Twin annotations: accepted annotations of one document with the same span and tag, merged into one.

Projects tagged before a hand tag on a suggestion's span accepted the suggestion hold a hand tag and an
accepted suggestion for one figure; exports count them twice. A merge keeps the one with more fields (the
other's missing fields filled in) and the notes of both, deletes the rest, and is recorded for undo.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from models.store.base import Db
from models.types import Annotation, AnnotationStatus

if TYPE_CHECKING:
    from models.store.annotations import Annotations

_GROUPS = (
    'SELECT document_id, start, "end", tag_id FROM annotations WHERE status = ?{where}'
    ' GROUP BY document_id, start, "end", tag_id HAVING COUNT(*) > 1 ORDER BY document_id, start'
)
_MEMBERS = 'SELECT id FROM annotations WHERE document_id = ? AND start = ? AND "end" = ? AND tag_id = ? AND status = ?'


@dataclass(frozen=True)
class TwinMerge:
    """One merged group: the kept annotation before and after, and the ones removed (for undo)."""

    before: Annotation
    kept: Annotation
    removed: tuple[Annotation, ...]


def _groups(db: Db, annotations: Annotations, document_id: int | None) -> list[list[Annotation]]:
    params: list[object] = [AnnotationStatus.ACCEPTED.value]
    where = ""
    if document_id is not None:
        where = " AND document_id = ?"
        params.append(document_id)
    out: list[list[Annotation]] = []
    for doc, start, end, tag in db.conn.execute(_GROUPS.format(where=where), params).fetchall():
        ids = db.conn.execute(_MEMBERS, (doc, start, end, tag, AnnotationStatus.ACCEPTED.value)).fetchall()
        out.append([annotations.get(int(r[0])) for r in ids])
    return out


def count_twins(db: Db, annotations: Annotations, document_id: int | None = None) -> int:
    """How many annotations a merge would remove."""
    return sum(len(g) - 1 for g in _groups(db, annotations, document_id))


def _fields(ann: Annotation) -> int:
    return sum(1 for v in (ann.attributes or {}).values() if v not in (None, ""))


def merge_twins(db: Db, annotations: Annotations, document_id: int | None = None) -> list[TwinMerge]:
    """Merge every group of twins (of one document, or the whole project) in one transaction."""
    merges: list[TwinMerge] = []
    with db.write_transaction():
        for group in _groups(db, annotations, document_id):
            # more fields first; on a tie the older one (lower id) stays
            keep = min(group, key=lambda a: (-_fields(a), a.id))
            others = [a for a in group if a.id != keep.id]
            attributes = dict(keep.attributes or {})
            for other in others:
                for key, value in (other.attributes or {}).items():
                    if attributes.get(key) in (None, "") and value not in (None, ""):
                        attributes[key] = value
            notes = list(dict.fromkeys(n.strip() for n in (keep.note, *(a.note for a in others)) if n.strip()))
            removed = tuple(annotations.delete(a.id) for a in others)
            kept = annotations.update(keep.id, note="\n".join(notes), attributes=attributes)
            merges.append(TwinMerge(before=keep, kept=kept, removed=removed))
    return merges


def unmerge_twins(db: Db, annotations: Annotations, merges: Iterable[TwinMerge]) -> None:
    """Undo ``merge_twins``: the kept annotations as they were, the removed ones back under their ids."""
    with db.write_transaction():
        for merge in merges:
            annotations.delete(merge.kept.id)
            annotations.restore(merge.before)
            for ann in merge.removed:
                annotations.restore(ann)
