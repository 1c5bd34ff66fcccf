"""Indicators of a document read from its annotations, and matching them across two documents."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from models.compare.format import change_alone
from models.compare.synonyms import normalize_name
from models.compare.units import as_float, compatible, dimension, normalized
from models.types import Annotation, AnnotationStatus

INDICATOR_TAG = "指标"
TARGET_TAG = "目标"
NEAR_MATCH = 0.8  # lowest name similarity accepted as the same indicator
MIN_KEY_CHARS = 2  # names this short (企业, 项目) say too little to be matched across documents
RANK_UNITS = frozenset({"位", "名"})  # 居全市第9位, 排名第3名: a place among others, not a quantity

_NUM_RE = re.compile(
    r"(?<![A-Za-z\d.])(\d+(?:\.\d+)?)(?![A-Za-z\d])\s*(个百分点|百分点|%|[万亿千]?[元人吨亩户件只个家项座处条所]|亿|人次)?"
)
_CHANGE_RE = re.compile(r"(增长|提高|上升|增加|下降|减少|回落)\s*(\d+(?:\.\d+)?)\s*(%|个百分点)")


@dataclass(frozen=True)
class Indicator:
    """One indicator statement of a document, from an annotation and its attributes."""

    annotation_id: int
    document_id: int
    start: int
    end: int
    text: str
    name: str
    key: str  # normalised name used for matching
    value: float | None
    unit: str
    base_value: float | None  # value in base units
    base_unit: str
    change: float | None
    change_unit: str
    period: str
    kind: str  # "actual" | "target" | ""
    status: str
    context: str = ""  # the words of its clause just before it (第一产业 in 第一产业实现增加值…), for same names

    def summary(self) -> dict[str, Any]:
        """The JSON-ready side of an indicator row."""
        return {
            "value": self.base_value,
            "unit": self.base_unit,
            "raw_value": self.value,
            "raw_unit": self.unit,
            "change": self.change,
            "change_unit": self.change_unit,
            "period": self.period,
            "kind": self.kind,
            "text": self.text,
            "start": self.start,
            "end": self.end,
        }


def indicator_from_annotation(ann: Annotation, *, default_kind: str = "") -> Indicator | None:
    """Build an Indicator from an annotation; None when no name can be found.

    Attributes come from the suggester (name, value, unit, normalized_value, change,
    change_unit, period, kind); a hand-made annotation without them falls back to a
    light reading of its quoted text (name before the first number).
    """
    attrs: Mapping[str, Any] = ann.attributes or {}
    name = str(attrs.get("name") or "").strip()
    value = as_float(attrs.get("value"))
    unit = str(attrs.get("unit") or "")
    change = as_float(attrs.get("change"))
    change_unit = str(attrs.get("change_unit") or "")
    if not name:
        name, value, unit, change, change_unit = _read_text(ann.text, value, unit, change, change_unit)
    key = normalize_name(name)
    if not key:
        return None
    base_value, base = normalized(value, unit, attrs.get("normalized_value"))
    if change is not None and (base in ("%", "个百分点") or change_alone(value, unit, change, change_unit)):
        # "下降16.8%", "减少1109万" (value = change): the figure is the change itself, not a level to set
        # beside another.
        base_value, base = None, ""
    return Indicator(
        annotation_id=ann.id,
        document_id=ann.document_id,
        start=ann.start,
        end=ann.end,
        text=ann.text,
        name=name,
        key=key,
        value=value,
        unit=unit,
        base_value=base_value,
        base_unit=base,
        change=change,
        change_unit=change_unit,
        period=str(attrs.get("period") or ""),
        kind=str(attrs.get("kind") or default_kind),
        status=ann.status,
    )


def _read_text(
    text: str, value: float | None, unit: str, change: float | None, change_unit: str
) -> tuple[str, float | None, str, float | None, str]:
    m = _NUM_RE.search(text)
    name = text[: m.start()] if m else text
    name = re.sub(r"(为|达到|达|完成|实现|共|有|增长|下降)$", "", name.strip(" ,，:："))
    if m and value is None:
        value = float(m.group(1))
        unit = unit or (m.group(2) or "")
    c = _CHANGE_RE.search(text)
    if c and change is None:
        sign = -1.0 if c.group(1) in ("下降", "减少", "回落") else 1.0
        change, change_unit = sign * float(c.group(2)), c.group(3)
    return name, value, unit, change, change_unit


def document_indicators(
    store: Any, document_id: int, *, include_suggested: bool = True, include_targets_tag: bool = False
) -> list[Indicator]:
    """Indicators of a document in text order (tag 指标; optionally also 目标)."""
    tag_ids = [t.id for t in (store.tags.find(INDICATOR_TAG),) if t is not None]
    target_tag = store.tags.find(TARGET_TAG) if include_targets_tag else None
    if target_tag is not None:
        tag_ids.append(target_tag.id)
    if not tag_ids:
        return []
    statuses = (
        (AnnotationStatus.ACCEPTED, AnnotationStatus.SUGGESTED) if include_suggested else (AnnotationStatus.ACCEPTED,)
    )
    out: list[Indicator] = []
    for ann in store.annotations.select(document_id, tag_ids=tag_ids, statuses=statuses):
        default_kind = "target" if target_tag is not None and ann.tag_id == target_tag.id else ""
        ind = indicator_from_annotation(ann, default_kind=default_kind)
        if ind is not None:
            out.append(ind)
    from models.compare.pairing import with_context

    return with_context(out, store.documents.display_text(document_id)) if out else out


def representative(indicators: Iterable[Indicator]) -> dict[str, Indicator]:
    """One indicator per normalised name: an accepted actual figure with a value first."""
    best: dict[str, Indicator] = {}
    for ind in indicators:
        cur = best.get(ind.key)
        if cur is None or _rank(ind) < _rank(cur):
            best[ind.key] = ind
    return best


def _rank(ind: Indicator) -> tuple[int, int, int, int]:
    return (
        0 if ind.kind != "target" else 1,
        0 if ind.status == AnnotationStatus.ACCEPTED else 1,
        0 if ind.base_value is not None or ind.change is not None else 1,
        ind.start,
    )


@dataclass(frozen=True)
class IndicatorPair:
    """Two indicators taken to measure the same thing, or one side alone."""

    name: str
    left: Indicator | None
    right: Indicator | None
    similarity: float

    @property
    def difference(self) -> float | None:
        """Right minus left, in base units, when both have comparable values."""
        if self.left is None or self.right is None:
            return None
        a, b = self.left.base_value, self.right.base_value
        if a is None or b is None or not compatible(self.left.base_unit, self.right.base_unit):
            return None
        return b - a

    @property
    def change_difference(self) -> float | None:
        """Right change minus left change when both are in the same change unit."""
        if self.left is None or self.right is None:
            return None
        a, b = self.left.change, self.right.change
        if a is None or b is None or self.left.change_unit != self.right.change_unit:
            return None
        return b - a


def measures(ind: Indicator) -> frozenset[str]:
    """The dimensions an indicator carries a figure in: its level (``money:元`` …) and its change (``change:%``)."""
    out: set[str] = set()
    if ind.base_value is not None:
        out.add(dimension(ind.base_unit) or "number")
    if ind.change is not None:
        out.add(f"change:{ind.change_unit}")
    return frozenset(out)


def comparable(left: Indicator, right: Indicator) -> bool:
    """Whether two indicators may stand in one row: they share a dimension, or one has no figure at all.

    11.83亿元 beside 16.8% is refused; 11.83亿元（+8.46%） beside a growth of 16.8% is kept (the changes compare).
    """
    a, b = measures(left), measures(right)
    return not a or not b or bool(a & b)


def is_rank(ind: Indicator) -> bool:
    """Whether the figure is a place in a ranking (居全市第9位), which sits beside ranks only."""
    return ind.base_unit in RANK_UNITS or ind.unit in RANK_UNITS


def complementary(left: Indicator, right: Indicator) -> bool:
    """Whether one side has only a level and the other only a change (114.9亿元 beside +6.9%).

    Under one and the same name these are two figures of one indicator, not two indicators; a near
    match by name is not trusted this far (规上工业总产值下降16.8% beside 工业总产值11.83亿元 stays apart).
    """
    for lv, ch in ((left, right), (right, left)):
        if is_rank(lv):
            continue  # 居全市第9位 is no level that 增长9% could be the change of
        if lv.base_value is not None and lv.change is None and ch.change is not None and ch.base_value is None:
            return True
    return False


def match_indicators(
    left: Iterable[Indicator], right: Iterable[Indicator], *, threshold: float = NEAR_MATCH
) -> tuple[list[IndicatorPair], list[Indicator], list[Indicator]]:
    """Pair indicators by name, every one of them (``models/compare/pairing.py``): same names by context and
    order, then near matches.

    Returns:
        (pairs, left_only, right_only); pairs in the left document's order.
    """
    from models.compare.pairing import pair_indicators

    return pair_indicators(left, right, threshold=threshold)
