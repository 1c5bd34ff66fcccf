"""Finding the section tree of a report: the most consistent hierarchy over all heading candidates.

Written for the family of Chinese government work reports rather than for one file:

* ``outline_evidence`` lists heading candidates (numbered labels at a line start or after a sentence end in a
  report run together on one line, labels broken over two lines, bare numerals, short unnumbered lines), each
  with a local score: the evidence that it is a heading whatever the rest of the tree.
* The tree is chosen as a whole by a beam search over the candidates in document order. A hypothesis is the
  stack of open numbering styles (with the last number of each); each candidate is either not a heading or
  opens a section at one depth of that stack. Sequence is evidence, not a gate: continuing a run (三、 after
  二、) scores, a run starting at 1 scores, numbering carried on from the previous parent (5. under （二） after
  1.–4. under （一）) scores; a skipped or repeated number, a restart, a style nested in itself, a style out of
  its conventional order or moved to another depth costs. A lone ``一、`` is still a heading when its own
  evidence is good; a fragment line is not, whatever numbering surrounds it.
* Unnumbered headings are the style ``plain``: a series of them at one depth scores like a numbering run; the
  title of an embedded document (named in its 印发 notice) governs what follows it; a lead sentence (``…势头。``)
  holds no numbered heading standing on its own line; the one unnumbered line where a run skips a number is that
  number, its label lost; a plan's box (``专栏1``) stands beside the item before it and holds nothing.
* The work is bounded: ``BEAM`` hypotheses (one per distinct stack), a few depths per candidate, ``MAX_DEPTH``
  levels, so time grows linearly with the number of candidates.
* Section ``end`` is the start of the next heading at the same or a higher level (or the end of the text),
  trailing blanks excluded; ``level`` is the depth in the tree. The tree is built without recursion.
"""

from __future__ import annotations

import heapq

from models.ingest.outline_compact import mark_compact_lists
from models.ingest.outline_debris import skip_footnote_marks, trim_line_debris, without_debris, without_pictographs
from models.ingest.outline_evidence import find_candidates
from models.ingest.outline_lines import DOCUMENT_TITLE, FRONT_MATTER, PLAIN, PRIOR, Candidate, split_lines
from models.ingest.outline_lost import continues_run
from models.ingest.outline_marks import mark_places
from models.ingest.outline_numbered_score import opens_inside
from models.ingest.outline_plain_context import mark_parts
from models.ingest.outline_tree import sections
from models.types import Section

BEAM = 6
MAX_DEPTH = 8
MARGIN = 8.0  # a hypothesis this far behind the best is dropped (about four numbers in a row read otherwise)

