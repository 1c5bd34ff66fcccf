"""REFI-QDA project export (.qdpx): codebook from the tag schema, documents as coded text sources.

A .qdpx is a zip holding ``project.qde`` (QDA-XML 1.0, namespace ``urn:QDA-XML:project:1.0``)
and ``sources/<guid>.txt``. Selection positions count Unicode code points, the same unit as
our display-text offsets, so annotations map across unchanged.
"""

from __future__ import annotations

import json
import re
import uuid
import zipfile
from collections.abc import Callable, Collection, Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from lxml import etree

from models.export.rows import AnnotationLike, Ticker
from models.types import Document, Tag

if TYPE_CHECKING:
    from models.store import Store

NS = "urn:QDA-XML:project:1.0"
ATTRIBUTES_NOTE = "ReportMark attributes"
METADATA_PREFIX = "ReportMark metadata: "
_GUID_NS = uuid.UUID("6f1c1f0e-5b7a-4c53-9a57-1f3f0e4e2a10")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$")
_COLOR = re.compile(r"^#([0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})$")
# characters XML 1.0 cannot carry at all
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """``text`` with the characters XML 1.0 cannot carry replaced by spaces."""
    return _XML_INVALID.sub(" ", text)


def guid(kind: str, key: object) -> str:
    """A stable GUID for an object of this project (same object, same GUID on re-export)."""
    return str(uuid.uuid5(_GUID_NS, f"{kind}:{key}"))


def _q(tag: str) -> str:
    return f"{{{NS}}}{tag}"


def _dt(value: str) -> str | None:
    return value if value and _DATETIME.match(value) else None


def _codes(tags: list[Tag]) -> tuple[etree._Element | None, dict[int, str]]:
    children: dict[int | None, list[Tag]] = {}
    ids = {t.id for t in tags}
    for t in sorted(tags, key=lambda t: (t.position, t.id)):
        parent = t.parent_id if t.parent_id in ids else None
        children.setdefault(parent, []).append(t)
    guids = {t.id: guid("tag", t.id) for t in tags}
    if not tags:
        return None, guids
    book = etree.Element(_q("CodeBook"))
    codes = etree.SubElement(book, _q("Codes"))

    def add(parent_el: etree._Element, tag: Tag) -> None:
        attrs = {"guid": guids[tag.id], "name": xml_safe(tag.name), "isCodable": "true"}
        if _COLOR.match(tag.color or ""):
            attrs["color"] = tag.color
        el = etree.SubElement(parent_el, _q("Code"), attrs)
        if tag.description:
            etree.SubElement(el, _q("Description")).text = xml_safe(tag.description)
        for child in children.get(tag.id, []):
            add(el, child)

    for top in children.get(None, []):
        add(codes, top)
    return book, guids


def _metadata_description(doc: Document) -> str:
    meta: dict[str, object] = {"title": doc.title, "issuer": doc.issuer, "date": doc.date, "doc_number": doc.doc_number}
    meta = {k: v for k, v in meta.items() if v}
    if doc.source_name and doc.source_name != doc.title:  # the file's name travels: a merged report is filed by it
        meta["source_name"] = doc.source_name
    if doc.clerk_fields:  # the fields the clerk chose by hand travel as such (qdpx_import keeps them the clerk's)
        meta["clerk"] = {k: {"at": m.get("at"), "reader": m.get("reader")} for k, m in doc.clerk_fields.items()}
    return METADATA_PREFIX + json.dumps(meta, ensure_ascii=False)


