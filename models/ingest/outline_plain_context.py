"""What the lines around a short unnumbered line say of it: a notice above, the title block, a document, a copy."""

from __future__ import annotations

import re
from collections.abc import Collection
from itertools import pairwise

from models.ingest.outline_cuts import blanks_cut_phrases
from models.ingest.outline_lines import (
    BODY_MIN_CHARS,
    HEADING_WORDS,
    PLAIN,
    Candidate,
    Line,
    has_sentence_end,
    is_body,
    squeeze,
)
from models.ingest.outline_lost import PLAIN_MAX_CHARS
from models.ingest.outline_quoted import quoted_at, quoted_before

DATE_LINE = re.compile(r"^[0-9０-９〇○Ｏ零一二三四五六七八九十]{2,4}\s*年\s*[0-9０-９一二三四五六七八九十]{1,2}\s*月")
# the 附注 closing a 公文 notice, before the document it issues: (此件公开发布), （此件主动公开）
_NOTICE_NOTE = re.compile(r"[(（]此件[^()（）]{2,8}[)）]")
_DOC_KIND = ("总结", "报告", "计划", "要点", "方案", "汇报", "述职", "讲话", "通知", "意见", "规划")
# (a newspaper marks a report it shortens after its title: 《政府工作报告》(摘登), …报告(摘要))
_COMPLETE_TITLE = re.compile("(?:" + "|".join(_DOC_KIND) + r")(?:.{0,3}|》?[(（][^()（）]{1,4}[)）])$")
_COMMA = re.compile("[，,]")
_SHORT_ANNEX = re.compile("附[:：]")
_FIRST_PART = re.compile(r"第[一1]\s*[条章部编]|一、")
# a part of a report named by its period and its kind of work alone (2016年工作总结, 2017年重点工作简要回顾,
# 上半年工作情况): a document's title also names its issuer or its subject (GB/T 9704), a part's heading neither
_BARE_PART = re.compile(
    r"(?:(?:19|20)[0-9]{2}年度?|今年|上半年|下半年|全年)(?:上半年|下半年|全年)?(?:主要|重点)?工作[\u4e00-\u9fff]{0,2}"
    r"(总结|回顾|情况|打算|计划|思路|安排|要点)"
)
PLAIN_BAD = re.compile(r"[。！？；!?;：:，,%％=<>|/\\@#©®\t]|https?|www\.|版权|许可|转载|点击|扫码|链接")
PAIRS = (("《", "》"), ("“", "”"), ("（", "）"), ("(", ")"))
# an unnumbered heading naming the year it covers (2025年全市预算执行情况, 2026年财政预算草案): a part of an annual
# report, over unnumbered sub-heads that name no year (一般公共预算, 举借债务情况)
YEAR_PART = re.compile(r"(?:19|20)[0-9]{2}年[^，,。；;：:、]{2,22}")
_COPY_EXTRA = 15  # what a web page adds to its copy of the title: a catalogue code before, a full stop after


def after_notice(text: str, prev: Line) -> bool:
    """``prev`` closes a 公文 notice (its date, its (此件公开发布) note): the document it issues follows, titled on the
    next line however often the page named it before (a repeat there is no page's copy)."""
    s = text[prev.start : prev.end]
    return DATE_LINE.match(s) is not None or _NOTICE_NOTE.fullmatch(squeeze(s)) is not None


def cut_short(text: str, line: Line) -> bool:
    """The text's last line stops with no sentence end and is no date: a paragraph the copy cut short."""
    s = text[line.start : line.end]
    return not text[line.end :].strip() and not has_sentence_end(text, line) and DATE_LINE.match(s) is None


