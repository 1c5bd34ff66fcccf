"""Re-joining hard-wrapped lines (PDF and print text broken every ~28-40 characters) into paragraphs.

A document is hard-wrapped when many of its lines reach one printed width and stop there. In such a
document a line that reaches the width and does not end a sentence continues on the next line
(``…及2010`` ⏎ ``年远景目标``, ``377`` ⏎ ``.4亿元``). A real paragraph break is never joined: a line ending
in ``。！？`` or ``：``, a short last line, a heading, or a next line that opens a numbered item.
Outside wrapped documents only a long paragraph cut mid-sentence is joined to its tail; not a contents
entry ending in its page number, a line ending in a figure before a new paragraph, nor a clause end
(``；``) unless a list of clauses runs on. Anywhere, a verb waiting for its figure (``…巩固率达到`` ⏎
``98%``) joins the next line.
"""

from __future__ import annotations

import re

_END = "。！？!?：:"
_QUOTES = "”」』’\"'"
_SOFT_END = "；;"
# a half-width point after a character, a percent sign or a closing mark ends a sentence; not a label's point
_HALF_STOP = re.compile(r"(?<=[\u4e00-\u9fff%％‰)）”」』])(?<![一二三四五六七八九十])\.(?![\d.])")
_OPENING = "《“（(【〔「『〈"
_CLOSING = "》”）)】〕」』〉，。、；！？,;"  # no line opens with these (a page writing ASCII marks too)
_HEADING = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,3}\s*[、.．](?!\d)|"
    r"第[一二三四五六七八九十]{1,3}(?:部分|章|节|篇)|[一二三四五六七八九十]是|——|[-•·●■◆★]|附件)"
)
_MIN_LINES = 4
_TITLE_END = re.compile(r"(?:报告|总结|计划|要点|方案|通知|意见|规划|决定|办法|规定)[)）》\]】]*$")
# a delivery line's date, also with 年 and 月 lost or turned into spaces (——2018724日在, ——2020 1 7 日在)
_DELIVERY_START = re.compile(r"^[-—－–]*\s*(?:19|20)\d\d[\s年]*\d{1,2}[\s月]*\d{1,2}\s*日\s*在")
_DELIVERY_END = re.compile(r"^[^。，,；;]{2,40}(?:会议上|会上)[)）]?$")
_SENTENCE = re.compile(r"[。；;！？!?]")
# a contents entry ends with its page number: "…产业体系 11", "第二章 总体要求……8"
# a verb that needs its figure: "…巩固率达到" ⏎ "98%,…" is one sentence wherever the line stopped
_FIGURE_VERB = re.compile(
    r"(?:达到|达|为|至|到|增长|下降|提高|降低|增加|减少|保持|占|约|近|超过|突破|完成|实现|累计|合计|共计)$"
)
# a figure at a line's end that waits for its unit (a year before 年度, a magnitude before its measure word)
_CUT_FIGURE = re.compile(r"(?:^|[^\d.])(?:(?:19|20)\d\d|\d+(?:\.\d+)?\s*[万亿千百])$")
_UNIT_START = re.compile(r"^(?:年度|[元户人个项家吨亩台辆套座次件名所间条])")
_TOC_ENTRY = re.compile(r"(?:\s|[.…·]{2,})\d{1,3}$")
# what follows a figure in the same sentence: a unit, a mark or a connective
_AFTER_FIGURE = re.compile(
    r"[年月日号时分秒万亿千百元个家人项户所名件条场批天倍位篇吨亩公平米届期次余多岁台辆套座间度%％.．:：,，、;；)）]"
)


_WIDE_ASCII = set(",;:!?()")  # stores rewrite full-width punctuation as ASCII; it was printed wide


def visual_width(text: str) -> int:
    """Printed width: two for a full-width character (or rewritten full-width punctuation), one for ASCII."""
    return sum(1 if ord(c) < 0x2000 and c not in _WIDE_ASCII else 2 for c in text)


