"""Flattened tables in a text copy: rows set with ``|``, or one cell a line, kept as body text.

A web page's table copied as text comes out in three shapes: a row a line with ``|`` between the cells
(``规章 | 0 | 0 | 0 |``), a cell a line ending in `` |`` (``91.3 |``), or a cell a line with a lone ``|``
line between the cells. Their cells are short (figures, a name, a unit) and look like page debris to the
chrome rules (a bar of links, a counter). A run of such lines is a table when its cells hold figures:
a bar of links or tools holds words, not a column of numbers. The column heads (序号, 责任单位 …) of a table flattened
one cell a line stand over its first row.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from models.folding import compact as _compact
from models.ingest.clean_site_words import site_word_count, tool_coverage

_PIPES = "|｜"
# a figure cell: a number with an optional sign, decimals, percent or a short unit (0, -0.2, 91.3, 21条, 3次)
_FIGURE = re.compile(r"^[-+−]?\d+(?:[.,]\d+)*\s*(?:%|‰|[\u4e00-\u9fff]{1,2})?$")
_SENTENCE_END = re.compile(r"[。；;！!？?]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_CAPTION = re.compile(r"^附?表\s*[\d一二三四五六七八九十]{1,2}(?:[:：.．、\s]|$)")  # a table's caption: 表1:…
_BARE_CELL = 20  # characters: the longest line standing alone between two rules that is read as a cell


def _is_rule(line: str) -> bool:
    compact = _compact(line)
    return bool(compact) and all(c in _PIPES for c in compact)


def _cells(line: str) -> list[str]:
    return [c.strip() for c in re.split(r"[|｜]", line)]


def _is_tool_cell(cell: str) -> bool:
    """A cell a page's tool bar or navigation would hold (首页, 打印, 收藏)."""
    return bool(_CJK.search(cell)) and len(cell) <= 6 and tool_coverage(cell) >= 0.99


def _table_run(lines: list[str], run: list[int]) -> bool:
    """Whether a run of piped lines (and the cells between rules) holds a table."""
    if len(run) < 3:
        return False
    figures = tools = 0
    for i in run:
        for cell in _cells(lines[i]):
            if not cell:
                continue
            if site_word_count(cell):
                return False
            if _FIGURE.match(_compact(cell)):
                figures += 1
            elif _is_tool_cell(cell):
                tools += 1
    return figures >= 2 and figures > tools


def table_lines(lines: list[str], start: int = 0, skip: Collection[int] = ()) -> tuple[set[int], set[int]]:
    """Lines of flattened tables from ``start`` on.

    Args:
        lines: the trimmed, simplified, non-blank lines of a page.
        start: the first line looked at (the body's start: a metadata table before it is a header).
        skip: lines a table runs across without holding them (a printed page's number between two rows).

    Returns:
        The lines holding cells (body text) and the lone ``|`` rules between cells (separators that
        carry no text), as two sets of line indices.
    """
    cells: set[int] = set()
    rules: set[int] = set()
    n = len(lines)
    i = start
    while i < n:
        run: list[int] = []
        j = i
        while j < n:
            if j in skip and run:
                j += 1
                continue
            line = lines[j]
            piped = any(p in line for p in _PIPES)
            between = (
                run
                and _is_rule(lines[run[-1]])
                and j + 1 < n
                and _is_rule(lines[j + 1])
                and len(_compact(line)) <= _BARE_CELL
                and not _SENTENCE_END.search(line)
            )
            if not (piped or between):
                break
            run.append(j)
            j += 1
        captioned = bool(run) and run[0] > 0 and _CAPTION.match(lines[run[0] - 1].strip()) is not None
        if _table_run(lines, run) or captioned:  # under its caption (表1:…) a table may stop at its head row
            for k in run:
                (rules if _is_rule(lines[k]) else cells).add(k)
        i = max(j, i + 1)
    return cells, rules


_COLUMN = re.compile(
    r"^(?:序号|编号|备注|(?:目标|工作|重点|主要)?任务|(?:具体)?(?:工作)?内容|(?:工作)?措施|(?:牵头|责任|配合|主办|协办)"
    r"(?:责任)?(?:单位|部门|领导)|(?:完成|进展|落实)情况|(?:完成)?时限|(?:时间)?进度|指标(?:名称)?|单位|项目(?:名称)?|"
    r"(?:具体)?工作(?:及|和)?目标(?:要求)?|是否(?:按期|按时)?(?:完成|达标|销号))$"  # a yes/no column: 是否完成
)
_HEAD_CELL = 12  # characters: the longest column head (具体工作及目标要求, 工作目标及完成时限)
_FIRST_HEADS = ("序号", "编号")  # a table's first column: no head of the table stands above it


_SERIAL_ONE = re.compile(r"^[1１][.、．]?$")  # the first row's 序号 cell
_FIRST_ROW = 8  # lines: the most cells of a first row standing between the heads and the body's first line


def _heads_over(lines: list[str], kinds: list[str], end: int, *, numbered_row: bool) -> set[int]:
    run: list[int] = []
    i = end - 1
    while i >= 0 and kinds[i] == "body" and len(_compact(lines[i])) <= _HEAD_CELL:
        run.append(i)
        if _compact(lines[i]) in _FIRST_HEADS:
            break  # the table's first head: the lines above it are the page's (分享:, a caption)
        i -= 1
    named = [j for j in run if _COLUMN.match(_compact(lines[j]))]
    if len(named) < 3:
        return set()
    # heads split over lines (责任 ⏎ 领导) dilute the named ones; a run opening with 序号 over a row numbered 1 is a
    # table's head all the same
    serial = numbered_row and bool(run) and _compact(lines[run[-1]]) in _FIRST_HEADS
    return set(run) if len(named) * 2 > len(run) or serial else set()


def column_heads(lines: list[str], kinds: list[str], start: int) -> set[int]:
    """The column headers of a table flattened one cell a line, standing before the body's first line.

    The heads stand right over the body's first line, or over the table's first row when that row (its 序号 cell
    ``1``, then a few short cells) comes first; the row's cells are returned with the heads.

    Args:
        lines: the page's lines.
        kinds: each line's kind as judged alone (``body``, ``chrome``, ``header``).
        start: where the body begins (the table's first row, or a cell of it).
    """
    heads = _heads_over(lines, kinds, start, numbered_row=False)
    if heads:
        return heads
    for k in range(start - 1, max(-1, start - 1 - _FIRST_ROW), -1):
        if kinds[k] != "body":
            break
        if _SERIAL_ONE.match(_compact(lines[k])):
            heads = _heads_over(lines, kinds, k, numbered_row=True)
            return heads | set(range(k, start)) if heads else set()
    return set()
