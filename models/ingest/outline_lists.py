"""Candidates that are listed rather than headings: table-of-contents entries, attachment names, a page's navigation
trail (a notes section is ``outline_notes``)."""

from __future__ import annotations

import re
import unicodedata

from models.ingest.outline_lines import (
    PLAIN,
    PRIOR,
    Candidate,
    Line,
    cn_number,
    has_sentence_end,
    match_label,
)
from models.ingest.outline_notes import opens_notes
from models.ingest.outline_rows import cells_row, named_runs, paged_lines, table_list, unpaged

IN_CONTENTS = -5.0  # a table-of-contents entry (its heading comes again in the body) or an attachment name
_CONTENTS = re.compile(r"[(（【\[〔]?\s*(?:目\s*录|目|录)\s*[)）】\]〕]?$")
CONTENTS_LINE = _CONTENTS  # a 目录 line of its own
# the same captioned with the document's name: 某市重污染天气应急预案目录 (a name, no label, no punctuation)
_NAMED_CONTENTS = re.compile(r"[^\s0-9０-９一二三四五六七八九十、.．。，,；;：:(（]{4,40}目\s*录$")
_LEADER = re.compile(r"[.．…·⋯]{2,}\s*(?:\d{1,3}|[(（]\s*\d{1,3}\s*[)）]?)\s*$")  # (…3, …(3), …( 3
_LEADER_AFTER = re.compile(r"[ \t\u3000]*[.．…·⋯]{4,}[ \t\u3000]*\d{1,3}(?!\d)")
_BODY_END = re.compile(r"[。！？；!?;]")
_ANNEX_LIST = re.compile(r"(?:附\s*件|备\s*注|注|说\s*明)\s*[:：]\s*")
# a page's navigation trail (当前位置: / 首页 > 政务公开 > … / > 正文), which a converted page may number as a list
_BREADCRUMB = re.compile(r"(?:当前位置|您的位置|您现在的位置)\s*[:：]?\s*$|\s*[>＞»]|(?:[^<>＞»\n]+[>＞»]){2}")


def mark_listed(text: str, lines: list[Line], cands: list[Candidate]) -> None:
    """Lower the score of candidates that a table of contents or an attachment or notes list holds."""
    _mark_parts_list(text, cands)
    _mark_parts_described(text, cands)
    _mark_contents(text, lines, cands)
    _mark_annex_list(text, lines, cands)
    _mark_inline_list(text, lines, cands)
    paged = paged_lines(text, lines)
    for c in cands:
        line = lines[c.line]
        if c.line in paged or cells_row(text, line, c):
            c.score += IN_CONTENTS  # a contents entry with its page number, or a table row: listed, not a heading
            continue
        if (
            _LEADER.search(text, c.heading_end, line.end)
            or _LEADER.search(text, c.title_start, line.end)
            or _LEADER_AFTER.match(text, c.heading_end)  # a one-line copy: the leader is the next piece
        ):
            c.score += IN_CONTENTS  # 一、部门职责……………3: a contents entry with its page number
        elif c.style != PLAIN and _BREADCRUMB.match(text, c.title_start, c.heading_end):
            c.score += IN_CONTENTS  # 2. 首页 > 政务公开 > …: the page's navigation, not the document's


# a sentence counting another document's parts before naming them (报告共分四个部分：一、…；二、…), or the tasks it
# sets (要着重做好以下八个方面工作:一、…。二、…): a news item's summary of a work report, whose items are that
# report's headings, not this text's
_PARTS_COUNT = re.compile(
    r"(?:(?:分为?|分成|包括|包含)\s*([一二两三四五六七八九十]{1,3}|[0-9]{1,2})\s*[个個]?部分"
    r"|以下([一二两三四五六七八九十]{1,3}|[0-9]{1,2})[个個]方面(?:的)?(?:工作|任务|重点工作)?)\s*[:：]\s*"
)
PART_ITEM_SPAN = 60  # characters an item of such a list takes at most, on average
_ITEM_GAP = re.compile(r"[。；;，,、\s]")


