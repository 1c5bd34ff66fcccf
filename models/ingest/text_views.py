"""Same-length views of the display text for reading: Chinese punctuation a copy wrote half-width, made full-width;
the line breaks a one-line copy wrote as blanks that cleaning took out (``blanks_taken_out``); the display text with
its confidently repaired garbles read as repaired (``repaired_view``, not the same length: it carries an offset map).

A report reaches the clerk as it was written, but many web copies write the Chinese punctuation of a report in its
ASCII forms (``，。：；（）`` as ``,.:;()``). The readers (outline, metadata) lean on the full-width forms to tell a
sentence from a title, so they read a *view*: the display text with each ASCII mark that stands as Chinese
punctuation replaced by its full-width form, one character for one character, so every offset stays the display
text's. Numbers (``1,234`` ``1.5`` ``10:30``), labels (``1.`` ``一.``), URLs and English are left as they are.
"""

from __future__ import annotations

import re
from dataclasses import replace

from models.types import Section, SuspectRange

# Chinese characters, and the full-width marks that only stand in Chinese text: what a Chinese mark stands beside.
_CJK_CHARS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_MARKS = "\u3001\u3002\u3008-\u3011\u3014-\u301b\u201c\u201d\u2018\u2019\uff01\uff08\uff09\uff0c\uff1a\uff1b\uff1f"
_CJK = f"[{_CJK_CHARS}{_CJK_MARKS}]"
_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", ".": "。", "(": "（", ")": "）"}

# ``, ; : ! ?`` with Chinese on either side (a ``?`` in a run of them is a lost character, not a question).
_CLAUSE_MARK = re.compile(rf"(?<={_CJK})[,;:!]|[,;:!](?={_CJK})|(?<={_CJK})\?(?![?？])|(?<![?？])\?(?={_CJK})")
# ``.`` ending a sentence: Chinese (or a percentage) before it, and what opens a sentence (Chinese, a number, a
# quote, a bracket), a blank or the line's end after it. Never a decimal, a numbered label (``1.``), an
# abbreviation or a host name: those have no Chinese before.
# (a template's placeholder for a figure or a name stands for Chinese too: …位居全市前X.一、上半年…)
_FULL_STOP = re.compile(
    rf"(?:(?<=[{_CJK_CHARS}%）”’」』】》])|(?<=[{_CJK_CHARS}][Xx*＊])|(?<=[{_CJK_CHARS}][Xx*＊]{{2}}))"
    rf"\.(?=[{_CJK_CHARS}0-9\u2460-\u24ff“”‘’\"'「『《（(\s]|$)"
)
# a Chinese numeral label (``一.`` ``十二.``) at a line start or after a blank or a mark: its dot stays a label's
_NUMERALS = "一二三四五六七八九十〇零"
_CJK_CHAR = re.compile(f"[{_CJK_CHARS}]")
# brackets around Chinese (``(一)`` ``(2022年)`` ``(试行)``) on one line, short, unnested
_BRACKETS = re.compile(rf"\((?=[^()（）\n]{{0,40}}\))(?=[^()（）\n]*[{_CJK_CHARS}])[^()（）\n]*\)")


def _replace_at(chars: list[str], positions: list[int]) -> bool:
    changed = False
    for i in positions:
        full = _FULL[chars[i]]
        if chars[i] != full:
            chars[i] = full
            changed = True
    return changed


def _after_numeral_label(text: str, at: int) -> bool:
    """Whether ``text[:at]`` ends with a Chinese numeral label (``一`` ``十二``) standing on its own."""
    start = at
    while start > 0 and at - start < 5 and text[start - 1] in _NUMERALS:
        start -= 1
    if start == at or at - start > 4:
        return False
    return start == 0 or not _CJK_CHAR.match(text[start - 1])


