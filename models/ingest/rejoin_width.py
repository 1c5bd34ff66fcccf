"""The printed width a hard-wrapped text breaks at (``wrap_width``), whether a line fills it, and the runs of lines its
wrap cut from one paragraph (``wrapped_runs``): what ``rejoin.join_points`` and the cleaner measure a page by."""

from __future__ import annotations

import re

from models.ingest.rejoin_marks import (
    _CJK_CHAR,
    _CLAUSE,
    _HEADING,
    _LAYOUT,
    _RUN_IN,
    _SENTENCE,
    _TITLE_END,
    _continues,
    _ends_paragraph,
    visual_width,
)

_MIN_LINES = 4


def wrap_width(lines: list[str], printed: list[str] | None = None) -> int | None:
    """The printed width a hard-wrapped document breaks at, or None when it is not hard-wrapped.

    ``printed[i]``: line ``i`` as the file printed it, with what cleaning took out of it (a pinyin annotation, a
    junk token): the wrap measured that line. Without it, the lines are measured as they are.
    """
    printed = printed or lines
    widths = sorted(visual_width(p) for ln, p in zip(lines, printed, strict=True) if len(ln) >= 8)
    if len(widths) < _MIN_LINES:
        return None
    best, best_count = 0, 0
    for w in set(widths):
        if not 44 <= w <= 130:  # a printed line holds 22 to 65 characters; shorter lines are lists
            continue
        tol = max(4, w // 8)
        count = sum(1 for x in widths if w - tol <= x <= w)
        if count > best_count or (count == best_count and w > best):
            best, best_count = w, count
    if best_count < _MIN_LINES:
        return None
    wider = sum(1 for x in widths if x > best + max(4, best // 10))
    if wider * 100 > 15 * len(widths):
        return None
    # a contents entry or a heading is no running text, however wide (a 决算's 目录 over its wrapped duties: 1474)
    prose = [visual_width(p) for ln, p in zip(lines, printed, strict=True) if len(ln) >= 8 and not _HEADING.match(ln)]
    if best_count * 100 < 35 * len(widths) and not _excerpt_wrap(prose, best, best_count, wider, len(widths)):
        return None
    # lines that stop at the margin in mid-sentence: a list of short titles has none
    tol = max(4, best // 6)
    full = [(ln, p) for ln, p in zip(lines, printed, strict=True) if ln and visual_width(p) >= best - tol]
    cut = sum(1 for ln, _ in full if not _ends_paragraph(ln) and ln[-1] not in "，,、；;")
    # a wrap ends a paragraph at the margin only by chance: a page whose wide lines mostly end their sentences (a
    # news item a sentence a line, its headlines as wide: 2014) was never wrapped
    ended = sum(1 for ln, p in full if _ends_paragraph(ln) and visual_width(p) <= best + max(4, best // 10))
    return best if cut >= 3 and cut > ended else None


def _fills_line(line: str, width: int, printed: str) -> bool:
    """``line`` (``printed`` as the file printed it) reaches the printed width (a heading only when it fills it to
    the last column)."""
    w = visual_width(printed)
    if _TITLE_END.search(line) and not _CLAUSE.search(line):
        return False  # a title (…工作计划) ends its line however wide it is printed
    if _HEADING.match(line) and not _SENTENCE.search(line) and not _RUN_IN.search(line) and not _item_text(line):
        return w >= width - 2  # a heading is joined only when it fills the line (a run-in heading wrapped)
    return w >= width - max(4, width // 6)


_MEASURED = re.compile(r"\d\s*(?:[万亿千百]\s*)?(?:美元|元|[个家项户人吨亩%％])")


def _item_text(line: str) -> bool:
    """A numbered item of running text, not a heading: two clause marks or more and a measured figure after its label
    (978 ``1、…圆满完成,全年实现国内生产总值 42 亿元,工业销售``); a heading's title states no figure, however many
    phrases it holds (036 ``一、强化理论武装,筑牢思想根基,把稳教育发展政治方向``)."""
    return len(_CLAUSE.findall(line)) >= 2 and _MEASURED.search(line) is not None


def wrapped_runs(lines: list[str], adjacent: list[bool], printed: list[str] | None = None) -> list[list[int]]:
    """In a hard-wrapped text, the runs of two or more lines a wrap cut from one paragraph (indices into ``lines``).

    A line that fills the printed width and stops mid-sentence is carried on by the next line (``adjacent[i]``:
    no blank line between line ``i`` and the next); the runs let a paragraph's lines be judged as one (a wrapped
    piece alone can look like a tool bar or a site's words). ``printed`` as for ``wrap_width``.
    """
    printed = printed or lines
    width = wrap_width(lines, printed)
    runs: list[list[int]] = []
    if width is None:
        return runs
    for i in range(len(lines) - 1):
        line, nxt = lines[i], lines[i + 1]
        if (
            not adjacent[i]
            or not line
            or not nxt
            or _ends_paragraph(line)
            or not _continues(line, nxt)
            or _LAYOUT.search(line + nxt)
        ):
            continue
        if not _CJK_CHAR.search(line):
            continue  # a line of Latin letters (a URL) is no Chinese paragraph
        if _fills_line(line, width, printed[i]):
            if runs and runs[-1][-1] == i:
                runs[-1].append(i + 1)
            else:
                runs.append([i, i + 1])
    return runs


def _excerpt_wrap(prose: list[int], best: int, count: int, wider: int, lines: int) -> bool:
    """A short excerpt whose wrapped paragraphs are outnumbered by short lines (a contents list, headings): it is
    hard-wrapped when most of its lines of running text (``prose``: no heading, half the width or more) stop at the
    width and hardly any of its ``lines`` runs past it."""
    running = sum(1 for x in prose if x >= best // 2)
    return count >= 6 and count * 2 >= running and wider * 100 <= 5 * lines