def first_section_title(text: str, lines: list[Line], prose_at: int) -> int | None:
    """The line right under the title block that titles the first section (李…讲话摘要版 ⏎ 2023年交通运输工作回顾 ⏎
    prose): worded as a section (…回顾, …情况) and not as a document, under a complete document title; or naming
    the first of the two parts its title joins, even above the first numbered heading."""
    before = [i for i, line in enumerate(lines) if line.end <= prose_at]
    if len(before) == 1 and _opens_with_review(squeeze(text[lines[0].start : lines[0].end])):
        return 0  # an excerpt opening at a part of a report: 2024年工作回顾 ⏎ 过去一年，…
    if len(before) < 2:
        return None
    for k in before[1:]:
        # (the first numbered heading may stand before any prose: 某局…总结及…计划 ⏎ 2021年工作总结 ⏎ 一、…)
        # (a portal's disclosure fields may stand between the title and the part: 某委…总结和…要点 ⏎ 索引号 ⏎ 文号 ⏎
        # 发布机构 ⏎ 2016年工作总结, the title any line of the block above)
        here = squeeze(text[lines[k].start : lines[k].end])
        if any(_names_first_part(squeeze(text[lines[j].start : lines[j].end]), here) for j in before[:k]):
            return k
    # 某街道2017年政府工作报告 ⏎ 2016年工作总结 ⏎ prose: the first part of the report, right under a complete
    # title; the prose under it may have lost its full stop (…实现“十四五”高点起步、强劲开局 ⏎ (一)…, 1620), so the
    # part is looked for on every line before the first prose, not only on the last
    for k in before[1:]:
        if _bare_part_under(text, lines[k], lines[k - 1]):
            return k
    if year_headline(text, lines, before[-1]):
        return before[-1]
    line, prev = lines[before[-1]], lines[before[-2]]
    s = text[line.start : line.end]
    if not s.endswith(HEADING_WORDS) or any(word in s for word in _DOC_KIND):
        return None
    return before[-1] if _COMPLETE_TITLE.search(text, prev.start, prev.end) else None


# a paper's headline over the first part of the report it prints (…政府工作报告(摘要) ⏎ 2019年高质量发展迈出坚实步伐
# ⏎ prose): the year the report reviews, then what that year achieved, in words alone (no figure, no kind of document)
_YEAR_HEADLINE = re.compile(r"(?:19|20)[0-9]{2}年[\u4e00-\u9fff“”]{4,20}")
# what a paper's page sets between the title and the headline: its date and source (2020-11-30 某某新闻网), a kicker
_PAGE_DATE = re.compile(r"(?:19|20)[0-9]{2}(?:-[0-9]{1,2}-[0-9]{1,2}|年[0-9]{1,2}月[0-9]{1,2}日)(?:\s|$)")
_KICKER = re.compile(r"[\u4e00-\u9fff]{2,8}(?:\s[\u4e00-\u9fff]{2,8})?")


def year_headline(text: str, lines: list[Line], i: int) -> bool:
    """Line ``i`` is a year-and-result headline (2019年经济社会呈现新气象) under a complete document title, with at
    most the page's date and source line or a kicker between: the title of the first part the paper prints."""
    s = squeeze(text[lines[i].start : lines[i].end])
    if _YEAR_HEADLINE.fullmatch(s) is None or any(word in s for word in _DOC_KIND) or DATE_LINE.match(s):
        return False
    if s.endswith(HEADING_WORDS):
        return False  # (2019年工作回顾: a part worded as a part, the rules above read it)
    for k in range(i - 1, max(i - 4, -1), -1):
        above = text[lines[k].start : lines[k].end].strip()
        if _COMPLETE_TITLE.search(squeeze(above).rstrip("|")):
            return True
        if not (_PAGE_DATE.match(above) or _KICKER.fullmatch(above)):
            return False
    return False


def _bare_part_under(text: str, line: Line, prev: Line) -> bool:
    """``line`` names a part of a report by its period and kind of work alone, right under a complete title (of
    another kind than the whole: 某局上半年工作总结 ⏎ 2023年上半年工作总结 names the whole document again)."""
    title = squeeze(text[prev.start : prev.end])
    part = _BARE_PART.fullmatch(squeeze(text[line.start : line.end]))
    return part is not None and part.group(1) not in title and _COMPLETE_TITLE.search(title) is not None


