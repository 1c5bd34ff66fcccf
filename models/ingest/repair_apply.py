"""Confident repairs of garbled runs written into the display text, each repaired character mapped into its garble.

A garbled run whose best repair the reader is confident of (``text_views.REPAIR_CONFIDENT``: a GBK shift decoded
back, a lost character its pinyin names) is read as repaired by the clerk too: the repair replaces the run in the
display text and the run leaves the suspect list. The original keeps the garble (显示原文 shows it). The offset map
stays exact: the ``k``-th repaired character maps to the ``k``-th character of the garbled original span (the last
one for a repair longer than its run), so the map stays non-decreasing and in bounds, and every repaired character
comes from the span it replaces. Runs whose best repair is not confident, or gives a rare character, stay as they
are, suspects for the clerk.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from models.ingest.clean_script import Offsets, convert_t2s, detect_script, new_offsets
from models.ingest.read_common_chars import COMMON_HAN
from models.ingest.repair_garble import find_garbles
from models.ingest.text_views import REPAIR_CONFIDENT
from models.offsets import OffsetMap
from models.types import SuspectRange


def _plausible(text: str) -> bool:
    """A repair made of common characters, its brackets paired: a score is a share among the candidates that decode,
    so a rare character (``琧`` for ``?cè)``) that alone decodes scores 1.0 all the same; report text is written in
    common characters."""
    if not text or not all(c in COMMON_HAN or not ("\u3400" <= c <= "\u9fff") for c in text):
        return False
    return brackets_paired(text)


def brackets_paired(text: str) -> bool:
    """Each opening bracket of ``text`` has its closing one: a numbered lead shifted out of step (（二）推進) may
    decode with a bracket whose pair was lost (（订推進), a repair no one should apply unread."""
    return all(text.count(a) == text.count(b) for a, b in ("（）", "()"))


@dataclass(frozen=True)
class Repaired:
    """A repair written into the display text: its display span and the garbled original span it replaced."""

    start: int
    end: int
    original_start: int
    original_end: int


def apply_confident_repairs(
    display: str, arr: Offsets, found: list[tuple[SuspectRange, int, int, bool]]
) -> tuple[str, Offsets, tuple[SuspectRange, ...], tuple[Repaired, ...]]:
    """Write each confident repair into ``display``.

    Args:
        display: the display text.
        arr: its offsets into the original, one per character and one for the end.
        found: each suspect with the original span of its garbled run, and whether the display holds the whole run
            (only a whole run is repaired).

    Returns:
        The display text and offsets with the repairs written in, the suspects left (moved with the text), and
        where the repairs stand.
    """
    chosen: list[tuple[SuspectRange, int, int]] = []
    at = 0
    for s, o_start, o_end, whole in sorted(found, key=lambda f: (f[0].start, f[0].end)):
        sure = bool(s.repairs) and s.repairs[0].score >= REPAIR_CONFIDENT and _plausible(s.repairs[0].text)
        if sure and whole and s.start >= at and s.end <= len(display) and o_start < o_end:
            chosen.append((s, o_start, o_end))
            at = s.end
    if not chosen:
        return display, arr, tuple(f[0] for f in found), ()
    parts: list[str] = []
    out = new_offsets()
    repaired: list[Repaired] = []
    moves: list[tuple[int, int]] = []  # (old end of a repaired run, shift after it)
    at, shift = 0, 0
    for s, o_start, o_end in chosen:
        text = s.repairs[0].text
        parts.append(display[at : s.start])
        out.extend(arr[at : s.start])
        begin = s.start + shift
        parts.append(text)
        out.extend(min(o_start + k, o_end - 1) for k in range(len(text)))
        repaired.append(Repaired(begin, begin + len(text), o_start, o_end))
        shift += len(text) - (s.end - s.start)
        moves.append((s.end, shift))
        at = s.end
    parts.append(display[at:])
    out.extend(arr[at:])
    new_display = "".join(parts)

    def moved(i: int) -> int:
        return i + next((d for end, d in reversed(moves) if end <= i), 0)

    taken = {id(s) for s, _a, _b in chosen}
    left = []
    for s, *_rest in found:
        if id(s) in taken or any(c.start < s.end and s.start < c.end for c, _x, _y in chosen):
            continue
        start, end = moved(s.start), moved(s.end)
        left.append(replace(s, start=start, end=end, original=new_display[start:end]))
    return new_display, out, tuple(left), tuple(repaired)


#: The reason of a mark the document view shows over a repaired garble (``repaired_marks``).
REPAIRED_REASON = "已修复的乱码"


def repaired_marks(original: str, display: str, offset_map: OffsetMap) -> tuple[SuspectRange, ...]:
    """Where the display text reads a repaired garble (at import, or by the clerk), for the document view's marks.

    Found again from the texts alone (nothing more is stored): a garbled run of the original whose display span
    reads one of its proposed repairs. Each comes back as a suspect-like range whose ``original`` is the garble and
    whose reason is ``REPAIRED_REASON``; it proposes no repair.
    """
    marks = []
    for g in find_garbles(original, traditional=detect_script(original) == "traditional"):
        start, end = offset_map.to_display(g.start), offset_map.to_display(g.end)
        if end > start and any(display[start:end] in (r.text, convert_t2s(r.text)[0]) for r in g.repairs):
            marks.append(SuspectRange(start, end, original[g.start : g.end], REPAIRED_REASON))
    return tuple(marks)
