"""Candidates that are rows rather than headings: a table's rows, a contents list's lines ending with their page
numbers, a package's list of the tables it attaches."""

from __future__ import annotations

import re

from models.ingest.outline_lines import PLAIN, TITLE_TRAIL, Candidate, Line, has_sentence_end, squeeze

# a table row: cells after the first one parted by | (一、本年新收申请数量 | 0 | 0 |), or two figures or more parted
# by blanks ending the line (a PDF or a Word copy of the same table: 一、本年新收申请数量  0  12  0)
# (| as a page writes it, ｜ in a full-width copy, │ a text table's rule)
_CELLS_AFTER = re.compile(r"[ \t\u3000]*[|｜│][^|｜│\n]{0,30}[|｜│]")
_BAR = re.compile(r"[|｜│]")
_FIGURE_CELLS = re.compile(r"(?:[ \t\u3000]+[-+]?[0-9][0-9.,]*[%％]?){2,}$")
# a contents entry's page number written right after its title, with or without a leader (部门概况3, 名词解释 11,
# 编报说明…………4), or in brackets after a leader (概况………(2), whose closing bracket a copy may lose: 概况……( 2)
_PAGE_TAIL = re.compile(
    r"(?<=[\u4e00-\u9fff）)》”。])[ \t\u3000]*(?:[.．…·⋯]{2,}[ \t\u3000]*)?([0-9]{1,3})$"
    r"|(?<=[\u4e00-\u9fff）)》”。])[ \t\u3000]*[.．…·⋯]{2,}[ \t\u3000]*[(（][ \t\u3000]*([0-9]{1,3})[ \t\u3000]*[)）]?$"
)
_CJK = re.compile(r"[\u4e00-\u9fff]")
_CLAUSE = re.compile(r"[，,；;。！？!?]")
PAGED_RUN_MIN = 3
PAGED_GAP_MAX = 2  # lines with no page between two entries with one
PAGED_GAP_CHARS = 40
# a title naming a table (收入支出决算总表, 一般公共预算财政拨款支出决算表(公开03表)): a 决算 or 预算 package lists
# the tables it attaches by name, their figures in the tables, not under the names
_TABLE_NAME = re.compile(r".{2,}表(?:[(（][^()（）]{1,12}[)）])?")
TABLE_LIST_MIN = 3
# a measured figure (a decimal, a sign or a percent): a bare integer may be the next row's serial number
_FIGURE_CELL = re.compile(r"[-+−][0-9]+(?:\.[0-9]+)?\s*[%％]?|[0-9]+\.[0-9]+\s*[%％]?|[0-9]+\s*[%％]")
_ROW_LABEL_MAX = 16
# the last cell of a row: one figure after a blank, ending the line
_LAST_CELL = re.compile(r"[ \t\u3000]+([-+−]?[0-9][0-9.]*\s*[%％]?)$")
_FIGURE_ENDS = frozenset("0123456789%％")


def cells_row(text: str, line: Line, c: Candidate) -> bool:
    """The candidate's line is a table row: its title holds cells parted by |, or they follow it, or figures parted by
    blanks end the line, or its decimal label is a figure cell after another (a heading is never a row of a table)."""
    return (
        len(_BAR.findall(text, c.title_start, c.heading_end)) >= 2
        or _CELLS_AFTER.match(text, c.heading_end) is not None
        or _figures_row(text, line, c)
        or _figure_led_cell(text, c)
    )


def _figures_row(text: str, line: Line, c: Candidate) -> bool:
    """Figures parted by blanks end the line after a row's name with no clause in it (a wrapped paragraph's line may
    end with figures, after its sentences); one figure will do when it is a measure (a decimal, a sign, a percent: a
    bare integer may be a contents entry's page) after a short name (一、食品烟酒 99.2, a price index's row)."""
    if c.title_start >= line.end:
        return False
    m = _FIGURE_CELLS.search(text, c.title_start, line.end)
    if m is not None and not _CLAUSE.search(text, c.title_start, m.start()):
        return True
    one = _LAST_CELL.search(text, c.title_start, line.end)
    return (
        one is not None
        and one.start() - c.title_start <= _ROW_LABEL_MAX
        and _FIGURE_CELL.fullmatch(one.group(1)) is not None
        and not _CLAUSE.search(text, c.title_start, one.start())
    )


