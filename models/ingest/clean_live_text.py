"""A live text's (文字直播) marks on its lines: the speaker's tag opening them (``[温家宝]:``) and the clock stamp
closing them (``[09:05]``), cut when three lines or more carry the stamp and a speaker's tag opens two or more."""

from __future__ import annotations

import re

# a clock stamp closing a line in square brackets: [09:05], 【9:35】 (an agenda's times in parentheses are its text)
_STAMP = re.compile(r"[ \t\u3000]*[\[【]\d{1,2}[:：]\d{2}[\]】][ \t\u3000]*$")
# a speaker's tag opening a line: a bracketed name of two to six letters and a colon ([温家宝]:, 【主持人】：)
_TAG = re.compile(r"^[ \t\u3000]*([\[【][\u4e00-\u9fff·]{2,6}[\]】])[:：]")
_LEAST = 3  # lines carrying the stamp: fewer is a time a text writes, not a live text's clock


def live_text(lines: list[str]) -> frozenset[str] | None:
    """The speaker tags of a live text (None when the text is none): three lines or more close with a clock stamp,
    and a tag opens two lines or more (the name the live text gives its speaker each time); a text writing times
    alone, or a bracketed label once, is no live text."""
    if sum(1 for line in lines if _STAMP.search(line)) < _LEAST:
        return None
    tags: dict[str, int] = {}
    for line in lines:
        if (m := _TAG.match(line)) is not None:
            tags[m.group(1)] = tags.get(m.group(1), 0) + 1
    speakers = frozenset(tag for tag, count in tags.items() if count >= 2)
    return speakers or None


def live_text_deletions(line: str, tags: frozenset[str] | None) -> list[tuple[int, int]]:
    """The spans of ``line`` a live text's marks take: its speaker's tag with the colon, its closing clock stamp."""
    if tags is None:
        return []
    cuts = []
    if (m := _TAG.match(line)) is not None and m.group(1) in tags:
        cuts.append((0, m.end()))
    if (s := _STAMP.search(line)) is not None and s.start() >= (cuts[0][1] if cuts else 0):
        cuts.append((s.start(), s.end()))
    return cuts
