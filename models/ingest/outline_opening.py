"""The first part's heading right after a report's opening formula, in a report run together on one line.

A 政府工作报告 opens with its formula (``现在，我代表…向大会报告政府工作，请予审议，并请…提出意见。``) and a summary
with its lead-in (``现将…汇报如下：``); what follows at once is the heading of the first part: ``一、2023年工作回顾``,
or unnumbered, ``2023年工作回顾``. On its own line that heading is an ordinary unnumbered candidate. In a report run
together on one line it is a piece between blanks (``…提出意见。 二〇一二年工作回顾 2012年，在…``) or glued to
what follows it: the first numbered heading (``汇报如下:2016年工作开展情况一、行政审批…``) or its own paragraph
(``…提出意见。2015年工作回顾过去一年，在…``). Only a short phrase with no punctuation counts, ending with a word
that names a part (回顾, 情况 …) when nothing but the text after it marks its end. An unnumbered candidate on its
own line right after the formula gains the evidence of its place (it is the first part's title, under the title of the
report its notice prints).
"""

from __future__ import annotations

import re

from models.ingest.outline_lines import PLAIN, Candidate, Line, is_body, match_label, squeeze
from models.ingest.outline_runin import HEADING_WORDS

# the end of the opening formula of a speech, or of a summary's lead-in colon
_OPENING = re.compile(r"(?:请予审议|提出[^。，,\n]{0,4}意见|批评指正)[^。\n]{0,30}。|(?:汇报|报告|总结)如下[:：]")
_PHRASE = re.compile(r"[^\s。！？!?；;：:，,、“”\"()（）《》]{4,}")
# (a short term in quotes is part of a phrase the copy sets off with a blank or a break: …提出意见。 2020年工作及
# “十三五”发展回顾2020年是…, 2168; glued between sentences with nothing setting it off it is no heading:
# …提出意见。“十五”发展回顾从2001年…, 2217 by the 915 rule)
_SET_OFF_PHRASE = re.compile(r"(?:[^\s。！？!?；;：:，,、“”\"()（）《》]|“[^\s。！？!?；;：:，,、“”]{1,8}”){4,}")
TITLE_MAX = 20  # characters of the first part's title
_GOES_ON = "和及与暨并的之"  # a title going on after its part word (…工作总结及工作打算)
_WORDS = re.compile("|".join(HEADING_WORDS))
_PART_WORDS = re.compile("回顾|总结|情况")  # what ends a first part's title run into its own paragraph
_BLANKS = " \u3000\xa0\t"
OPENING_HEADING = 2.6  # the place and the shape together: the first part's heading
OPENING_PLACE = 1.0  # an unnumbered line of its own right after the formula: the place alone
# a work report's first part titled by a headline, a slogan and what it achieved, on its own line
# (凝心聚力  大干快上   2010年和十一五目标任务全面完成; 888 over two lines: 攻坚克难砥砺奋进 ⏎ 全县经济社会实现
# 持续健康发展): phrases with no punctuation, set off by blanks or a line break, longer than a plain heading
_HEADLINE = re.compile(r"[\u4e00-\u9fff0-9０-９“”\"《》 \u3000\xa0\t]+")
HEADLINE_MIN = 6  # characters of the headline, blanks left out
HEADLINE_MAX = 32
# what a review part's first paragraph opens with: the period it reviews (过去的一年， 一年来， 五年来， 2015年，)
_REVIEW_OPENS = re.compile(r"过去的?(?:一|[二两三四五])年|(?:一|[二两三四五])年来|(?:19|20)[0-9]{2}年[，,]")
GLUED_TITLE_MAX = 24  # characters of a title run into a paragraph that opens with its period (…及本届政府工作回顾)
HEADLINE_LINE_MIN = 4
HEADLINE_LINE_MAX = 18  # characters of each of the two lines a headline is written over


def opening_headings(text: str, lines: list[Line], taken: dict[int, Candidate]) -> list[Candidate]:
    """Unnumbered heading candidates of the first part, right after an opening formula inside a long line
    (``taken``: the other candidates by where they start; an unnumbered one found there on a line of its own gains
    the evidence of its place)."""
    out: list[Candidate] = []
    for m in _OPENING.finditer(text):
        at = m.end()
        while at < len(text) and text[at] in _BLANKS + "\n":
            at += 1
        phrase = _SET_OFF_PHRASE if at > m.end() else _PHRASE
        other = taken.get(at)
        if other is not None:
            if other.style == PLAIN and other.value == 0:
                other.score += OPENING_PLACE
            continue
        k = _line_at(lines, at)
        if k is None:
            continue
        line = lines[k]
        if line.start == at and not line.split:
            # a line of its own that no unnumbered candidate stands for: only a headline of a report's first part
            headline = _headline(text, lines, k) or _glued_line(text, line, k, phrase)
            if headline is not None:
                out.append(headline)
            continue
        end = _title_end(text, at, line, phrase)
        if end is None:
            continue
        cand = Candidate(k, PLAIN, 0, at, at, at, end)
        cand.score = OPENING_HEADING - 1.2
        out.append(cand)
    return out


