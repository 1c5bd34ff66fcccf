"""English paragraphs inside a Chinese report (bilingual copies): found, kept, and hidden from reading.

Some copies interleave an English translation with the Chinese text. The clerk still sees it, but
the outline and the suggestions must not read it (``I Review of the Work…`` is not a heading,
``1.8 percent`` is not an indicator). The ranges are a pure function of the display text, so any
reader (the import pipeline, suggestions run later from the store) finds the same ones without
storing them; ``mask_english`` blanks them with spaces, keeping every offset.
"""

from __future__ import annotations

import re

_LATIN = re.compile(r"[A-Za-z]")
_CJK = re.compile(r"[\u3400-\u9fff]")
_MIN_LETTERS = 12


def is_english_line(line: str) -> bool:
    """A line written in English: Latin letters are most of it and Chinese characters few."""
    letters = len(_LATIN.findall(line))
    if letters < _MIN_LETTERS:
        return False
    cjk = len(_CJK.findall(line))
    body = len(line) - line.count(" ")
    return letters >= 0.6 * body and cjk <= 0.05 * body


def english_ranges(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each English line of ``text``, in order."""
    if not _LATIN.search(text):
        return []
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        if is_english_line(line):
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def mask_english(text: str) -> str:
    """``text`` with its English lines replaced by spaces (same length, same offsets)."""
    ranges = english_ranges(text)
    if not ranges:
        return text
    pieces: list[str] = []
    last = 0
    for start, end in ranges:
        pieces.append(text[last:start])
        pieces.append(" " * (end - start))
        last = end
    pieces.append(text[last:])
    return "".join(pieces)