def _ends_paragraph(line: str) -> bool:
    body = line.rstrip(_QUOTES)
    return bool(body) and body[-1] in _END


def wrap_width(lines: list[str], printed: list[str] | None = None) -> int | None:
    """The printed width a hard-wrapped document breaks at, or None when it is not hard-wrapped.

    ``printed[i]``: line ``i`` as the file printed it, with what cleaning took out of it (a pinyin annotation, a
    junk token): the wrap measured that line. Without it, the lines are measured as they are.
    """
    printed = printed or lines
    widths = sorted(visual_width(p) for ln, p in zip(lines, printed, strict=True) if len(ln) >= 8)
    if len(widths) < _MIN_LINES:
        return None
    best, best_count = 0, 0
    for w in set(widths):
        if not 44 <= w <= 130:  # a printed line holds 22 to 65 characters; shorter lines are lists
            continue
        tol = max(4, w // 8)
        count = sum(1 for x in widths if w - tol <= x <= w)
        if count > best_count or (count == best_count and w > best):
            best, best_count = w, count
    if best_count < _MIN_LINES:
        return None
    wider = sum(1 for x in widths if x > best + max(4, best // 10))
    if wider * 100 > 15 * len(widths):
        return None
    if best_count * 100 < 35 * len(widths) and not _excerpt_wrap(widths, best, best_count, wider):
        return None
    # lines that stop at the margin in mid-sentence: a list of short titles has none
    tol = max(4, best // 6)
    cut = sum(
        1
        for ln, p in zip(lines, printed, strict=True)
        if visual_width(p) >= best - tol and ln and not _ends_paragraph(ln) and ln[-1] not in "，,、；;"
    )
    return best if cut >= 3 else None


def _fills_line(line: str, width: int, printed: str) -> bool:
    """``line`` (``printed`` as the file printed it) reaches the printed width (a heading only when it fills it to
    the last column)."""
    w = visual_width(printed)
    if _TITLE_END.search(line) and not _CLAUSE.search(line):
        return False  # a title (…工作计划) ends its line however wide it is printed
    if _HEADING.match(line) and not _SENTENCE.search(line):
        return w >= width - 2  # a heading is joined only when it fills the line (a run-in heading wrapped)
    return w >= width - max(4, width // 6)


def wrapped_runs(lines: list[str], adjacent: list[bool], printed: list[str] | None = None) -> list[list[int]]:
    """In a hard-wrapped text, the runs of two or more lines a wrap cut from one paragraph (indices into ``lines``).

    A line that fills the printed width and stops mid-sentence is carried on by the next line (``adjacent[i]``:
    no blank line between line ``i`` and the next); the runs let a paragraph's lines be judged as one (a wrapped
    piece alone can look like a tool bar or a site's words). ``printed`` as for ``wrap_width``.
    """
    printed = printed or lines
    width = wrap_width(lines, printed)
    runs: list[list[int]] = []
    if width is None:
        return runs
    for i in range(len(lines) - 1):
        line, nxt = lines[i], lines[i + 1]
        if (
            not adjacent[i]
            or not line
            or not nxt
            or _ends_paragraph(line)
            or not _continues(line, nxt)
            or _LAYOUT.search(line + nxt)
        ):
            continue
        if not _CJK_CHAR.search(line):
            continue  # a line of Latin letters (a URL) is no Chinese paragraph
        if _fills_line(line, width, printed[i]):
            if runs and runs[-1][-1] == i:
                runs[-1].append(i + 1)
            else:
                runs.append([i, i + 1])
    return runs


_LAYOUT = re.compile(r"\S {2,}\S|[|｜]")  # a table row's cells or a page's columns


def _excerpt_wrap(widths: list[int], best: int, count: int, wider: int) -> bool:
    """A short excerpt whose wrapped paragraphs are outnumbered by short lines (a contents list, headings): it is
    hard-wrapped when most of its lines of running text (half the width or more) stop at the width and hardly
    any runs past it."""
    running = sum(1 for x in widths if x >= best // 2)
    return count >= 6 and count * 2 >= running and wider * 100 <= 5 * len(widths)


def _continues(line: str, nxt: str) -> bool:
    """No layout or English word stops ``line`` from running on into ``nxt``: a Latin letter ends it only in an
    anonymised name (《XX ⏎ 县…) or a Chinese sentence's acronym (其他RCEP ⏎ 国家, SO ⏎ 2同比), and one opens
    ``nxt`` only when that acronym or a placeholder figure (x.x%) carries on into Chinese text."""
    if not nxt or _HEADING.match(nxt) or nxt[0].isspace() or "\t" in line or "\t" in nxt:
        return False
    placeholder = _PLACEHOLDER_END.search(line) is not None
    acronym = _ACRONYM_END.search(line) is not None
    if line[-1].isascii() and line[-1].isalpha() and not (placeholder or acronym):
        return False
    return not (nxt[0].isascii() and nxt[0].isalpha()) or bool(
        _PLACEHOLDER_START.match(nxt) or (acronym and _ACRONYM_START.match(nxt))
    )


_PLACEHOLDER_END = re.compile(r"(?:^|[\u4e00-\u9fff《“（(、，,])[Xx]{1,4}$")
_PLACEHOLDER_START = re.compile(r"^[Xx]{1,4}(?:[.．][Xx\d]+)?[%％万亿]")
# an upper-case acronym inside a Chinese sentence, cut by the line's end
_ACRONYM_END = re.compile(r"[\u4e00-\u9fff“（(、，,][A-Z][A-Z0-9]{0,7}$")
_ACRONYM_START = re.compile(r"^[A-Z0-9]{1,8}(?=[\u4e00-\u9fff，,。、）)”])")


_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
_CLAUSE = re.compile(r"[，,、；;。！？!?]")
_LABEL = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,3}\s*[、.．](?!\d))"
)


def blank_paragraphs(lines: list[str], adjacent: list[bool]) -> bool:
    """Whether the text sets its paragraphs off with blank lines (a wiki's or a forum's copy).

    Most sentence-ending lines are followed by a blank there, so a single line break inside a
    paragraph is no paragraph break: a page turns each link into a line of its own.
    """
    ends = [i for i in range(len(lines) - 1) if len(lines[i]) >= 20 and _ends_paragraph(lines[i])]
    spaced = sum(1 for i in ends if not adjacent[i])
    return len(ends) >= 5 and spaced * 10 >= 8 * len(ends)


def _link_line(lines: list[str], adjacent: list[bool], i: int) -> bool:
    """A short line without clause marks standing inside a sentence, lines on both sides (a link's words)."""
    if not (0 < i < len(lines) - 1 and adjacent[i - 1] and adjacent[i]):
        return False
    line, prev = lines[i], lines[i - 1]
    return (
        bool(line.strip(_INVISIBLE))
        and len(line) <= 15
        and not _CLAUSE.search(line)
        and bool(prev)
        and not _ends_paragraph(prev)
    )


def _split_sentence(lines: list[str], adjacent: list[bool], i: int, para: str) -> bool:
    """In a text with blank lines between paragraphs, line ``i`` (ending ``para``) runs on into the next.

    It does when the next line opens with a mark no line opens with, when either line is a link's words
    inside a sentence, or when the paragraph so far reads as running text (a clause mark after any
    heading label): a title block, a signature or a heading standing over its paragraph keeps its breaks.
    """
    line, nxt = lines[i], lines[i + 1]
    if _HEADING.match(nxt) or re.search(r"\S {2,}\S|[|｜]", line + nxt) or nxt[0].isspace():
        return False
    if not line.strip(_INVISIBLE) or not nxt.strip(_INVISIBLE):
        return False  # a line of invisible characters decides nothing: the page's break stays
    if line[-1].isascii() and line[-1].isalpha() and nxt[0].isascii() and nxt[0].isalpha():
        return False  # two English words
    if nxt[0] in "，,。、；;）)%％" or para.strip() in ("——", "—"):
        return True  # a mark that never opens a line; a dash lead whose words were a link
    if _link_line(lines, adjacent, i) or _link_line(lines, adjacent, i + 1):
        return True
    return bool(_CLAUSE.search(_LABEL.sub("", para, count=1)))


_OPENS_NEVER = "，,。、；;%％）)"
_CLAUSE_LINE = 16  # characters: the mean length of the clause lines of a page that breaks after every clause


def _semicolon_run_on(line: str, nxt: str) -> bool:
    """``line`` ends a clause with ``;`` and ``nxt`` carries the paragraph on: no numbered item, no layout."""
    if line[-1] not in _SOFT_END or _LABEL.match(nxt) or nxt[0].isspace() or "\t" in line + nxt:
        return False
    return bool(_CJK_CHAR.match(nxt[0]) or nxt[0].isdigit() or nxt[0] in "“‘'\"*")


def semicolon_breaks(lines: list[str], adjacent: list[bool]) -> bool:
    """Whether the page broke its paragraphs after every ``;`` (a farm's copy): three or more clause ends run
    on into an unnumbered line, they are most of the lines ending a clause, and they are sentences' clauses
    (a list of short items, ``加强组织领导；`` one a line, keeps its lines)."""
    ends = [i for i in range(len(lines) - 1) if adjacent[i] and lines[i] and lines[i][-1] in _SOFT_END]
    run_on = [i for i in ends if lines[i + 1] and _semicolon_run_on(lines[i], lines[i + 1])]
    if len(run_on) < 3 or len(run_on) * 3 < 2 * len(ends):
        return False
    return sum(len(lines[i]) for i in run_on) >= _CLAUSE_LINE * len(run_on)


def token_lines(lines: list[str]) -> bool:
    """Whether a PDF's text layer set every run of text on a line of its own (``增长`` ⏎ ``5%`` ⏎ ``;``).

    Most lines are then a few characters long, and many open with a mark no line opens with.
    """
    if len(lines) < 10:
        return False
    short = sum(1 for ln in lines if len(ln) <= 6)
    opening = sum(1 for ln in lines if ln and ln[0] in _OPENS_NEVER)
    return opening >= 5 and short * 10 >= 4 * len(lines)


def _token_runs_on(para: str, line: str, nxt: str) -> bool:
    """In a text set a token a line, ``line`` (ending ``para``) runs on into ``nxt``.

    Anything short of a sentence end runs on, but for a heading: its label takes its title, its title
    takes the pieces that hold no clause mark (``1.`` ⏎ ``特色农业提`` ⏎ ``质扩量`` ⏎ ``。``), and the
    paragraph under it (``前三季度,完成…``) stays its own; a title line (…工作报告) stays its own.
    """
    if _HEADING.match(nxt) or _TITLE_END.search(line) or re.search(r"\S {2,}\S|[|｜]", line + nxt):
        return False
    if nxt[0] in _OPENS_NEVER:
        return True
    label = _LABEL.match(para)
    if label is None:
        return True
    return not para[label.end() :].strip() or not _CLAUSE.search(nxt)


def _delivery_split(line: str, nxt: str) -> bool:
    """A delivery line broken in two: its date ⏎ its meeting (——2018年7月24日在 ⏎ …会议上), or its meeting ⏎ the
    kind of speech (——在…会议上的 ⏎ 讲话)."""
    if _SPEECH_CUT.search(line) and _SPEECH.match(nxt.strip()):
        return True
    return (
        bool(_DELIVERY_START.match(line))
        and "会上" not in line
        and "会议上" not in line
        and bool(_DELIVERY_END.search(nxt))
    )


# a particle, a preposition or a lead's 是 that no title, heading or paragraph ends with: its phrase runs on
_DANGLING = re.compile(
    r"(?:(?<!目)的|(?:^|[一二三四五六七八九十])是|关于|对于|以及|并且|而且|或者|按照|根据|围绕|为了|由于)$"
)
_SPEECH_CUT = re.compile(r"(?:会议|大会|会)上的$")
_SPEECH = re.compile(r"^(?:讲话|报告|工作报告|发言|致辞|主题报告|总结讲话)[)）]?$")


_LABEL_ONLY = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}\s*[、．])$"
)


