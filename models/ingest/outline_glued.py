"""Headings run on inside one line after another's title: first items glued to a title's end, chains of first labels."""

from __future__ import annotations

import re

from models.ingest.outline_lines import (
    HEADING_WORDS,
    TITLE_MAX_CHARS,
    Candidate,
    Label,
    Line,
    embedded_heading_starts,
    match_label,
)
from models.ingest.outline_runin import ends_with_result
from models.ingest.outline_titled import with_title

# (the title may open with its year: …工作总结报告一、2023年工作总结…)
# (its title may open with the year or the months it covers: 一、2023年…, 一、1-6月份工作总结; a PDF copy's blank after
# the label is typography: …工作思路一、 2019年工作总结, 2148)
GLUED_FIRST = re.compile(
    r"(?<=[\u4e00-\u9fff])(?:1[.．、]|一、)(?=[ \u3000]?(?:[\u4e00-\u9fff]|(?:19|20)[0-9]{2}年|1[-—~～至][0-9]{1,2}月))"
)
# the same, or a first (一) glued after a 一、 section's title, as a wrapped or run-together copy joins the title's line
# to its first item's (一、基本情况（一）项目概况); a title's part number (…决算表(一)) has no words after it
_GLUED_CHILD = re.compile(GLUED_FIRST.pattern + "|(?<=[\u4e00-\u9fff])[（(]一[）)](?=[\u4e00-\u9fff])")
# (child, parent) styles of a heading run on right after its parent's title: 一、回顾(一)… / (一)情况1、…
_RUN_ON_CHILD = {("cn_paren", "cn_dun"), ("ar_dot", "cn_paren"), ("ar_dot", "cn_dun")}
GLUED_ITEM_MAX = 20  # characters of the title of a first item glued to its parent's glued title
# an item number glued to a title's last character, before the item's words (…新局面1、以森林…)
_GLUED_ITEM = re.compile(r"(?<=[\u4e00-\u9fff])([1-9][0-9]?)[、.．](?=[\u4e00-\u9fff])")
# a section title's last word right before the glued first item (an excerpt cut inside its parent's title)
SECTION_WORD_END = re.compile(f"(?:{'|'.join(HEADING_WORDS)})$")


def glued_chain(
    text: str, i: int, line: Line, parent: Candidate, style: str, blanks: frozenset[int]
) -> list[Candidate]:
    """The first items glued in turn to a glued heading's title: …工作计划一、上半年工作总结1、扎实有序推动民生工程。,
    …工作计划一、年工作总结(一)省、市考核指标1.小康监测指标。 Only a short title that its own stop or result phrase
    closes, or that its own first item closes in turn (a chain of first labels, 一、/(一)/1.): where a run-in title
    ends is not known else."""
    out: list[Candidate] = []
    while (inner := _first_child(text, parent.heading_end, line.end, style)) is not None:
        at = parent.heading_end
        sub = with_title(text, i, Line(at, line.end, True), at, inner, None, blanks=blanks)
        if sub is None or sub.heading_end - sub.title_start > GLUED_ITEM_MAX:
            break
        closed = text[sub.heading_end : sub.heading_end + 1] in ("。", "；", "：", ":", ";") or ends_with_result(
            text, sub.title_start, sub.heading_end
        )
        if not closed and _first_child(text, sub.heading_end, line.end, inner.style) is None:
            break
        out.append(sub)
        parent, style = sub, inner.style
    return out


def run_on_items(text: str, i: int, line: Line, blanks: frozenset[int]) -> list[Candidate]:
    """Items 2., 3. … after sentence ends inside a line (a paragraph, not yet a long one) that opens with item 1.:
    candidates as a long line's are; how they weigh is for ``duty_runs`` to say (a page that lost the breaks between
    1、党建引领,…。全镇… 2、机构改革,…。 is read as a list in the text unless each is a run-in heading)."""
    out: list[Candidate] = []
    value = 2
    for at in embedded_heading_starts(text, line):
        lab = match_label(text, at, line.end)
        if lab is None or lab.style != "ar_dot" or lab.value != value:
            continue
        sub = with_title(text, i, Line(at, line.end, True), at, lab, None, blanks=blanks)
        if sub is None:
            break
        out.append(sub)
        value += 1
    return out


# clause marks or a list's lead word inside the words before a glued item: a sentence leading into its list, no title
_LEAD_IN = re.compile(r"[：:，,；;。]|其中$|如下$")


