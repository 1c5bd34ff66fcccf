"""The local score of a numbered heading candidate: its style, place, title length and neighbours, weighed."""

from __future__ import annotations

import re
from itertools import pairwise

from models.ingest.outline_cuts import FINISHED, LONG_PARAGRAPH
from models.ingest.outline_lines import (
    BODY_MIN_CHARS,
    SENTENCE_END,
    TITLE_TRAIL,
    WS,
    Candidate,
    Line,
    has_sentence_end,
    is_body,
    match_label,
    squeeze,
)
from models.ingest.outline_paragraphs import inside_paragraph
from models.ingest.outline_rows import table_row

_TWO_CJK = re.compile(r"[\u4e00-\u9fff]{2}")
# a title that is only a kind of document and a piece number: 工作报告(7), 工作总结（二）
_PIECE_TITLE = re.compile(
    r"[\u4e00-\u9fff]{0,4}(?:总结|报告|计划|要点|汇报)\s*[(（][0-9一二三四五六七八九十]{1,3}[)）]"
)

# How strongly each numbering style marks a heading by itself (the ``第…部分`` forms almost always do; a bare
# ``1)`` or ``①`` often numbers a list item inside prose).
STYLE_WEIGHT = {
    "di_部分": 2.0,
    "di_篇": 1.8,
    "di_编": 1.8,
    "di_章": 2.0,
    "di_节": 1.6,
    "di_条": 0.6,
    "di_comma": 0.6,
    "cn_dun": 1.2,
    "cn_paren": 1.2,
    "ar_dot": 0.8,
    "ar_decimal": 0.8,
    "ar_paren": 0.6,
    "ar_half": 0.3,
    "circled": 0.3,
    "cn_bare": 0.2,
}
ALONE = 0.8  # the title is the whole line
RUN_IN = 0.2  # the title ends at a sentence end and its paragraph follows on the line
INSIDE_LINE = -0.6  # after a sentence end inside a long line
LONG_TITLE = -1.0  # over 60 characters
VERY_LONG_TITLE = -1.5  # over 120 characters
FOLLOWED_BY_NOTHING = -1.0  # alone on its piece of a long line and followed by debris (卫健委 1 …)
BEFORE_PROSE = -1.5  # nothing before it reads as prose: the title block, breadcrumbs, header fields
AFTER_UNFINISHED = -1.5  # the line before stops mid-sentence: a page number or a wrapped list, not a heading
REPEATS_TITLE = -5.0  # the title repeats the page's title block: a doc store's page number before it
CONTENT_FARM = -5.0  # 第一篇：<a report's title> numbers the essays a content farm strings together
# a part label over a paragraph of prose (第一篇 在县委、县政府的坚强领导下，…，…。): a farm's piece number whose piece
# lost its title, not a part (a part's title is a few words: 第一篇 发展环境)
PROSE_PART = -4.0
_PART_STYLES = frozenset(("di_部分", "di_篇", "di_编", "di_章"))
_CLAUSE_MARK = re.compile("[，,；;]")
HOLDS_HIGHER = -4.0  # 1、 opening a long paragraph that holds 一、 or （一） headings: a doc store's chunk number
STORE_NOTICE = -4.0  # 2. 本文档由用户上传…客服: a doc store's numbered notice to its buyers, not the document's
_STORE_WORDS = re.compile(r"本站|本文档|下载|客服|上传|付费|预览")
# what a store's notices also speak of (a document, a platform, refunds, copyright): three of them together
_STORE_TERMS = re.compile(r"本站|文档|下载|客服|上传|付费|预览|平台|退款|版权|侵权|侵犯|申诉|举报")
NO_CHINESE = -3.0  # a title of markup with no Chinese character: a page's tags, not a section
_MARKUP_TITLE = re.compile(r"[<>=]")
TABLE_ROW = -4.0  # a short label alone on its line with a bare figure on the next: a flattened table's row
# Styles a ``1、``/``1.`` never governs in a report (the conventional order puts them above it).
_ABOVE_ARABIC = frozenset(("cn_dun", "cn_paren", "di_部分", "di_章", "di_节", "di_篇", "di_编"))

INSIDE_PARAGRAPH = -3.0  # …。1、公开内容充实。… inside a paragraph of a text written in lines: a list in the text
_CJK_BEFORE = re.compile(r"[\u4e00-\u9fff]")
_LIST_STYLES = frozenset(("ar_dot", "ar_paren", "ar_half", "circled"))  # (一、 there is a heading a copy ran on)
# …情况如下：（一）…；（二）… in one paragraph line of a text written in lines: the paragraph lists, (二) is no heading
# (not 报告共分四个部分:一、…。二、…: a news story naming a report's parts, whose figures read by the part they name)
_COLON_FIRST = {"cn_paren": re.compile(r"[：:][ \u3000]*[（(]一[)）]")}


