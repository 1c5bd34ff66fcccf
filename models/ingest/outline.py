"""Finding the section tree (headings at every common numbering level) in display text.

Rules, written for the family of Chinese government work reports rather than for one file:

* A heading starts a line (after blanks). Its numbering style (``一、``, ``(一)``/``（一）``, ``1.``/``1、``/``1．``,
  ``(1)``, ``1)``, ``①``, ``第一部分``/``第一章``/``第一节``, ``第一，``) decides its rank: the first style seen is
  rank 1, a new style seen inside an open heading ranks below it, and a style seen again returns to its rank.
  A new style is placed among deeper styles already seen elsewhere by convention (``（一）`` above ``1.``).
* Numbering runs in sequence under each parent: a heading is accepted only if it continues its style's
  sequence under the same parent or starts one at 1. A style whose numbering never reaches 2 is ignored.
  When a style restarted at 1 under a parent and the earlier run then continues (``三、`` ``一、`` ``二、``
  ``四、``), the restarted run is nested under the earlier run's last heading.
* The title runs to the first sentence end (。！？；) or lead-in colon, else to the end of the line (to the
  first comma if that line is over 100 characters), so headings that run into their paragraph are cut at
  their first sentence.
* Unnumbered short standalone lines are top-level headings when the document has no numbered headings, or
  when their wording (``…情况``, ``…问题``, ``…打算``) or a numbering restarting at 1 right after them marks
  them. The title block, metadata lines, signature and date never qualify: a heading needs body text both
  before and after it. One whose removal lets a numbering continue (``三、`` … line … ``四、``) is dropped.
* Section ``end`` is the start of the next heading of the same or higher rank (or the end of the text), with
  trailing whitespace excluded; ``level`` is the depth in the tree.
"""

from __future__ import annotations

from collections.abc import Iterable

from models.ingest.outline_lines import (
    PRIOR,
    Candidate,
    Line,
    has_sentence_end,
    is_body,
    is_plain_shape,
    match_label,
    plain_looks_like_heading,
    split_lines,
)
from models.types import Section

_PLAIN_RANK = 0.5  # unnumbered headings are always top level
_MAX_RERUNS = 8


class _Node:
    """A heading being placed in the tree (mutable while the text is walked)."""

    __slots__ = ("before", "cand", "children", "end", "last_value", "rank")

    def __init__(self, cand: Candidate | None, rank: float, before: list[_Node] | None = None) -> None:
        self.cand = cand
        self.rank = rank
        self.children: list[_Node] = []
        self.last_value: dict[str, int] = {}  # last number of each style among the children
        self.end = 0
        self.before = before  # for unnumbered headings: the open chain they closed


def build_outline(display_text: str) -> tuple[Section, ...]:
    """Find the section tree of a report.

    Args:
        display_text: the cleaned display text of one report.

    Returns:
        Top-level sections in document order, each with its children; offsets index ``display_text``.
    """
    text = display_text
    lines = split_lines(text)
    numbered: dict[int, Candidate] = {}
    for i, line in enumerate(lines):
        cand = match_label(text, i, line)
        if cand is not None:
            numbered[i] = cand
    confirmed = _confirmed_styles(numbered.values())
    numbered = {i: c for i, c in numbered.items() if c.style in confirmed}

    ordered = sorted(numbered.values(), key=lambda c: c.start)
    plain = _plain_candidates(text, lines, ordered)
    dropped: set[int] = set()
    for _ in range(_MAX_RERUNS):
        cands = ordered
        if plain:
            cands = sorted([*ordered, *(p for p in plain if p.line not in dropped)], key=lambda c: c.start)
        spurious: set[int] = set()
        root = _run(text, cands, spurious)
        if not spurious:
            break
        dropped |= spurious
    return tuple(_freeze(child, 1, text) for child in root.children)


def _confirmed_styles(cands: Iterable[Candidate]) -> set[str]:
    """Styles whose numbering reaches 2 after a 1 somewhere in the document."""
    seen_one: set[str] = set()
    confirmed: set[str] = set()
    for c in cands:
        if c.value == 1:
            seen_one.add(c.style)
        elif c.value == 2 and c.style in seen_one:
            confirmed.add(c.style)
    return confirmed


def _plain_candidates(text: str, lines: list[Line], numbered: list[Candidate]) -> list[Candidate]:
    """Unnumbered heading candidates: short standalone lines with body text before and after.

    With no numbered headings every such line qualifies; otherwise only those whose wording marks them or
    that are followed by a numbering of the top style restarting at 1.
    """
    # The first heading numbered 1 always opens the tree, so its style is the top numbered style.
    first = next((c for c in numbered if c.value == 1), None)
    by_line = {c.line: c for c in numbered}
    out: list[Candidate] = []
    body_seen = False
    last = len(lines) - 1
    for i, line in enumerate(lines):
        if i in by_line or is_body(text, line):
            body_seen = body_seen or i in by_line or has_sentence_end(text, line)
            continue
        if not body_seen or i >= last or not is_plain_shape(text, line):
            continue
        nxt = by_line.get(i + 1)
        if nxt is None and not is_body(text, lines[i + 1]):
            continue
        restart = first is not None and nxt is not None and nxt.value == 1 and nxt.style == first.style
        if first is None or restart or plain_looks_like_heading(text, line):
            out.append(Candidate(i, "plain", 0, line.start, line.start, line.start, line.end))
    return out


