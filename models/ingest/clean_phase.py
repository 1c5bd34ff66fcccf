"""Wrap spaces of a flattened PDF found by the printed line's width, walked from each paragraph's start.

A PDF page of short paragraphs flattened to one line keeps a space where each printed line ended
(``及时布置自 评任务``). Between two paragraphs the wraps lose their rhythm (a paragraph's last line is
short, the next one is indented), so a steady gap between consecutive spaces shows only inside long
paragraphs. Measured from where its printed line started, though, every wrap stands one printed width
on: the width is read from the spaces between wide characters, then the line is walked, restarting
the measure at each wrap and at each paragraph's start (a space after a sentence end or a heading,
before a lead such as ``一、`` or ``(二)``). Digits and Latin letters count half a character; spaces
around figures (``设 17 个``) do not end a printed line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

_WIDE = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’《》、]")
_STOP = "。！？!?；;：:"
_LEAD = re.compile(r"[一二三四五六七八九十]+(?:、|是)|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．](?!\d)|——")
_HEADING = re.compile(r"[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]")  # a heading's label, not 一是
_MIN_LINE = 300  # characters: a flattened page, not a paragraph with a few spaces
_MIN_WIDTH, _MAX_WIDTH = 14.0, 45.0  # printed width, in wide characters
_TOL = 1.5  # wide characters a printed line's width may vary by (narrow digits, punctuation)
_INDENT = 3.0  # a paragraph's first printed line may start up to this far in
_TITLE_MAX = 100  # characters: how far into the page its title may end
_TITLE_END = re.compile(r"(?:报告|总结|方案|计划|意见|通知|公报|决议|要点)$")


def _columns(line: str) -> list[float]:
    """The printed column before each character (a space takes none; an ASCII character half)."""
    col = [0.0]
    for ch in line:
        col.append(col[-1] + (0.0 if ch == " " else 0.5 if ch.isascii() else 1.0))
    return col


def _width(line: str, spaces: Sequence[int], col: Sequence[float]) -> float | None:
    """The printed width most gaps between consecutive spaces inside words show, or None when none does."""
    inner = [i for i in spaces if _WIDE.match(line[i - 1]) and _WIDE.match(line[i + 1]) and line[i - 1] not in _STOP]
    gaps = [col[b] - col[a] for a, b in pairwise(inner)]
    gaps = [g for g in gaps if _MIN_WIDTH <= g <= _MAX_WIDTH]
    best, count = 0.0, 0
    for g in gaps:
        n = sum(1 for h in gaps if abs(h - g) <= 1.0)
        if n > count:
            best, count = g, n
    if count < 5 or count * 10 < len(inner) * 3:
        return None
    near = sorted(h for h in gaps if abs(h - best) <= 1.0)
    return near[len(near) // 2]


def phase_spaces(line: str) -> set[int]:
    """The spaces of a flattened page standing one printed width after their line's start."""
    if len(line) < _MIN_LINE:
        return set()
    spaces = [m.start() for m in re.finditer(r"(?<=\S) (?=\S)", line)]
    if len(spaces) < 8:
        return set()
    col = _columns(line)
    width = _width(line, spaces, col)
    if width is None:
        return set()
    found: set[int] = set()
    start, first, heading = 0.0, True, bool(_HEADING.match(line))
    for i in spaces:
        d = col[i] - start
        low = width - _TOL - (_INDENT if first else 0.0)
        after_lead = bool(_LEAD.match(line, i + 1))
        opens = bool(_HEADING.match(line, i + 1))
        if not found and i <= _TITLE_MAX and _TITLE_END.search(line, 0, i):
            start, first, heading = col[i], True, opens  # the page's title over its text
        elif low <= d <= width + _TOL:
            found.add(i)
            start, first, heading = col[i], False, False
        elif line[i - 1] in _STOP or after_lead or (heading and d < low and not line[i - 1].isdigit()):
            start, first, heading = col[i], True, opens  # a paragraph or heading starts
        elif (k := round(d / width)) >= 2 and abs(d - k * width) <= _TOL * k:
            found.add(i)  # a wrap fell where the text had no space (before a comma, inside a figure)
            start, first, heading = col[i], False, False
    return found
