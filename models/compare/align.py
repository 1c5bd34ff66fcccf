"""Aligning the sections of two documents by what they are about (TF-IDF cosine plus indicator bonus)."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from models.compare.tokens import bigram_terms, domain_terms, section_kind, word_terms
from models.types import Section

TITLE_WEIGHT = 3.0
DOMAIN_WEIGHT = 2.0
CONTEXT_WEIGHT = 2.0  # ancestors' title domain words, given to each sub-section
TOP_TERMS = 80  # terms kept per section vector: bounds the pairwise work on long reports
INDICATOR_BONUS = 0.08  # per indicator name both sections report
INDICATOR_BONUS_MAX = 0.24
PARENT_BONUS = 0.05  # sub-sections whose parents were aligned
TITLE_SHARE = 0.35  # part of the score given by the titles alone
KIND_PENALTY = 0.5  # factor for a summary section against a problem or plan section
DEFAULT_THRESHOLD = 0.12


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
            if side == "left" and p.left == section:
                return p.right
            if side == "right" and p.right == section:
                return p.left
        return None


@dataclass
class _Node:
    section: Section
    depth: int
    parent: int | None
    terms: Counter[str]
    vector: dict[str, float]
    kind: str = "summary"
    title_terms: Counter[str] | None = None
    title_vector: dict[str, float] | None = None


def _nodes(text: str, sections: Sequence[Section]) -> list[_Node]:
    """Flatten a section forest with each section's raw term counts (own text plus children)."""
    nodes: list[_Node] = []

    def visit(s: Section, depth: int, parent: int | None, context: Counter[str]) -> Counter[str]:
        idx = len(nodes)
        title = s.title or text[s.start : s.heading_end]
        kind = section_kind(title) if parent is None else nodes[parent].kind
        if parent is not None and kind == "summary":
            kind = section_kind(title)
        node = _Node(s, depth, parent, Counter(), {}, kind)
        nodes.append(node)
        title_domain = domain_terms(title)
        # Titles compared alone only through domain words and topics: generic heading
        # words (推动, 创新, 发展) would pair unrelated headings.
        node.title_terms = title_domain
        terms: Counter[str] = Counter({w: n * TITLE_WEIGHT for w, n in title_domain.items()})
        for w, n in word_terms(title).items():
            terms["t:" + w] += n * TITLE_WEIGHT
        # A sub-section of 存在的问题 or of 2021年工作计划 is about problems or plans too.
        inherited = context + Counter({w: n * CONTEXT_WEIGHT for w, n in title_domain.items()})
        pos = max(s.heading_end, s.start)
        for child in s.children:
            terms.update(_body_terms(text[pos : child.start]))
            terms.update(visit(child, depth + 1, idx, inherited))
            pos = max(pos, child.end)
        terms.update(_body_terms(text[pos : s.end]))
        node.terms = terms + context
        return terms

    for s in sections:
        visit(s, 0, None, Counter())
    return nodes


def _body_terms(segment: str) -> Counter[str]:
    if not segment.strip():
        return Counter()
    c = bigram_terms(segment)
    for w, n in domain_terms(segment).items():
        c[w] += n * DOMAIN_WEIGHT
    return c


def _vectorise(left: list[_Node], right: list[_Node]) -> None:
    """Sublinear TF-IDF over all sections of both documents, L2-normalised, top terms kept.

    Only terms found in both documents are kept: a term one document never uses cannot
    make two sections alike, it only dilutes the cosine.
    """
    df: Counter[str] = Counter()
    left_terms: set[str] = set()
    right_terms: set[str] = set()
    for n in left:
        left_terms.update(n.terms.keys())
    for n in right:
        right_terms.update(n.terms.keys())
    shared = left_terms & right_terms
    nodes = left + right
    for n in nodes:
        df.update(t for t in n.terms if t in shared)
    total = len(nodes)
    for n in nodes:
        n.vector = _tfidf(n.terms, shared, df, total, TOP_TERMS)
        n.title_vector = _tfidf(n.title_terms or Counter(), shared, df, total, TOP_TERMS)


def _tfidf(terms: Counter[str], shared: set[str], df: Counter[str], total: int, top_n: int) -> dict[str, float]:
    """Unit vector over shared terms, shrunk by how much of the section's weight they carry.

    Without the shrink a section sharing one word with the other document would have a
    vector of that word alone and a cosine of 1 with any section using it.
    """
    weights: dict[str, float] = {}
    unshared = 0.0
    for t, c in terms.items():
        if c < 1:
            continue
        w = (1.0 + math.log(c)) * (math.log((1 + total) / (1 + max(df[t], 1))) + 1.0)
        if t in shared:
            weights[t] = w
        else:
            unshared += w * w
    top = sorted(weights.items(), key=lambda kv: -kv[1])[:top_n]
    norm_shared = math.sqrt(sum(w * w for _, w in top))
    if norm_shared == 0.0:
        return {}
    coverage = norm_shared / math.sqrt(norm_shared**2 + unshared)
    scale = math.sqrt(coverage) / norm_shared
    return {t: w * scale for t, w in top}


def _cosines(left: list[dict[str, float]], right: list[dict[str, float]]) -> dict[tuple[int, int], float]:
    """Cosine of every left/right pair of vectors sharing a term, through an inverted index."""
    index: dict[str, list[tuple[int, float]]] = {}
    for j, vec in enumerate(right):
        for t, w in vec.items():
            index.setdefault(t, []).append((j, w))
    out: dict[tuple[int, int], float] = {}
    for i, vec in enumerate(left):
        acc: dict[int, float] = {}
        for t, w in vec.items():
            for j, v in index.get(t, ()):
                acc[j] = acc.get(j, 0.0) + w * v
        for j, s in acc.items():
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
    cos = _cosines([n.vector for n in lnodes], [n.vector for n in rnodes])
    tcos = _cosines([n.title_vector or {} for n in lnodes], [n.title_vector or {} for n in rnodes])
    lind = _section_indicators(lnodes, left_indicators or {})
    rind = _section_indicators(rnodes, right_indicators or {})

    def score(i: int, j: int) -> float:
        s = (1 - TITLE_SHARE) * cos.get((i, j), 0.0) + TITLE_SHARE * tcos.get((i, j), 0.0)
        if lnodes[i].kind != rnodes[j].kind:
            s *= KIND_PENALTY
        shared = len(lind[i] & rind[j])
        return s + min(INDICATOR_BONUS * shared, INDICATOR_BONUS_MAX)

    chosen: dict[int, int] = {}
    scores: dict[int, float] = {}
    for top_level in (True, False):
        li = [i for i, n in enumerate(lnodes) if (n.depth == 0) == top_level]
        rj = [j for j, n in enumerate(rnodes) if (n.depth == 0) == top_level]
        cands: list[tuple[float, int, int]] = []
        for i in li:
            for j in rj:
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


def _section_indicators(nodes: list[_Node], found: Mapping[int, Iterable[str]]) -> list[set[str]]:
    items = sorted((off, tuple(keys)) for off, keys in found.items())
    out: list[set[str]] = []
    for n in nodes:
        keys: set[str] = set()
        for off, ks in items:
            if n.section.start <= off < n.section.end:
                keys.update(ks)
        out.append(keys)
    return out