def _opens_with_review(s: str) -> bool:
    """``s`` names the review part of a report by its period alone (2024年工作回顾), opening a text with no title
    above it: an excerpt starting at that part (a 总结 or 计划 named so may be the whole document)."""
    m = _BARE_PART.fullmatch(s)
    return m is not None and m.group(1) == "回顾"


def _names_first_part(title: str, s: str) -> bool:
    """``s`` is the first of the two parts a title joins (某局2022年工作总结和2023年工作要点 ⏎ 某局2022年工作总结):
    the heading of that part, not a second title line."""
    at = title.find(s)
    end = at + len(s)
    return at >= 0 and len(s) >= 4 and end < len(title) and title[end] in "和及与暨" and s.endswith(_DOC_KIND)


# a page's lead-in to the document it reprints (日前，某市人民政府发布关于…的函，详情如下：, 全文如下：)
_INTRO_END = re.compile(r"(?:详情|全文|原文|具体内容)如下[:：]$")
_PAGE_NAME_MIN = 10  # characters of the document's name the page's headline opens with
# what a document's own title ends with (a 函 too: a letter the page reprints)
_DOC_END = re.compile("(?:" + "|".join((*_DOC_KIND, "函", "决定", "通报", "批复", "公告", "办法")) + r")$")


def introduced(text: str, lines: list[Line], i: int) -> bool:
    """Line ``i`` is the title of a document a page reprints after its own lead-in: the page's headline opens with
    the same name, and the line right above ends the lead-in (…详情如下：): the document starts here, as after a
    印发 notice, its title over its sections."""
    if i < 1:
        return False
    prev = lines[i - 1]
    s = squeeze(text[lines[i].start : lines[i].end])
    if len(s) < _PAGE_NAME_MIN or _DOC_END.search(s) is None:
        return False
    if _INTRO_END.search(squeeze(text[prev.start : prev.end])) is None:
        return False
    return squeeze(text[lines[0].start : lines[0].end]).startswith(s)


def opens_document(text: str, lines: list[Line], i: int, quoted: dict[str, int]) -> bool:
    """Line ``i`` is a name quoted before it and the next line opens the first article, chapter or part; or the
    name was quoted in the notice's own paragraph above it (a line of prose length, not the notice's title), which
    the copy cut before its full stop (an OCR'd red-head notice losing its page end: …现印发给你们，请认真贯 ⏎ —1—)."""
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    line = lines[i]
    if nxt is None:
        return False
    found = quoted_at(quoted, text, line.start, line.end)
    if found and _FIRST_PART.match(text, nxt.start, nxt.end) is not None:
        return True
    if not is_body(text, nxt) or not found:
        return False
    # (its last mention before it, not only its first: the page's title names it before the notice's paragraph does,
    # 现将2020年…实施方案》印发给你们，…)
    last = text.rfind(text[line.start : line.end].strip(), 0, line.start)
    return any(_in_paragraph(text, lines[:i], at) for at in (*found, last) if at >= 0)


def _in_paragraph(text: str, lines: list[Line], at: int) -> bool:
    """Offset ``at`` lies in one of ``lines`` that reads as a paragraph: as long as one, its clauses split by a
    comma, and not the text's first line (a portal's headline naming two documents, 南京印发《…》和《…》, is none)."""
    return any(
        ln.start <= at < ln.end and ln.end - ln.start >= BODY_MIN_CHARS and _COMMA.search(text, ln.start, ln.end)
        for ln in lines[1:]
    )


def opens_long_line(text: str, line: Line) -> bool:
    """``line`` is the first piece of a long physical line broken at its blanks, and that line is prose (a paragraph
    a PDF's wraps left blanks in: 初步核算，…计算， 比上年增长6.6%。…)."""
    if not line.split or text[line.start - 1 : line.start] not in ("\n", ""):
        return False
    end = text.find("\n", line.start)
    return is_body(text, Line(line.start, len(text) if end < 0 else end))


def copied_before(s: str, earlier: set[str]) -> bool:
    """``s`` came before inside a slightly longer line: a web page's headline or blurb copying the report's title
    with a catalogue code before it or a full stop after (``2022110103林业局…工作计划。``); a longer title that only
    opens with ``s`` (``2020年工作总结和2021年工作计划`` over ``2020年工作总结``) names more than the section."""
    for e in earlier:
        e = e.rstrip("。.")
        if len(s) < len(e) <= len(s) + _COPY_EXTRA and e.endswith(s):
            return True
    return False


