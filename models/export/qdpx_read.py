"""Reading a REFI-QDA archive (.qdpx) within bounds: its text sources, codes, selections and clerk marks."""

from __future__ import annotations

import json
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any

from lxml import etree

from models import doc_fields
from models.errors import DecodeError, InvalidValue, UnsupportedFormat
from models.export.qdpx import ATTRIBUTES_NOTE, METADATA_PREFIX, NS
from models.ingest.read_text import control_policy
from models.store.documents import CLERK_FIELDS

if TYPE_CHECKING:
    pass

DEFAULT_COLOR = "#868e96"
# issue 15: bound what a small archive can make us inflate, parse or store
MAX_MEMBERS = 10_000
MAX_TOTAL_BYTES = 200 * 1024 * 1024
MAX_MEMBER_BYTES = 64 * 1024 * 1024
MAX_CODES = 5_000
MAX_JSON_DEPTH = 32
_UNSAFE_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def _clean(text: str) -> str:
    """A name, note or JSON string with control characters and lone surrogates made visible (U+FFFD)."""
    return _UNSAFE_RE.sub("\ufffd", text) if _UNSAFE_RE.search(text) else text


def _clean_json(value: Any, depth: int = 0) -> Any:
    """``value`` with every string cleaned; None when nested deeper than a report's attributes ever are."""
    if depth > MAX_JSON_DEPTH:
        raise ValueError("JSON nested too deeply")
    if isinstance(value, str):
        return _clean(value)
    if isinstance(value, list):
        return [_clean_json(v, depth + 1) for v in value]
    if isinstance(value, dict):
        return {_clean(str(k)): _clean_json(v, depth + 1) for k, v in value.items()}
    return value


def _loads(text: str) -> Any:
    """Parse JSON from a foreign file; ValueError for anything broken, too deep or not storable."""
    try:
        return _clean_json(json.loads(text))
    except (ValueError, RecursionError, TypeError) as exc:
        raise ValueError(str(exc)) from exc


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
class QdpxSource:
    name: str
    text: str
    metadata: dict[str, str]
    selections: list[_Selection] = field(default_factory=list)
    clerk: dict[str, dict[str, str | None]] = field(default_factory=dict)  # fields the colleague chose by hand
    guid: str = ""  # ReportMark writes guid("source", content hash): the same file bytes, the same GUID


def _color(value: str | None) -> str:
    if not value or not value.startswith("#"):
        return DEFAULT_COLOR
    hexpart = value[1:]
    if len(hexpart) == 3:
        hexpart = "".join(c * 2 for c in hexpart)
    return "#" + hexpart.lower() if len(hexpart) == 6 else DEFAULT_COLOR


def _text_of(el: etree._Element | None) -> str:
    return "" if el is None or el.text is None else str(el.text)


