"""A page's way of breaking its paragraphs, read over all its lines: blank lines between paragraphs (a wiki's or a
forum's copy), a PDF text layer's token a line, a farm's break after every clause; and whether a line runs on in it."""

from __future__ import annotations

import re

from models.ingest.rejoin_marks import (
    _CJK_CHAR,
    _CLAUSE,
    _HEADING,
    _INVISIBLE,
    _LABEL,
    _SOFT_END,
    _TITLE_END,
    _ends_paragraph,
)


def blank_paragraphs(lines: list[str], adjacent: list[bool]) -> bool:
    """Whether the text sets its paragraphs off with blank lines (a wiki's or a forum's copy).

    Most sentence-ending lines are followed by a blank there, so a single line break inside a
    paragraph is no paragraph break: a page turns each link into a line of its own.
    """
    ends = [i for i in range(len(lines) - 1) if len(lines[i]) >= 20 and _ends_paragraph(lines[i])]
    spaced = sum(1 for i in ends if not adjacent[i])
    return len(ends) >= 5 and spaced * 10 >= 8 * len(ends)


def _link_line(lines: list[str], adjacent: list[bool], i: int) -> bool:
    """A short line without clause marks standing inside a sentence, lines on both sides (a link's words)."""
    if not (0 < i < len(lines) - 1 and adjacent[i - 1] and adjacent[i]):
        return False
    line, prev = lines[i], lines[i - 1]
    return (
        bool(line.strip(_INVISIBLE))
        and len(line) <= 15
        and not _CLAUSE.search(line)
        and bool(prev)
        and not _ends_paragraph(prev)
    )


def _split_sentence(lines: list[str], adjacent: list[bool], i: int, para: str) -> bool:
    """In a text with blank lines between paragraphs, line ``i`` (ending ``para``) runs on into the next.

    It does when the next line opens with a mark no line opens with, when either line is a link's words
    inside a sentence, or when the paragraph so far reads as running text (a clause mark after any
    heading label): a title block, a signature or a heading standing over its paragraph keeps its breaks.
    """
    line, nxt = lines[i], lines[i + 1]
    if _HEADING.match(nxt) or re.search(r"\S {2,}\S|[|｜]", line + nxt) or nxt[0].isspace():
        return False
    if not line.strip(_INVISIBLE) or not nxt.strip(_INVISIBLE):
        return False  # a line of invisible characters decides nothing: the page's break stays
    if line[-1].isascii() and line[-1].isalpha() and nxt[0].isascii() and nxt[0].isalpha():
        return False  # two English words
    if nxt[0] in "，,。、；;）)%％" or para.strip() in ("——", "—"):
        return True  # a mark that never opens a line; a dash lead whose words were a link
    if _link_line(lines, adjacent, i) or _link_line(lines, adjacent, i + 1):
        return True
    return bool(_CLAUSE.search(_LABEL.sub("", para, count=1)))


_OPENS_NEVER = "，,。、；;%％）)"
_CLAUSE_LINE = 16  # characters: the mean length of the clause lines of a page that breaks after every clause


def _semicolon_run_on(line: str, nxt: str) -> bool:
    """``line`` ends a clause with ``;`` and ``nxt`` carries the paragraph on: no numbered item, no layout."""
    if line[-1] not in _SOFT_END or _LABEL.match(nxt) or nxt[0].isspace() or "\t" in line + nxt:
        return False
    return bool(_CJK_CHAR.match(nxt[0]) or nxt[0].isdigit() or nxt[0] in "“‘'\"*")


_INNER_STOP = re.compile(r"[。！？!?]")