def lower_chunk_numbers(text: str, lines: list[Line], numbered: list[Candidate]) -> None:
    """Lower ``1、`` at the start of a long paragraph that holds headings of a style conventionally above it.

    A doc store cuts a report into chunks and numbers them; each chunk runs the report's own sections together.
    """
    for k, c in enumerate(numbered):
        if c.style != "ar_dot" or c.start != lines[c.line].start or text[c.start - 1 : c.start] not in ("", "\n"):
            continue
        para_end = text.find("\n", c.start)
        para_end = len(text) if para_end < 0 else para_end
        if para_end - c.start < LONG_PARAGRAPH:
            continue
        for other in numbered[k + 1 :]:
            if other.start >= para_end:
                break
            if other.style in _ABOVE_ARABIC:
                c.score += HOLDS_HIGHER
                break


_PROSE_END = "。！？；!?;…”"
# a short line whose only sentence end is the exclamation closing it: a web page's greeting or slogan (欢迎您!,
# 欢迎访问…！) as page headers write them, or a speech's salutation (各位代表！)
_GREETING = re.compile(r"[^。？；?;]*[!！]+[\s]*")


def first_prose(text: str, lines: list[Line]) -> int:
    """Offset of the first line that reads as prose: it holds a sentence end, and ends with one or is long (a
    page's short slogan line, ``…写作神器! 立即了解``, is no prose)."""
    for k, line in enumerate(lines):
        if has_sentence_end(text, line) and (
            text[line.end - 1] in _PROSE_END or line.end - line.start >= BODY_MIN_CHARS or line.split
        ):
            short = line.end - line.start < 2 * BODY_MIN_CHARS
            if short and len(set(_STORE_TERMS.findall(text, line.start, line.end))) >= 2:
                continue  # …文有版权争议,请立即联系网站客服。: a store's notice, not the report's prose
            if _greeting(text, lines, k):
                continue  # 网站支持IPv6 …  欢迎您! ⏎ the report's title: a page's greeting or slogan
            return line.start
    return len(text)


def opens_inside(text: str, lines: list[Line]) -> bool:
    """The text opens inside a report's body, a copy cut in a paragraph or a heading: its first line, no label
    opening it, is already prose (no title block, no header above it)."""
    if not lines or text[: lines[0].start].strip():
        return False
    first = lines[0]
    return match_label(text, first.start, first.end) is None and first_prose(text, lines) == first.start


def _greeting(text: str, lines: list[Line], k: int) -> bool:
    """Line ``k`` is short, its only stop the exclamation closing it, and a line with no sentence end follows (a
    title or a header field): a page's greeting or slogan over the report; a speech's salutation (各位代表！) has
    its prose right after it."""
    line = lines[k]
    if line.end - line.start >= BODY_MIN_CHARS or not _GREETING.fullmatch(text, line.start, line.end):
        return False
    return k + 1 < len(lines) and not has_sentence_end(text, lines[k + 1])


def _opens_something(text: str, line: Line) -> bool:
    """What may follow a heading standing alone: prose, a numbered line, or a short line that may title more."""
    if is_body(text, line) or match_label(text, line.start, line.end) is not None:
        return True
    return not line.split and line.end - line.start >= 4  # an unnumbered subheading, a bare 第一部分 …


def _same_title(line: str, title: str) -> bool:
    """``line`` is ``title``, give or take a file extension or a page count after it (….docx, (四页))."""
    return line.startswith(title) and not _TWO_CJK.search(line, len(title))


