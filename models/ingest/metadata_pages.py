"""Page layouts that hide a report's head from the line-based reading: a doc store's numbered chunks."""

from __future__ import annotations

import re

_CHUNK = re.compile(r"^(\d{1,2})、")


def unchunk_head(numbered: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A doc store's preview chunks (``1、…`` ``2、…``, each a page flattened into one line) opened up.

    The store numbers its chunks and writes each page as one line whose runs of blanks stand for the
    page's line breaks. The first chunk's number is dropped and its blank-separated pieces become the
    lines of the head, so the report's own title and date line are read as lines again.
    """
    firsts = [m.group(1) for _pos, line in numbered[:4] if (m := _CHUNK.match(line))]
    opening = _CHUNK.match(numbered[0][1]) if numbered else None
    if opening is None or firsts[:2] != ["1", "2"] or any(len(line) < 80 for _pos, line in numbered[:2]):
        return numbered
    pos, first = numbered[0]
    out: list[tuple[int, str]] = []
    offset = opening.end()
    for m in re.finditer(r"\S+", first[offset:]):
        out.append((pos + offset + m.start(), m.group(0)))
    return out + numbered[1:]
