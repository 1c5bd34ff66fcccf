"""Heading candidates in display text, each with the evidence that it is a heading, weighed into one local score.

A candidate is a place where a section may open: a numbering label at a line start (or after a sentence end
inside a report run together on one line), a label broken over two lines, a bare numeral or ``第一部分`` whose
title is on the next line, or a short unnumbered line standing alone. Its local score sums evidence that holds
whatever the rest of the tree is: the numbering style, whether the heading stands alone on its line or runs
into its paragraph, the title's length, where it sits (before any prose, in a table of contents), what precedes
and follows it. Sequence evidence (does the number continue a run?) is weighed later, over the whole tree.
Numbered candidates are found here (those run on after another's title on one line in ``outline_glued``) and
scored in ``outline_numbered_score``; unnumbered ones in ``outline_plain``;
``outline_lists`` lowers the score of those a table of contents, an attachment list or a notes list holds.
"""

from __future__ import annotations

import re

from models.ingest.outline_cover import cover_titles
from models.ingest.outline_cuts import (
    OCR_STOP,
    OCR_STOPS_MIN,
    across_breaks,
    across_chunk_numbers,
    across_wraps,
    chunk_starts,
    ocr_title_end,
    spaced_title_end,
    wrapped_tail,
)
from models.ingest.outline_dashed import dashed_runins
from models.ingest.outline_glued import (
    GLUED_FIRST,
    GLUED_ITEM_MAX,
    SECTION_WORD_END,
    cut_at_glued_item,
    glued_chain,
    glued_child,
    run_on_children,
    run_on_items,
)
from models.ingest.outline_lines import (
    BARE_NUMERAL,
    BODY_MIN_CHARS,
    TITLE_MAX_CHARS,
    WS,
    Candidate,
    Line,
    cn_number,
    embedded_heading_starts,
    is_body,
    match_broken_label,
    match_label,
    squeeze,
)
from models.ingest.outline_lists import mark_listed
from models.ingest.outline_lost import lost_glued, lost_point, lost_separator
from models.ingest.outline_named import named_series
from models.ingest.outline_notes import note_label, opens_notes
from models.ingest.outline_numbered_score import (
    HOLDS_HIGHER,
    duty_runs,
    first_prose,
    lower_chunk_numbers,
    score_numbered,
)
from models.ingest.outline_plain import plain_candidates
from models.ingest.outline_runin_siblings import cut_like_siblings
from models.ingest.outline_sidebars import sidebar_candidates
from models.ingest.outline_title_end import title_end, title_start
from models.ingest.outline_titled import glued_at_end, is_title_line, with_title

# a dash decorating a bracketed item number at a line's start (a policy's ——（1）鼓励发展…): the label is （1）
_DASH_BEFORE_LABEL = re.compile(r"[—－]{2}[ \u3000]?(?=[(（](?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})[)）])")
# a PDF's page number printed into the text where its page began, right before a heading (—2—一、聚力抓好…; 1002's
# …态势。 —1— (一)坚持…): the label is the line's start
_PAGE_BEFORE_LABEL = re.compile(
    r"[—－-]{1,2}[ \u3000]?[0-9]{1,3}[ \u3000]?[—－-]{1,2}[ \u3000]?"
    r"(?=[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十]{1,3}[部章节])"
)
_CLAUSE_END = re.compile(r"[，,。；;：:]")
_NOTE_LEAD = re.compile(r"(?:注释|注)[:：]")
# where a top heading 一、 may start inside a long line: after a lead-in colon (…汇报如下：, …做了以下工作：) or right
# after the unnumbered title of the part it opens (…如下:2016年工作开展情况一、行政审批…)
# (or after the speaker's tag of a news live-text rendering the report, right before the heading:
# 【宁波网报道】毛光烈说,一、本届政府工作回顾… (1411); a line's [温家宝]: is markup, outline_lines)
_LEAD_IN = re.compile(
    r"(?:如下|以下[^。！？；;：:，,]{0,10}|报告|汇报|总结)[:：]|(?<=情况|回顾|总结)(?=一、)"
    r"|(?:(?<=】)|(?<![\u4e00-\u9fff]))[\u4e00-\u9fff]{2,4}说[,，:：](?=一、)"
)
# the lead-in colons alone (…汇报如下:, …做了以下几方面工作:)
_LEAD_IN_COLON = re.compile(r"(?:如下|以下[^。！？；;：:，,]{0,10}|汇报)[:：](?=一、)")
_COLON_FIRST = re.compile(r"(?<=[\u4e00-\u9fff])[:：](?=一、[\u4e00-\u9fff])")
_SECOND = re.compile(r"(?<=[。！？])二、")
_HEADING_WORD = re.compile("总结|报告|计划|要点|方案|汇报|述职")


