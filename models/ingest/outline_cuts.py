"""Headings a copy's accidents cut or hide: a doc store's chunk numbers, a hard wrap, letter spacing, OCR dots.

Each function mends candidates (or finds where a title ends) for one family of damage, on evidence that the damage
is there: numbered chunks cut mid-sentence, lines of one printed width stopping mid-sentence, single characters
between blanks, dots between Chinese characters.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from models.ingest.outline_lines import (
    WS,
    Candidate,
    Line,
    has_sentence_end,
    is_body,
    match_label,
)
from models.ingest.outline_title_end import title_end, title_start
from models.ingest.rejoin import visual_width

FINISHED = "。！？!?：:；;”’）)】》"  # what a line ends a sentence or a lead-in with
_BODY_END = re.compile(r"[。！？；!?;]")
_NO_TITLE_END = "、，,"  # a line ending with one of these stops mid-sentence
LONG_PARAGRAPH = 200  # characters: a paragraph, not a heading line with its run-in text
# (in a copy run together on one line, after the blank or blanks that stand for the line break)
_CHUNK_NUMBER = re.compile(r"(?m)(?:^|(?<=[ \u3000\xa0]))[0-9]{1,3}、")
_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
_BLANK = re.compile(f"[{WS}]+")
# the end of a wrapped title opening the next line: one to three characters and the sentence end
_TAIL = re.compile(r"[\u4e00-\u9fff]{1,3}[。；;]")
# the same in the next piece of a copy run together on one line (its length is checked where it is used)
_PIECE_TAIL = re.compile(r"[\u4e00-\u9fff]{1,12}[。；;]")
# the rest of a one-sentence item over a wrap, to its stop: words and the commas of its clauses (…等工 ⏎ 作，提高…。)
_ITEM_TAIL = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff，,、]*[。；;]")
_CJK_WORD = re.compile(r"[\u4e00-\u9fff]+")
# a dot between Chinese characters: an OCR copy's full stop
OCR_STOP = re.compile(r"(?<=[\u4e00-\u9fff])\.(?=[\u4e00-\u9fff])")
OCR_STOPS_MIN = 5
OCR_TITLE_MAX = 40
CHUNK_REST_MAX = 20  # characters of a title's rest after a chunk number
WRAP_MIN_CHARS = 20  # a line this long stopping mid-sentence may have been cut by a hard wrap
WRAPPED_MIN = 3  # lines of one printed width stopping mid-sentence: the document is hard-wrapped
WRAP_LINES_MAX = 3  # lines a wrapped title may go on over


def chunk_starts(text: str) -> set[int]:
    """Offsets of a doc store's chunk numbers: paragraphs numbered 1、2、3… in order, where the store's cut falls
    inside a sentence (the paragraph before a number stops mid-sentence); empty for any other text."""
    found = [(m.start(), int(text[m.start() : m.end() - 1])) for m in _CHUNK_NUMBER.finditer(text)]
    if len(found) < 2 or found[0][1] != 1 or any(b[1] != a[1] + 1 for a, b in pairwise(found)):
        return set()
    cut = False
    for (before, _), (at, _) in pairwise(found):
        end = at
        while end > 0 and text[end - 1] in WS + "\n":
            end -= 1
        # (the chunk runs from the number before, in a copy run together: its items are no chunks, 1、加强领导 2、…)
        prev = max(_paragraph_start(text, end), before)
        if end - prev < LONG_PARAGRAPH and "\n" not in text[before:at]:
            return set()
        if end - prev >= LONG_PARAGRAPH and text[end - 1] not in FINISHED:
            cut = True
    return {at for at, _ in found} if cut else set()


def _paragraph_start(text: str, at: int) -> int:
    """Where the paragraph holding ``at`` starts: its line, and the lines before that stop mid-sentence (a hard
    wrap's: …改造 ⏎ xx间单独病房备用；…)."""
    start = text.rfind("\n", 0, at) + 1
    while start > 0:
        end = start - 1
        while end > 0 and text[end - 1] in WS + "\n":
            end -= 1
        if end == 0 or text[end - 1] in FINISHED or "\n\n" in text[end:start]:
            break
        start = text.rfind("\n", 0, end) + 1
    return start


def across_chunk_numbers(text: str, lines: list[Line], numbered: list[Candidate], chunks: set[int]) -> None:
    """A title that a doc store's chunk number cut in two goes on after the number: (一)经济指标 ⏎ 2、在克难攻坚中
    实现新增长 一年来… reads (一)经济指标在克难攻坚中实现新增长. Only when the piece after the number is a short
    phrase (ended by a blank or by its stop) and a paragraph follows it (a cut after a whole heading leaves prose)."""
    for c in numbered:
        k = c.line + 1
        if c.heading_end != lines[c.line].end or k >= len(lines) or lines[k].start not in chunks:
            continue
        if text[c.heading_end - 1] in FINISHED or text[c.heading_end : lines[k].start].count("\n") not in (1, 2):
            continue
        nxt = lines[k]
        label = match_label(text, nxt.start, nxt.end)
        if label is None:
            continue
        rest = title_start(text, label.end, nxt.end)
        blank = _BLANK.search(text, rest, nxt.end)
        end = nxt.end if blank is None else blank.start()
        after = Line(blank.end(), nxt.end) if blank is not None else lines[min(k + 1, len(lines) - 1)]
        stop = _BODY_END.search(text, rest, end)
        if stop is not None and stop.start() - rest <= CHUNK_REST_MAX:
            # (二)重点 ⏎ 2、项目建设多面开花。县人民医院…: a run-in title the number cut, its stop after the rest
            end, after = stop.start(), Line(stop.end(), nxt.end)
        elif stop is not None:
            continue
        if not 2 <= end - rest <= CHUNK_REST_MAX or not is_body(text, after):
            continue
        c.gaps = ((c.heading_end, rest),)
        c.heading_end = end


def _wrap_widths(text: str, lines: list[Line]) -> dict[int, int]:
    """How many lines of each printed width stop mid-sentence (a hard wrap's lines share one width)."""
    widths: dict[int, int] = {}
    for line in lines:
        if not line.split and text[line.end - 1] not in FINISHED and line.end - line.start >= WRAP_MIN_CHARS:
            w = visual_width(text[line.start : line.end])
            widths[w] = widths.get(w, 0) + 1
    return widths


def goes_on(text: str, line: Line) -> bool:
    """``line`` is as long as a wrapped line and stops inside its sentence (…开启新局面、): a paragraph's line."""
    return line.end - line.start >= WRAP_MIN_CHARS and text[line.end - 1] in _NO_TITLE_END


RUN_ON_LINES_MAX = 6  # lines a paragraph's first line may run on over to its sentence end


def runs_on_to_stop(text: str, lines: list[Line], k: int) -> bool:
    """Line ``k`` is a paragraph's first line a copy wrapped at uneven widths (a bilingual page's Chinese rows): as
    long as a wrapped line, a clause's comma inside, no end of its own, and a sentence end within a few lines (or
    the end of a copy cut inside that sentence)."""
    line = lines[k]
    if line.split or line.end - line.start < WRAP_MIN_CHARS or text[line.end - 1] in FINISHED:
        return False
    if not any(mark in text[line.start : line.end] for mark in "，,"):
        return False
    later = lines[k + 1 : k + RUN_ON_LINES_MAX]
    if any(ln.split for ln in later):
        return False
    return any(text[ln.end - 1] in "。！？!?；;" for ln in later) or k + RUN_ON_LINES_MAX >= len(lines)


def wrapped_lines(text: str, lines: list[Line]) -> set[int]:
    """Lines a hard wrap cut out of a paragraph: each fills a printed width that at least ``WRAPPED_MIN`` lines
    stopping mid-sentence share, and stops mid-sentence itself (a line of a paragraph, however short its words)."""
    widths = _wrap_widths(text, lines)
    if not widths:
        return set()
    out: set[int] = set()
    for i, line in enumerate(lines):
        if line.split or text[line.end - 1] in FINISHED or line.end - line.start < WRAP_MIN_CHARS:
            continue
        w = visual_width(text[line.start : line.end])
        if sum(widths.get(x, 0) for x in (w - 1, w, w + 1)) >= WRAPPED_MIN:
            out.add(i)
    return out


def across_wraps(text: str, lines: list[Line], numbered: list[Candidate]) -> None:
    """A numbered item that a hard wrap cut goes on to the next line: (二)研究…,提出审核意见,报市政 ⏎ 府领导同志审批。

    Only for a line that stops mid-sentence where a wrap cut it: it fills the printed width of the document's
    wrapped lines (at least ``WRAPPED_MIN`` lines of the same width stopping mid-sentence), or the next line has its
    width and stops mid-sentence too (a copy's reader joined the rest of the paragraph but left these two), or it
    ends with a mark no title ends with (``、`` ``，``). The title goes on over the next lines to its sentence end:
    over lines of its width, or (after such a mark) to the stop of the line after, the rest of its paragraph
    joined on it."""
    widths = _wrap_widths(text, lines)
    for c in numbered:
        line = lines[c.line]
        k = c.line + 1
        # (the title may have dropped the 、 or ， its line ends with)
        if (
            line.split
            or c.start != line.start
            or text[c.heading_end : line.end].strip(_NO_TITLE_END)
            or k >= len(lines)
        ):
            continue
        if text[line.end - 1] in FINISHED:
            continue
        nxt = lines[k]
        tail = _TAIL.match(text, nxt.start, nxt.end)
        if tail is not None and line.end - c.title_start >= WRAP_MIN_CHARS and text[line.end : nxt.start] == "\n":
            # …确保现代农牧业实现新进 ⏎ 展。全年计划投资…: no paragraph opens with a word's last characters
            c.gaps, c.heading_end = ((line.end, nxt.start),), tail.end() - 1
            continue
        if _sentence_item(text, c, line, nxt) and _sentence_run(text, lines, numbered, c):
            end = title_end(text, nxt.start, nxt.end)
            if end > nxt.start:  # 1.贯彻执行…,拟订财政发展战略和中 ⏎ 长期规划并组织实施。分析…: to its stop
                c.gaps, c.heading_end = ((line.end, nxt.start),), end
                continue
        w = visual_width(text[line.start : line.end])
        pair = abs(visual_width(text[nxt.start : nxt.end]) - w) <= 1 and text[nxt.end - 1] not in FINISHED
        cut = text[line.end - 1] in _NO_TITLE_END and line.end - c.title_start >= WRAP_MIN_CHARS
        if sum(widths.get(x, 0) for x in (w - 1, w, w + 1)) < WRAPPED_MIN and not pair and not cut:
            continue
        half = (line.end - line.start) // 2
        gaps: list[tuple[int, int]] = []
        prev = line
        for nxt in lines[k : k + WRAP_LINES_MAX]:
            if nxt.split or text[prev.end : nxt.start] != "\n" or match_label(text, nxt.start, nxt.end) is not None:
                break
            full = abs(visual_width(text[nxt.start : nxt.end]) - w) <= 1
            stop = _BODY_END.search(text, nxt.start, nxt.end)
            # (after a line ending with 、 the sentence goes on to its stop wherever it is on the next line; a heading
            # alone whose width a wrap's lines share, a paragraph after opening with a short sentence, stays alone)
            early = stop is not None and cut
            if not full and not early and nxt.end - nxt.start > half:
                break  # a paragraph of its own, not the wrapped rest of the title
            gaps.append((prev.end, nxt.start))
            end = title_end(text, nxt.start, nxt.end)
            if end > nxt.start and (end < nxt.end or has_sentence_end(text, nxt)):
                c.gaps, c.heading_end = tuple(gaps), end  # the title's sentence ends on this line
                break
            if not full or text[nxt.end - 1] in FINISHED:
                break
            prev = nxt


def spaced_title_end(text: str, lines: list[Line], i: int) -> int:
    """End of a letter-spaced title whose first character ends piece ``i`` of a long line (一、综 合 / 二、农 业
    全年…, a statistical bulletin run together): the single characters after it, or the next piece's first one."""
    end = lines[i].end
    for nxt in lines[i + 1 :]:
        if not nxt.split or "\n" in text[end : nxt.start] or not _CJK_CHAR.match(text, nxt.start):
            break
        if nxt.end - nxt.start > 1:
            return nxt.start + 1 if end == lines[i].end else end
        end = nxt.end
    return end


def ocr_title_end(text: str, at: int, cand: Candidate, line: Line) -> int:
    """In an OCR copy reading 。 as '.', a title ends at the next such dot within ``OCR_TITLE_MAX`` characters."""
    dot = OCR_STOP.search(text, cand.title_start, line.end)
    if dot is None or dot.start() - at > OCR_TITLE_MAX or _BODY_END.search(text, cand.title_start, dot.start()):
        return cand.heading_end
    return dot.start()


_BLANK_AT = re.compile(r"(?<=[^\s]) (?=[^\s])")
_BLANK_IN_PHRASE = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")
IN_PHRASE_SHARE = 0.2  # of a text's single blanks between Chinese characters: its blanks are wraps or word gaps


@lru_cache(maxsize=4)
def blanks_cut_phrases(text: str) -> bool:
    """The single blanks of ``text`` fall inside phrases often enough to be a PDF's wraps or word gaps (…生产管理
    办法;…); in a copy that ran its lines together, a blank stands for a line break, after a sentence or a title
    (一、综合 国民经济持续稳定增长。: the blank ends the title)."""
    blanks = len(_BLANK_AT.findall(text))
    return blanks > 0 and len(_BLANK_IN_PHRASE.findall(text)) >= IN_PHRASE_SHARE * blanks


WRAPPED_TAIL_MAX = 12  # Chinese characters of a title's rest over the single blanks before its stop
WRAPPED_WORD_MAX = 3  # the rest of a whole title piece, or the title piece that is only a word (工业)


def wrapped_tail(text: str, lines: list[Line], i: int, title_at: int) -> tuple[tuple[tuple[int, int], ...], int] | None:
    """The rest of a title that the single blanks of a copy run together on one line (its line breaks, or a PDF text
    layer's words each on a line of its own) put in the pieces after piece ``i``, its stop after it (``…生产管理
    办法;组织制定…``, ``2. 工业 经济提能升级 。 充分发挥…``): the blanks it goes over and where it ends; None when no
    stop follows within ``WRAPPED_TAIL_MAX`` characters of Chinese words. Only a title piece that is a single word
    (``工业``) goes on over more than ``WRAPPED_WORD_MAX`` characters: a whole title goes on only by its last word,
    and a paragraph opening with a short sentence after a heading line (一、工作回顾 成效显著。…) is no rest of it;
    but an item that is one sentence, the next item right after its stop, goes on to that stop over its wraps
    (``2、…促进固定资产投资 增量提质。 3、…``)."""
    line = lines[i]
    if text[line.end - 1] in FINISHED or not blanks_cut_phrases(text):
        return None
    reach = WRAPPED_TAIL_MAX if line.end - title_at <= WRAPPED_WORD_MAX else WRAPPED_WORD_MAX
    gaps: list[tuple[int, int]] = []
    end, chars = line.end, 0
    for k, nxt in enumerate(lines[i + 1 :], i + 1):
        if text[end : nxt.start] != " ":
            return None
        gaps.append((end, nxt.start))
        item = _ITEM_TAIL.fullmatch(text, nxt.start, nxt.end)
        if item is not None and chars + nxt.end - 1 - nxt.start <= WRAPPED_TAIL_MAX and _item_next(text, lines, k):
            # …促进固定资产投资 增量提质。 3、…: the whole item is one sentence, the next item right after its stop
            return tuple(gaps), nxt.end - 1
        if text[nxt.start] in "。；;":
            # 。 alone on its piece: the stop of the words before (the blank before it is no part of the title)
            return (tuple(gaps[:-1]), end) if len(gaps) > 1 else None
        tail = _PIECE_TAIL.match(text, nxt.start, nxt.end)
        if tail is not None:
            # (a one-word title reaches past its own length only to a stop ending the piece, 工业 经济提能升级。: a
            # stop with the paragraph run on after it is a lead sentence opening it, 一、综合 国民经济。初步核算,…)
            limit = reach if tail.end() == nxt.end else WRAPPED_WORD_MAX
            return (tuple(gaps), tail.end() - 1) if chars + tail.end() - 1 - nxt.start <= limit else None
        if _CJK_WORD.fullmatch(text, nxt.start, nxt.end) is None:
            return None
        chars += nxt.end - nxt.start
        if chars > reach:
            return None
        end = nxt.end
    return None


def _item_next(text: str, lines: list[Line], k: int) -> bool:
    """Piece ``k`` of a copy run together is followed at once by the next numbered item (or ends the text)."""
    if k + 1 >= len(lines):
        return True
    nxt = lines[k + 1]
    return text[lines[k].end : nxt.start] == " " and match_label(text, nxt.start, nxt.end) is not None


SENTENCE_ITEM_MIN = 28  # characters of a title line that is a sentence cut by a break, not a headline
SENTENCE_REST_MAX = 100  # characters of its rest on the next line, to its stop
_ITEM_CLAUSE = re.compile(r"[，,、]")
_DUTIES = re.compile(r"职能|职责")


def _sentence_item(text: str, c: Candidate, line: Line, nxt: Line) -> bool:
    """Numbered line ``c`` is a long sentence with clauses that stops inside a word at a line break the cleaner
    left, the next line (no label) going on to its stop: the shape of a wrapped item, whatever the line widths."""
    if line.end - c.title_start < SENTENCE_ITEM_MIN or not _ITEM_CLAUSE.search(text, c.title_start, line.end):
        return False
    if not _CJK_CHAR.match(text, line.end - 1) or nxt.split or text[line.end : nxt.start] != "\n":
        return False
    if match_label(text, nxt.start, nxt.end) is not None:
        return False
    stop = _BODY_END.search(text, nxt.start, nxt.end)
    return stop is not None and stop.start() - nxt.start <= SENTENCE_REST_MAX


def _sentence_run(text: str, lines: list[Line], numbered: list[Candidate], c: Candidate) -> bool:
    """``c`` is an item of a run of sentence items: a sibling next to it (same style, the number before or after)
    holds a sentence end on its line, or the heading over the run names a department's duties (一、部门职责,
    （一）主要职能: their items are whole sentences). A run of headline lines (一、回首过往,…新篇章 ⏎ 过去五年,…)
    is neither, and its line ends its title."""
    k = numbered.index(c)
    for j in (k - 1, k + 1):
        if 0 <= j < len(numbered):
            o = numbered[j]
            if (
                o.style == c.style
                and abs(o.value - c.value) == 1
                and _BODY_END.search(text, o.title_start, lines[o.line].end)
            ):
                return True
    parent = next((o for o in reversed(numbered[:k]) if o.style != c.style), None)
    return parent is not None and _DUTIES.search(text, parent.title_start, parent.heading_end) is not None


_SHORT_REST = re.compile(r"[\u4e00-\u9fff]{2,12}")
# a line that opens a point of its own (一是…, 首先…), never the rest of a title
_POINT_OPENS = re.compile(r"[一二三四五六七八九十]是|首先|其次|再次|最后|同时|此外|另外")
# the rest of a title whose first clause is one character, no clause being so short: the end of a word the break cut
# (two would take 目前， 同时， which open sentences)
_CUT_WORD_REST = re.compile(r"[\u4e00-\u9fff][，,][^。！？；;!?：:，,]{2,20}(?:[，,][^。！？；;!?：:，,]{2,20})?。?")
BROKEN_TITLE_MAX = 40  # characters of a title line a break may have cut short


def across_breaks(text: str, lines: list[Line], numbered: list[Candidate], plain: list[Candidate]) -> None:
    """A numbered title that a line break cut goes on to the short line after it, which the plain headings did not
    take as a heading of its own: 一、贯彻落实县政府政府工作和农村 ⏎ 工作会议精神 ⏎ 我镇在3月份…, 五、…经费支出决算 ⏎
    情况说明. The first line stops without a mark, the next one is a few Chinese words with no mark and no label, and
    a paragraph follows it; a short line that the plain headings weigh as a subheading (一、综合 ⏎ 经济总量 ⏎ …)
    stays one, and so does one with other plain lines like it before the next numbered line (its siblings: 一、综合
    ⏎ 经济总量 ⏎ … ⏎ 人口 ⏎ …)."""
    plain_lines = sorted(c.line for c in plain)
    numbered_lines = sorted({c.line for c in numbered})
    for c in numbered:
        line = lines[c.line]
        k = c.line + 1
        if line.split or c.heading_end != line.end or k + 1 >= len(lines):
            continue
        stop = next((n for n in numbered_lines if n > c.line), len(lines))
        if any(k < n < stop for n in plain_lines) or any(p.line == k and p.score > 0 for p in plain):
            continue
        if line.end - c.title_start > BROKEN_TITLE_MAX or not _CJK_CHAR.match(text, line.end - 1):
            continue
        nxt, after = lines[k], lines[k + 1]
        if nxt.split or text[line.end : nxt.start].strip(WS + "\n") or text[line.end : nxt.start].count("\n") > 2:
            continue
        # (or a longer rest opening with the end of a word the break cut: 认真核查惠民资金应 ⏎ 用,积极完善…建设)
        rest = _SHORT_REST.fullmatch(text, nxt.start, nxt.end) or _CUT_WORD_REST.fullmatch(text, nxt.start, nxt.end)
        if rest is None or not is_body(text, after):
            continue
        if _POINT_OPENS.match(text, nxt.start):
            continue
        opens = nxt.start + len(text[nxt.start : nxt.end]) - len(text[nxt.start : nxt.end].lstrip(WS))
        if match_label(text, opens, nxt.end) is not None:  # 第一部分… opens a heading of its own
            continue
        c.gaps, c.heading_end = ((line.end, nxt.start),), nxt.end - (text[nxt.end - 1] == "。")
