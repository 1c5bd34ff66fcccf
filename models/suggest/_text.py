"""Text helpers shared by the suggesters: sentences, clauses, quotes and fallback headings."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator

from models.ingest.rejoin import visual_width
from models.ingest.rejoin_width import wrap_width
from models.suggest._glosses import toneless_glosses
from models.suggest.numbers import UNIT_NAMES, UNIT_PATTERN
from models.types import Section, walk_sections

SENTENCE_END = "。！？；;!?\n"
_SENTENCE_END_RE = re.compile(f"[{re.escape(SENTENCE_END)}]")
CLAUSE_END = SENTENCE_END + '，,：:、（）()【】“”"《》'

_HEADING_RE = re.compile(
    r"^[ \t\u3000]*(?P<label>[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d+[.．、](?!\d))"
    r"(?P<title>[^\n]*)$",
    re.M,
)


def sentence_start(text: str, pos: int) -> int:
    """Index just after the sentence end that precedes ``pos``."""
    ends = _sentence_ends(text)
    i = bisect.bisect_left(ends, pos)
    return ends[i - 1] + 1 if i else 0


_ends_cache: tuple[str, list[int]] = ("", [])


def _sentence_ends(text: str) -> list[int]:
    # keyed by identity: comparing a 300 KB key on every lookup would cost more than it saves
    global _ends_cache
    cached_text, ends = _ends_cache
    if cached_text is not text:
        ends = [m.start() for m in _SENTENCE_END_RE.finditer(text)]
        _ends_cache = (text, ends)
    return ends


def sentence_end(text: str, pos: int) -> int:
    """Index of the sentence end at or after ``pos`` (or the text length)."""
    n = len(text)
    i = pos
    while i < n and text[i] not in SENTENCE_END:
        i += 1
    return i


def in_quotes(text: str, pos: int, window: int = 16) -> bool:
    """Whether ``pos`` sits inside a short “…” or "…" quotation."""
    left = text.rfind("“", max(0, pos - window), pos)
    if left >= 0 and "”" not in text[left:pos]:
        right = text.find("”", pos, pos + window)
        return right >= 0
    return False


_WRAP_HEAD_RE = re.compile(
    r"\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．](?!\d)|\d{1,2}、|第[一二三四五六七八九十]+[部章节])"
)


def _wrap_width(lines: list[str]) -> int | None:
    """The width a file was hard-wrapped at, when a quarter of its lines share it (±2)."""
    lengths = [len(x.rstrip()) for x in lines]
    long = [n for n in lengths if n >= 20]
    if len(long) < 3:
        return None
    counts: dict[int, int] = {}
    for n in long:
        counts[n] = counts.get(n, 0) + 1
    width = max(counts, key=lambda n: (sum(counts.get(n + d, 0) for d in (-2, -1, 0, 1, 2)), n))
    near = sum(counts.get(width + d, 0) for d in (-2, -1, 0, 1, 2))
    return width if near >= max(3, len([n for n in lengths if n]) // 4) else None


_DIGIT_AFTER_WORD_RE = re.compile(
    r"[\u4e00-\u9fff]\d+(?:[ \u2009\u00a0]\d{3})*(?:\.\d+)?$"
)  # 223 961: thousands set apart
_WORD_THEN_FIGURE_RE = re.compile(r"[\u4e00-\u9fff]{1,2}[-−]?\d")
_SPLIT_FIGURE_END_RE = re.compile(r"[\u4e00-\u9fff](?:[^\s。！？；]{0,30}[\u4e00-\u9fff])?[,，]?\d+\.?\d*$")
_FIGURE_END_RE = re.compile(r"\d(?:[\u4e00-\u9fff%‰]{0,4})[,，]?(?:同|比|较|同比)?$")
_CHANGE_NEXT_RE = re.compile(
    r"(?:同?比|环比|较|比上年|较上年)?[^\d。；;\n，,]{0,8}?(?:增长|下降|增加|减少|提高|上升|降低|回落|增|降)(?:了)?[-−]?\d"
)
_LONE_FIGURE_RE = re.compile(r"\s*\d+(?:[.,]\d+)*\s*")
_UNIT_START_RE = re.compile(rf"\s*(?:[余多]|[万亿千]|{UNIT_PATTERN})")
_SPLIT_FIGURE_NEXT_RE = re.compile(r"(?:\.?\d+(?:\.\d+)?)(?:%|‰|[万亿千]?[\u4e00-\u9fff])|[%‰]")


def unwrap(text: str) -> tuple[str, list[int] | None]:
    """Join lines a hard-wrapped file broke at a fixed width (``完成377⏎.4亿元,增⏎长11.8%``), a figure
    broken from the words before it (``巩固率达到⏎98%``), and a figure set apart by spaces (``增长 3.2 %``).

    Returns:
        ``(joined, keep)``: ``keep[i]`` is the index in ``text`` of ``joined[i]``; ``keep`` is None when
        nothing was joined (the text is returned as is).
    """
    drop: set[int] = set()
    for m in _FIGURE_SPACE_RE.finditer(text):
        drop.update(range(m.start(), m.end()))
    for m in _THOUSANDS_SPACE_RE.finditer(text):
        drop.update(i for i in range(m.start(), m.end()) if text[i] in " \u2009\u00a0")
    drop.update(_wrap_spaces(text))
    drop.update(m.start("gap") for m in _SPLIT_DIGITS_RE.finditer(text))
    drop.update(m.start("gap") for m in _SPLIT_DECIMAL_RE.finditer(text))
    drop.update(_split_units(text))
    drop.update(toneless_glosses(text))
    if "\n" not in text:
        return _kept(text, drop)
    lines = text.split("\n")
    width = _wrap_width(lines)
    pos = 0
    for k, line in enumerate(lines[:-1]):
        end = pos + len(line)
        stripped = line.rstrip()
        nxt = lines[k + 1]
        wrapped = width is not None and len(stripped) >= width - 4
        # a sentence cut before its figure: the line runs on without punctuation into a number
        cut_figure = len(stripped) >= 10 and "\u4e00" <= stripped[-1:] <= "\u9fff" and nxt[:1].isdigit()
        # (or before a figure alone on its line whose unit opens the line after: 播种蔬菜⏎2700⏎亩)
        cut_figure = cut_figure or (
            "\u4e00" <= stripped[-1:] <= "\u9fff"
            and k + 2 < len(lines)
            and _LONE_FIGURE_RE.fullmatch(nxt) is not None
            and _UNIT_START_RE.match(lines[k + 2]) is not None
        )
        # a figure broken inside a prose line (增加值38.7⏎5亿元, 增长28.⏎6%), in a text the cleaner partly re-joined
        split_figure = (
            len(stripped) >= 20
            and _SPLIT_FIGURE_END_RE.search(stripped) is not None
            and _SPLIT_FIGURE_NEXT_RE.match(nxt) is not None
        )
        # a level's change carried to the next line (…201.05亿元,同⏎比下降3.7%; …18.9亿元,⏎增长13%): no paragraph
        # ends on a comma or inside a word, and none opens on the change of the figure before it
        change_next = (
            len(stripped) >= 10
            and (stripped[-1:] in ",，" or "\u4e00" <= stripped[-1:] <= "\u9fff")
            and _FIGURE_END_RE.search(stripped) is not None
            and _CHANGE_NEXT_RE.match(nxt) is not None
        )
        # a figure's unit or a word before a figure carried to the next line (达到21618⏎元; 同比增⏎长16%)
        unit_next = (
            len(stripped) >= 10  # a PDF wrapped at 36 cells holds 18 characters a line
            and stripped[-1:].isdigit()
            and _DIGIT_AFTER_WORD_RE.search(stripped) is not None
            and _UNIT_START_RE.match(nxt) is not None
        )
        # a ratio cut after one of its colons (结构由2002年的20.2:48.0:⏎31.8调整为…)
        ratio_cut = re.search(r"\d[:：∶]$", stripped) is not None and nxt[:1].isdigit()
        word_split = (
            len(stripped) >= 20
            and "\u4e00" <= stripped[-1:] <= "\u9fff"
            and _WORD_THEN_FIGURE_RE.match(nxt) is not None
        )
        # a figure alone on its line between the words it belongs to (基地⏎2⏎个。: PDF text runs): joined on both sides
        lone_figure = (
            k > 0
            and pos - 1 in drop
            and _LONE_FIGURE_RE.fullmatch(stripped) is not None
            and _UNIT_START_RE.match(nxt) is not None
        )
        if (
            (
                wrapped
                or cut_figure
                or split_figure
                or lone_figure
                or change_next
                or unit_next
                or word_split
                or ratio_cut
            )
            and (stripped[-1:] not in "。！？；：:!?;" or ratio_cut)
            and nxt[:1].strip()
            and not _WRAP_HEAD_RE.match(nxt)
        ):
            drop.update(range(pos + len(stripped), end + 1))
        pos = end + 1
    return _kept(text, drop)


# PDF text sets figures apart with spaces (生产总值 212.65 亿元，增长 3.2 %): the spaces between a figure and the
# words or signs around it are dropped; spaces between two figures (table columns) are kept, and those before an
# item's label (总结  1、2017年自治区…: a one-line text's run of spaces, 1980)
_FIGURE_SPACE_RE = re.compile(
    r"(?<=[\d%‰])[ \u3000\xa0]+(?=[\u4e00-\u9fff，。、；：%‰）)])"
    r"|(?<=[\u4e00-\u9fff，。、；：（(])[ \u3000\xa0]+(?=\d)(?!\d{1,2}、)"
)


# thousands grouped by spaces as typeset (生产总值223 961万元, 纯收入2 310元): one figure when a unit follows
# (a space before is a PDF's, as in 收入 9 081万元; a figure before it is a table column)
_THOUSANDS_SPACE_RE = re.compile(
    r"(?<![\d.])(?<![\d.%][ \u3000\u2009\u00a0])\d{1,3}(?:[ \u2009\u00a0]\d{3})+(?=(?:\.\d+)?\s?[\u4e00-\u9fff%])"
)


_SINGLE_SPACE_RE = re.compile(r"(?<=\S) (?=\S)")
# a figure a wrap turned space cut (同比增长1 2.8%, 下降4 .2%, 预算支出48 4.5亿元, 7 0万吨): one space between the
# digits of a figure with its unit; a figure with a decimal point before the space, or a run of figures, is a
# table's columns (12.5 13.6%, 5 6 7%), and 223 961 (a thousands group) reads the same joined
_SPLIT_DIGITS_RE = re.compile(
    rf"(?<![\d.])(?<!\d )\d{{1,6}}(?P<gap> )\.?\d+(?:\.\d+)?(?=\s?(?:[%‰]|[万亿千]?(?:{UNIT_PATTERN})))"
)


# a figure a wrap turned space cut right after its decimal point (小康指数为98. 5%): no figure ends on a point
_SPLIT_DECIMAL_RE = re.compile(rf"(?<![\d.])\d{{1,6}}\.(?P<gap> )\d+(?=\s?(?:[%‰]|[万亿千]?(?:{UNIT_PATTERN})))")
# a unit a wrap turned space cut (8平方公 里, 3.5万 元): the two parts after a figure make one unit
_SPLIT_UNIT_RE = re.compile(r"(?<=\d)(?P<head>[\u4e00-\u9fff]{1,3})(?P<gap> )(?P<tail>[\u4e00-\u9fff]{1,3})")


def _split_units(text: str) -> list[int]:
    """Spaces inside a unit right after a figure (``8平方公 里``): the unit runs on over the space."""
    out = []
    for m in _SPLIT_UNIT_RE.finditer(text):
        head, joined = m.group("head"), m.group("head") + m.group("tail")
        if any(joined.startswith(u) and len(u) > len(head) for u in UNIT_NAMES):
            out.append(m.start("gap"))
    return out


def _wrap_spaces(text: str) -> list[int]:
    """Single spaces that stand for a PDF's line wraps (``同 比下降``, ``377 .4亿元``, ``增长1 2.8%``).

    The text is cut at its single spaces and line breaks; when the pieces are lines of one printed width (the
    reader's own test of a hard-wrapped text), the space after each piece that reaches that width is a wrap.
    A page run together with one space per paragraph, or figures set apart by spaces, has no such width.
    """
    cuts = [m.start() for m in _SINGLE_SPACE_RE.finditer(text)]
    if len(cuts) < 4:
        return []
    pieces: list[tuple[str, int]] = []  # each piece, and the space after it (-1: a line break or the end)
    start = 0
    spaces = iter(cuts)
    nxt = next(spaces, -1)
    for line in re.finditer(r"[^\n]+", text):
        start = line.start()
        while 0 <= nxt < line.end():
            pieces.append((text[start:nxt], nxt))
            start = nxt + 1
            nxt = next(spaces, -1)
        pieces.append((text[start : line.end()], -1))
    width = wrap_width([p for p, _ in pieces])
    if width is None:
        return []
    tol = max(4, width // 8)
    return [at for p, at in pieces if at >= 0 and visual_width(p) >= width - tol]


def _kept(text: str, drop: set[int]) -> tuple[str, list[int] | None]:
    """The text without the ``drop`` indices, and the original index of each character kept."""
    if not drop:
        return text, None
    keep: list[int] = []
    pieces: list[str] = []
    last = 0
    for i in sorted(drop):
        if i > last:
            keep.extend(range(last, i))
            pieces.append(text[last:i])
        last = i + 1
    keep.extend(range(last, len(text)))
    pieces.append(text[last:])
    return "".join(pieces), keep


def iter_sentences(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of each non-blank sentence (end includes its punctuation)."""
    end = len(text) if end is None else end
    i = start
    while i < end:
        j = i
        while j < end and text[j] not in SENTENCE_END:
            j += 1
        stop = min(j + 1, end) if j < end and text[j] != "\n" else j
        s, e = i, stop
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            yield s, e
        i = max(stop, j + 1)


_INLINE_HEADING_RE = re.compile(
    r"(?<=[。！？；;：:\s])(?P<label>[一二三四五六七八九十]{1,3}、)(?P<title>[^。！？；;：:\s、，,]{2,30})(?=[。：:\s])"
)


def fallback_sections(text: str) -> tuple[Section, ...]:
    """Flat sections from heading-like lines, for when the outline is missing.

    Level 1: ``一、``; level 2: ``(一)``; level 3: ``1.``. Each section runs to the next
    heading of the same or a higher level.
    """
    found: list[tuple[int, int, int, str, str]] = []
    for m in _HEADING_RE.finditer(text):
        label = m.group("label")
        level = 1 if label.endswith("、") and not label[0].isdigit() else 2 if label[0] in "(（" else 3
        found.append((level, m.start("label"), m.end(), label, m.group("title").strip()))
    if any(len(line) > 120 for line in text.split("\n")):
        # a page run together on one line: its headings stand inside the line (…12公里。 二、2024年工作计划 (一)…)
        at_line = {start for _, start, _, _, _ in found}
        for m in _INLINE_HEADING_RE.finditer(text):
            if m.start("label") not in at_line:
                found.append((1, m.start("label"), m.end(), m.group("label"), m.group("title")))
        found.sort(key=lambda h: h[1])
    out: list[Section] = []
    for idx, (level, start, heading_end, label, title) in enumerate(found):
        end = len(text)
        for later in found[idx + 1 :]:
            if later[0] <= level:
                end = later[1]
                break
        out.append(Section(level, label, title, start, end, heading_end))
    return tuple(out)


def all_sections(text: str, sections: tuple[Section, ...]) -> list[Section]:
    """Every section of the outline, or fallback headings when the outline is empty."""
    flat = list(walk_sections(sections))
    return flat if flat else list(fallback_sections(text))


class Spans:
    """Non-overlapping ``[start, end)`` spans with O(log n) overlap checks."""

    @classmethod
    def merged(cls, spans: list[tuple[int, int]]) -> Spans:
        """Spans from possibly overlapping ones (nested sections), merged."""
        out = cls()
        for start, end in sorted(spans):
            if out._ends and start <= out._ends[-1]:
                out._ends[-1] = max(out._ends[-1], end)
            else:
                out._starts.append(start)
                out._ends.append(end)
        return out

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps a stored span."""
        i = bisect.bisect_left(self._starts, end) - 1
        return i >= 0 and self._ends[i] > start

    def contains(self, pos: int) -> bool:
        """Whether ``pos`` lies inside a stored span."""
        return self.overlaps(pos, pos + 1)

    def add(self, start: int, end: int) -> None:
        """Store a span (callers only add spans that overlap nothing stored)."""
        i = bisect.bisect_left(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)

    def mapped(self, to: Callable[[int], int]) -> Spans:
        """The same spans with every offset passed through ``to`` (an increasing map)."""
        out = Spans()
        out._starts = [to(x) for x in self._starts]
        out._ends = [to(x) for x in self._ends]
        return out

    def replace(self, old: tuple[int, int], new: tuple[int, int]) -> None:
        """Swap a stored span for a wider or narrower one."""
        i = bisect.bisect_left(self._starts, old[0])
        if i < len(self._starts) and self._starts[i] == old[0] and self._ends[i] == old[1]:
            del self._starts[i]
            del self._ends[i]
        self.add(*new)
