"""HTML tags left in a text copy (``<h3>…</h3><h1 style="…"><b>…``): block tags break lines, inline tags go.

Content farms paste a page's markup into plain text. When a text holds enough well-formed tags to
be sure it is markup, each block tag (``<h3>``, ``</p>``, ``<br>``) becomes one line break (the
break stands for the tag, like a lost full-width space stands for ``?``) and each inline tag
(``<b>``, ``<span …>``) is deleted. A tag cut off at the end of an excerpt (``<``) is deleted too.
"""

from __future__ import annotations

import re

_BLOCK = "h[1-6]|p|div|br|li|ul|ol|tr|td|th|table|tbody|thead|section|article|blockquote|hr|center"
_INLINE = "span|b|strong|i|em|u|font|a|sup|sub|small|big|img|label"
_TAG = re.compile(rf"</?(?:({_BLOCK})|{_INLINE})\b(?:\s[^<>]{{0,300}})?/?>", re.IGNORECASE)
_MIN_TAGS = 3


def html_edits(text: str, busy: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Edits ``(start, end, replacement)`` turning markup into line breaks and deletions."""
    if "<" not in text:
        return []
    tags = list(_TAG.finditer(text))
    if len(tags) < _MIN_TAGS:
        return []
    edits: list[tuple[int, int, str]] = []
    for m in tags:
        if any(a < m.end() and m.start() < b for a, b in busy):
            continue
        edits.append((m.start(), m.end(), "\n" if m.group(1) else ""))
    cut = re.search(r"<[/a-zA-Z]{0,10}$", text)
    if cut:
        edits.append((cut.start(), len(text), ""))
    return edits
