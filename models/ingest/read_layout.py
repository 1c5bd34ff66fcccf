"""Turning positioned text on pages (PDF text runs, OFD text codes, OCR lines) into report paragraphs.

Every page reader hands over fragments with a box (top-down coordinates, any unit) and this module
decides the reading order: fragments grouped into lines, two-column pages read column by column,
running headers, footers and page numbers dropped, and hard-wrapped lines re-joined into paragraphs
(a Chinese paragraph starts indented; a line that reaches the right margin continues on the next).
Fragments read by OCR with low confidence are reported as spans of the output text.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from statistics import median

# a fragment whose OCR confidence is below this becomes a suspect range
LOW_CONFIDENCE = 0.85

_PAGE_NUMBER_RE = re.compile(
    r"^[\s\-—－–·•]*(?:第\s*[0-9一二三四五六七八九十百]+\s*页(?:\s*[/，,]?\s*共\s*[0-9一二三四五六七八九十百]+\s*页)?"
    r"|[0-9]{1,4}(?:\s*/\s*[0-9]{1,4})?|[ivxlcIVXLC]{1,6}|Page\s*\d+(?:\s*of\s*\d+)?)[\s\-—－–·•]*$"
)
_DIGITS_RE = re.compile(r"\d+")
# a numbering label opening a line: after a finished sentence it opens a new paragraph even at the margin
_LABEL_RE = re.compile(
    r"\s*(?:第[一二三四五六七八九十百零〇\d]+[章节条部分]|[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[)）]"
    r"|\d+[、．.](?!\d)|[①-⑳])"
)
_SPACED_RE = re.compile(r" {2,}")


@dataclass(frozen=True)
class Fragment:
    """A run of text on one line of a page, with its box (y grows downwards)."""

    x0: float
    top: float
    x1: float
    bottom: float
    text: str
    confidence: float = 1.0  # OCR confidence in [0, 1]; 1.0 for a text layer

    @property
    def height(self) -> float:
        return max(self.bottom - self.top, 0.1)


@dataclass(frozen=True)
class Page:
    """One page's fragments and its size in the fragments' unit."""

    width: float
    height: float
    fragments: tuple[Fragment, ...]


@dataclass(frozen=True)
class LaidOut:
    """Text of all pages, paragraphs separated by newlines, and the spans read with low confidence."""

    text: str
    low_confidence: tuple[tuple[int, int], ...]
    pages: int


@dataclass
class _Line:
    parts: list[Fragment]
    top: float
    bottom: float
    block: int = 0

    @property
    def x0(self) -> float:
        return min(f.x0 for f in self.parts)

    @property
    def x1(self) -> float:
        return max(f.x1 for f in self.parts)

    @property
    def height(self) -> float:
        return median(f.height for f in self.parts)

    def plain(self) -> str:
        return "".join(f.text for f in self.parts).strip()


def unspace(text: str) -> str:
    """Undo letter-spacing that extraction puts between CJK glyphs ("工 作 总 结"); leave word spacing."""
    parts = []
    for run in _SPACED_RE.split(text.strip()):
        tokens = run.split(" ")
        singles = sum(1 for t in tokens if len(t) == 1)
        if len(tokens) >= 3 and singles >= 0.8 * len(tokens):
            run = "".join(tokens)
        parts.append(run)
    return " ".join(parts)


def _group_lines(frags: list[Fragment]) -> list[_Line]:
    lines: list[_Line] = []
    for f in sorted(frags, key=lambda f: ((f.top + f.bottom) / 2, f.x0)):
        centre = (f.top + f.bottom) / 2
        if lines:
            last = lines[-1]
            overlap = min(last.bottom, f.bottom) - max(last.top, f.top)
            if overlap >= 0.5 * min(f.height, last.bottom - last.top) or last.top <= centre <= last.bottom:
                last.parts.append(f)
                last.top = min(last.top, f.top)
                last.bottom = max(last.bottom, f.bottom)
                continue
        lines.append(_Line([f], f.top, f.bottom))
    for line in lines:
        line.parts.sort(key=lambda f: f.x0)
    return lines


def _gutter(frags: list[Fragment], width: float) -> tuple[float, float] | None:
    """An empty vertical strip in the middle third that most lines leave blank: a two-column page."""
    lines = _group_lines(frags)
    if len(lines) < 8:
        return None
    step = max(width / 300, 0.5)
    bins = [0] * (int(width / step) + 2)
    for ln in lines:
        covered: set[int] = set()
        for f in ln.parts:
            covered.update(range(max(int(f.x0 / step), 0), min(int(f.x1 / step) + 1, len(bins))))
        for b in covered:
            bins[b] += 1
    lo, hi = int(width * 0.3 / step), int(width * 0.7 / step)
    best: tuple[int, int] | None = None
    run_start = None
    for b in range(lo, hi + 1):
        if bins[b] <= max(2, 0.08 * len(lines)):  # a title or two may cross the gutter
            run_start = b if run_start is None else run_start
            if best is None or b - run_start > best[1] - best[0]:
                best = (run_start, b)
        else:
            run_start = None
    char = median(f.height for f in frags)
    if best is None or (best[1] - best[0] + 1) * step < 0.8 * char:
        return None
    return best[0] * step, (best[1] + 1) * step


def _columns(page: Page) -> list[list[Fragment]]:
    """Fragments in reading blocks: one block, or full-width top, left column, right column, rest."""
    frags = [f for f in page.fragments if f.text.strip()]
    gutter = _gutter(frags, page.width) if frags else None
    if gutter is None:
        return [frags]
    g0, g1 = gutter
    left = [f for f in frags if f.x1 <= g1 and (f.x0 + f.x1) / 2 < g0]
    right = [f for f in frags if f.x0 >= g0 and (f.x0 + f.x1) / 2 > g1]
    crossing = [f for f in frags if f not in left and f not in right]
    if len(_group_lines(left)) < 5 or len(_group_lines(right)) < 5:
        return [frags]
    first = min(f.top for f in left + right)
    head = [f for f in crossing if f.bottom <= first + 1]
    tail = [f for f in crossing if f.bottom > first + 1]
    return [b for b in (head, left, right, tail) if b]


def _is_page_number(text: str) -> bool:
    return bool(_PAGE_NUMBER_RE.match(text.replace(" ", ""))) if text.strip() else False


def _running_keys(pages: list[list[_Line]]) -> set[str]:
    """Texts (digits folded) that open or close at least half of the pages (three or more).

    A two-page report has its running header opening both pages: a short line, no sentence end.
    """
    if len(pages) == 2 and all(len(lines) >= 3 for lines in pages):
        heads = {_DIGITS_RE.sub("#", lines[0].plain()) for lines in pages}
        head = heads.pop()
        return {head} if not heads and head and len(head) <= 40 and head[-1] not in "。！？；：" else set()
    if len(pages) < 3:
        return set()
    counts: Counter[str] = Counter()
    for lines in pages:
        if len(lines) < 3:
            continue  # a page of one or two lines has no body for them to run around
        ends = {_DIGITS_RE.sub("#", ln.plain()) for ln in lines[:1] + lines[-1:]}
        counts.update(ends)
    return {k for k, n in counts.items() if n >= max(3, len(pages) // 2) and k}


def _is_chrome(line: _Line, running: set[str]) -> bool:
    text = line.plain()
    return _is_page_number(text) or _DIGITS_RE.sub("#", text) in running


def _strip_chrome(pages: list[list[_Line]], sizes: list[float]) -> list[list[_Line]]:
    running = _running_keys(pages)
    out = []
    for lines, height in zip(pages, sizes, strict=True):
        kept = list(lines)
        body = median(ln.height for ln in lines) if lines else 0.0
        for _ in range(2):  # page number and running header may both sit at one edge
            if kept and _is_chrome(kept[-1], running) and kept[-1].top > height * 0.75:
                kept.pop()
            if kept and _is_chrome(kept[0], running) and kept[0].bottom < height * 0.25:
                if kept[0].height > 1.3 * body and not _is_page_number(kept[0].plain()):
                    break  # set larger than the text: page one's title, which later pages repeat as their header
                kept.pop(0)
        out.append(kept)
    return out


def _joiner(prev: str, nxt: str) -> str:
    if prev and nxt and prev[-1].isascii() and prev[-1].isalpha() and nxt[0].isascii() and nxt[0].isalpha():
        return " "
    return ""


class _Writer:
    """Accumulates output text and the spans of low-confidence fragments."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.low: list[tuple[int, int]] = []

    def add(self, text: str, confidence: float = 1.0) -> None:
        if confidence < LOW_CONFIDENCE and text.strip():
            lead = len(text) - len(text.lstrip())
            self.low.append((self.size + lead, self.size + len(text.rstrip())))
        self.parts.append(text)
        self.size += len(text)

    def tail(self) -> str:
        return self.parts[-1] if self.parts else ""


