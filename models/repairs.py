"""Applying a proposed repair of garbled characters to a document's display text (the original text stays).

A repair replaces the display span of a suspect range by the text the clerk chose. Everything that
points into the display text moves with it in one transaction: annotations (their quoted text too),
sections, the other suspect ranges, the offset map (the new characters map onto the garbled original
span) and the search index. ``revert_repair`` puts back exactly what was there (undo).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from models.errors import NotFound, ReportMarkError
from models.ingest.repair_apply import brackets_paired
from models.offsets import OffsetMap
from models.types import Changes, Section, SuspectRange

if TYPE_CHECKING:
    from models.store import Store

#: A suspect whose best repair scores at least this is repaired by "apply all sure repairs".
TOP_CONFIDENCE = 0.95


@dataclass(frozen=True)
class AppliedRepair:
    """What one applied repair changed, enough to put it back exactly."""

    document_id: int
    start: int
    end: int  # end of the repaired text in the new display text
    replaced: str  # the display text that was there before
    suspect: SuspectRange  # the suspect range the repair resolved (restored by undo)
    offset_map: OffsetMap  # the map before
    sections: tuple[Section, ...]  # the sections before
    suspects: tuple[SuspectRange, ...]  # every suspect range before
    moved: tuple[tuple[int, int, int], ...]  # (annotation id, start, end) before, for those that moved


def _map(i: int, start: int, end: int, length: int, *, is_end: bool) -> int:
    if i <= start and not (is_end and i == start and end == start):
        return i
    if i >= end:
        return i + length - (end - start)
    return start + length if is_end else start


def _span(s: int, e: int, start: int, end: int, length: int) -> tuple[int, int]:
    ns = _map(s, start, end, length, is_end=False)
    ne = _map(e, start, end, length, is_end=True)
    return ns, max(ns, ne)


def _sections(sections: Iterable[Section], start: int, end: int, length: int) -> tuple[Section, ...]:
    out = []
    for sec in sections:
        s, e = _span(sec.start, sec.end, start, end, length)
        h = _map(sec.heading_end, start, end, length, is_end=True)
        out.append(
            replace(
                sec, start=s, end=e, heading_end=min(max(h, s), e), children=_sections(sec.children, start, end, length)
            )
        )
    return tuple(out)


def _offset_map(old: OffsetMap, start: int, end: int, length: int) -> OffsetMap:
    """The new characters map onto the original span of the characters they replace."""
    arr = old.to_array()
    first = arr[start]
    last = arr[end] - 1 if end > start else first
    new = [min(first + k, max(first, last)) for k in range(length)]
    return OffsetMap.from_array([*arr[:start], *new, *arr[end:]], old.original_length)


def _write(
    store: Store,
    doc_id: int,
    display: str,
    offset_map: OffsetMap,
    sections: tuple[Section, ...],
    suspects: tuple[SuspectRange, ...],
    moves: list[tuple[int, int, int]],
) -> None:
    parsed = replace(
        store.documents.parsed(doc_id),
        display_text=display,
        offset_map=offset_map,
        sections=sections,
        suspects=suspects,
    )
    store.documents.replace_content(doc_id, parsed, moves, [])


def apply_repair(
    store: Store, document_id: int, start: int, end: int, replacement: str
) -> tuple[Changes, AppliedRepair]:
    """Replace the suspect range ``[start, end)`` of the display text by ``replacement``.

    Args:
        store: the open project.
        document_id: the document.
        start, end: the display span of a stored suspect range.
        replacement: the repair chosen (usually one of the suspect's proposed repairs).

    Returns:
        The changes (the document, every annotation that moved) and what to give ``revert_repair``.

    Raises:
        NotFound: the document, or a suspect range at that span, no longer exists.
        ReportMarkError: an empty replacement.
    """
    if not replacement:
        raise ReportMarkError("修复文字不能为空。")
    suspects = store.documents.suspects(document_id)
    suspect = next((s for s in suspects if s.start == start and s.end == end), None)
    if suspect is None:
        raise NotFound("这处疑似乱码已不存在（可能已修复）。")
    text = store.documents.text(document_id)
    sections = store.documents.sections(document_id)
    n = len(replacement)
    display = text.display_text[:start] + replacement + text.display_text[end:]
    moves: list[tuple[int, int, int]] = []
    before: list[tuple[int, int, int]] = []
    for ann in store.annotations.iterate(document_id, statuses=None):
        s, e = _span(ann.start, ann.end, start, end, n)
        if (s, e) != (ann.start, ann.end) or (ann.start < end and ann.end > start):
            moves.append((ann.id, s, e))
            before.append((ann.id, ann.start, ann.end))
    others = tuple(
        replace(x, start=a, end=b, id=None)
        for x in suspects
        if x is not suspect
        for a, b in (_span(x.start, x.end, start, end, n),)
    )
    new_map = _offset_map(text.offset_map, start, end, n)
    with store.atomic():
        _write(store, document_id, display, new_map, _sections(sections, start, end, n), others, moves)
    record = AppliedRepair(
        document_id,
        start,
        start + n,
        text.display_text[start:end],
        suspect,
        text.offset_map,
        sections,
        suspects,
        tuple(before),
    )
    return _changes(document_id, moves), record


def revert_repair(store: Store, record: AppliedRepair) -> Changes:
    """Put back exactly what ``apply_repair`` replaced (text, offsets, sections, suspects, annotations)."""
    doc_id = record.document_id
    current = store.documents.display_text(doc_id)
    display = current[: record.start] + record.replaced + current[record.end :]
    moves = [(a, s, e) for a, s, e in record.moved if store.annotations.has(a)]
    suspects = tuple(replace(x, id=None) for x in record.suspects)
    with store.atomic():
        _write(store, doc_id, display, record.offset_map, record.sections, suspects, moves)
    return _changes(doc_id, moves)


def apply_repairs(
    store: Store, document_id: int, chosen: Iterable[tuple[int, int, str]]
) -> tuple[Changes, tuple[AppliedRepair, ...]]:
    """Apply several repairs ``(start, end, replacement)`` in one transaction; undo with ``revert_repairs``.

    They are applied from the end of the text backwards, so each span is still where it was listed.
    """
    changes = Changes()
    records: list[AppliedRepair] = []
    with store.atomic():
        for start, end, text in sorted(chosen, key=lambda c: -c[0]):
            step, record = apply_repair(store, document_id, start, end, text)
            changes, records = changes | step, [*records, record]
    return changes, tuple(records)


def revert_repairs(store: Store, records: Iterable[AppliedRepair]) -> Changes:
    """Undo ``apply_repairs`` (the last applied first)."""
    changes = Changes()
    with store.atomic():
        for record in reversed(tuple(records)):
            changes = changes | revert_repair(store, record)
    return changes


def sure_repairs(suspects: Iterable[SuspectRange]) -> list[SuspectRange]:
    """The suspect ranges whose best repair scores at least ``TOP_CONFIDENCE`` and pairs its brackets (as at import)."""
    return [
        s for s in suspects if s.repairs and s.repairs[0].score >= TOP_CONFIDENCE and brackets_paired(s.repairs[0].text)
    ]


def _changes(doc_id: int, moves: list[tuple[int, int, int]]) -> Changes:
    return Changes(documents=frozenset({doc_id}), annotations=frozenset(a for a, _, _ in moves))