def _selection(
    ann: AnnotationLike,
    doc_hash: str,
    tag_guids: dict[int, str],
    user_guids: dict[str, str],
    notes: list[tuple[str, str, str]],
) -> etree._Element:
    attrs: dict[str, str] = {
        "guid": guid("annotation", f"{doc_hash}:{ann.id}"),
        "name": xml_safe(ann.text[:100]),
        "startPosition": str(ann.start),
        "endPosition": str(ann.end),
    }
    user = user_guids.get(ann.author) if ann.author else None
    created, updated = _dt(ann.created), _dt(ann.updated)
    if user:
        attrs["creatingUser"] = user
    if created:
        attrs["creationDateTime"] = created
    if user and updated:
        attrs["modifyingUser"] = user
    if updated:
        attrs["modifiedDateTime"] = updated
    sel = etree.Element(_q("PlainTextSelection"), attrs)
    if ann.note:
        etree.SubElement(sel, _q("Description")).text = xml_safe(ann.note)
    coding_attrs = {"guid": guid("coding", f"{doc_hash}:{ann.id}")}
    if user:
        coding_attrs["creatingUser"] = user
    if created:
        coding_attrs["creationDateTime"] = created
    coding = etree.SubElement(sel, _q("Coding"), coding_attrs)
    etree.SubElement(coding, _q("CodeRef"), {"targetGUID": tag_guids[ann.tag_id]})
    if ann.note:
        note_guid = guid("note", f"{doc_hash}:{ann.id}")
        notes.append((note_guid, xml_safe(ann.text[:50]), xml_safe(ann.note)))
        etree.SubElement(sel, _q("NoteRef"), {"targetGUID": note_guid})
    if ann.attributes:
        note_guid = guid("attributes", f"{doc_hash}:{ann.id}")
        notes.append((note_guid, ATTRIBUTES_NOTE, json.dumps(dict(ann.attributes), ensure_ascii=False)))
        etree.SubElement(sel, _q("NoteRef"), {"targetGUID": note_guid})
    return sel


def write_qdpx(
    path: Path,
    store: Store,
    rows: Callable[[], Iterable[AnnotationLike]],
    ticker: Ticker,
    *,
    document_ids: Collection[int] | None,
    project_name: str,
) -> int:
    """Write the project archive; returns the number of coded selections.

    ``rows()`` gives the annotations to code (called twice); ``document_ids`` the sources (None: all).
    """
    tags = store.tags.all()
    book, tag_guids = _codes(tags)
    authors = sorted({a.author for a in rows() if a.author})
    user_guids = {a: guid("user", a) for a in authors}
    if not user_guids:
        user_guids = {"": guid("user", "")}
    docs = [d for d in store.documents.all() if document_ids is None or d.id in document_ids]
    notes: list[tuple[str, str, str]] = []
    n = 0
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        sources: dict[int, tuple[Document, etree._Element]] = {}
        for doc in docs:
            src_guid = guid("source", doc.content_hash)
            zf.writestr(f"sources/{src_guid}.txt", store.documents.display_text(doc.id).encode("utf-8"))
            attrs = {"guid": src_guid, "name": xml_safe(doc.title), "plainTextPath": f"internal://{src_guid}.txt"}
            if _dt(doc.imported_at):
                attrs["creationDateTime"] = doc.imported_at
            src = etree.Element(_q("TextSource"), attrs)
            etree.SubElement(src, _q("Description")).text = xml_safe(_metadata_description(doc))
            sources[doc.id] = (doc, src)
        for ann in rows():
            if ann.document_id in sources and ann.tag_id in tag_guids:
                doc, src = sources[ann.document_id]
                src.append(_selection(ann, doc.content_hash, tag_guids, user_guids, notes))
                n += 1
                ticker.step()
        project = _project(project_name, user_guids, book, [src for _, src in sources.values()], notes)
        zf.writestr("project.qde", etree.tostring(project, xml_declaration=True, encoding="utf-8", pretty_print=True))
    return n


def _project(
    name: str,
    user_guids: dict[str, str],
    book: etree._Element | None,
    sources: Iterable[etree._Element],
    notes: list[tuple[str, str, str]],
) -> etree._Element:
    now = datetime.now(UTC).isoformat(timespec="seconds")
    root = etree.Element(
        _q("Project"),
        {"name": xml_safe(name), "origin": "ReportMark 报告标注", "creationDateTime": now},
        nsmap={None: NS},
    )
    users = etree.SubElement(root, _q("Users"))
    for author, user_guid in user_guids.items():
        etree.SubElement(users, _q("User"), {"guid": user_guid, "name": xml_safe(author) or "ReportMark"})
    if book is not None:
        root.append(book)
    src_list = list(sources)
    if src_list:
        sources_el = etree.SubElement(root, _q("Sources"))
        for src in src_list:
            sources_el.append(src)
    if notes:
        notes_el = etree.SubElement(root, _q("Notes"))
        for note_guid, note_name, text in notes:
            note = etree.SubElement(notes_el, _q("Note"), {"guid": note_guid, "name": note_name})
            etree.SubElement(note, _q("PlainTextContent")).text = text
    return root


def project_name(store: Store) -> str:
    """The project's name in the export: the file's stem, or ``ReportMark`` for an in-memory project."""
    return Path(store.path).stem if store.path is not None else "ReportMark"


__all__ = ["ATTRIBUTES_NOTE", "NS", "guid", "project_name", "write_qdpx"]
