"""Comparing two stored documents: aligned sections and matched indicators, as one value."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from models.compare.align import DEFAULT_THRESHOLD, Alignment, SectionPair, align_sections
from models.compare.format import display_scale
from models.compare.indicators import Indicator, IndicatorPair, match_indicators
from models.compare.sources import Source, side_indicators
from models.types import Section

INDICATOR_HEADERS = (
    "指标",
    "左文档原文",
    "左数值",
    "右文档原文",
    "右数值",
    "单位",
    "差值",
    "左变化",
    "右变化",
    "变化差",
    "变化单位",
    "匹配",
)


def _section_json(s: Section) -> dict[str, Any]:
    return {"label": s.label, "title": s.title, "start": s.start, "end": s.end}


@dataclass(frozen=True)
class Comparison:
    """The result of comparing two documents (left and right)."""

    left_id: int
    right_id: int
    alignment: Alignment
    indicator_pairs: tuple[IndicatorPair, ...]
    left_only_indicators: tuple[Indicator, ...]
    right_only_indicators: tuple[Indicator, ...]
    left_source: Source = "stored"
    right_source: Source = "stored"

    @property
    def pairs(self) -> tuple[SectionPair, ...]:
        return self.alignment.pairs

    @property
    def left_only(self) -> tuple[Section, ...]:
        return self.alignment.left_only

    @property
    def right_only(self) -> tuple[Section, ...]:
        return self.alignment.right_only

    def to_json(self) -> dict[str, Any]:
        """The CLI's JSON shape.

        ``indicators`` lists matched indicators first (document order of the left),
        then those found on one side only, with ``null`` on the other side and as
        difference. Each side is ``{"value", "unit", "raw_value", "raw_unit", "change",
        "change_unit", "period", "kind", "text", "start", "end"}`` with ``value`` in
        base units (元, 个, 吨 …); ``difference`` is right minus left in those units.
        """
        indicators: list[dict[str, Any]] = []
        for p in self.indicator_pairs:
            indicators.append(
                {
                    "name": p.name,
                    "left": p.left.summary() if p.left else None,
                    "right": p.right.summary() if p.right else None,
                    "difference": p.difference,
                }
            )
        for ind in self.left_only_indicators:
            indicators.append({"name": ind.name, "left": ind.summary(), "right": None, "difference": None})
        for ind in self.right_only_indicators:
            indicators.append({"name": ind.name, "left": None, "right": ind.summary(), "difference": None})
        return {
            "pairs": [
                {"left": _section_json(p.left), "right": _section_json(p.right), "score": float(p.score)}
                for p in self.pairs
            ],
            "left_only": [_section_json(s) for s in self.left_only],
            "right_only": [_section_json(s) for s in self.right_only],
            "indicators": indicators,
            "indicator_sources": {"left": self.left_source, "right": self.right_source},
        }

    def indicator_table(self, *, left_name: str = "", right_name: str = "") -> tuple[list[str], list[dict[str, Any]]]:
        """Export rows of the indicator comparison: headers and one dict per row.

        Matched indicators first, then left-only and right-only ones (column 匹配 says
        which). Values are in the unit the window shows for the row (亿元 for large 元), given in
        column 单位. ``left_name`` / ``right_name`` name the reports in the 原文 headers, so the file
        says which report was 左 and which 右.
        """
        rows: list[dict[str, Any]] = []
        for p in self.indicator_pairs:
            rows.append(
                _row(
                    p.name,
                    p.left,
                    p.right,
                    p.difference,
                    p.change_difference,
                    "匹配" if p.similarity >= 1.0 else f"近似({p.similarity:.2f})",
                )
            )
        for ind in self.left_only_indicators:
            rows.append(_row(ind.name, ind, None, None, None, "仅左文档"))
        for ind in self.right_only_indicators:
            rows.append(_row(ind.name, None, ind, None, None, "仅右文档"))
        headers = list(INDICATOR_HEADERS)
        named = {"左文档原文": left_name, "右文档原文": right_name}
        shown = [f"{h}（{named[h]}）" if named.get(h) else h for h in headers]
        if shown != headers:
            rows = [dict(zip(shown, r.values(), strict=True)) for r in rows]
        return shown, rows


def _row(
    name: str, left: Indicator | None, right: Indicator | None, diff: float | None, cdiff: float | None, match: str
) -> dict[str, Any]:
    unit = (left.base_unit if left else "") or (right.base_unit if right else "")
    change_unit = (left.change_unit if left else "") or (right.change_unit if right else "")
    lv, rv = (left.base_value if left else None), (right.base_value if right else None)
    factor, unit = display_scale(unit, (lv, rv))  # as the window shows the row: 77.41 亿元, not 7741000000 元
    return dict(
        zip(
            INDICATOR_HEADERS,
            (
                name,
                left.text if left else "",
                _plain(lv, factor),
                right.text if right else "",
                _plain(rv, factor),
                unit,
                _plain(diff, factor),
                left.change if left else None,
                right.change if right else None,
                _plain(cdiff),
                change_unit,
                match,
            ),
            strict=True,
        )
    )


def _plain(value: float | None, factor: float = 1.0) -> float | None:
    """``value / factor`` to ten significant digits: 3.4, not the 3.4000000000000004 of a float subtraction."""
    return None if value is None else float(f"{value / factor:.10g}")


def compare_documents(
    store: Any,
    left_id: int,
    right_id: int,
    *,
    include_suggested: bool = True,
    find_missing: bool = True,
    threshold: float = DEFAULT_THRESHOLD,
) -> Comparison:
    """Align the sections and match the indicators of two stored documents.

    The one comparison the window and ``main.py compare`` both run. What each side uses is
    decided by ``models.compare.sources.side_indicators`` and recorded in ``left_source`` /
    ``right_source``.

    Args:
        store: the project store (read only: nothing is written).
        left_id, right_id: the documents to compare.
        include_suggested: also use indicator suggestions not yet accepted.
        find_missing: a side with no indicator annotation at all gets indicators found on the fly.
        threshold: lowest section-alignment score accepted.

    Raises:
        NotFound: a document does not exist.
    """
    from models.bounds import check_comparable  # issue 15: bounded work on huge texts

    check_comparable(
        store.documents.display_text(left_id),
        store.documents.display_text(right_id),
        store.documents.sections(left_id),
        store.documents.sections(right_id),
    )
    left_side = side_indicators(store, left_id, include_suggested=include_suggested, find_missing=find_missing)
    right_side = side_indicators(store, right_id, include_suggested=include_suggested, find_missing=find_missing)
    left_ind, right_ind = list(left_side.indicators), list(right_side.indicators)
    alignment = align_sections(
        store.documents.display_text(left_id),
        store.documents.sections(left_id),
        store.documents.display_text(right_id),
        store.documents.sections(right_id),
        left_indicators=_keys_at(left_ind),
        right_indicators=_keys_at(right_ind),
        threshold=threshold,
    )
    pairs, left_only, right_only = match_indicators(left_ind, right_ind)
    return Comparison(
        left_id,
        right_id,
        alignment,
        tuple(pairs),
        tuple(left_only),
        tuple(right_only),
        left_side.source,
        right_side.source,
    )


def _keys_at(indicators: list[Indicator]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for ind in indicators:
        out.setdefault(ind.start, []).append(ind.key)
    return out
