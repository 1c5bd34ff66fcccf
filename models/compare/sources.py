"""What a comparison uses for each side: its stored indicators, or indicators found on the fly when it has none.

The rule, the same for the window and ``main.py compare``:

- a side's indicators are its annotations tagged 指标 (accepted ones, plus suggestions not yet reviewed
  when ``include_suggested``);
- a side with no indicator annotation at all (none tagged, none suggested, none rejected: nobody has
  looked for them yet) gets the indicators the suggester finds in its text, used for this comparison
  only and never stored; its source says ``"found"`` so the window can say so and offer to store them
  for review;
- a side whose indicators were all rejected, or that has only suggestions when those are excluded,
  stays empty (``"none"``): the clerk's decisions are respected.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from models.compare.indicators import INDICATOR_TAG, Indicator, document_indicators, indicator_from_annotation
from models.types import Annotation, AnnotationStatus

Source = Literal["stored", "found", "none"]
_ANY_STATUS = (AnnotationStatus.ACCEPTED, AnnotationStatus.SUGGESTED, AnnotationStatus.REJECTED)


@dataclass(frozen=True)
class SideIndicators:
    """The indicators one side of a comparison uses, and where they came from."""

    document_id: int
    source: Source
    indicators: tuple[Indicator, ...]


def side_indicators(
    store: Any, document_id: int, *, include_suggested: bool = True, find_missing: bool = True
) -> SideIndicators:
    """The indicators of ``document_id`` for a comparison (see the module docstring for the rule)."""
    stored = document_indicators(store, document_id, include_suggested=include_suggested)
    if stored:
        return SideIndicators(document_id, "stored", tuple(stored))
    if not find_missing or not include_suggested or has_indicator_annotations(store, document_id):
        return SideIndicators(document_id, "none", ())
    return SideIndicators(document_id, "found", tuple(find_indicators(store, document_id)))


def has_indicator_annotations(store: Any, document_id: int) -> bool:
    """Whether any indicator of the document was ever tagged, suggested or rejected."""
    tag = store.tags.find(INDICATOR_TAG)
    if tag is None:
        return False
    return bool(store.annotations.select(document_id, tag_ids=[tag.id], statuses=_ANY_STATUS))


def find_indicators(store: Any, document_id: int) -> list[Indicator]:
    """Indicators the suggester finds in a stored document's text (nothing is written to the store)."""
    from models.suggest import suggest

    out: list[Indicator] = []
    text = store.documents.display_text(document_id)
    for s in suggest(text, tuple(store.documents.sections(document_id))):
        if s.kind != INDICATOR_TAG:
            continue
        ann = Annotation(
            0, document_id, s.start, s.end, s.text, 0, attributes=s.attributes, status=AnnotationStatus.SUGGESTED
        )
        ind = indicator_from_annotation(ann)
        if ind is not None:
            out.append(ind)
    from models.compare.pairing import with_context

    return with_context(out, text)
