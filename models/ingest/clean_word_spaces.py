"""Stray spaces inside a clause: the blanks a PDF or a one-line copy left between two Chinese characters of a sentence.

A PDF copy keeps a space where a printed line ended or where justification stretched a line, wherever that fell
(``承担商 贸流通业``, ``党员 干部闻令而动``); prose never sets a blank between two characters inside a clause. A blank
at a segment's edge is another matter: a one-line copy writes each line break as a space, so a heading, a header
field, a speaker's title or a name may end at a blank (``主动公开 发布机构``, ``县长 某某``), and a figure keeps the
blanks a page set around it (``建党 100 周年``). The evidence that a blank is a stray is where it stands in its
sentence: a clause mark opens the run of characters before it (not a line's start, a blank or a numbering label,
where a heading may end) and another closes the run after it, and, failing that, a common word it parts.
"""

from __future__ import annotations

import re

from models.ingest.repair_lexicon import COMMON_WORD, word_freq

_STRAY = re.compile(r"(?<=[\u4e00-\u9fff]{2}|[，,；;、][\u4e00-\u9fff]) {1,2}(?=[\u4e00-\u9fff](?![ \u3000]))")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff\d]*")
# what a clause runs on to: a mark inside or at the end of a sentence, or a closing quote or bracket
_CLAUSE_MARK = set("，。；：、！？,;:!?）)”’」》")
# what ends a clause for certain: no header field (``发布机构：``) nor a title's closing bracket
_CLAUSE_END = set("，。；、！？,;!?")
# the marks inside a sentence (a lone character before a sentence's end may be a paragraph's last wrapped line)
_INNER_MARK = set("，；、,;")
# what opens the run of characters of a clause: a clause's or a sentence's mark before it
_CLAUSE_OPEN = set("，,、；;：:。！？!?")
_SENTENCE_OPEN = set("，,、；;。！？!?")
# the run left of the space opens a unit: a line's start, a space (a one-line copy's line break), or a label
_NUMERAL = "一二三四五六七八九十"
_UNIT_START = re.compile(
    rf"(?:^|[ \u3000\t]|[{_NUMERAL}]+、|\d+[、.．]|[(（][{_NUMERAL}\d]+[)）]|第[{_NUMERAL}\d]+[部分章节条])$"
)
_INNER_BLANK = re.compile(r"(?<=\S)[ \u3000\t]+(?=\S)")
_LABEL = re.compile(
    rf"^(?:[{_NUMERAL}]+[、.．]|\d+[、.．]|[(（][{_NUMERAL}\d]+[)）]|第[{_NUMERAL}\d]+|[一二三四五六七八九十]是)"
)
# a blank before a clause's mark (no line starts with one), or after a comma's (a line ending with one is a wrap)
_BESIDE_MARK = re.compile(r"(?<=[\u4e00-\u9fff]) (?=([，,、；;。！？!?]))|(?<=[，,、；;]) (?=[\u4e00-\u9fff])")
_RUN_IN = re.compile(r"[：:。！？!?]")  # a field's or a sentence's end: what follows is run-in text, not a heading
# a PDF's stretched line: Chinese characters with single blanks among them, from one clause's mark to the next
_STRETCH = re.compile(r"[\u4e00-\u9fff]+(?: [\u4e00-\u9fff]+)+")
_QUOTE_OPEN = "“‘「"
_SENTENCE_CUT = re.compile(r"[ \u3000\t。！？!?]")
_FIGURE_RUN = re.compile(r"[\u4e00-\u9fff\d.%％]*")  # a clause's run of words and figures (增加值38.9亿元)
_FIGURE_AFTER = re.compile(r"[ \u3000]\d")  # a run closed by a figure the page set apart (``建党 100 周年``)


