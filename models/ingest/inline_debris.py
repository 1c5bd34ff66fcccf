"""Characters to delete inside body lines: anti-copy junk tokens, spaced-out titles, PDF wrap spaces.

Every decision here is a deletion (the offset map stays exact): nothing is inserted or replaced.

* **junk tokens**: forum copies append a random token to most lines (``政府工作报告 LsMq&a-j2``). A
  document is in junk mode when a good share of its lines end in a token no language writes; then
  such trailing tokens are removed, and lines made only of them leave the body.
* **spaced-out characters**: ``政 府 工 作 报 告`` reads ``政府工作报告`` (three or more single characters).
* **wrap spaces**: PDF text flattened to one line keeps a space where each printed line ended
  (``同比 下降``, ``生态环 境``); when the spaces fall at a steady period they are removed, except after a
  sentence end and before a numbered lead.
* **number spaces**: ``290.58 亿元``, ``2025 年``, ``2.6 %`` read without the space before the unit (and the
  space before such a number when it had one on both sides).
"""

from __future__ import annotations

import re
from itertools import pairwise
from statistics import median

_NORMAL_TOKEN = re.compile(
    r"^(?:[A-Za-z][a-z]*(?:'[a-z]+)?|[A-Z]+|[a-z]+(?:-[a-z]+)*|\d+(?:[.,:]\d+)*%?|[A-Za-z](?:\.[A-Za-z])+\.?|-+|—+)$"
)
_EDGE = "\"'“”‘’()（）[]《》.,;:!?"
_CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
_SPACED_RUN = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff](?:[ \u3000][\u4e00-\u9fff]){2,}(?![\u4e00-\u9fff])")
_UNIT = "年月日次万亿元个家人项%％户所名件条场批天倍位篇吨亩千百公平届期"
_NUM_SPACE = re.compile(rf"(?<![\dA-Za-z.])(\d+(?:\.\d+)?)( )(?=[{_UNIT}])")
_SENTENCE_END = "。！？!?"
# a form left unfilled: "撰写人: ___________ 日 期: ___________"
_FORM_BLANK = re.compile(
    r"(?:(?<=\s)|^)(?:(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff] [\u4e00-\u9fff])\s*[:：]\s*_{3,}\s*)+"
)
_LEAD = re.compile(r"[一二三四五六七八九十]+(?:、|是)|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．](?!\d)|——")


def is_junk_token(token: str) -> bool:
    """A token no language writes (``LsMq&a-j2``, ``6lr<``, ``{k7Nw``)."""
    if not token or not token.isascii() or len(token) > 16:
        return False
    core = token.strip(_EDGE)
    if not core:
        return len(token) <= 2 and token not in ("()", '""')
    return not _NORMAL_TOKEN.match(core)


def _trailing_junk(line: str, *, cjk_line: bool) -> int:
    """Where the trailing junk of a line starts (``len(line)`` when there is none)."""
    end = len(line)
    cut = end
    while True:
        head = line[:cut].rstrip(" \t")
        sp = head.rfind(" ")
        if sp < 0:
            break
        token = head[sp + 1 :]
        if is_junk_token(token) or (cjk_line and token.isascii() and not re.fullmatch(r"[\d.%]+", token)):
            cut = sp
            continue
        break
    return cut


def junk_mode(lines: list[str]) -> bool:
    """True when enough lines end in a junk token to call the document a junk-stamped copy."""
    worded = [ln for ln in lines if " " in ln.strip()]
    hits = sum(1 for ln in worded if is_junk_token(ln.rstrip().rsplit(" ", 1)[-1]))
    return hits >= 3 and hits * 4 >= len(worded)


def is_junk_line(line: str) -> bool:
    """In junk mode: a line made only of junk tokens (``{k7Nw``, ``+``)."""
    tokens = line.split()
    return bool(tokens) and all(is_junk_token(t) or (len(t) <= 2 and t.isascii()) for t in tokens)


def leading_advert(line: str) -> int:
    """The length of a site's advert fused onto the start of a line (``老金范文,…下载网址:www… ``), or 0."""
    from models.ingest.chrome_blocks import site_word_count

    sp = line.find(" ")
    if 0 < sp <= 80 and site_word_count(line[:sp]) >= 2:
        return sp + 1
    return 0


def _wrap_period(line: str) -> float | None:
    spaces = [m.start() for m in re.finditer(r"(?<=\S) (?=\S)", line)]
    if len(spaces) < 6:
        return None
    gaps = [b - a for a, b in pairwise(spaces)]
    usable = [g for g in gaps if 12 <= g <= 70]
    if len(usable) < 5:
        return None
    m = median(usable)
    steady = sum(1 for g in usable if abs(g - m) <= 0.15 * m)
    return m if steady >= 5 and steady * 2 >= len(gaps) else None


def inline_deletions(line: str, *, junk: bool) -> list[tuple[int, int]]:
    """Spans of ``line`` to delete, sorted and non-overlapping."""
    spans: list[tuple[int, int]] = []
    cjk_line = len(_CJK.findall(line)) * 2 >= len(line.replace(" ", ""))
    for m in _FORM_BLANK.finditer(line):
        spans.append((m.start(), m.end()))
    advert = leading_advert(line)
    if advert:
        spans.append((0, advert))
    if junk:
        cut = _trailing_junk(line, cjk_line=cjk_line)
        if cut < len(line):
            spans.append((cut, len(line)))
            line = line[:cut]
    for m in _SPACED_RUN.finditer(line):
        spans.extend((i, i + 1) for i in range(m.start() + 1, m.end(), 2))
    if _wrap_period(line) is not None:
        for m in re.finditer(r"(?<=\S) (?=\S)", line):
            i = m.start()
            before, after = line[i - 1], line[i + 1 :]
            if before in _SENTENCE_END or _LEAD.match(after):
                continue
            if _CJK.match(before) or _CJK.match(after[0]) or before.isdigit() or after[0].isdigit():
                spans.append((i, i + 1))
    for m in _NUM_SPACE.finditer(line):
        spans.append((m.start(2), m.end(2)))
        lead = m.start(1) - 1
        label = re.search(r"(?:部分|章|节|篇|、|[)）])$", line[:lead])
        if (
            lead >= 1
            and line[lead] == " "
            and _CJK.match(line[lead - 1])
            and line[lead - 1] not in "。！？：:"
            and not label
        ):
            spans.append((lead, lead + 1))
    out: list[tuple[int, int]] = []
    for s, e in sorted(set(spans)):
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out
