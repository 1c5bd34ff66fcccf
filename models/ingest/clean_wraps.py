"""Wrap spaces found over the whole document: a PDF converted to paragraphs keeps a space at each printed line end.

A PDF turned into a Word file or a web page often keeps each paragraph on one line with a space where
every printed line ended (``区各有 关部门``, ``请认真贯彻落 实``). A paragraph holds only a few such
spaces, too few for a period of its own, but the whole document shares one printed width: the spaces
between wide characters fall at whole multiples of it, counted in printed columns from the start of
the paragraph (its first line indented or not; a digit or letter is half a column). A lone space that
parts a common word inside a clause of a line with no other blank (``承担商 贸流通业``) is such a wrap wherever
it falls (``word_spaces``).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from itertools import accumulate, pairwise, repeat

from models.ingest.clean_word_spaces import word_spaces as word_spaces  # re-exported: tests import it here
from models.ingest.rejoin import visual_width
from models.ingest.repair_lexicon import COMMON_WORD, word_freq

_CANDIDATE = re.compile(r"(?<=\S) (?=\S)")
_MIN_WIDTH = 16  # printed columns: a narrower "line" is a list of short items, not a page
_MAX_WIDTH = 60
_TOL = 1  # columns a wrap may miss its place by (half-width digits round)
_INDENTS = (0, 1, 2, 3, 4)


def _wide(ch: str) -> bool:
    return not ch.isascii() and not ch.isspace()


_STORE_WIDE = ",;:)"  # a store's ASCII rewrite of a full-width mark, printed wide


def _wide_or_mark(ch: str) -> bool:
    return _wide(ch) or ch in _STORE_WIDE


# each ASCII character's printed width in columns (a space none; any character from U+2000 on takes a whole one)
_COLUMNS = {chr(i): 0.0 if i == 32 else visual_width(chr(i)) / 2 for i in range(128)}
_NARROW_NON_ASCII = re.compile(r"[\x80-\u1fff]")  # Latin, Greek, Cyrillic…: half a column, measured once each


def _columns(line: str) -> list[float]:
    """The printed column before each character (spaces take none; the reader's one measure of printed width,
    ``rejoin.visual_width``: ASCII half a column, a store's ASCII rewrite of a full-width mark a whole one)."""
    if not line.isascii():
        for ch in _NARROW_NON_ASCII.findall(line):
            _COLUMNS.setdefault(ch, visual_width(ch) / 2)
    return list(accumulate(map(_COLUMNS.get, line, repeat(1.0)), initial=0.0))


def _candidates(line: str) -> list[int]:
    """Single spaces between two wide characters, one of them maybe a store's rewritten mark (``指导 ,认真``); a
    number's or a word's own spaces are not wraps."""
    return [
        m.start()
        for m in _CANDIDATE.finditer(line)
        if _wide_or_mark(a := line[m.start() - 1])
        and _wide_or_mark(b := line[m.start() + 1])
        and (_wide(a) or _wide(b))
        and a not in "。！？"
    ]


def document_width(lines: list[str]) -> int | None:
    """The printed width the spaces of the document's paragraphs fall at, or None when they fall at none.

    The gaps between consecutive candidate spaces of a paragraph are counted, each rounded up (a printed line
    never runs past the page; a mark or a figure may leave it a column short); the width is the value most gaps
    reach or stop a column short of, when at least eight gaps, from three paragraphs or more, and most of the
    gaps of the usable range fall on it or on a whole multiple of it.
    """
    gaps: list[int] = []
    rows: Counter[int] = Counter()
    for k, line in enumerate(lines):
        spaces = _candidates(line)
        col = _columns(line)
        for a, b in pairwise(spaces):
            gap = math.ceil(col[b] - col[a])  # a printed line never runs past the page: 36.5 columns fill a 37's
            if _MIN_WIDTH <= gap <= 4 * _MAX_WIDTH:
                gaps.append(gap)
                rows[k] += 1
    counts = Counter(g for g in gaps if g <= _MAX_WIDTH)
    if not counts:
        return None
    # a printed line reaches the width or stops a column short (a wide character no longer fit): never past it
    width, _ = max(counts.items(), key=lambda kv: (kv[1] + counts.get(kv[0] - 1, 0), kv[1], kv[0]))
    on = [g for g in gaps if any(abs(g - m * width) <= _TOL * m for m in range(1, 5))]
    near = sum(1 for g in gaps if abs(g - width) <= _TOL)
    if near < 8 or len(rows) < 3 or len(on) * 10 < len(gaps) * 7:
        return _grid_width(lines)
    return width


_GRID_MIN = 20  # printed columns: the narrowest page a short excerpt's grid is trusted for
_GRID_SPACES = 6


def _grid_width(lines: list[str]) -> int | None:
    """A short excerpt's printed width, from where its candidate spaces stand rather than from the gaps between
    them (a paragraph of two or three printed lines has one gap or none): the width and the indent of the
    paragraphs' first lines that put nearly all the candidate spaces, six or more over two paragraphs or
    more, at whole printed lines from their paragraph's start. Every divisor of a width fits as well: the
    widest that fits is taken. A space no printed line can end at says nothing of the grid and is not counted:
    one before the narrowest first line (``、综 合``), or one of a letter-spaced name (``主任 张 剑``)."""
    rows = [(spaces, col) for line in lines if (spaces := _grid_candidates(line, col := _columns(line)))]
    total = sum(len(spaces) for spaces, _col in rows)
    few = total < _GRID_SPACES or len(rows) < 2
    if few and not any(len(spaces) >= _RUN_MIN for spaces, _col in rows):
        return None
    best: int | None = None
    for width in range(_GRID_MIN, _MAX_WIDTH + 1):
        for indent in _INDENTS:
            on = [sum(1 for i in spaces if _on_grid(col[i] + indent, width)) for spaces, col in rows]
            if few and not any(_line_run(spaces, col, indent, width) for spaces, col in rows):
                continue
            if sum(on) * 20 >= total * 17 and (few or sum(1 for n in on if n) >= 2):
                best = width
                break
    return best


_RUN_MIN = 4  # spaces in one paragraph ending its first printed lines one after another: a grid without others


def _line_run(spaces: list[int], col: list[float], indent: int, width: int) -> bool:
    """The paragraph's spaces end its 1st, 2nd, 3rd… printed lines, every one (a single paragraph's wraps: no
    spacing a writer chose falls on whole lines from the paragraph's start four times running)."""
    return len(spaces) >= _RUN_MIN and all(
        _on_grid(col[i] + indent, width) and round((col[i] + indent) / width) == k for k, i in enumerate(spaces, 1)
    )


def _grid_candidates(line: str, col: list[float]) -> list[int]:
    """The candidate spaces that may end a printed line: at least the narrowest line from the paragraph's start
    (its indent allowed) and from the next candidate on either side."""
    spaces = _candidates(line)
    first = _GRID_MIN - max(_INDENTS) - _TOL
    return [
        i
        for k, i in enumerate(spaces)
        if col[i] >= first
        and (k == 0 or col[i] - col[spaces[k - 1]] >= _MIN_WIDTH)
        and (k + 1 == len(spaces) or col[spaces[k + 1]] - col[i] >= _MIN_WIDTH)
    ]


def _on_grid(pos: float, width: int) -> bool:
    k = round(pos / width)
    return k >= 1 and abs(pos - k * width) <= _TOL


_ANY_SPACE = re.compile(r"(?<=[^\s。！？]) (?=\S)")
_CHAIN_MIN = 2  # wraps in a row, one printed line apart, before a space between figures is taken for one


def chained_wraps(line: str, width: int) -> set[int]:
    """Single spaces of ``line`` (between figures and marks too: ``收入25 29万元``, ``17.2 部``) that end printed lines
    one after another: each a printed line of ``width`` columns after the one before (a line ends at most a column
    short of the width, a figure's half-width digit not fitting), the first one printed line from the paragraph's
    start (its indent allowed). Only a chain of ``_CHAIN_MIN`` wraps or more counts (a lone space one printed line
    in may be a figure's own): a document whose wraps the candidate spaces between Chinese characters showed
    (``document_width``) marks every wrap, in figures too."""
    spaces = [m.start() for m in _ANY_SPACE.finditer(line)]
    if len(spaces) < _CHAIN_MIN:
        return set()
    col = _columns(line)
    best: set[int] = set()
    for indent in _INDENTS:
        found: set[int] = set()
        last = -float(indent)
        for i in spaces:
            gap = col[i] - last
            if gap < width - 1 - _TOL / 2:
                continue  # a space inside a printed line
            if gap > width + _TOL / 2:
                break  # a wrap that left no space: the chain ends
            found.add(i)
            last = col[i]
        if len(found) > len(best):
            best = found
    return best if len(best) >= _CHAIN_MIN else set()


# a space inside a figure (``39 4.7亿元``, ``11. 8``, ``3 .5``): a number is never written with a blank in its digits
_IN_FIGURE = re.compile(r"(?<=\d) (?=\.?\d)|(?<=\d\.) (?=\d)")


def _first_row_figure_wrap(line: str, width: int) -> set[int]:
    """The space inside a figure that ends the paragraph's first printed line (its first line indented or not): a
    paragraph of two printed lines has one wrap and no chain to show it when that wrap split a number."""
    col = _columns(line)
    return {
        m.start()
        for m in _IN_FIGURE.finditer(line)
        if any(width - 1 - _TOL / 2 <= col[m.start()] + indent <= width + _TOL / 2 for indent in _INDENTS)
    }


def wrap_spaces(line: str, width: int) -> set[int]:
    """The candidate spaces of ``line`` that fall at the end of a printed line of ``width`` columns.

    The paragraph's first printed line may be indented; the indent that puts the most spaces on the
    grid is taken. A space before the first full printed line is no wrap. A chain of wraps one printed
    line apart adds the spaces between figures it passes through (``chained_wraps``).
    """
    chain = chained_wraps(line, width) | _first_row_figure_wrap(line, width)
    spaces = _candidates(line)
    if not spaces:
        return chain
    col = _columns(line)
    best: set[int] = set()
    for indent in _INDENTS:
        found = set()
        for i in spaces:
            pos = col[i] + indent
            k = round(pos / width)
            if k >= 1 and abs(pos - k * width) <= _TOL:
                found.add(i)
        if len(found) > len(best):
            best = found
    return best | chain


_ENDS = "。！？!?；;：:”）)"
_OPENS = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、\t]|第[一二三四五六七八九十\d]+|附件)"
)


