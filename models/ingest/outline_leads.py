"""Lead sentences as unnumbered headings: alone on their lines above their paragraphs, or opening the paragraphs of
a report run together on one line.

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

The same sentences opening the paragraphs of a report run together on one line: outline_headlines.py.
"""

from __future__ import annotations

import re
from itertools import pairwise

from models.ingest.outline_lines import (
    BODY_MIN_CHARS,
    PLAIN,
    Candidate,
    Line,
    match_label,
)
from models.ingest.outline_narration import one_sentence
from models.ingest.outline_themes import (
    PERIOD_THEME,
    THEME_CLAUSES_LONG,
    THEME_MAX,
    THEME_SENTENCE_LONG,
    theme_over_points,
    theme_sentence,
    theme_series,
)

# 一是…二是… (a speech's 一要…二要…) leads a sentence, never a heading
ENUM_LEAD = re.compile(r"[一二三四五六七八九十]+(?:是|要(?=[\u4e00-\u9fff“]))")
CJK = re.compile(r"[\u4e00-\u9fff]")
CLAUSE = re.compile(r"[，,]")

LEAD_SENTENCE = re.compile(r"[^。！？!?；;：:0-9０-９%％“”\"]{6,40}。")
# (an article's normative sentence: …应当…, …不得…, or its definition 本办法所称的…是指…)
NOT_LEAD = re.compile(
    r"(?m)^(?:[一二三四五六七八九十]+[是要]|下面|现将|现在|特此|各位|同志们|以上|总之|综上)|应当|不得|可以|如下|是指"
)
PROSE_END = "。！？!?；;”"
LEAD_SCORE = 0.4  # a lead line in a series
NEXT_MIN = BODY_MIN_CHARS // 2  # the paragraph after (a page's link may have broken its first line)
LEADS_MIN = 3  # lead lines a document must hold for any to count
GOVERNS = 0.6  # the paragraph after opens with its own headline sentence: the line is the theme above them
# a paragraph's own short headline sentence (经济总量持续增长。全镇…), not an 一是 lead
HEADLINE = re.compile(r"(?![一二三四五六七八九十]+是|[的地得了着过和与及或等之])[^。！？!?，,；;：:0-9０-９]{4,16}。")
# a lead written as a title, without its full stop (一年来,我们以稳定发展为要务,推动经济继续保持健康发展)
_UNSTOPPED = re.compile(r"[^。！？!?；;：:0-9０-９%％“”\"]{12,40}")


def lead_lines(
    text: str, lines: list[Line], numbered_lines: set[int], prose_at: int, taken: set[int]
) -> list[Candidate]:
    """Lead sentences alone on their lines, as unnumbered subheading candidates (none when fewer than
    ``LEADS_MIN``)."""
    found: list[Candidate] = []
    governing: list[Candidate] = []
    blank_set = sets_paragraphs_apart(text, lines)
    for i in range(len(lines) - 1):
        line, prev, nxt = lines[i], lines[i - 1] if i else None, lines[i + 1]
        if line.split or i in taken or i in numbered_lines or line.start < prose_at:
            continue
        # the first sentence of the text, under its title or a page's header, or opening an excerpt
        first = line.start == prose_at
        if prev is None and not first:
            continue
        if NOT_LEAD.search(text, line.start, line.end):
            continue
        # (a period theme written as a sentence of three clauses, or longer than a lead, counts over headlined
        # paragraphs only: 五年来，我们坚持…，深度融入…，爬坡过坎创新竞进，发展质量效益实现新突破。, 1027, 1898)
        many = text.count("，", line.start, line.end) + text.count(",", line.start, line.end) > 2
        long_theme = theme_sentence(text, line, THEME_SENTENCE_LONG, THEME_CLAUSES_LONG)
        if many and not long_theme:
            continue
        if nxt.end - nxt.start < NEXT_MIN:
            continue
        label = match_label(text, nxt.start, nxt.end)
        if label is not None and not (label.value == 1 and _theme_over_items(text, line)):
            continue
        # (a period theme summing up the 一是… points after it: their tier, as over headlined paragraphs, 1090)
        points = theme_over_points(text, line, nxt)
        if ENUM_LEAD.match(text, nxt.start, nxt.end) and CLAUSE.search(text, line.start, line.end) and not points:
            continue  # 扩大国内需求，首先必须…。 ⏎ 一是…: a sentence with a clause announcing the leads after it
        stopped = LEAD_SENTENCE.fullmatch(text, line.start, line.end) is not None
        long_theme = long_theme and (many or not stopped)  # (a lead's shape already counts as one)
        stopped = stopped or long_theme
        theme = PERIOD_THEME.match(text, line.start, line.end)
        theme = theme if theme is not None and line.end - line.start <= THEME_MAX else None
        if theme is not None and "。" in text[line.start : line.end]:
            theme = None  # written as a sentence: a theme sentence counts only over headlined paragraphs (below)
        headline = HEADLINE.match(text, nxt.start, nxt.end) is not None or theme is not None or points
        # (a theme over the numbered items it sums up: the items are the paragraphs it governs)
        headline = headline or label is not None
        governs = headline and _governs_after(text, lines, i + 1)
        if long_theme and not (governs and (points or HEADLINE.match(text, nxt.start, nxt.end))):
            continue
        if not stopped and not (governs and (theme or _UNSTOPPED.fullmatch(text, line.start, line.end))):
            continue
        if governs and i - 1 in numbered_lines:
            governs = False  # right under its heading: the section's opening sentence, not a subheading
        if first and not (governs and stopped):
            continue
        if blank_set and prev is not None and _glued_on(text, prev, line, nxt):
            continue  # …二点二倍。⏎这样的发展速度…。⏎⏎: a paragraph's last sentence a wrap left on a line of its own
        if prev is not None and text[prev.end - 1] not in PROSE_END and i - 1 not in numbered_lines and not first:
            continue  # a phrase cut out of a sentence, or a title going on
        if not stopped and not governs:
            continue
        # (a theme line led by a dash: the dash is no part of its title)
        at = line.start + (2 if theme is not None and text[line.start] in "—-" else 0)
        cand = Candidate(i, PLAIN, 0, line.start, line.start, at, line.end - 1 if stopped else line.end)
        cand.score = LEAD_SCORE + (GOVERNS if governs else 0.0)
        cand.under = True  # a subheading of the enclosing section
        (governing if governs else found).append(cand)
    out = found if len(found) + len(governing) >= LEADS_MIN else theme_series(text, found)
    if not numbered_lines and all(_in_narration(text, lines, c.line) for c in out):
        # a news story's narration, one short sentence a line (…在主席台就座。⏎大会应到代表…。), no numbered heading
        # anywhere: no lead over any
        out = []
    return sorted([*out, *governing], key=lambda c: c.start)


