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


# the cell separators of a bilingual copy set as a two-column table, one row a line (过去一年的主要工作 | Major Work…)
_CELL_SEP = re.compile(r"[|｜\t]")


def english_ranges(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each English line of ``text``, in order; in a row of cells, its English cells."""
    if not _LATIN.search(text):
        return []
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        if is_english_line(line):
            out.append((pos, pos + len(line)))
        elif _CELL_SEP.search(line) and _LATIN.search(line):
            out.extend(_english_cells(line, pos))
        pos += len(line) + 1
    return out


def _english_cells(line: str, pos: int) -> list[tuple[int, int]]:
    """A table row of a bilingual copy (中文 | English |): its English cells, and the row's separators with them when
    one cell is English and another Chinese (the Chinese cell then reads as a line of its own)."""
    cells: list[tuple[int, int]] = []
    at = 0
    for m in _CELL_SEP.finditer(line):
        cells.append((at, m.start()))
        at = m.end()
    cells.append((at, len(line)))
    english = [(a, b) for a, b in cells if is_english_line(line[a:b])]
    if not english or not any(_CJK.search(line[a:b]) for a, b in cells):
        return []
    seps = [(m.start(), m.end()) for m in _CELL_SEP.finditer(line)]
    return [(pos + a, pos + b) for a, b in sorted(english + seps)]


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
