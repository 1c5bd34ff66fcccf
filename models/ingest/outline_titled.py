"""A numbered heading candidate with its title: where the title is (on the label's line or the next), and a top
heading a wrong join glued to the end of the paragraph before it."""

from __future__ import annotations

import re

from models.ingest.outline_lines import (
    PARAGRAPH_MAX,
    TITLE_TRAIL,
    Candidate,
    Label,
    Line,
    has_sentence_end,
    match_label,
)
from models.ingest.outline_title_end import title_end, title_start

_NO_TITLE_START = "”’）)》〕】，,、。；;：:"


def is_title_line(text: str, line: Line) -> bool:
    """A short line with no sentence end that can serve as the title of a label on the line before."""
    n = line.end - line.start
    if text[line.start] in _NO_TITLE_START or text[line.end - 1] in "，,、":
        return False  # 一 ⏎ 策”， ⏎: a hard wrap cut 一村一策 before a numeral, not a part number and its title
    return 2 <= n <= 40 and not has_sentence_end(text, line) and match_label(text, line.start, line.end) is None


def glued_at_end(text: str, i: int, line: Line, *, blanks: frozenset[int]) -> list[Candidate]:
    """A top heading a wrong join put at the end of the paragraph before it (…各项工作目标任务。一、县定重点工作完成情况
    (一)重点文化项目建设。): a ``一、`` after the line's last sentence end but one, its title (and a run-on subheading)
    reaching the line's end."""
    starts: list[int] = []
    stop = text.rfind("。", line.start, line.end)
    while stop >= 0 and len(starts) < 3:
        starts.insert(0, stop + 1)
        stop = text.rfind("。", line.start, stop)
    for at in [p for p in starts if p < line.end][-2:]:
        while at < line.end and text[at] in " \u3000":
            at += 1  # (…的内容。 一、“十一五”…: a blank after the stop, 1653 and 414)
        lab = match_label(text, at, line.end)
        if lab is None or lab.style != "cn_dun":
            continue
        cand = with_title(text, i, Line(at, line.end, True), at, lab, None, blanks=blanks)
        if cand is None:
            return []
        out, end = [cand], cand.heading_end
        inner = match_label(text, end, line.end)
        if inner is not None and inner.style == "cn_paren":
            sub = with_title(text, i, Line(end, line.end, True), end, inner, None, blanks=blanks)
            if sub is not None:
                out.append(sub)
                end = sub.heading_end
        if not text[end : line.end].strip(TITLE_TRAIL):
            return out
    return []


def with_title(
    text: str, i: int, line: Line, at: int, label: Label, nxt: Line | None, *, blanks: frozenset[int]
) -> Candidate | None:
    """The candidate of ``label`` at ``at`` on ``line``, its title after the label or on ``nxt`` (None for none);
    ``blanks`` as for ``title_end``."""
    ts = title_start(text, label.end, line.end)
    written = text[at : label.end]
    if len(written) >= 2 and text.startswith(written, ts):
        ts = title_start(text, ts + len(written), line.end)  # (三)(三)组织…: a label the page doubled is one label
    if ts >= line.end:
        # a label alone on its line (第一部分 ⏎ 部门概况): the next line is its title
        if nxt is None or not is_title_line(text, nxt):
            return None
        return Candidate(i, label.style, label.value, at, label.end, nxt.start, nxt.end)
    te = title_end(text, ts, line.end, run_on=line.split and not _opens_paragraph(text, at), blanks=blanks)
    if te <= ts:
        return None
    return Candidate(i, label.style, label.value, at, label.end, ts, te)


# what may stand before a label at a line's start as decoration: a dash (——（29）…) or a page's number (—2—一、…)
_DECORATION = re.compile(r"[ \u3000]*(?:[—－]{2}|[—－-]{1,2}[ \u3000]?[0-9]{1,3}[ \u3000]?[—－-]{1,2})[ \u3000]?")


def _opens_paragraph(text: str, at: int) -> bool:
    """``at`` opens a physical line of a text written in paragraphs (not a report run together on one line), or
    follows only the decoration a line may open with (——（29）在我区…)."""
    line_start = text.rfind("\n", 0, at) + 1
    if at > line_start and not _DECORATION.fullmatch(text, line_start, at):
        return False
    end = text.find("\n", at)
    return end >= 0 and end - at < PARAGRAPH_MAX
