"""Heads a document kind sets off with marks: a plan's boxed sidebars (``专栏1  工业互联网网络互联互通工程``), headings
among the numbered items they sit beside, a yearbook entry's bracketed heads (``〔事业状况〕…``) and a figure digest's
(``【4700亿元】预计…``).

A 规划 or an action plan prints its lists of projects in boxes numbered on through the document (专栏1 … 专栏12),
each after the item it illustrates. The box's label and title stand on a line of their own (a copy may have lost the
line break before the label: ``…各市人民政府）专栏1  …工程``); the box's own lines are body. A box holds no section:
it stands beside the item before it, and the numbering goes on after it.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from models.ingest.metadata_candidates import OTHER_KIND, REPORT_END
from models.ingest.outline_lines import FRONT_MATTER, PLAIN, Candidate, Line, is_body
from models.ingest.outline_lost import PLAIN_BASE

# 专栏1 and its title reaching the line's end, at a line's start or right after a sentence or a bracket closed
_SIDEBAR = re.compile(
    r"(?m)(?:^|(?<=[。）)]))[ \u3000]*(专栏[ \u3000]?(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}))"
    r"[ \u3000:：]+([^\n。；;：:，,]{2,40}?)[ \u3000]*$"
)
SIDEBAR_SCORE = 1.5


def sidebar_candidates(text: str, lines: list[Line]) -> list[Candidate]:
    """The boxes of a plan as unnumbered headings labelled ``专栏N`` that hold no section."""
    if "专栏" not in text:
        return []
    starts = [line.start for line in lines]
    out: list[Candidate] = []
    for m in _SIDEBAR.finditer(text):
        i = bisect_right(starts, m.start(1)) - 1
        if i < 0:
            continue
        cand = Candidate(i, PLAIN, FRONT_MATTER, m.start(1), m.end(1), m.start(2), m.end(2))
        cand.score = SIDEBAR_SCORE
        cand.sidebar = True
        out.append(cand)
    return out


# a yearbook's entry heads its parts with a bracketed name run in at the paragraph's start: 〔事业状况〕1997年…,
# 【疫情防控】新冠肺炎…, 【基层治理】 2021年… (not a news item's dateline: 【新华网讯】, 【宁波网报道】); an entry's
# head is a phrase and may run past ten letters (【财政体制改革和机制创新】, 1971); a figure digest's paragraph is
# headed by the figure it tells of, a number and its unit (【4700亿元】预计…, 【94%】…, 2054), never a bare number (a
# note's 【1】) or a date
_BRACKETED = re.compile(
    r"〔([\u4e00-\u9fff]{2,16})〕(?=[^\s〕])"
    r"|【(?:([\u4e00-\u9fff]{2,16})(?<![讯电])(?<!报道)"
    r"|([0-9０-９][0-9０-９.．]{0,8}(?:[%％‰]|(?![年月日])[\u4e00-\u9fff]{1,5})))】(?=[ \u3000]?[\u4e00-\u9fff0-9])"
)
BRACKETED = 2.5
BRACKETED_MIN = 2  # such heads a document must hold (one alone may be a note or a quoted number)


def bracketed_heads(text: str, lines: list[Line], taken: set[int]) -> list[Candidate]:
    """Run-in unnumbered heads in brackets opening paragraphs (``〔机构队伍〕…`` ``〔事业状况〕…``, ``【概况】…``), two
    or more in the same brackets, or one entry's lone head opening the text (``_entry_head``)."""
    found: dict[int, list[Candidate]] = {1: [], 2: []}  # by bracket: 〔〕 or 【】 (a page may use the other for labels)
    for i, line in enumerate(lines):
        m = _BRACKETED.match(text, line.start, line.end)
        if m is None or i in taken or not is_body(text, line):
            continue
        group = next(g for g in (1, 2, 3) if m.group(g))
        cand = Candidate(i, PLAIN, 0, line.start, line.start, m.start(group), m.end(group))
        cand.score = PLAIN_BASE + BRACKETED
        found[min(group, 2)].append(cand)
    heads = [c for run in found.values() if len(run) >= BRACKETED_MIN for c in run]
    first = _entry_line(text, lines)
    others = [c for run in found.values() for c in run if c.line != first]
    if not heads and not others and first not in taken and (entry := _entry_head(text, lines, first)) is not None:
        heads = [entry]
    return sorted(heads, key=lambda c: c.start)