_PUNCT = set("，。、；：？！“”‘’（）《》〈〉【】〔〕「」『』—…·．,.;:?!()[]<>\"'%％")


def _spaced(before: str, after: str, gap: float, height: float) -> bool:
    """Whether a gap between two runs on a line stands for a space (glyph boxes hug the ink)."""
    if before in _PUNCT or after in _PUNCT or before.isascii() != after.isascii():
        return gap > 1.5 * height  # punctuation and digits beside CJK have narrow boxes: only cells
    if before.isascii():
        return gap > 0.25 * height  # a word space
    return gap > 0.6 * height  # a full-width space between CJK characters ("第一条　为…")


def _line_text(line: _Line, writer: _Writer) -> None:
    """Write one line: fragments far apart (table cells) are separated by a space."""
    prev: Fragment | None = None
    height = line.height
    for f in line.parts:
        text = unspace(f.text)
        if not text:
            continue
        if prev is not None:
            tail = writer.tail()
            if tail and _spaced(tail[-1], text[0], f.x0 - prev.x1, height):
                writer.add(" ")
            else:
                writer.add(_joiner(writer.tail(), text))
        writer.add(text, f.confidence)
        prev = f


def _centred(line: _Line, left: float, right: float) -> bool:
    """Set in the middle of the measure, clear of both margins (an indented paragraph line reaching the right margin
    has the same few characters' difference between its margins: 1295's indent of two against a justified end)."""
    inside = line.x0 > left + line.height and line.x1 < right - line.height
    return abs((line.x0 - left) - (right - line.x1)) < 2 * line.height and inside


