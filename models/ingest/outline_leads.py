"""Lead sentences standing alone on their own lines above their paragraphs: unnumbered headings of what follows.

A report (or the page that copies it) often sets the theme of a run of paragraphs as one short sentence on a line of
its own (``继续加强农业基础设施建设。`` ⏎ the paragraph on it), where a run-in lead would open the paragraph. The
evidence, for the family rather than for one file: the line is one short sentence with no figure, it stands between
the end of a paragraph (or a heading) and a paragraph, and the document does so more than once. What it is not: a
``一是`` lead (803), a spoken transition (``下面我…``), the normative sentence of an article (``…应当…``), a
one-sentence paragraph between short paragraphs.
"""

from __future__ import annotations

import re

from models.ingest.outline_lines import BODY_MIN_CHARS, PLAIN, Candidate, Line, match_label

_LEAD = re.compile(r"[^。！？!?；;：:0-9０-９%％“”\"]{6,40}。")
_NOT_LEAD = re.compile(
    r"(?m)^(?:[一二三四五六七八九十]+是|下面|现将|现在|特此|各位|同志们|以上|总之|综上)|应当|不得|可以|如下"
)
_PROSE_END = "。！？!?；;”"
LEAD_SCORE = 0.4  # a lead line in a series
NEXT_MIN = BODY_MIN_CHARS // 2  # the paragraph after (a page's link may have broken its first line)
LEADS_MIN = 3  # lead lines a document must hold for any to count


def lead_lines(
    text: str, lines: list[Line], numbered_lines: set[int], prose_at: int, taken: set[int]
) -> list[Candidate]:
    """Lead sentences alone on their lines, as unnumbered subheading candidates (none when fewer than
    ``LEADS_MIN``)."""
    found: list[Candidate] = []
    for i in range(1, len(lines) - 1):
        line, prev, nxt = lines[i], lines[i - 1], lines[i + 1]
        if line.split or i in taken or i in numbered_lines or line.start <= prose_at:
            continue
        if _LEAD.fullmatch(text, line.start, line.end) is None or _NOT_LEAD.search(text, line.start, line.end):
            continue
        if text.count("，", line.start, line.end) + text.count(",", line.start, line.end) > 2:
            continue
        if text[prev.end - 1] not in _PROSE_END and i - 1 not in numbered_lines:
            continue  # a phrase cut out of a sentence, or a title going on
        if nxt.end - nxt.start < NEXT_MIN or match_label(text, nxt.start, nxt.end):
            continue
        cand = Candidate(i, PLAIN, 0, line.start, line.start, line.start, line.end - 1)
        cand.score = LEAD_SCORE
        cand.under = True  # a subheading of the enclosing section
        found.append(cand)
    return found if len(found) >= LEADS_MIN else []
