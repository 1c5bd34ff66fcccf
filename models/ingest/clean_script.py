"""Script detection and fast traditional -> simplified conversion with OpenCC's t2s dictionaries.

``opencc-python-reimplemented`` converts correctly but slowly (about 6 µs a character). Its
``t2s`` conversion is a phrase table (longest phrase wins) followed by a character table, both
almost always one character for one. We load those same two OpenCC tables once and apply them
with ``str.translate`` plus one regex pass for phrases, which keeps the offset map exact: a
phrase whose replacement has a different length is reported as a block.
"""

from __future__ import annotations

import re
from array import array
from dataclasses import dataclass
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path
from typing import Protocol, TypeAlias

from models.types import Script

# Per-character original offsets: a machine-int array (8 bytes an entry rather than a list's ~36).
Offsets: TypeAlias = "array[int]"


def new_offsets() -> Offsets:
    """An empty offsets array."""
    return array("q")


_SAMPLE = 60_000  # characters looked at to decide the script
_CJK_RE = re.compile("[\u4e00-\u9fff]")


@dataclass(frozen=True)
class _Tables:
    chars: dict[int, str]  # code point -> simplified (only where it differs)
    phrases: dict[str, str]
    phrase_re: re.Pattern[str] | None
    simplified_only: frozenset[str]  # characters that s2t would change (simplified forms)
    every_re: re.Pattern[str] | None  # any phrase of OpenCC's table, longest first
    drop_trad: dict[int, None]  # translate tables that delete one class, for fast counting
    drop_simp: dict[int, None]


def _dictionary_dir() -> Path:
    spec = find_spec("opencc")
    if spec is None or spec.origin is None:
        raise RuntimeError("opencc-python-reimplemented is not installed")
    return Path(spec.origin).parent / "dictionary"


def _read_table(path: Path) -> dict[str, str]:
    table: dict[str, str] = {}
    with path.open(encoding="utf-8") as f:
        for line in f:
            key, _, values = line.rstrip("\n").partition("\t")
            if key and values:
                table[key] = values.split(" ")[0]
    return table


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    d = _dictionary_dir()
    chars = {ord(k): v for k, v in _read_table(d / "TSCharacters.txt").items() if len(k) == 1 and v != k}
    # Only phrases whose conversion differs from character-by-character conversion matter.
    phrases = {k: v for k, v in _read_table(d / "TSPhrases.txt").items() if k.translate(chars) != v}
    phrase_re = every_re = None
    if phrases:
        keys = sorted(phrases, key=len, reverse=True)
        phrase_re = re.compile("|".join(re.escape(k) for k in keys))
        every = sorted((k for k in _read_table(d / "TSPhrases.txt") if len(k) > 1), key=len, reverse=True)
        every_re = re.compile("|".join(re.escape(k) for k in every))
    st = _read_table(d / "STCharacters.txt")
    simplified_only = frozenset(k for k, v in st.items() if len(k) == 1 and v != k and ord(k) not in chars)
    return _Tables(
        chars,
        phrases,
        phrase_re,
        simplified_only,
        every_re,
        dict.fromkeys(chars),
        dict.fromkeys(ord(c) for c in simplified_only),
    )


def t2s_char(ch: str) -> str:
    """The simplified form of one character by the character table (phrases ignored)."""
    return _tables().chars.get(ord(ch), ch) if len(ch) == 1 else ch


def t2s_table() -> dict[int, str]:
    """The character table for ``str.translate`` (one character for one; phrases ignored)."""
    return _tables().chars


def is_simplified_only(ch: str) -> bool:
    """True for a character that exists only in simplified form (``担``, ``现``)."""
    return ch in _tables().simplified_only


def detect_script(text: str) -> Script:
    """Return ``"traditional"`` when traditional-only characters outnumber simplified-only ones.

    Counts characters that t2s would change against characters that only exist in
    simplified form; a text with at least 1% traditional-only characters among its
    CJK characters, and more of them than simplified-only ones, is traditional.
    """
    tables = _tables()
    sample = text[:_SAMPLE]
    trad = len(sample) - len(sample.translate(tables.drop_trad))
    if trad == 0:
        return "simplified"
    simp = len(sample) - len(sample.translate(tables.drop_simp))
    cjk = len(_CJK_RE.findall(sample))
    return "traditional" if trad > simp and trad * 100 >= cjk else "simplified"


