"""What cleaning removed, as spans of the original text (page chrome, header lines, junk, pinyin).

The offset map says where each display character came from; the original characters no display
character came from were removed. ``显示原文`` shows them struck through, so the clerk sees what
left the body and can judge it.
"""

from __future__ import annotations

from models.offsets import OffsetMap


def removed_spans(original: str, offset_map: OffsetMap) -> list[tuple[int, int]]:
    """Maximal runs of ``original`` that no display character maps to, blank-only runs left out.

    Returns:
        ``(start, end)`` spans in original offsets, in order, each holding a visible character
        (trimmed of surrounding blanks and line breaks).
    """
    kept = bytearray(len(original))
    arr = offset_map.to_array()[:-1]
    for o in arr:
        if 0 <= o < len(original):
            kept[o] = 1
    spans: list[tuple[int, int]] = []
    i, n = 0, len(original)
    while i < n:
        if kept[i] or original[i].isspace():
            i += 1
            continue
        j = i
        # a run goes on over blanks inside a removed line, but stops at a line break
        while j < n and not kept[j] and original[j] != "\n":
            j += 1
        end = j
        while end > i and original[end - 1].isspace():
            end -= 1
        spans.append((i, end))
        i = j
    return spans
