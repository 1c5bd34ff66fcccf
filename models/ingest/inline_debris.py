"""Characters to delete inside body lines: anti-copy junk tokens, spaced-out titles, PDF wrap spaces.

Every decision here is a deletion (the offset map stays exact): nothing is inserted or replaced.

* **junk tokens** (which tokens, which documents: ``inline_junk``): a junk-stamped copy's trailing tokens are removed.
* **store stamps**: a doc store's slogan, promise or number glued onto the start of its one-line copy
  (``下载后可任意编辑某局工作总结…``) is cut before the report's title.
* **spaced-out characters**: ``政 府 工 作 报 告`` reads ``政府工作报告`` (three or more single characters).
* **wrap spaces**: PDF text flattened to one line keeps a space where each printed line ended
  (``同比 下降``, ``生态环 境``); when the spaces fall at a steady period they are removed, except after a
  sentence end and before a numbered lead.
* **number spaces**: ``290.58 亿元``, ``2025 年``, ``2.6 %`` read without the space before the unit (and the
  space before such a number when it had one on both sides); the digits of a date split by spaces
  (``202 5 年``, ``7月2 2 日``) are rejoined when the joined number is a year, month or day.
* **letter-spaced stretches**: a PDF line set with a space after nearly every character
  (``市 委 十 届 七 次全 会 及 国 家 、省``) reads without those spaces.
* **decimal spaces**: a PDF's blank after a decimal point (``36. 8``), at a line's start too when the line spaces
  its other decimals so; the blanks around a ratio's colons (``13.6 ﹕ 42.1 ﹕ 44.3``); a one-line copy's lone closing
  table bar after its last sentence.
* **page debris**: a store's page markers and page-break dashes inside a clause (``inline_breaks``), a gambling
  site's name pasted into a sentence (``chrome_spam``).
"""

from __future__ import annotations

import re
from itertools import pairwise
from statistics import median

from models.ingest.chrome_spam import planted_spans, spam_spans
from models.ingest.clean_compilation import inline_contents
from models.ingest.clean_phase import phase_spaces
from models.ingest.clean_prelude import names_report
from models.ingest.clean_word_spaces import word_spaces
from models.ingest.clean_wraps import period_spaces, wrap_spaces
from models.ingest.inline_breaks import page_dash_spans
from models.ingest.inline_junk import leading_junk, trailing_junk
from models.ingest.inline_leads import LEAD as _LEAD
from models.ingest.inline_leads import leading_advert, leading_collection, leading_label, leading_stamp
from models.ingest.inline_titles import leading_store_title

_CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
_SPACED_RUN = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff](?:[ \u3000][\u4e00-\u9fff]){2,}(?![\u4e00-\u9fff])")
_UNIT = "年月日次万亿元个家人项%％户所名件条场批天倍位篇吨亩千百公平届期"
_NUM_SPACE = re.compile(rf"(?<![\dA-Za-z.])(\d+(?:\.\d+)?)( )(?=[{_UNIT}])")
_SPACED_RATE = re.compile(r"(?<= )(\d+(?:\.\d+)?)(?=[%％])")
_SENTENCE_END = "。！？!?"
# digits of a date split by single spaces: "202 5 年", "7月2 2 日", "2 0 2 4 年"
_SPACED_DIGITS = re.compile(r"(?<![\d.])\d{1,3}(?: \d{1,3})+(?= ?([年月日]))")
# a stretch set with a space after nearly every character: "市 委 十 届 七 次全 会 及 国 家 、省"; it opens on a
# letter (the blank after a sentence's mark before it, …”。 政 府 工 作 报 告, parts two lines of a one-line copy)
_SPACED_PIECE = r"[\u4e00-\u9fff、，,。；;：:]{1,2}"
_LETTER_SPACED = re.compile(
    rf"(?<![\u4e00-\u9fff])(?=[\u4e00-\u9fff])(?:{_SPACED_PIECE}[ \u3000]){{4,}}{_SPACED_PIECE}(?![\u4e00-\u9fff])"
)
_STOP = "。！？!?；;：:"
# a title line set with an even wide spacing: "工  作  总  结", "政　府　工　作　报　告"
# a decimal point with a blank after it inside a sentence (增长 36. 8、33. 3%); not an item label (：1. 2020年)
_SPACED_DECIMAL = re.compile(
    r"(?:(?<=[^\d\s.：:；;。！？])|(?<=[\u4e00-\u9fff] ))\d{1,6}\.([ \u3000])(?=\d{1,3}(?![\d.]))"
)
# the same at a line's start, where no character stands before the figure: only before an amount's unit, and only
# on a line that spaces its other decimals so (978 ⏎24. 3 亿元,比上年分别增长 36. 8、…); an item label keeps its blank
_LINE_START_DECIMAL = re.compile(r"^[ \u3000]*\d{1,6}\.([ \u3000])(?=\d{1,3}[ \u3000]?(?:亿|万|千|百|元|%|％))")
# a table's closing bar a one-line copy left after its last sentence (…分别增长11.5%和10.8%。 |: 488, 1253): the
# line holds no other bar, so no row of cells
_TRAILING_BAR = re.compile(r"(?<=[^\s|])[ \u3000]+\|[ \u3000]*$")
_SPACED_LINE = re.compile(r"^[\u4e00-\u9fff]([ \u3000]{1,4})[\u4e00-\u9fff](?:\1[\u4e00-\u9fff])+$")
# a doc store's page marker fused into the text: "第1页共8页", "第 2 页 / 共 8 页", "共8页第3页"
PAGE_MARKER = re.compile(
    r"第\s*\d{1,4}\s*页\s*[/／,，]?\s*共\s*\d{1,4}\s*页|共\s*\d{1,4}\s*页\s*[/／,，]?\s*第\s*\d{1,4}\s*页"
)
# a printed page's number a one-line copy ran into its text, between the blanks that stand for line breaks
# (…2018 年 2 月 13 日 — 1 — 珠海市2018年…, …良好态势。 —1— (一)…: 1440, 1002)
_INLINE_PAGE_NUMBER = re.compile(r"(?<=[ \u3000])[-—–－]\s?\d{1,3}\s?[-—–－](?=[ \u3000])")
# the same numbers wherever they fall, even inside a word (— 1 —关于…, …前期工— 2 —作…: 1593): a dashed number
# the next or the previous one of the line continues page by page is a page's number, whatever stands around it
_DASHED_NUMBER = re.compile(r"(?<![\dA-Za-z])[-—–－][ \u3000]?(\d{1,3})[ \u3000]?[-—–－](?!\d)")
_FLAT_LINE = 200  # characters: a page or more set on one line

# a members-only farm's notice of the text it holds back: "……(新文秘网http://…省略801字,正式会员可完整阅读)……",
# or the bare count between ellipses or dashes ("……此处隐藏2813个字……", "---此处隐藏3948字,下载后查看---")
OMISSION = re.compile(
    r"[ \u3000]?(?:[…]+|\.{3,})?\s*[(（][^()（）\n]{0,80}?省略\s*\d+\s*字[^()（）\n]{0,40}[)）]\s*(?:[…]+|\.{3,})?"
    r"|[ \u3000]?(?:…+|\.{3,}|-{3,})\s*(?:此处)?(?:隐藏|省略)了?\s*\d+\s*个?字[^…\n.\-]{0,12}(?:…+|\.{3,}|-{3,})"
)
# a form left unfilled: "撰写人: ___________ 日 期: ___________"
_FORM_BLANK = re.compile(
    r"(?:(?<=\s)|^)(?:(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff] [\u4e00-\u9fff])\s*[:：]\s*_{3,}\s*)+"
)


def _date_part(digits: str, unit: str) -> bool:
    """The joined digits are a plausible year, month or day."""
    n = int(digits)
    if unit == "年":
        return len(digits) == 4 and 1900 <= n <= 2099
    return 1 <= n <= (12 if unit == "月" else 31)


# a figure set a digit at a time (letter-spaced print), glued to the word before it and followed by a unit or
# a word: "达到7 4 7 7 2 亿元", "增长1 5 ．3 ％"
_LETTER_SPACED_FIGURE = re.compile(r"(?<=[^\d.．\s])\d(?: \d| [.．]\d)+( ?)(?=[\u4e00-\u9fff%％])")