def convert_t2s(text: str) -> tuple[str, list[tuple[int, int, int]]]:
    """Convert traditional to simplified the way OpenCC ``t2s`` does.

    Returns:
        The converted text and the blocks whose length changed, as
        ``(start_in_input, end_in_input, length_in_output)``, in order. When the
        list is empty the conversion was one character for one.
    """
    out, blocks = _convert_leftmost(text)
    if blocks:
        return out, blocks
    for start, end in _overlapping_phrase_segments(text):
        exact = _opencc_t2s().convert(text[start:end])
        if len(exact) == end - start:
            out = out[:start] + exact + out[end:]
    return out, blocks


def _convert_leftmost(text: str) -> tuple[str, list[tuple[int, int, int]]]:
    """The fast conversion: the character table, then phrases leftmost-longest (OpenCC's own order takes the
    longest phrase first, which differs only where two phrases overlap; see ``_overlapping_phrase_segments``)."""
    tables = _tables()
    out = text.translate(tables.chars)
    if tables.phrase_re is None:
        return out, []
    pieces: list[str] = []
    blocks: list[tuple[int, int, int]] = []
    last = 0
    for m in tables.phrase_re.finditer(text):
        value = tables.phrases[m.group()]
        pieces.append(out[last : m.start()])
        pieces.append(value)
        if len(value) != m.end() - m.start():
            blocks.append((m.start(), m.end(), len(value)))
        last = m.end()
    if not pieces:
        return out, []
    pieces.append(out[last:])
    return "".join(pieces), blocks


# OpenCC's sentence separators (no phrase crosses one): it converts each stretch between them on its own.
_SEPARATOR_RE = re.compile(
    r"\s+|[-,.?!*\u3000，。、；：？！…“”‘’『』「」﹁﹂—－（）《》〈〉～．／＼︒︑︔︓︿﹀︹︺︙︐［﹇］﹈︕︖︰︳︴︽︾︵︶｛︷｝︸﹃﹄【︻】︼]"
)


def _overlapping_phrase_segments(text: str) -> list[tuple[int, int]]:
    """The stretches between OpenCC's separators in which two phrases of its table overlap (``藉助於呼哀哉``:
    藉助於 and 於呼哀哉) — the only places where taking the longest phrase first differs from leftmost-first."""
    every_re = _tables().every_re
    if every_re is None:
        return []
    # A phrase overlapping another starts inside the leftmost-longest match that hides it.
    hits = [p for m in every_re.finditer(text) for p in range(m.start() + 1, m.end()) if every_re.match(text, p)]
    if not hits:
        return []
    segments: list[tuple[int, int]] = []
    for pos in hits:
        if segments and pos < segments[-1][1]:
            continue
        before = [m.end() for m in _SEPARATOR_RE.finditer(text, 0, pos)]
        after = _SEPARATOR_RE.search(text, pos)
        segments.append((before[-1] if before else 0, after.start() if after else len(text)))
    return segments


class _Converter(Protocol):
    def convert(self, string: str) -> str: ...


@lru_cache(maxsize=1)
def _opencc_t2s() -> _Converter:
    from opencc import OpenCC

    converter: _Converter = OpenCC("t2s")
    return converter


def convert_with_map(text: str, offsets: Offsets) -> tuple[str, Offsets]:
    """Convert ``text`` (t2s) and carry its per-character ``offsets`` along.

    ``offsets`` has one entry per character of ``text``; a block that changed
    length maps its output characters proportionally onto the block's inputs,
    which keeps the result non-decreasing.
    """
    out, blocks = convert_t2s(text)
    if not blocks:
        return out, offsets
    new = array("q")
    last = 0
    for start, end, length in blocks:
        new.extend(offsets[last:start])
        span = end - start
        new.extend(offsets[start + (i * span) // length] for i in range(length))
        last = end
    new.extend(offsets[last:])
    return out, new


def convert_traditional_lines(text: str, offsets: Offsets) -> tuple[str, Offsets]:
    """Convert only the lines written in traditional script (for a mostly simplified text).

    A line is converted when its traditional-only characters outnumber its
    simplified-only ones, so a simplified paragraph quoting a traditional name is
    left alone while a traditional paragraph pasted into a simplified report is
    simplified like the rest.
    """
    tables = _tables()
    if len(text) == len(text.translate(tables.drop_trad)):
        return text, offsets
    pieces: list[str] = []
    new = array("q")
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        trad = len(line) - len(line.translate(tables.drop_trad))
        if trad and trad > len(line) - len(line.translate(tables.drop_simp)):
            out, mapped = convert_with_map(line, offsets[pos:end])
            pieces.append(out)
            new.extend(mapped)
        else:
            pieces.append(line)
            new.extend(offsets[pos:end])
        if end < len(text):
            pieces.append("\n")
            new.append(offsets[end])
        pos = end + 1
    return "".join(pieces), new
