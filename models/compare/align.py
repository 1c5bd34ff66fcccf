"""Aligning the sections of two documents by what they are about (TF-IDF cosine plus indicator bonus)."""

from __future__ import annotations

import math
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from operator import add, mul

from models.compare.roles import title_subject_terms
from models.compare.tokens import bigram_terms, domain_counts, domain_hits, domain_terms, word_terms
from models.section_roles import section_role
from models.types import Section

TITLE_WEIGHT = 3.0
DOMAIN_WEIGHT = 2.0
CONTEXT_WEIGHT = 2.0  # ancestors' title domain words, given to each sub-section
TOP_TERMS = 48  # terms kept per section vector: bounds the pairwise work on long reports
CANDIDATES = 12  # best partners per section (by each cosine) kept for the matching
INDICATOR_BONUS = 0.08  # per indicator name both sections report
INDICATOR_BONUS_MAX = 0.24
PARENT_BONUS = 0.05  # sub-sections whose parents were aligned
TITLE_SHARE = 0.35  # part of the score given by the titles alone
KIND_PENALTY = 0.5  # factor for a summary section against a problem or plan section
DEFAULT_THRESHOLD = 0.15
ROLE_WEIGHT = 2.0  # a heading that says it reviews (plans, lists problems) meets the other report's such heading


@dataclass(frozen=True)
class SectionPair:
    """Two sections taken to be about the same thing, with the alignment score."""

    left: Section
    right: Section
    score: float


@dataclass(frozen=True)
class Alignment:
    """The one-to-one section alignment of two documents."""

    pairs: tuple[SectionPair, ...]
    left_only: tuple[Section, ...]
    right_only: tuple[Section, ...]

    def match_of(self, section: Section, *, side: str = "left") -> Section | None:
        """The section aligned with ``section`` (given from ``side``), if any."""
        for p in self.pairs:
            if side == "left" and p.left.start == section.start and p.left.end == section.end:
                return p.right
            if side == "right" and p.right.start == section.start and p.right.end == section.end:
                return p.left
        return None

    def partner_at(self, offset: int, *, side: str = "left") -> SectionPair | None:
        """The pair of the innermost aligned section containing ``offset`` on ``side``.

        Used for clicking a section and for synchronised scrolling: the other pane shows
        the partner of whatever aligned section the offset is in (None when none is).
        """
        containing = [p for p in self.pairs if _side(p, side).start <= offset < _side(p, side).end]
        return min(containing, key=lambda p: _side(p, side).end - _side(p, side).start, default=None)


def _side(pair: SectionPair, side: str) -> Section:
    return pair.left if side == "left" else pair.right


@dataclass
class _Node:
    section: Section
    depth: int
    parent: int | None
    kind: str
    terms: dict[str, float] = field(default_factory=dict)
    extra: frozenset[str] = frozenset()  # terms other than body bigrams (titles, domain words, topics)
    title_terms: dict[str, float] = field(default_factory=dict)
    vector: dict[str, float] = field(default_factory=dict)
    title_vector: dict[str, float] = field(default_factory=dict)


def _nodes(text: str, sections: Sequence[Section]) -> list[_Node]:
    """Flatten a section forest with each section's weighted term counts (its whole span)."""
    nodes: list[_Node] = []
    hit_pos, hit_words = domain_hits(text)

    def visit(s: Section, depth: int, parent: int | None, context: dict[str, float]) -> None:
        title = s.title or text[s.start : s.heading_end]
        kind, said = section_role(title)
        if parent is not None and not said:
            kind = nodes[parent].kind
        node = _Node(s, depth, parent, kind)
        nodes.append(node)
        title_domain = domain_terms(title)
        # Titles are compared alone through domain words and topics, the bigrams of their subject (period
        # words and generic heading words such as 推动, 发展 left out) and the part they say they open.
        node.title_terms = dict(title_domain)
        node.title_terms.update(title_subject_terms(title))
        if said:
            node.title_terms["r:" + kind] = ROLE_WEIGHT
        body = text[max(s.heading_end, s.start) : s.end]
        terms: dict[str, float] = dict(bigram_terms(body))
        lo, hi = bisect_left(hit_pos, max(s.heading_end, s.start)), bisect_left(hit_pos, s.end)
        extra: dict[str, float] = {}
        for w, n in domain_counts(hit_words[lo:hi]).items():
            extra[w] = extra.get(w, 0.0) + n * DOMAIN_WEIGHT
        for w, n in title_domain.items():
            extra[w] = extra.get(w, 0.0) + n * TITLE_WEIGHT
        for w, n in word_terms(title).items():
            extra["t:" + w] = extra.get("t:" + w, 0.0) + n * TITLE_WEIGHT
        for term, tw in node.title_terms.items():
            if term[:2] in ("h:", "r:"):  # known to the IDF through the section's terms
                extra[term] = extra.get(term, 0.0) + tw
        # A sub-section of 存在的问题 or of 2021年工作计划 is about problems or plans too.
        for w, weight in context.items():
            extra[w] = extra.get(w, 0.0) + weight
        terms.update(extra)  # the keys never clash: bigrams are two CJK characters, the rest are marked
        node.terms = terms
        node.extra = frozenset(extra)
        inherited = dict(context)
        for w, n in title_domain.items():
            inherited[w] = inherited.get(w, 0.0) + n * CONTEXT_WEIGHT
        idx = len(nodes) - 1
        for child in s.children:
            visit(child, depth + 1, idx, inherited)

    for s in sections:
        visit(s, 0, None, {})
    return nodes


