"""A hard-wrapped copy that lost its paragraphs' indents: where the printed first lines, two characters short, show.

A PDF's text layer (and a store's copy of it) keeps the printed line breaks but not the indent that opened each
paragraph. The indent still shows in the widths: a paragraph's first line holds two characters fewer than the
printed measure (``…新质生产力稳步发展。`` 26 characters under lines of 28). Where the document prints its first
lines so, a line that is as wide as a full line cannot open a paragraph: a sentence's end (``。``) or a lead-in
colon at the end of the line before it is a sentence inside one paragraph (1282, 094), and a paragraph's first line
filling its indented measure runs on (a run-in heading ``（三）部分转移支付…体现政策`` ⏎ ``导向。…``).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from models.ingest.rejoin_marks import _CJK_CHAR, _LABEL, printed_width

_INDENT = 4  # printed columns: two characters, a paragraph's indent
_ENDS = "。！？：:"
_MIN_FIRST = 5  # first lines the indent is measured on
_MIN_FULL = 20  # full lines the measure is read from


@dataclass(frozen=True)
class Indented:
    """The document's printed measure and the narrower one of its paragraphs' first lines (printed columns)."""

    full: int

    @property
    def first(self) -> int:
        return self.full - _INDENT


def _stripped(line: str) -> str:
    return line.strip(" \t\u3000\xa0")


def indented_measure(lines: list[str], printed: list[str]) -> Indented | None:
    """The measure of a hard-wrapped document whose paragraphs' first lines are two characters short, or None.

    The measure is the commonest width of the lines a wrap cut (they end on no sentence's end); the first lines are
    those that follow a paragraph's short last line and are cut themselves. Most of them stop at the measure less
    the indent, hardly any at the measure (a copy that kept its indents, or printed none, shows no such step).
    """
    widths = [printed_width(_stripped(p)) for p in printed]
    cut = [bool(ln) and ln[-1] not in _ENDS and ln[-1] not in "，,、；;" for ln in lines]
    full = Counter(w for w, c in zip(widths, cut, strict=True) if c and w >= 40)
    if sum(full.values()) < _MIN_FULL:
        return None
    measure = full.most_common(1)[0][0]
    if full[measure] * 4 < sum(full.values()):
        return None
    firsts = [
        widths[i]
        for i in range(1, len(lines))
        if cut[i] and lines[i - 1] and lines[i - 1][-1] in _ENDS and widths[i - 1] <= measure - 2 * _INDENT
    ]
    if len(firsts) < _MIN_FIRST:
        return None
    stepped = sum(measure - _INDENT - 2 <= w <= measure - _INDENT + 1 for w in firsts)
    wide = sum(w >= measure - 1 for w in firsts)
    if stepped * 10 < 7 * len(firsts) or wide * 10 > len(firsts):
        return None
    return Indented(measure)


def runs_on(line: str, nxt: str, printed: str, printed_next: str, measure: Indented, *, first: bool) -> bool:
    """``line`` (a paragraph's first line when ``first``) carries on into ``nxt``: it fills its measure and ``nxt``
    holds a full line, so no indent opens it. ``line`` may end a sentence or a lead-in (``…3 方面：`` ⏎ ``一是…``);
    a numbered label (``（一）``, ``二、``) opening ``nxt`` starts its own paragraph however wide it is printed."""
    if not line or not nxt or _LABEL.match(nxt) or not (_CJK_CHAR.match(nxt[0]) or nxt[0].isdigit()):
        return False
    width = printed_width(_stripped(printed))
    fills = width >= (measure.first if first else measure.full) - 2
    return fills and printed_width(_stripped(printed_next)) >= measure.full - 1
