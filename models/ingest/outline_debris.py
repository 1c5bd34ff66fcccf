"""Line debris taken off lines and titles: a page's anti-copy tokens (…提出意见。pbY), a farm's pictographs, footnote
marks ([2]) in a heading."""

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


# a content farm's pictographs (emoji, dingbats) decorating its lines (回顾2023年工作成果🏆, …提升1.5个百分点。🌳): read
# as blanks, so a line ends where its words end; the bullet glyphs that label heads (★ ☆) are kept
_PICTOGRAPH = re.compile("[\U0001f000-\U0001faff\ufe0f\u200d\u2600-\u2604\u2607-\u27bf]")


def without_pictographs(text: str) -> str:
    """``text`` with each pictograph replaced by a blank (offsets unchanged)."""
    return _PICTOGRAPH.sub(" ", text) if _PICTOGRAPH.search(text) else text


# a footnote mark a web copy keeps after a word of a heading (全力抓好“双统筹”[2],确保…): no part of the title
_FOOTNOTE_MARK = re.compile(r"(?<=[\u4e00-\u9fff”」》）)])\[\d{1,2}\]")


def skip_footnote_marks(text: str, cands: list[Candidate]) -> None:
    """Leave the footnote marks out of the titles that hold them (as gaps, the offsets stay the text's)."""
    for c in cands:
        marks = [(m.start(), m.end()) for m in _FOOTNOTE_MARK.finditer(text, c.title_start, c.heading_end)]
        if marks and not c.gaps:
            c.gaps = tuple(marks)
