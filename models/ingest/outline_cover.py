"""A document's cover title set again after its contents list: a level-1 heading over the body it opens."""

from __future__ import annotations

import re
from itertools import pairwise

from models.ingest.outline_lines import DOCUMENT_TITLE, PLAIN, Candidate, Line, has_sentence_end, is_body, squeeze
from models.ingest.outline_lists import CONTENTS_LINE
from models.ingest.outline_lost import PLAIN_BASE

COVER_SCORE = PLAIN_BASE + 3.0  # as a document title its notice names: it governs the numbered sections after it
COVER_LINES_MAX = 3  # lines a cover title is set on (离石区…办事处 ⏎ 2021年部门决算及“三公”经费信息 ⏎ 公开说明)
COVER_CHARS_MAX = 60
CONTENTS_ENTRIES_MIN = 2  # contents entries the reader recognised between the 目录 line and the cover title
# a document's kind closes its title (…绩效评价报告, …信息公开说明, …部门决算)
_KIND_END = re.compile(r"(?:报告|说明|决算|预算|总结|计划|方案|要点|规划)$")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_ANNEX_ENTRY = re.compile(r"附件\s*[0-9０-９一二三四五六七八九十]")
# a contents entry's label or page number alone, parted from the entry at a blank in a copy run together
# (附件6 ⏎ <its name>; 第四部分 名词解释 ⏎ 14)
_ANNEX_LABEL_ALONE = re.compile(r"附件\s*[0-9０-９一二三四五六七八九十]{1,2}[：:]?")
_PAGE_ALONE = re.compile(r"[0-9０-９]{1,3}")


def cover_titles(text: str, lines: list[Line], cands: list[Candidate]) -> list[Candidate]:
    """The title block right after a contents list (``目录`` and its entries) when the document's own title stands
    above the contents: a report bound with cover, contents and inner title page (1193's 公开说明, 1915's 评价报告
    under its 自评报告 cover). That inner title heads what follows; over a 目录 that opens the text it is the own
    title (metadata), no heading. Only lines with no sentence and no label, closed by a document's kind, right
    before the body's first prose or heading."""
    at = next((i for i, ln in enumerate(lines) if CONTENTS_LINE.match(text, ln.start, ln.end)), None)
    if at is None or at == 0:
        return []
    by_line = {c.line: c for c in cands}
    # the body opens at the first prose or the first heading the contents did not list
    body = next(
        (
            k
            for k in range(at + 1, len(lines))
            if (
                by_line[k].score >= 0 if k in by_line else is_body(text, lines[k]) and not _entry(text, lines[k], k, {})
            )
        ),
        None,
    )
    if body is None:
        return []
    n = 0
    while n < COVER_LINES_MAX and body - n - 1 > at and _title_line(text, lines, body - n - 1, by_line):
        n += 1
    entries = sum(1 for k in range(at + 1, body - n) if _entry(text, lines[k], k, by_line))
    if n == 0 or entries < CONTENTS_ENTRIES_MIN or not _ends_entry(text, lines, body - n - 1, by_line):
        return []
    block = lines[body - n : body]
    words = "".join(text[ln.start : ln.end] for ln in block)
    above = {squeeze(text[ln.start : ln.end]) for ln in lines[:at]}
    if len(words) > COVER_CHARS_MAX or not _KIND_END.search(squeeze(words)) or squeeze(words) in above:
        return []
    cand = Candidate(body - n, PLAIN, DOCUMENT_TITLE, block[0].start, block[0].start, block[0].start, block[-1].end)
    cand.gaps = tuple((a.end, b.start) for a, b in pairwise(block))
    cand.score = COVER_SCORE
    return [cand]


def _entry(text: str, line: Line, k: int, by_line: dict[int, Candidate]) -> bool:
    """A line of the contents: an entry the reader lowered as listed, or an attachment's name (附件1 …)."""
    c = by_line.get(k)
    return (c is not None and c.score < 0) or _ANNEX_ENTRY.match(text, line.start, line.end) is not None


def _ends_entry(text: str, lines: list[Line], k: int, by_line: dict[int, Candidate]) -> bool:
    """Line ``k`` closes a contents entry: the entry, or a piece parted from it at a blank (its page number, or the
    attachment's name after its label alone)."""
    line = lines[k]
    if _entry(text, line, k, by_line):
        return True
    if not line.split or k == 0:
        return False
    prev = lines[k - 1]
    if _PAGE_ALONE.fullmatch(text, line.start, line.end):
        return _entry(text, prev, k - 1, by_line) or _named_annex(text, lines, k - 1)
    return _named_annex(text, lines, k)


def _named_annex(text: str, lines: list[Line], k: int) -> bool:
    """Line ``k`` is a piece right after an attachment's label alone: that attachment's name in the contents."""
    prev = lines[k - 1] if k > 0 else None
    return prev is not None and lines[k].split and _ANNEX_LABEL_ALONE.fullmatch(text, prev.start, prev.end) is not None


def _title_line(text: str, lines: list[Line], k: int, by_line: dict[int, Candidate]) -> bool:
    """A line of a title block: no candidate, no sentence, mostly Chinese, no attachment's name after its label."""
    line = lines[k]
    s = text[line.start : line.end]
    if k in by_line or has_sentence_end(text, line) or _ANNEX_ENTRY.match(s) or _named_annex(text, lines, k):
        return False
    return 2 <= len(s) <= COVER_CHARS_MAX and len(_CJK.findall(s)) * 2 >= len(s)