# a ratio of three figures or more (三次产业结构 13.6 ﹕ 42.1 ﹕ 44.3: 1319, 010, 522, 1019): the blanks a PDF set
# around its colons; a lone colon between two figures may be a clock time or a field, and keeps them
_RATIO = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?:[ \u3000]?[:：﹕∶][ \u3000]?\d+(?:\.\d+)?){2,}(?![\d.])")


def _ratio_spaces(line: str) -> list[tuple[int, int]]:
    return [(i, i + 1) for m in _RATIO.finditer(line) for i in range(m.start(), m.end()) if line[i] in " \u3000"]


def _long_runs(line: str) -> bool:
    return any(sum(ch.isdigit() for ch in m.group()) >= 3 for m in _LETTER_SPACED_FIGURE.finditer(line))


def figures_spaced(lines: list[str]) -> bool:
    """The document sets its figures a digit at a time: three lines or more hold a run of three digits so set."""
    return sum(1 for line in lines if _long_runs(line)) >= 3


def _letter_spaced_figures(line: str, *, spaced: bool) -> list[tuple[int, int]]:
    """The spaces of letter-spaced figures, when the line or the document sets runs of three digits that way.

    Two single digits apart (``共有 3 5 个``) may be two figures; a run of three glued to its word is print
    spacing, and then so are the shorter runs of the line (or of the document: ``spaced``).
    """
    runs = list(_LETTER_SPACED_FIGURE.finditer(line))
    if not runs or not (spaced or _long_runs(line)):
        return []
    return [(i, i + 1) for m in runs for i in range(m.start(), m.end()) if line[i] == " "]


def spaced_digit_deletions(line: str, *, spaced: bool = False) -> list[tuple[int, int]]:
    """The spaces inside the digits of a date (``202 5 年`` -> ``2025年``), of a letter-spaced figure or of a ratio."""
    spans: list[tuple[int, int]] = _letter_spaced_figures(line, spaced=spaced) + _ratio_spaces(line)
    for m in _SPACED_DIGITS.finditer(line):
        if _date_part(m.group().replace(" ", ""), m.group(1)):
            spans.extend((i, i + 1) for i in range(m.start(), m.end()) if line[i] == " ")
            if m.start() >= 2 and line[m.start() - 1] == " " and line[m.start() - 2] in "年月":
                spans.append((m.start() - 1, m.start()))  # 2024年 11月: the date runs on
    return spans


def letter_spaced_deletions(line: str) -> list[tuple[int, int]]:
    """The spaces of a letter-spaced stretch: most of its pieces are single characters."""
    spans: list[tuple[int, int]] = []
    for m in _LETTER_SPACED.finditer(line):
        pieces = re.split(r"[ \u3000]", m.group())
        singles = sum(1 for p in pieces if len(p) == 1)
        if singles * 10 >= len(pieces) * 6:
            spans.extend((i, i + 1) for i in range(m.start(), m.end()) if line[i] in " \u3000")
    return spans


def _wrap_spaces(line: str) -> set[int]:
    """The spaces that stand where a flattened PDF's printed lines ended.

    They fall at a steady period: over the whole line, or along a chain of at least five spaces
    (a page of text after an irregular contents list). A chain whose spaces mostly follow a
    sentence end is a row of short paragraphs, not a page. When the PDF also set a space around
    every number (``20xx 年``, ``109 期``), the period shows only between wide characters, measured
    by printed width (a digit or letter is half a character).
    """
    spaces = [m.start() for m in re.finditer(r"(?<=\S) (?=\S)", line)]
    found = _periodic(line, spaces, [b - a for a, b in pairwise(spaces)])
    if found or len(spaces) < 6:
        return found
    wide = [i for i in spaces if not line[i - 1].isascii() and not line[i + 1].isascii()]
    col = [0]
    for ch in line:
        col.append(col[-1] + (0 if ch == " " else 1 if ch.isascii() else 2))
    return _periodic(line, wide, [round((col[b] - col[a]) / 2) for a, b in pairwise(wide)], skips=True)