# (a quoted term is one word of its clause, whatever it holds: 深化“网格化管理,组团式服务”成果,优化管理与服务)
_CLAUSE_WORD = r"(?:[\u4e00-\u9fff]|“[^“”\n]{1,16}”)"
_TWO_CLAUSES = re.compile(rf"{_CLAUSE_WORD}{{2,16}}[，,]{_CLAUSE_WORD}{{2,16}}")
HEADLINES_MIN = 3  # two-clause lines alone between paragraphs that make a series of headlines


def two_clause_headlines(text: str, lines: list[Line]) -> set[int]:
    """Lines of two short clauses and no final punctuation (农业生产良好,产值平稳增长), each alone after a finished
    paragraph (or the lead-in colon announcing them: 重点做好“六项工作”:) with a paragraph after it: a release's
    unnumbered headlines when three or more do so (one alone is a fragment). In a copy run together each is a piece
    of its own between blanks, the same series."""
    found = {
        i
        for i in range(1, len(lines) - 1)
        if _TWO_CLAUSES.fullmatch(text, lines[i].start, lines[i].end)
        and text[lines[i - 1].end - 1] in "。！？!?：:"
        and is_body(text, lines[i + 1])
    }
    return found if len(found) >= HEADLINES_MIN else set()


def short_annex_over_name(text: str, line: Line, nxt: Line, quoted: dict[str, int]) -> bool:
    """``附:`` as a piece of a one-line copy, the name its notice forwards right after it on the same line: the old
    公文 mark of an attachment and the attachment's title, one heading (the blank after the colon is the file's own
    spacing, as after its commas: 至14日, 国务院…)."""
    return (
        line.split
        and _SHORT_ANNEX.fullmatch(text, line.start, line.end) is not None
        and "\n" not in text[line.end : nxt.start]
        and quoted_before(quoted, text, nxt.start, nxt.end)
    )


_DOC_NAME_END = re.compile(r"(?:方案|计划|办法|意见|细则|规定|要点|规划)(?:[（(][^（）()]{2,16}[）)])?$")
# the first sentences of a document's preamble name it: …，特制定本行动计划。 / 结合实际，制订本实施方案。
_NAMES_ITSELF = re.compile(r"(?:制定|制订)本(?:实施|行动|工作)?(?:方案|计划|办法|意见|细则|规定|要点|规划)")
_PREAMBLE_REACH = 300  # characters of the paragraph under a document's title within which it names itself


def issues_itself(text: str, head: Line, nxt: Line) -> bool:
    """``head`` names a document (…行动计划（2021-2023年）, …实施方案) and the paragraph under it says it makes that
    document (特制定本行动计划): an embedded document's own title, whether or not a notice above still quotes it."""
    s = text[head.start : head.end].strip()
    if not 6 <= len(s) <= 60 or _COMMA.search(s) or has_sentence_end(text, head) or not _DOC_NAME_END.search(s):
        return False
    return _NAMES_ITSELF.search(text, nxt.start, min(nxt.end, nxt.start + _PREAMBLE_REACH)) is not None


_PARTICLE = "的地得和与及或等了着之"  # what never opens a paragraph: the rest of a phrase a blank cut


def between_paragraphs(text: str, lines: list[Line], i: int) -> bool:
    """Piece ``i`` of a report run together stands between a finished paragraph and one that opens there: a short
    phrase with no punctuation (汶川特大地震灾后恢复重建胜利完成), a heading the copy set off with blanks."""
    if not 0 < i < len(lines) - 1:
        return False
    line, prev, nxt = lines[i], lines[i - 1], lines[i + 1]
    # (a word as short as 综合 when the copy's blanks are its line breaks; a PDF's word gaps cut such words anywhere)
    shortest = 6 if blanks_cut_phrases(text) else 2
    return (
        shortest <= line.end - line.start <= PLAIN_MAX_CHARS
        and text[prev.end - 1] in "。！？!?"
        and not PLAIN_BAD.search(text, line.start, line.end)
        and not re.search(r"[、“”（）()《》]", text[line.start : line.end])
        and is_body(text, nxt)
        and text[nxt.start] not in _PARTICLE
    )


