"""Proposing repairs for GBK byte slips: rebuild the lost bytes and rank the characters they could decode to.

When a web page's GBK bytes are decoded one byte out of step, a character's lead byte is lost
(shown as ``?``), its trail byte survives as an ASCII character (``F`` is 0x46, the trail of
``現`` AC46), a full-width punctuation mark can be formed by the shifted bytes and normalised to
ASCII (``,`` from A3AC ``，``), and a converter may annotate the shifted character with its
reading (``fù)`` is the reading of 負 D893, formed by the previous character's trail byte D8 and
the lost lead byte 93). We rebuild the byte run with the lost lead byte unknown, try every value,
decode as GBK and rank the results by the readings that survive, character commonness and the
words they make with their neighbours. Nothing here changes text: it only proposes.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from itertools import product

from models.ingest.clean_script import is_simplified_only, t2s_char
from models.ingest.pinyin_annotations import is_cjk
from models.ingest.repair_lexicon import reading_match, word_freq

# ASCII punctuation a page may have produced from a full-width mark, and that mark.
FULL_WIDTH = {",": "，", ";": "；", ":": "：", "!": "！", ".": "。", "(": "（", ")": "）", "?": "？"}
_FULL_MARKS = frozenset(FULL_WIDTH.values())
_COMMON_PUNCT = {"。": 3.0, "，": 3.0, "、": 2.5, "；": 2.5, "：": 2.5, "！": 1.5, "？": 1.5, "“": 1.5, "”": 1.5}
_CONTEXT_CAP = 3.5
_MAX_RANKED = 8  # candidates whose context words are looked up (each look-up scans jieba's word list)


@dataclass(frozen=True)
class Garbled:
    """What survives of one slipped run, as the detector parsed it."""

    body: str  # the characters standing for trail bytes, e.g. ",F", "I", "?"
    shifted_reading: str | None  # reading of the character formed by the previous trail + lost lead ("fù")
    reading: str | None  # reading of the damaged character itself, from an annotation after the run
    prev_char: str  # the character before the run (its GBK trail byte may have formed the shifted character)
    left: str  # up to two simplified characters of clean context before the run
    right: str  # up to two simplified characters after it


@dataclass(frozen=True)
class Candidate:
    """A decoded replacement in the original script with its score points and why."""

    text: str
    points: float
    lead: int
    notes: tuple[str, ...]


@lru_cache(maxsize=65536)
def _gbk(pair: tuple[int, int]) -> str | None:
    lead, trail = pair
    if not (0x81 <= lead <= 0xFE and 0x40 <= trail <= 0xFE and trail != 0x7F):
        return None
    try:
        ch = bytes(pair).decode("gbk")
    except UnicodeDecodeError:
        return None
    return ch if len(ch) == 1 else None


def _templates(body: str) -> list[list[int | None]]:
    """Byte runs the body can stand for, each starting with the unknown lead byte (None)."""
    options: list[list[list[int | None]]] = []
    for ch in body:
        opts: list[list[int | None]] = []
        if ch == "?":
            opts.append([None])
        elif 0x40 <= ord(ch) <= 0x7E:
            opts.append([ord(ch)])
        if ch in FULL_WIDTH and ch != "?":
            opts.append(list(FULL_WIDTH[ch].encode("gbk")))
        elif ch in _FULL_MARKS:  # the copy kept the mark full width
            opts.append(list(ch.encode("gbk")))
        if not opts:
            return []
        options.append(opts)
    runs: list[list[int | None]] = []
    for combo in product(*options):
        run: list[int | None] = [None]
        for part in combo:
            run.extend(part)
        if len(run) % 2 == 0 and run.count(None) <= 2:
            runs.append(run)
    return runs


@lru_cache(maxsize=8192)
def _prior(ch: str, traditional: bool) -> float:
    """How plausible a character is in a report, before looking at its neighbours."""
    if ch in _COMMON_PUNCT:
        return _COMMON_PUNCT[ch]
    if not is_cjk(ch):
        return -2.0
    simp = t2s_char(ch)
    try:
        lead = simp.encode("gb2312")[0]
    except UnicodeEncodeError:
        lead = 0
    base = 2.0 if 0xB0 <= lead <= 0xD7 else 0.5 if 0xD8 <= lead <= 0xF7 else 0.0
    # A traditional report holds traditional forms; a simplified one holds simplified forms.
    if (traditional and is_simplified_only(ch)) or (not traditional and simp != ch):
        base -= 1.0
    return base


def _lead_options(g: Garbled) -> tuple[list[int], float, dict[int, str]]:
    """Lead bytes to try, the bonus they earn, and a note per lead (the shifted character's reading narrows them)."""
    every = list(range(0x81, 0xFF))
    if not g.shifted_reading:
        return every, 0.0, {}
    try:
        prev = g.prev_char.encode("gbk")
    except UnicodeEncodeError:
        return every, 0.0, {}
    if len(prev) != 2:
        return every, 0.0, {}
    exact: list[int] = []
    loose: list[int] = []
    shifted: dict[int, str] = {}
    for lead in every:
        ch = _gbk((prev[1], lead))
        if ch is None:
            continue
        m = reading_match(ch, g.shifted_reading)
        if m:
            shifted[lead] = ch
            (exact if m == 2 else loose).append(lead)
    if exact:
        return exact, 3.0, {b: f"错位字“{shifted[b]}”读 {g.shifted_reading}，与残留注音相符" for b in exact}
    if loose:
        return loose, 1.5, {b: f"错位字“{shifted[b]}”读音与残留注音 {g.shifted_reading} 相近" for b in loose}
    return every, 0.0, {}


def _decode(run: list[int | None], lead: int, trails: tuple[int, ...]) -> str | None:
    filled: list[int] = []
    it = iter(trails)
    for i, b in enumerate(run):
        filled.append(lead if i == 0 else (next(it) if b is None else b))
    out = []
    for i in range(0, len(filled), 2):
        ch = _gbk((filled[i], filled[i + 1]))
        if ch is None:
            return None
        out.append(ch)
    return "".join(out)


def _context_points(text: str, g: Garbled) -> tuple[float, str]:
    """Best log-frequency of a word (2-4 characters) that the candidate forms with its neighbours."""
    simp = "".join(t2s_char(c) for c in text)
    window = g.left + simp + g.right
    lo, hi = len(g.left), len(g.left) + len(simp)
    best, word = 0.0, ""
    for size in (2, 3, 4):
        for i in range(max(0, lo - size + 1), min(hi, len(window) - size + 1)):
            w = window[i : i + size]
            if not all(is_cjk(c) for c in w):
                continue
            f = word_freq(w)
            if f:
                pts = min(_CONTEXT_CAP, math.log10(f + 1))
                if pts > best:
                    best, word = pts, w
    return best, (f"与上下文组成常用词“{word}”" if word else "")


@lru_cache(maxsize=256)
def candidates(g: Garbled, *, traditional: bool) -> list[Candidate]:
    """Rank the texts the slipped run may have been, best first (empty when none decodes).

    Cached: a report repeating the same slip in the same context ranks it once; treat the
    returned list as read-only.
    """
    leads, lead_bonus, lead_notes = _lead_options(g)
    found: dict[str, Candidate] = {}
    for run in _templates(g.body):
        unknown_trails = run.count(None) - 1
        trail_space = list(product(*[[t for t in range(0x40, 0xFF) if t != 0x7F]] * unknown_trails))
        for lead in leads:
            for trails in trail_space:
                text = _decode(run, lead, trails)
                if text is None or text in found:
                    continue
                points = lead_bonus + sum(_prior(c, traditional) for c in text)
                notes = [lead_notes[lead]] if lead in lead_notes else []
                if g.reading:
                    m = reading_match(text[-1], g.reading)
                    points += (4.0, 1.5, -3.0)[(2, 1, 0).index(m)]
                    if m:
                        notes.append(f"“{text[-1]}”读 {g.reading}，与其后注音相符")
                elif unknown_trails:
                    continue  # an unknown trail byte with nothing to pin it down: too many guesses
                found[text] = Candidate(text, points, lead, tuple(notes))
    ranked = sorted(found.values(), key=lambda c: -c.points)[:_MAX_RANKED]
    rescored = []
    for c in ranked:
        pts, note = _context_points(c.text, g)
        rescored.append(Candidate(c.text, c.points + pts, c.lead, (*c.notes, note) if note else c.notes))
    return sorted(rescored, key=lambda c: -c.points)


def normalise(cands: list[Candidate], keep: int = 5, floor: float = 0.001) -> list[tuple[Candidate, float]]:
    """Turn points into shares that sum to 1 (softmax over log10 points); keep the best few above ``floor``."""
    if not cands:
        return []
    top = max(c.points for c in cands)
    weights = [10 ** (c.points - top) for c in cands]
    total = sum(weights)
    shares = [(c, w / total) for c, w in zip(cands, weights, strict=True)]
    return [(c, s) for c, s in shares if s >= floor][:keep]