def glued_child(
    text: str, i: int, line: Line, cand: Candidate, style: str, blanks: frozenset[int], nxt: Line | None = None
) -> list[Candidate]:
    """A heading's first item glued to the end of its short title on the heading's own line ((二)扎实推进林业重点
    项目工作1.民生工程推进情况 in 1248; 一、上半年工作进展一、坚持担当作为,… in 1595): the title ends on a word naming
    a part, or the item's run carries on at the next line's start (一、社会救助工作扎实有力1.城乡低保政策落实到位。… ⏎
    2.农村五保…, 2390), and the item is a first one, of a style that runs on under the heading's (or its own, a part
    over its run): the title stops there and the item is a candidate of its own."""
    glued = _GLUED_CHILD.search(text, cand.title_start + 2, min(cand.heading_end, cand.title_start + TITLE_MAX_CHARS))
    if glued is None:
        return []
    lab = match_label(text, glued.start(), line.end)
    if lab is None or lab.value != 1 or text[lab.end : lab.end + 1] in "一二三四五六七八九十":
        return []
    if _LEAD_IN.search(text, cand.title_start, glued.start()):
        return []  # 一、:其中1.专班推进;… — a lead-in to a list inside a sentence, no title over a first item
    if SECTION_WORD_END.search(text, cand.title_start, glued.start()) is None and not _run_below(text, lab, line, nxt):
        return []
    if lab.style != style and (lab.style, style) not in _RUN_ON_CHILD:
        return []
    sub = with_title(text, i, Line(glued.start(), line.end, True), glued.start(), lab, None, blanks=blanks)
    if sub is None:
        return []
    cand.heading_end = glued.start()
    cand.part = lab.style == style  # a part over a run of its own style, restarting at 1 under it
    return [sub]


def _run_below(text: str, lab: Label, line: Line, nxt: Line | None) -> bool:
    """The glued first item closes its short title with a stop and its run carries on: item 2 of its style opens
    the next line."""
    stop = next((k for k in range(lab.end, min(line.end, lab.end + GLUED_ITEM_MAX + 1)) if text[k] in "。；;"), None)
    if stop is None or stop - lab.end < 2 or nxt is None:
        return False
    second = match_label(text, nxt.start, nxt.end)
    return second is not None and second.style == lab.style and second.value == 2


def _first_child(text: str, at: int, end: int, style: str) -> Label | None:
    """A first label (value 1) at ``at`` of a style that runs on under a heading of ``style``."""
    inner = match_label(text, at, end)
    return inner if inner is not None and inner.value == 1 and (inner.style, style) in _RUN_ON_CHILD else None


def cut_at_glued_item(text: str, line: Line, cand: Candidate) -> None:
    """An item glued to the end of a 一、 section's title inside a report run together (…新局面1、以森林围抱…。2、…
    in 1150; …科技攻关4、继续优化… in 368): the title stops there when the item carries on the line's run of items,
    the next number opening a later sentence, or the previous one an earlier sentence."""
    stop = min(cand.heading_end, cand.title_start + TITLE_MAX_CHARS)
    glued = _GLUED_ITEM.search(text, cand.title_start + 2, stop)
    if glued is None:
        return
    n = int(glued.group(1))
    run = [
        (at, lab.value)
        for at in embedded_heading_starts(text, line)
        if (lab := match_label(text, at, line.end)) is not None and lab.style == "ar_dot"
    ]
    if any(at > glued.end() and v == n + 1 for at, v in run) or any(
        at < cand.start and v == n - 1 > 0 for at, v in run
    ):
        cand.heading_end = glued.start()


_LEAD_IN_COLON = re.compile(r"[：:][ \u3000]*")


def past_lead_in(text: str, at: int, end: int) -> int:
    """Past the lead-in colon a section title ends with, where its first subheading follows on the same line
    (一、完成情况:(一)三大产业凸显特色。…): else ``at``."""
    colon = _LEAD_IN_COLON.match(text, at, end)
    return colon.end() if colon is not None else at


def run_on_children(
    text: str, i: int, line: Line, parent: Candidate, style: str, blanks: frozenset[int]
) -> list[Candidate]:
    """The headings run on right after ``parent``'s title, each a child of the one before (一、回顾(一)以更大力度… /
    (一)情况1、…) inside a report run together."""
    out: list[Candidate] = []
    while True:
        at = past_lead_in(text, parent.heading_end, line.end)
        inner = match_label(text, at, line.end)
        if inner is None or (inner.style, style) not in _RUN_ON_CHILD:
            break
        if at > parent.heading_end and inner.value != 1:
            break
        sub = with_title(text, i, Line(at, line.end, True), at, inner, None, blanks=blanks)
        if sub is None:
            break
        out.append(sub)
        parent, style = sub, inner.style
    return out
