"""Pinyin glosses without tone marks that a mirror site leaves in the text (總值(zhi)(zhi)593034億(yi)元(yuan)): the
statement readers skip them, as the cleaner drops the tone-marked ones."""

from __future__ import annotations

import re

from models.ingest.pinyin_annotations import CJK_CLASS, is_pinyin

# one gloss or a run of them right after a character: 億(yi)元(yuan)(yuan)
_GLOSS_RE = re.compile(rf"(?<=[{CJK_CLASS}])(?:\([a-z]{{1,6}}\))+")
_TONED = str.maketrans("aeiouv", "āēīōūǖ")
# a text glossed so is glossed throughout; a few letters in brackets elsewhere ((a), (men)) are no gloss
_FEWEST = 5


def _syllable(word: str) -> bool:
    """Whether ``word`` reads as one or more pinyin syllables (a tone mark set on its first vowel for the check)."""
    vowel = re.search(r"[aeiouv]", word)
    if vowel is None:
        return False
    i = vowel.start()
    return is_pinyin(word[:i] + word[i].translate(_TONED) + word[i + 1 :])


def toneless_glosses(text: str) -> list[int]:
    """Indices of every character of the toneless glosses in ``text`` (none unless the text holds several)."""
    if "(" not in text:
        return []
    runs = [m for m in _GLOSS_RE.finditer(text) if all(_syllable(w) for w in re.findall(r"[a-z]+", m.group(0)))]
    if len(runs) < _FEWEST:
        return []
    return [i for m in runs for i in range(m.start(), m.end())]