def _stopped_title(text: str, line: Line) -> bool:
    """A short title written with a full stop, alone on its line (一 ⏎ 绩效管理工作开展情况。 in a PDF's text)."""
    return (
        text[line.end - 1] == "。"
        and is_title_line(text, Line(line.start, line.end - 1))
        and _SPOKEN_START.match(text, line.start, line.end) is None
        and _SPOKEN.search(text, line.start, line.end) is None
    )


# a speaker's sentence announcing a part (下面我首先说一下…情况。), not its title
_SPOKEN_START = re.compile(r"下面|现在|首先|今天|这里|以下")
_SPOKEN = re.compile(r"说一下|讲一下|谈一下|谈谈|讲讲|说说")


def find_candidates(text: str, lines: list[Line], *, blanks: frozenset[int] = frozenset()) -> list[Candidate]:
    """Every heading candidate in document order, each with its local score; ``blanks`` as for ``title_end``."""
    prose_at = first_prose(text, lines)
    numbered: list[Candidate] = []
    chunks = chunk_starts(text)
    ocr = len(OCR_STOP.findall(text)) >= OCR_STOPS_MIN
    for i, line in enumerate(lines):
        if chunks and not line.split and line.end - line.start >= BODY_MIN_CHARS:
            line = lines[i] = Line(line.start, line.end, True)  # a chunk runs the report's paragraphs together
        dash = _DASH_BEFORE_LABEL.match(text, line.start, line.end)
        dash = dash or _PAGE_BEFORE_LABEL.match(text, line.start, line.end)
        if dash is not None:
            line = lines[i] = Line(dash.end(), line.end, line.split)  # ——（1）…: the dash is decoration
        numbered.extend(_numbered_at_line(text, lines, i, line, line.start in chunks, ocr, blanks=blanks))
    numbered.sort(key=lambda c: c.start)
    cut_like_siblings(text, numbered)
    starts = {c.line for c in numbered if c.start == lines[c.line].start}
    # the page's title block: lines before any prose and before the first numbered line
    first_numbered = numbered[0].start if numbered else len(text)
    head = [(ln.end, squeeze(text[ln.start : ln.end])) for ln in lines if ln.end <= min(prose_at, first_numbered)]
    for c in numbered:
        score_numbered(text, lines, c, prose_at, starts, head)
    lower_chunk_numbers(text, lines, numbered)
    duty_runs(text, lines, numbered)
    if chunks:
        across_chunk_numbers(text, lines, numbered, chunks)
    across_wraps(text, lines, numbered)
    for c in numbered:
        if c.start in chunks:
            c.score += HOLDS_HIGHER
    # (亮点一：… ⏎ paragraph ⏎ 亮点二：…: a series numbered with a noun of its own)
    numbered = sorted([*numbered, *named_series(text, lines, {c.line for c in numbered})], key=lambda c: c.start)
    plain = plain_candidates(text, lines, numbered, prose_at)
    # (a dash-led piece weighed as a whole line with no evidence where its title ends gives way to its run-in head)
    dashed = dashed_runins(text, lines, {c.line for c in plain if c.score > 0}, {c.line for c in numbered}, blanks)
    plain = [c for c in plain if c.line not in {d.line for d in dashed}] + dashed
    across_breaks(text, lines, numbered, plain)
    out = sorted([*numbered, *plain, *sidebar_candidates(text, lines)], key=lambda c: c.start)
    mark_listed(text, lines, out)
    # (after the contents are known: the cover title set again under them, 1193 and 1915)
    if covers := cover_titles(text, lines, out):
        out = sorted([*out, *covers], key=lambda c: c.start)
    return out


