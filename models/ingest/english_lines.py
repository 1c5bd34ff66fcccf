"""English paragraphs inside a Chinese report (bilingual copies): found (own lines, table cells, a copy glued after
its Chinese), kept, hidden from reading, drawn muted by the reader, and parted from the Chinese paragraph a page set
beside them in one table row.

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
    """``(start, end)`` of each English line of ``text``, in order; in a row of cells, its English cells; after a
    line's Chinese, the English copy glued to it."""
    out: list[tuple[int, int]] = []
    # only a line with a Latin letter can hold English; the others are skipped in one scan (the reader asks this of
    # every text it opens)
    at = 0
    while (m := _LATIN.search(text, at)) is not None:
        pos = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        at = end + 1
        line = text[pos:end]
        if is_english_line(line):
            out.append((pos, pos + len(line)))
        elif _CELL_SEP.search(line):
            out.extend(_english_cells(line, pos))
        elif line[-1:] < "\x80":  # a glued copy ends its line in English
            tail = _english_tail(line)
            if tail is not None:
                out.append((pos + tail, pos + len(line)))
    return out


# an English copy glued onto the end of its Chinese paragraph or heading (…完善发展。The work of … / …发展5. We …):
# after a Chinese character or mark (or a bracket closing Chinese: ``[中国网] Zhang Dejiang…``), a run without either
# to the line's end, opening with a capital (after a heading's number, if any)
_CHINESE = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff01-\uff60]")
_TAIL_HEAD = re.compile(r"[\])]?[ \t]*((?:\d{1,2}\.[ \t]*|[IVX]{1,4}\.[ \t]*|\(\d{1,2}\)[ \t]*)?)[A-Z]")
# a sentence's full stop, then perhaps a photo's credit in brackets (``…March 9, 2014. [China.org.cn]``)
_SENTENCE_END = re.compile(r"[.?!][\"'’”)]?(?:[ \t]*[\[(][A-Za-z][\w .,/&-]{0,40}[\])])?[ \t]*$")


def ends_in_english(line: str) -> bool:
    """The line is English, or ends with the English copy glued after its Chinese (``english_ranges``)."""
    return is_english_line(line) or (line[-1:] < "\x80" and _english_tail(line) is not None)


def _english_tail(line: str) -> int | None:
    """Where the English copy glued after a line's Chinese starts, or None: a run that reads as English and is
    a sentence of its own (ends with its full stop) or a numbered heading's translation (``5. We…``, ``I. Review…``).
    A name or phrase written in Latin letters inside or at the end of a Chinese sentence is neither."""
    at = len(line)
    while at and not _CHINESE.match(line, at - 1):  # back over the run to the last Chinese character or mark
        at -= 1
    if at == 0 or (line[at : at + 1] in "])" and not "\u3400" <= line[at - 1] <= "\u9fff"):
        return None  # no Chinese before it; a bracket closes Chinese only
    m = _TAIL_HEAD.match(line, at)
    if m is None:
        return None
    start = m.start(1)
    run = line[start:].rstrip()
    if not is_english_line(run) or sum(1 for w in run.split() if w[:1].isalpha()) < 4:
        return None
    if not m.group(1) and not _SENTENCE_END.search(run):
        return None
    return start


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


# a row of one cell, its closing bar only: ``全国人民代表大会常务委员会工作报告 |``
_ONE_CELL = re.compile(r"^[^|｜\n]*[^|｜\s]([ \t]*[|｜][ \t]*)$", re.M)
# a row of cells: ``中文 | English |`` (a leading and a trailing bar optional)
_ROW = re.compile(r"^[ \t]*(?:[|｜][ \t]*)?([^|｜\n]*?)[ \t]*[|｜][ \t]*([^|｜\n]*?)[ \t]*(?:[|｜][ \t]*)?$", re.M)


def bilingual_row_edits(text: str, busy: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Edits ``(start, end, replacement)`` parting the rows of a bilingual page that set a Chinese paragraph and
    its English copy side by side as two table cells (``请予审议。 | On behalf of … deliberation. |``): the bar
    between them becomes a line break and the row's outer bars go, so each language is a paragraph of its own
    (the English one then marked by ``english_ranges``). A row of any other cells (two Chinese cells, a figure,
    a site's address, three cells) stays as written; so does a row whose bars a garbled run covers (``busy``)."""
    edits: list[tuple[int, int, str]] = []
    if "|" not in text and "｜" not in text:
        return edits
    for m in _ROW.finditer(text):
        chinese, english = m.group(1), m.group(2)
        if not _CJK.search(chinese) or is_english_line(chinese) or not is_english_line(english):
            continue
        if _CJK.search(english) or sum(1 for w in english.split() if w[:1].isalpha()) < 2:
            continue  # a translation is words (not an address: ``www.yjhl.gov.cn``)
        cuts = [(m.start(), m.start(1), ""), (m.end(1), m.start(2), "\n"), (m.end(2), m.end(), "")]
        cuts = [(s, e, r) for s, e, r in cuts if e > s]
        if any(s < be and bs < e for s, e, _r in cuts for bs, be in busy):
            continue
        edits.extend(cuts)
    if edits:
        for m in _ONE_CELL.finditer(text):
            if not any(m.start(1) < be and bs < m.end(1) for bs, be in busy):
                edits.append((m.start(1), m.end(1), ""))
        edits.sort()
    return edits
