"""A statistical bulletin's or report's notes section (``注释：``, ``附注：``, ``资料来源：``) and its bracketed notes
``[1]``, ``[2]``…: where it opens and how its items are numbered (split out of ``outline_lists``)."""

from __future__ import annotations

import re

from models.ingest.outline_lines import Label, Line, is_body

_BRACKET_NOTE = re.compile(r"[\[［](\d{1,2})[\]］]")
NOTES = re.compile(r"(附注|注释|注|资料来源)[:：](?=$|[0-9０-９①]|（?[1１][)）])")


def opens_notes(text: str, lines: list[Line], i: int) -> bool:
    """Line ``i`` opens a notes section (``注释：``, ``注:1.本公报…``, ``资料来源：``): on a line of its own
    after a paragraph. After table rows (short cells) the same ``注：1、…`` annotates the table: no heading."""
    line = lines[i]
    if i == 0 or line.split or NOTES.match(text, line.start, line.end) is None:
        return False
    return is_body(text, lines[i - 1])


def note_label(text: str, lines: list[Line], i: int) -> Label | None:
    """``[2]`` opening line ``i`` in a bulletin's notes section: its notes ``[1]``, ``[2]``…, numbered as ``①``
    notes are (1291, 1295). Only when ``[1]`` stands right under ``注释：`` and the notes follow it in order line by
    line: a ``[1]`` anywhere else is a footnote mark or a reference."""
    m = _BRACKET_NOTE.match(text, lines[i].start, lines[i].end)
    if m is None:
        return None
    value, at = int(m.group(1)), i
    while value - (i - at) > 1:
        at -= 1
        prev = _BRACKET_NOTE.match(text, lines[at].start, lines[at].end) if at > 0 else None
        if prev is None or int(prev.group(1)) != value - (i - at):
            return None
    if value < 1 or at < 1 or not opens_notes(text, lines, at - 1):
        return None
    return Label("circled", value, m.end())
