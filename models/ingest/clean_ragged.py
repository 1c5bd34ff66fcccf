"""Lines a page broke with no steady width: a figure set apart from its sentence, a text broken anywhere.

``rejoin.join_points`` re-joins hard-wrapped text by its printed width and by what a line ends and the next
begins with. Four layouts escape it, and are told here by evidence over the document's lines:

* **a figure alone on its line**: a PDF's text layer sets a run of different type on a line of its own
  (``…展示基地`` ⏎ ``2`` ⏎ ``个。发挥…``); a report never sets a figure apart from its unit.
* **a page broken anywhere**: a web copy re-broken by hand or by a converter stops its lines in mid-word at
  no steady width (``王庄塌方区养鸭基`` ⏎ ``地及800米…``); when most of its long lines do, each such line
  runs on, and so does a word the page set on a line of its own inside the sentence.
* **figures on lines of their own**: a PDF's text layer that sets every figure in another font breaks the line
  before it, and after it when the figure stands alone (``…专项整治行动`` ⏎ ``150余次,出动`` ⏎ ``8000`` ⏎
  ``余人次,…``); when the page does it three times or more, each figure opening a line with its unit, or alone
  before the line that opens with its unit, carries the sentence on from a line that stops on a word.
* **a clause cut by a line break**: a paragraph never ends on a comma, an enumeration comma, a clause of one
  character (``…的实际需要，对``) or a word that needs what follows (``的``, ``按照``: ``rejoin``'s dangling
  words), so prose that stops on one (``…街道积极应对，`` ⏎⏎ ``第一时间成立…``) runs on, across a bare line break
  or the blank lines or removed line a converter or a page left there, into a line that carries the sentence on.

A sentence end, a semicolon, a heading or a table row is never joined.
"""

from __future__ import annotations

import re

from models.ingest.rejoin import _DANGLING as DANGLING
from models.ingest.rejoin_marks import _CJK_CHAR as CJK_CHAR
from models.ingest.rejoin_marks import _CLAUSE as CLAUSE
from models.ingest.rejoin_marks import _END as END
from models.ingest.rejoin_marks import _HEADING as HEADING
from models.ingest.rejoin_marks import _PLACEHOLDER_END as PLACEHOLDER_END
from models.ingest.rejoin_marks import _SOFT_END as SOFT_END
from models.ingest.rejoin_marks import _TITLE_END as TITLE_END
from models.ingest.rejoin_marks import _continues as continues
from models.ingest.rejoin_marks import _ends_paragraph as ends_paragraph
from models.ingest.rejoin_styles import blank_paragraphs, token_lines
from models.ingest.rejoin_width import wrap_width

_BARE_FIGURE = re.compile(r"^[\d.．,，%％~～\-–]{1,14}$")
_RUNNING = 10  # characters: a line of running text, not a table's label cell


def _heading_alone(line: str) -> bool:
    """A numbered heading's label and a title with no clause mark (一、2019年工作回顾, (一)经济运行稳中向好), not a
    lead-in (一是, ——, a bullet) opening a sentence."""
    m = HEADING.match(line)
    return m is not None and not m.group().endswith(("是", "—")) and not CLAUSE.search(line[m.end() :])


