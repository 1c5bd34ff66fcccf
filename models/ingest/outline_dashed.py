"""Dash-led sub-heads run into their paragraph in a text run together (``——转型升级步伐加快，…提质增效经济实力…``).

A report's review often opens each paragraph with a dash-led headline (``——经济持续健康稳步增长``), alone on its line
in a copy that keeps its lines (``outline_plain`` reads those). A copy run together glues the headline to its
paragraph with no punctuation between them; the headline is still the sub-head of what follows when the place where
the paragraph starts is evident by the run-in evidence of numbered headings (``outline_runin``: a result phrase
closing the title, a year or a time adverbial opening the paragraph) or by a span of years opening it
(``——农业经济稳步提升五年来，我们…``). Without such evidence the piece is left alone: a dash-led clause inside a
sentence (``……，——``) or a headline whose end cannot be told is no heading.
"""

from __future__ import annotations

import re

from models.ingest.outline_lines import PLAIN, Candidate, Line
from models.ingest.outline_runin import run_on_body_start

_DASH = re.compile(r"(?:——|－－|--)(?=[\u4e00-\u9fff“])")
_STOP = re.compile(r"[。！？!?；;：:]")
# a span of years opening the paragraph: 五年来，/ 这三年来， (the time adverbials of outline_runin name one year)
_YEARS_OPEN = re.compile(r"(?<=[\u4e00-\u9fff])(?:[这近过去]{0,2}[两三四五六七八九十几]年来)(?=[^，,。；;]{0,10}[，,])")
TITLE_MIN = 4
TITLE_MAX = 30
DASHED_RUNIN = 0.8  # the score of such a sub-head (a dash-led line alone scores about this much)
_PROSE_END = "。！？!?；;：:"


def dashed_runins(
    text: str, lines: list[Line], taken: set[int], heading_lines: set[int], blanks: frozenset[int]
) -> list[Candidate]:
    """Dash-led headlines glued to their paragraphs in pieces of lines run together, as unnumbered sub-heads."""
    out: list[Candidate] = []
    for i, line in enumerate(lines):
        if not line.split or i == 0 or i in taken:
            continue
        dash = _DASH.match(text, line.start, line.end)
        if dash is None or text.startswith("在", dash.end()):
            continue  # (——在…会议上: a speech's delivery line)
        prev = lines[i - 1]
        if text[prev.end - 1] not in _PROSE_END and i - 1 not in heading_lines:
            continue  # a dash-led clause going on from the sentence before
        at = dash.end()
        stop = _STOP.search(text, at, line.end)
        end = line.end if stop is None else stop.start()
        cut = run_on_body_start(text, at, end, blanks)
        years = _YEARS_OPEN.search(text, at + TITLE_MIN, cut)
        if years is not None:
            cut = years.start()
        if cut >= end or not TITLE_MIN <= cut - at <= TITLE_MAX or text.count("，", at, cut) > 1:
            continue
        cand = Candidate(i, PLAIN, 0, line.start, line.start, at, cut)
        cand.score = DASHED_RUNIN
        cand.under = True  # the sub-head of the section it stands in
        out.append(cand)
    return out
