"""Compact lists: numbered items on consecutive lines with nothing under them, whose last item holds no section.

A report states a short list (``（一）要使粮食生产…。`` ⏎ ``（二）…。`` ⏎ ``（三）…。``, one line each), then goes on in
paragraphs at the level above, and may announce a second list there (``…要着重抓好以下的十项工作。`` ⏎ ``第一、…``).
The items of the first list hold nothing: none of them has a paragraph under it, so the prose after the last one is
not its body and the second list stands beside the first, not inside its last item (755, 875: 第一、 after 四、 or
（五）). The last item followed at once by a numbered line is not such an end: that line is its child.
"""

from __future__ import annotations

from models.ingest.outline_lines import PLAIN, Candidate

COMPACT_MIN = 3  # items of a compact list
ITEM_MAX_CHARS = 200  # a line longer than this is a paragraph, not a list item


def mark_compact_lists(text: str, cands: list[Candidate]) -> None:
    """Set ``listed`` on the items of each compact list whose last item is followed by prose."""
    numbered = [c for c in cands if c.style != PLAIN]
    next_line = {c.line for c in cands}
    run: list[Candidate] = []
    for c in [*numbered, None]:
        if c is not None and run and _goes_on(text, run[-1], c):
            run.append(c)
            continue
        if len(run) >= COMPACT_MIN and run[-1].line + 1 not in next_line and _has_line_after(text, run[-1]):
            for item in run:
                item.listed = True
        run = [c] if c is not None and _item_line(text, c) else []


def _item_line(text: str, c: Candidate) -> bool:
    """``c`` opens its line, and the line is short enough to be one item."""
    if c.start > 0 and text[c.start - 1] != "\n":
        return False
    end = text.find("\n", c.start)
    return (len(text) if end < 0 else end) - c.start <= ITEM_MAX_CHARS


def _goes_on(text: str, last: Candidate, c: Candidate) -> bool:
    """``c`` is the next item of ``last``'s list on the very next line."""
    return (
        c.style == last.style
        and c.value == last.value + 1
        and c.line == last.line + 1
        and text.count("\n", last.start, c.start) <= 2  # (one blank line between, in a copy setting lines apart)
        and _item_line(text, c)
    )


def _has_line_after(text: str, c: Candidate) -> bool:
    end = text.find("\n", c.start)
    return end >= 0 and bool(text[end:].strip())
