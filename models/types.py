"""Frozen dataclasses shared by every layer: documents, sections, tags, annotations, changes."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Literal

from models.offsets import OffsetMap

Script = Literal["simplified", "traditional"]


class AnnotationStatus(StrEnum):
    """Where an annotation stands; the value is what the project file stores."""

    ACCEPTED = "accepted"
    SUGGESTED = "suggested"
    REJECTED = "rejected"
    # kept after a re-import moved the text away; listed for the clerk, never dropped
    UNPLACED = "unplaced"


@dataclass(frozen=True)
class Section:
    """A heading and the span of display text it governs.

    Offsets are Python ``str`` indices into the display text. ``start`` is where
    the heading (its label) begins, ``heading_end`` where the heading text ends,
    and ``end`` where the section (including its children) ends, exclusive.
    """

    level: int
    label: str
    title: str
    start: int
    end: int
    heading_end: int
    children: tuple[Section, ...] = ()
    id: int | None = None

    def walk(self) -> Iterator[Section]:
        """Yield this section and all descendants in document order."""
        yield self
        for child in self.children:
            yield from child.walk()


def walk_sections(sections: tuple[Section, ...] | list[Section]) -> Iterator[Section]:
    """Yield every section of a forest in document order."""
    for s in sections:
        yield from s.walk()


def section_path(sections: tuple[Section, ...] | list[Section], offset: int) -> list[Section]:
    """Return the chain of sections (outermost first) containing ``offset``."""
    path: list[Section] = []
    level = list(sections)
    while True:
        hit = next((s for s in level if s.start <= offset < s.end), None)
        if hit is None:
            return path
        path.append(hit)
        level = list(hit.children)


@dataclass(frozen=True)
class Repair:
    """One proposed replacement for a suspect range, never applied without the clerk."""

    text: str
    score: float
    explanation: str = ""


@dataclass(frozen=True)
class SuspectRange:
    """Display text that may be damaged (encoding slip, lost character)."""

    start: int
    end: int
    original: str
    reason: str
    repairs: tuple[Repair, ...] = ()
    id: int | None = None


@dataclass(frozen=True)
class Metadata:
    """Fields parsed from a report's header, title line and signature."""

    title: str | None = None
    issuer: str | None = None
    date: str | None = None  # ISO "YYYY-MM-DD"
    doc_number: str | None = None
    index_number: str | None = None
    extra: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ParsedDocument:
    """A report read and cleaned, ready to store; nothing here touches a project."""

    source_name: str
    source_format: str  # "txt" | "docx" | "html" | "pdf"
    encoding: str | None
    content_hash: str
    original_text: str
    display_text: str
    offset_map: OffsetMap
    script: Script
    metadata: Metadata
    sections: tuple[Section, ...]
    suspects: tuple[SuspectRange, ...]

    @classmethod
    def plain(
        cls, text: str, source_name: str, metadata: Metadata, sections: tuple[Section, ...] = ()
    ) -> ParsedDocument:
        """``text`` kept as it is (display = original, identity offsets, UTF-8 .txt): a colleague's
        .qdpx source, a benchmark's or a test's document whose offsets must be known exactly."""
        return cls(
            source_name=source_name,
            source_format="txt",
            encoding="utf-8",
            content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
            original_text=text,
            display_text=text,
            offset_map=OffsetMap.identity(len(text)),
            script="simplified",
            metadata=metadata,
            sections=sections,
            suspects=(),
        )


@dataclass(frozen=True)
class Document:
    """A stored report without its (large) texts."""

    id: int
    title: str
    issuer: str | None
    date: str | None
    doc_number: str | None
    index_number: str | None
    script: Script
    source_name: str
    source_format: str
    encoding: str | None
    content_hash: str
    text_length: int
    imported_at: str
    memo: str = ""
    extra: Mapping[str, str] = field(default_factory=dict)
    # fields the clerk set (title, issuer, date, doc_number) -> {"at": when, "reader": the reader's value}
    clerk_fields: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)


@dataclass(frozen=True)
class FieldState:
    """One metadata field of a stored document as it stands (what undo puts back)."""

    name: str  # title, issuer, date or doc_number
    value: str | None
    mark: Mapping[str, Any] | None = None  # the clerk's mark ({"at", "reader"}); None: the reader's value


@dataclass(frozen=True)
class DocumentText:
    """The texts of a stored document and the map between them."""

    document_id: int
    display_text: str
    original_text: str
    offset_map: OffsetMap


@dataclass(frozen=True)
class Tag:
    """A category in the project's tag schema (may have a parent)."""

    id: int
    name: str
    color: str  # "#rrggbb"
    key: str | None = None  # shortcut "1".."9"
    parent_id: int | None = None
    position: int = 0
    description: str = ""


@dataclass(frozen=True)
class Annotation:
    """A tagged span of a document's display text."""

    id: int
    document_id: int
    start: int
    end: int
    text: str
    tag_id: int
    note: str = ""
    attributes: Mapping[str, Any] = field(default_factory=dict)
    status: AnnotationStatus = AnnotationStatus.ACCEPTED
    author: str = ""
    created: str = ""
    updated: str = ""


@dataclass(frozen=True)
class Changes:
    """What a domain call changed, so each view refreshes only what it shows."""

    documents: frozenset[int] = frozenset()
    annotations: frozenset[int] = frozenset()
    tags: frozenset[int] = frozenset()

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.documents | other.documents,
            self.annotations | other.annotations,
            self.tags | other.tags,
        )

    def __bool__(self) -> bool:
        return bool(self.documents or self.annotations or self.tags)