# (not 【图解】, 【摘要】, 【正文】: a site's short labels; nor a news item's dateline, 【新华网讯】, 【宁波网报道】);
# the overview every yearbook entry opens with is its one short head (【概况】, 【概述】 … 济宁市档案局、档案馆,…, 2456)
_ENTRY = re.compile(r"【(概况|概述|[\u4e00-\u9fff]{4,16})(?<![讯电网])(?<!报道|消息)】")
ENTRY_PROSE_MIN = 20  # characters of the paragraph run in after it
ENTRY_TITLE_MAX = 20  # characters of the entry's own heading line over it (档案工作 ⏎ 【概述】 …)


def _entry_line(text: str, lines: list[Line]) -> int:
    """The line an entry's lone head may open: the first, or the one under a short heading line above it (the
    entry's own name, no sentence)."""
    if len(lines) < 2 or text[lines[0].start] == "【":
        return 0
    head = text[lines[0].start : lines[0].end].strip()
    return 1 if len(head) <= ENTRY_TITLE_MAX and not _SENTENCE.search(head) and not _CLAUSE.search(head) else 0


def _entry_head(text: str, lines: list[Line], first: int = 0) -> Candidate | None:
    """A yearbook entry printed alone, its one 【head】 opening the text with its paragraph run in after it
    (【审计监管】 2020年,新田县审计局…, 【退役军人权益维护】 加强援助帮扶,…: 1470, 2341; a one-line copy's blank may
    part them); not a store's or portal's label over a title (【工作总结】安全生产工作总结, 【冶金街道】
    冶金街道2016年工作计划): the head names no kind of document and a sentence runs on after it on its line."""
    if not lines or (m := _ENTRY.match(text, lines[first].start)) is None:
        return None
    name = m.group(1)
    if REPORT_END.search(name) or OTHER_KIND.search(name):
        return None
    line_end = text.find("\n", m.end())
    rest = text[m.end() : len(text) if line_end < 0 else line_end].strip()
    if len(rest) < ENTRY_PROSE_MIN or not _CLAUSE.search(rest[: ENTRY_PROSE_MIN * 3]) or not _SENTENCE.search(rest):
        return None
    cand = Candidate(first, PLAIN, 0, lines[first].start, lines[first].start, m.start(1), m.end(1))
    cand.score = PLAIN_BASE + BRACKETED
    return cand


_CLAUSE = re.compile(r"[，,]")
_SENTENCE = re.compile(r"[。；;！？!?]")


# a bullet glyph opening a short head alone on its line (★ 精准施策稳收入，夯实… / ● 以“开源增收”为基础 夯实财力支撑 /
# ●運行:): an abstract's or a news page's part heads, the glyph their label (478, 1378, 1379)
_BULLETED = re.compile(r"([★◆●■▲☆◇])[^\S\n]*([^\s。！？!?；;：:][^。！？!?；;：:]{1,38}?)[^\S\n]*[：:]?$")
BULLETED = 2.5
BULLETED_MIN = 2  # lines the same glyph must open (one alone may be a page's menu mark or a caption)


def bulleted_heads(text: str, lines: list[Line], taken: set[int]) -> list[Candidate]:
    """Short lines each opened by the same bullet glyph, two or more: headings labelled by the glyph."""
    found: dict[str, list[Candidate]] = {}
    for i, line in enumerate(lines):
        m = _BULLETED.match(text, line.start, line.end)
        if m is None or i in taken or line.split:
            continue
        title = m.group(2)
        if sum("\u4e00" <= ch <= "\u9fff" for ch in title) * 2 < len(title):
            continue
        cand = Candidate(
            i, "bullet" + m.group(1), 1 + len(found.get(m.group(1), [])), line.start, m.end(1), m.start(2), m.end(2)
        )
        cand.score = PLAIN_BASE + BULLETED
        found.setdefault(m.group(1), []).append(cand)
    return [c for run in found.values() if len(run) >= BULLETED_MIN for c in run]