CONTINUE = 2.0  # the next number of the open run
SKIP_ONE = 0.5  # one number skipped (a lost or merged item)
SKIP_TWO = -0.5  # two numbers skipped (an excerpt or a damaged copy lost the items between)
JUMP = -2.5
REPEAT = -1.3
RESTART_TOP = -1.0  # a top-level run starting again at 1 (a report in two numbered parts)
RESTART_INNER = -2.0  # an inner run starting again at 1 under the same parent
RESTART_AFTER_LEAD = -0.3  # the same after a lead-in colon (…应同时符合以下条件：): a second list in one article
BACKWARD = -3.0
START_AT_ONE = 1.0  # a new run (under a new parent) starting at 1
NUMBERED_ON = 0.8  # a new run carrying on the numbers of the previous parent's run
START_LATE = -2.0  # a new run starting past 1 (an excerpt cut in the middle, or noise)
START_LATE_FIRST = -0.6  # the first heading of a text starting past 1: an excerpt cut in the middle of a run
LATE_INSIDE = 0.3  # the same in a copy opening inside the body (prose from its first line): the cut is in sight
LATE_UNDER_LATE = START_LATE_FIRST - START_LATE  # a run past 1 under that heading: the same cut explains it
LATE_FIRST_CHILD = 0.4  # a run from 1 right under the text's first heading that started late: the copy was cut
MIXED_CONTINUE = 1.0  # a sibling of another style carrying on the number (1. 二、 三、)
STYLE_SWITCH = -0.5  # siblings in another style
SWITCH_DOWN = -2.0  # siblings switching to a style conventionally below: （一） after 二、
SWITCH_UP = -0.5  # siblings switching to a style conventionally above: 一、 after 3. (the items belonged under one)
SELF_NEST = -3.0  # a style nested inside itself (三、 一、 二、 四、)
PART_MISMATCH = -0.5  # a sibling of a part heading that names no part (or of a section that names one)
SELF_NEST_PART = -1.5  # a run starting at 1 right under a heading of its style naming a part (一、2023年工作总结 一、…)
CONVENTION = -1.0  # a style conventionally above its parent's (一、 under （一）)
LEVEL_MOVE = -0.4  # a style at another depth than where it was first used
AFTER_PLAIN = -0.5  # a numbered sibling right after an unnumbered heading: the numbering belongs under it
PLAIN_CONTINUE = 1.3
PLAIN_CHILD = -0.8  # one unnumbered subheading alone under a numbered heading is weak; a series is not
PLAIN_TOP = 0.3
PLAIN_OVER_NUMBERED = -0.9  # beside a numbered heading: an unnumbered line after one is its sub-head first
NAMED_OVER_NUMBERED = -0.3  # 名词解释, 附件1 after numbered sections: end matter at the top
PLAIN_UNDER_PLAIN = -0.5
BESIDE_PART = -1.0  # an unnumbered subheading beside an unnumbered part title (2013年工作回顾): it belongs under it
UNDER_PART = 0.5  # the same under it
BESIDE_DOCUMENT_TITLE = -1.0  # an unnumbered heading after an embedded document's title belongs under it
UNDER_MOVED_UP = -1.0  # an unnumbered line right under a heading line put beside it instead
EMPTY_HEAD = -1.5  # a run from 1 right under a heading line put beside it (or above): that heading left empty
LEAVES_RUN = -0.5  # a number carrying on an outer run of its style while an inner run of it waits for that number
DEEP = -0.3  # six levels or more
UNDER_FRONT_MATTER = -3.0  # a section under 前言 or 结束语, which hold none
LEAD_IN_BESIDE = -0.6  # a list a lead-in colon announces (…职能职责如下：⏎（一）…) put beside the heading above it
SIDEBAR_ELSEWHERE = -3.0  # a plan's box (专栏1) anywhere but beside the deepest open section
UNDER_LEAD = -2.0  # a numbered heading on a line of its own under a sentence or run-in heading, which hold none
UNDER_LISTED = -3.0  # a numbered heading under an item of a compact list (outline_compact), which holds none
BESIDE_LISTED = 0.5  # a list in another style beside such an item: announced by the prose the first list is in


# an open run: style, its last number, whether its heading names a part, whether it is a lead (a sentence heading,
# 1) or an item of a compact list (2)
Entry = tuple[str, int, bool, int]


class _Pick:
    """One accepted heading in a hypothesis, linked to the previous one (shared between hypotheses)."""

    __slots__ = ("cand", "depth", "prev")

    def __init__(self, cand: Candidate, depth: int, prev: _Pick | None) -> None:
        self.cand = cand
        self.depth = depth
        self.prev = prev


class _State:
    """A hypothesis: the open runs, what each style did last, its score and its accepted headings."""

    __slots__ = ("back", "score", "seen", "stack")

    def __init__(self, stack: tuple[Entry, ...], seen: dict[str, tuple[int, int]], score: float, back: _Pick | None):
        self.stack = stack
        self.seen = seen  # style -> (last number, depth where first used)
        self.score = score
        self.back = back


def build_outline(display_text: str, *, blanks: frozenset[int] = frozenset()) -> tuple[Section, ...]:
    """Find the section tree of a report.

    Args:
        display_text: the cleaned display text of one report.
        blanks: display offsets where cleaning took out a blank that stood for a line break
            (``text_views.blanks_taken_out``): a run-in title ends there.

    Returns:
        Top-level sections in document order, each with its children; offsets index ``display_text``.
    """
    text = without_pictographs(display_text)
    lines = without_debris(text, split_lines(text))
    inside = opens_inside(text, lines)
    cands = _without_overlaps(find_candidates(text, lines, blanks=blanks))
    trim_line_debris(text, cands)
    skip_footnote_marks(text, cands)
    mark_parts(text, cands)
    mark_places(text, cands)
    mark_compact_lists(text, cands)
    picks = _best_picks(cands, inside)
    return sections(text, picks)