def _fills_rows(line: str, width: int) -> bool:
    """The paragraph set on one line ends at the end of a printed line (its last space-marked wrap, or its
    start with or without the first line's two-column indent, lies whole printed lines back)."""
    col = _columns(line)
    wraps = sorted(wrap_spaces(line, width))
    rows = [col[-1] - col[wraps[-1]]] if wraps else [col[-1], col[-1] + 2]
    return any(r >= width - _TOL and abs(r - round(r / width) * width) <= _TOL + 0.5 for r in rows)


def page_break_runs(lines: list[str], width: int) -> set[int]:
    """Lines that carry on the paragraph of the line before them across a page break.

    The line before stops mid-sentence at the end of a printed line (whole printed lines after its
    last wrap) and is no heading (a label and a title without a sentence end); the line after opens no
    heading or item.
    """
    out: set[int] = set()
    for i in range(1, len(lines)):
        prev, line = lines[i - 1].rstrip(), lines[i].lstrip()
        if not prev or not line or prev[-1] in _ENDS or _OPENS.match(line):
            continue
        if _OPENS.match(prev) and not re.search(r"[。；;]", prev):
            continue  # a heading filling its printed lines ends there
        if (_wide(prev[-1]) or _wide(line[0])) and _fills_rows(prev, width):
            out.add(i)
    return out


