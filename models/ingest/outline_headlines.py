"""Headline sentences opening the paragraphs of a report run together on one line (``科技申报项目有成效。围绕…``):
run-in headings when three or more do so (the gold rule for one-line texts); the first paragraph of a physical line
counts with the pieces after its blanks; a lead sentence standing as a piece of its own is read as lead_lines reads a
line of its own.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from models.ingest.outline_leads import (
    CJK,
    CLAUSE,
    ENUM_LEAD,
    GOVERNS,
    HEADLINE,
    LEAD_SCORE,
    LEAD_SENTENCE,
    LEADS_MIN,
    NOT_LEAD,
    PROSE_END,
)
from models.ingest.outline_lines import (
    BODY_MIN_CHARS,
    PLAIN,
    Candidate,
    Line,
    match_label,
)
from models.ingest.outline_narration import narration, one_sentence
from models.ingest.outline_paragraphs import inside_paragraph, runs_on_in_paragraph
from models.ingest.outline_themes import PERIOD_THEME, theme_over_points, theme_piece, theme_series

_RUN_HEADLINE = re.compile(r"[^。！？!?；;：:\d*＊]{4,24}。")
HEADLINE_SCORE = 1.0  # one of three or more paragraphs of a run-together report opening with a headline
HEADLINE_MIN = 3
# headline paragraphs are how the report writes its paragraphs: at least this share of them over the stretch the
# series spans (a one-line copy of a speech written in paragraphs opens a few of its many with a short sentence, as
# prose does)
HEADLINE_SHARE = 1 / 3


def paragraph_piece(text: str, lines: list[Line], k: int) -> bool:
    """Line ``k`` is a paragraph of a report run together, after the blank that ends the piece before it (its
    first sentence may run on past a stray blank of the copy: 挖掘引入上下游产业链 企业 ,探索…)."""
    if k >= len(lines):
        return False
    line = lines[k]
    if not line.split or text[line.start - 1] not in " \u3000":
        return False
    if ENUM_LEAD.fullmatch(text, line.start, line.end) or match_label(text, line.start, line.end):
        return False  # …抓好以下几个方面。 一是 …: a lead-in over enumerated leads
    end = line.end
    # (over a blank after a word, or after a clause mark: 开启新局面、 城市综合竞争力…, a wrap the copy ran on)
    while end - line.start < BODY_MIN_CHARS and _IN_WORDS.match(text, end - 1) and k + 1 < len(lines):
        k += 1
        if not lines[k].split or match_label(text, lines[k].start, lines[k].end):
            break
        end = lines[k].end
    return end - line.start >= BODY_MIN_CHARS


_FIGURE_BEFORE = re.compile(r"[0-9０-９][\s\u200b\ufeff]+\Z")
_IN_WORDS = re.compile(r"[\u4e00-\u9fffA-Za-z0-9，,、]")  # a piece ending inside its sentence


def _lead_piece(text: str, lines: list[Line], i: int, first: bool = False) -> bool:
    """Piece ``i`` of a report run together is one lead sentence as ``lead_lines`` reads a line of its own: after
    a sentence's end (or the text's first sentence, under its title or a page's header), before its paragraph, with
    no more than two clauses."""
    line, prev = lines[i], lines[i - 1] if i else None
    if not first and (prev is None or text[prev.end - 1] not in PROSE_END):
        return False
    if LEAD_SENTENCE.fullmatch(text, line.start, line.end) is None:
        return False
    if NOT_LEAD.search(text[line.start : line.end]) or "以下" in text[line.start : line.end]:
        return False  # (…抓好以下几个方面。: a lead-in counting what follows, as 如下 is)
    clauses = text.count("，", line.start, line.end) + text.count(",", line.start, line.end)
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    if nxt is None or match_label(text, nxt.start, nxt.end):
        return False  # …办法。 第二，…: the last sentence of a section, a numbered heading after it
    theme = theme_over_points(text, line, nxt)  # (一年来，我们…，…有新提升。 一是…: the theme the points sum up)
    if clauses and ENUM_LEAD.match(text, nxt.start, nxt.end) and not theme:
        return False  # 扩大国内需求，首先必须…。 一是…: a sentence with a clause announcing the leads after it
    return (clauses <= 2 or theme) and paragraph_piece(text, lines, i + 1)


def _rest(text: str, lines: list[Line], i: int, at: int) -> int:
    """Characters of the paragraph after ``at`` in piece ``i``, on past a stray blank where the piece stops inside a
    clause (…预计到2016年末， GDP达到…: the blank before a Latin word ends no paragraph), or at the blanks a page set
    around a figure (…轨道交通 4 号线二期…: a figure spaced apart ends no paragraph)."""
    end, k = lines[i].end, i
    while (
        (text[end - 1] in _IN_CLAUSE or _SPACED_FIGURE.match(text, end - 1))
        and k + 1 < len(lines)
        and lines[k + 1].split
    ):
        k += 1
        if match_label(text, lines[k].start, lines[k].end):
            break
        end = lines[k].end
    return end - at


_IN_CLAUSE = "，,、"  # a piece ending so stops inside its sentence
# a figure the page set apart with blanks at the piece's end or right after it (交通 4 号线, 达到 1101 亿元)
_SPACED_FIGURE = re.compile(r"[0-9](?=[ \u3000])|[\u4e00-\u9fff][ \u3000]+[0-9]")


def _enum_section(i: int, heads: list[int], enum_at: list[int]) -> bool:
    """Line ``i``'s section (between the numbered headings around it) opens paragraphs with 一是… leads, in a
    document that does so at least twice."""
    if len(enum_at) < 2:
        return False
    k = bisect_left(heads, i)
    before = heads[k - 1] if k > 0 else -1
    after = heads[k] if k < len(heads) else max(enum_at) + 1
    return any(before < e < after for e in enum_at)


def headline_series(
    text: str,
    lines: list[Line],
    by_line: dict[int, Candidate],
    prose_at: int,
    taken: set[int],
    opened: frozenset[int] = frozenset(),
) -> list[Candidate]:
    """Paragraphs of a report run together on one line that open with a short headline sentence
    (``科技申报项目有成效。围绕…``): unnumbered run-in headings when three or more do so, or in a section written so
    (``opened``: the lines an unnumbered first part's heading opens, as numbered headings open theirs)."""
    found: list[Candidate] = []
    # a report that opens paragraphs with 一是… leads writes its run-in headline sentences as leads too (a headline
    # sentence standing as a piece of its own is still one)
    # (section by section: a report may write its review with 一是… leads and its plan with headline sentences)
    enum_at = [k for k, line in enumerate(lines) if line.split and ENUM_LEAD.match(text, line.start, line.end)]
    heads = sorted(by_line)
    starters: list[Candidate] = []  # the same at a physical line's start: counted when that line holds more
    # a headline sentence that is a piece of its own (a line of its own before the copy ran its lines together):
    # a lead line as ``lead_lines`` reads it in a text written in lines, counted as they are (three or more)
    pieces: list[Candidate] = []
    governing: list[Candidate] = []  # a lead piece over headlined paragraphs: counted alone
    themes: list[Candidate] = []  # (of them, the period themes with no stop: their paragraph is the next piece)
    pieces_taken = 0
    cut = cut_opening(text, lines)
    heading_ends = {c.heading_end for c in by_line.values()}
    if cut:
        heading_ends.add(lines[0].end)  # (the tail of the heading the cut went through: a paragraph opens after it)
    for i, line in enumerate(lines):
        if not line.split or i in by_line or line.start < prose_at:
            continue
        if line.start == 0 and PERIOD_THEME.match(text, 0, line.end) is None:
            continue  # the text opens inside a sentence: an excerpt cut in a paragraph or a heading
            # (not a review's theme, 一年来，我们…。, its page header taken off: read below as a lead over paragraphs)
        starts_line = line.start == 0 or text[line.start - 1] == "\n"
        if line.start == prose_at and not starts_line and i - 1 not in by_line and not (cut and i == 1):
            continue  # only a piece after a blank inside a line: a paragraph of a report run together
            # (not right after a numbered heading's piece: 七、交通运输 交通运输业…势头。全年…, its first paragraph)
        if not starts_line and inside_paragraph(text, line.start):
            continue  # …。 优化发展金融服务业。 深入…: a PDF copy's blank after a stop inside a paragraph
        if starts_line and runs_on_in_paragraph(text, line):
            continue  # (its first sentence: a run-in lead, 322)
        # (its paragraph one of several sentences, not a news story's line of narration)
        if (
            i - 1 not in by_line
            and i not in taken
            and theme_piece(text, lines, i, PROSE_END)
            and paragraph_piece(text, lines, i + 1)
            and not one_sentence(text, lines[i + 1])
        ):
            # a review's theme with no stop, a piece of its own over its paragraph (这一年，我们…“安居速度”  …): the
            # theme line lead_lines reads over a paragraph, its line break a blank
            theme = Candidate(i, PLAIN, 0, line.start, line.start, line.start, line.end)
            theme.score, theme.under = LEAD_SCORE + GOVERNS, True
            governing.append(theme)
            themes.append(theme)
            continue
        # (one clause at most; a period theme's sentence run into its paragraph as long as a lead line, one clause
        # after the theme's comma: 这一年，我们迎难而上稳大盘，保持了…态势。全年…; a piece of its own is a lead below)
        themed = PERIOD_THEME.match(text, line.start, line.end) is not None
        m = (LEAD_SENTENCE if themed else _RUN_HEADLINE).match(text, line.start, line.end)
        if m is not None and themed and m.end() == line.end:
            themed, m = False, _RUN_HEADLINE.match(text, line.start, line.end)
        if m is not None and text.count("，", m.start(), m.end()) + text.count(",", m.start(), m.end()) > 1 + themed:
            m = None
        # (the headline sentence a piece of its own, its paragraph the next piece: 国民经济发展质量提高。  国内生产…)
        alone = m is not None and m.end() == line.end and paragraph_piece(text, lines, i + 1)
        first = starts_line and line.start == prose_at  # (the text's first sentence, on its own physical line)
        as_lead = not alone and _lead_piece(text, lines, i, first)
        if as_lead:
            # a lead sentence as lead_lines reads a line (这一年，我们迎难而上稳大盘，保持了…态势。 ⏎ paragraph); over
            # paragraphs opening with their own headline sentences it is their theme, even alone (not right under
            # its numbered heading: that section's opening sentence)
            m, alone = LEAD_SENTENCE.fullmatch(text, line.start, line.end), True
            nxt = lines[i + 1]
            points = theme_over_points(text, line, nxt)
            over = HEADLINE.match(text, nxt.start, nxt.end) is not None or points
            if i - 1 not in by_line and i not in taken and over:
                theme = Candidate(i, PLAIN, 0, line.start, line.start, line.start, line.end - 1)
                theme.score, theme.under = LEAD_SCORE + GOVERNS, True
                governing.append(theme)
                if points:
                    themes.append(theme)  # (the report's own voice over its points: no story's narration)
                continue
            if first:
                continue  # the text's first sentence is a lead only over headlined paragraphs (as lead_lines reads it)
        if m is None:
            continue
        if not starts_line and not as_lead and not _after_stop(text, lines, i, by_line, taken, heading_ends):
            continue  # …发展 ​ 经济、改善民生…。: a sentence going on past a stray blank of the copy opens no paragraph
        if (
            not as_lead
            and CLAUSE.search(text, m.start(), m.end())
            and _under_heading(text, lines, i, by_line, heading_ends)
        ):
            continue  # （八）…。 民生是为政之要，必须…。: with a clause, right under its heading, the section's opening
        if not alone and (_rest(text, lines, i, m.end()) < BODY_MIN_CHARS or _enum_section(i, heads, enum_at)):
            continue
        lead = text[m.start() : m.end() - 1]
        worded = CJK.match(lead) or (lead[0] == "“" and CJK.match(lead, 1))  # (“双战双胜”成绩斐然。: a slogan quoted)
        if not worded or lead.endswith(("如下", "附件")) or "以下" in lead or ENUM_LEAD.match(lead):
            continue  # (…主要做了以下工作。: a lead-in counting what follows, as 如下 is)
        if "是指" in lead:
            continue  # (本办法所称的…是指…。: an article's definition, its normative sentence)
        if _FIGURE_BEFORE.search(text, 0, line.start):
            continue  # 光缆线路550 ​ 多万公里。: a figure's rest after a stray blank, no paragraph's start
        if i in taken:
            pieces_taken += alone  # (a candidate already, by its wording: it still counts in the series)
            continue
        cand = Candidate(i, PLAIN, 0, line.start, line.start, line.start, m.end() - 1)
        cand.score = LEAD_SCORE if as_lead else HEADLINE_SCORE  # (weighed as lead_lines weighs a lead line)
        cand.under = True  # a subheading: the numbered heading before it governs it
        (starters if starts_line else pieces if alone else found).append(cand)
    if len(pieces) + pieces_taken < LEADS_MIN:
        found += pieces
        pieces = []
    for c in starters:
        line_end = text.find("\n", c.start)
        end = len(text) if line_end < 0 else line_end
        if sum(1 for f in found if c.start < f.start < end) >= HEADLINE_MIN - 1:
            found.append(c)  # 城乡居民收入增长较快。… 居民消费结构继续升级。…: the line's first paragraph
    found.sort(key=lambda c: c.start)
    # the paragraphs of the stretch the series spans (a report may write one section so and the rest in prose)
    span = (found[0].start, found[-1].start) if found else (0, -1)
    paragraphs = sum(
        1
        for line in lines
        if line.split and span[0] <= line.start <= span[1] and line.end - line.start >= BODY_MIN_CHARS
    )
    heads_run_in = [*found, *pieces, *(c for c in governing if c not in themes), *starters]
    if not by_line and narration(text, lines, heads_run_in):
        # a news story's narration run together: no headline over any (as lead_lines reads it in lines); a review's
        # period theme (这一年，我们…) speaks in the report's own voice, no story's
        return themes
    if len(found) >= HEADLINE_MIN and len(found) >= HEADLINE_SHARE * paragraphs:
        return sorted([*found, *pieces, *governing], key=lambda c: c.start)
    # fewer (or a few of many paragraphs, or an excerpt cut after one or two of a series): a headline sentence that
    # opens its paragraph after a sentence's end or a numbered heading, in a section half of whose paragraphs open so
    kept = [c for c in found if _opens_paragraph(text, lines[c.line - 1], heading_ends, c)]
    kept += [c for c in theme_series(text, found) if c not in kept]  # (这一年，我们…。 twice, run in)
    # (2020年工作及“十三五”发展回顾 run into its paragraph, then “双战双胜”成绩斐然。疫情防控…: its section's paragraph)
    sections_at = sorted(set(heads) | opened)
    return sorted(pieces + governing + _headlined_sections(lines, sections_at, kept, cut), key=lambda c: c.start)


SECTION_SHARE = 0.5  # of a section's paragraphs that open with a headline sentence: how the section is written


CUT_TAIL_MAX = 24  # characters of the piece a copy opening inside a heading or a headline sentence starts with
_CUT_TAIL = re.compile(r"[^。！？!?；;：:，,\d*＊]{2,24}。")


def cut_opening(text: str, lines: list[Line]) -> int:
    """A report run together on one line opens inside a section whose heading a cut went through: its first piece
    is the tail of a title (``综合实力大幅提升`` and a blank) or of a headline sentence (``日益壮大。2008年…``), its
    paragraph after it; the stretch up to the first numbered heading is then a section, its heading cut off.
    0: no such opening; 1: a title's tail; 2: a headline sentence's tail (its paragraph opened with a headline)."""
    if len(lines) < 2 or lines[0].start != 0 or not lines[0].split or not lines[1].split:
        return 0
    first = lines[0]
    if _CUT_TAIL.match(text, 0, first.end) is not None:
        return 2
    short = first.end - first.start <= CUT_TAIL_MAX and CJK.match(text, first.end - 1) is not None
    head = _RUN_HEADLINE.match(text, lines[1].start, lines[1].end) is not None
    return int(short and text[first.end] in " \u3000" and head)


def _headlined_sections(lines: list[Line], heads: list[int], found: list[Candidate], cut: int = 0) -> list[Candidate]:
    """The headline sentences of ``found`` in a section (from a heading up to the next, or the stretch before the
    first) half or more of whose paragraphs open with one: a section written in headlined paragraphs, even when an
    excerpt keeps one or two of them (一、综合 经济总量日益壮大。… 乡镇经济开创新局面。…; a news item's figures, then
    农业和农村经济稳步发展。一季度，… cut after it). A speech's paragraph opening now and then with a short sentence
    is prose. (``cut`` 2: the copy opens inside a headline sentence, its first paragraph opened with one too.)"""
    by_section: dict[int, list[Candidate]] = {}
    for c in found:
        k = bisect_left(heads, c.line)
        by_section.setdefault(k, []).append(c)
    out: list[Candidate] = []
    for k, cands in by_section.items():
        end = heads[k] if k < len(heads) else len(lines)
        begin = heads[k - 1] + 1 if k > 0 else 0
        paragraphs = sum(1 for ln in lines[begin:end] if ln.split and ln.end - ln.start >= BODY_MIN_CHARS)
        # (a copy opening inside a headline sentence, 日益壮大。…: its first paragraph opened with one too)
        if len(cands) + (k == 0 and cut == 2) >= SECTION_SHARE * paragraphs:
            out.extend(cands)
    return out


_NO_PARAGRAPH_START = "，,、；;：:。.）)”"


def _opens_paragraph(text: str, prev: Line, heading_ends: set[int], c: Candidate) -> bool:
    """Headline sentence ``c`` (of a report run together) opens a paragraph of its own: worded as a title (no
    clause: a sentence with one opens its paragraph, 本届政府的五年，是…的五年。), after a piece that ends a sentence
    (…1.3万户。 港口营运规模扩大。全年…) or a numbered heading (一、综 合 经济总量日益壮大。2008年…), the paragraph
    going on after it with words (县域综合实力显著增强。,同比增长16%: a page that stripped figures left a phrase)."""
    after = c.heading_end + 1
    if after >= len(text) or text[after] in _NO_PARAGRAPH_START or CLAUSE.search(text, c.start, c.heading_end):
        return False
    if ENUM_LEAD.match(text[after : after + 4].lstrip()):
        return False  # 继续实施积极的财政政策，扩大内需。 一是…: a sentence announcing the 一是 leads after it
    return prev.end in heading_ends or text[prev.end - 1] in "。！？!?"


_STRAY = " \u3000\u200b\ufeff\t"  # the blanks (and zero-width marks) a copy leaves between its pieces


def _before_blanks(text: str, at: int) -> int:
    """Where the text before ``at`` ends, over the blanks of the copy."""
    while at > 0 and text[at - 1] in _STRAY:
        at -= 1
    return at


def _under_heading(text: str, lines: list[Line], i: int, by_line: dict[int, Candidate], heading_ends: set[int]) -> bool:
    """Piece ``i`` comes right after a numbered heading's piece (its title over one or more pieces)."""
    return i - 1 in by_line or _before_blanks(text, lines[i].start) in heading_ends


def _after_stop(
    text: str, lines: list[Line], i: int, by_line: dict[int, Candidate], taken: set[int], heading_ends: set[int]
) -> bool:
    """Piece ``i`` opens a paragraph: the text before it, over the copy's blanks, ends a sentence, a lead-in or a
    heading (a blank after a word inside a sentence is a wrap or a link's split the copy ran on)."""
    if i - 1 in taken or _under_heading(text, lines, i, by_line, heading_ends):
        return True
    end = _before_blanks(text, lines[i].start)
    return end > 0 and text[end - 1] in PROSE_END + "：:"
