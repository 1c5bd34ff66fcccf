"""Lazy look-ups used to rank repair candidates: character readings (pypinyin) and word frequencies (jieba).

Both libraries are slow to import and initialise (jieba builds a 350k-word prefix dictionary), and
repairs are needed only for the rare report with garbled characters. So we read their data files
directly, once, and only when a garble is found: pypinyin's character table (``pinyin_dict.json``)
and jieba's word list (``dict.txt``, split into byte lines and sorted once, about 40 ms, then searched by bisection).
"""

from __future__ import annotations

import json
from bisect import bisect_left
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

from models.ingest.pinyin_annotations import toneless


def _package_dir(name: str) -> Path | None:
    spec = find_spec(name)
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent


@lru_cache(maxsize=1)
def _pinyin_table() -> dict[str, str]:
    """Decimal code point -> comma-separated tone-marked readings."""
    d = _package_dir("pypinyin")
    if d is None or not (d / "pinyin_dict.json").exists():
        return {}
    raw: dict[str, str] = json.loads((d / "pinyin_dict.json").read_text(encoding="utf-8"))
    return raw


@lru_cache(maxsize=1)
def _word_lines() -> list[bytes]:
    d = _package_dir("jieba")
    if d is None or not (d / "dict.txt").exists():
        return []
    lines = (d / "dict.txt").read_bytes().split(b"\n")
    lines.sort()
    return lines


def readings(ch: str) -> tuple[str, ...]:
    """Tone-marked readings of one character (``"現"`` -> ``("xiàn",)``), empty if unknown."""
    if len(ch) != 1:
        return ()
    raw = _pinyin_table().get(str(ord(ch)))
    return tuple(raw.split(",")) if raw else ()


@lru_cache(maxsize=65536)
def reading_match(ch: str, pinyin: str) -> int:
    """2 if ``ch`` has reading ``pinyin`` with the same tone, 1 if only without tones, 0 otherwise."""
    rs = readings(ch)
    if pinyin in rs:
        return 2
    plain = toneless(pinyin)
    return 1 if any(toneless(r) == plain for r in rs) else 0


def chars_with_reading(pinyin: str) -> tuple[str, ...]:
    """All characters one of whose readings is exactly ``pinyin`` (tone included)."""
    return tuple(chr(int(cp)) for cp, rs in _pinyin_table().items() if pinyin in rs.split(","))


COMMON_WORD = 100  # a word's frequency in the dictionary: a rarer pair of characters may be two words by chance


@lru_cache(maxsize=8192)
def word_freq(word: str) -> int:
    """Frequency of ``word`` in jieba's dictionary (simplified Chinese), 0 if absent."""
    lines = _word_lines()
    if not lines or not word:
        return 0
    key = word.encode("utf-8") + b" "
    i = bisect_left(lines, key)
    if i >= len(lines) or not lines[i].startswith(key):
        return 0
    try:
        return int(lines[i].split(b" ")[1])
    except (IndexError, ValueError):
        return 0