def word_spaces(line: str) -> set[int]:
    """The stray blanks inside the clauses of ``line`` (indices of the blank characters).

    * A single space (or a wrap stretched to two) that parts the two characters of a common word inside a clause
      (``承担商 贸流通业``, ``列席人 员提出意见``): the clause runs on from the space to a mark, not to another blank or
      the line's end, where a heading, a field or a name line ends; the word across the space is commoner than any
      2- or 3-character word the space would end or open (``第一部分 部门概况``, ``县长 某某`` part two words whose
      edges make a rarer word by chance); when the run before the space opens a unit (the line's start, a blank, a
      numbering label), the space may end a heading (``四、某年计划的完成 为了…``): the characters on each side must
      then make no word at all, unless one character alone stands after the space before a comma (a mark inside
      the sentence: ``一、积极创新环境保护方 式,努力…``): no piece opens so, the space ends no heading, parts no pieces.
    * A single space between two words of one clause (``逆行出征,党员 干部闻令而动,``, ``。全区 经济保持…,``): the
      run before it opened by a clause's or a sentence's mark, the run after it closed by one; not in a piece that
      opens with a numbering label (``一、坚持统筹兼顾，推动协调发展 各地区…，``: a heading's end); the run after it
      may hold figures (``;第二产业 增加值38.9亿元,``).
    * A single space before a clause's mark (``指导 ,认真``: no line starts with one), or after a comma's before a
      clause that runs on to a mark and opens with no label (``改善, 社会事业…。``: a line ending with one is a wrap).

    A one-line copy writes its line breaks as blanks and the readers cut such a line into pieces at them, weighing
    each piece as a possible heading: a blank taken out there would make one piece out of two. So a line with a
    blank at a segment's edge (a line's start, a blank or a label before it) keeps every blank, except a word's
    space opened and closed by clause marks (mid-sentence on both sides: no piece's edge). Blanks inside a clause,
    beside a clause mark or a figure a page spaced (``奉献 ,仅用``, ``建党 100 周年``) part no pieces (1467 ``编 制``;
    ``统  筹``, a wrap stretched to two blanks).
    """
    found: set[int] = set()
    sure: set[int] = set()  # opened and closed by a clause's marks: taken whatever the line's other blanks
    for m in _STRAY.finditer(line):
        i, one = m.start(), line[: m.start() + 1] + line[m.end() :]  # the blank read as one space
        if _in_clause(one, i) and _parts_word(one, i):
            found.update(range(m.start(), m.end()))
            if _opened(line, i, _CLAUSE_OPEN) or _lone_character(one, i):
                sure.update(range(m.start(), m.end()))
        elif m.end() - m.start() == 1 and _between_words(line, i):
            found.add(i)
    for m in _BESIDE_MARK.finditer(line):
        if m.group(1) is not None or (_in_clause(line, m.start()) and not _LABEL.match(line[m.end() :])):
            sure.add(m.start())
            found.add(m.start())
    stretched = _stretched_clauses(line) | _before_de(line)
    sure |= stretched
    found |= stretched
    if any(m.start() not in found and not _clause_blank(line, m) for m in _INNER_BLANK.finditer(line)):
        return sure
    return found


# a blank between two characters before 的 (…农副产品 的采购): no clause, heading, field or name opens with 的 but
# 的确, 的士, 的哥, so the blank parts no pieces of a one-line copy; it is a wrap's or a stretched line's stray
_BEFORE_DE = re.compile(r"(?<=[\u4e00-\u9fff]) (?=的[\u4e00-\u9fff])(?!的[确士哥])")


def _before_de(line: str) -> set[int]:
    """The single blanks before 的 inside Chinese text (``_BEFORE_DE``)."""
    return {m.start() for m in _BEFORE_DE.finditer(line)} if " 的" in line else set()


def _run_start(line: str, i: int) -> int:
    """Where the run of characters and digits ending before index ``i`` starts."""
    return i - len(_HAN_RUN.match(line[::-1], len(line) - i).group())  # type: ignore[union-attr]


def _opened(line: str, i: int, marks: set[str]) -> bool:
    """A run of characters stands before index ``i``, opened by one of ``marks``, not by a numbering label."""
    start = _run_start(line, i)
    return 0 < start < i and line[start - 1] in marks and not _UNIT_START.search(line[:start])


