"""A news story's narration (a sentence or two a paragraph, no numbered heading): never lead or headline sentences."""

from __future__ import annotations

import re

from models.ingest.outline_lines import BODY_MIN_CHARS, Candidate, Line

NARRATION_MAX = 2 * BODY_MIN_CHARS  # characters of a news story's line of narration (a paragraph runs longer)
NARRATION_SENTENCES = 2  # sentences of a news story's paragraph, its "headline" one of them, at most
_SENTENCE_END = re.compile(r"[。！？!?]")


def one_sentence(text: str, line: Line) -> bool:
    """``line`` is one short sentence (a single full stop, at its end): a line of narration, not a paragraph."""
    if line.end - line.start > NARRATION_MAX or text[line.end - 1] not in "。！？!?":
        return False
    return sum(text.count(c, line.start, line.end - 1) for c in "。！？!?") == 0


def narration(text: str, lines: list[Line], cands: list[Candidate]) -> bool:
    """The "headline sentences" ``cands`` of a report run together, in a text with no numbered heading, each open a
    piece of one or two sentences: a news story's narration, a sentence or two a paragraph (…在主席台就座。
    不是…应邀参会。不是…列席会议。 …主持会议并宣布…开幕。), no paragraph a headline governs (a report's headline
    sentence opens a paragraph of several, 733; a sentence's run of figures is one)."""
    if not cands:
        return False
    return all(
        len(_SENTENCE_END.findall(text, lines[c.line].start, lines[c.line].end)) <= NARRATION_SENTENCES for c in cands
    )
