"""Scanning display text line by line for heading candidates (numbered labels and short standalone lines)."""

from __future__ import annotations

import re
from typing import NamedTuple

# Blanks that may lead or trail a line: every Unicode whitespace but the newline (str.isspace), plus the
# BOM and zero-width space that pasted web text carries.
_WS = (
    " \t\r\f\v\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
    "\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u200b"
)

_CN = "[一二三四五六七八九十〇零]{1,4}"
_DIG = "[0-9０-９]{1,3}"
# After "1." a digit means a decimal (1.5亿元) or a date (2020.12), unless a year follows (1.2020年工作回顾).
_NOT_DIGIT = "(?:(?![0-9０-９])|(?=[0-9０-９]{4}年))"

# One alternative per numbering style; applied with ``match`` at the first non-blank char of a line.
_LABEL = re.compile(
    "|".join(
        (
            rf"(?P<di>第(?P<di_num>{_CN}|{_DIG})(?P<di_kind>部分|章|节|篇|编|条))",
            rf"(?P<dc>第(?P<dc_num>{_CN})[，,、])",
            rf"(?P<cd>(?P<cd_num>{_CN})(?:、|[.．]{_NOT_DIGIT}))",
            rf"(?P<cp>[(（](?P<cp_num>{_CN})[)）])",
            rf"(?P<ap>[(（](?P<ap_num>{_DIG})[)）])",
            rf"(?P<ad>(?P<ad_num>{_DIG})(?:、|[.．]{_NOT_DIGIT}))",
            rf"(?P<ah>(?P<ah_num>{_DIG})[)）])",
            r"(?P<ci>[\u2460-\u2473])",
            r"(?P<pd>[\u2474-\u2487])",
            r"(?P<dd>[\u2488-\u249b])",
        )
    )
)
# What may separate a label from its title.
_SEP = re.compile(rf"[{_WS}]*(?:[、:：.．](?![0-9０-９]))?[{_WS}]*")
# A numbering followed by what makes it a range or list of numbers ("一、二季度", "1、2月份"), not a label.
_CN_RANGE = re.compile(r"[一二三四五六七八九十]{1,2}(?:、|季|月|至|到|和|及|或)")
_AR_RANGE = re.compile(r"[0-9０-９]{1,2}(?:、|季|月|日|号|至|到|和|及|或|-|—|~|－)")
# The first sentence end (or a lead-in colon) ends a run-in heading.
_TITLE_CUT = re.compile(r"[。！？；!?;：:]")
_COMMA = re.compile(r"[，,]")
_TITLE_TRAIL = f"{_WS}。：:，,、;；．"
_BODY_PUNCT = re.compile(r"[。！？；!?;]")
_PLAIN_BAD = re.compile(r"[。！？；!?;：:，,%％=<>|/\\@#]|https?|www\.")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_DATE_LINE = re.compile(r"^[0-9０-９〇○Ｏ零一二三四五六七八九十]{2,4}\s*年\s*[0-9０-９一二三四五六七八九十]{1,2}\s*月")

_CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")

# Conventional rank of each style in government documents (GB/T 9704 and common practice). Only used to
# place a style seen for the first time among deeper styles already seen elsewhere; appearance order rules.
PRIOR = {
    "di_部分": 10,
    "di_篇": 10,
    "di_编": 10,
    "di_章": 20,
    "di_节": 30,
    "di_条": 35,
    "plain": 38,
    "cn_dun": 40,
    "cn_paren": 50,
    "di_comma": 55,
    "ar_dot": 60,
    "ar_paren": 70,
    "ar_half": 75,
    "circled": 80,
}

PLAIN_TAILS = (
    "情况",
    "问题",
    "打算",
    "计划",
    "思路",
    "措施",
    "做法",
    "成效",
    "成绩",
    "工作",
    "举措",
    "建议",
    "目标",
    "要点",
    "重点",
    "经验",
    "体会",
    "不足",
    "安排",
    "总结",
    "回顾",
    "展望",
    "任务",
    "对策",
    "原因",
    "进展",
    "亮点",
    "短板",
    "困难",
    "设想",
    "部署",
)

BODY_MIN_CHARS = 40
PLAIN_MAX_CHARS = 25
TITLE_MAX_CHARS = 100  # a title line without a sentence end longer than this is a run-in paragraph


class Line(NamedTuple):
    """A non-blank line: offsets of its first and one-past-last non-blank characters."""

    start: int
    end: int


class Candidate:
    """A line that may open a section: its numbering style and value, label and title spans."""

    __slots__ = ("heading_end", "label_end", "line", "start", "style", "title_start", "value")

    def __init__(
        self, line: int, style: str, value: int, start: int, label_end: int, title_start: int, heading_end: int
    ) -> None:
        self.line = line  # index into the list of lines
        self.style = style
        self.value = value
        self.start = start
        self.label_end = label_end
        self.title_start = title_start
        self.heading_end = heading_end


