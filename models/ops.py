"""Domain operations shared by the GUI and the CLI: open projects, import, tag, retag, delete.

Importing files lives in ``models.importing`` (``import_files`` is also reachable here).
Functions take the store first and keyword-only options after; those that change
data return a ``Changes`` value (STYLE.md section 2).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from models import paths
from models.errors import DuplicateDocument, ProjectDamaged, ProjectNotFound, StoreError, message
from models.importing import import_files as import_files  # the import API most callers use through ops
from models.store import Store
from models.store.twins import TwinMerge
from models.types import Annotation, Changes, Tag


# projects --------------------------------------------------------------------
def load_default_schema() -> list[dict[str, Any]]:
    """The default tag schema a new project starts with (``resources/tags.json``)."""
    data = json.loads((paths.RESOURCES / "tags.json").read_text(encoding="utf-8"))
    return list(data["tags"])


def open_project(path: str | Path, *, seed: bool = False, create: bool = True, readonly: bool = False) -> Store:
    """Open or create a project; a new one gets the default tags (and the seeds if ``seed``).

    ``readonly`` opens an existing project for reading only (a read-only folder or share): nothing is created,
    migrated or written, and every change raises ``ProjectReadOnly``.

    Raises:
        ProjectDamaged: the file cannot be opened; carries the latest good backup, if any.
        ProjectNotFound: the file does not exist and ``create`` is False (nothing is created).
    """
    p = Path(path)
    is_new = not p.exists()
    if is_new and (readonly or not create):
        raise ProjectNotFound(message("项目文件不存在：{0}。新建项目请用 import 或 gui 命令。", str(p)))
    try:
        store: Store = Store.open(p, readonly=readonly)
    except StoreError as exc:
        from models.store.backup import latest_good_backup
        from models.store.diskerrors import is_not_damage

        if readonly or is_not_damage(exc):  # locked, read-only, disk full, or refused as not ours: no backup to offer
            raise

        backup = None if is_new else latest_good_backup(p)
        said = exc.user_message
        if backup is not None:
            said = message("{0}可以恢复最近的备份（{1}）。", said, backup.name)
        raise ProjectDamaged(said, backup, exc.detail) from exc
    if readonly:
        return store
    store.tags.ensure_defaults(load_default_schema())
    if is_new and seed:
        import_files(store, paths.seed_files())
    return store


def backup_project(store: Store) -> Path | None:
    """Write a rotating backup of the project (kept beside it, newest five)."""
    return store.backup()


def restore_latest_backup(path: str | Path) -> Path:
    """Replace a damaged project by its latest good backup; returns the backup used."""
    from models.store.backup import latest_good_backup, restore_backup

    p = Path(path)
    backup = latest_good_backup(p)
    if backup is None:
        raise StoreError(f"项目“{p.name}”没有可用的备份。")
    restore_backup(backup, p)
    return backup


def set_memo(store: Store, document_id: int, text: str) -> Changes:
    """Save the clerk's free-text memo for a document."""
    store.documents.set_memo(document_id, text)
    return Changes(documents=frozenset({document_id}))


def delete_document(store: Store, document_id: int) -> Changes:
    """Delete a document with its text, sections and annotations."""
    store.documents.delete(document_id)
    return Changes(documents=frozenset({document_id}))


# annotations -----------------------------------------------------------------
def create_annotation(
    store: Store,
    document_id: int,
    start: int,
    end: int,
    tag_id: int,
    *,
    note: str = "",
    attributes: Mapping[str, Any] | None = None,
    author: str = "",
) -> tuple[Annotation, Changes]:
    """Tag a span of display text; saved at once (a span tagged 指标 gets its figures parsed)."""
    if not attributes:
        attributes = _hand_tag_attributes(store, document_id, start, end, tag_id)
    ann = store.annotations.add(document_id, start, end, tag_id, note=note, attributes=attributes, author=author)
    return ann, Changes(annotations=frozenset({ann.id}), documents=frozenset({document_id}))


def _hand_tag_attributes(store: Store, document_id: int, start: int, end: int, tag_id: int) -> dict[str, Any] | None:
    """Name, value, unit, change, kind and period of a span tagged 指标 by hand, read like a suggestion."""
    from models.hand_tags import hand_tag_attributes

    return hand_tag_attributes(store, document_id, start, end, tag_id)


def merge_twin_annotations(store: Store, *, document_id: int | None = None) -> tuple[list[TwinMerge], Changes]:
    """Merge accepted twins (one span, one tag) into the one with more fields and both notes; one transaction.

    ``store.annotations.count_twins()`` says beforehand how many would go; ``unmerge_twin_annotations`` undoes.
    """
    merges = store.annotations.merge_twins(document_id)
    return merges, _merge_changes(merges)


def unmerge_twin_annotations(store: Store, merges: Iterable[TwinMerge]) -> Changes:
    """Undo ``merge_twin_annotations``: every annotation back as it was, under its id."""
    merges = list(merges)
    store.annotations.unmerge_twins(merges)
    return _merge_changes(merges)


def _merge_changes(merges: Iterable[TwinMerge]) -> Changes:
    ids = {a.id for m in merges for a in (m.kept, *m.removed)}
    return Changes(annotations=frozenset(ids), documents=frozenset(m.kept.document_id for m in merges))


def update_annotation(store: Store, annotation_id: int, **fields: Any) -> tuple[Annotation, Changes]:
    """Retag, edit the note or attributes, or accept/reject a suggestion."""
    ann = store.annotations.update(annotation_id, **fields)
    return ann, Changes(annotations=frozenset({ann.id}), documents=frozenset({ann.document_id}))