def _numbered_at_line(
    text: str, lines: list[Line], i: int, line: Line, chunk: bool = False, ocr: bool = False, *, blanks: frozenset[int]
) -> list[Candidate]:
    out: list[Candidate] = []
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    label = match_label(text, line.start, line.end) or note_label(text, lines, i)
    if label is not None:
        cand = with_title(text, i, line, line.start, label, nxt, blanks=blanks)
        if cand is not None:
            after = lines[i + 2] if i + 2 < len(lines) else None
            if (
                line.split
                and nxt is not None
                and after is not None
                and cand.heading_end == line.end
                and _wrap_rest(text, line, nxt)
                and is_body(text, after)
            ):
                cand.heading_end = nxt.end  # 医改工作稳 步推进: a blank left by a page's wrapping
            elif line.split and nxt is not None and cand.heading_end == line.end:
                tail = wrapped_tail(text, lines, i, cand.title_start)
                if tail is not None:  # …生产管理 办法;组织…: the title's last words after a wrap's blanks
                    cand.gaps, cand.heading_end = tail
            if line.split and cand.heading_end == line.end and line.end - cand.title_start == 1:
                cand.heading_end = spaced_title_end(text, lines, i)
            out.append(cand)
            out.extend(glued_child(text, i, line, cand, label.style, blanks, nxt))
            if not line.split and label.style == "ar_dot" and label.value == 1:
                out.extend(run_on_items(text, i, line, blanks))
            at = cand.heading_end
            while at < line.end and text[at] in WS:
                at += 1
            # (in a report run together, right after the title: 一、工作开展情况(一)坚守…)
            inner = match_label(text, at, line.end) if at > cand.heading_end or line.split else None
            if inner is not None and (
                (inner.style == "cn_paren" and label.style in ("cn_dun", "di_部分", "di_章"))
                or (inner.style == "di_条" and label.style in ("di_章", "di_节"))  # 第一章　总则　　第一条 …
            ):
                sub = with_title(text, i, Line(at, line.end, line.split), at, inner, None, blanks=blanks)
                if sub is not None:
                    out.append(sub)  # 一、基本职能及主要工作 (一)贯彻执行…: the first subheading on the same line
    elif (
        lost := lost_separator(text, lines, i) or lost_point(text, lines, i) or lost_glued(text, lines, i)
    ) is not None:
        out.append(lost)  # 一党委重视,主要领导亲自抓…: a numeral whose 、 a copy lost (1 经济…: its dot)
    elif nxt is not None:
        broken = match_broken_label(text, line, nxt)
        if broken is not None:
            ts = title_start(text, broken.end, nxt.end)
            te = title_end(text, ts, nxt.end)
            if te > ts:
                out.append(Candidate(i, broken.style, broken.value, line.start, broken.end, ts, te))
        elif BARE_NUMERAL.fullmatch(text, line.start, line.end) and (
            is_title_line(text, nxt) or _stopped_title(text, nxt)
        ):
            value = cn_number(text[line.start : line.end])
            if value:
                end = nxt.end - 1 if _stopped_title(text, nxt) else nxt.end
                out.append(Candidate(i, "cn_bare", value, line.start, line.end, nxt.start, end))
        elif (
            BARE_NUMERAL.fullmatch(text, line.start, line.end) and is_body(text, nxt) and _stands_alone(text, lines, i)
        ):
            # 一 alone on its line, a paragraph after: a part number with no title (a speech's parts)
            value = cn_number(text[line.start : line.end])
            if value:
                out.append(Candidate(i, "cn_bare", value, line.start, line.end, line.end, line.end))
    first = i == 0 or _after_debris(text, lines, i)
    if (line.split or first) and ((first and label is None) or (chunk and label is not None and label.value == 1)):
        # a one-line report (or a store's first chunk) whose title runs straight into its first heading:
        # …工作总结范文1.加快重点项目建设。; or an excerpt starting inside its parent's title: 开展情况1.造林绿化…
        begin = line.start if label is None else label.end
        glued = GLUED_FIRST.search(text, begin, min(line.end, begin + TITLE_MAX_CHARS))
        if glued is not None and (
            (line.split and _HEADING_WORD.search(text, begin, glued.start()))
            or SECTION_WORD_END.search(text, begin, glued.start())
        ):
            lab = match_label(text, glued.start(), line.end)
            if lab is not None and lab.value == 1:
                cand = with_title(text, i, Line(glued.start(), line.end, True), glued.start(), lab, None, blanks=blanks)
                if cand is not None:
                    out.append(cand)
                    # its own first item glued to it in turn: …工作计划一、上半年工作总结1、扎实有序推动民生工程。
                    out.extend(glued_chain(text, i, line, cand, lab.style, blanks))
    note = _NOTE_LEAD.match(text, line.start, line.end) if opens_notes(text, lines, i) else None
    if note is not None:
        lab = match_label(text, note.end(), line.end)
        if lab is not None and lab.value == 1:
            cand = with_title(text, i, Line(note.end(), line.end), note.end(), lab, None, blanks=blanks)
            if cand is not None:
                out.append(cand)  # 注:1.本公报中数据为初步统计数。: the first note runs in after the notes heading
    if not line.split and label is None:
        # a short line that opens the text with its lead-in and runs on into the first top heading (2019政府工作报告
        # 现将…汇报如下:一、2019年工作情况过去的一年,…, 1861): the heading after the colon, as in a long line
        for m in _LEAD_IN_COLON.finditer(text, line.start, line.end):
            lab = match_label(text, m.end(), line.end)
            if lab is not None and lab.style == "cn_dun" and lab.value == 1:
                cand = with_title(text, i, Line(m.end(), line.end, True), m.end(), lab, None, blanks=blanks)
                if cand is not None:
                    out.append(cand)
                break
    if line.split:
        # …现总结汇报如下：一、2023年工作完成情况: a top heading right after the lead-in colon
        after_colon = [m.end() for m in _LEAD_IN.finditer(text, line.start, line.end)]
        # (or any colon right before 一、 when 二、 opens a later sentence of the line: …将重点做好12项工作:一、…)
        after_colon += [
            m.end()
            for m in _COLON_FIRST.finditer(text, line.start, line.end)
            if _SECOND.search(text, m.end(), line.end)
        ]
        # an OCR copy reading 。 as . (…副科级6人.二.重点工作汇报.): top headings after its dots too
        after_dot = [m.end() for m in OCR_STOP.finditer(text, line.start, line.end)] if ocr else []
        for at in sorted({*embedded_heading_starts(text, line), *after_colon, *after_dot}):
            lab = match_label(text, at, line.end)
            # (after the lead-in colon also the first of a run of （一） sections: …落实情况如下:(一)项目建设…)
            # whose title is a short sentence of its own, not a list's first clause (…以下四类：（一）因…的占16.8%，…)
            first_paren = (
                lab is not None
                and lab.style == "cn_paren"
                and lab.value == 1
                and at in after_colon
                and (stop := _CLAUSE_END.search(text, lab.end, line.end)) is not None
                and text[stop.start()] == "。"
                and stop.start() - lab.end <= GLUED_ITEM_MAX
            )
            if lab is not None and (at in after_colon or at in after_dot) and lab.style != "cn_dun" and not first_paren:
                continue
            if lab is not None and lab.style in ("cn_dun", "cn_paren", "ar_dot", "ar_paren", "di_部分", "di_章"):
                cand = with_title(text, i, Line(at, line.end, True), at, lab, None, blanks=blanks)
                if cand is not None:
                    if ocr:
                        cand.heading_end = ocr_title_end(text, at, cand, line)
                    if lab.style == "cn_dun":
                        cut_at_glued_item(text, line, cand)
                    out.append(cand)
                    # a heading run on right after this one's title: 一、回顾(一)以更大力度… / (一)情况1、…
                    out.extend(run_on_children(text, i, line, cand, lab.style, blanks))
    else:
        out.extend(glued_at_end(text, i, line, blanks=blanks))
    return out


