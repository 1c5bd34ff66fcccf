"""Export columns and rows: one flat record per annotation, built while streaming the store."""

from __future__ import annotations

import json
import math
import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from models.errors import Cancelled
from models.export.times import local_time, report_date
from models.search import format_section_path
from models.store.annotations import AnnotationRow
from models.store.diskerrors import store_error_for
from models.types import Annotation, AnnotationStatus, Document, Section, Tag

if TYPE_CHECKING:
    from models.store import Store

AnnotationLike = Annotation | AnnotationRow
ProgressFn = Callable[[int, int, str], None]
CancelledFn = Callable[[], bool]

TAG_SEPARATOR = " › "
# A cell whose first visible character is one of these is a formula (or becomes one) in Excel, LibreOffice
# or WPS; full-width forms are folded to ASCII by some of them on input.
_FORMULA_CHARS = "=+-@\uff1d\uff0b\uff0d\uff20"
# Characters a spreadsheet may skip (or a clerk cannot see) before the formula sign.
_INVISIBLE_LEAD = (
    " \t\r\n\x00\x0b\x0c\u00a0\u1680\u180e\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
    "\u2009\u200a\u200b\u200c\u200d\u200e\u200f\u2028\u2029\u202f\u205f\u2060\u3000\ufeff"
)
# The first characters that send a cell through ``neutralise`` (a fast pre-check for writers).
FORMULA_FIRST = frozenset(_FORMULA_CHARS + _INVISIBLE_LEAD)


@dataclass(frozen=True)
class Column:
    key: str
    zh: str
    en: str
    kind: str = "text"  # "text" | "number" | "int"
    width: int = 12


COLUMNS: tuple[Column, ...] = (
    Column("title", "文档标题", "Document title", width=30),
    Column("issuer", "发文机关", "Issuer", width=14),
    Column("date", "日期", "Date", width=11),
    Column("doc_number", "文号", "Document number", width=16),
    Column("section", "章节", "Section path", width=28),
    Column("tag", "标签", "Tag", width=14),
    Column("text", "原文", "Text", width=40),
    Column("note", "备注", "Note", width=24),
    Column("indicator_name", "指标名称", "Indicator name", width=18),
    Column("value", "数值", "Value", "number", 10),
    Column("unit", "单位", "Unit", width=8),
    Column("normalized_value", "标准化数值", "Normalized value", "number", 12),
    Column("normalized_unit", "标准化单位", "Normalized unit", width=8),
    Column("change", "增减", "Change", "number", 10),
    Column("change_unit", "增减单位", "Change unit", width=8),
    Column("period", "期间", "Period", width=10),
    Column("kind", "指标类型", "Kind", width=10),
    Column("policy_doc_number", "政策文号", "Policy document number", width=18),
    Column("start", "起始位置", "Start offset", "int", 9),
    Column("end", "结束位置", "End offset", "int", 9),
    Column("author", "标注人", "Author", width=10),
    Column("created", "创建时间", "Created", width=20),
    Column("updated", "更新时间", "Updated", width=20),
    Column("status", "状态", "Status", width=8),
)
COLUMN_KEYS = tuple(c.key for c in COLUMNS)
STATUS_ZH: dict[str, str] = {
    AnnotationStatus.ACCEPTED: "已确认",
    AnnotationStatus.SUGGESTED: "建议",
    AnnotationStatus.REJECTED: "已拒绝",
}
KIND_ZH = {"actual": "实际", "target": "目标", "plan": "计划", "forecast": "预计"}

# column key -> attribute keys tried in turn (in COLUMNS order)
_ATTRIBUTE_COLUMNS: dict[str, tuple[str, ...]] = {
    "indicator_name": ("name",),
    "value": ("value",),
    "unit": ("unit",),
    "normalized_value": ("normalized_value",),
    "normalized_unit": ("normalized_unit", "base_unit"),
    "change": ("change",),
    "change_unit": ("change_unit",),
    "period": ("period",),
    "kind": ("kind",),
    "policy_doc_number": ("doc_number",),
}


