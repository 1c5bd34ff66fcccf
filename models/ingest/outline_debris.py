"""A page's anti-copy tokens (…提出意见。pbY): short Latin tokens ending many lines, taken off lines and titles."""

from __future__ import annotations

import re

from models.ingest.outline_lines import Candidate, Line

# a short Latin token ending a line (…提出意见。pbY): a page's anti-copy mark when it ends many lines, one after a stop
# (in a copy run together on one line, before the blanks that stand for the line break: …回顾pbY  pbY  五年来, or a
# single blank where a doc store wrote each line break as one: …回顾pbY pbY 五年来)
# (a token may hold digits, one letter at least: 2uD, v7R, s0100)
_LINE_END_TOKEN = re.compile(r"(?<=[^A-Za-z0-9])((?=[0-9]*[A-Za-z])[A-Za-z0-9]{2,6})(?:[ \t]*$|(?=[ \u3000]))", re.M)
DEBRIS_LINES = 3


def debris_tokens(text: str) -> set[str]:
    """The anti-copy tokens of a page: a short Latin token ending many lines, one of them after a stop."""
    counts: dict[str, int] = {}
    after_stop: set[str] = set()
    for m in _LINE_END_TOKEN.finditer(text):
        counts[m.group(1)] = counts.get(m.group(1), 0) + 1
        if text[m.start() - 1] in "。！？；!?;":
            after_stop.add(m.group(1))
    return {t for t in after_stop if counts[t] >= DEBRIS_LINES}


def without_debris(text: str, lines: list[Line]) -> list[Line]:
    """The lines without the anti-copy token that ends them (…提出意见。PZl ⏎ 工作回顾PZl): a stop before it still
    ends the paragraph, and a heading line carrying it is still a short title."""
    debris = debris_tokens(text)
    if not debris:
        return lines
    out: list[Line] = []
    for line in lines:
        token = next((t for t in debris if text.endswith(t, line.start, line.end)), None)
        if token is not None and line.end - line.start > len(token):
            end = line.end - len(token)
            while end > line.start and text[end - 1] in " \t":
                end -= 1
            line = Line(line.start, end, line.split)
        out.append(line)
    return out


def trim_line_debris(text: str, cands: list[Candidate]) -> None:
    """Take a page's anti-copy token off the titles it ends (一、过去五年工作回顾pbY)."""
    debris = debris_tokens(text)
    if not debris:
        return
    for c in cands:
        title = text[c.title_start : c.heading_end]
        for t in debris:
            if title.endswith(t) and len(title) > len(t):
                c.heading_end -= len(t)