# a theme line that announces the items after it rather than sums them up (一年来,我们主要做了以下工作:)
_ANNOUNCES = re.compile(r"以下|如下|[：:]$")


def _theme_over_items(text: str, line: Line) -> bool:
    """``line`` is a review's period theme written as a title that sums up a run of numbered items opening on the
    next line (五年来,我们围绕转型升级谋发展,经济综合实力显著增强 ⏎ (一)经济总量…): the genre's tier above the
    items (2173), not the sentence announcing them (一年来,我们主要做了以下工作:)."""
    return (
        line.end - line.start <= THEME_MAX
        and PERIOD_THEME.match(text, line.start, line.end) is not None
        and text[line.end - 1] not in "。！？!?；;"
        and _ANNOUNCES.search(text, line.start, line.end) is None
        and len(CLAUSE.findall(text, line.start, line.end)) <= 2
    )


def _in_narration(text: str, lines: list[Line], i: int) -> bool:
    """Lead line ``i`` stands among a news story's lines of narration: the line after it, or the one before, is one
    short sentence (…宣布…现在大会开幕。 ⏎ 与会人员全体起立…。 ⏎ 在热烈的掌声中,…作政府工作报告。报告共分…, 2014); a
    report's theme line stands between paragraphs."""
    return one_sentence(text, lines[i + 1]) or (i > 0 and one_sentence(text, lines[i - 1]))


PARAGRAPHS_APART_SHARE = 0.5  # of the breaks between lines that are blank lines: the text sets paragraphs apart


def sets_paragraphs_apart(text: str, lines: list[Line]) -> bool:
    """The text sets its paragraphs apart with blank lines (most breaks between its lines hold one)."""
    breaks = [text[a.end : b.start] for a, b in pairwise(lines) if not b.split]
    apart = sum(1 for gap in breaks if gap.count("\n") >= 2)
    return bool(breaks) and apart >= PARAGRAPHS_APART_SHARE * len(breaks)


def _glued_on(text: str, prev: Line, line: Line, nxt: Line) -> bool:
    """In a text setting paragraphs apart, ``line`` hangs on the paragraph before it (a single line break) and is
    set apart from the one after: that paragraph's last line, not a heading over the next."""
    return text.count("\n", prev.end, line.start) == 1 and text.count("\n", line.end, nxt.start) >= 2


def _governs_after(text: str, lines: list[Line], k: int) -> bool:
    """Line ``k`` is a long paragraph after its headline sentence (not a one-sentence line)."""
    line = lines[k]
    return line.end - line.start >= BODY_MIN_CHARS