def cn_number(s: str) -> int | None:
    """Value of a Chinese numeral such as 三, 十一, 二十三, 一〇; None if it is not one."""
    if "十" in s:
        left, _, right = s.partition("十")
        if "十" in right or len(left) > 1 or len(right) > 1:
            return None
        tens = _CN_DIGITS.get(left) if left else 1
        ones = _CN_DIGITS.get(right) if right else 0
        if tens is None or ones is None or tens == 0:
            return None
        return tens * 10 + ones
    value = 0
    for ch in s:
        digit = _CN_DIGITS.get(ch)
        if digit is None:
            return None
        value = value * 10 + digit
    return value


def split_lines(text: str) -> list[Line]:
    """Non-blank lines of ``text`` with surrounding blanks trimmed."""
    lines: list[Line] = []
    append = lines.append
    pos = 0
    for raw in text.split("\n"):
        n = len(raw)
        stripped = raw.strip(_WS)
        if stripped:
            lead = n - len(raw.lstrip(_WS))
            append(Line(pos + lead, pos + lead + len(stripped)))
        pos += n + 1
    return lines


def _style_and_value(m: re.Match[str]) -> tuple[str, int | None]:
    kind = m.lastgroup
    if kind == "di":
        num = m.group("di_num")
        value = int(num.translate(_FULLWIDTH)) if num[0] not in _CN_DIGITS and num[0] != "十" else cn_number(num)
        return "di_" + m.group("di_kind"), value
    if kind == "dc":
        return "di_comma", cn_number(m.group("dc_num"))
    if kind == "cd":
        return "cn_dun", cn_number(m.group("cd_num"))
    if kind == "cp":
        return "cn_paren", cn_number(m.group("cp_num"))
    if kind == "ap":
        return "ar_paren", int(m.group("ap_num").translate(_FULLWIDTH))
    if kind == "ad":
        return "ar_dot", int(m.group("ad_num").translate(_FULLWIDTH))
    if kind == "ah":
        return "ar_half", int(m.group("ah_num").translate(_FULLWIDTH))
    ch = m.group(0)
    if kind == "ci":
        return "circled", ord(ch) - 0x2460 + 1
    if kind == "pd":
        return "ar_paren", ord(ch) - 0x2474 + 1
    return "ar_dot", ord(ch) - 0x2488 + 1


def match_label(text: str, line_index: int, line: Line) -> Candidate | None:
    """The numbered heading candidate starting ``line``, or None."""
    m = _LABEL.match(text, line.start, line.end)
    if m is None:
        return None
    style, value = _style_and_value(m)
    if value is None or value < 1:
        return None
    label_end = m.end()
    if text[label_end - 1] == "、" and style in ("cn_dun", "ar_dot"):
        pattern = _CN_RANGE if style == "cn_dun" else _AR_RANGE
        if pattern.match(text, label_end, line.end):
            return None
    sep = _SEP.match(text, label_end, line.end)
    title_start = sep.end() if sep else label_end
    heading_end = _title_cut(text, title_start, line.end)
    while heading_end > title_start and text[heading_end - 1] in _TITLE_TRAIL:
        heading_end -= 1
    if heading_end <= title_start:
        return None
    return Candidate(line_index, style, value, line.start, label_end, title_start, heading_end)


def _title_cut(text: str, start: int, end: int) -> int:
    """Where a heading's title ends: first sentence end or lead-in colon (not a clock time such as 9:30)."""
    cut = _TITLE_CUT.search(text, start, end)
    while cut is not None:
        at = cut.start()
        if text[at] != ":" or not (text[at - 1 : at].isdigit() and text[at + 1 : at + 2].isdigit()):
            return at
        cut = _TITLE_CUT.search(text, at + 1, end)
    if end - start > TITLE_MAX_CHARS:
        # A long line with no sentence end is a paragraph run in after its heading: cut at the first comma.
        comma = _COMMA.search(text, start, end)
        if comma is not None:
            return comma.start()
    return end


def is_body(text: str, line: Line) -> bool:
    """A paragraph line: long, or containing a sentence end."""
    return line.end - line.start >= BODY_MIN_CHARS or _BODY_PUNCT.search(text, line.start, line.end) is not None


def has_sentence_end(text: str, line: Line) -> bool:
    """A line holding at least one sentence end: real prose, unlike titles, breadcrumbs and header rows."""
    return _BODY_PUNCT.search(text, line.start, line.end) is not None


def is_plain_shape(text: str, line: Line) -> bool:
    """A short line that could be an unnumbered heading by its shape alone."""
    n = line.end - line.start
    if n < 2 or n > PLAIN_MAX_CHARS:
        return False
    s = text[line.start : line.end]
    if s[0] in "(（〔【[<《" or _PLAIN_BAD.search(s) or _DATE_LINE.match(s):
        return False
    if s.endswith(("如下", "附件")) or s.startswith(("特此", "附件", "抄送", "印发", "责任编辑")):
        return False
    cjk = len(_CJK.findall(s))
    return cjk >= 2 and cjk * 2 >= n


def plain_looks_like_heading(text: str, line: Line) -> bool:
    """An unnumbered line whose wording marks it as a heading (ends with 情况, 问题, 打算 …)."""
    return text[line.start : line.end].endswith(PLAIN_TAILS)
