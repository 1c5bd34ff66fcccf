"""Heading candidates in display text, each with the evidence that it is a heading, weighed into one local score.

A candidate is a place where a section may open: a numbering label at a line start (or after a sentence end
inside a report run together on one line), a label broken over two lines, a bare numeral or ``第一部分`` whose
title is on the next line, or a short unnumbered line standing alone. Its local score sums evidence that holds
whatever the rest of the tree is: the numbering style, whether the heading stands alone on its line or runs
into its paragraph, the title's length, where it sits (before any prose, in a table of contents), what precedes
and follows it. Sequence evidence (does the number continue a run?) is weighed later, over the whole tree.
"""

from __future__ import annotations

import re
import unicodedata

from models.ingest.outline_lines import (
    BARE_NUMERAL,
    HEADING_WORDS,
    SENTENCE_END,
    TITLE_TRAIL,
    Label,
    Line,
    cn_number,
    embedded_heading_starts,
    match_broken_label,
    match_label,
    title_end,
    title_start,
)

PLAIN = "plain"
DOCUMENT_TITLE = 2  # the value of an unnumbered heading that titles an embedded document (it governs the rest)

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
    "ar_paren": 0.6,
    "ar_half": 0.3,
    "circled": 0.3,
    "cn_bare": 0.2,
}
ALONE = 0.8  # the title is the whole line
RUN_IN = 0.2  # the title ends at a sentence end and its paragraph follows on the line
INSIDE_LINE = -0.6  # after a sentence end inside a long line
LONG_TITLE = -1.0  # over 60 characters
VERY_LONG_TITLE = -2.0  # over 120 characters
BEFORE_PROSE = -1.5  # nothing before it reads as prose: the title block, breadcrumbs, header fields
AFTER_UNFINISHED = -1.5  # the line before stops mid-sentence: a page number or a wrapped list, not a heading
REPEATS_TITLE = -5.0  # the title repeats the page's title block: a doc store's page number before it
IN_CONTENTS = -5.0  # a table-of-contents entry (its heading comes again in the body) or an attachment name
CONTENT_FARM = -5.0  # 第一篇：<a report's title> numbers the essays a content farm strings together

PLAIN_BASE = -1.2
PLAIN_WORDING = 1.3  # ends with a heading word (…情况, …问题, …打算)
PLAIN_NAMED = 3.0  # 名词解释, 附件1, 附录
PLAIN_OPENS_NUMBERING = 1.0  # the next line is numbered 1
PLAIN_PROSE_AROUND = 0.3  # each of: prose ends just before it, prose follows it
PLAIN_AFTER_HEADING = 0.8  # right under a heading alone on its line, prose after: its first subheading
PLAIN_FRAGMENT = -1.5  # the line before stops mid-sentence: a phrase cut out of a paragraph
PLAIN_AFTER_TITLE_LINE = -1.5  # the line before is a short line of no prose that opens nothing: a title goes on
PLAIN_NO_NUMBERING = 1.0
PLAIN_REPEATED = (
    -2.0
)  # the same line came before: the report's title repeated by a web page  # the report has no numbered headings at all

PLAIN_MAX_CHARS = 25
BODY_MIN_CHARS = 40
_PLAIN_BAD = re.compile(r"[。！？；!?;：:，,%％=<>|/\\@#©®]|https?|www\.|版权|许可|转载|点击|扫码|链接")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_DATE_LINE = re.compile(r"^[0-9０-９〇○Ｏ零一二三四五六七八九十]{2,4}\s*年\s*[0-9０-９一二三四五六七八九十]{1,2}\s*月")
_NAMED = re.compile(
    r"^(?:(?:专业)?名词解释|附录[0-9０-９一二三四五六七八九十]*|附件[0-9０-９一二三四五六七八九十]+)(?:[\s　].*)?$"
)
_CONTENTS = re.compile(r"目\s*录$")
_BODY_PUNCT = re.compile(r"[。！？；!?;]")
_ANNEX_LIST = re.compile(r"(?:附\s*件|备\s*注|注|说\s*明)\s*[:：]\s*")
_FINISHED = "。！？!?：:；;”’）)】》"
_QUOTED = re.compile(r"《([^《》\n]{6,80})》")
_ENUM_LEAD = re.compile(r"[一二三四五六七八九十]+是")  # 一是…二是… leads a sentence, never a heading
_PAIRS = (("《", "》"), ("“", "”"), ("（", "）"), ("(", ")"))


class Candidate:
    """A place where a section may open: style and value of its numbering, spans, and its local score."""

    __slots__ = ("heading_end", "label_end", "line", "score", "start", "style", "title_start", "under", "value")

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
        self.score = 0.0
        self.under = False  # unnumbered, right under a heading line: a subheading of it


