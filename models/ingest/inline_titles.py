"""A doc store's page title glued before the report's own title at the start of a one-line copy.

A store that runs a report into one line prints its page's title first, then the report's own title, then the text:
``县科学技术局2021年度工作总结范文及2022年度工作安排县科学技术局2021年工作总结及2022年工作安排今年是…`` (993),
``…工作情况与下一步工作计划乡镇委员会上半年主要工作情况与下一步工作打算今年以来…`` (1579), a title, a masked date and
the same title again (527), a compilation's title over its first piece's (740). Both name a kind of report and open
with the same words; the later one is the report's own (as ``chrome_titles`` keeps the last title line), the first goes.
"""

from __future__ import annotations

import re

from models.ingest.clean_prelude import names_report

__all__ = ["leading_store_title"]

_ONE_LINE = 200  # characters: only a copy run into one line glues its titles together
_OPENING = 6  # characters both titles open with (the office and the year)
_TITLE = (8, 80)  # characters: the page's title
_SLACK = 10  # characters: the own title is about as long as the page's (a word or a year more or less)
_MARK = re.compile(r"[，,。；;！!？?：:\s]")
# a masked or real date a store prints after its title (201X/X/XX, 2019-07-20)
_DATE_TAIL = re.compile(r"[\dXx×*/\-.年月日]{4,}$")


_COMPILATION = re.compile(r"(?:汇编|合集|大全)$")  # a store's compilation of several pieces, the first following


def _titled(text: str, *, compiled: bool = False) -> bool:
    bare = _DATE_TAIL.sub("", text)
    return not _MARK.search(text) and (names_report(bare) or (compiled and bool(_COMPILATION.search(bare))))


def leading_store_title(line: str) -> int:
    """The length of a store's page title glued before the report's own title opening a one-line copy, or 0."""
    if len(line) < _ONE_LINE:
        return 0
    head = line[:_OPENING]
    if _MARK.search(head):
        return 0
    j = line.find(head, _TITLE[0], _TITLE[1] + 1)
    if j < 0 or not _titled(line[:j], compiled=True):
        return 0
    # the own title is about as long as the page's, or shorter when the page's names a compilation of pieces
    shortest = _TITLE[0] if _COMPILATION.search(line[:j]) else max(_TITLE[0], j - _SLACK)
    own = [m for m in range(shortest, j + _SLACK + 1) if _titled(line[j : j + m])]
    return j if own else 0
