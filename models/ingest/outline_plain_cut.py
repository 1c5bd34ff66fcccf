"""An unnumbered heading the excerpt's end cut on the text's last line (2020年工作计): the evidence it is one."""

from __future__ import annotations

import re

from models.ingest.outline_lines import PLAIN, Candidate, Line, has_sentence_end, is_body, squeeze
from models.ingest.outline_lost import PLAIN_BASE, PLAIN_MAX_CHARS
from models.ingest.outline_plain_context import PLAIN_BAD
from models.ingest.outline_plain_shape import plain_shape

PLAIN_CUT_END = 2.5  # the title block names the part it begins, or a parallel head stood before it: a cut heading
CUT_MIN_CHARS = 4  # characters a cut heading keeps (a shorter piece says too little of itself)
PARALLEL_REACH = 30  # lines back within which a parallel head is looked for
_WORDS = re.compile(r"[\u4e00-\u9fff0-9０-９〇]+")  # a cut title's words: Chinese and figures (a year), no marks
_TIME = "年月日季期来"  # 今年…, 全年…, 上月…: a paragraph opening with its time, no parallel verb
_JOINS_PARTS = "及和暨与"  # …工作总结及2020年工作计划: a title joining the two parts of its report


def cut_last_heading(text: str, lines: list[Line], prose_at: int) -> Candidate | None:
    """The text's last line as an unnumbered heading the excerpt's end cut, or None.

    The line stops mid-phrase (no title or sentence end) with nothing after it, right after a finished paragraph;
    a paragraph's first words cut the same way look alike, so it takes one more piece of evidence: the title block
    names the part it begins and goes on past the cut (…总结及2020年工作计划 over ``2020年工作计``), or a short head
    alone between paragraphs before it opens in parallel (强抓工业发展。 … ``狠抓特色农``: sibling heads of one
    series repeat their first word or their verb).
    """
    if len(lines) < 3:
        return None
    i = len(lines) - 1
    line, prev = lines[i], lines[i - 1]
    s = text[line.start : line.end]
    word = squeeze(s)
    if line.split or text[line.end :].strip() or line.start <= prose_at or has_sentence_end(text, line):
        return None
    if len(word) < CUT_MIN_CHARS or not _WORDS.fullmatch(word) or not plain_shape(text, line, False):
        return None
    if not is_body(text, prev) or text[prev.end - 1] not in "。！？!?":
        return None
    if not (_title_goes_on(text, prose_at, word) or _parallel_before(text, lines, word)):
        return None
    cand = Candidate(i, PLAIN, 0, line.start, line.start, line.start, line.end)
    cand.score = PLAIN_BASE + PLAIN_CUT_END
    return cand


def _title_goes_on(text: str, prose_at: int, word: str) -> bool:
    """The title block joins two parts of its report (…总结及2020年工作计划), the second opening with the line's
    words and going on with a word of the same phrase where the line stops (not a name the title holds, 某某自治县)."""
    block = squeeze(text[:prose_at])
    at = block.find(word)
    while at > 0:
        if block[at - 1] in _JOINS_PARTS and "\u4e00" <= block[at + len(word) : at + len(word) + 1] <= "\u9fff":
            return True
        at = block.find(word, at + 1)
    return False


def _parallel_before(text: str, lines: list[Line], word: str) -> bool:
    """A short head alone between two paragraphs before the last line, one sentence at most, opening as the last
    line does: its first word again (坚持… / 坚持…) or its verb after another adverb (强抓… / 狠抓…)."""
    last = len(lines) - 1
    for j in range(max(1, last - PARALLEL_REACH), last - 1):
        ln = lines[j]
        head = squeeze(text[ln.start : ln.end]).rstrip("。")
        if ln.split or not CUT_MIN_CHARS <= len(head) <= PLAIN_MAX_CHARS or PLAIN_BAD.search(head):
            continue
        before, after = lines[j - 1], lines[j + 1]
        if text[before.end - 1] not in "。！？!?" or not is_body(text, after):
            continue
        if head[:2] == word[:2] or (head[1] == word[1] and head[1] not in _TIME and "\u4e00" <= head[1] <= "\u9fff"):
            return True
    return False