def is_body(text: str, line: Line) -> bool:
    """A paragraph line: long, or containing a sentence end."""
    return line.end - line.start >= BODY_MIN_CHARS or _BODY_PUNCT.search(text, line.start, line.end) is not None


def _has_sentence_end(text: str, line: Line) -> bool:
    return _BODY_PUNCT.search(text, line.start, line.end) is not None


def _is_title_line(text: str, line: Line) -> bool:
    """A short line with no sentence end that can serve as the title of a label on the line before."""
    n = line.end - line.start
    return 2 <= n <= 40 and not _has_sentence_end(text, line) and match_label(text, line.start, line.end) is None


def find_candidates(text: str, lines: list[Line]) -> list[Candidate]:
    """Every heading candidate in document order, each with its local score."""
    prose_at = _first_prose(text, lines)
    numbered: list[Candidate] = []
    for i, line in enumerate(lines):
        numbered.extend(_numbered_at_line(text, lines, i, line))
    numbered.sort(key=lambda c: c.start)
    starts = {c.line for c in numbered if c.start == lines[c.line].start}
    head = [(ln.end, _squeeze(text[ln.start : ln.end])) for ln in lines if ln.end <= prose_at]
    for c in numbered:
        _score_numbered(text, lines, c, prose_at, starts, head)
    plain = _plain_candidates(text, lines, numbered, prose_at)
    out = sorted([*numbered, *plain], key=lambda c: c.start)
    _mark_contents(text, lines, out)
    _mark_annex_list(text, lines, out)
    return out


def _first_prose(text: str, lines: list[Line]) -> int:
    """Offset of the first line that reads as prose (holds a sentence end)."""
    for line in lines:
        if _has_sentence_end(text, line):
            return line.start
    return len(text)


def _numbered_at_line(text: str, lines: list[Line], i: int, line: Line) -> list[Candidate]:
    out: list[Candidate] = []
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    label = match_label(text, line.start, line.end)
    if label is not None:
        cand = _with_title(text, i, line, line.start, label, nxt)
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
            out.append(cand)
    elif nxt is not None:
        broken = match_broken_label(text, line, nxt)
        if broken is not None:
            ts = title_start(text, broken.end, nxt.end)
            te = title_end(text, ts, nxt.end)
            if te > ts:
                out.append(Candidate(i, broken.style, broken.value, line.start, broken.end, ts, te))
        elif BARE_NUMERAL.fullmatch(text, line.start, line.end) and _is_title_line(text, nxt):
            value = cn_number(text[line.start : line.end])
            if value:
                out.append(Candidate(i, "cn_bare", value, line.start, line.end, nxt.start, nxt.end))
    if line.split:
        for at in embedded_heading_starts(text, line):
            lab = match_label(text, at, line.end)
            if lab is not None and lab.style in ("cn_dun", "cn_paren", "ar_dot", "di_部分", "di_章"):
                cand = _with_title(text, i, Line(at, line.end, True), at, lab, None)
                if cand is not None:
                    out.append(cand)
                    # a parenthesised heading run on right after this one's title: 一、回顾(一)以更大力度…
                    inner = match_label(text, cand.heading_end, line.end)
                    if inner is not None and inner.style == "cn_paren":
                        sub = _with_title(
                            text, i, Line(cand.heading_end, line.end, True), cand.heading_end, inner, None
                        )
                        if sub is not None:
                            out.append(sub)
    return out


def _wrap_rest(text: str, line: Line, nxt: Line) -> bool:
    """``nxt`` is the last few characters of the title on ``line``, cut off by a blank in a long line.

    Only when prose follows ``nxt``: a short piece between a heading and its paragraph.
    """
    rest = text[nxt.start : nxt.end]
    gap = text[line.end : nxt.start]
    return nxt.split and "\n" not in gap and len(rest) <= 5 and all("\u4e00" <= ch <= "\u9fff" for ch in rest)


def _with_title(text: str, i: int, line: Line, at: int, label: Label, nxt: Line | None) -> Candidate | None:
    ts = title_start(text, label.end, line.end)
    if ts >= line.end:
        # a label alone on its line (第一部分 ⏎ 部门概况): the next line is its title
        if nxt is None or not _is_title_line(text, nxt):
            return None
        return Candidate(i, label.style, label.value, at, label.end, nxt.start, nxt.end)
    te = title_end(text, ts, line.end, run_on=line.split)
    if te <= ts:
        return None
    return Candidate(i, label.style, label.value, at, label.end, ts, te)