def _without_overlaps(cands: list[Candidate]) -> list[Candidate]:
    """Drop a candidate starting inside the heading before it, unless that one has no evidence of its own
    (a doc store's chunk number whose title runs into the report's first heading)."""
    out: list[Candidate] = []
    for c in cands:
        if out and c.start < out[-1].heading_end:
            if out[-1].score >= 0 or c.score <= 0:
                continue
            out.pop()
        out.append(c)
    return out


def _best_picks(cands: list[Candidate], inside: bool = False) -> list[tuple[Candidate, int]]:
    """The accepted headings and their depths; ``inside``: the text opens inside a report's body (a cut copy)."""
    beam = [_State((), {}, 0.0, None)]
    # the copy's first numbered candidate, numbered past 1, when the copy opens inside the body
    late_first = next((c for c in cands if c.style != PLAIN), None) if inside else None
    late_first = late_first if late_first is not None and late_first.value > 1 else None
    for cand in cands:
        # options by resulting stack: (score, state it extends, depth, or -1 for "not a heading")
        best: dict[tuple[Entry, ...], tuple[float, _State, int]] = {}
        for st in beam:
            old = best.get(st.stack)
            if old is None or old[0] < st.score:
                best[st.stack] = (st.score, st, -1)
            own = next((k for k, e in enumerate(st.stack) if e[0] == cand.style), MAX_DEPTH)
            base = st.score + cand.score
            for depth in _depths(st.stack, cand.style, own):
                score = base + _transition(st.stack, st.seen, depth, cand, own < depth)
                score += _late_first_child(st, depth, cand)
                score += _empty_head(st, depth, cand)
                if cand is late_first and st.back is None:
                    score += LATE_INSIDE  # (二)… as a cut copy's first heading: its (一) went with the cut
                stack = (*st.stack[:depth], (cand.style, cand.value, cand.part, 2 if cand.listed else int(cand.lead)))
                old = best.get(stack)
                if old is None or old[0] < score:
                    best[stack] = (score, st, depth)
        kept = heapq.nlargest(BEAM, best.items(), key=lambda kv: kv[1][0]) if len(best) > BEAM else best.items()
        floor = max(option[0] for option in best.values()) - MARGIN
        beam = [_extend(stack, *option, cand) for stack, option in kept if option[0] >= floor]
    winner = max(beam, key=lambda s: s.score)
    picks: list[tuple[Candidate, int]] = []
    node = winner.back
    while node is not None:
        picks.append((node.cand, node.depth))
        node = node.prev
    picks.reverse()
    return picks


def _late_first_child(st: _State, depth: int, cand: Candidate) -> float:
    """A run from 1 opening right under the text's first heading when that one started late (二、… (一)…): a copy
    cut in the middle of the top run, its first heading a real one (it has children of its own); a run starting
    past 1 there (第二章 ⏎ 四、…) started late for the same cut."""
    first = st.back
    if depth != 1 or first is None or first.prev is not None or first.cand.value <= 1:
        return 0.0
    below = PRIOR.get(cand.style, 100) > PRIOR.get(first.cand.style, 100)
    if not below or first.cand.style == PLAIN:
        return 0.0
    if cand.value == 1:
        return LATE_FIRST_CHILD
    # 第二章 ⏎ 四、…: articles numbered on across chapters, the cut took 一、–三、 with 第一章: late for the same reason
    # (one numbered like its parent, 二、 ⏎ (二), is read as numbered on from it already)
    return LATE_UNDER_LATE if cand.value != first.cand.value else 0.0


def _empty_head(st: _State, depth: int, cand: Candidate) -> float:
    """A run starting at 1 right under a heading line with nothing between opens inside it: put beside it (or
    above), it would leave that heading an empty section (（二）主要工作职责 ⏎ （一）处理…, a duty list restarting
    its style)."""
    last = st.back
    if last is None or cand.follows is not last.cand or cand.value != 1 or cand.style == PLAIN:
        return 0.0
    return EMPTY_HEAD if depth <= last.depth else 0.0


