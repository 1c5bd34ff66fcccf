"""Import a REFI-QDA project (.qdpx) made by another tool: text sources, codes and codings."""

from __future__ import annotations

import hashlib
import json
import os
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from lxml import etree

from models.errors import Cancelled, DecodeError, UnsupportedFormat
from models.export.qdpx import ATTRIBUTES_NOTE, METADATA_PREFIX, NS
from models.ingest.outline import build_outline
from models.offsets import OffsetMap
from models.types import Changes, Document, Metadata, ParsedDocument

if TYPE_CHECKING:
    from models.store import Store

DEFAULT_COLOR = "#868e96"


def _q(tag: str) -> str:
    return f"{{{NS}}}{tag}"


@dataclass
class _Code:
    guid: str
    name: str
    color: str
    description: str
    parent: str | None


@dataclass
class _Selection:
    start: int
    end: int
    code_guids: list[str]
    note: str
    attributes: dict[str, Any]
    author: str
    created: str | None
    updated: str | None


@dataclass
class _Source:
    name: str
    text: str
    metadata: dict[str, str]
    selections: list[_Selection] = field(default_factory=list)


def _color(value: str | None) -> str:
    if not value or not value.startswith("#"):
        return DEFAULT_COLOR
    hexpart = value[1:]
    if len(hexpart) == 3:
        hexpart = "".join(c * 2 for c in hexpart)
    return "#" + hexpart.lower() if len(hexpart) == 6 else DEFAULT_COLOR


def _text_of(el: etree._Element | None) -> str:
    return "" if el is None or el.text is None else str(el.text)


class _Reader:
    def __init__(self, zf: zipfile.ZipFile, name: str) -> None:
        self.zf = zf
        self.name = name
        members = {PurePosixPath(n).name.lower(): n for n in zf.namelist() if n.lower().endswith(".qde")}
        qde = members.get("project.qde") or next(iter(members.values()), None)
        if qde is None:
            raise UnsupportedFormat(f"“{name}”中没有 project.qde，不是 REFI-QDA 项目文件。")
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
        try:
            self.root = etree.fromstring(zf.read(qde), parser)
        except etree.XMLSyntaxError as exc:
            raise DecodeError(f"“{name}”中的 project.qde 无法解析。", str(exc)) from exc
        if self.root.tag != _q("Project"):
            raise UnsupportedFormat(f"“{name}”不是 QDA-XML 1.0 项目文件。")

    def users(self) -> dict[str, str]:
        return {u.get("guid", ""): u.get("name") or "" for u in self.root.iter(_q("User"))}

    def notes(self) -> dict[str, tuple[str, str]]:
        out: dict[str, tuple[str, str]] = {}
        notes_el = self.root.find(_q("Notes"))
        if notes_el is None:
            return out
        for note in notes_el.findall(_q("Note")):
            text = _text_of(note.find(_q("PlainTextContent")))
            if not text and note.get("plainTextPath"):
                text = self.read_path(note.get("plainTextPath", ""), note.get("name") or "")
            out[note.get("guid", "")] = (note.get("name") or "", text)
        return out

    def codes(self) -> list[_Code]:
        out: list[_Code] = []
        book = self.root.find(_q("CodeBook"))
        if book is None:
            return out

        def walk(el: etree._Element, parent: str | None) -> None:
            for code in el.findall(_q("Code")):
                c = _Code(
                    code.get("guid", ""),
                    (code.get("name") or "").strip() or "未命名代码",
                    _color(code.get("color")),
                    _text_of(code.find(_q("Description"))),
                    parent,
                )
                out.append(c)
                walk(code, c.guid)

        codes_el = book.find(_q("Codes"))
        if codes_el is not None:
            walk(codes_el, None)
        return out

    def read_path(self, path: str, source_name: str) -> str:
        names = {n: n for n in self.zf.namelist()}
        candidates = []
        if path.startswith("internal://"):
            candidates.append("sources/" + path[len("internal://") :])
        else:
            candidates.append("sources/" + PurePosixPath(path.replace("\\", "/")).name)
        for cand in candidates:
            if cand in names:
                data = self.zf.read(cand)
                try:
                    return data.decode("utf-8-sig")
                except UnicodeDecodeError as exc:
                    raise DecodeError(f"“{self.name}”中的文本“{source_name}”不是 UTF-8 编码。", str(exc)) from exc
        raise DecodeError(f"“{self.name}”中缺少文本“{source_name}”的内容（{path}）。")

    def sources(self, users: dict[str, str], notes: dict[str, tuple[str, str]]) -> list[_Source]:
        out: list[_Source] = []
        sources_el = self.root.find(_q("Sources"))
        if sources_el is None:
            return out
        for src in sources_el.findall(_q("TextSource")):
            name = src.get("name") or "未命名文本"
            content = src.find(_q("PlainTextContent"))
            text = _text_of(content) if content is not None else self.read_path(src.get("plainTextPath", ""), name)
            meta: dict[str, str] = {}
            desc = _text_of(src.find(_q("Description")))
            if desc.startswith(METADATA_PREFIX):
                try:
                    meta = {k: str(v) for k, v in json.loads(desc[len(METADATA_PREFIX) :]).items()}
                except (ValueError, AttributeError):
                    meta = {}
            source = _Source(name, text, meta)
            for sel in src.findall(_q("PlainTextSelection")):
                source.selections.append(self._selection(sel, users, notes))
            out.append(source)
        return out

    def _selection(self, sel: etree._Element, users: dict[str, str], notes: dict[str, tuple[str, str]]) -> _Selection:
        note_parts = [_text_of(sel.find(_q("Description")))]
        attributes: dict[str, Any] = {}
        for ref in sel.findall(_q("NoteRef")):
            name, text = notes.get(ref.get("targetGUID", ""), ("", ""))
            if name == ATTRIBUTES_NOTE:
                try:
                    attributes = dict(json.loads(text))
                except (ValueError, TypeError):
                    note_parts.append(text)
            elif text:
                note_parts.append(text)
        note = "\n".join(dict.fromkeys(p for p in note_parts if p))
        codes = [
            c.find(_q("CodeRef")).get("targetGUID", "")
            for c in sel.findall(_q("Coding"))
            if c.find(_q("CodeRef")) is not None
        ]
        try:
            start, end = int(sel.get("startPosition", "0")), int(sel.get("endPosition", "0"))
        except ValueError:
            start, end = 0, 0
        return _Selection(
            start,
            end,
            codes,
            note,
            attributes,
            users.get(sel.get("creatingUser", ""), ""),
            sel.get("creationDateTime"),
            sel.get("modifiedDateTime"),
        )


