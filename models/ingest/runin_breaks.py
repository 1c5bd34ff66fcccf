"""A numbered heading a copy ran into the line before it (``…99.8%。 (四)加强环卫…``): the blank becomes its line break.

A copy that lost a line break often keeps a blank where it was. After a sentence's end, a blank and a numbered label
(``(四)``, ``（三）``, ``四、``, ``(5)``, ``5、``) may open a heading the copy ran into the paragraph before it, or only
the next item of an enumeration the paragraph runs on (``主要做了三件事：(一)…。 (二)…。``). Only the document's
own evidence parts them: the label's predecessor in the same style (``(三)`` before ``(四)``, ``三、`` before ``四、``)
opens a line of its own, the nearest one before it, on an earlier line: the copy breaks before these labels and lost
only this break. A run-in predecessor, one opening the same line (a one-line copy's ``一、…。 二、…``), none at all,
or a first label (``(一)``, nothing before it to follow) leaves the text as written.
"""

from __future__ import annotations

import re

from models.ingest.outline_lines import match_label

# the label styles (of the shared label grammar, ``outline_lines.match_label``) an enumeration in a paragraph is
# numbered in: (四) and (5) in either bracket, 四、 and 5、
_STYLES = ("cn_paren", "ar_paren", "cn_dun", "ar_dot")
# what a label of those styles may open with
_LABEL_START = r"[(（〔㈠-㈩⑴-⒇一二三四五六七八九十0-9０-９]"
# a sentence's end and the blanks where the line break was, before a label
_RUN_IN = re.compile(rf"[。！？!?]([ \t\u3000]+)(?={_LABEL_START})")
# where an item may open: a line's start (after its indent), after a sentence, a clause or a colon
_OPENS = re.compile(rf"(?:^|\n|[。！？!?；;：:])[ \t\u3000]*(?={_LABEL_START})")


def _style_value(text: str, at: int) -> tuple[str, int] | None:
    """The style and value of the label at ``at``, when it is one of ``_STYLES`` written with its bracket or 、 (not
    the dot of ``1.``, a heading's label, seldom an item's in a paragraph)."""
    label = match_label(text, at, len(text))
    if label is None or label.style not in _STYLES:
        return None
    if label.style in ("cn_dun", "ar_dot") and text[label.end - 1] not in "、﹑":
        return None
    return label.style, label.value


def runin_heading_edits(text: str, busy: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Edits ``(start, end, "\\n")`` turning the blank before a run-in numbered heading into its line break, where
    the nearest earlier label of the same style with the number before it opens a line (module docstring). Blanks
    a garbled run or another edit covers (``busy``) stay."""
    if not _RUN_IN.search(text):
        return []
    # every label of each style and value where an item may open, in order: (position, opens a line)
    seen: dict[tuple[str, int], list[tuple[int, bool]]] = {}
    for m in _OPENS.finditer(text):
        key = _style_value(text, m.end())
        if key is not None:
            on_line = m.start() == 0 or text[m.start()] == "\n"
            seen.setdefault(key, []).append((m.end(), on_line))
    for places in seen.values():
        places.sort()
    edits: list[tuple[int, int, str]] = []
    for m in _RUN_IN.finditer(text):
        key = _style_value(text, m.end())
        if key is None or key[1] < 2:
            continue
        at = m.end(1)
        before = [p for p in seen.get((key[0], key[1] - 1), []) if p[0] < at]
        if not before or not before[-1][1] or text.rfind("\n", 0, at) < before[-1][0]:
            continue  # no predecessor, the nearest one runs on inside its paragraph too, or opens this very line
        if any(before[-1][0] < p[0] < at for p in seen.get(key, [])):
            continue  # the same label again since its predecessor: another list's item
        s, e = m.start(1), m.end(1)
        if any(s < be and bs < e for bs, be in busy):
            continue
        edits.append((s, e, "\n"))
    return edits
