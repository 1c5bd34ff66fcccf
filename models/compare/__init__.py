"""Comparing reports: section alignment, indicator tables, matrices, plan against outcome, version diff."""

from __future__ import annotations

from models.compare.align import Alignment, SectionPair, align_sections
from models.compare.comparison import INDICATOR_HEADERS, Comparison, compare_documents
from models.compare.diff import (
    DIFF_HEADERS,
    DiffItem,
    diff_table,
    split_sentences,
    version_diff,
    version_diff_documents,
)
from models.compare.indicators import Indicator, IndicatorPair, document_indicators, match_indicators
from models.compare.matrix import indicator_matrix
from models.compare.plan import PLAN_HEADERS, PlanCheck, plan_table, plan_vs_outcome
from models.compare.synonyms import normalize_name

__all__ = [
    "DIFF_HEADERS",
    "INDICATOR_HEADERS",
    "PLAN_HEADERS",
    "Alignment",
    "Comparison",
    "DiffItem",
    "Indicator",
    "IndicatorPair",
    "PlanCheck",
    "SectionPair",
    "align_sections",
    "compare_documents",
    "diff_table",
    "document_indicators",
    "indicator_matrix",
    "match_indicators",
    "normalize_name",
    "plan_table",
    "plan_vs_outcome",
    "split_sentences",
    "version_diff",
    "version_diff_documents",
]
