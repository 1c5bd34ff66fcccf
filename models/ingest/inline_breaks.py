"""A doc store's page-break marks set inside a clause: a run of dashes between two characters of a sentence.

A store that flattens its pages onto one line marks where a page ended with a run of dashes, wherever in the
sentence that fell (1784 ``…均可————超额完成…``, ``8————摊闲置厂房…``, ``…进一步的突————破;``). Chinese prose
writes a dash as a 破折号, two dashes between phrases (``一个目标——建设…``, a delivery line's or a lead's dash); a
run of four or more between two characters of one clause is no punctuation. The evidence that the page set it, not
the writer, is a word it parts: in the same line a run parts a common word (``突破``) or a figure from its measure
word (``8————摊``); a line whose runs part no word keeps them (a blank to fill, ``在————的领导下``).
"""

from __future__ import annotations

import re

from models.ingest.repair_lexicon import COMMON_WORD, word_freq

# four or more dashes between a character or a figure and a character, the clause running on both sides
_RUN = re.compile(r"(?<=[\u4e00-\u9fff\d])[—―]{4,}(?=[\u4e00-\u9fff])")


def _parts_word(line: str, m: re.Match[str]) -> bool:
    """The run parts a common word (``突————破``) or a figure from the word after it (``8————摊``)."""
    before, after = line[m.start() - 1], line[m.end()]
    return before.isdigit() or word_freq(before + after) >= COMMON_WORD


def page_dash_spans(line: str) -> list[tuple[int, int]]:
    """The spans of ``line``'s page-break dash runs to take out, when one of them parts a word (see the module)."""
    runs = list(_RUN.finditer(line))
    if not any(_parts_word(line, m) for m in runs):
        return []
    return [(m.start(), m.end()) for m in runs]