def _label_only(line: str, nxt: str) -> bool:
    """A section label alone on its line (``一、``, ``（二）``) before its title (a bare ``一`` stays apart: joined,
    it would no longer read as a label)."""
    if _HEADING.match(nxt) or _LABEL_ONLY.match(nxt) or not _CJK_CHAR.match(nxt[0]):
        return False
    if re.fullmatch(r"[一二三四五六七八九十\d]+", nxt.strip()):
        return False  # labels listed one a line
    return bool(_LABEL_ONLY.match(line.strip()))


def _link_before_mark(lines: list[str], adjacent: list[bool], k: int) -> bool:
    """Line ``k`` is a short phrase with no sentence in it whose sentence carries on with a closing mark."""
    if k + 1 >= len(lines) or not adjacent[k] or not lines[k + 1] or lines[k + 1][0] not in _CLOSING:
        return False
    return len(lines[k]) <= 20 and not _SENTENCE.search(lines[k]) and not _HEADING.match(lines[k])


def join_points(lines: list[str], adjacent: list[bool], printed: list[str] | None = None) -> list[bool]:
    """For each line, whether it joins the next one.

    Args:
        lines: the body lines as they will be shown (junk and wrap spaces already removed).
        adjacent: ``adjacent[i]`` is True when nothing (no blank or removed line) stands between
            line ``i`` and line ``i + 1``.
        printed: each line as the file printed it (``wrap_width``); the lines themselves when not given.
    """
    printed = printed or lines
    lines = [_HALF_STOP.sub("。", line) for line in lines]  # a copy writing 。 as "." ends its sentences so
    n = len(lines)
    joins = [False] * n
    width = wrap_width(lines, printed)
    blanks = blank_paragraphs(lines, adjacent)
    tokens = not blanks and token_lines(lines)
    semis = semicolon_breaks(lines, adjacent)
    para = ""
    for i in range(n - 1):
        para = para + lines[i] if i and joins[i - 1] else lines[i]
        line, nxt = lines[i], lines[i + 1]
        if _delivery_split(line, nxt):
            joins[i] = True  # a delivery line broken over two lines, a blank between them or not
            continue
        if not adjacent[i]:
            if line and nxt and not _ends_paragraph(line) and _open_quote(line, nxt, reach=20):
                joins[i] = True  # a title broken inside its book title, a blank line between (《…发展 ⏎⏎ 规划》的通知)
            continue
        if not line or not nxt or _ends_paragraph(line):
            continue
        heading_alone = bool(_HEADING.match(line)) and not _SENTENCE.search(line)
        if _label_only(line, nxt):
            joins[i] = True  # a section label alone on its line, its title on the next (一、 ⏎ 稳中求进)
            continue
        if _DANGLING.search(line) and _CJK_CHAR.match(nxt[0]) and not _HEADING.match(nxt):
            joins[i] = True  # a word that never ends a line of its own (一是 ⏎ 发行…, 1985年的 ⏎ 工资改革)
            continue
        if line[-1] in _OPENING or (nxt[0] in _CLOSING and not heading_alone):
            joins[i] = True  # no line ends opening a bracket, none starts closing one (《 ⏎ 国防法 ⏎ 》)
            continue
        if _open_quote(para, nxt):
            joins[i] = True  # a quotation the line break cut: its closing mark is on the next line
            continue
        if _link_before_mark(lines, adjacent, i + 1) and not heading_alone:
            joins[i] = True  # a wiki's link set on a line of its own inside a sentence (所作的 ⏎ 政府工作报告 ⏎ 。)
            continue
        if blanks and _split_sentence(lines, adjacent, i, para):
            joins[i] = True
            continue
        if tokens and _token_runs_on(para, line, nxt):
            joins[i] = True
            continue
        if semis and _semicolon_run_on(line, nxt) and not heading_alone:
            joins[i] = True  # a page that breaks its paragraphs after every clause (…100%; ⏎ 累计投入…)
            continue
        if not _continues(line, nxt):
            continue
        if _FIGURE_VERB.search(line) and re.match(r"\d", nxt) and not _HEADING.match(line):
            joins[i] = True
            continue
        if _CUT_FIGURE.search(line) and _UNIT_START.match(nxt) and not _HEADING.match(line):
            joins[i] = True  # a figure cut from its unit: 发放 2023 ⏎ 年度…, 农户16.8 万 ⏎ 户
            continue
        if width is not None:
            if _fills_line(line, width, printed[i]):
                joins[i] = True
            elif nxt[0] in "，,。、；;%％）)" or (nxt[0] == "." and nxt[1:2].isdigit()):
                joins[i] = True  # a line never starts with these: the break fell before them
            continue
        short_tail = re.fullmatch(r"[\u4e00-\u9fff]{1,4}", nxt) and _HEADING.match(nxt) is None
        if _HEADING.match(line) and len(line) >= 20 and short_tail:
            joins[i] = True  # a numbered heading whose last characters fell on the next line
            continue
        toc_entry = _TOC_ENTRY.search(line) and not _AFTER_FIGURE.match(nxt)
        if re.search(r"\S {2,}\S|[|｜]", line) or _TITLE_END.search(line) or toc_entry:
            continue  # a table row, a title or a contents entry is not a cut paragraph
        if line[-1].isdigit() and not _AFTER_FIGURE.match(nxt):
            continue  # a figure ends the statement and a new paragraph opens
        listing = len(re.findall(r"[；;]", line)) >= 2 or re.search(r"[；;]", nxt)
        if line[-1] in _SOFT_END and not (len(nxt) < len(line) and listing):
            continue  # a clause ends the line; only a list of clauses running on (…；…；) continues
        if (len(line) >= 60 and not _HEADING.match(line)) or _cut_clause(line, nxt):
            joins[i] = True
    return joins


