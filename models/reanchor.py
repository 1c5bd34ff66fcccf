"""Re-anchoring annotations when a document's text is replaced by a corrected version."""

from __future__ import annotations

import difflib
from bisect import bisect_right
from dataclasses import dataclass

from rapidfuzz import fuzz

from models.types import Annotation

CONTEXT = 24
FUZZY_MIN = 0.6
_SLACK = 2  # characters an edit may have added or removed at each end of a fuzzy match


@dataclass(frozen=True)
class Placement:
    """Where an annotation lands in the new text, and how it was found."""

    annotation: Annotation
    start: int
    end: int
    how: str  # "exact" | "context" | "fuzzy"


@dataclass(frozen=True)
class ReanchorResult:
    placed: tuple[Placement, ...]
    unplaced: tuple[Annotation, ...]


def _line_starts(text: str) -> list[int]:
    starts = [0]
    pos = text.find("\n")
    while pos != -1:
        starts.append(pos + 1)
        pos = text.find("\n", pos + 1)
    return starts


class _LineMap:
    """Maps old offsets to new ones through a line-level diff (cheap on 300 KB texts)."""

    def __init__(self, old: str, new: str) -> None:
        self.old, self.new = old, new
        self.old_starts, self.new_starts = _line_starts(old), _line_starts(new)
        old_lines, new_lines = old.split("\n"), new.split("\n")
        matcher = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
        self.blocks = [(a, b, n) for a, b, n in matcher.get_matching_blocks() if n]
        self.block_keys = [a for a, _, _ in self.blocks]

    def line_of(self, offset: int) -> int:
        return bisect_right(self.old_starts, offset) - 1

    def map_line(self, line: int) -> int | None:
        """New line number of an unchanged old line, or None when the line changed."""
        k = bisect_right(self.block_keys, line) - 1
        if k >= 0:
            a, b, n = self.blocks[k]
            if a <= line < a + n:
                return b + (line - a)
        return None

    def new_region_for(self, line: int) -> tuple[int, int]:
        """The span of new text between the unchanged lines around an old changed line."""
        k = bisect_right(self.block_keys, line) - 1
        if k >= 0:
            _, b, n = self.blocks[k]
            lo_line = b + n
        else:
            lo_line = 0
        hi_line = self.blocks[k + 1][1] if k + 1 < len(self.blocks) else len(self.new_starts)
        lo = self.new_starts[lo_line] if lo_line < len(self.new_starts) else len(self.new)
        hi = self.new_starts[hi_line] if hi_line < len(self.new_starts) else len(self.new)
        return max(0, lo - CONTEXT), min(len(self.new), hi + CONTEXT)


def _context_score(old: str, new: str, a_start: int, a_end: int, b_start: int, b_end: int) -> float:
    before = difflib.SequenceMatcher(
        None, old[max(0, a_start - CONTEXT) : a_start], new[max(0, b_start - CONTEXT) : b_start]
    )
    after = difflib.SequenceMatcher(None, old[a_end : a_end + CONTEXT], new[b_end : b_end + CONTEXT])
    return before.ratio() + after.ratio()


def _fuzzy(quote: str, region: str) -> tuple[int, int, float] | None:
    """Best approximate occurrence of ``quote`` in ``region`` (start, end, ratio 0..1).

    rapidfuzz finds the best window of the quote's length; its ends are then moved by up
    to ``_SLACK`` characters each way, because an edit that inserted or deleted characters
    changes the length of the quoted text.
    """
    if not quote or not region:
        return None
    found = fuzz.partial_ratio_alignment(quote, region, score_cutoff=FUZZY_MIN * 100)
    if found is None:
        return None
    # when the region is the shorter string, all of it is the best window it has
    lo, hi = (found.dest_start, found.dest_end) if len(quote) <= len(region) else (0, len(region))
    best = (lo, hi, fuzz.ratio(region[lo:hi], quote) / 100)
    for start in range(max(0, lo - _SLACK), min(hi, lo + _SLACK) + 1):
        for end in range(max(start + 1, hi - _SLACK), min(len(region), hi + _SLACK) + 1):
            ratio = fuzz.ratio(region[start:end], quote) / 100
            if ratio > best[2]:
                best = (start, end, ratio)
    return best


def reanchor(old_text: str, new_text: str, annotations: list[Annotation]) -> ReanchorResult:
    """Move annotations from ``old_text`` to ``new_text``: exact quote with context first, then fuzzy.

    Annotations that cannot be placed are returned in ``unplaced`` — never dropped.
    """
    line_map = _LineMap(old_text, new_text)
    placed: list[Placement] = []
    unplaced: list[Annotation] = []
    for ann in annotations:
        quote = ann.text
        first_line = line_map.line_of(ann.start)
        last_line = line_map.line_of(max(ann.start, ann.end - 1))
        mapped = [line_map.map_line(line) for line in range(first_line, last_line + 1)]
        if all(m is not None for m in mapped) and mapped == list(range(mapped[0] or 0, (mapped[0] or 0) + len(mapped))):
            shift = line_map.new_starts[mapped[0] or 0] - line_map.old_starts[first_line]
            start, end = ann.start + shift, ann.end + shift
            if new_text[start:end] == quote:
                placed.append(Placement(ann, start, end, "exact"))
                continue
        hits = []
        pos = new_text.find(quote)
        while pos != -1 and quote:
            hits.append(pos)
            pos = new_text.find(quote, pos + 1)
        if len(hits) == 1:
            placed.append(Placement(ann, hits[0], hits[0] + len(quote), "exact"))
            continue
        if hits:
            best = max(hits, key=lambda h: _context_score(old_text, new_text, ann.start, ann.end, h, h + len(quote)))
            placed.append(Placement(ann, best, best + len(quote), "context"))
            continue
        lo, hi = line_map.new_region_for(first_line)
        found = _fuzzy(quote, new_text[lo:hi])
        if found and found[2] >= FUZZY_MIN and new_text[lo + found[0] : lo + found[1]].strip():
            placed.append(Placement(ann, lo + found[0], lo + found[1], "fuzzy"))
        else:
            unplaced.append(ann)
    return ReanchorResult(tuple(placed), tuple(unplaced))