def _after_unfinished(text: str, start: int) -> bool:
    """The physical line before the one ``start`` opens is a paragraph line stopping mid-sentence."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == 0 or text[line_start:start].strip(WS):
        return False  # not at a line start (a piece of a long line)
    end = line_start - 1
    while end > 0 and (text[end - 1] in WS or text[end - 1] == "\n"):
        end -= 1
    prev_start = text.rfind("\n", 0, end) + 1
    # (a half-width full stop after a Chinese character ends a sentence too: …提供了优良环境.)
    cjk_stop = text[end - 1] == "." and "\u4e00" <= text[end - 2] <= "\u9fff"
    return end - prev_start >= BODY_MIN_CHARS and text[end - 1] not in FINISHED and not cjk_stop


def score_numbered(
    text: str, lines: list[Line], c: Candidate, prose_at: int, starts: set[int], head: list[tuple[int, str]]
) -> None:
    """Set ``c.score``: how far its line and neighbours make the numbered candidate ``c`` a heading."""
    line = lines[c.line]
    score = STYLE_WEIGHT.get(c.style, 0.5)
    if c.start != line.start:
        score += INSIDE_LINE
        # (not a first item glued to its parent's title: 一、农业农村形势总体看好1、夏粮夏油抗灾夺丰收。)
        glued = _CJK_BEFORE.match(text, c.start - 1) is not None and c.value == 1
        if c.style in _LIST_STYLES and inside_paragraph(text, c.start) and not glued:
            score += INSIDE_PARAGRAPH
        first = _COLON_FIRST.get(c.style)
        para_start = text.rfind("\n", 0, c.start) + 1
        if (
            first is not None
            and c.value > 1
            and inside_paragraph(text, c.start)
            and first.search(text, para_start, c.start)
        ):
            score += INSIDE_PARAGRAPH
    rest = text[c.heading_end : line.end].strip(TITLE_TRAIL)
    if c.title_start >= line.end or not rest:
        score += ALONE
        after = c.line + (2 if c.title_start >= line.end else 1)
        if after < len(lines) and not _opens_something(text, lines[after]):
            score += FOLLOWED_BY_NOTHING
    elif text[c.heading_end : c.heading_end + 1] in SENTENCE_END or text[c.heading_end] in "：:；;":
        score += RUN_IN
    if c.style == "di_篇" and text[c.label_end : c.label_end + 1] in "：:":
        score += CONTENT_FARM
    elif _PIECE_TITLE.fullmatch(text, c.title_start, c.heading_end):
        score += CONTENT_FARM  # 第44章 工作报告(7): an e-book site's chapter label over the piece it shows
    n = c.heading_end - c.title_start
    if c.style in _PART_STYLES and n > 60 and len(_CLAUSE_MARK.findall(text, c.title_start, c.heading_end)) >= 2:
        score += PROSE_PART
    if n > 120:
        score += VERY_LONG_TITLE
    elif n > 60:
        score += LONG_TITLE
    after = c.line + (2 if c.title_start >= line.end else 1)
    if c.start < prose_at and not any(has_sentence_end(text, ln) for ln in lines[after : after + 2]):
        score += BEFORE_PROSE
    if c.start == line.start and c.line > 0 and c.line - 1 not in starts and _after_unfinished(text, c.start):
        score += AFTER_UNFINISHED
    title = squeeze(text[c.title_start : c.heading_end])
    if _MARKUP_TITLE.search(title) and not _CJK_BEFORE.search(title):
        score += NO_CHINESE  # 1.<wbr id="h4sia">: a hijacked page's markup in an ordered list, not a section
    if len(title) >= 8 and any(end <= c.start and _same_title(h, title) for end, h in head):
        score += REPEATS_TITLE
    if table_row(text, lines, c):
        score += TABLE_ROW
    store_terms = set(_STORE_TERMS.findall(text, c.title_start, line.end))
    if len(set(_STORE_WORDS.findall(text, c.title_start, line.end))) >= 2 or len(store_terms) >= 3:
        score += STORE_NOTICE
    c.score = score


_DUTIES = re.compile(r"职能|职责")
_ITEM_STOP = "。；;"
DUTY_RUN_MIN = 3  # items 1., 2., 3. … run together in one paragraph under a duties heading


RUN_IN_ITEM_MAX = 24  # characters of the short title of a run-in item (2、机构改革,提升乡镇治理活力。我镇…)
RUN_IN_BODY_MIN = 10  # characters of its paragraph after the title's stop


def _run_in_item(text: str, c: Candidate) -> bool:
    """``c`` is a run-in heading: a short title closed by its stop, its own paragraph after it on the line."""
    if c.heading_end - c.title_start > RUN_IN_ITEM_MAX or text[c.heading_end : c.heading_end + 1] not in _ITEM_STOP:
        return False
    nxt = text.find("\n", c.heading_end)
    line_end = len(text) if nxt < 0 else nxt
    if match_label(text, c.heading_end + 1, line_end) is not None:
        return False  # 1、…。2、…: the next item follows at once, no paragraph of its own
    stop = next((k for k in range(c.heading_end + 1, line_end) if text[k] in "。！？!?"), line_end)
    return stop - c.heading_end > RUN_IN_BODY_MIN


def duty_runs(text: str, lines: list[Line], numbered: list[Candidate]) -> None:
    """A department's duties run together in one paragraph under their heading (（一）职能职责 ⏎ 1.执行…。2.执行…。
    3.…): the items are whole-sentence headings as they are one to a line (the gold rule for 预算/决算 duty lists),
    so the paragraph they share weighs against none of them. Only a run from 1. at the paragraph's start, each next
    number right after a sentence end, under a heading line that names duties; or under any heading line when each
    item is a run-in heading, a short title and its stop before its own sentences (a page that lost the breaks
    between 1、党建引领,打赢…。全镇… 2、机构改革,提升…。我镇…)."""
    by_line: dict[int, list[Candidate]] = {}
    for c in numbered:
        by_line.setdefault(c.line, []).append(c)
    for i, cands in by_line.items():
        head = by_line.get(i - 1)
        if not head:
            continue
        run = [c for c in cands if c.style in _LIST_STYLES]
        duties = any(_DUTIES.search(text, h.title_start, h.heading_end) for h in head)
        if not duties and not all(_run_in_item(text, c) for c in run):
            continue
        if len(run) < DUTY_RUN_MIN or run[0].start != lines[i].start or run[0].value != 1:
            continue
        # (one number may be missing: 9不断强化… lost its dot)
        if any(b.value - a.value not in (1, 2) or b.style != a.style for a, b in pairwise(run)):
            continue
        if any(text[c.start - 1] not in _ITEM_STOP for c in run[1:]):
            continue
        for c in run:
            n = c.heading_end - c.title_start
            long = VERY_LONG_TITLE if n > 120 else LONG_TITLE if n > 60 else 0.0
            c.score = STYLE_WEIGHT[c.style] + RUN_IN + long
