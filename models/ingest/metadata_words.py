"""jieba's dictionary read as word sets: the words it knows as other than places and uses often, every two-letter
word, and the words used very often (the evidence that letters of a text are a word, not a place's name)."""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def _word_sets() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """From one pass over jieba's dictionary: the two- and three-letter words it knows as something other than a
    place and uses often (比如, 惠民, 小康, 振兴: a county named like them is no evidence bare or glued), and
    every two-letter word (to tell letters across two words, 湖南开展, from a name), and the words used very
    often (建设, 发展: never a town's name, whatever town bears it)."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:
        return frozenset(), frozenset(), frozenset()
    common, pairs, frequent = set(), set(), set()
    try:
        with (Path(spec.origin).resolve().parent / "dict.txt").open(encoding="utf-8") as lines:
            for line in lines:
                parts = line.split()
                if len(parts) != 3 or not 2 <= len(parts[0]) <= 3:
                    continue
                if len(parts[0]) == 2:
                    pairs.add(parts[0])
                if parts[2] != "ns" and parts[1].isdigit() and int(parts[1]) > 100:
                    common.add(parts[0])
                    if int(parts[1]) > 1000:
                        frequent.add(parts[0])
    except OSError:
        return frozenset(), frozenset(), frozenset()
    return frozenset(common), frozenset(pairs), frozenset(frequent)


def _common_words() -> frozenset[str]:
    return _word_sets()[0]


def _two_letter_words() -> frozenset[str]:
    return _word_sets()[1]