def parts_list_items(text: str) -> set[int]:
    """Where the items start that a parts count names right after its colon (报告共分四个部分：一、…；二、…), numbered
    1 to the count with the last item within ``PART_ITEM_SPAN`` characters an item (one a line, or run together
    after ``。``/``；``): another document's parts summed up; the sections of a text have their prose between them."""
    out: set[int] = set()
    for m in _PARTS_COUNT.finditer(text):
        said = m.group(1) or m.group(2)
        count = int(said) if said.isdigit() else cn_number(said.replace("两", "二"))
        first = match_label(text, m.end(), len(text))
        if count is None or count < 2 or first is None or first.value != 1:
            continue
        limit = min(len(text), m.end() + count * PART_ITEM_SPAN)
        starts, pos = [m.end()], first.end
        for value in range(2, count + 1):
            at = next(
                (
                    i
                    for i in range(pos, limit)
                    if _ITEM_GAP.match(text, i - 1)
                    and (lab := match_label(text, i, limit)) is not None
                    and (lab.style, lab.value) == (first.style, value)
                ),
                None,
            )
            if at is None:
                break
            starts.append(at)
            pos = at + 1
        if len(starts) == count:
            out.update(starts)
    return out


def _mark_parts_list(text: str, cands: list[Candidate]) -> None:
    """Lower the score of the items a parts count lists (``parts_list_items``): not this text's headings."""
    items = parts_list_items(text)
    for c in cands:
        if c.start in items:
            c.score += IN_CONTENTS


# what a sentence about a document's part says after its 第一部分 (an interpretation describing the plan it explains:
# 第一部分主要是总结…, 第一部分是…总结。): a verb, where a part heading has a noun phrase (第一部分 2021年工作回顾)
_PART_SAYS = re.compile(r"\s*(?:是|包括|(?:主要|重点)(?:是|为|包括|讲|阐述|介绍|从|围绕|分析|回顾|总结|提出|对))")


def _mark_parts_described(text: str, cands: list[Candidate]) -> None:
    """Lower the score of a ``第一部分`` whose words run on as a sentence saying what that part holds."""
    for c in cands:
        if c.style in ("di_部分", "di_篇", "di_章") and _PART_SAYS.match(text, c.label_end, c.heading_end):
            c.score += IN_CONTENTS


_SEMI = re.compile(r"[；;][ \t\u3000]*")


def _mark_inline_list(text: str, lines: list[Line], cands: list[Candidate]) -> None:
    """Lower the score of an item opening a paragraph that goes on with the next item after a semicolon
    (``(1)拟定…；(2)指导…；(3)…``): the items of a list written inside one paragraph, not headings."""
    for c in cands:
        line = lines[c.line]
        if c.style == PLAIN or line.split or c.start != line.start:
            continue
        for m in _SEMI.finditer(text, c.heading_end, line.end):
            nxt = match_label(text, m.end(), line.end)
            if nxt is not None and nxt.style == c.style and nxt.value == c.value + 1:
                c.score += IN_CONTENTS
                break


def _mark_annex_list(text: str, lines: list[Line], cands: list[Candidate]) -> None:
    """Lower the score of attachment names and table notes listed after ``附件：1．…`` or ``注：1、…`` (``2．…``
    after); a bulletin's notes section after its last paragraph (``注:1.本公报…``) holds headings."""
    by_line = {c.line: c for c in cands if c.start == lines[c.line].start}
    for i, line in enumerate(lines):
        m = _ANNEX_LIST.match(text, line.start, line.end)
        if m is None or opens_notes(text, lines, i):
            continue
        first = match_label(text, m.end(), line.end)
        start = i + 1
        if first is None:
            # (clean) 附件： alone on its line, the attachment names listed one a line under it (1、…docx ⏎ 2、…)
            under = by_line.get(i + 1)
            alone = m.group().startswith("附") and not text[m.end() : line.end].strip()
            if not alone or under is None or under.value != 1:
                continue
            under.score += IN_CONTENTS
            style, value, start = under.style, under.value, i + 2
        else:
            style, value = first.style, first.value
        for j in range(start, len(lines)):
            c = by_line.get(j)
            if c is None or c.style != style or c.value != value + 1:
                break
            c.score += IN_CONTENTS
            value = c.value