# a ``.`` between Chinese phrases with only a short phrase after it on its line (初见成效.农村经济稳定增长 ⏎): a title's
# two phrases, whatever the copy writes its full stops with; the outline's title rule reads it as written
# (a comma after it makes the rest a clause: 因城施策去库存.目前…库存仍然较多,要 ⏎ is a paragraph its line wraps)
PHRASE_REST_MAX = 40  # characters after the dot to the line's end (outline_lines.BODY_MIN_CHARS: a paragraph)
_PHRASE_REST = re.compile(rf"(?<=[{_CJK_CHARS}])\.(?=[{_CJK_CHARS}][^\n.。!?！？;；,，]{{0,{PHRASE_REST_MAX - 1}}}\n)")


def _marks(text: str, full_stops: int) -> list[int]:
    """Offsets of the ASCII marks of ``text`` that stand as Chinese punctuation (``full_stops``: the ``。`` the copy
    itself wrote)."""
    found = [m.start() for m in _CLAUSE_MARK.finditer(text)]
    phrases = {m.start() for m in _PHRASE_REST.finditer(text)}
    stops = [
        m.start()
        for m in _FULL_STOP.finditer(text)
        if not _after_numeral_label(text, m.start()) and m.start() not in phrases
    ]
    # a copy that writes its full stops ``。`` uses a ``.`` between Chinese for something else (初见成效.农村经济…)
    if len(stops) > full_stops:
        found += stops
    for m in _BRACKETS.finditer(text):
        found += (m.start(), m.end() - 1)
    return found


def full_width_view(text: str) -> str:
    """``text`` with the ASCII marks that stand as Chinese punctuation in their full-width forms (same length).

    One mark made full-width may put Chinese beside the next (``(一),``), so the marks are looked for again until
    none is left: the view of a view is itself.
    """
    if not any(c in text for c in _FULL):
        return text
    chars = list(text)
    current = text
    full_stops = text.count("。")
    while _replace_at(chars, _marks(current, full_stops)):
        current = "".join(chars)
    return current


def display_slice(display: str, view: str, start: int, end: int, piece: str) -> str:
    """``piece`` (read from ``view[start:end]``, maybe with spans left out) in the display text's own characters.

    The view changes only marks, one for one, so each character of ``piece`` is found in order in the view's span
    and taken from the display text at the same offset.
    """
    if display == view or not piece:
        return piece
    out: list[str] = []
    at = start
    for c in piece:
        found = view.find(c, at, end)
        if found < 0:
            return piece
        out.append(display[found])
        at = found + 1
    return "".join(out)


def in_display_text(sections: tuple[Section, ...], display: str, view: str) -> tuple[Section, ...]:
    """``sections`` read from ``view`` with their labels and titles in the display text's own characters."""
    if display == view:
        return sections

    def own(s: Section) -> Section:
        label = display[s.start : s.start + len(s.label)]
        title = display_slice(display, view, s.start + len(s.label), s.heading_end, s.title)
        return replace(s, label=label, title=title, children=tuple(own(c) for c in s.children))

    return tuple(own(s) for s in sections)


_HAN = re.compile(f"[{_CJK_CHARS}]")
WRAP_SHARE = 0.3  # of the pieces between blanks (WRAP_MIN or longer) that share one length (± WRAP_SLACK): a line width
WRAP_SLACK = 2
WRAP_MIN = 12  # characters of a line width (shorter pieces are letter-spacing or list items)
WRAP_LINES_MIN = 5  # pieces of the line width (a few paragraphs of one length are no width)


_SENTENCE_STOP = set("。！？；!?;")  # a blank after one of these is a break or a wrap: a piece of the text starts there
_LONE_CLOSE = set("，,；;、")  # the marks inside a sentence no piece opens a lone character before


