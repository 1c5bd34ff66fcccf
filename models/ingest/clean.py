"""Cleaning decoded text into display text with an offset map back to the original.

Steps, each keeping a per-character array of original offsets so the map stays exact:

1. Garbled runs are found first (``成效?,F(xiàn)將``); they stay in the display text and become
   suspect ranges with proposed repairs. An annotation right after a garbled run belongs to the
   damaged character and is dropped with it.
2. Pinyin annotations right after a CJK character are removed (``當(dāng)前`` -> ``當前``).
3. Runs of ``?`` standing for lost full-width spaces become ideographic spaces (trimmed at line ends).
4. Traditional text is converted to simplified (OpenCC t2s tables), so lines are classified in one
   script; in a simplified text only the lines written in traditional script are converted.
5. Lines are classified: page chrome and metadata header lines leave the body (kept in
   ``chrome_lines`` / ``header_lines``); body lines are trimmed and blank lines collapsed.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from models.ingest.chrome_lines import classify_line
from models.ingest.clean_script import (
    Offsets,
    convert_t2s,
    convert_traditional_lines,
    convert_with_map,
    detect_script,
    new_offsets,
)
from models.ingest.pinyin_annotations import annotation_spans
from models.ingest.repair_garble import Garble, find_garbles
from models.offsets import OffsetMap
from models.types import Repair, Script, SuspectRange


@dataclass(frozen=True)
class CleanText:
    """Display text, its map to the original, and what cleaning set aside."""

    display_text: str
    offset_map: OffsetMap  # display offset -> offset in the decoded original text
    script: Script
    suspects: tuple[SuspectRange, ...] = ()
    # metadata header lines removed from the body (already simplified), e.g. "发布机构: 市经信局"
    header_lines: tuple[str, ...] = ()
    # web-page chrome removed (breadcrumb, 字体:加大 减小, footer), kept for inspection
    chrome_lines: tuple[str, ...] = field(default_factory=tuple)
    # pinyin annotations removed from the body, as (original start, original end)
    removed_annotations: tuple[tuple[int, int], ...] = ()


_QMARK_RUN_RE = re.compile(r"[?？]{2,}|(?:(?<=\n)|^)[ \t\u3000\xa0]*[?？](?![?？])", re.MULTILINE)
_QUESTION_END = "吗嗎呢么麼吧"
_SPACE = "\u3000"
_TRIM = " \t\r\xa0\u3000\ufeff"


def _overlaps(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    if not spans:
        return False
    i = bisect_left(spans, (s, s))
    return any(a < e and s < b for a, b in spans[max(0, i - 1) : i + 2])


def _qmark_edits(text: str, busy: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Runs of ``?`` standing for lost full-width spaces, as edits replacing each ``?`` with a space."""
    edits: list[tuple[int, int, str]] = []
    if "?" not in text and "？" not in text:
        return edits
    for m in _QMARK_RUN_RE.finditer(text):
        s, e = m.start(), m.end()
        while text[s] not in "?？":
            s += 1  # the single-mark form may start with blanks
        if _overlaps(busy, s, e):
            continue
        before = text[s - 1] if s > 0 else "\n"
        after = text[e] if e < len(text) else "\n"
        if (before.isascii() and before.isalpha()) or (after.isascii() and after.isalpha()):
            continue
        at_end = text[e:].split("\n", 1)[0].strip(_TRIM) == ""
        if at_end and before in _QUESTION_END:
            continue  # "为什么呢??" ends a question
        edits.append((s, e, _SPACE * (e - s)))
    return edits


def _apply(text: str, edits: list[tuple[int, int, str]]) -> tuple[str, Offsets]:
    """Apply non-overlapping edits; each inserted character maps to its source span, in step."""
    pieces: list[str] = []
    arr = new_offsets()
    last = 0
    for s, e, repl in sorted(edits):
        if s < last:
            continue
        pieces.append(text[last:s])
        arr.extend(range(last, s))
        if repl:
            pieces.append(repl)
            arr.extend([min(s + i, e - 1) for i in range(len(repl))])
        last = e
    pieces.append(text[last:])
    arr.extend(range(last, len(text)))
    return "".join(pieces), arr