def _figure_led_cell(text: str, c: Candidate) -> bool:
    """A decimal label right after a figure or a percent sign on its line (…增加值 % 21.5化学原料…, 万平方米 243.34
    4.3甲醛): a flattened table's figure cell glued to the next row's name, no section number."""
    if c.style != "ar_decimal":
        return False
    line_start = text.rfind("\n", 0, c.start) + 1
    before = text[line_start : c.start].rstrip(" \t\u3000")
    return before[-1:] in _FIGURE_ENDS


def paged_lines(text: str, lines: list[Line]) -> set[int]:
    """Lines of a contents list whose page numbers follow the titles with no leader: three lines or more ending with a
    number glued to the title, the numbers never decreasing down the list (部门概况3 ⏎ (一)基本职能3 ⏎ 第二部分
    决算情况说明4), with at most ``PAGED_GAP_MAX`` short lines of no sentence between two of them (a part's title
    printed without its page). Headings in the body end with no page number, a table's figures rise and fall."""
    pages: list[int | None] = []
    for line in lines:
        m = _PAGE_TAIL.search(text, line.start, line.end)
        # (an entry is a title: no clause inside it, a stop only right before its page; a wrapped line of prose ending
        # with a figure is no entry)
        entry = m is not None and m.start() > line.start and not _CLAUSE.search(text, line.start, m.start() - 1)
        pages.append(int(m.group(1) or m.group(2)) if m is not None and entry else None)
    out: set[int] = set()
    run: list[int] = []  # the lines of the list being read that end with their page

    def close() -> None:
        if len(run) >= PAGED_RUN_MIN:
            out.update(range(run[0], run[-1] + 1))  # (the lines between its pages are entries too)
        run.clear()

    for i, page in enumerate(pages):
        line = lines[i]
        if page is None:
            if run and (
                i - run[-1] > PAGED_GAP_MAX or line.end - line.start > PAGED_GAP_CHARS or has_sentence_end(text, line)
            ):
                close()
            continue
        if run and page < (pages[run[-1]] or 0):
            close()
        run.append(i)
    close()
    return out


def unpaged(title: str) -> str:
    """A title without the page number a contents list glued to it (部门概况3): the entry and the body's heading then
    read alike."""
    m = _PAGE_TAIL.search(title)
    return title[: m.start()] if m is not None and len(_CJK.findall(title, 0, m.start())) >= 2 else title


def named_runs(
    text: str,
    cands: list[Candidate],
    prose_follows: list[bool],
    name: re.Pattern[str],
    minimum: int,
    *,
    numbered_on: bool,
) -> list[Candidate]:
    """The runs of ``minimum`` or more numbered entries, no prose between, each titled by ``name`` (and, when
    ``numbered_on``, of one style counting up by one): a list that names things (tables, documents), not sections."""
    out: list[Candidate] = []
    k = 0
    while k < len(cands):
        end = k
        while (
            end < len(cands)
            and cands[end].style != PLAIN
            and name.fullmatch(squeeze(cands[end].title(text)))
            and (
                end == k
                or not numbered_on
                or (cands[end].style == cands[k].style and cands[end].value == cands[end - 1].value + 1)
            )
            and (end == k or not prose_follows[end - 1])
        ):
            end += 1
        if end - k >= minimum:
            out.extend(cands[k:end])
        k = max(end, k + 1)
    return out


def table_list(text: str, cands: list[Candidate], prose_follows: list[bool]) -> list[Candidate]:
    """The runs of three or more entries numbered on in one style (一、 二、 三、), no prose between,
    each naming a table: the list of the tables a package attaches, not sections (its part title, 第二部分 部门决算表,
    is of another style and stays a heading)."""
    return named_runs(text, cands, prose_follows, _TABLE_NAME, TABLE_LIST_MIN, numbered_on=True)


def table_row(text: str, lines: list[Line], c: Candidate) -> bool:
    """``1.食品烟酒`` ⏎ ``2.6``: a short numbered label alone on its line whose next line is a bare figure, the
    row of a table a Word or PDF copy wrote one cell to a line."""
    line = lines[c.line]
    if line.split or c.title_start >= line.end or line.end - c.title_start > _ROW_LABEL_MAX or c.line + 1 >= len(lines):
        return False
    if text[c.heading_end : line.end].strip(TITLE_TRAIL):
        return False
    nxt = lines[c.line + 1]
    return _FIGURE_CELL.fullmatch(text, nxt.start, nxt.end) is not None