def _depths(stack: tuple[Entry, ...], style: str, own: int) -> set[int]:
    """Where a candidate may open a section: at the top, under the top, beside the deepest open section, or
    beside an open section of its own style (a middle level taken by another style is left alone: bounded work).
    """
    n = len(stack)
    out = {0, min(1, n), max(n - 1, 0), n} if n < MAX_DEPTH else {0, min(1, n), n - 1}
    if own < n:
        out.add(own)
        out.update(k for k in range(own + 1, n) if stack[k][0] == style)
    return out


def _extend(stack: tuple[Entry, ...], score: float, st: _State, depth: int, cand: Candidate) -> _State:
    """The hypothesis ``st`` after ``cand``: unchanged (depth -1) or with ``cand`` opened at ``depth``."""
    if depth < 0:
        return st if st.score == score else _State(stack, st.seen, score, st.back)
    # an attachment (附件1) is a document of its own: its numbering styles nest afresh under it
    seen = {} if cand.named and cand.style == PLAIN else dict(st.seen)
    first = seen.get(cand.style)
    seen[cand.style] = (cand.value, depth if first is None else first[1])
    return _State(stack, seen, score, _Pick(cand, depth, st.back))


def _transition(
    stack: tuple[Entry, ...], seen: dict[str, tuple[int, int]], depth: int, c: Candidate, nested_in_itself: bool
) -> float:
    """Sequence evidence for opening ``c`` at ``depth`` of ``stack`` (its style open above that depth or not)."""
    sibling = stack[depth] if depth < len(stack) else None
    parent = stack[depth - 1] if depth > 0 else None
    style, value = c.style, c.value
    gain = DEEP if depth >= 5 else 0.0
    if parent is not None and parent[0] == PLAIN and parent[1] == FRONT_MATTER:
        gain += UNDER_FRONT_MATTER
    if parent is not None and parent[3] == 1 and c.alone and style != PLAIN:
        gain += UNDER_LEAD
    if parent is not None and parent[3] == 2 and style != PLAIN:
        gain += UNDER_LISTED
    if sibling is not None and sibling[3] == 2 and sibling[0] != style and style != PLAIN:
        gain += BESIDE_LISTED
    if c.sidebar:
        return gain + (0.0 if sibling is not None and depth == len(stack) - 1 else SIDEBAR_ELSEWHERE)
    if style == PLAIN:
        if c.fills_gap and sibling is not None and sibling[0] != PLAIN:
            return gain + CONTINUE
        if c.leftover and sibling is not None and continues_run(c, sibling[0]):
            return gain + CONTINUE  # 一、总体思路 … 、重点工作: the 二、 whose numeral a copy lost
        if c.annex_title and sibling is not None and sibling[0] == PLAIN:
            return gain + BESIDE_DOCUMENT_TITLE  # an attachment's own title stands under its 附件1 line
        if c.annex_title and parent is not None and parent[0] == PLAIN:
            return gain
        if sibling is not None and sibling[0] == PLAIN:
            # a second embedded document's title stands beside the first (one notice issuing three divisions)
            # (an attachment, 附件1, stands beside the document its notice issues, not inside it)
            beside = sibling[1] == DOCUMENT_TITLE and value != DOCUMENT_TITLE and not c.named
            # (a subheading beside an unnumbered part title, 2013年工作回顾 ⏎ …⏎ 综合实力再上新台阶, is its first child)
            # (a line over a run of its own is the next part only once the part beside it holds sub-heads; right
            # after the part's heading and paragraph it is the part's first sub-head: 过去五年工作回顾 ⏎ … ⏎
            # 五年来,我们…显著增强 ⏎ (一)…, 2173)
            opens_next = c.opens and (len(stack) > depth + 1 or not c.under)
            part_over = sibling[2] and not (c.part or opens_next) and sibling[1] != DOCUMENT_TITLE
            # (and one over a run of its own, after the sub-heads of a part: the next part, 加强…的主要举措 ⏎ ● …)
            part_over = part_over or (c.opens and not sibling[2] and parent is not None and parent[2])
            # (a subheading of the numbered section open below that sibling, put beside the sibling, closes it)
            if c.under and not c.part and any(e[0] != PLAIN for e in stack[depth + 1 :]):
                gain += UNDER_MOVED_UP
            return gain + (BESIDE_DOCUMENT_TITLE if beside else PLAIN_CONTINUE + (BESIDE_PART if part_over else 0.0))
        if depth == 0:
            over = NAMED_OVER_NUMBERED if c.named else PLAIN_OVER_NUMBERED
            gain += PLAIN_TOP if sibling is None else over + (UNDER_MOVED_UP if c.under else 0.0)
        elif sibling is not None:
            gain += PLAIN_OVER_NUMBERED + (UNDER_MOVED_UP if c.under else 0.0)
        elif parent is not None and parent[0] == PLAIN and parent[1] != DOCUMENT_TITLE:
            gain += UNDER_PART if parent[2] and not c.part else PLAIN_UNDER_PLAIN
        elif not c.under:
            gain += PLAIN_CHILD
        return gain
    if sibling is not None and sibling[0] == style:
        rank = PRIOR.get(style, 100)
        if any(PRIOR.get(e[0], 100) < rank for e in stack[depth + 1 :]):
            gain += CONVENTION  # carrying on past a section in a style conventionally above it (1、 … 一、 … 2、)
        if sibling[2] != c.part:
            gain += PART_MISMATCH
        if any(e[0] == style and e[1] + 1 == value for e in stack[depth + 1 :]):
            gain += LEAVES_RUN  # (三) after a nested (一)(二) of its style: it goes on with the nearer run
        if value == 1 and depth > 0 and c.lead_in and sibling[1] > 1:
            return gain + RESTART_AFTER_LEAD
        return gain + _continuation(sibling[1], value, depth)
    if nested_in_itself:
        under_part = parent is not None and parent[0] == style and parent[2] and value == 1
        gain += SELF_NEST_PART if under_part else SELF_NEST
    else:
        first = seen.get(style)
        if first is not None and first[1] != depth:
            gain += LEVEL_MOVE
    if parent is not None and parent[0] != PLAIN and PRIOR.get(style, 100) < PRIOR.get(parent[0], 100):
        gain += 0.0 if parent[2] else CONVENTION
    last = seen.get(style)
    if sibling is not None and sibling[0] == PLAIN and sibling[1] == FRONT_MATTER:
        if last is not None and last[1] == depth and value == last[0] + 1:
            return gain + CONTINUE  # 3﹒ after the box (专栏1) that followed 2﹒: the run goes on past it
        # 第一章 after 前言: the numbering starts beside it
    elif sibling is not None and sibling[0] == PLAIN:
        if value == 2 and last is None and sibling[1] == 1:
            return gain + START_AT_ONE  # the unnumbered subheading before is the first item, its label lost
        if last is not None and last[1] == depth and value == last[0] + 2:
            return gain + CONTINUE  # 一、 … <unnumbered> … 三、: the unnumbered heading between is 二、, its label lost
        gain += AFTER_PLAIN
    elif sibling is not None:
        if c.lead_in and depth == len(stack) - 1:
            gain += LEAD_IN_BESIDE
        if PRIOR.get(style, 100) > PRIOR.get(sibling[0], 100):
            gain += SWITCH_DOWN
        elif PRIOR.get(style, 100) < PRIOR.get(sibling[0], 100):
            gain += SWITCH_UP
        if value == sibling[1] + 1 and not nested_in_itself:
            return gain + MIXED_CONTINUE + STYLE_SWITCH
        gain += STYLE_SWITCH
    if value == 1:
        return gain + START_AT_ONE
    if last is not None and value == last[0] + 1:
        return gain + NUMBERED_ON
    if c.cut_end:
        return gain  # (a heading the excerpt's end cut: the numbers before it went with the cut)
    if not stack and not seen:
        return gain + START_LATE_FIRST
    if last is None and parent is not None and parent[1] == value and PRIOR.get(style, 100) > PRIOR.get(parent[0], 100):
        return gain + START_LATE_FIRST  # 二、… ⏎ (二)…: a run numbered on from its parent's, its first items cut
    return gain + START_LATE


def _continuation(last: int, value: int, depth: int) -> float:
    diff = value - last
    if diff == 1:
        return CONTINUE
    if diff == 2:
        return SKIP_ONE
    if diff == 3:
        return SKIP_TWO
    if diff > 3:
        return JUMP
    if diff == 0:
        return REPEAT
    if value == 1:
        return RESTART_TOP if depth == 0 else RESTART_INNER
    return BACKWARD
