"""Runs of ``?`` that stand for lost full-width spaces (an encoder's stand-in for U+3000), turned back into spaces."""

from __future__ import annotations

import re
from bisect import bisect_left

_TRIM = " \t\r\xa0\u3000\ufeff"

# a run of marks, one opening a line (a lost indent), or one between a figure and its date word (2023?年度: a lost
# no-break space; a lost character never stands there, a year runs straight into 年)
_QMARK_RUN_RE = re.compile(r"[?？]{2,}|(?:(?<=\n)|^)[ \t\u3000\xa0]*[?？](?![?？])|(?<=\d)\?(?=[年月日])", re.MULTILINE)
_QUESTION_END = "吗嗎呢么麼吧"
_SPACE = "\u3000"


def _overlaps(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    if not spans:
        return False
    i = bisect_left(spans, (s, s))
    return any(a < e and s < b for a, b in spans[max(0, i - 1) : i + 2])


def qmark_edits(text: str, busy: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Runs of ``?`` standing for lost full-width spaces, as edits replacing each ``?`` with a space."""
    edits: list[tuple[int, int, str]] = []
    if "?" not in text and "？" not in text:
        return edits
    for m in _QMARK_RUN_RE.finditer(text):
        s, e = m.start(), m.end()
        while text[s] not in "?？":
            s += 1  # the single-mark form may start with blanks
        if _overlaps(busy, s, e):
            continue
        before = text[s - 1] if s > 0 else "\n"
        after = text[e] if e < len(text) else "\n"
        if (before.isascii() and before.isalpha()) or (after.isascii() and after.isalpha()):
            continue
        at_end = text[e:].split("\n", 1)[0].strip(_TRIM) == ""
        if at_end and before in _QUESTION_END:
            continue  # "为什么呢??" ends a question
        edits.append((s, e, _SPACE * (e - s)))
    return edits