def _vectorise(left: list[_Node], right: list[_Node]) -> None:
    """Sublinear TF-IDF over all sections of both documents, top terms kept.

    Only terms found in both documents enter the vectors: a term one document never
    uses cannot make two sections alike. The vectors are shrunk by the share of the
    section's weight those terms carry (see ``_tfidf``).
    """
    left_terms: set[str] = set()
    right_terms: set[str] = set()
    for n in left:
        left_terms.update(n.terms)
    for n in right:
        right_terms.update(n.terms)
    shared = left_terms & right_terms
    df: Counter[str] = Counter()
    for n in left + right:
        df.update(shared.intersection(n.terms))
    total = len(left) + len(right)
    idf = {t: math.log((1 + total) / (1 + c)) + 1.0 for t, c in df.items()}
    idf_unshared = math.log((1 + total) / 2) + 1.0
    for n in left + right:
        n.vector = _tfidf(n.terms, idf, idf_unshared, n.extra)
        n.title_vector = _tfidf(n.title_terms, idf, idf_unshared, frozenset(n.title_terms))


def _tfidf(
    terms: Mapping[str, float], idf: Mapping[str, float], idf_unshared: float, extra: frozenset[str]
) -> dict[str, float]:
    """Unit vector over shared terms, shrunk by how much of the section's weight they carry.

    Without the shrink a section sharing one word with the other document would have a
    vector of that word alone and a cosine of 1 with any section using it.
    """
    log = math.log
    present = list(idf.keys() & terms.keys())
    idfs = list(map(idf.__getitem__, present))
    # (1 + log tf) * idf, computed with C-level maps: parents carry thousands of terms.
    weights = dict(zip(present, map(add, idfs, map(mul, map(log, map(terms.__getitem__, present)), idfs)), strict=True))
    # Unshared bigrams are counted at tf 1 (cheap, and close: most occur once or twice);
    # the few weighted terms (titles, domain words) exactly.
    extra_unshared = [t for t in extra if t not in weights]
    unshared = (len(terms) - len(present) - len(extra_unshared)) * idf_unshared * idf_unshared
    unshared += sum(((1.0 + log(terms[t])) * idf_unshared) ** 2 for t in extra_unshared if terms[t] >= 1)
    # ties broken by the term itself: set order varies between runs (hash seed), the result must not
    top = [(t, weights[t]) for t in sorted(weights, key=lambda t: (-weights[t], t))[:TOP_TERMS]]
    norm_shared = math.sqrt(sum(w * w for _, w in top))
    if norm_shared == 0.0:
        return {}
    coverage = norm_shared / math.sqrt(norm_shared**2 + unshared)
    scale = math.sqrt(coverage) / norm_shared
    return {t: w * scale for t, w in top}


def _cosines(left: list[dict[str, float]], right: list[dict[str, float]]) -> dict[tuple[int, int], float]:
    """Cosines of each left vector with its best right partners (inverted index, top CANDIDATES)."""
    index: dict[str, list[tuple[int, float]]] = {}
    for j, vec in enumerate(right):
        for t, w in vec.items():
            index.setdefault(t, []).append((j, w))
    out: dict[tuple[int, int], float] = {}
    best_of_right: dict[int, tuple[float, int]] = {}
    for i, vec in enumerate(left):
        acc: dict[int, float] = {}
        get = acc.get
        for t, w in vec.items():
            for j, v in index.get(t, ()):
                acc[j] = get(j, 0.0) + w * v
        for j in sorted(acc, key=acc.__getitem__, reverse=True)[:CANDIDATES]:
            out[(i, j)] = acc[j]
        for j, s in acc.items():
            if s > best_of_right.get(j, (0.0, -1))[0]:
                best_of_right[j] = (s, i)
    for j, (s, i) in best_of_right.items():
        out[(i, j)] = s
    return out