def _rank_for_new_style(style: str, parent: _Node, ranks: dict[str, float]) -> float:
    """Rank of a style first seen inside ``parent``: below it, placed by convention among deeper styles."""
    deeper = sorted((r, s) for s, r in ranks.items() if r > parent.rank)
    if not deeper:
        return max([parent.rank, *ranks.values()]) + 1
    prior = PRIOR.get(style, 100)
    lower = parent.rank
    for r, s in deeper:
        if PRIOR.get(s, 100) > prior:
            return (lower + r) / 2
        lower = r
    return deeper[-1][0] + 1


def _accepts(stack: list[_Node], cand: Candidate, rank: float) -> int | None:
    """Index in ``stack`` of the parent under which ``cand`` continues or starts its numbering, or None."""
    i = len(stack) - 1
    while stack[i].rank >= rank:
        i -= 1
    last = stack[i].last_value.get(cand.style)
    if cand.value == 1 or (last is not None and cand.value == last + 1):
        return i
    return None


def _adopt_restarted_run(stack: list[_Node], cand: Candidate, rank: float, text: str) -> int | None:
    """Continue a numbering interrupted by a run of the same style restarted at 1, nesting that run.

    Sloppy reports reuse a style one level down (``三、`` ``一、`` ``二、`` ``四、``): when ``cand`` continues an
    earlier run under the same parent, the restarted run in between becomes the children of the earlier run's
    last heading. Returns the parent's index in ``stack``, or None when there is no such earlier run.
    """
    i = len(stack) - 1
    while stack[i].rank >= rank:
        i -= 1
    siblings = stack[i].children
    restarted = False
    for k in range(len(siblings) - 1, -1, -1):
        sib = siblings[k]
        if sib.cand is None or sib.cand.style == "plain":
            return None
        if sib.cand.style != cand.style:
            continue
        if sib.cand.value == cand.value - 1 and restarted:
            for node in reversed(stack[i + 1 :]):
                _close(node, cand.start, text)
            del stack[i + 1 :]
            moved = siblings[k + 1 :]
            del siblings[k + 1 :]
            sib.children.extend(moved)
            for node in moved:
                if node.cand is not None:
                    sib.last_value[node.cand.style] = node.cand.value
            _close(sib, cand.start, text)
            return i
        if sib.cand.value == 1:
            restarted = True
    return None


def _close(node: _Node, boundary: int, text: str) -> None:
    end = boundary
    floor = node.cand.heading_end if node.cand is not None else 0
    while end > floor and text[end - 1].isspace():
        end -= 1
    node.end = end


def _run(text: str, cands: list[Candidate], spurious: set[int] | None = None) -> _Node:
    """Build the tree from candidates in document order, keeping those whose numbering runs in sequence."""
    root = _Node(None, 0.0)
    stack = [root]
    ranks: dict[str, float] = {}
    for cand in cands:
        if cand.style == "plain":
            before = list(stack)
            for node in reversed(stack[1:]):
                _close(node, cand.start, text)
            stack = [root]
            node = _Node(cand, _PLAIN_RANK, before=before)
            root.children.append(node)
            stack.append(node)
            continue
        rank = ranks.get(cand.style)
        if rank is None:
            if cand.value != 1:
                continue
            parent_index = len(stack) - 1
            rank = _rank_for_new_style(cand.style, stack[parent_index], ranks)
            ranks[cand.style] = rank
        else:
            found = _accepts(stack, cand, rank)
            if found is None:
                adopted = _adopt_restarted_run(stack, cand, rank, text)
                if adopted is None:
                    if spurious is not None:
                        _note_spurious(stack, cand, rank, spurious)
                    continue
                found = adopted
            parent_index = found
        for node in reversed(stack[parent_index + 1 :]):
            _close(node, cand.start, text)
        del stack[parent_index + 1 :]
        parent = stack[parent_index]
        node = _Node(cand, rank)
        parent.children.append(node)
        parent.last_value[cand.style] = cand.value
        stack.append(node)
    for node in reversed(stack[1:]):
        _close(node, len(text), text)
    return root


def _note_spurious(stack: list[_Node], cand: Candidate, rank: float, spurious: set[int]) -> None:
    """Record the open unnumbered heading if the rejected ``cand`` would continue a top numbering without it."""
    if len(stack) < 2 or stack[1].cand is None or stack[1].cand.style != "plain" or stack[1].before is None:
        return
    # A top-level numbering running on across the line (三、 … line … 四、) unmasks it, and so does a lower
    # numbering when nothing was numbered under the line yet ((一) … line … (二)).
    found = _accepts(stack[1].before, cand, rank)
    if found == 0 or (found is not None and not stack[1].children):
        spurious.add(stack[1].cand.line)


def _freeze(node: _Node, level: int, text: str) -> Section:
    cand = node.cand
    assert cand is not None
    return Section(
        level=level,
        label=text[cand.start : cand.label_end],
        title=text[cand.title_start : cand.heading_end],
        start=cand.start,
        end=node.end,
        heading_end=cand.heading_end,
        children=tuple(_freeze(child, level + 1, text) for child in node.children),
    )