def _parsed(source: _Source) -> ParsedDocument:
    text = source.text
    meta = source.metadata
    return ParsedDocument(
        source_name=source.name,
        source_format="txt",
        encoding="utf-8",
        content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        original_text=text,
        display_text=text,
        offset_map=OffsetMap.identity(len(text)),
        script="simplified",
        metadata=Metadata(
            title=meta.get("title") or source.name,
            issuer=meta.get("issuer"),
            date=meta.get("date"),
            doc_number=meta.get("doc_number"),
        ),
        sections=build_outline(text),
        suspects=(),
    )


def _document_for(store: Store, source: _Source) -> Document:
    """The stored document with exactly this display text, else a new one."""
    existing_id = store.find_document_by_display_text(source.text)
    if existing_id is not None:
        return store.get_document(existing_id)
    parsed = _parsed(source)
    # the same bytes may have been imported from a file whose display text was cleaned differently
    for salt in (b"", b"qdpx:", os.urandom(16)):
        content_hash = hashlib.sha256(salt + source.text.encode("utf-8")).hexdigest()
        if store.find_document_by_hash(content_hash) is None:
            return store.add_document(replace(parsed, content_hash=content_hash))
    raise AssertionError("unreachable: a random salt gives a fresh hash")


def import_qdpx(
    store: Store,
    path: str | Path,
    *,
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Changes:
    """Bring a .qdpx project in (one transaction): codes become tags, text sources documents,
    coded selections annotations. A source whose text is already in the project is reused.

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
        reader = _Reader(zf, p.name)
        users = reader.users()
        codes = reader.codes()
        sources = reader.sources(users, reader.notes())
    docs: set[int] = set()
    tags: set[int] = set()
    annotation_ids: list[int] = []
    with store.atomic():
        tag_for: dict[str, int] = {}
        for code in codes:
            parent_id = tag_for.get(code.parent) if code.parent else None
            tag = store.find_tag(code.name, parent_id)
            if tag is None:
                tag = store.add_tag(code.name, code.color, parent_id=parent_id, description=code.description)
                tags.add(tag.id)
            tag_for[code.guid] = tag.id
        for i, source in enumerate(sources):
            if cancelled is not None and cancelled():
                raise Cancelled(f"导入已取消（“{p.name}”未导入任何内容）。")
            if progress is not None:
                progress(i, len(sources), source.name)
            doc = _document_for(store, source)
            docs.add(doc.id)
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
                            "document_id": doc.id,
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
            annotation_ids.extend(store.add_annotations(items))
    if progress is not None:
        progress(len(sources), len(sources), "")
    return Changes(documents=frozenset(docs), annotations=frozenset(annotation_ids), tags=frozenset(tags))