_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
_PAIRS = (("“", "”"), ("《", "》"), ("（", "）"), ("(", ")"))


def _open_quote(para: str, nxt: str, reach: int = 40) -> bool:
    """The paragraph so far leaves a quotation (or a bracket, a book title) open, and the next line, no heading,
    closes it before it opens another: the page broke the line inside the quotation (“大交通、新作为; ⏎ 大畅通”)."""
    if _HEADING.match(nxt) or len(para) < 10:
        return False
    for left, right in _PAIRS:
        if para.count(left) <= para.count(right) or para.rfind(left) < para.rfind(right):
            continue
        close, reopen = nxt.find(right), nxt.find(left)
        if 0 <= close <= reach and (reopen < 0 or close < reopen):
            return True
    return False


def _cut_clause(line: str, nxt: str) -> bool:
    """A short line of running text cut inside a clause (1、…显著提升。截止11月底,全镇实现 ⏎ 财政收入…): a full
    sentence ends inside it, so it is no title or heading alone, and it stops on a word while the next line's
    paragraph carries on."""
    if not _CJK_CHAR.match(line[-1]) or not re.search(r"[。！？]", line[:-1]):
        return False
    return len(nxt) >= 20 and bool(_CJK_CHAR.match(nxt[0])) and not _HEADING.match(nxt) and bool(_CLAUSE.search(nxt))
