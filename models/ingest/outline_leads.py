"""Lead sentences standing alone on their own lines above their paragraphs: unnumbered headings of what follows.

A report (or the page that copies it) often sets the theme of a run of paragraphs as one short sentence on a line of
its own (``继续加强农业基础设施建设。`` ⏎ the paragraph on it), where a run-in lead would open the paragraph. The
evidence, for the family rather than for one file: the line is one short sentence with no figure, it stands between
the end of a paragraph (or a heading) and a paragraph, and the document does so more than once. What it is not: a
``一是`` lead (803), a spoken transition (``下面我…``), the normative sentence of an article (``…应当…``), a
one-sentence paragraph between short paragraphs.

One such line alone counts when it is the theme of what follows: the paragraphs after it open with their own
short headline sentences (``一年来，我们全力以赴稳增长…。`` ⏎ ``经济总量持续增长。全镇…``), the three tiers of a
政府工作报告's review. Right under a numbered heading the same sentence is that section's opening sentence, not a
subheading.
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
GOVERNS = 0.6  # the paragraph after opens with its own headline sentence: the line is the theme above them
# a paragraph's own short headline sentence (经济总量持续增长。全镇…), not an 一是 lead
_HEADLINE = re.compile(r"(?![一二三四五六七八九十]+是|[的地得了着过和与及或等之])[^。！？!?，,；;：:0-9０-９]{4,16}。")
# a lead written as a title, without its full stop (一年来,我们以稳定发展为要务,推动经济继续保持健康发展)
_UNSTOPPED = re.compile(r"[^。！？!?；;：:0-9０-９%％“”\"]{12,40}")


def lead_lines(
    text: str, lines: list[Line], numbered_lines: set[int], prose_at: int, taken: set[int]
) -> list[Candidate]:
    """Lead sentences alone on their lines, as unnumbered subheading candidates (none when fewer than
    ``LEADS_MIN``)."""
    found: list[Candidate] = []
    governing: list[Candidate] = []
    for i in range(1, len(lines) - 1):
        line, prev, nxt = lines[i], lines[i - 1], lines[i + 1]
        if line.split or i in taken or i in numbered_lines or line.start < prose_at:
            continue
        first = line.start == prose_at  # the first sentence of the text, under its title or a page's header
        if _NOT_LEAD.search(text, line.start, line.end):
            continue
        if text.count("，", line.start, line.end) + text.count(",", line.start, line.end) > 2:
            continue
        if nxt.end - nxt.start < NEXT_MIN or match_label(text, nxt.start, nxt.end):
            continue
        stopped = _LEAD.fullmatch(text, line.start, line.end) is not None
        governs = _HEADLINE.match(text, nxt.start, nxt.end) is not None and _governs_after(text, lines, i + 1)
        if not stopped and not (governs and _UNSTOPPED.fullmatch(text, line.start, line.end)):
            continue
        if governs and i - 1 in numbered_lines:
            governs = False  # right under its heading: the section's opening sentence, not a subheading
        if first and not (governs and stopped):
            continue
        if text[prev.end - 1] not in _PROSE_END and i - 1 not in numbered_lines and not first:
            continue  # a phrase cut out of a sentence, or a title going on
        if not stopped and not governs:
            continue
        cand = Candidate(i, PLAIN, 0, line.start, line.start, line.start, line.end - 1 if stopped else line.end)
        cand.score = LEAD_SCORE + (GOVERNS if governs else 0.0)
        cand.under = True  # a subheading of the enclosing section
        (governing if governs else found).append(cand)
    out = found if len(found) + len(governing) >= LEADS_MIN else []
    return sorted([*out, *governing], key=lambda c: c.start)


def _governs_after(text: str, lines: list[Line], k: int) -> bool:
    """Line ``k`` is a long paragraph after its headline sentence (not a one-sentence line)."""
    line = lines[k]
    return line.end - line.start >= BODY_MIN_CHARS