def _lone_figures(lines: list[str], adjacent: list[bool]) -> list[int]:
    """Lines holding only a figure inside a sentence: the text before stops mid-clause and the text after opens
    with the figure's unit and carries the sentence on (``…展示基地`` ⏎ ``2`` ⏎ ``个。发挥…``). A report never sets
    a figure apart from its unit; a flattened table's cells (short labels, a unit alone) keep their lines."""
    out: list[int] = []
    for i in range(1, len(lines) - 1):
        line, prev, nxt = lines[i], lines[i - 1], lines[i + 1]
        if not (adjacent[i - 1] and adjacent[i] and _BARE_FIGURE.match(line) and re.search(r"\d", line)):
            continue
        chained = bool(out) and out[-1] == i - 2  # the line before carries on an earlier figure's sentence
        if (
            (len(prev) < _RUNNING and not chained)
            or prev[-1] in END + SOFT_END
            or re.search(r"\S {2,}\S|[|｜\t]", prev + nxt)
        ):
            continue
        if HEADING.match(nxt) or not (CJK_CHAR.match(nxt[0]) or nxt[0] in "%％）)"):
            continue
        if _heading_alone(prev) and not (_MEASURE_OPEN.match(nxt) or nxt[0] in "年月日%％"):
            continue  # a heading alone over a stray figure (一、2019 年工作回顾 ⏎ 70 ⏎ 推进…): no unit follows it
            # (its unit or a date's does: (三)开展网格管理 ⏎ 2020 ⏎ 年我局…, 1692)
        if CLAUSE.search(nxt) or len(nxt) >= 8:
            out.append(i)
    return out


# a figure with its measure word (150余次, 2.6万平方米, 100%签订): no date (2024年, 1-6月) and no list's label (1.)
_MEASURES = "个家人项户所名件条场批天倍位篇吨亩台辆套座间元次份起处株头只块张%％"
_MEASURE = rf"(?:[余多]?[万亿千百]?(?:平方米|公里|[车架]次|[{_MEASURES}]))"
_FIGURE_OPEN = re.compile(r"^\d+(?:\.\d+)?\s?" + _MEASURE)
_MEASURE_OPEN = re.compile("^" + _MEASURE)
_FIGURE_PAGE = 3  # figures set apart in running text: a page's habit, not an accident


def _figure_lines(lines: list[str], adjacent: list[bool]) -> list[int]:
    """Lines ``i`` that run on into line ``i + 1`` on a page that sets its figures on lines of their own (see the
    module): line ``i + 1`` opens with a figure and its measure word in a clause, or is a figure alone before the line
    opening with its measure word; line ``i`` stops on a word (or, before a figure alone, on a comma), no heading alone
    and no title. A lone figure also runs on into its measure word. A table's label over its figure has none."""
    n = len(lines)

    def lone(k: int) -> bool:
        return (
            k + 1 < n
            and adjacent[k]
            and bool(_BARE_FIGURE.match(lines[k]))
            and bool(re.search(r"\d", lines[k]))
            and bool(_MEASURE_OPEN.match(lines[k + 1]) or (lines[k][-1] in "%％" and CJK_CHAR.match(lines[k + 1])))
            and bool(CLAUSE.search(lines[k + 1]) or len(lines[k + 1]) >= 8)
        )

    def opens(k: int) -> bool:
        return bool(_FIGURE_OPEN.match(lines[k]) and CLAUSE.search(lines[k])) or lone(k)

    def stops(k: int, soft: bool) -> bool:
        line = lines[k]
        if not line or TITLE_END.search(line) or (HEADING.match(line) and not CLAUSE.search(line)):
            return False
        return bool(CJK_CHAR.match(line[-1])) or (soft and line[-1] in _CLAUSE_CUT)

    pairs = [i for i in range(n - 1) if adjacent[i] and lines[i + 1] and stops(i, lone(i + 1)) and opens(i + 1)]
    if len(pairs) < _FIGURE_PAGE:
        return []
    return sorted(set(pairs) | {k for k in range(n - 1) if lone(k)})


_RAGGED_LINE = 20  # characters: a line of running text, not a heading or a signature
_RAGGED_SHARE = 0.6


