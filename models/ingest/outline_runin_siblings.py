"""Run-in titles cut as their siblings are: one numbering run written in one shape throughout.

A report whose section titles are each a theme and a phrase run straight into the paragraph (二、融合发展,完善党建
引领下的社会治理体系不断深化…) writes every sibling so; where the words after one sibling's title open its paragraph
plainly (不断深化…) the cut is found on its own evidence (``outline_runin_cut``). A sibling whose paragraph opens with
words no list names (…社区防疫关口认清常态化防控新形势,…; …机制联动成效党建引领,…) is cut the same way: where its
title of the same shape ends on the noun naming what the section builds, before the paragraph's first comma.
"""

from __future__ import annotations

from models.ingest.outline_lines import PLAIN, TITLE_MAX_CHARS, Candidate
from models.ingest.outline_runin_cut import scored_cut, shaped

SIBLINGS_MIN = 1  # siblings of the same style cut mid-run with the shape, needed as evidence
CLAUSE_MIN = 4  # characters of a first clause that may stand as a title


def _cut_mid_run(text: str, c: Candidate) -> bool:
    """The title ends inside a run of words (its paragraph goes on with no punctuation) and has the shape."""
    end = c.heading_end
    return (
        end < len(text)
        and "\u4e00" <= text[end] <= "\u9fff"
        and "\u4e00" <= text[end - 1] <= "\u9fff"
        and shaped(text, c.title_start, end)
    )


def _at_comma(text: str, c: Candidate) -> bool:
    return text[c.heading_end : c.heading_end + 1] in ("，", ",")


def cut_like_siblings(text: str, cands: list[Candidate]) -> None:
    """Cut the long run-in titles of a numbering style where its other headings were cut mid-run with the shape."""
    by_style: dict[str, list[Candidate]] = {}
    for c in cands:
        if c.style != PLAIN and not c.gaps:
            by_style.setdefault(c.style, []).append(c)
    for group in by_style.values():
        cut = [c for c in group if _cut_mid_run(text, c)]
        if len(cut) < SIBLINGS_MIN:
            continue
        for c in group:
            if c in cut or c.heading_end >= len(text) or "\u4e00" <= text[c.heading_end] <= "\u9fff":
                continue
            k = scored_cut(text, c.title_start, c.heading_end, siblings_cut=True)
            if c.title_start < k < c.heading_end:
                c.heading_end = k
    for group in by_style.values():
        # a copy writing commas for its stops (1、农田水利与道路建设,今年以来,… 2、积极实施社会养老工程,做到医保,…):
        # the siblings' titles end at their first comma, so does one running on past a title's length
        if sum(_at_comma(text, c) for c in group) * 2 < len(group):
            continue
        for c in group:
            if c.heading_end - c.title_start <= TITLE_MAX_CHARS or _at_comma(text, c):
                continue
            comma = next((k for k in range(c.title_start, c.heading_end) if text[k] in "，,"), None)
            if comma is not None and comma - c.title_start >= CLAUSE_MIN:
                c.heading_end = comma