def blanks_taken_out(original: str, display: str, to_original: list[int]) -> frozenset[int]:
    """Display offsets ``i`` where the original had one blank (space, tab, ideographic space) between
    ``display[i - 1]`` and ``display[i]``, both Chinese, that cleaning took out, where it stood for a line break:
    a copy run together on one line writes each break as a blank. In a PDF copy whose wraps became blanks
    (``…法律法 规。``) a piece as long as the page's line width ends in a wrap, not a break: only a blank after a
    shorter piece (a title or a paragraph's last line) counts, a piece measured from the last blank taken out between
    two Chinese characters or after a sentence's end (``…提出意见。 一、…回顾 刚刚…``: the heading's six characters,
    not the paragraph's last line with them). Nor does a blank with one character after it before a
    comma (``环境保护方 式,努力``): no piece opens with a lone character and a comma; it parted a word."""
    taken, prev, pieces = [], 0, []
    for i in range(1, len(display)):
        a, b = to_original[i - 1], to_original[i]
        if b - a != 2 or original[a + 1] not in " \t\u3000":
            continue
        if _HAN.match(display[i - 1]) and _HAN.match(display[i]):
            # the piece of the display text between the last break (or a line start) and the blank that ends it
            pieces.append(i - max(prev, display.rfind("\n", 0, i) + 1))
            taken.append(i)
            prev = i
        elif display[i - 1] in _SENTENCE_STOP:
            prev = i  # a blank after a sentence's end starts a piece too (…提出意见。 一、…回顾 刚刚…: 一、…回顾)
    if not taken:
        return frozenset()
    counts: dict[int, int] = {}
    for n in pieces:
        if n >= WRAP_MIN:
            counts[n] = counts.get(n, 0) + 1
    width = max(counts, key=lambda n: sum(counts.get(n + d, 0) for d in range(-1, 2)), default=0)
    near = sum(counts.get(width + d, 0) for d in range(-WRAP_SLACK, WRAP_SLACK + 1))
    # (every blank counts toward the width; one parting a word before a lone character and a mark is no break)
    if width and near >= max(WRAP_LINES_MIN, WRAP_SHARE * len(pieces)):
        taken = [i for i, n in zip(taken, pieces, strict=True) if n < width - WRAP_SLACK]
    return frozenset(i for i in taken if display[i + 1 : i + 2] not in _LONE_CLOSE)


REPAIR_CONFIDENT = 0.8  # the score of a suspect's best repair that the readers take as its reading


def repaired_view(display: str, suspects: tuple[SuspectRange, ...]) -> tuple[str, list[int]]:
    """``display`` with each suspect whose best repair is confident read as repaired (``。ㄒ唬┘涌燹D(zhuǎn)`` as
    ``（一）加快转``), and for each offset of the view (and its end) the display offset it stands for.

    The display text keeps its garbles for the clerk; the readers read through them. The map is non-decreasing:
    the characters of a repair all stand at its spot's start, the offset after it at the spot's end. Without a
    confident repair the view is ``display`` itself.
    """
    parts: list[str] = []
    to_display: list[int] = []
    at = 0
    for s in sorted(suspects, key=lambda r: (r.start, r.end)):
        if not s.repairs or s.repairs[0].score < REPAIR_CONFIDENT or s.start < at or s.end > len(display):
            continue
        parts.append(display[at : s.start])
        to_display.extend(range(at, s.start))
        parts.append(s.repairs[0].text)
        to_display.extend([s.start] * len(s.repairs[0].text))
        at = s.end
    if not parts:
        return display, list(range(len(display) + 1))
    parts.append(display[at:])
    to_display.extend(range(at, len(display) + 1))
    return "".join(parts), to_display


def view_offsets(offsets: frozenset[int], to_display: list[int]) -> frozenset[int]:
    """Display ``offsets`` as offsets of a view (``repaired_view``); those inside a repaired spot are dropped."""
    back: dict[int, int] = {}
    for i, d in enumerate(to_display):
        back.setdefault(d, i)
    return frozenset(back[d] for d in offsets if d in back)


def at_display_offsets(sections: tuple[Section, ...], to_display: list[int]) -> tuple[Section, ...]:
    """``sections`` read from a view (``repaired_view``) with their offsets in the display text."""

    def own(s: Section) -> Section:
        return replace(
            s,
            start=to_display[s.start],
            end=to_display[s.end],
            heading_end=to_display[s.heading_end],
            children=tuple(own(c) for c in s.children),
        )

    return tuple(own(s) for s in sections)