def _between_words(line: str, i: int) -> bool:
    """The single space at ``i`` stands between two Chinese words of one clause (see ``word_spaces``)."""
    if not ("\u4e00" <= line[i - 1] <= "\u9fff" and "\u4e00" <= line[i + 1] <= "\u9fff"):
        return False
    if not _opened(line, i, _SENTENCE_OPEN):
        return False
    end = _FIGURE_RUN.match(line, i + 1)
    assert end is not None  # the pattern matches the empty string
    if end.end() >= len(line) or line[end.end()] not in _CLAUSE_END:
        return False
    piece = line[:i].rsplit(" ", 1)[-1].lstrip("\u3000\t")
    # a label governs its heading's own words: text run on past a colon or a sentence's end is no heading
    return not _LABEL.match(piece) or _RUN_IN.search(piece) is not None


def _clause_blank(line: str, m: re.Match[str]) -> bool:
    """A blank that parts no pieces: inside a clause (Chinese or a figure on both sides, the run before it opened by a
    clause's mark, not a line's start, a blank or a label, the run after it closed by one), or beside a clause's
    mark (no line starts with ``，``; a line ending with one is a wrap; a blank after a sentence's end may part two
    pieces, a one-line copy's line break)."""
    before, after = line[m.start() - 1], line[m.end()]
    if before in "，,、；;" or after in _CLAUSE_END:
        return True
    if not _opened(line, m.start(), _CLAUSE_OPEN):
        return False
    return ("\u4e00" <= after <= "\u9fff" or after.isdigit()) and _in_clause(line, m.end() - 1)


def _in_clause(line: str, i: int) -> bool:
    end = _HAN_RUN.match(line, i + 1)
    assert end is not None  # the pattern matches the empty string
    if end.end() < len(line) and line[end.end()] in _CLAUSE_MARK:
        return True
    return end.end() > i + 1 and _FIGURE_AFTER.match(line, end.end()) is not None


def _lone_character(line: str, i: int) -> bool:
    """After the blank at ``i`` one character stands alone before a comma (``环境保护方 式,努力``): no piece a
    one-line copy's line break would open starts so, the blank parts no pieces (the word across it was checked)."""
    return i + 2 < len(line) and "\u4e00" <= line[i + 1] <= "\u9fff" and line[i + 2] in _INNER_MARK


def _parts_word(line: str, i: int) -> bool:
    across = word_freq(line[i - 1] + line[i + 1])
    if across < COMMON_WORD:
        return False
    edges = (line[i - 2 : i], line[i - 3 : i], line[i + 1 : i + 3], line[i + 1 : i + 4])
    if not all(across > word_freq(w) for w in edges if " " not in w):
        return False
    if _UNIT_START.search(line[: _run_start(line, i)]) and not _lone_character(line, i):
        return all(word_freq(w) == 0 for w in edges[::2] if " " not in w)
    return True


def _stretched_clauses(line: str) -> set[int]:
    """The blanks of a clause a PDF stretched (``思想为 指 导,``, ``稳中 求进工 作总基调,``): Chinese characters and
    single blanks only, opened by a clause's or a sentence's mark (not a line's start, a blank or a label) and
    closed by one, so no piece of a one-line copy can start or end inside it. The page's spacing must show: a
    blank of the clause parts a common word, or the clause is a quotation (``“三 高四新”``: no line of a
    one-line copy ends inside a quoted term)."""
    found: set[int] = set()
    for m in _STRETCH.finditer(line):
        start, end = m.start(), m.end()
        if start == 0 or end >= len(line) or line[end] not in _CLAUSE_MARK:
            continue
        opener = line[start - 1]
        quoted = opener in _QUOTE_OPEN and line[end] in "”’」"
        if not quoted and (opener not in _CLAUSE_OPEN or _UNIT_START.search(line[:start])):
            continue
        sentence = _SENTENCE_CUT.split(line[:start])[-1]
        if _LABEL.match(sentence) and not _RUN_IN.search(sentence):
            continue  # a heading's clause (``一、坚持…，推动协 调 发展 各地区``): its last blank may end it
        blanks = [k for k in range(start, end) if line[k] == " "]
        if quoted or any(_parts_word(line, k) for k in blanks):
            found.update(blanks)
    return found