def _score_numbered(
    text: str, lines: list[Line], c: Candidate, prose_at: int, starts: set[int], head: list[tuple[int, str]]
) -> None:
    line = lines[c.line]
    score = STYLE_WEIGHT.get(c.style, 0.5)
    if c.start != line.start:
        score += INSIDE_LINE
    rest = text[c.heading_end : line.end].strip(TITLE_TRAIL)
    if c.title_start >= line.end or not rest:
        score += ALONE
    elif text[c.heading_end : c.heading_end + 1] in SENTENCE_END or text[c.heading_end] in "：:；;":
        score += RUN_IN
    if c.style == "di_篇" and text[c.label_end : c.label_end + 1] in "：:":
        score += CONTENT_FARM
    n = c.heading_end - c.title_start
    if n > 120:
        score += VERY_LONG_TITLE
    elif n > 60:
        score += LONG_TITLE
    after = c.line + (2 if c.title_start >= line.end else 1)
    if c.start < prose_at and not any(_has_sentence_end(text, ln) for ln in lines[after : after + 2]):
        score += BEFORE_PROSE
    if c.start == line.start and c.line > 0 and c.line - 1 not in starts:
        prev = lines[c.line - 1]
        if prev.end - prev.start >= BODY_MIN_CHARS and text[prev.end - 1] not in _FINISHED:
            score += AFTER_UNFINISHED
    title = _squeeze(text[c.title_start : c.heading_end])
    if len(title) >= 8 and any(end <= c.start and h.startswith(title) for end, h in head):
        score += REPEATS_TITLE
    c.score = score


def _plain_shape(text: str, line: Line, under: bool) -> bool:
    """A short line that may title what follows; right under a heading line it may hold one comma."""
    n = line.end - line.start
    if n < 2 or n > PLAIN_MAX_CHARS:
        return False
    s = text[line.start : line.end]
    if under and s.count("，") + s.count(",") == 1:
        s = s.replace("，", "").replace(",", "")
    if s[0] in "(（〔【[<《" or _PLAIN_BAD.search(s) or _DATE_LINE.match(s):
        return False
    if s.endswith(("如下", "附件")) or s.startswith(("特此", "附件", "抄送", "印发", "责任编辑")):
        return False
    if _ENUM_LEAD.match(s):
        return False
    cjk = len(_CJK.findall(s))
    return cjk >= 2 and cjk * 2 >= n


def _plain_candidates(text: str, lines: list[Line], numbered: list[Candidate], prose_at: int) -> list[Candidate]:
    """Unnumbered heading candidates: short standalone lines with prose before and prose or a heading after."""
    by_line: dict[int, Candidate] = {}
    for c in numbered:
        if c.start == lines[c.line].start:
            by_line.setdefault(c.line, c)
    title_lines = {c.line + 1 for c in numbered if c.title_start >= lines[c.line].end}
    any_numbered = any(c.score > 1.0 for c in numbered)
    alone = {c.line: c.heading_end == lines[c.line].end and not is_body(text, lines[c.line]) for c in numbered}
    out: list[Candidate] = []
    last = len(lines) - 1
    earlier: set[str] = set()
    # names quoted in the text (关于印发《…》的通知): a line that is one of them titles the document it introduces
    quoted: dict[str, int] = {}
    for m in _QUOTED.finditer(text):
        quoted.setdefault(_squeeze(m.group(1)), m.start())
    joined_to: int | None = None
    for i, line in enumerate(lines):
        if i > 0:
            earlier.add(text[lines[i - 1].start : lines[i - 1].end])
        if i >= last or line.start <= prose_at or i in by_line or i in title_lines or i == joined_to:
            continue
        s = text[line.start : line.end]
        if line.split and lines[i + 1].split and i + 2 <= last:
            # a quoted title written over two pieces of a one-line report: 常州市发展和改革委员会  2020年工作总结…
            two = _squeeze(text[line.start : lines[i + 1].end])
            if quoted.get(two, len(text)) < line.start and _squeeze(s) not in quoted:
                cand = Candidate(i, PLAIN, DOCUMENT_TITLE, line.start, line.start, line.start, lines[i + 1].end)
                cand.score = PLAIN_BASE + PLAIN_NAMED
                out.append(cand)
                joined_to = i + 1
                continue
        head = line
        if line.split and s.endswith("。") and "。" not in s[:-1]:
            # a one-sentence piece of a one-line report standing before its paragraph: 科技申报项目有成效。
            head = Line(line.start, line.end - 1, True)
            s = s[:-1]
        named = _NAMED.match(s) is not None and line.end - line.start <= 60
        named = named or quoted.get(_squeeze(s), len(text)) < line.start
        nxt = lines[i + 1]
        under = bool(alone.get(i - 1)) and is_body(text, nxt)
        if not named and not _plain_shape(text, head, under or head is not line):
            continue
        if line.split and not named and not s.endswith(HEADING_WORDS):
            continue  # a piece of a one-line report is an unnumbered heading only when its wording says so
        prev = lines[i - 1]
        if line.split and prev.split and _glued(text, prev):
            continue
        nxt_num = by_line.get(i + 1)
        if nxt_num is None and not is_body(text, nxt) and not named:
            continue
        score = PLAIN_BASE
        if s in earlier:
            score += PLAIN_REPEATED
        if named:
            score += PLAIN_NAMED
        elif s.endswith(HEADING_WORDS):
            score += PLAIN_WORDING
        if nxt_num is not None and nxt_num.value == 1:
            score += PLAIN_OPENS_NUMBERING
        if is_body(text, nxt):
            score += PLAIN_PROSE_AROUND
        prev_last = text[prev.end - 1]
        opens_nothing = i - 1 not in alone and i - 1 != joined_to and (not out or out[-1].line != i - 1)
        if opens_nothing and not is_body(text, prev) and not _DATE_LINE.match(text[prev.start : prev.end]):
            score += PLAIN_AFTER_TITLE_LINE
        if under:
            score += PLAIN_AFTER_HEADING
        elif prev_last in "。！？!?：:；;”":
            score += PLAIN_PROSE_AROUND
        elif prev.end - prev.start >= BODY_MIN_CHARS and i - 1 not in by_line:
            score += PLAIN_FRAGMENT
        if not any_numbered:
            score += PLAIN_NO_NUMBERING
        # an unnumbered subheading right under a heading may be a first item whose label was lost: value 1
        value = DOCUMENT_TITLE if quoted.get(_squeeze(s), len(text)) < line.start else 1 if under else 0
        cand = Candidate(i, PLAIN, value, line.start, line.start, line.start, head.end)
        cand.score = score
        cand.under = under
        out.append(cand)
    return out


