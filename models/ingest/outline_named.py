"""A named series of heads: one noun numbered 一, 二, 三… (亮点一：…, 举措二：…), each over its own paragraph.

A township's or a bureau's summary may number its sub-heads with a noun of its own choosing rather than a bracket
(``亮点一：招商引资零突破。`` ⏎ paragraph ⏎ ``亮点二：新农村建设显雏形。`` ⏎ paragraph): the label is the noun and its
numeral (its colon dropped, as for ``附件1：``), the title the short phrase after it. The evidence is the series
itself: two or more lines open with the same noun numbered on from 一, each a short phrase over a paragraph. A
numbered noun that names a figure, a table, a box, an attachment or a farm's essay (``图表一：``, ``专栏二``,
``附件一：``, ``篇一：``) is no heading, and ``其一`` / ``之一`` are words of a sentence.
"""

from __future__ import annotations

import re

from models.ingest.outline_lines import Candidate, Line, cn_number, is_body

_NAMED = re.compile(r"([\u4e00-\u9fff]{2,4}?)([一二三四五六七八九十]{1,3})[：:][ \u3000]*")
_NOT_NOUN = re.compile(r"专栏|附件|附录|[图表篇其之第]$")
_TITLE_END = re.compile(r"[。！？!?；;：:]")
TITLE_MAX = 30  # characters of a named head's title (a longer stretch is a sentence)
SERIES_MIN = 2
NAMED_SCORE = 2.0  # as much as a numbered heading alone on its line over its paragraph
STYLE = "named"


def named_series(text: str, lines: list[Line], taken: set[int]) -> list[Candidate]:
    """The heads of every series of one noun numbered from 一 (two or more), each a short title over a paragraph."""
    by_noun: dict[str, list[Candidate]] = {}
    for i, line in enumerate(lines[:-1]):
        if i in taken or line.split:
            continue
        m = _NAMED.match(text, line.start, line.end)
        if m is None or _NOT_NOUN.search(m.group(1)):
            continue
        stop = _TITLE_END.search(text, m.end(), line.end)
        end = line.end if stop is None else stop.start()
        if stop is not None and stop.end() != line.end:
            continue  # a sentence goes on after the phrase: a lead, not a head over its paragraph
        if not 2 <= end - m.end() <= TITLE_MAX or not is_body(text, lines[i + 1]):
            continue
        value = cn_number(m.group(2))
        if value is None:
            continue
        cand = Candidate(i, STYLE, value, line.start, m.end(2), m.end(), end)
        cand.score = NAMED_SCORE
        by_noun.setdefault(m.group(1), []).append(cand)
    out: list[Candidate] = []
    for series in by_noun.values():
        values = [c.value for c in series]
        if len(series) >= SERIES_MIN and values == list(range(1, len(series) + 1)):
            out.extend(series)
    return out
