"""A paragraph a blank line cut inside a clause (a page break a copy kept as a blank line), in a copy whose paragraphs
end with their marks: the line stops on a word, the next runs on into the clause (1779 ``…每月定期`` ⏎⏎ ``召开…``)."""

from __future__ import annotations

import re

from models.ingest.rejoin_marks import _CJK_CHAR, _CLAUSE, _HEADING, _LAYOUT, _SENTENCE, _TITLE_END, _ends_paragraph

_LONG = 40  # characters: a line of running text, several clauses long, no heading or title
_MIN_ENDS = 2


def _running(line: str) -> bool:
    """A long line of running text: clause marks inside it, no table's cells, no heading standing alone."""
    if len(line) < _LONG or not _CLAUSE.search(line[:-1]) or _LAYOUT.search(line) or "\t" in line:
        return False
    return not (_HEADING.match(line) and not _SENTENCE.search(line[:-1]))


def punctuated(lines: list[str]) -> bool:
    """The copy ends its paragraphs with their marks: of its long lines of running text, two or more end with a
    sentence's or a clause's mark and no more stop on a bare character (a copy that drops its paragraphs' full stops
    ends them bare everywhere; an excerpt cut at its pages' ends has as many cuts as ends: 1612, 1454)."""
    long = [ln for ln in lines if _running(ln)]
    bare = sum(1 for ln in long if _CJK_CHAR.match(ln[-1]))
    ended = sum(1 for ln in long if _ends_paragraph(ln) or ln[-1] in "；;")
    return ended >= _MIN_ENDS and bare <= ended


# an ordinal opening a point (第一，, 第四、, 首先,): a bold lead of a point a copy sets as its own line, unmarked
_ORDINAL = re.compile(r"^(?:第[一二三四五六七八九十]{1,3}|首先|其次|再次|最后)[，,、]")
_STOP = re.compile(r"[。！？!?]")  # a sentence's end: a lead holds clauses, even a ；, and no sentence
_PARAGRAPH = 60  # characters: longer than any lead sentence set as a line of its own


def blank_cut(line: str, nxt: str) -> bool:
    """``line``, running text, stops on a character inside a clause, and ``nxt`` carries the clause on: it opens on a
    character, is no heading, and runs on to a clause's mark (the page's blank line fell inside the paragraph).

    ``line`` is a paragraph, not a lead sentence a copy set bold and unmarked on its own line (324, 539, 755:
    ``第四，在试点的基础上，…调动各方面的积极性``): a sentence ends inside it (``一是提高政治站位。…及``), or it is
    longer than a lead and opens with no label."""
    if not _running(line) or not _CJK_CHAR.match(line[-1]) or _TITLE_END.search(line) or _ends_paragraph(line):
        return False
    lead = _HEADING.match(line) or _ORDINAL.match(line)
    if not _STOP.search(line[:-1]) and (len(line) < _PARAGRAPH or lead):
        return False
    if len(nxt) < 10 or not opens_clause(nxt) or _HEADING.match(nxt) or _LAYOUT.search(nxt):
        return False
    return bool(_CLAUSE.search(nxt))


_QUOTED_TERM = re.compile(r"^[“‘《][\u4e00-\u9fff\d]")


def opens_clause(nxt: str) -> bool:
    """The line opens as a clause's next words do: on a character, or on a quoted term or a book title the clause
    goes on with (``…围绕平安宗教场所`` ⏎⏎ ``“1+9”创建指标体系,…``: 2463; ``…深入推进`` ⏎ ``“最多跑一次”改革,…``)."""
    return bool(_CJK_CHAR.match(nxt[0]) or _QUOTED_TERM.match(nxt))