def _squeeze(s: str) -> str:
    return "".join(unicodedata.normalize("NFKC", s).split())


def _glued(text: str, prev: Line) -> bool:
    """The blank after piece ``prev`` of a long line is inside a phrase: a number before it, a bracket open."""
    piece = text[prev.start : prev.end]
    if piece[-1].isdigit() or (piece[-1].isascii() and piece[-1].isalpha()):
        return True
    return any(piece.count(a) > piece.count(b) for a, b in _PAIRS)


def _mark_annex_list(text: str, lines: list[Line], cands: list[Candidate]) -> None:
    """Lower the score of attachment names and notes listed after ``附件：1．…`` or ``注：1、…`` (``2．…`` after)."""
    by_line = {c.line: c for c in cands if c.start == lines[c.line].start}
    for i, line in enumerate(lines):
        m = _ANNEX_LIST.match(text, line.start, line.end)
        if m is None:
            continue
        first = match_label(text, m.end(), line.end)
        if first is None:
            continue
        style, value = first.style, first.value
        for j in range(i + 1, len(lines)):
            c = by_line.get(j)
            if c is None or c.style != style or c.value != value + 1:
                break
            c.score += IN_CONTENTS
            value = c.value


def _key(text: str, c: Candidate) -> str:
    raw = text[c.start : c.label_end] + text[c.title_start : c.heading_end]
    return "".join(ch for ch in unicodedata.normalize("NFKC", raw) if not ch.isspace())


def _mark_contents(text: str, lines: list[Line], cands: list[Candidate]) -> None:
    """Lower the score of table-of-contents entries: listed with no prose between and repeated further on.

    After a ``目录`` line every candidate up to the first repeat of an entry (or the first prose) is in the
    contents; elsewhere a run of two or more candidates is, when each comes again later and no prose
    separates them.
    """
    keys = [_key(text, c) for c in cands]
    first_seen: dict[str, int] = {}
    for k, key in enumerate(keys):
        first_seen.setdefault(key, k)
    repeated = {first_seen[key] for k, key in enumerate(keys) if first_seen[key] != k}
    prose_follows: list[bool] = []
    for k, c in enumerate(cands):
        end_line = cands[k + 1].line if k + 1 < len(cands) else len(lines)
        prose_follows.append(any(_has_sentence_end(text, line) for line in lines[c.line + 1 : end_line]))
    listed = [k in repeated and not prose_follows[k] for k in range(len(cands))]
    contents_at = next((i for i, line in enumerate(lines) if _CONTENTS.match(text, line.start, line.end)), None)
    block: set[str] = set()
    for k, c in enumerate(cands):
        if contents_at is not None and c.line > contents_at:
            if keys[k] in block:
                contents_at = None
            else:
                block.add(keys[k])
                c.score += IN_CONTENTS
                if prose_follows[k]:
                    contents_at = None
                continue
        if listed[k] and ((k > 0 and listed[k - 1]) or (k + 1 < len(cands) and listed[k + 1])):
            c.score += IN_CONTENTS