def list_items(lines: list[str], adjacent: list[bool]) -> set[int]:
    """The lines of item lists set one item a line: each ends ``；`` and the next item opens the next line.

    A statistics release lists its products (``精煤产量947.5万吨,同比下降25.1%;`` ⏎ ``发电量…;`` ⏎ ``水泥产量…;`` ⏎
    ``氧化铝产量…。``): the run of clause lines opens after a paragraph's end (or a heading, or the text's start),
    no sentence ends inside any of its lines, and its last item closes it with a full stop. A paragraph that a
    farm broke after every clause runs on from a cut line or holds sentence ends inside its lines.

    Returns:
        The indices of the run's lines that end ``；`` (their breaks stay).
    """
    found: set[int] = set()
    i, n = 0, len(lines)
    while i < n - 1:
        if not (adjacent[i] and lines[i] and lines[i][-1] in _SOFT_END):
            i += 1
            continue
        j = i
        while j + 1 < n - 1 and adjacent[j + 1] and lines[j + 1] and lines[j + 1][-1] in _SOFT_END:
            j += 1
        last = lines[j + 1]
        opens = i == 0 or not adjacent[i - 1] or _ends_paragraph(lines[i - 1]) or bool(_HEADING.match(lines[i - 1]))
        inner = any(_INNER_STOP.search(lines[k][:-1]) for k in range(i, j + 2))
        if opens and not inner and last.endswith("。") and j > i:
            found.update(range(i, j + 1))
        else:
            found.update(_short_items(lines, i, j))
        i = j + 1
    return found


_ITEM_LINE = 24  # characters: an item of a list set one a line states one figure or one task, no sentence


def _short_items(lines: list[str], i: int, j: int) -> set[int]:
    """In the run of lines ``i..j`` ending ``；``, the breaks around three short items or more set one a line (1858
    ``…同比增长*%;`` ⏎ ``固定资产投资同比增长**%;`` ⏎ ``社会消费品零售总额同比增长*%;`` ⏎
    ``一般公共预算收入完成**亿元;`` ⏎ ``城镇和农村…``): each holds one clause, no sentence, as a list's items do;
    a farm that broke a sentence after every clause leaves longer lines, each its own clauses
    (``…6.5%,增速位居全市第二位;``)."""
    found: set[int] = set()
    k = i
    while k <= j:
        e = k
        while e <= j and len(lines[e]) <= _ITEM_LINE and not _CLAUSE.search(lines[e][:-1]):
            e += 1
        if e - k >= 3:
            found.update(range(max(i, k - 1), e))  # the clause before them, between them and after the last
        k = e + 1 if e == k else e
    return found


def semicolon_breaks(lines: list[str], adjacent: list[bool]) -> bool:
    """Whether the page broke its paragraphs after every ``;`` (a farm's copy): three or more clause ends run
    on into an unnumbered line, they are most of the lines ending a clause, and they are sentences' clauses
    (a list of short items, ``加强组织领导；`` one a line, keeps its lines)."""
    ends = [i for i in range(len(lines) - 1) if adjacent[i] and lines[i] and lines[i][-1] in _SOFT_END]
    run_on = [i for i in ends if lines[i + 1] and _semicolon_run_on(lines[i], lines[i + 1])]
    if len(run_on) < 3 or len(run_on) * 3 < 2 * len(ends):
        return False
    return sum(len(lines[i]) for i in run_on) >= _CLAUSE_LINE * len(run_on)


def token_lines(lines: list[str]) -> bool:
    """Whether a PDF's text layer set every run of text on a line of its own (``增长`` ⏎ ``5%`` ⏎ ``;``).

    Most lines are then a few characters long, and many open with a mark no line opens with.
    """
    if len(lines) < 10:
        return False
    short = sum(1 for ln in lines if len(ln) <= 6)
    opening = sum(1 for ln in lines if ln and ln[0] in _OPENS_NEVER)
    return opening >= 5 and short * 10 >= 4 * len(lines)


def _token_runs_on(para: str, line: str, nxt: str) -> bool:
    """In a text set a token a line, ``line`` (ending ``para``) runs on into ``nxt``.

    Anything short of a sentence end runs on, but for a heading: its label takes its title, its title
    takes the pieces that hold no clause mark (``1.`` ⏎ ``特色农业提`` ⏎ ``质扩量`` ⏎ ``。``), and the
    paragraph under it (``前三季度,完成…``) stays its own; a title line (…工作报告) stays its own.
    """
    if _HEADING.match(nxt) or _TITLE_END.search(line) or re.search(r"\S {2,}\S|[|｜]", line + nxt):
        return False
    if nxt[0] in _OPENS_NEVER:
        return True
    label = _LABEL.match(para)
    if label is None:
        return True
    return not para[label.end() :].strip() or not _CLAUSE.search(nxt)
