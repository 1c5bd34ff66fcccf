"""Import a REFI-QDA project (.qdpx) made by another tool into the store (``qdpx_read`` reads the archive)."""

from __future__ import annotations

import hashlib
import os
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from models.errors import Cancelled, UnsupportedFormat
from models.export.qdpx_read import QdpxReader, QdpxSource
from models.ingest.outline import build_outline
from models.store.documents import CLERK_FIELDS
from models.types import Annotation, AnnotationStatus, Changes, Document, Metadata, ParsedDocument

if TYPE_CHECKING:
    from models.store import Store


def _adopt_clerk_fields(store: Store, doc: Document, source: QdpxSource, *, fresh: bool) -> None:
    """What the colleague chose by hand stays a clerk's choice (no re-read overwrites it) unless the clerk here
    chose later; a value their reader read stays the reader's."""

    def value(name: str) -> str | None:
        return source.metadata.get(name) if name in source.clerk else getattr(doc, name)

    if source.clerk:
        title, issuer, date, number = (value(name) for name in CLERK_FIELDS)
        theirs = replace(
            doc, clerk_fields=source.clerk, title=title or doc.title, issuer=issuer, date=date, doc_number=number
        )
        store.documents.adopt_clerk_fields(doc.id, theirs, fresh=fresh)


def _parsed(source: QdpxSource) -> ParsedDocument:
    text = source.text
    meta = source.metadata
    return ParsedDocument.plain(
        text,
        meta.get("source_name") or source.name,
        Metadata(
            title=meta.get("title") or source.name,
            issuer=meta.get("issuer"),
            date=meta.get("date"),
            doc_number=meta.get("doc_number"),
        ),
        build_outline(text),
    )


def _same_file(store: Store) -> dict[str, int]:
    """Document ids by the GUID ReportMark's export gives them (one per original file's bytes)."""
    from models.export.qdpx import guid

    return {guid("source", d.content_hash): d.id for d in store.documents.all()}


def _moved(store: Store, doc_id: int, source: QdpxSource, items: list[dict[str, Any]]) -> list[dict[str, Any]] | None:
    """The colleague's tags moved onto our reading of the same file, or None when one cannot be placed."""
    from models.reanchor import reanchor

    ours = store.documents.display_text(doc_id)
    anns = [Annotation(i, doc_id, it["start"], it["end"], it["text"], it["tag_id"]) for i, it in enumerate(items)]
    result = reanchor(source.text, ours, anns)
    if result.unplaced:
        return None
    moved = []
    for p in result.placed:
        moved.append({**items[p.annotation.id], "start": p.start, "end": p.end, "text": ours[p.start : p.end]})
    return moved


def _placed(
    store: Store, source: QdpxSource, items: list[dict[str, Any]], same_file: dict[str, int]
) -> tuple[Document, bool, list[dict[str, Any]]]:
    """The document the source's tags go to (True: new) and the tags placed on it: ours when its text is the
    source's, or ours read from the same file by another version of the reader when every tag finds its
    place there; else a new document (the colleague's copy: no tag is lost)."""
    existing_id = store.documents.find_by_display_text(source.text)
    if existing_id is None and source.guid:
        if not same_file:
            same_file.update(_same_file(store))
        existing_id = same_file.get(source.guid)
        if existing_id is not None:
            moved = _moved(store, existing_id, source, items)
            if moved is None:
                existing_id = None
            else:
                items = moved
    doc, fresh = (
        (store.documents.get(existing_id), False) if existing_id is not None else (_new_document(store, source), True)
    )
    return doc, fresh, [{**it, "document_id": doc.id} for it in items]


def _new_document(store: Store, source: QdpxSource) -> Document:
    parsed = _parsed(source)
    # the same bytes may have been imported from a file whose display text was cleaned differently
    for salt in (b"", b"qdpx:", os.urandom(16)):
        content_hash = hashlib.sha256(salt + source.text.encode("utf-8")).hexdigest()
        if store.documents.find_by_hash(content_hash) is None:
            return store.documents.add(replace(parsed, content_hash=content_hash))
    raise AssertionError("unreachable: a random salt gives a fresh hash")