def headers(english: bool = False) -> list[str]:
    """The export's column headers, in Chinese or (``english``) in English."""
    return [c.en if english else c.zh for c in COLUMNS]


def neutralise(text: str) -> str:
    """Prefix with ``'`` a text that a spreadsheet could treat as a formula: the one neutraliser of every
    tabular export (CSV and XLSX cells, header rows, sheet-less tables).

    A text is neutralised when its first character is a formula sign (ASCII or full-width) or a tab/CR/LF,
    or when the first character after invisible leading ones (spaces, NBSP, U+3000, BOM, ZWSP, NUL …) is.
    """
    if not text or text[0] not in FORMULA_FIRST:
        return text
    if text[0] in _FORMULA_CHARS or text[0] in "\t\r":
        return "'" + text
    return "'" + text if text.lstrip(_INVISIBLE_LEAD)[:1] in tuple(_FORMULA_CHARS) else text


def as_number(value: Any) -> int | float | None:
    """A finite number from an attribute value (number or numeric string), else None."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return value if math.isfinite(value) else None
    if isinstance(value, str):
        s = value.strip().replace(",", "")
        try:
            number = float(s)
        except ValueError:
            return None
        if not math.isfinite(number):
            return None
        return int(number) if number.is_integer() and "." not in s and "e" not in s.lower() else number
    return None


def number_text(value: float) -> str:
    """A number as text: integral floats without ``.0`` (319.0 -> "319"), others exact."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(value) if isinstance(value, float) else str(value)


def cell_text(value: Any) -> str:
    """Text of a non-numeric cell value (dicts/lists as JSON)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


class TagPaths:
    """Tag id -> ``父 › 子`` path and top-level ancestor."""

    def __init__(self, tags: Sequence[Tag]) -> None:
        self.by_id = {t.id: t for t in tags}

    def chain(self, tag_id: int) -> list[Tag]:
        out: list[Tag] = []
        seen: set[int] = set()
        current: int | None = tag_id
        while current is not None and current in self.by_id and current not in seen:
            seen.add(current)
            out.append(self.by_id[current])
            current = self.by_id[current].parent_id
        return list(reversed(out))

    def path(self, tag_id: int) -> str:
        return TAG_SEPARATOR.join(t.name for t in self.chain(tag_id))

    def top(self, tag_id: int) -> Tag | None:
        chain = self.chain(tag_id)
        return chain[0] if chain else None


@dataclass(frozen=True)
class Filters:
    tag_ids: list[int] | None
    document_ids: list[int] | None
    statuses: tuple[str, ...]


def resolve_filters(
    store: Store, tag_ids: Sequence[int] | None, document_ids: Sequence[int] | None, statuses: Sequence[str]
) -> Filters:
    """Expand tags to their descendants."""
    tags: list[int] | None = None
    if tag_ids is not None:
        tags = list(dict.fromkeys(t for tid in tag_ids for t in store.tags.with_descendants(tid)))
    docs = list(document_ids) if document_ids is not None else None
    return Filters(tags, docs, tuple(statuses))


_NUMBER_ATTRIBUTES = frozenset(c.key for c in COLUMNS if c.kind == "number")


class _Documents:
    """Reports by id, each read from the store the first time it is asked for (None: no such report)."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._seen: dict[int, Document | None] = {}

    def get(self, doc_id: int) -> Document | None:
        if doc_id not in self._seen:
            has = self._store.documents.has(doc_id)
            self._seen[doc_id] = self._store.documents.get(doc_id) if has else None
        return self._seen[doc_id]


