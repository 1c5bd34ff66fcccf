"""The display text's lines as the metadata reads them (a box-drawing rule read as a dash) and the signature
closing them: the organisation and the date under the report."""

from __future__ import annotations

import re

from models.ingest.metadata_candidates import ORG_SUFFIX
from models.ingest.metadata_dates import find_dates, is_date_line

_ORG_LINE = re.compile(rf"^[\u4e00-\u9fff（）()、·]{{2,40}}(?:{ORG_SUFFIX})$")


def display_lines(text: str) -> list[tuple[int, str]]:
    """The text's non-blank lines, stripped, each with its offset in ``text``."""
    out = []
    pos = 0
    for raw in text.split("\n"):
        # a box-drawing rule set for a dash (──2015年1月6日在…会议上): read as the dash it stands for
        s = raw.strip().replace("─", "—").replace("━", "—")
        if s:
            out.append((pos, s))
        pos += len(raw) + 1
    return out


# 中共某市商务局党组 ⏎ 2021年: a signature whose date line keeps only its year (or month): the body signs, no day
_YEAR_ONLY = re.compile(
    r"^(?:(?:19|20)\d\d|二[〇○零][〇○零一二三四五六七八九]{2})\s*年\s*(?:[\d一二三四五六七八九十]{1,2}\s*月)?$"
)


def signature(lines: list[tuple[int, str]]) -> tuple[str | None, str | None]:
    """The organisation and date that sign the report at its end (the organisation alone over a date line that
    keeps only its year)."""
    tail = lines[-6:]
    if len(tail) >= 2 and _YEAR_ONLY.match(tail[-1][1]) and _ORG_LINE.match(tail[-2][1]):
        return tail[-2][1], None
    for i in range(len(tail) - 1, -1, -1):
        line = tail[i][1]
        dates = find_dates(line)
        if not dates:
            continue
        start, end, iso = dates[-1]
        if is_date_line(line):
            org = tail[i - 1][1] if i > 0 else ""
            return (org if _ORG_LINE.match(org) else None), iso
        prefix = line[:start].strip(" \u3000")
        if _ORG_LINE.match(prefix) and not line[end:].strip(" \u3000日"):
            return prefix, iso  # "某某局 2020年12月31日" on one line
        return None, None
    return None, None