# a run of two or more spaces parts two paragraphs a page set on one line (``…意见。IAh   一、…``)
_PARAGRAPH_GAP = re.compile(r"[ \u3000]{2,}")


def _near(gap: int, period: int) -> bool:
    return any(abs(gap - m * period) <= 0.15 * m * period for m in range(1, 5))


def document_period(lines: list[str]) -> int | None:
    """The steady distance, in characters, between the wrap spaces of a short document's paragraphs.

    A print-era text copied to the web keeps a space wherever a printed line ended; in an excerpt of
    a few paragraphs there are too few for ``document_width`` (and figures blur the printed width).
    Pooled over the paragraphs, the gaps between consecutive spaces still agree: at least five, from
    two paragraphs or more, lie within 15% of their median, and they are most of all the gaps. Gaps are
    counted in printed columns (a figure's digits are half a column each), and a page that set all its
    paragraphs on one line, parted by runs of spaces, is read one paragraph at a time.
    """
    gaps: list[int] = []
    rows: set[int] = set()
    paragraphs = [part for line in lines for part in _PARAGRAPH_GAP.split(line)]
    for k, line in enumerate(paragraphs):
        spaces = _candidates(line)
        col = _columns(line)
        for a, b in pairwise(spaces):
            gap = round(col[b] - col[a])
            gaps.append(gap)
            if _MIN_WIDTH <= gap <= 70:
                rows.add(k)
    usable = sorted(g for g in gaps if _MIN_WIDTH <= g <= 70)
    if len(usable) < 5 or len(rows) < 2:
        return None
    period = usable[len(usable) // 2]
    steady = sum(1 for g in usable if abs(g - period) <= 0.15 * period)
    if steady < 5 or steady * 10 < len(usable) * 8 or sum(1 for g in gaps if _near(g, period)) * 10 < len(gaps) * 8:
        return None
    return period


def period_spaces(line: str, period: int) -> set[int]:
    """The candidate spaces of ``line`` a whole number of periods (printed columns) from a neighbouring one,
    or, the first of a paragraph (a line's start or a run of spaces opens one), one printed line from the
    paragraph's start, its first line indented or not (a paragraph of two printed lines has one wrap)."""
    spaces = _candidates(line)
    col = _columns(line)
    found: set[int] = set()
    for a, b in pairwise(spaces):
        if _near(round(col[b] - col[a]), period):
            found.update((a, b))
    starts = [0] + [m.end() for m in _PARAGRAPH_GAP.finditer(line)]
    for start, end in zip(starts, [*starts[1:], len(line)], strict=True):
        first = next((i for i in spaces if start < i < end), None)
        if first is not None and period - max(_INDENTS) - _TOL <= col[first] - col[start] <= period + _TOL:
            found.add(first)
    return found


_HAN = re.compile(r"[\u4e00-\u9fff]")
_TITLE_END = re.compile(r"(?:报告|总结|计划|要点|方案|通知|意见|规划|决定|办法|规定|细则|纲要)[)）》]*$")
_NUMERAL_LABEL = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十]+)"
)
_PROSE_LINE = 20  # characters: a cut paragraph's first half, long and with its clauses
_SPACED_WRAP = 60  # characters: where blank lines part every paragraph, only a long printed line wraps into one