def _ragged_cut(line: str, nxt: str, *, short: bool = False) -> bool:
    """``line`` stops inside a word and ``nxt`` carries it on: both are running text, no label opens either.

    ``short``: ``line`` is a piece of a sentence already running on (a word the page set apart), any length.
    """
    if (len(line) < _RAGGED_LINE and not short) or TITLE_END.search(line) or not continues(line, nxt):
        return False
    if HEADING.match(line) and len(CLAUSE.findall(line)) < (1 if re.match("^[一二三四五六七八九十]是", line) else 2):
        return False  # a heading (its title may hold one comma); a lead running on (四是水产业，…，即) is text
    if re.search(r"\S {2,}\S|[|｜]", line + nxt):
        return False
    ends_word = bool(CJK_CHAR.match(line[-1]) or line[-1].isdigit() or PLACEHOLDER_END.search(line))
    return ends_word and bool(CJK_CHAR.match(nxt[0]) or nxt[0].isdigit())


def ragged_breaks(lines: list[str], adjacent: list[bool]) -> bool:
    """Whether the page broke its text anywhere, at no steady width: most of its long lines stop inside a word
    and the next line carries the word on (a web copy of a print page, re-broken by hand or by a converter)."""
    longs = [i for i in range(len(lines) - 1) if len(lines[i]) >= _RAGGED_LINE and adjacent[i] and lines[i + 1]]
    cut = sum(1 for i in longs if _ragged_cut(lines[i], lines[i + 1]))
    open_ends = sum(1 for i in longs if not ends_paragraph(lines[i]) and lines[i][-1] not in SOFT_END)
    return cut >= 8 and cut >= _RAGGED_SHARE * open_ends and cut * 10 >= 3 * len(longs)


_CLAUSE_CUT = "，,、"  # marks a paragraph never ends on
_ONE = re.compile(r"[，,、；;][\u4e00-\u9fff]$")  # nor a clause of one character (…的实际需要，对: 1345)
_PROSE = 10  # characters: a line of running text, not a table's cell or an addressee alone
_LAYOUT = re.compile(r"\S {2,}\S|[|｜\t]")


def _clause_cuts(lines: list[str]) -> list[int]:
    """Lines ``i`` that stop on a comma or a dangling word before line ``i + 1`` (next to it or after blank or
    removed lines), which carries the sentence on: it opens on a character, a figure or an opening quote, with no
    heading label, and runs on with its own clauses or ends the sentence (``…按照公平、`` ⏎⏎ ``合法和…；``)."""
    out: list[int] = []
    for i in range(len(lines) - 1):
        line, nxt = lines[i].rstrip(), lines[i + 1].strip()
        if len(line) < _PROSE or not nxt or not (line[-1] in _CLAUSE_CUT or DANGLING.search(line) or _ONE.search(line)):
            continue
        if HEADING.match(line) and not re.search(r"[。；;]", line):
            continue  # a heading's title holding a comma stands over its paragraph
        if HEADING.match(nxt) or _LAYOUT.search(line + nxt):
            continue
        if (CJK_CHAR.match(nxt[0]) or nxt[0].isdigit() or nxt[0] in "“《") and re.search(r"[，,、；;。！？!?]", nxt):
            out.append(i)
    return out


def extra_joins(lines: list[str], adjacent: list[bool], joins: list[bool], printed: list[str] | None = None) -> None:
    """Add to ``joins`` (from ``rejoin.join_points``, changed in place) a lone figure's joins, a clause cut by a
    line break and, on a page broken anywhere, the joins of its lines that stop in mid-word."""
    for i in _lone_figures(lines, adjacent):
        joins[i - 1] = joins[i] = True
    for i in _figure_lines(lines, adjacent):
        joins[i] = True
    for i in _clause_cuts(lines):
        joins[i] = True
    if wrap_width(lines, printed) is not None or blank_paragraphs(lines, adjacent) or token_lines(lines):
        return  # a steady width, blank-line paragraphs or a token a line: join_points' own cases
    if not ragged_breaks(lines, adjacent):
        return
    for i in range(len(lines) - 1):
        if joins[i] or not adjacent[i] or not lines[i] or not lines[i + 1]:
            continue
        if _ragged_cut(lines[i], lines[i + 1]) or (
            i > 0 and joins[i - 1] and _ragged_cut(lines[i], lines[i + 1], short=True)
        ):
            joins[i] = True