def _lines(s1: str, arr1: Offsets) -> tuple[str, Offsets, list[str], list[str]]:
    """Drop chrome and header lines, trim body lines, collapse blank lines."""
    out: list[str] = []
    arr = new_offsets()
    headers: list[str] = []
    chrome: list[str] = []
    pending: list[int] = []  # S1 indices of newlines since the last emitted line
    adjacent = True
    pos = 0
    n = len(s1)
    while pos <= n:
        nl = s1.find("\n", pos)
        end = n if nl < 0 else nl
        line = s1[pos:end]
        a = len(line) - len(line.lstrip(_TRIM))
        b = len(line.rstrip(_TRIM))
        if b > a:
            kind = classify_line(line[a:b])
            if kind.kind == "body":
                if out:
                    seps = pending[:1] if adjacent else pending[:2]
                    out.append("\n" * len(seps))
                    arr.extend(arr1[i] for i in seps)
                out.append(line[a:b])
                arr.extend(arr1[pos + a : pos + b])
                pending = []
                adjacent = True
            else:
                if kind.header:
                    headers.append(kind.header)
                if kind.chrome:
                    chrome.append(kind.chrome)
                adjacent = False
        else:
            adjacent = False
        if nl < 0:
            break
        pending.append(nl)
        pos = nl + 1
    return "".join(out), arr, headers, chrome


def _suspects(garbles: list[Garble], display: str, arr: Offsets) -> tuple[SuspectRange, ...]:
    found = []
    for g in garbles:
        start = bisect_left(arr, g.start)
        end = bisect_left(arr, g.end)
        if start >= len(display) or arr[start] != g.start or end <= start:
            continue  # the run sat on a line that left the body
        # The display is simplified, so a repair replacing display text is proposed in simplified script.
        repairs = tuple(Repair(convert_t2s(r.text)[0], r.score, r.explanation) for r in g.repairs)
        found.append(SuspectRange(start, end, display[start:end], g.reason, repairs))
    return tuple(found)


def clean(text: str) -> CleanText:
    """Turn decoded report text into display text with an exact offset map.

    Args:
        text: the decoded original text (``"\\n"`` newlines).

    Returns:
        The display text (simplified script, without pinyin annotations, page chrome
        or metadata header lines), a map from every display offset to the original,
        the detected script, suspect ranges with proposed repairs, and the header
        and chrome lines that were set aside. Never raises on any ``str`` input.
    """
    script = detect_script(text)
    traditional = script == "traditional"
    garbles = find_garbles(text, traditional=traditional)
    edits: list[tuple[int, int, str]] = [(s, e, "") for g in garbles for s, e in g.drop]
    busy = sorted([(g.start, g.end) for g in garbles] + [(s, e) for s, e, _ in edits])
    # Annotations hold only pinyin letters, so one overlapping a garbled run must contain one of its ends.
    covered = {i for s, e in busy for i in range(s, e)}
    annotations = annotation_spans(text)
    if covered:
        annotations = [(s, e) for s, e in annotations if s not in covered and e - 1 not in covered]
    edits.extend((s, e, "") for s, e in annotations)
    busy = sorted(busy + annotations)
    edits.extend(_qmark_edits(text, busy))
    s1, arr1 = _apply(text, edits)
    if traditional:
        s1, arr1 = convert_with_map(s1, arr1)
    else:
        s1, arr1 = convert_traditional_lines(s1, arr1)  # traditional paragraphs in a simplified report
    display, arr, headers, chrome = _lines(s1, arr1)
    arr.append(arr[-1] + 1 if arr else 0)
    offset_map = OffsetMap.from_array(arr, len(text))
    removed = tuple(sorted([(s, e) for g in garbles for s, e in g.drop] + annotations))
    return CleanText(
        display_text=display,
        offset_map=offset_map,
        script=script,
        suspects=_suspects(garbles, display, arr),
        header_lines=tuple(headers),
        chrome_lines=tuple(chrome),
        removed_annotations=removed,
    )