def set_annotation_statuses(
    store: Store, statuses: Mapping[int, str], *, authors: Mapping[int, str] | None = None
) -> Changes:
    """Accept or reject many suggestions at once (one transaction), e.g. a whole section.

    ``authors`` (annotation id -> name) records who accepted a suggestion (and puts the
    suggester's name back on undo).
    """
    docs: set[int] = set()
    authors = authors or {}
    with store.atomic():
        for annotation_id, status in statuses.items():
            fields: dict[str, Any] = {"status": status}
            if annotation_id in authors:
                fields["author"] = authors[annotation_id]
            docs.add(store.annotations.update(annotation_id, **fields).document_id)
    return Changes(annotations=frozenset(statuses), documents=frozenset(docs))


def delete_annotation(store: Store, annotation_id: int) -> tuple[Annotation, Changes]:
    """Delete an annotation; returns it so undo can restore the same id."""
    ann = store.annotations.delete(annotation_id)
    return ann, Changes(annotations=frozenset({ann.id}), documents=frozenset({ann.document_id}))


def restore_annotation(store: Store, ann: Annotation) -> Changes:
    """Put a deleted annotation back under its old id (undo of ``delete_annotation``)."""
    store.annotations.restore(ann)
    return Changes(annotations=frozenset({ann.id}), documents=frozenset({ann.document_id}))


# tags ------------------------------------------------------------------------
def create_tag(store: Store, name: str, color: str, **options: Any) -> tuple[Tag, Changes]:
    """Add a tag (``options`` as ``store.tags.add`` takes them); returns it."""
    tag = store.tags.add(name, color, **options)
    return tag, Changes(tags=frozenset({tag.id}))


def update_tag(store: Store, tag_id: int, **fields: Any) -> tuple[Tag, Changes]:
    """Change a tag's name, colour, key, parent, position or description; returns it as stored."""
    tag = store.tags.update(tag_id, **fields)
    return tag, Changes(tags=frozenset({tag.id}))


def restore_tag(store: Store, tag: Tag, annotations: Iterable[Annotation], *, moved: bool) -> Changes:
    """Undo a tag deletion in one transaction: the tag under its old id, and its annotations back.

    Args:
        moved: the annotations had been moved to another tag (move them back) rather than deleted.
    """
    annotations = list(annotations)
    with store.atomic():
        store.tags.add(
            tag.name,
            tag.color,
            key=tag.key,
            parent_id=tag.parent_id,
            position=tag.position,
            description=tag.description,
            tag_id=tag.id,
        )
        for ann in annotations:
            if moved:
                store.annotations.update(ann.id, tag_id=tag.id)
            else:
                store.annotations.restore(ann)
    return Changes(
        tags=frozenset({tag.id}),
        annotations=frozenset(a.id for a in annotations),
        documents=frozenset(a.document_id for a in annotations),
    )


def delete_tag(
    store: Store, tag_id: int, *, move_to: int | None = None, delete_annotations: bool = False
) -> tuple[Tag, list[Annotation], Changes]:
    """Delete a tag; returns the tag and the annotations it had (as they were) for undo."""
    affected = store.annotations.select(tag_ids=[tag_id], statuses=None)
    tag = store.tags.delete(tag_id, move_to=move_to, delete_annotations=delete_annotations)
    tags = {tag_id} | ({move_to} if move_to is not None else set())
    return (
        tag,
        affected,
        Changes(
            tags=frozenset(tags),
            annotations=frozenset(a.id for a in affected),
            documents=frozenset(a.document_id for a in affected),
        ),
    )


def copy_document(src: Store, document_id: int, dst: Store) -> int:
    """Copy a document with its annotations into another store (tags matched by name); returns the new id.

    The title, issuer, date and 文号 a clerk set travel with it; when ``dst`` holds the report already, each
    field takes the clerk's value of whichever side set it (both set: the later one).
    """
    parsed = src.documents.parsed(document_id)
    source = src.documents.get(document_id)
    try:
        new = dst.documents.add(parsed)
    except DuplicateDocument as exc:
        dst.documents.adopt_clerk_fields(exc.existing_id, source)
        return exc.existing_id
    dst.documents.adopt_clerk_fields(new.id, source, fresh=True)
    items = []
    for ann in src.annotations.iterate(document_id, statuses=None):
        tag = src.tags.get(ann.tag_id)
        target = dst.tags.find(tag.name) or dst.tags.add(tag.name, tag.color)
        items.append(
            {
                "document_id": new.id,
                "start": ann.start,
                "end": ann.end,
                "text": ann.text,
                "tag_id": target.id,
                "note": ann.note,
                "attributes": ann.attributes,
                "status": ann.status,
                "author": ann.author,
                "created": ann.created,
                "updated": ann.updated,
            }
        )
    dst.annotations.add_many(items)
    return new.id


def apply_repairs(store: Store, document_id: int, chosen: Iterable[tuple[int, int, str]]) -> tuple[Changes, Any]:
    """Apply repairs ``(start, end, text)`` of garbled characters to the display text (``models.repairs``).

    The original text stays; annotations, sections, suspects, offsets and search move with the text.
    Returns the changes and the records ``revert_repairs`` needs to undo them exactly.
    """
    from models import repairs

    return repairs.apply_repairs(store, document_id, chosen)


def revert_repairs(store: Store, records: Any) -> Changes:
    """Undo ``apply_repairs`` exactly."""
    from models import repairs

    return repairs.revert_repairs(store, records)
