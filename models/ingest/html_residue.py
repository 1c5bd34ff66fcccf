"""HTML or BBCode tags left in a text copy (``<h3>…``, ``[align=center][b]…``): block tags break lines, inline go.

Content farms paste a page's markup into plain text. When a text holds enough well-formed tags to
be sure it is markup, each block tag (``<h3>``, ``</p>``, ``<br>``) becomes one line break (the
break stands for the tag, like a lost full-width space stands for ``?``) and each inline tag
(``<b>``, ``<span …>``) is deleted. A tag cut off at the end of an excerpt (``<``) is deleted too.
A forum's copy holds BBCode the same way (``[align=center][color=rgb(51, 51, 51)][b]20[/b][b]22[/b]…``):
``[align]``, ``[p]``, ``[quote]`` blocks break lines, ``[b]``, ``[color=…]``, ``[font=…]``, ``[size=…]`` go.
"""

from __future__ import annotations

import re

_BLOCK = "h[1-6]|p|div|br|li|ul|ol|tr|td|th|table|tbody|thead|section|article|blockquote|hr|center"
_INLINE = "span|b|strong|i|em|u|font|a|sup|sub|small|big|img|label"
_TAG = re.compile(rf"</?(?:({_BLOCK})|{_INLINE})\b(?:\s[^<>]{{0,300}})?/?>", re.IGNORECASE)
# any element a page's markup may hold (a hijacked page's decoy tags: <legend id="h4sia">, <menuitem …>, <delect …>),
# with attributes written as markup writes them; named tags above decide the line breaks, others go
_ATTRS = r"(?:\s+[a-zA-Z][\w:-]{0,20}(?:\s*=\s*(?:\"[^\"<>]{0,200}\"|'[^'<>]{0,200}'|[^\s<>\"']{1,100}))?)*"
_ANY_TAG = re.compile(rf"</?(?:({_BLOCK})|[a-zA-Z][a-zA-Z0-9]{{0,11}})\b{_ATTRS}\s*/?>", re.IGNORECASE)
_BB_BLOCK = "align|p|quote|center|left|right|list|table|tr|td|indent|hr|br"
_BB_INLINE = "b|i|u|s|color|font|size|backcolor|url|email|sup|sub|img|attach"
_BB_TAG = re.compile(rf"\[/?(?:({_BB_BLOCK})|{_BB_INLINE})(?:=[^\[\]\n]{{0,60}})?\]", re.IGNORECASE)
_MIN_TAGS = 3


def html_edits(text: str, busy: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Edits ``(start, end, replacement)`` turning markup into line breaks and deletions."""
    edits: list[tuple[int, int, str]] = []
    if "<" in text:
        named = _tag_edits(_TAG, text, busy)
        tags = _tag_edits(_ANY_TAG, text, busy) if named else named
        edits.extend(tags + _empty_items(text, tags, busy))
        cut = re.search(r"<[/a-zA-Z]{0,10}$", text)
        if edits and cut:
            edits.append((cut.start(), len(text), ""))
    if "[/" in text:
        bb = _tag_edits(_BB_TAG, text, busy)
        cut = re.search(r"\[/?[a-zA-Z]{0,10}(?:=[^\[\]\n]{0,60})?$", text)
        if bb and cut:
            bb.append((cut.start(), len(text), ""))
        edits.extend(bb)
    return sorted(edits)


_ITEM_MARK = re.compile(r"^[ \t\u3000]*((?:[•·*-]|\d{1,2}[.、．])[ \t\u3000]*)$")


def _empty_items(
    text: str, tags: list[tuple[int, int, str]], busy: list[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """The list marks (``•``, ``1.``) of items that held nothing but tags: a rendered list of empty elements."""
    out: list[tuple[int, int, str]] = []
    if not tags:
        return out
    for m in re.finditer(r"[^\n]+", text):
        line_tags = [(s, e) for s, e, _r in tags if m.start() <= s < m.end()]
        if not line_tags:
            continue
        rest, last = [], m.start()
        for s, e in line_tags:
            rest.append(text[last:s])
            last = e
        rest.append(text[last : m.end()])
        mark = _ITEM_MARK.match("".join(rest))
        first = line_tags[0][0]
        if mark and m.start() + mark.start(1) < first and not any(a < first and m.start() < b for a, b in busy):
            out.append((m.start() + mark.start(1), m.start() + mark.end(1), ""))  # the mark, before the item's tags
    return out


def _tag_edits(tag: re.Pattern[str], text: str, busy: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    tags = list(tag.finditer(text))
    if len(tags) < _MIN_TAGS:
        return []
    return [
        (m.start(), m.end(), "\n" if m.group(1) else "")
        for m in tags
        if not any(a < m.end() and m.start() < b for a, b in busy)
    ]
