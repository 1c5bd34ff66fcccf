"""Text folding for matching: traditional to simplified, full-width to half-width, lower case, same length."""

from __future__ import annotations

import functools
import re
from pathlib import Path


@functools.cache
def _fold_table() -> dict[int, str]:
    import opencc

    table: dict[int, str] = {}
    path = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:  # a differently packaged OpenCC: search still works, without script folding
        lines = []
    for line in lines:
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        src, targets = parts[0], parts[1].split()
        if len(src) == 1 and targets and len(targets[0]) == 1 and targets[0] != src:
            table[ord(src)] = targets[0]
    for code in range(0xFF01, 0xFF5F):  # full-width ASCII -> ASCII
        table[code] = chr(code - 0xFEE0)
    table[0x3000] = " "
    for code in range(ord("A"), ord("Z") + 1):
        table[code] = chr(code + 32)
    for code in range(ord("Ａ"), ord("Ｚ") + 1):
        table[code] = chr(code - 0xFEE0 + 32)
    return table


def fold_text(text: str) -> str:
    """Fold text for matching; the result has exactly the same length as ``text``.

    Traditional characters become simplified ones character by character (OpenCC's
    table), so offsets into the folded text are offsets into ``text``.
    """
    return text.translate(_fold_table())


__all__ = ["fold_text"]


def compact(text: str) -> str:
    """The text without any whitespace (full-width spaces included): how lines are compared across layouts."""
    return re.sub(r"\s+", "", text)


def cjk_bigrams(text: str) -> set[str]:
    """Every pair of adjacent CJK characters in ``text``: how two lines are told to speak of the same thing."""
    return {text[i : i + 2] for i in range(len(text) - 1) if _CJK_PAIR.fullmatch(text[i : i + 2])}


_CJK_PAIR = re.compile(r"[\u4e00-\u9fff]{2}")