def _title_wrap(prev: _Line, line: _Line, left: float, right: float, body_height: float) -> bool:
    """A title set larger than the body and centred, wrapped onto a second centred line of the same size."""
    return (
        prev.height >= 1.15 * body_height
        and abs(line.height - prev.height) <= 0.1 * prev.height
        and 0 <= line.top - prev.bottom <= 1.2 * prev.height
        and _centred(line, left, right)
        and (prev.x0 <= left + prev.height or _centred(prev, left, right))
        and not _LABEL_RE.match(line.plain())
    )


def layout(pages: list[Page]) -> LaidOut:
    """Lay out all pages' fragments as paragraphs of text (pages are not marked; paragraphs flow on)."""
    flat: list[list[_Line]] = []
    for page in pages:
        lines = []
        for i, block in enumerate(_columns(page)):
            for ln in _group_lines(block):
                ln.block = i
                lines.append(ln)
        flat.append(lines)
    stripped = _strip_chrome(flat, [p.height for p in pages])
    writer = _Writer()
    prev: _Line | None = None
    prev_right = 0.0
    for lines in stripped:
        margins = {}
        for b in {ln.block for ln in lines}:
            members = [ln for ln in lines if ln.block == b]
            rights = sorted(ln.x1 for ln in members)
            left0 = min(ln.x0 for ln in members)
            indents = any(ln.x0 > left0 + 1.5 * ln.height for ln in members)
            margins[b] = (left0, rights[int(0.9 * (len(rights) - 1))], indents)
        body_height = median(ln.height for ln in lines) if lines else 0.0
        for ln in lines:
            if not ln.plain():
                continue
            left, right, indents = margins[ln.block]
            cw = ln.height
            if prev is not None:
                continues = prev.x1 >= prev_right - 1.5 * prev.height and ln.x0 <= left + 1.2 * cw  # indent opens one
                if continues and prev.plain()[-1:] in "。！？；：" and (not indents or _LABEL_RE.match(ln.plain())):
                    continues = False  # without indented paragraph starts, a sentence end at the margin ends one
                if not continues and prev.block == ln.block:
                    continues = _title_wrap(prev, ln, left, right, body_height)
                if continues:
                    writer.add(_joiner(writer.tail().rstrip(), ln.parts[0].text.lstrip()))
                else:
                    writer.add("\n")
            _line_text(ln, writer)
            prev, prev_right = ln, right
    text = "".join(writer.parts)
    return LaidOut(text, tuple(writer.low), len(pages))