DEBRIS_LINES_MAX = 6  # short lines a page may leave before the report's own first line


def _after_debris(text: str, lines: list[Line], i: int) -> bool:
    """Only a page's debris comes before line ``i`` (已阅读5页,还剩3页未读, 文档简介: a few short lines, none a
    sentence), so the line opens the report as its first line would: a title running into the first heading."""
    return i <= DEBRIS_LINES_MAX and all(
        ln.end - ln.start < BODY_MIN_CHARS and _SENTENCE_STOP.search(text, ln.start, ln.end) is None for ln in lines[:i]
    )


_SENTENCE_STOP = re.compile(r"[。！？!?；;]")


def _stands_alone(text: str, lines: list[Line], i: int) -> bool:
    """Line ``i`` is a line of its own, or a piece of a report run together set off after a finished sentence."""
    return not lines[i].split or (i > 0 and text[lines[i - 1].end - 1] in "。！？!?")


def _wrap_rest(text: str, line: Line, nxt: Line) -> bool:
    """``nxt`` is the last few characters of the title on ``line``, cut off by a blank in a long line.

    Only when prose follows ``nxt``: a short piece between a heading and its paragraph.
    """
    rest = text[nxt.start : nxt.end]
    gap = text[line.end : nxt.start]
    return nxt.split and "\n" not in gap and len(rest) <= 5 and all("\u4e00" <= ch <= "\u9fff" for ch in rest)