class RowBuilder:
    """Turns annotations into flat rows, caching document fields, tag paths and sections."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.tags = TagPaths(store.tags.all())
        # read a report when a row first names it: a preview of 20 rows reads their few reports, not all 2,000
        self.documents = _Documents(store)
        self._doc_fields: dict[int, list[str]] = {}
        self._tag_paths: dict[int, str] = {}
        self._sections_doc: int | None = None
        self._sections: tuple[Section, ...] = ()

    def sections(self, doc_id: int) -> tuple[Section, ...]:
        if doc_id != self._sections_doc:
            self._sections_doc = doc_id
            self._sections = self.store.documents.sections(doc_id)
        return self._sections

    def _document_fields(self, doc_id: int) -> list[str]:
        fields = self._doc_fields.get(doc_id)
        if fields is None:
            doc = self.documents.get(doc_id)
            fields = (
                [doc.title, doc.issuer or "", report_date(doc.date), doc.doc_number or ""] if doc else ["", "", "", ""]
            )
            self._doc_fields[doc_id] = fields
        return fields

    def tag_path(self, tag_id: int) -> str:
        path = self._tag_paths.get(tag_id)
        if path is None:
            path = self._tag_paths[tag_id] = self.tags.path(tag_id)
        return path

    def values(self, ann: AnnotationLike, english: bool = False) -> list[Any]:
        """One row in ``COLUMNS`` order: numbers as numbers, text as (unescaped) str."""
        attrs = ann.attributes
        row: list[Any] = [
            *self._document_fields(ann.document_id),
            format_section_path(self.sections(ann.document_id), ann.start),
            self.tag_path(ann.tag_id),
            ann.text,
            ann.note,
        ]
        if attrs:
            for key, names in _ATTRIBUTE_COLUMNS.items():
                value = next((attrs[a] for a in names if attrs.get(a) not in (None, "")), None)
                if key in _NUMBER_ATTRIBUTES:
                    number = as_number(value)
                    row.append(number if number is not None else cell_text(value))
                elif key == "kind" and not english:
                    row.append(KIND_ZH.get(cell_text(value), cell_text(value)))
                else:
                    row.append(cell_text(value))
        else:
            row.extend([""] * len(_ATTRIBUTE_COLUMNS))
        row += [
            ann.start,
            ann.end,
            ann.author,
            local_time(ann.created),
            local_time(ann.updated),
            ann.status if english else STATUS_ZH.get(ann.status, ann.status),
        ]
        return row

    def record(self, ann: AnnotationLike, english: bool = False) -> dict[str, Any]:
        """Column key -> value of ``values``."""
        return dict(zip(COLUMN_KEYS, self.values(ann, english), strict=True))


def iter_filtered(store: Store, filters: Filters) -> Iterator[AnnotationRow]:
    """The annotation rows that ``filters`` lets through (documents, tags, statuses)."""
    return store.annotations.rows(document_ids=filters.document_ids, tag_ids=filters.tag_ids, statuses=filters.statuses)


class Ticker:
    """Progress reports and cancellation checks every ``every`` rows."""

    def __init__(
        self, total: int, progress: ProgressFn | None, cancelled: CancelledFn | None, label: str, every: int = 500
    ) -> None:
        self.total, self.progress, self.cancelled, self.label, self.every = total, progress, cancelled, label, every
        self.done = 0

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise Cancelled(f"导出已取消（已处理 {self.done} / {self.total} 条）。")

    def step(self) -> None:
        self.done += 1
        if self.done % self.every == 0:
            self.check()
            if self.progress is not None:
                self.progress(self.done, self.total, self.label)

    def finish(self) -> None:
        if self.progress is not None:
            self.progress(self.done, self.total, self.label)


def _umask() -> int:
    """The process umask, read without changing it where the system allows."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)  # elsewhere: set and restore at once
    os.umask(mask)
    return mask


@contextmanager
def atomic_output(out_path: str | Path) -> Iterator[Path]:
    """Yield a temporary path beside ``out_path``; it replaces ``out_path`` only on success."""
    from models.leftovers import clean_export_parts, part_prefix

    target = Path(out_path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        clean_export_parts(target)  # what killed exports to the same file left behind
        fd, tmp_name = tempfile.mkstemp(prefix=part_prefix(target), suffix=".part", dir=target.parent)
    except OSError as exc:
        raise store_error_for(exc, target, "导出") from exc  # read-only, disk full … in one plain line
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        # mkstemp makes the file private (0600); an export is an ordinary file of the clerk's
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise store_error_for(exc, target, "导出") from exc  # read-only, disk full … in one plain line
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