def page_cut_runs(lines: list[str], gap_before: list[bool], blanks: list[int] | None = None) -> set[int]:
    """Lines after a blank run that carry on a prose paragraph cut between two Chinese characters.

    A PDF converted to a Word file leaves empty paragraphs where a page ended, even inside a
    paragraph (``…给予年`` ⏎⏎ ``运营服务收入…``). A paragraph never ends between two characters of a
    word: the line before is long prose (clauses, no title's end) stopping on a character, not a mark;
    the line after opens on a character, with no heading or item label, and runs on with clauses. Where
    blank lines part every paragraph (a portal's copy of a PDF leaves one after each printed line), the
    line before must be a long printed line too, and the blank must say more than a paragraph's end: a longer
    run of blank lines than the document parts its paragraphs with (a page's end, ``blanks``: the blank lines
    before each line), or a word running across it (``…工业增加`` ⏎⏎ ``值的…``). A paragraph that lost its full
    stop (``…提供强有力的气象保障`` ⏎⏎ ``为提高…``, 1476) looks the same otherwise.
    """
    out: set[int] = set()
    spaced = sum(gap_before) * 4 > len(lines)  # blank lines part every paragraph: a blank run is no page's end
    runs = blanks or [int(g) for g in gap_before]
    usual = min((n for n, g in zip(runs, gap_before, strict=True) if g and n), default=0)  # a paragraph's end
    for i in range(1, len(lines)):
        prev, line = lines[i - 1].strip(), lines[i].strip()
        # a word cut before a clause of one character (…核查惠民资金应 ⏎⏎ 用,积极…: 1454), even after an item's label
        one = bool(line) and _one_character_clause(prev, line)
        if not gap_before[i] or len(prev) < (_PROSE_LINE if not spaced or one else _SPACED_WRAP) or not line:
            continue
        if not _HAN.match(prev[-1]) or not _HAN.match(line[0]) or _OPENS.match(line) or _TITLE_END.search(prev):
            continue
        heading = _NUMERAL_LABEL.match(prev) and not re.search(r"[。；;]", prev) and not one  # 一、 （一） 第一
        if spaced and runs[i] <= usual and not _word_across(prev, line):
            continue
        if re.search(r"[，,、]", prev) and re.search(r"[，,、；;。]", line) and not heading:
            out.add(i)
    return out


def _one_character_clause(before: str, after: str) -> bool:
    """``after`` opens on a clause of one character (no clause is one: ``用,``) that ends a common word begun at the
    end of ``before`` (``…资金应`` ⏎ ``用,``)."""
    return bool(re.match(r"[\u4e00-\u9fff][，,、；;]", after)) and word_freq(before[-1] + after[0]) >= COMMON_WORD


def _word_across(before: str, after: str) -> bool:
    """A common word of two to four characters runs from the end of ``before`` into the start of ``after``."""
    for k in (1, 2, 3):
        for m in (1, 2, 3):
            if 2 <= k + m <= 4 and word_freq(before[-k:] + after[:m]) >= COMMON_WORD:
                return True
    return False
