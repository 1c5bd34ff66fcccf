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

from models.ingest.outline_lines import cn_number

_CN = "[一二三四五六七八九十]{1,3}"
# a label's styles: bracket (half- or full-width) around a Chinese numeral or a figure, or the numeral/figure and 、
_STYLES = (
    ("cn-paren", rf"[(（]({_CN})[)）]"),
    ("num-paren", r"[(（](\d{1,2})[)）]"),
    ("cn-comma", rf"({_CN})、"),
    ("num-comma", r"(\d{1,2})、"),
)
_LABEL = "|".join(f"(?P<{name.replace('-', '_')}>{pattern})" for name, pattern in _STYLES)
# a sentence's end, the blanks where the line break was, the label
_RUN_IN = re.compile(rf"[。！？!?]([ \t\u3000]+)(?:{_LABEL})")
# the same labels where an item may open: a line's start (after its indent), after a sentence, a clause or a colon
_OPENS = re.compile(rf"(?:^|\n|[。！？!?；;：:])[ \t\u3000]*((?:{_LABEL}))")


def _style_value(m: re.Match[str]) -> tuple[str, int] | None:
    for name, _ in _STYLES:
        group = m.group(name.replace("-", "_"))
        if group is None:
            continue
        digits = re.search(r"\d+|[一二三四五六七八九十]+", group)
        if digits is None:
            return None
        text = digits.group()
        value = int(text) if text.isdigit() else cn_number(text)
        return (name, value) if value is not None else None
    return None


def runin_heading_edits(text: str, busy: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Edits ``(start, end, "\\n")`` turning the blank before a run-in numbered heading into its line break, where
    the nearest earlier label of the same style with the number before it opens a line (module docstring). Blanks
    a garbled run or another edit covers (``busy``) stay."""
    if not re.search(r"[。！？!?][ \t\u3000]+[(（一二三四五六七八九十\d]", text):
        return []
    # every label of each style and value where an item may open, in order: (position, opens a line)
    seen: dict[tuple[str, int], list[tuple[int, bool]]] = {}
    for m in _OPENS.finditer(text):
        key = _style_value(m)
        if key is not None:
            on_line = m.start(0) == 0 or text[m.start(0)] == "\n"
            seen.setdefault(key, []).append((m.start(1), on_line))
    for places in seen.values():
        places.sort()
    edits: list[tuple[int, int, str]] = []
    for m in _RUN_IN.finditer(text):
        key = _style_value(m)
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
