"""Automatic suggestions: indicators, policies and problems proposed as candidate annotations."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from models.errors import Cancelled
from models.suggest.base import Suggestion
from models.types import AnnotationStatus, Changes, Section

if TYPE_CHECKING:
    from models.store import Store

__all__ = ["AUTHOR", "Suggestion", "run_suggestions", "suggest"]

#: ``author`` of every stored suggestion.
AUTHOR = "ReportMark"
_REVIEWED = (AnnotationStatus.ACCEPTED, AnnotationStatus.SUGGESTED, AnnotationStatus.REJECTED)


def suggest(
    display_text: str, sections: tuple[Section, ...] = (), *, cancelled: Callable[[], bool] | None = None
) -> list[Suggestion]:
    """Propose indicators, policies and problems for one document (pure; no store).

    Args:
        display_text: the document's display text.
        sections: its outline (used for problem sections and plan sections).
        cancelled: checked between the detectors; when it returns True, ``Cancelled`` is raised.

    Returns:
        Suggestions ordered by position; ``text == display_text[start:end]`` for each.
    """
    from models.ingest.english_lines import mask_english  # english paragraphs are not read (issue 17)
    from models.suggest.indicators import find_indicators
    from models.suggest.policies import find_policies
    from models.suggest.problems import find_problems

    found: list[Suggestion] = []
    reading = mask_english(display_text)  # same length and offsets; English lines are blank
    for detector in (find_indicators, find_policies, find_problems):
        if cancelled is not None and cancelled():
            raise Cancelled()
        found.extend(detector(reading, sections))
    found.sort(key=lambda s: (s.start, s.end, s.kind))
    return found


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def run_suggestions(
    store: Store,
    document_id: int,
    *,
    status: AnnotationStatus = AnnotationStatus.SUGGESTED,
    cancelled: Callable[[], bool] | None = None,
) -> Changes:
    """Store fresh suggestions for a document as ``status="suggested"`` annotations.

    A suggestion is skipped when its span overlaps an annotation of the same tag that is
    accepted, still suggested, or rejected (the clerk said no: never suggest it again).
    Kinds whose tag is missing from the project's schema are skipped.

    Args:
        store: the open project.
        document_id: the document to suggest for.
        status: "suggested" for review in the window, "accepted" for batch pre-annotation.
        cancelled: checked between detectors and before storing; raises ``Cancelled``, storing nothing.

    Returns:
        ``Changes`` naming the new annotations and the document.
    """
    text = store.documents.display_text(document_id)
    sections = tuple(store.documents.sections(document_id))
    from models.spans import SpanUnion  # issue 15: O(log n) per overlap check (a 12 MB text took > 300 s)

    existing: dict[int, SpanUnion] = {}
    for ann in store.annotations.iterate(document_id=document_id, statuses=_REVIEWED):
        existing.setdefault(ann.tag_id, SpanUnion()).add(ann.start, ann.end)
    tag_ids: dict[str, int | None] = {}
    items: list[dict[str, Any]] = []
    for s in suggest(text, sections, cancelled=cancelled):
        if s.kind not in tag_ids:
            tag = store.tags.find(s.kind)
            tag_ids[s.kind] = tag.id if tag is not None else None
        tag_id = tag_ids[s.kind]
        if tag_id is None or not s.text.strip():
            continue
        spans = existing.setdefault(tag_id, SpanUnion())
        if spans.overlaps(s.start, s.end):
            continue
        attributes = dict(s.attributes)
        attributes["confidence"] = s.confidence
        items.append(
            {
                "document_id": document_id,
                "start": s.start,
                "end": s.end,
                "text": s.text,
                "tag_id": tag_id,
                "status": status,
                "attributes": attributes,
                "author": AUTHOR,
            }
        )
        spans.add(s.start, s.end)
    if cancelled is not None and cancelled():
        raise Cancelled()
    ids = store.annotations.add_many(items) if items else []
    return Changes(documents=frozenset({document_id}), annotations=frozenset(ids))
