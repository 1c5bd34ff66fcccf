"""A printed page's furniture left in a PDF's text copy: its page numbers, judged over the whole document.

A styled number (``- 3 -``, ``—12—``, OCR's ``— l —`` for page one, ``第 3 页``, ``第3页 共12页``, ``3/18``,
``Page 3 of 12``) says it is a page number by itself.
A bare number (``3``) does not: a heading's label, a table's figure or a token of a text set a word a line look
the same. It is a page number from the evidence of the document: bare numbers rising one by one, each a page
apart (pages of a like size, the last one shorter), the last standing at the text's end; or a lone number standing
between a figure's digits and its unit, a page's text after the start (``…收入4.6`` ⏎ ``1`` ⏎ ``亿元``).
"""

from __future__ import annotations

import re
from itertools import pairwise
from statistics import median

__all__ = ["PAGE_FURNITURE", "PAGE_NUMBER", "RUNNING_HEAD", "figure_halves", "page_numbers"]

PAGE_NUMBER = "page number"
RUNNING_HEAD = "running header"  # a PDF's page head (the document's name) printed on every page
PAGE_FURNITURE = (PAGE_NUMBER, RUNNING_HEAD)  # between a PDF's pages, inside the text: never a page's footer
_STYLED = re.compile(
    r"^(?:[-—–－·]\s*(?:\d{1,3}|[lI])\s*[-—–－·]|第\s*\d{1,3}\s*页(?:\s*[/／,，]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*/\s*\d{1,3}"
    r"|(?:Page|PAGE|P\.)\s*\d{1,3}(?:\s*(?:of|/|-|–)\s*\d{1,3})?)$"  # a PDF tool's or a flipbook's: Page 3 of 12
)
_BARE = re.compile(r"^\d{1,3}$")
_PAGE_LINES = 5  # lines: a printed page holds more than this many (paragraphs, when a copy unwrapped them)
_PAGE_CHARS = 300  # characters: and this much text at least (a 公文 page holds 22 lines of 28); a table's row less
_FIGURE_HEAD = re.compile(r"[\u4e00-\u9fff]\d+\.?\d*$")  # a figure's digits set in the text's line (…收入4.6)
_FIGURE_TAIL = re.compile(r"^(?:[%％‰]|[\u4e00-\u9fff](?<![一二三四五六七八九十第]))")  # its unit (no heading's label)
_LABELS = "表图圖栏欄件卷"  # an item's label before its number (附件2, 表3)
_LIKE = 1.5  # the full pages of one document differ by less than this factor (in lines or in characters)


def _size(lines: list[str], a: int, b: int) -> tuple[int, int]:
    """Lines and characters strictly between two line indices."""
    return b - a - 1, sum(len(line) for line in lines[a + 1 : b])


def _alike(sizes: list[int]) -> bool:
    """Most pages (three in four) hold about as much as the middle one: a page with a table or a heading may not."""
    if not sizes:
        return False
    mid = median(sizes)
    return sum(mid / _LIKE <= n <= mid * _LIKE for n in sizes) * 4 >= len(sizes) * 3


def _is_run(lines: list[str], run: list[int], first: int, end: int) -> bool:
    """Whether bare numbers rising one by one from ``first`` at these lines number the pages."""
    bounds = [-1, *run]
    pages = [_size(lines, a, b) for a, b in pairwise(bounds)]
    last = run[-1]
    full = pages[1:] if len(pages) > 2 else pages  # the first page may start inside one (an excerpt)
    if last >= end:
        full = full[:-1] or full  # the last page, closing the text, may hold a line or two
    held = [n >= _PAGE_LINES and c >= _PAGE_CHARS for n, c in full]
    if not all(held) and (len(run) < 3 or sum(held) * 4 < len(held) * 3):
        return False  # a page holds a page of text (in a long run, three pages in four: a table's page may not)
    if len(run) >= 3 and not (_alike([n for n, _ in full]) or _alike([c for _, c in full])):
        return False  # pages of one document are alike; a heading's numbers stand as far apart as its sections are long
    if len(run) == 1:
        return first == 1 and last >= end and pages[0][0] >= _PAGE_LINES  # one page: its 1 closes the text
    if last < end:
        return len(run) >= 3  # a long run may stop before the end (the last page left unnumbered)
    # two pages: the second, closing the text, is no longer than the first
    n1, c1 = pages[-2] if len(pages) > 2 else pages[0]
    return pages[-1][0] <= _LIKE * n1 or pages[-1][1] <= _LIKE * c1


def _inside_figure(lines: list[str], roles: list[str], i: int) -> bool:
    """A lone bare number between a figure's digits, set in the text's own line, and its unit on the next
    (``…财政一般预算收入4.6`` ⏎ ``1`` ⏎ ``亿元,同比增长32.4%``; 1998), a page's text after the start: a copy that
    keeps its figures in its lines never parts their digits onto a line between them, a printed page's number
    stands there. A copy that sets each figure on a line of its own (``…居全国第`` ⏎ ``1`` ⏎ ``位``; 087, 1839)
    has no digit before it."""
    if not 0 < i < len(lines) - 1 or roles[i - 1] != "body" or roles[i + 1] != "body":
        return False
    if not (_FIGURE_HEAD.search(lines[i - 1]) and _FIGURE_TAIL.match(lines[i + 1])):
        return False
    return _size(lines, -1, i)[1] >= _PAGE_CHARS


def figure_halves(before: str, after: str) -> bool:
    """``before`` ends with a figure's digits set in its text and ``after`` opens with the figure's unit: the halves
    of one figure a page's number (or its running head) stood between (``…总产量12`` ⏎ ``3`` ⏎ ``万吨``). An item's
    label ends its line (``详见附件2`` ⏎ ``3`` ⏎ ``重点项目计划表``): its number names the item, no figure runs on."""
    head = _FIGURE_HEAD.search(before)
    return head is not None and bool(_FIGURE_TAIL.match(after)) and head.group()[0] not in _LABELS


def page_numbers(lines: list[str], roles: list[str], start: int) -> set[int]:
    """The body's lines that are a printed page's number.

    Args:
        lines: all the page's lines.
        roles: their roles so far (a line already chrome is no candidate).
        start: where the body begins.
    """
    found = {i for i in range(start, len(lines)) if roles[i] == "body" and _STYLED.match(lines[i])}
    bare = [(i, int(lines[i])) for i in range(start, len(lines)) if roles[i] == "body" and _BARE.match(lines[i])]
    end = max((i for i in range(len(lines)) if roles[i] == "body" and i not in found), default=0)
    runs: list[list[tuple[int, int]]] = []
    for i, n in bare:
        for run in runs:
            j, m = run[-1]
            if m + 1 == n and (i - j > _PAGE_LINES or i >= end):  # a page apart, or the last page's number
                run.append((i, n))
                break
        else:
            runs.append([(i, n)])
    for run in runs:
        at = [i for i, _ in run]
        if _is_run(lines, at, run[0][1], end) or (len(at) == 1 and _inside_figure(lines, roles, at[0])):
            found.update(at)
    return found