def _headline(text: str, lines: list[Line], k: int) -> Candidate | None:
    """The first part's headline on line ``k`` (or on ``k`` and the line after it), its paragraph after it."""
    line = lines[k]
    if not _is_phrase(text, line, HEADLINE_MIN, HEADLINE_MAX):
        return None
    end = k + 1
    if end < len(lines) and not is_body(text, lines[end]):
        # 攻坚克难砥砺奋进 ⏎ 全县经济社会实现持续健康发展: one headline over two short lines
        both = squeeze(text[line.start : lines[end].end])
        if not (
            _is_phrase(text, line, HEADLINE_LINE_MIN, HEADLINE_LINE_MAX)
            and _is_phrase(text, lines[end], HEADLINE_LINE_MIN, HEADLINE_LINE_MAX)
            and len(both) <= HEADLINE_MAX
        ):
            return None
        end += 1
    if end >= len(lines) or not is_body(text, lines[end]):
        return None
    last = lines[end - 1]
    cand = Candidate(k, PLAIN, 0, line.start, line.start, line.start, last.end)
    if last is not line:
        cand.gaps = ((line.end, last.start),)  # the line break inside the headline is no part of its title
    cand.score = OPENING_HEADING
    return cand


def _glued_line(text: str, line: Line, k: int, words: re.Pattern[str]) -> Candidate | None:
    """The first part's title run into its paragraph on a line of its own, the paragraph opening with its period."""
    phrase = words.match(text, line.start, line.end)
    end = None if phrase is None else _before_period(text, line.start, phrase.end())
    if end is None:
        return None
    cand = Candidate(k, PLAIN, 0, line.start, line.start, line.start, end)
    cand.score = OPENING_HEADING - 1.2  # as a piece of a line run together
    return cand


def _is_phrase(text: str, line: Line, least: int, most: int) -> bool:
    """A line of its own of phrases with no punctuation, ``least`` to ``most`` characters without its blanks."""
    if line.split or _HEADLINE.fullmatch(text, line.start, line.end) is None:
        return False
    return least <= len(squeeze(text[line.start : line.end])) <= most


def _line_at(lines: list[Line], at: int) -> int | None:
    for k, line in enumerate(lines):
        if line.start <= at < line.end:
            return k
    return None


def _title_end(text: str, at: int, line: Line, words: re.Pattern[str]) -> int | None:
    phrase = words.match(text, at, line.end)
    if phrase is None:
        return None
    if phrase.end() == line.end and line.split:
        # a piece between blanks (not a longer one: a document's own title line, …总结及工作打算范文)
        return phrase.end() if phrase.end() - at <= TITLE_MAX else None
    # glued to the first numbered heading: 2016年工作开展情况一、行政审批…
    for p in range(at + 4, min(phrase.end(), at + TITLE_MAX) + 1):
        label = match_label(text, p, line.end)
        if label is not None and label.value == 1 and _WORDS.search(text, p - 3, p):
            return p
    # glued to its own paragraph: 2015年工作回顾过去一年，在… (the shortest title a part's word ends)
    for w in _PART_WORDS.finditer(text, at + 2, min(phrase.end(), at + TITLE_MAX)):
        if not _WORDS.match(text, w.end()) and text[w.end()] not in _GOES_ON and w.end() + 2 <= phrase.end():
            return w.end()
    return _before_period(text, at, phrase.end())


def _before_period(text: str, at: int, end: int) -> int | None:
    """A longer title run into its paragraph that opens with the period it reviews (2007年经济社会发展情况及本届
    政府工作回顾过去的一年，按照…; 450 writes 一、过去五年工作的回顾自治区九届人大一次会议以来的五年，…, its label
    kept): where the title ends, within the phrase ending at ``end``."""
    for w in _PART_WORDS.finditer(text, at + 2, min(end, at + GLUED_TITLE_MAX)):
        if _REVIEW_OPENS.match(text, w.end()) is not None:
            return w.end()
    return None