def _periodic(line: str, spaces: list[int], gaps: list[int], *, skips: bool = False) -> set[int]:
    """The spaces at a steady period of ``gaps`` (the distances between consecutive ``spaces``).

    ``skips``: a gap of two periods continues a chain (the wrap between fell next to a number).
    """
    if len(spaces) < 6:
        return set()
    usable = [g for g in gaps if 12 <= g <= 70]
    if len(usable) < 5:
        return set()
    m = median(usable)
    # a gap of two or more printed lines is steady too (the wrap between fell next to a figure, or was lost)
    steady = sum(1 for g in gaps if g >= 0.85 * m and abs(g - round(g / m) * m) <= 0.15 * m)
    if steady >= 5 and steady * 2 >= len(gaps):
        return set(spaces)
    best: set[int] = set()
    for period in sorted({g for g in usable if g >= 16}):
        found = _chains(line, spaces, gaps, period, skips=skips)
        if len(found) > len(best):
            best = found
    return best


def _chains(line: str, spaces: list[int], gaps: list[int], period: int, *, skips: bool = False) -> set[int]:
    """Spaces along runs of gaps of one printed line (a paragraph's short last line may end a gap)."""
    found: set[int] = set()
    j = 0
    while j < len(gaps):
        k = j
        while k < len(gaps) and (
            0.78 * period <= gaps[k] <= 1.15 * period  # an indented first line, narrow digits
            or (skips and 1.8 * period <= gaps[k] <= 2.2 * period)
            or (gaps[k] < period and line[spaces[k + 1] - 1] in _STOP)
        ):
            k += 1
        chain = spaces[j + 1 : k + 1]  # the space opening the run may end a heading: it is no wrap
        stops = sum(1 for i in chain if line[i - 1] in _STOP)
        # a page of short paragraphs (a budget's 职责 list) ends many printed lines at a sentence: a chain with ten
        # wraps or more inside sentences may hold as many such ends; a shorter one, three in ten (else it is a
        # row of short paragraphs)
        if k - j >= 5 and stops * 10 <= len(chain) * (5 if len(chain) - stops >= 10 else 3):
            found.update(chain)
        j = max(k, j + 1)
    return found


def page_series(line: str) -> list[tuple[int, int]]:
    """Spans of the dashed page numbers of a flattened copy that rise one by one (``—1—`` … ``—2—``), with the blank
    after each; a lone dashed number is left to ``_INLINE_PAGE_NUMBER``'s blanks."""
    found = list(_DASHED_NUMBER.finditer(line))
    pages = [int(m.group(1)) for m in found]
    spans: list[tuple[int, int]] = []
    for k, m in enumerate(found):
        after = k + 1 < len(found) and pages[k + 1] == pages[k] + 1
        before = k > 0 and pages[k - 1] == pages[k] - 1
        if after or before:
            end = m.end() + (1 if line[m.end() : m.end() + 1] in (" ", "\u3000") else 0)
            spans.append((m.start(), end))
    return spans


