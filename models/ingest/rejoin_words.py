"""Line breaks inside a clause that the printed width does not explain: a break parting a common word, or a short
line of a hard-wrapped text whose words went out of it; in a copy that parts words, a line of prose stopping inside a
clause.

A store's chunks, a farm's copy or a converted page break text at a width of their own, or leave wrapped lines
short of the width; the evidence of a wrap is then the words and the clause across the break, not the line's width.
"""

from __future__ import annotations

import re

from models.ingest.clean_script import t2s_table
from models.ingest.rejoin_marks import _CJK_CHAR, _CLAUSE, _HEADING, _TITLE_END, visual_width
from models.ingest.repair_lexicon import COMMON_WORD, word_freq

_FIRST_CLAUSE = re.compile(r"[^，,、；;。！？!?]*[，,、；;。！？!?]")


def _word_cut(line: str, nxt: str) -> bool:
    """The line break parts the two characters of a common word inside a sentence: the text was broken at a width of
    its own (a store's chunk, a farm's copy whose lines lost the names it took out), not at a word's end, so the
    printed width says nothing. The word across is commoner than any 2- or 3-character word the break would end or
    open (``…的重要 ⏎ 讲话`` parts two words), and the next line runs on to a clause's mark with no blank before it
    (not a speaker's name line under a delivery line, ``…会议上 ⏎ 市长 某某``)."""
    if not _clause_cut(line, nxt):
        return False
    across = word_freq(line[-1] + nxt[0])
    edges = (line[-2:], line[-3:], nxt[:2], nxt[:3])
    return across >= COMMON_WORD and all(across > word_freq(w) for w in edges if len(w) > 1)


def _long_word_cut(line: str, nxt: str) -> bool:
    """The line break parts a word of three or four characters the dictionary lists whole, inside a running
    clause (074 ``…关于退役`` ⏎ ``军人工作和…``, 1692 ``下发调查通知`` ⏎ ``书320多份,``): each half may be a word of
    its own, but a writer who ends a paragraph ends it with a mark, and a lost ``。`` before a new sentence
    (``…奠定了坚实基础`` ⏎ ``这五年,``) seldom makes one dictionary word with the next sentence's opening. The line
    is prose (a clause's mark in it; a comma when it ends as a title does, ``…下发调查通知``); traditional script is
    looked up simplified."""
    if not _clause_cut(line, nxt) or not _CLAUSE.search(line):
        return False
    if _TITLE_END.search(line) and not re.search(r"[，,]", line):
        return False
    tail, head = line[-3:].translate(t2s_table()), nxt[:3].translate(t2s_table())
    for size in (4, 3):
        for left in range(max(1, size - len(head)), min(size - 1, len(tail)) + 1):
            word = tail[-left:] + head[: size - left]
            if _CJK_RUN.fullmatch(word) and word_freq(word) > 0:
                return True
    return False


_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")


def _clause_cut(line: str, nxt: str) -> bool:
    """The break falls between two characters inside a clause: the next line, no heading, runs on to a clause's mark
    with no blank before it."""
    if not (_CJK_CHAR.match(line[-1]) and _CJK_CHAR.match(nxt[0])) or _HEADING.match(nxt):
        return False
    clause = _FIRST_CLAUSE.match(nxt)
    return clause is not None and not re.search(r"\s", clause.group())


def _short_cut(line: str, nxt: str, width: int, printed: str) -> bool:
    """In hard-wrapped text, a line of prose (a clause's mark inside it) printed three quarters of the width or more
    that stops inside a clause: the wrap cut it, the line printed short of the width because words went out of it (a
    farm's copy that took out leaders' names: 1178 ``…在省市和县委的正确`` ⏎ ``领导下,``, 196, 1097)."""
    if visual_width(printed) * 4 < width * 3 or not _CLAUSE.search(line) or _TITLE_END.search(line):
        return False
    return _clause_cut(line, nxt)


_PARTED = 2  # words a copy parts at a line break: its habit of breaking anywhere, not one accident


def parts_words(lines: list[str], adjacent: list[bool]) -> bool:
    """The copy breaks its lines inside words, twice or more (787 ``与气象部`` ⏎ ``门合作…``, ``提高队`` ⏎
    ``伍的…``): it was broken at a width of its own or by hand, anywhere, so inside clauses too."""
    parted = 0
    for i in range(len(lines) - 1):
        line, nxt = lines[i], lines[i + 1]
        if adjacent[i] and line and nxt and _CJK_CHAR.match(line[-1]) and _CJK_CHAR.match(nxt[0]):
            parted += _word_cut(line, nxt) or _long_word_cut(line, nxt)
            if parted >= _PARTED:
                return True
    return False


def prose_cut(line: str, nxt: str) -> bool:
    """In a copy that parts words, a line of prose (a clause's mark inside it, no title's end) stopping on a character
    before a line whose clause runs on to its mark: the break fell inside the clause (787 ``…沟通合作,推动预警`` ⏎
    ``信息及时发布到公众,…``), as the copy's other breaks fell inside words."""
    return bool(_CLAUSE.search(line)) and not _TITLE_END.search(line) and _clause_cut(line, nxt)
