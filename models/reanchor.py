"""Re-anchoring annotations when a document's text is replaced by a corrected version."""

from __future__ import annotations

import difflib
from bisect import bisect_left, bisect_right
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
        self.blocks: list[tuple[int, int, int]] = []
        _match_lines(old.split("\n"), new.split("\n"), 0, 0, self.blocks, 0)
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

    def expected_offset(self, offset: int, line: int) -> int:
        """Where ``offset`` would be in the new text if its stretch moved like the unchanged line before it."""
        k = bisect_right(self.block_keys, line) - 1
        if k < 0:
            return min(offset, len(self.new))
        a, b, n = self.blocks[k]
        last_a, last_b = min(a + n - 1, line), b + min(n - 1, line - a)
        old_at = self.old_starts[last_a] if last_a < len(self.old_starts) else len(self.old)
        new_at = self.new_starts[last_b] if last_b < len(self.new_starts) else len(self.new)
        return max(0, min(len(self.new), offset - old_at + new_at))

    def window_for(self, line: int) -> tuple[int, int]:
        """A bounded stretch of new text around where an old line's text should be."""
        lo, hi = self.new_region_for(line)
        expected = self.expected_offset(self.old_starts[line], line)
        lo = max(lo - _MAX_REGION, expected - _MAX_REGION)
        hi = min(hi + _MAX_REGION, expected + 2 * _MAX_REGION, len(self.new))
        return max(0, lo), max(max(0, lo), hi)

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


# Line pairs one SequenceMatcher may compare: it is quadratic on long repetitive texts (a 12 MB text took 242 s).
_DIFF_BUDGET = 4_000_000
_MAX_DEPTH = 12
_MAX_HITS = 32
_MAX_REGION = 20_000
_GLOBAL_SEARCH = 2_000_000  # characters: above this a quote is looked for near its old place only


def _match_lines(a: list[str], b: list[str], a0: int, b0: int, out: list[tuple[int, int, int]], depth: int) -> None:
    """Append matching line blocks (a, b, n) of ``a`` and ``b`` to ``out``, in order.

    Common head and tail lines first; a small middle through SequenceMatcher, a large one split at the lines
    that occur once on each side (patience diff), each gap again. Within bounds on any input.
    """
    n = 0
    while n < len(a) and n < len(b) and a[n] == b[n]:
        n += 1
    if n:
        out.append((a0, b0, n))
    a, b, a0, b0 = a[n:], b[n:], a0 + n, b0 + n
    m = 0
    while m < len(a) and m < len(b) and a[len(a) - 1 - m] == b[len(b) - 1 - m]:
        m += 1
    tail = (a0 + len(a) - m, b0 + len(b) - m, m) if m else None
    a, b = a[: len(a) - m], b[: len(b) - m]
    if a and b:
        if len(a) * len(b) <= _DIFF_BUDGET:
            matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
            out.extend((a0 + i, b0 + j, k) for i, j, k in matcher.get_matching_blocks() if k)
        elif depth < _MAX_DEPTH:
            prev_i = prev_j = 0
            for i, j in _unique_anchors(a, b):
                _match_lines(a[prev_i:i], b[prev_j:j], a0 + prev_i, b0 + prev_j, out, depth + 1)
                out.append((a0 + i, b0 + j, 1))
                prev_i, prev_j = i + 1, j + 1
            if prev_i or prev_j:
                _match_lines(a[prev_i:], b[prev_j:], a0 + prev_i, b0 + prev_j, out, depth + 1)
    if tail:
        out.append(tail)


def _unique_anchors(a: list[str], b: list[str]) -> list[tuple[int, int]]:
    """Lines occurring once in ``a`` and once in ``b``, the longest run in the same order on both sides."""
    count_a: dict[str, int] = {}
    for line in a:
        count_a[line] = count_a.get(line, 0) + 1
    count_b: dict[str, int] = {}
    where_b: dict[str, int] = {}
    for j, line in enumerate(b):
        count_b[line] = count_b.get(line, 0) + 1
        where_b[line] = j
    pairs = [(i, where_b[line]) for i, line in enumerate(a) if count_a[line] == 1 and count_b.get(line) == 1]
    # longest increasing subsequence of the b positions (patience sorting), O(k log k)
    tails: list[int] = []
    tail_at: list[int] = []
    back: list[int] = [-1] * len(pairs)
    for k, (_, j) in enumerate(pairs):
        pos = bisect_left(tails, j)
        if pos == len(tails):
            tails.append(j)
            tail_at.append(k)
        else:
            tails[pos] = j
            tail_at[pos] = k
        back[k] = tail_at[pos - 1] if pos else -1
    chain: list[tuple[int, int]] = []
    k = tail_at[-1] if tail_at else -1
    while k != -1:
        chain.append(pairs[k])
        k = back[k]
    return chain[::-1]


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
        # the whole text is searched when it is of a report's size; a huge one only near the old place
        lo, hi = (0, len(new_text)) if len(new_text) <= _GLOBAL_SEARCH else line_map.window_for(first_line)
        hits: list[int] = []
        pos = new_text.find(quote, lo, hi)
        while pos != -1 and quote and len(hits) < 10_000:
            hits.append(pos)
            pos = new_text.find(quote, pos + 1, hi)
        most = _MAX_HITS if len(new_text) <= _GLOBAL_SEARCH else _MAX_HITS // 4
        if len(hits) > most:  # a common phrase: weigh only the occurrences nearest to where it was
            expected = line_map.expected_offset(ann.start, first_line)
            hits = sorted(sorted(hits, key=lambda h: abs(h - expected))[:most])
        if len(hits) == 1:
            placed.append(Placement(ann, hits[0], hits[0] + len(quote), "exact"))
            continue
        if hits:
            best = max(hits, key=lambda h: _context_score(old_text, new_text, ann.start, ann.end, h, h + len(quote)))
            placed.append(Placement(ann, best, best + len(quote), "context"))
            continue
        lo, hi = line_map.new_region_for(first_line)
        if hi - lo > _MAX_REGION:  # a long changed stretch: look near where the annotation was
            expected = line_map.expected_offset(ann.start, first_line)
            lo, hi = max(lo, expected - _MAX_REGION // 2), min(hi, max(lo, expected - _MAX_REGION // 2) + _MAX_REGION)
        found = _fuzzy(quote, new_text[lo:hi])
        if found and found[2] >= FUZZY_MIN and new_text[lo + found[0] : lo + found[1]].strip():
            placed.append(Placement(ann, lo + found[0], lo + found[1], "fuzzy"))
        else:
            unplaced.append(ann)
    return ReanchorResult(tuple(placed), tuple(unplaced))