def inline_deletions(
    line: str, *, junk: bool, width: int | None = None, period: int | None = None, spaced: bool = False
) -> list[tuple[int, int]]:
    """Spans of ``line`` to delete, sorted and non-overlapping.

    Args:
        line: a body line.
        junk: the document is in junk mode (trailing junk tokens are cut).
        width: the printed width the document's wrap spaces fall at (``clean_wraps.document_width``).
        period: the steady gap, in characters, between a short document's wrap spaces (``document_period``).
        spaced: the document sets its figures a digit at a time (``figures_spaced``).
    """
    spans: list[tuple[int, int]] = []
    cjk_line = len(_CJK.findall(line)) * 2 >= len(line.replace(" ", ""))
    for m in _FORM_BLANK.finditer(line):
        spans.append((m.start(), m.end()))
    advert = leading_advert(line) or leading_label(line) or leading_stamp(line) or leading_collection(line)
    if store := leading_store_title(line[advert:]):  # after a stamp or advert fused before it (编号:…, 527)
        spans.append((advert, advert + store))
    if advert:
        spans.append((0, advert))
    if len(line) >= 80 and (contents := inline_contents(line, names_report)) is not None:
        spans.append(contents)  # a one-line compilation's contents list (1006, 1129)
    spans.extend((m.start(), m.end()) for m in PAGE_MARKER.finditer(line))
    if len(line) >= _FLAT_LINE:
        spans.extend((m.start(), m.end() + 1) for m in _INLINE_PAGE_NUMBER.finditer(line))
        spans.extend(page_series(line))
    spans.extend((m.start(), m.end()) for m in OMISSION.finditer(line))
    spans.extend(page_dash_spans(line))  # a store's page-break dashes inside a clause (1784)
    spans.extend(spam_spans(line))
    spans.extend(planted_spans(line))  # a farm's claim or glyph planted in a sentence (871, 1450)
    if junk and (lead := leading_junk(line)):
        spans.append((0, lead))  # a jammer run set before the text (1978, 1257): the line's script is its text's
        cjk_line = len(_CJK.findall(line)) * 2 >= len(line[lead:].replace(" ", ""))
    if junk:
        cut = trailing_junk(line, cjk_line=cjk_line)
        if cut < len(line):
            spans.append((cut, len(line)))
            line = line[:cut]
    for m in _SPACED_RUN.finditer(line):
        spans.extend((i, i + 1) for i in range(m.start() + 1, m.end(), 2))
    if _SPACED_LINE.match(line):
        spans.extend((i, i + 1) for i, ch in enumerate(line) if ch in " \u3000")
    spans.extend(spaced_digit_deletions(line, spaced=spaced))
    spans.extend(letter_spaced_deletions(line))
    wraps = _wrap_spaces(line)
    if not wraps and width:
        wraps = wrap_spaces(line, width)
    if not wraps and period:
        wraps = period_spaces(line, period)
    wraps |= word_spaces(line) | phase_spaces(line)
    for i in sorted(wraps):
        before, after = line[i - 1], line[i + 1 :]
        if before in _SENTENCE_END or _LEAD.match(after):
            continue
        if not (before.isascii() and before.isalpha() and after[0].isascii() and after[0].isalpha()):
            spans.append((i, i + 1))  # a wrap beside a figure's marks too (``97.34% ,比``); English words keep theirs
    decimals = [(m.start(1), m.end(1)) for m in _SPACED_DECIMAL.finditer(line)]
    spans.extend(decimals)  # a PDF's blank after a decimal point: 36. 8 -> 36.8
    if decimals and (opening := _LINE_START_DECIMAL.match(line)):
        spans.append((opening.start(1), opening.end(1)))
    if line.count("|") == 1 and (bar := _TRAILING_BAR.search(line)) and re.search(r"[，,。；;]", line[: bar.start()]):
        spans.append((bar.start(), bar.end()))
    rates = [(m, False) for m in _SPACED_RATE.finditer(line)]  # 增长 7.9%: the blank a PDF set before a rate
    for m, unit_space in [*((m, True) for m in _NUM_SPACE.finditer(line)), *rates]:
        if unit_space:
            spans.append((m.start(2), m.end(2)))
        lead = m.start(1) - 1
        label = re.search(r"(?:部分|章|节|篇|、|[)）])$", line[max(0, lead - 2) : lead])  # a label ends here
        if (
            lead >= 1
            and line[lead] == " "
            and _CJK.match(line[lead - 1])
            and line[lead - 1] not in "。！？：:"
            and not label
        ):
            spans.append((lead, lead + 1))
    out: list[tuple[int, int]] = []
    for s, e in sorted(set(spans)):
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


_TITLE_JOIN = re.compile(r"[_|｜]")


def page_title_copies(chrome: list[str], body: list[str]) -> set[str]:
    """Chrome lines shaped like a web page's title (parts joined by ``_`` or ``|``, 8+ characters) that a
    hijack pasted inside two body lines or more (a copy standing as a whole line is no paste)."""
    titles = {t for t in (c.strip() for c in chrome) if len(t) >= 8 and _TITLE_JOIN.search(t)}
    return {t for t in titles if sum(1 for b in body if t in b and b.strip() != t) >= 2}


def title_copy_deletions(line: str, titles: set[str]) -> list[tuple[int, int]]:
    """A hijacked page's title pasted inside a body line (``九、<title>:机关运行经费支出说明``), with its colon.

    A line that is the title and nothing else is left to the chrome rules.
    """
    spans: list[tuple[int, int]] = []
    if line.strip() in titles:
        return spans
    for t in titles:
        for m in re.finditer(re.escape(t), line):
            end = m.end() + (1 if line[m.end() : m.end() + 1] in (":", "：") and m.end() < len(line) else 0)
            spans.append((m.start(), end))
    return spans
