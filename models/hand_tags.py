"""What a span tagged 指标 by hand carries: the parser's fields, completed by its spot and its sentence."""

from __future__ import annotations

import re
from typing import Any

from models.store import Store
from models.types import AnnotationStatus

INDICATOR_TAG = "指标"
# Where a sentence ends: a period heading a list of clauses joined by ；/，still holds inside it.
_SENTENCE_END = re.compile(r"[。！？!?\n]")
_PEER_STATUSES = (AnnotationStatus.SUGGESTED, AnnotationStatus.ACCEPTED)
# A number selected without its unit (found with Ctrl+F, or a double-click): 2.08 of 2.08亿元
BARE_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def hand_tag_attributes(store: Store, document_id: int, start: int, end: int, tag_id: int) -> dict[str, Any] | None:
    """Name, value, unit, change, kind and period of a span tagged 指标 by hand, read like a suggestion.

    The parser reads the span with its paragraph. When it finds no 增减 in the span, the change comes from a
    suggestion of the same figure whose span holds the clerk's (she selected ``地区生产总值16.84亿元``, the
    suggestion read ``…16.84亿元,同比增长6.2%``); a bare number (``2.08`` of ``2.08亿元``) is read as the
    figure such a suggestion (or accepted tag) holding it reads. When it finds no 期间, the period comes from a
    suggestion of the same figure on the same spot, else from the period that opens the span's sentence
    (``2021年,实现生产总值288.7亿元…;规模以上工业增加值114.9亿元…``: the year heads every clause).

    Returns:
        The attributes, or None for a tag other than 指标 or a span without a figure.
    """
    if store.tags.get(tag_id).name != INDICATOR_TAG:
        return None
    from models.suggest._names import find_period
    from models.suggest.indicators import parse_indicator_span

    text = store.documents.display_text(document_id)
    start, end = max(0, start), max(0, end)
    statements = statement_spans(text, start, end)
    if len(statements) > 1:  # a sentence of several figures: its first statement, as a reader reads it
        start, end = statements[0]
    attrs = parse_indicator_span(
        text[start:end], document=text, start=start, sections=store.documents.sections(document_id)
    )
    if not attrs and BARE_NUMBER.fullmatch(text[start:end]):
        attrs = _figure_on_the_spot(store, document_id, start, end, tag_id, float(text[start:end]))
    if not attrs:
        return None
    if attrs.get("change") is None:
        attrs.update(_change_on_the_spot(store, document_id, start, end, tag_id, attrs.get("value")))
    if not attrs.get("period"):
        period = _period_on_the_spot(store, document_id, start, end, tag_id, attrs.get("value"))
        if not period:
            head = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
            period = find_period(text[head:start]) or ""
        if period:
            attrs["period"] = period
    return attrs


def statement_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The figure statements inside ``text[start:end]`` (地区生产总值288.7亿元，增长6.5% …), in reading order.

    A clerk who selects a sentence of four figures and tags it 指标 gets the first statement read into the
    tag (the sentence's lead figure, and what the eye meets first); the others are left to their own tags.
    """
    from models.suggest.indicators import find_indicators
    from models.suggest.keywords import without_jieba

    with without_jieba():
        found = find_indicators(text[start:end], keep_unnamed=True)
    return sorted((start + s.start, start + s.end) for s in found)


def _period_on_the_spot(store: Store, document_id: int, start: int, end: int, tag_id: int, value: Any) -> str:
    """The period a suggestion (or accepted figure) overlapping the span with the same value reads."""
    for ann in store.annotations.iterate(document_id=document_id, tag_ids=(tag_id,), statuses=_PEER_STATUSES):
        if ann.start >= end:
            break
        if ann.end <= start or not ann.attributes:
            continue
        if ann.attributes.get("value") == value and ann.attributes.get("period"):
            return str(ann.attributes["period"])
    return ""


def _change_on_the_spot(
    store: Store, document_id: int, start: int, end: int, tag_id: int, value: Any
) -> dict[str, Any]:
    """The 增减 (change and its unit) a suggestion of the same figure holding ``[start, end)`` read after it."""
    for ann in store.annotations.iterate(document_id=document_id, tag_ids=(tag_id,), statuses=_PEER_STATUSES):
        if ann.start > start:
            break
        if ann.end < end or not ann.attributes or value is None:
            continue
        if ann.attributes.get("value") == value and ann.attributes.get("change") is not None:
            return {"change": ann.attributes["change"], "change_unit": ann.attributes.get("change_unit")}
    return {}


def _figure_on_the_spot(
    store: Store, document_id: int, start: int, end: int, tag_id: int, value: float
) -> dict[str, Any]:
    """The fields of the figure a suggestion or accepted tag holding ``[start, end)`` reads as ``value``."""
    for ann in store.annotations.iterate(document_id=document_id, tag_ids=(tag_id,), statuses=_PEER_STATUSES):
        if ann.start > start:
            break
        if ann.end >= end and ann.attributes and ann.attributes.get("value") == value:
            return dict(ann.attributes)
    return {}
