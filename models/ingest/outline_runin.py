"""Where the body starts inside a heading that runs into its paragraph with no punctuation between them.

A report run together on one line (or a heading line a copy joined to its paragraph) writes ``一、乡基本情况乡位于…``
or ``一、综合2020年末,全县…``: the title ends where the paragraph evidently starts. The evidence, for the family of
work reports and bulletins rather than for one file:

* a section title is a short noun phrase that ends with a word naming what the section holds (``…情况``, ``…概况``,
  ``…总结``, ``…回顾``, ``…打算``); a long clause running on after that word, with no connective that would make it
  part of the title (``…情况和问题``, ``…总结报告``), is the paragraph;
* a paragraph opens with its year and a time word or a comma (``2020年末,``, ``2023年以来``); a year right after
  the title's last Chinese character starts the paragraph.
"""

from __future__ import annotations

import re

# words a section title ends with (what the section holds); ``…成效`` and ``…重点`` often go on inside a title
END_WORDS = ("情况", "概况", "总结", "回顾", "打算", "思路", "展望")
_END_WORD = re.compile("|".join(END_WORDS))
# what may follow an end word inside a title: a connective, a bracket or quote, another document word
_GOES_ON = re.compile(r"[，,和及与暨并、的之（(“《〔\[]|汇报|报告|通报|说明|分析|统计|一览|表|工作|如下|暨")
_CLAUSE = re.compile(r"[，,]")
_STOP = re.compile(r"[，,、；;]")
HEAD_MAX = 20  # characters of the title before its end word
REST_MIN = 6  # characters of the paragraph run on after the end word
REST_LONG = 12  # a run-on rest this long is a paragraph even without a comma
# a year opening the paragraph: 2020年末, / 2023年以来 / 2015年, after the title's last Chinese character (not
# after a word that takes the year as its object: 回顾2021年, / 到2025年,)
_YEAR_OPENS = re.compile(
    r"(?<=[\u4e00-\u9fff])(?<!回顾|截至|截止)(?<![到至在于自从])(?=(?:19|20)[0-9]{2}年(?:[，,]|末|初|底|以来|一年来|来))"
)


def body_start(text: str, start: int, cut: int, run_on: bool = True) -> int:
    """Where the paragraph starts in the title ``text[start:cut]`` of a run-in heading (``cut`` when it does not).

    The year evidence is read only in a report run together (``run_on``): a heading line of a text written in
    lines may name a year inside its one-sentence title (``1.…,到2025年,…达到3.5万亿元``)."""
    year = _YEAR_OPENS.search(text, start + 2, cut) if run_on else None
    if year is not None:
        cut = year.start()
    for m in _END_WORD.finditer(text, start + 2, min(cut, start + HEAD_MAX + 2)):
        if _STOP.search(text, start, m.start()):
            break  # a title with a clause before the word is a sentence, not a noun phrase
        rest = text[m.end() : cut]
        if len(rest) < REST_MIN or _GOES_ON.match(rest):
            continue
        if _CLAUSE.search(rest) or len(rest) >= REST_LONG:
            return m.end()
    return cut