def _distinct(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The items once per span and tag (a selection coded twice with one code is one annotation)."""
    seen: set[tuple[int, int, int]] = set()
    out = []
    for it in items:
        key = (it["start"], it["end"], it["tag_id"])
        if key not in seen:
            seen.add(key)
            out.append(it)
    return out


_FIGURES: tuple[tuple[str, str], ...] = (
    ("name", "名称"),
    ("value", "数值"),
    ("unit", "单位"),
    ("change", "增减"),
    ("change_unit", "增减单位"),
    ("period", "期间"),
    ("kind", "类型"),
)


def _said(figures: Mapping[str, Any]) -> str:
    """The figures of a reading as a note writes them (名称 …，数值 …)."""
    from models.export.rows import KIND_ZH

    def shown(k: str) -> object:  # 类型 in plain Chinese (实际, 目标 …), as the exports write it
        return KIND_ZH.get(str(figures[k]), figures[k]) if k == "kind" else figures[k]

    return "，".join(f"{label} {shown(k)}" for k, label in _FIGURES if figures.get(k) not in (None, "")) or "（无数值）"


def _other_reading(mine: Mapping[str, Any], theirs: Mapping[str, Any], author: str) -> str:
    """A note line with the colleague's figures when they read the same span differently, else ""."""
    if not any(str(mine.get(k, "")) != str(theirs.get(k, "")) for k, _ in _FIGURES if k in theirs or k in mine):
        return ""
    return f"合并时{author or '另一份'}记为：{_said(theirs)}"


def _not_my_reading(note: str, mine: Mapping[str, Any]) -> str:
    """The colleague's note without the lines their merge wrote about *our* reading (合并时…记为：<our figures>):
    merged back, such a line would tell the clerk that someone else read the span as the clerk did."""
    ours = "记为：" + _said(mine)
    return "\n".join(line for line in note.split("\n") if not (line.startswith("合并时") and line.endswith(ours)))


def merged_note(mine: str, theirs: str) -> str:
    """Our note, then each line of the colleague's that ours does not hold yet (once, in their order).

    A colleague who merged our work and added a line brings our note back with it: merged line by line, our
    line stays once (a whole-text check wrote it twice), and merging the same copy again changes nothing.
    """
    have = {line.strip() for line in mine.split("\n") if line.strip()}
    new: list[str] = []
    for line in theirs.split("\n"):
        if line.strip() and line.strip() not in have:
            have.add(line.strip())
            new.append(line)
    if not new:
        return mine
    return (mine + "\n" if mine else "") + "\n".join(new)


def _merge_twins(
    store: Store, document_id: int, items: list[dict[str, Any]], touched: list[int], differing: list[int]
) -> list[dict[str, Any]]:
    """The items with no annotation of the same span and tag in the document yet; an existing twin is kept
    (its id, author, figures) and takes the colleague's note, and a pending or rejected suggestion is
    accepted, since the colleague tagged it by hand. Ids of changed twins go to ``touched``, those whose note
    gained the colleague's other reading of the figures to ``differing``."""
    existing = {
        (a.start, a.end, a.tag_id): a for a in store.annotations.iterate(document_id=document_id, statuses=None)
    }
    out = []
    for it in _distinct(items):
        twin = existing.get((it["start"], it["end"], it["tag_id"]))
        if twin is None:
            out.append(it)
            continue
        fields: dict[str, Any] = {}
        note = merged_note(twin.note, _not_my_reading(str(it.get("note") or ""), twin.attributes))
        if note != twin.note:
            fields["note"] = note
        if twin.status != AnnotationStatus.ACCEPTED:
            fields["status"] = AnnotationStatus.ACCEPTED
            fields["author"] = it.get("author") or twin.author
            if it.get("attributes"):
                fields["attributes"] = it["attributes"]
        elif not twin.attributes and it.get("attributes"):
            fields["attributes"] = it["attributes"]
        else:
            note_now = str(fields.get("note", twin.note))
            line = _other_reading(twin.attributes, it.get("attributes") or {}, str(it.get("author") or ""))
            if line and line not in note_now:
                fields["note"] = f"{note_now}\n{line}" if note_now else line
                differing.append(twin.id)
        if fields:
            store.annotations.update(twin.id, **fields)
            touched.append(twin.id)
    return out


def import_qdpx(
    store: Store,
    path: str | Path,
    *,
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    differing: list[int] | None = None,
) -> Changes:
    """Bring a .qdpx project in (one transaction): codes become tags, text sources documents,
    coded selections annotations. A source whose text is already in the project is reused.
    Ids of our annotations the colleague read differently (a 合并时…记为 line added to the note) go to
    ``differing``, for the clerk to be told.

    Raises:
        UnsupportedFormat, DecodeError: the file is not a readable REFI-QDA project.
        Cancelled: the user cancelled; nothing was imported.
    """
    p = Path(path)
    try:
        zf = zipfile.ZipFile(p)
    except (zipfile.BadZipFile, OSError) as exc:
        raise UnsupportedFormat(f"“{p.name}”不是有效的 REFI-QDA 项目文件（.qdpx）。", str(exc)) from exc
    with zf:
        reader = QdpxReader(zf, p.name)
        users = reader.users()
        codes = reader.codes()
        sources = reader.sources(users, reader.notes())
    docs: set[int] = set()
    tags: set[int] = set()
    annotation_ids: list[int] = []
    touched: list[int] = []  # existing annotations a colleague's twin accepted or annotated
    differing = [] if differing is None else differing
    with store.atomic():
        tag_for: dict[str, int] = {}
        for code in codes:
            parent_id = tag_for.get(code.parent) if code.parent else None
            tag = store.tags.find(code.name, parent_id)
            if tag is None:
                tag = store.tags.add(code.name, code.color, parent_id=parent_id, description=code.description)
                tags.add(tag.id)
            tag_for[code.guid] = tag.id
        same_file: dict[str, int] = {}  # filled on the first source whose text is not ours word for word
        for i, source in enumerate(sources):
            if cancelled is not None and cancelled():
                raise Cancelled(f"导入已取消（“{p.name}”未导入任何内容）。")
            if progress is not None:
                progress(i, len(sources), source.name)
            items = []
            for sel in source.selections:
                start, end = max(0, sel.start), min(len(source.text), sel.end)
                if start >= end or not source.text[start:end].strip():
                    continue
                for code_guid in sel.code_guids:
                    if code_guid not in tag_for:
                        continue
                    items.append(
                        {
                            "document_id": 0,
                            "start": start,
                            "end": end,
                            "text": source.text[start:end],
                            "tag_id": tag_for[code_guid],
                            "note": sel.note,
                            "attributes": sel.attributes,
                            "author": sel.author,
                            "created": sel.created,
                            "updated": sel.updated,
                        }
                    )
            doc, fresh, items = _placed(store, source, items, same_file)
            docs.add(doc.id)
            _adopt_clerk_fields(store, doc, source, fresh=fresh)
            fresh_items = _merge_twins(store, doc.id, items, touched, differing) if not fresh else _distinct(items)
            annotation_ids.extend(store.annotations.add_many(fresh_items))
    if progress is not None:
        progress(len(sources), len(sources), "")
    return Changes(documents=frozenset(docs), annotations=frozenset(annotation_ids + touched), tags=frozenset(tags))