def glued(text: str, prev: Line) -> bool:
    """The blank after piece ``prev`` of a long line is inside a phrase: a number before it, a bracket open."""
    piece = text[prev.start : prev.end]
    if piece[-1].isdigit() or (piece[-1].isascii() and piece[-1].isalpha()):
        return True
    return any(piece.count(a) > piece.count(b) for a, b in PAIRS)


def over_first_subhead(text: str, lines: list[Line], i: int, headed: Collection[int]) -> bool:
    """Line ``i`` names a part (2025年全市预算执行情况, …工作情况) and the next line is a short heading over the
    first paragraph (一般公共预算 ⏎ prose): the part's title right over its first sub-head, not a title going on."""
    if not 0 < i < len(lines) - 2 or (text[lines[i - 1].end - 1] not in "。！？!?" and i - 1 not in headed):
        return False  # (a part opens after a finished paragraph or a heading, not inside a list of a page's links)
    line, nxt, after = lines[i], lines[i + 1], lines[i + 2]
    s = text[line.start : line.end]
    if YEAR_PART.fullmatch(s) is None and not (len(s) <= PLAIN_MAX_CHARS and s.endswith(HEADING_WORDS)):
        return False
    sub = text[nxt.start : nxt.end]
    return (
        2 <= len(sub) <= PLAIN_MAX_CHARS
        and YEAR_PART.match(sub) is None
        and not PLAIN_BAD.search(sub)
        and sub[0] not in "(（〔【[<《"
        and is_body(text, after)
    )


# a heading naming a part of the document (a summary, a plan, a report within it): a short noun phrase (…工作的回顾
# as national reports write it, 本届政府工作的回顾; 回忆 a farm's swap for 回顾, 年政府工作的回忆)
_PART_TITLE = re.compile(r"[^，,。；;]{0,16}工作的?(?:总结|汇报|计划|打算|要点|安排|回顾|回忆)")


def mark_parts(text: str, cands: list[Candidate]) -> None:
    """Note the candidates that name a part of the document (…工作回顾; unnumbered, the year it covers) and the
    unnumbered ones right over a run of their own from 1 (加强…的主要举措 ⏎ ● …)."""
    for c in cands:
        title = c.title(text)
        # (or a part the glue shows: its own run's first item glued to its title, 一、上半年工作进展一、坚持…)
        # (after a colon too: a piece's name, then the part it is, 解读…要点之一：2022年工作回顾)
        c.part = c.part or _PART_TITLE.fullmatch(title) is not None
        c.part = c.part or _PART_TITLE.fullmatch(re.split(r"[:：]", title)[-1]) is not None
        c.part = c.part or (c.style == PLAIN and YEAR_PART.fullmatch(title) is not None)
    for c, nxt in pairwise(cands):
        c.opens = c.style == PLAIN and nxt.style != PLAIN and nxt.line == c.line + 1 and nxt.value == 1


# what a review part's first paragraph opens with: the period it reviews (2021年，, 过去的一年，, 一年来，, 2021年是…)
_PERIOD_OPENS = re.compile(
    r"(?:(?:19|20)[0-9]{2}年|过去的?(?:一|[二两三四五])年|(?:一|[二两三四五])年来)[，,]|(?:19|20)[0-9]{2}年是"
)


def review_over_period(text: str, line: Line, nxt: Line) -> bool:
    """``line`` names a review part by its period alone (2021年工作回顾) and the paragraph under it opens with the
    period it reviews (2021年，…): the first part's heading, even right under the title block's issuer line."""
    part = _BARE_PART.fullmatch(squeeze(text[line.start : line.end]))
    return part is not None and part.group(1) == "回顾" and _PERIOD_OPENS.match(text, nxt.start) is not None