class QdpxReader:
    def __init__(self, zf: zipfile.ZipFile, name: str) -> None:
        self.zf = zf
        self.name = name
        infos = zf.infolist()
        if len(infos) > MAX_MEMBERS or sum(i.file_size for i in infos) > MAX_TOTAL_BYTES:
            raise DecodeError(f"“{name}”解压后过大（或文件过多），可能是损坏或恶意构造的文件，未导入。")
        members = {PurePosixPath(n).name.lower(): n for n in zf.namelist() if n.lower().endswith(".qde")}
        qde = members.get("project.qde") or next(iter(members.values()), None)
        if qde is None:
            raise UnsupportedFormat(f"“{name}”中没有 project.qde，不是 REFI-QDA 项目文件。")
        # no entity is resolved, no DTD loaded, no tree deeper than libxml2's default limit
        parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
        try:
            self.root = etree.fromstring(self.read_member(qde), parser)
        except etree.XMLSyntaxError as exc:
            raise DecodeError(f"“{name}”中的 project.qde 无法解析（已损坏或过大）。", str(exc)) from exc
        if self.root.getroottree().docinfo.internalDTD is not None:
            # an entity reference would silently cut a source text where it stands: refuse the file instead
            raise DecodeError(f"“{name}”中的 project.qde 含有实体声明（DOCTYPE），可能是恶意构造的文件，未导入。")
        if self.root.tag != _q("Project"):
            raise UnsupportedFormat(f"“{name}”不是 QDA-XML 1.0 项目文件。")

    def read_member(self, member: str) -> bytes:
        """A member's bytes, never more than ``MAX_MEMBER_BYTES`` whatever its header says."""
        try:
            with self.zf.open(member) as fh:
                data = fh.read(MAX_MEMBER_BYTES + 1)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
            raise DecodeError(f"“{self.name}”已损坏，无法读取其中的“{member}”。", repr(exc)) from exc
        if len(data) > MAX_MEMBER_BYTES:
            raise DecodeError(f"“{self.name}”中的“{member}”解压后超过 {MAX_MEMBER_BYTES // (1024 * 1024)} MB，未导入。")
        return data

    def users(self) -> dict[str, str]:
        return {u.get("guid", ""): _clean(u.get("name") or "") for u in self.root.iter(_q("User"))}

    def notes(self) -> dict[str, tuple[str, str]]:
        out: dict[str, tuple[str, str]] = {}
        notes_el = self.root.find(_q("Notes"))
        if notes_el is None:
            return out
        for note in notes_el.findall(_q("Note")):
            text = _text_of(note.find(_q("PlainTextContent")))
            if not text and note.get("plainTextPath"):
                text = self.read_path(note.get("plainTextPath", ""), note.get("name") or "")
            out[note.get("guid", "")] = (note.get("name") or "", _clean(text))
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
                    _clean((code.get("name") or "").strip()) or "未命名代码",
                    _color(code.get("color")),
                    _clean(_text_of(code.find(_q("Description")))),
                    parent,
                )
                out.append(c)
                if len(out) > MAX_CODES:
                    raise DecodeError(f"“{self.name}”中的代码超过 {MAX_CODES:,} 个，不像是一个标注项目，未导入。")
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
                data = self.read_member(cand)
                try:
                    return data.decode("utf-8-sig")
                except UnicodeDecodeError as exc:
                    raise DecodeError(f"“{self.name}”中的文本“{source_name}”不是 UTF-8 编码。", str(exc)) from exc
        raise DecodeError(f"“{self.name}”中缺少文本“{source_name}”的内容（{path}）。")

    def sources(self, users: dict[str, str], notes: dict[str, tuple[str, str]]) -> list[QdpxSource]:
        out: list[QdpxSource] = []
        sources_el = self.root.find(_q("Sources"))
        if sources_el is None:
            return out
        for src in sources_el.findall(_q("TextSource")):
            name = _clean(src.get("name") or "") or "未命名文本"
            content = src.find(_q("PlainTextContent"))
            text = _text_of(content) if content is not None else self.read_path(src.get("plainTextPath", ""), name)
            if content is not None and len(content):  # child nodes (comments, processing instructions) cut the text
                raise DecodeError(f"“{self.name}”中的文本“{name}”含有无法读取的标记，未导入。")
            text = control_policy(text, f"{self.name}：{name}")  # the .txt policy, offsets unchanged
            meta: dict[str, str] = {}
            clerk: Any = None
            desc = _text_of(src.find(_q("Description")))
            if desc.startswith(METADATA_PREFIX):
                try:
                    loaded = dict(_loads(desc[len(METADATA_PREFIX) :]))
                    clerk = loaded.pop("clerk", None)
                    meta = {k: str(v) for k, v in loaded.items()}
                except (ValueError, TypeError, AttributeError):
                    meta = {}
            source = QdpxSource(name, text, meta, clerk=_clerk_marks(clerk, meta), guid=(src.get("guid") or "").lower())
            for sel in src.findall(_q("PlainTextSelection")):
                source.selections.append(self._selection(sel, users, notes))
            out.append(source)
        return out

    def _selection(self, sel: etree._Element, users: dict[str, str], notes: dict[str, tuple[str, str]]) -> _Selection:
        note_parts = [_clean(_text_of(sel.find(_q("Description"))))]
        attributes: dict[str, Any] = {}
        for ref in sel.findall(_q("NoteRef")):
            name, text = notes.get(ref.get("targetGUID", ""), ("", ""))
            if name == ATTRIBUTES_NOTE:
                try:
                    attributes = dict(_loads(text))
                except (ValueError, TypeError):
                    note_parts.append(text if len(text) < 10_000 else text[:10_000] + "…")
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


def _clerk_marks(raw: Any, meta: dict[str, str]) -> dict[str, dict[str, str | None]]:
    """The colleague's hand-chosen fields (``{name: {"at", "reader"}}``) that hold a value the clerk could set."""
    out: dict[str, dict[str, str | None]] = {}
    for name, mark in raw.items() if isinstance(raw, dict) else ():
        if name in CLERK_FIELDS and isinstance(mark, dict) and _settable(name, meta.get(name)):
            reader = mark.get("reader")
            out[name] = {"at": _clean(str(mark.get("at") or "")), "reader": _clean(str(reader)) if reader else None}
    return out


def _settable(name: str, value: str | None) -> bool:
    try:
        return doc_fields.normalise(name, value or "") == value
    except InvalidValue:  # an empty title, a date that is no day: not a choice we can keep
        return False