def align_sections(
    left_text: str,
    left_sections: Sequence[Section],
    right_text: str,
    right_sections: Sequence[Section],
    *,
    left_indicators: Mapping[int, Iterable[str]] | None = None,
    right_indicators: Mapping[int, Iterable[str]] | None = None,
    threshold: float = DEFAULT_THRESHOLD,
) -> Alignment:
    """Align two section forests one-to-one.

    Top-level sections are matched among top-level sections and sub-sections among
    sub-sections (at any depth, under any parent). Pairs are chosen greedily by score;
    pairs below ``threshold`` are not made and their sections are listed as unmatched.

    Args:
        left_text, right_text: display texts the section offsets point into.
        left_sections, right_sections: the documents' section forests.
        left_indicators, right_indicators: indicator keys found at display offsets
            (offset -> keys); a section's indicators are those inside its span.
        threshold: lowest score accepted as an alignment.
    """
    lnodes = _nodes(left_text, left_sections)
    rnodes = _nodes(right_text, right_sections)
    _vectorise(lnodes, rnodes)
    cos: dict[tuple[int, int], float] = {}
    tcos: dict[tuple[int, int], float] = {}
    for top_level in (True, False):
        # Only sections of the same group (top-level or not) are ever paired.
        li = [i for i, n in enumerate(lnodes) if (n.depth == 0) == top_level]
        rj = [j for j, n in enumerate(rnodes) if (n.depth == 0) == top_level]
        for (a, b), v in _cosines([lnodes[i].vector for i in li], [rnodes[j].vector for j in rj]).items():
            cos[(li[a], rj[b])] = v
        for (a, b), v in _cosines([lnodes[i].title_vector for i in li], [rnodes[j].title_vector for j in rj]).items():
            tcos[(li[a], rj[b])] = v
    lind = _section_indicators(lnodes, left_indicators or {})
    rind = _section_indicators(rnodes, right_indicators or {})

    candidates = set(cos) | set(tcos)

    def score(i: int, j: int) -> float:
        s = (1 - TITLE_SHARE) * _cos(cos, lnodes[i].vector, rnodes[j].vector, i, j)
        s += TITLE_SHARE * _cos(tcos, lnodes[i].title_vector, rnodes[j].title_vector, i, j)
        if lnodes[i].kind != rnodes[j].kind:
            s *= KIND_PENALTY
        shared = len(lind[i] & rind[j])
        return s + min(INDICATOR_BONUS * shared, INDICATOR_BONUS_MAX)

    chosen: dict[int, int] = {}
    scores: dict[int, float] = {}
    for top_level in (True, False):
        cands: list[tuple[float, int, int]] = []
        for i, j in candidates:
            if (lnodes[i].depth == 0) != top_level or (rnodes[j].depth == 0) != top_level:
                continue
            s = score(i, j)
            lp, rp = lnodes[i].parent, rnodes[j].parent
            if lp is not None and rp is not None and chosen.get(lp) == rp:
                s += PARENT_BONUS
            if s >= threshold:
                cands.append((s, i, j))
        cands.sort(key=lambda c: (-c[0], c[1], c[2]))
        used: set[int] = set()
        for s, i, j in cands:
            if i not in chosen and j not in used:
                chosen[i] = j
                scores[i] = s
                used.add(j)
    matched_right = set(chosen.values())
    pairs = tuple(
        SectionPair(lnodes[i].section, rnodes[j].section, round(min(scores[i], 1.0), 4))
        for i, j in sorted(chosen.items())
    )
    return Alignment(
        pairs=pairs,
        left_only=tuple(n.section for i, n in enumerate(lnodes) if i not in chosen),
        right_only=tuple(n.section for j, n in enumerate(rnodes) if j not in matched_right),
    )


def _cos(known: Mapping[tuple[int, int], float], a: dict[str, float], b: dict[str, float], i: int, j: int) -> float:
    s = known.get((i, j))
    if s is not None:
        return s
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(t, 0.0) for t, w in a.items())


def _section_indicators(nodes: list[_Node], found: Mapping[int, Iterable[str]]) -> list[set[str]]:
    """Indicator keys inside each section's span (bisect over the sorted offsets)."""
    offsets = sorted(found)
    out: list[set[str]] = []
    for n in nodes:
        keys: set[str] = set()
        lo, hi = bisect_left(offsets, n.section.start), bisect_left(offsets, n.section.end)
        for off in offsets[lo:hi]:
            keys.update(found[off])
        out.append(keys)
    return out