def _part_label(text: str, c: Candidate) -> str:
    """The label of a ``第一部分`` candidate as a key of its own (empty for other labels)."""
    label = "".join(ch for ch in unicodedata.normalize("NFKC", text[c.start : c.label_end]) if not ch.isspace())
    return "part:" + label if c.style.startswith("di") and label.endswith(("部分", "部份")) else ""


def _key(text: str, c: Candidate, label: bool = True) -> str:
    return _norm((text[c.start : c.label_end] if label else "") + unpaged(text[c.title_start : c.heading_end]))


def _norm(raw: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", raw) if not ch.isspace())


def _mark_contents(text: str, lines: list[Line], cands: list[Candidate]) -> None:
    """Lower the score of table-of-contents entries: listed with no prose between and repeated further on.

    After a ``目录`` line (also ``(目录)``, or a piece of a one-line text) every candidate up to the first
    repeat of an entry (or the first prose) is in the contents. Without a marker, a list that starts with an
    entry coming again later with no sentence end in between is a contents list up to that repeat (an excerpt
    cut after the first part repeats only its first entries); elsewhere a run of two or more candidates is,
    when each comes again later and no prose separates them.
    """
    keys = [_key(text, c) for c in cands]
    first_seen: dict[str, int] = {}
    for k, key in enumerate(keys):
        first_seen.setdefault(key, k)
    repeated = {first_seen[key] for k, key in enumerate(keys) if first_seen[key] != k}
    prose_follows: list[bool] = []
    for k, c in enumerate(cands):
        end_line = cands[k + 1].line if k + 1 < len(cands) else len(lines)
        own = lines[c.line]  # a run-in heading's paragraph on its own line (（一）加快…。健全…) is prose after it
        run_in = _BODY_END.search(text, c.heading_end + 1, own.end) is not None and own.end - c.heading_end > 12
        prose_follows.append(run_in or any(has_sentence_end(text, line) for line in lines[c.line + 1 : end_line]))
    listed = [k in repeated and not prose_follows[k] for k in range(len(cands))]
    _mark_document_list(text, cands, prose_follows)
    for c in table_list(text, cands, prose_follows):
        c.score += IN_CONTENTS
    _mark_repeated_run(text, keys, cands, prose_follows)
    first_prose = next((i for i, line in enumerate(lines) if has_sentence_end(text, line)), len(lines))
    _mark_unmarked_list(keys, cands, listed, prose_follows, first_prose)
    _mark_opening_list(text, keys, cands, listed, prose_follows, first_prose)
    contents_at = next(
        (
            i
            for i, line in enumerate(lines)
            if _CONTENTS.match(text, line.start, line.end) or _NAMED_CONTENTS.match(text, line.start, line.end)
        ),
        None,
    )
    # the contents end at the first prose after them (a list of titles holds no sentence; an entry that is a whole
    # line ending with its stop, 一、2019年度收入支出决算总体情况。, is a title all the same)
    prose_at = len(lines)
    if contents_at is not None:
        titled = {c.line for c in cands if _stopped_title(text, lines[c.line], c)}
        prose_at = next(
            (i for i in range(contents_at + 1, len(lines)) if has_sentence_end(text, lines[i]) and i not in titled),
            prose_at,
        )
    block: set[str] = set()
    for k, c in enumerate(cands):
        if contents_at is not None and c.line == contents_at:
            c.score += IN_CONTENTS  # the contents' caption (某市…预案目录) names the list, it heads no section
        if contents_at is not None and c.line > prose_at:
            contents_at = None
        if contents_at is not None and c.line > contents_at:
            # a 第一部分 comes once in a contents list: its second coming opens the body, whatever its title
            # says there (the body's 第一部分 ⏎ 某局(本级)概况 against the list's 第一部分 某局概况)
            part = _part_label(text, c)
            # (an entry's title coming again under another label opens the body too: the contents number their
            # entries 一、二、, the body heads the same title 第一部分)
            title = "title:" + _key(text, c, label=False)
            if keys[k] in block or (part and part in block) or title in block:
                contents_at = None
            else:
                block.add(keys[k])
                if part:
                    block.add(part)
                if len(title) > len("title:") + 1:
                    block.add(title)
                # (and the whole entry after its label, a title the candidate cut at its colon: 要点之一:2022年…)
                block.add("title:" + _norm(unpaged(text[c.title_start : lines[c.line].end].strip())))
                c.score += IN_CONTENTS
                if prose_follows[k]:
                    contents_at = None
                continue
        if listed[k] and ((k > 0 and listed[k - 1]) or (k + 1 < len(cands) and listed[k + 1])):
            c.score += IN_CONTENTS


STOPPED_TITLE_MAX = 40  # characters of a contents entry written as a sentence


def _stopped_title(text: str, line: Line, c: Candidate) -> bool:
    """The candidate is its whole line, a short title with one stop at its end (二、其他重要事项情况说明。)."""
    if c.start != line.start or line.end - c.title_start > STOPPED_TITLE_MAX:
        return False
    body = text[c.title_start : line.end].rstrip(" \t\u3000")
    return body.endswith("。") and _BODY_END.search(body[:-1]) is None


# a title naming a whole document of the kind a compilation gathers (某镇2023年政府工作报告, 某局工作总结2023年)
_DOCUMENT_NAME = re.compile(r".{2,}(?:工作报告|工作总结|工作计划|工作要点)(?:[0-9]{4}年度?)?")
DOCUMENT_LIST_MIN = 3


def _mark_document_list(text: str, cands: list[Candidate], prose_follows: list[bool]) -> None:
    """Lower the score of a run of three or more numbered entries, no prose between, each naming a whole report:
    a compilation's list of the documents it gathers (1.某镇2023年政府工作报告 2.…), not sections of one."""
    for c in named_runs(text, cands, prose_follows, _DOCUMENT_NAME, DOCUMENT_LIST_MIN, numbered_on=False):
        c.score += IN_CONTENTS


def _mark_unmarked_list(
    keys: list[str], cands: list[Candidate], listed: list[bool], prose_follows: list[bool], first_prose: int
) -> None:
    """Mark as listed every candidate from an entry to its first repeat when no prose lies between, the entry
    is of the highest rank in that span (a contents list starts at its top: 第一部分 … 一、 … 第一部分) and the
    repeat is followed by an entry of the style that followed the first copy (a list of items named again
    elsewhere, 1.… (二)… 1.…, starts below its span's top). A list that opens the text may have the text's
    title and first paragraph between its last entry and the repeat (a doc store's outline printed first)."""
    later: dict[str, int] = {}
    for k in range(len(keys) - 1, -1, -1):
        again = later.get(keys[k])
        later[keys[k]] = k
        if again is None or again - k < 2 or (listed[k] and k > 0 and listed[k - 1]):
            continue
        if again + 1 >= len(keys) or cands[again + 1].style != cands[k + 1].style:
            continue
        opens_text = cands[again - 1].line < first_prose
        if any(prose_follows[k : again - 1]) or (prose_follows[again - 1] and not opens_text):
            continue
        rank = PRIOR.get(cands[k].style, 100)
        if any(PRIOR.get(c.style, 100) < rank for c in cands[k + 1 : again]):
            continue
        for j in range(k, again):
            listed[j] = True


REPEATED_RUN_MIN = 3
REPEATED_TITLE_MIN = 6  # characters of a repeated heading's title


def _mark_repeated_run(text: str, keys: list[str], cands: list[Candidate], prose_follows: list[bool]) -> None:
    """Lower the score of a run of three or more candidates that repeat, in order, headings met earlier with
    their text under them: a task table or a summary listing the text's headings again (责任分工: ``一、…`` ``（一）…``
    beside the responsible units), not the text's sections a second time."""
    first_seen: dict[str, int] = {}
    earlier: list[int | None] = []
    for k, key in enumerate(keys):
        j = first_seen.setdefault(key, k)
        # (a specific title: two plans of one notice may both have 一、指导思想 二、主要任务 …)
        specific = len(_key(text, cands[k], label=False)) >= REPEATED_TITLE_MIN
        earlier.append(j if j != k and cands[k].style != PLAIN and specific else None)
    k = 0
    while k < len(keys):
        end = k
        while end < len(keys) and (at := earlier[end]) is not None and (end == k or at > (earlier[end - 1] or 0)):
            end += 1
        first, last = earlier[k], earlier[end - 1]
        # (the first copies must have text under them: a contents list before the body is the other way round)
        # (nor may the copies: 全市… ⏎ （1）一般公共预算 ⏎ text … 市本级… ⏎ （1）一般公共预算 ⏎ text, a budget report's
        # parallel parts, each heading its own text)
        own_text = all(prose_follows[k:end])
        if (
            end - k >= REPEATED_RUN_MIN
            and first is not None
            and last is not None
            and any(prose_follows[first:last])
            and not own_text
        ):
            for c in cands[k:end]:
                c.score += IN_CONTENTS
        k = max(end, k + 1)


OPENING_LIST_MIN = 3
CONTENTS_PARTS_MIN = 2  # 第N部分 entries of a contents list stored alone


def _mark_opening_list(
    text: str, keys: list[str], cands: list[Candidate], listed: list[bool], prose_follows: list[bool], first_prose: int
) -> None:
    """Mark as listed a run of entries that opens the text with no prose anywhere in it, up to the first entry
    coming again: a contents list printed before the body (a budget package's index of its 第一部分 … 一、 …
    第二部分 … parts and tables, a doc site's outline of the report before its title), whose repeat opens the
    body. The run starts with its highest rank (a contents list starts at its top) and holds three entries or more.
    """
    seen: set[str] = set()
    titles: set[str] = set()  # an unnumbered line repeating an entry's title is that part's heading (no label)
    again = None
    for k, key in enumerate(keys):
        part = _part_label(text, cands[k])  # (a 第一部分 again opens the body, whatever its title says there)
        if key in seen or (cands[k].style == PLAIN and key in titles) or (part and part in seen):
            again = k
            break
        seen.add(key)
        if part:
            seen.add(part)
        titles.add(_key(text, cands[k], label=False))
    if again is None:
        # no entry comes again and no prose follows any: an excerpt that stores only the contents of a package
        # (第一部分 单位概况 一、… 第二部分 …决算表 …, the page ending inside the list), as a labelled 目录 that the
        # excerpt ends inside is (397, 815)
        parts = sum(1 for c in cands if _part_label(text, c))
        rank = PRIOR.get(cands[0].style, 100) if cands else 100
        if (
            parts >= CONTENTS_PARTS_MIN
            and len(cands) >= OPENING_LIST_MIN
            and not any(prose_follows)
            and not any(PRIOR.get(c.style, 100) < rank for c in cands[1:])
        ):
            listed[:] = [True] * len(cands)
        return
    # the text's title and first paragraph may lie between the last entry and its repeat
    if again < OPENING_LIST_MIN or any(prose_follows[: again - 1]) or cands[again - 1].line >= first_prose:
        return
    rank = PRIOR.get(cands[0].style, 100)
    if any(PRIOR.get(c.style, 100) < rank for c in cands[1:again]):
        return
    for j in range(again):
        listed[j] = True
