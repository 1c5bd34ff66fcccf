"""The shapes a printed or PDF copy of a report takes, as variant families: page furniture between pages, line
wraps turned into spaces, spaces around figures, indented CRLF lines.

Each is a shape real corpus copies came in (``../shared/corpus/SOURCES.md``: 016 and 042 keep page numbers and
``第1页 / 共4页`` lines inside the text, 032 a PDF's wraps as spaces inside words and numbers, 016 and 036 spaces
around figures, 007 and 010–012 two-space indents and CRLF line ends); here they are made on any corpus report so
the reader's robustness to them is measured against the same gold.
"""

from __future__ import annotations

import copy
import random
import re
from typing import Any

from benchmarks.reading_score import norm
from benchmarks.variant_transforms import Family, Variant, body_span, carried, wrap, wrap_joins

# how a PDF's text copy numbers its pages, one style per document (n: the page, total: the pages)
PAGE_STYLES = ("- {n} -", "— {n} —", "—{n}—", "第{n}页 共{total}页", "第 {n} 页", "{n}", "第{n}页/共{total}页")


def _table_or_chrome(gold: dict[str, Any]) -> Any:
    chrome = {norm(c) for c in gold.get("body", {}).get("chrome", [])}
    return lambda line: norm(line) in chrome or "|" in line or "\t" in line


def _wrapped_line_ends(wrapped: str, breaks: list[int]) -> set[int]:
    """Indexes of the lines of ``wrapped`` whose line break the wrap inserted."""
    inserted, ends, off = set(breaks), set(), 0
    for k, line in enumerate(wrapped.split("\n")):
        off += len(line)
        if off in inserted:
            ends.add(k)
        off += 1
    return ends


def paginate(wrapped: str, breaks: list[int], per_page: int, style: str) -> tuple[str, list[int], list[str]]:
    """Cut the wrapped lines into pages of ``per_page`` lines with a page-number line after each page.

    Returns the text, the offsets of the wrap's breaks that still join two lines of one paragraph (a break a page
    number now stands in is no longer a join the gold can name), and the page-number lines added.
    """
    lines = wrapped.split("\n")
    ends = _wrapped_line_ends(wrapped, breaks)
    total = (len(lines) + per_page - 1) // per_page
    out: list[str] = []
    kept: list[int] = []
    added: list[str] = []
    pos = 0
    for k, line in enumerate(lines):
        out.append(line)
        pos += len(line)
        page_end = (k + 1) % per_page == 0 or k == len(lines) - 1
        if page_end:
            number = style.format(n=(k // per_page) + 1, total=total)
            out.append(number)
            added.append(number)
            pos += 1 + len(number)
        elif k in ends:
            kept.append(pos)
        pos += 1
    return "\n".join(out), kept, added


def fam_pdf(text: str, gold: dict[str, Any], ind: dict[str, Any] | None, rng: random.Random) -> Variant:
    """A PDF's text copy: hard-wrapped at 28–42 cells, a page number line after every 30–45 lines."""
    wrapped, breaks = wrap(text, rng.randint(28, 42), _table_or_chrome(gold))
    paged, kept, numbers = paginate(wrapped, breaks, rng.randint(30, 45), rng.choice(PAGE_STYLES))
    gold = copy.deepcopy(gold)
    if "body" in gold:
        body = gold["body"]
        lo, hi = body_span(paged, body)
        body["joins"] = list(body.get("joins", [])) + wrap_joins(paged, kept, lo, hi)
        body["chrome"] = list(body.get("chrome", [])) + numbers
    return Variant(paged.encode("utf-8"), ".txt", carried(gold, text), ind)


def fam_wrap_spaces(text: str, gold: dict[str, Any], ind: dict[str, Any] | None, rng: random.Random) -> Variant:
    """A PDF copy whose wraps became spaces: each paragraph one line again, with a space wherever the page broke
    it, inside words and numbers (``同比 下降``, ``377 .4亿元``)."""
    wrapped, breaks = wrap(text, rng.randint(28, 42), _table_or_chrome(gold))
    gold = copy.deepcopy(gold)
    if "body" in gold:
        lo, hi = body_span(wrapped, gold["body"])
        gold["body"]["joins"] = list(gold["body"].get("joins", [])) + wrap_joins(wrapped, breaks, lo, hi)
    chars = list(wrapped)
    for b in breaks:
        chars[b] = " "
    return Variant("".join(chars).encode("utf-8"), ".txt", carried(gold, text), ind)


_FIGURE = re.compile(r"(?<=[\u4e00-\u9fff])(?=\d)|(?<=\d)(?=[\u4e00-\u9fff])")


def fam_figure_spaces(text: str, gold: dict[str, Any], ind: dict[str, Any] | None, rng: random.Random) -> Variant:
    """A space between every figure and the Chinese around it (``2025 年度``, ``290.58 亿元``, ``增长 15 %``), as
    text taken out of a PDF or a typeset page often has; the gold is read without spaces, so it stays true."""
    return Variant(_FIGURE.sub(" ", text).encode("utf-8"), ".txt", carried(gold, text), ind)


def fam_indented(text: str, gold: dict[str, Any], ind: dict[str, Any] | None, rng: random.Random) -> Variant:
    """A Windows copy of a Word text: every line indented (two ideographic spaces, or four ASCII spaces), CRLF ends."""
    indent = rng.choice(("\u3000\u3000", "    ", "  "))
    lines = [indent + line if line.strip() else line for line in text.split("\n")]
    return Variant("\r\n".join(lines).encode("utf-8"), ".txt", carried(gold, text), ind)


FAMILIES: dict[str, Family] = {
    "pdf": fam_pdf,
    "wrapspaces": fam_wrap_spaces,
    "figurespaces": fam_figure_spaces,
    "indented": fam_indented,
}
