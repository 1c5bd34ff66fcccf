"""Lines and numbered labels of display text (where a heading may start); the candidate type."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from models.ingest.outline_candidate import Candidate as Candidate
from models.ingest.outline_line_figures import DIGITS as _DIGITS
from models.ingest.outline_line_figures import UNIT_AFTER as _UNIT_AFTER
from models.ingest.outline_line_figures import figure_before_counter, listed_figure, spaced_label_dot
from models.ingest.outline_runin import HEADING_WORDS as HEADING_WORDS

# Blanks that may lead or trail a line: every Unicode whitespace but the newline (str.isspace), plus the
# BOM and zero-width space that pasted web text carries.
WS = (
    " \t\r\f\v\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
    "\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u200b"
)
_WS_RUN = re.compile(f"[{WS}]+")

_CN = "[一二三四五六七八九十〇零]{1,4}"
_DIG = "[0-9０-９]{1,3}"
# what follows a decimal figure rather than a decimal section's title: a unit or a measure word
_UNIT = "[万亿千百十元角分个倍吨亩米人户家项件台辆头只名所座条年月日天岁次度成]"
# After "1." a digit means a decimal (1.5亿元) or a date (2020.12), unless a year follows (1.2020年工作回顾, and a
# year naming an event or a span: 1.2023“两会”解读…, 2.2021-2025年规划): a year, then 年, an opening quote or
# bracket, a range's dash, or a word that is no unit (not 1.2023亿元, not 系数1.2023，).
_YEAR_ON = f'(?:19|20)[0-9]{{2}}(?:[“‘"《「(（—－~～-]|[\u4e00-\u9fff](?<!{_UNIT}))'
_NOT_DIGIT = f"(?:(?![0-9０-９])|(?=[0-9０-９]{{4}}年)|(?={_YEAR_ON}))"
# A blank a PDF's or OCR's text extraction puts inside a label: （ 一 ）, 一 、, 1 ., 第 一 部分.
_B = "[ \u3000\u00a0]?"
# 一 as OCR reads it inside brackets: a hyphen or dash, (-) for (一)
_OCR_ONE = "[-－—]"

# One alternative per numbering style; applied with ``match`` where a heading may start. (﹑, the small form of 、,
# as traditional-script and some web copies write it: 一﹑五年工作的回顾)
_LABEL = re.compile(
    "|".join(
        (
            rf"(?P<di>第{_B}(?P<di_num>{_CN}|{_DIG}){_B}(?P<di_kind>部分|部份|章|节|篇|编|条))",
            rf"(?P<dc>第(?P<dc_num>{_CN})[，,、])",
            rf"(?P<cd>(?P<cd_num>{_CN}){_B}(?:[、﹑]|[.．﹒]{_NOT_DIGIT}))",
            # (一)、 as many copies write it; (-) as OCR reads (一); 〔一〕 as some stores' copies write it (1815)
            rf"(?P<cp>[(（]{_B}(?P<cp_num>{_CN}|{_OCR_ONE}){_B}[)）]、?|〔(?P<cq_num>{_CN})〕)",
            rf"(?P<ap>[(（]{_B}(?P<ap_num>{_DIG}){_B}[)）]、?)",
            # 1.1 编制目的: a decimal section number, a section's title after it (not 1.5亿元: a unit after it)
            rf"(?P<dm>{_DIG}[.．](?P<dm_num>[0-9０-９]{{1,2}})(?![0-9０-９.．%％])(?={_B}(?!{_UNIT})[\u4e00-\u9fff]))",
            rf"(?P<ad>(?P<ad_num>{_DIG}){_B}(?:[、﹑]|[.．﹒]{_NOT_DIGIT}))",
            rf"(?P<ah>(?P<ah_num>{_DIG})[)）])",
            r"(?P<ci>[\u2460-\u2473])",
            r"(?P<pd>[\u2474-\u2487])",
            r"(?P<dd>[\u2488-\u249b])",
            r"(?P<pi>[\u3220-\u3229])",  # ㈠ … ㈩, a word processor's single character for （一）…（十）
        )
    )
)
# A sentence end, a blank and a top numbering: a line break lost between paragraphs (…服务。 一、上半年主要工作 …).
# (or a 一、 heading set off by blanks on both sides, in a short line run together: 某局…计划 一、工作总结 2021年…)
_STOP_THEN_HEADING = re.compile(
    rf"[。！？!?][{WS}]+(?:{_CN}、|[(（]{_CN}[)）]|〔{_CN}〕|第{_CN}(?:部分|部份|章))[{WS}]*[\u4e00-\u9fff]"
    rf"|(?<=[\u4e00-\u9fff])[{WS}]+{_CN}、[\u4e00-\u9fff][^{WS}。！？!?；;，,：:]{{1,24}}[{WS}]+(?=\S)"
)
# Markup before a numbered heading in a web or Markdown copy, and what closes it at the line's end.
# (also a live-text's speaker tag: [温家宝]:一、2009年工作回顾 [09:05], 1373; 毛光烈说,一、… in 1411)
_MARKUP = re.compile(rf"(#{{1,6}}|\*\*|__|【|[●■◆◇□○•▪►★☆▲△]|\[[\u4e00-\u9fff]{{2,4}}\][:：])[{WS}]*")
_CLOSING = {"#": "#+", "*": r"\*\*", "_": "__", "【": "】"}
# a forum's anti-copy jammer string glued before a heading's Chinese label (Discuz: 6 b8 N0 k6 }' T( Y一、…): ASCII
# letters, figures and punctuation between blanks, as the jammer after a title is (outline_title_end's junk tail)
_JAMMER_TOKEN = re.compile(r"[!-~]{1,4}(?=[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])")
JAMMER_REACH = 16  # characters of the jammer string looked at before a piece its last token sticks to
_JAMMER = re.compile(r"(?=[!-~ ]*[!-/:-@\[-`{-~])[!-~ ]+")
_JAMMER_HEAD = re.compile(
    r"(?=[!-~ ]*[!-/:-@\[-`{-~])[!-~ ]{8,}?(?=[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])"
)
# A Chinese numeral alone on its line (its title on the next line): ``一`` or ``十二``.
BARE_NUMERAL = re.compile(r"[一二三四五六七八九十]{1,3}")
# The rest of a label broken after its opening bracket: ``（`` ⏎ ``三）改革开放…``.
_BROKEN_REST = re.compile(rf"(?P<cp_num>{_CN})[)）]|(?P<ap_num>{_DIG})[)）]")
# A numbering followed by what makes it a range or list of numbers ("一、二季度", "1、2月份"), not a label.
_CN_RANGE = re.compile(r"([一二三四五六七八九十]{1,2})(?:[、﹑]|季|月|至|到|和|及|或)")
_AR_RANGE = re.compile(r"([0-9０-９]{1,2})(?:[、﹑]|季|月|日|号|至|到|和|及|或|-|—|~|－)")
# The first sentence end (or a lead-in colon) ends a run-in heading.
_TITLE_CUT = re.compile(r"[。！？；!?;：:]")
# (and a middle dot a page's bullet glyph left after the title: 二、《计划》的主要内容·)
TITLE_TRAIL = f"{WS}。：:，,、;；．.﹒…·•・"
SENTENCE_END = "。！？!?"

_CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")

# Conventional rank of each style in government documents (GB/T 9704 and common practice).
PRIOR = {
    "di_部分": 10,
    "di_篇": 10,
    "di_编": 10,
    "di_章": 20,
    "di_节": 30,
    "di_条": 35,
    "cn_dun": 40,
    "cn_bare": 40,
    "cn_paren": 50,
    "di_comma": 55,
    "ar_dot": 60,
    "ar_decimal": 62,
    "ar_paren": 70,
    "ar_half": 75,
    "circled": 80,
}

PLAIN = "plain"  # the style of unnumbered headings
DOCUMENT_TITLE = 2  # the value of an unnumbered heading that titles an embedded document (it governs the rest)
FRONT_MATTER = 3  # the value of an unnumbered part named by its kind (前言, 结束语): it holds no sections
BODY_MIN_CHARS = 40
PARAGRAPH_LINES_MIN = 3  # physical lines of a text written in lines (not a report run together)
PARAGRAPH_MAX = 1000  # characters: a physical line longer than this is a report run together, not a paragraph
_BODY_PUNCT = re.compile(r"[。！？；!?;]")
LONG_LINE = 200  # a line this long is a paragraph or a whole report run together: blanks in it break lines
TITLE_MAX_CHARS = 100  # a title line without a sentence end longer than this is a run-in paragraph


class Line(NamedTuple):
    """A stretch of text that may hold a heading: offsets of its first and one-past-last non-blank characters.

    ``split`` is true for the pieces of a long line broken at its blanks (a report that arrived as one line).
    """

    start: int
    end: int
    split: bool = False


class Label(NamedTuple):
    """A numbering found at a position: its style, value and where it ends."""

    style: str
    value: int
    end: int


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
    """Non-blank lines of ``text`` with surrounding blanks trimmed; a long line is also broken at its blanks."""
    lines: list[Line] = []
    append = lines.append
    pos = 0
    for raw in text.split("\n"):
        n = len(raw)
        stripped = raw.strip(WS)
        if stripped:
            start = pos + n - len(raw.lstrip(WS))
            end = start + len(stripped)
            if end - start < LONG_LINE and not _STOP_THEN_HEADING.search(text, start, end):
                append(_without_markup(text, start, end))
            else:
                at = start
                for gap in _WS_RUN.finditer(text, start, end):
                    if _LABEL.fullmatch(text, at, gap.start()):
                        continue  # 1.  坚持外防输入…: the blank after a label does not break its line
                    if gap.start() - at <= 2 and _pointless_label_at(text, start, at, end):
                        continue  # 1 经济发展平稳。: a label whose dot went with every point of the copy
                    label = _LABEL.match(text, at, end)
                    if label is not None and label.end() > gap.start():
                        continue  # 3 .	丰富…: a blank a PDF or a Word copy put inside the label
                    if spaced_label_dot(text, at, gap.start(), gap.end()):
                        continue  # …攻坚成果。2 .大力发展…: a PDF copy's blank inside a label glued after a stop
                    if inside_quoted_name(text, at, gap.start()):
                        continue  # 《中共中央 国务院关于…》: the blank between joint issuers is inside a name
                    if text[gap.start() - 1] == "第" and text[gap.end() : gap.end() + 1] in _DIGITS:
                        continue  # 排全区第 3、第 2: a PDF copy's blank inside an ordinal, no item 3、 after it
                    if figure_before_counter(text, at, gap.start(), gap.end()) or listed_figure(text, gap):
                        continue  # 湛财农〔2021〕65 号: a blank between a figure and its counter is no line break
                    append(Line(_past_jammer(text, start, at, gap.start()), gap.start(), True))
                    at = gap.end()
                append(Line(_past_jammer(text, start, at, end), end, True))
        pos += n + 1
    return lines


# A copy that lost every decimal point writes a blank for it (5 9亿元, 108 3%) and keeps no point in any figure; its
# item labels lost their dots the same way (1 经济发展平稳。…, 1777; 863's 13 87亿 is the same accident).
_POINT = re.compile(r"[0-9０-９][.．][0-9０-９]")
_POINT_AS_BLANK = re.compile(r"(?<![0-9０-９ ])[0-9]{1,4} [0-9]{1,2}(?:%|％|亿|万)")
# such a label: a figure alone between a sentence end and a clause, no unit after it (2 万余名… is a count)
# (not the words a measure word opens: 项目, 成效)
POINTLESS_LABEL = re.compile(
    rf"([1-9][0-9]?)[ \u3000]+(?=[\u4e00-\u9fff])(?:(?=项目|成效|成绩|成果|年度)|(?![{_UNIT_AFTER}]))"
)


@lru_cache(maxsize=4)
def points_lost(text: str) -> bool:
    """The text writes blanks for its decimal points and no point anywhere: a figure's point, a label's dot lost."""
    return _POINT.search(text) is None and _POINT_AS_BLANK.search(text) is not None


def _pointless_label_at(text: str, start: int, at: int, end: int) -> bool:
    """The piece ``[at, gap)`` of a long line is a label whose dot was lost (``1``), a sentence end before it and a
    clause after it, in a copy that lost every point."""
    before = at
    while before > start and text[before - 1] in WS:
        before -= 1
    if before == start or text[before - 1] not in SENTENCE_END:
        return False
    return POINTLESS_LABEL.match(text, at, end) is not None and points_lost(text)


QUOTED_NAME_MAX = 60  # characters from an open 《 to a blank still inside the name it opens


def inside_quoted_name(text: str, start: int, at: int) -> bool:
    """Position ``at`` lies inside a 《…》 opened shortly before it (after ``start``) and not yet closed."""
    opened = text.rfind("《", start, at)
    return opened >= 0 and at - opened <= QUOTED_NAME_MAX and text.find("》", opened, at) < 0


def _past_jammer(text: str, line_start: int, at: int, end: int) -> int:
    """Where piece ``[at, end)`` of a long line starts once a forum's jammer string glued before its label is left
    out (…O% H- b$ Y一、要深刻领会…: the jammer's last token, ``Y``, sticks to the label)."""
    glued = _JAMMER_TOKEN.match(text, at, end)
    if glued is None or glued.end() == at:
        return at
    jam = text[max(line_start, at - JAMMER_REACH) : glued.end()]
    return glued.end() if _JAMMER.fullmatch(jam) is not None and jam.count(" ") >= 2 else at


def _without_markup(text: str, start: int, end: int) -> Line:
    """The line without the markup a web or Markdown copy wraps a numbered heading in (``**一、主要工作**``,
    ``## 一、…``, ``● （一）…``, ``【一、…】``): the line starts at the label."""
    m = _MARKUP.match(text, start, end)
    if m is None or _LABEL.match(text, m.end(), end) is None:
        jam = _JAMMER_HEAD.match(text, start, end)
        if jam is not None and jam.group().count(" ") >= 2 and _LABEL.match(text, jam.end(), end) is not None:
            return Line(jam.end(), end)  # 6 b8 N0 k6 }' T( c# i7 O% H- b$ Y一、…: a forum's jammer before the label
        return Line(start, end)
    close = _CLOSING.get(m.group(1)[0])
    if close is not None:
        tail = re.compile(f"[{WS}]*(?:{close})$").search(text, m.end(), end)
        if tail is not None:
            end = tail.start()
    return Line(m.end(), end)


def _number(num: str) -> int | None:
    if num[0] in _CN_DIGITS or num[0] == "十":
        return cn_number(num)
    return int(num.translate(_FULLWIDTH))


def _style_and_value(m: re.Match[str]) -> tuple[str, int | None]:
    kind = m.lastgroup
    if kind == "di":
        # 第一部份: the variant written for 部分 in many copies
        return "di_" + m.group("di_kind").replace("部份", "部分"), _number(m.group("di_num"))
    if kind == "dc":
        return "di_comma", cn_number(m.group("dc_num"))
    if kind == "cd":
        return "cn_dun", cn_number(m.group("cd_num"))
    if kind == "cp":
        num = m.group("cp_num") or m.group("cq_num")
        return "cn_paren", 1 if num in "-－—" else cn_number(num)
    if kind == "ap":
        return "ar_paren", _number(m.group("ap_num"))
    if kind == "dm":
        return "ar_decimal", _number(m.group("dm_num"))
    if kind == "ad":
        return "ar_dot", _number(m.group("ad_num"))
    if kind == "ah":
        return "ar_half", _number(m.group("ah_num"))
    ch = m.group(0)
    if kind == "ci":
        return "circled", ord(ch) - 0x2460 + 1
    if kind == "pd":
        return "ar_paren", ord(ch) - 0x2474 + 1
    if kind == "pi":
        return "cn_paren", ord(ch) - 0x3220 + 1
    return "ar_dot", ord(ch) - 0x2488 + 1


def match_label(text: str, at: int, end: int) -> Label | None:
    """The numbering label starting at ``at`` (not past ``end``), or None for none, a range or a decimal."""
    m = _LABEL.match(text, at, end)
    if m is None:
        return None
    style, value = _style_and_value(m)
    if value is None or value < 1:
        return None
    label_end = m.end()
    if text[label_end - 1] in "、﹑" and style in ("cn_dun", "ar_dot"):
        pattern = _CN_RANGE if style == "cn_dun" else _AR_RANGE
        if (r := pattern.match(text, label_end, end)) is not None:
            nxt = cn_number(r.group(1)) if style == "cn_dun" else _number(r.group(1))
            if nxt is None or nxt > value:
                return None  # 一、二季度 is a range; 一、一季度工作总结 and 二、二季度工作计划 are headings
    return Label(style, value, label_end)


def match_broken_label(text: str, line: Line, nxt: Line) -> Label | None:
    """A label whose opening bracket ends ``line`` and whose number opens ``nxt``: ``（`` ⏎ ``三）…``."""
    if line.end - line.start != 1 or text[line.start] not in "(（":
        return None
    m = _BROKEN_REST.match(text, nxt.start, nxt.end)
    if m is None:
        return None
    num = m.group("cp_num") or m.group("ap_num")
    value = _number(num)
    if value is None or value < 1:
        return None
    return Label("cn_paren" if m.group("cp_num") else "ar_paren", value, m.end())


def embedded_heading_starts(text: str, line: Line) -> list[int]:
    """Positions inside a long line where a numbered heading may start: after a sentence end."""
    out: list[int] = []
    i = text.find("。", line.start, line.end)
    while i != -1:
        out.append(i + 1)
        i = text.find("。", i + 1, line.end)
    for ch in "！？!?":
        j = text.find(ch, line.start, line.end)
        while j != -1:
            out.append(j + 1)
            j = text.find(ch, j + 1, line.end)
    out.sort()
    return [p for p in out if p < line.end]


def is_body(text: str, line: Line) -> bool:
    """A paragraph line: long, or containing a sentence end."""
    return line.end - line.start >= BODY_MIN_CHARS or _BODY_PUNCT.search(text, line.start, line.end) is not None


def has_sentence_end(text: str, line: Line) -> bool:
    """``line`` holds a sentence end or clause stop (。！？；!?;) anywhere in it."""
    return _BODY_PUNCT.search(text, line.start, line.end) is not None


def squeeze(s: str) -> str:
    """``s`` NFKC-normalised with every space removed."""
    return "".join(unicodedata.normalize("NFKC", s).split())
