"""A doc store's page numbers glued into the running text where its pages broke, found as a run over the document.

A store that prints a document as pages and copies the pages' text out as one stream leaves each page's number
where the page broke, glued between two characters of the sentence (1322 ``…聚力增效2一是…``, ``…拉开新时展新3格局``;
354 ``担任组2长``; 1853 ``基干2/5林带``), and page one's number before the text's first character (``12023年…``,
``1/5区林业局…``). One number glued between two characters is no evidence: a copy that lost its units or its
label's mark sets figures so too. The evidence is the run: numbers rising by one (``2, 3, 4``… or ``k/N`` with the
same ``N``) through the document, a page of text apart (at least ``_PAGE`` characters, the full pages alike), each
where no figure stands: no measure word after it, no ordinal or total (``第``, ``共``), approximation or item
label (``表``, ``图``, ``附件``) before it.
A run of two needs more: page one's number opening the text, and the second ``k/N`` or parting a common word
(``组2长``). A number shaped like this but off the run stays.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from models.ingest.repair_lexicon import COMMON_WORD, word_freq

__all__ = ["glued_page_numbers"]

_HAN = r"[\u4e00-\u9fff]"
# measure words and units a figure stands before (both scripts): a number before one is a figure, never a page's
_MEASURE = set(
    "年月日时分秒周岁次万亿千百元角个家人项户所名件条场批天倍位篇吨亩公平届期号座台辆间张本套只栋处类支轮级星线"
    "路区镇村乡组团队门米度册份首部幅块头匹株棵尾箱袋包斤克升方段层楼站点起宗例床栏章节版季"
    "個項萬億戶場條臺輛間張隻棟處類級線區鎮鄉團隊門噸畝屆歲冊塊頭書"
)
_OPENING_NOT = set("年月日时个次名人项")  # 1月4日, 1年来: the text opens with a figure, not page one
# an ordinal, a total, an approximation: a figure follows; a table's, a figure's, a box's, an attachment's label
# numbers its item (930 表3主要农产品产量 … 表4主要林业产品产量, a page apart too: 图2, 专栏3, 附件2)
_NOT_BEFORE = set("第共约近超逾达余約達餘表图圖栏欄件卷")
_GLUED = re.compile(rf"(?<={_HAN})([0-9]{{1,3}})(?:/([0-9]{{1,3}}))?(?={_HAN})")
# page one's number opening the text (after a store's chunk number, cut elsewhere): before a character or a year
_OPENING = re.compile(rf"(1)(?:/([0-9]{{1,3}}))?(?={_HAN}|(?:19|20)[0-9]{{2}}年)")
_PAGE = 150  # characters: a store's page holds at least this much text
_ALIKE = 2.0  # the full pages of one run differ by less than this factor


@dataclass(frozen=True)
class _Mark:
    at: int  # the number's start in the document (the lines joined by one break)
    line: int
    start: int  # in its line
    end: int
    page: int
    of: int | None  # the N of k/N
    parts_word: bool
    opening: bool


def _marks(lines: list[str], starts: dict[int, int]) -> list[_Mark]:
    found: list[_Mark] = []
    at = 0
    # the stream of pages opens on the first line holding a page of text (a store's label or notice above may stay)
    first = next((k for k, line in enumerate(lines) if len(line) >= _PAGE), -1)
    for k, line in enumerate(lines):
        start = starts.get(k, 0)
        m = _OPENING.match(line, start) if k == first else None  # page one opens the text
        if m and line[m.end() : m.end() + 1] not in _OPENING_NOT:
            found.append(_Mark(at + start, k, m.start(), m.end(), 1, _of(m), False, True))
        for m in _GLUED.finditer(line):
            before, after = line[m.start() - 1], line[m.end()]
            if after in _MEASURE or before in _NOT_BEFORE:
                continue
            of = _of(m)
            if of is not None and int(m.group(1)) > of:
                continue
            parts = word_freq(before + after) >= COMMON_WORD
            found.append(_Mark(at + m.start(), k, m.start(), m.end(), int(m.group(1)), of, parts, False))
        at += len(line) + 1
    return found


def _of(m: re.Match[str]) -> int | None:
    return int(m.group(2)) if m.group(2) else None


def _run_from(head: _Mark, marks: list[_Mark]) -> list[_Mark]:
    """The marks rising by one page from ``head``, each the first a page of text after the one before."""
    run = [head]
    for m in marks:
        last = run[-1]
        if m.at - last.at >= _PAGE and m.page == last.page + 1 and m.of == head.of and not m.opening:
            run.append(m)
    return run


def _holds(run: list[_Mark]) -> bool:
    """Whether the run numbers the pages (see the module)."""
    gaps = [b.at - a.at for a, b in pairwise(run)]
    if not gaps:
        return False
    full = gaps[1:] if len(gaps) > 2 and not run[0].opening else gaps  # an excerpt may open inside a page
    if max(full) > min(full) * _ALIKE:
        return False
    glued = [m for m in run if not m.opening]
    if len(glued) >= 2:
        return True
    return run[0].opening and (run[0].of is not None or glued[0].parts_word)


def glued_page_numbers(lines: list[str], starts: dict[int, int] | None = None) -> dict[int, list[tuple[int, int]]]:
    """The spans of a store's glued page numbers to take out, by line index (``lines``: the body lines in order;
    ``starts``: where a line's text starts after a store's chunk number)."""
    marks = _marks(lines, starts or {})
    best: list[_Mark] = []
    seen: set[_Mark] = set()
    for i, head in enumerate(marks):
        if head in seen:
            continue  # inside a longer run already judged: a part of an uneven run is no run
        run = _run_from(head, marks[i + 1 :])
        seen.update(run)
        if len(run) > len(best) and _holds(run):
            best = run
    spans: dict[int, list[tuple[int, int]]] = {}
    for m in best:
        spans.setdefault(m.line, []).append((m.start, m.end))
    return spans
