"""What its place in the text says of each heading candidate before the tree is chosen: alone on its line (or a
piece of its own in a line run together), a lead sentence, cut by the excerpt's end, after a lead-in colon, right
under a heading line with nothing between."""

from __future__ import annotations

from itertools import pairwise

from models.ingest.outline_lines import PLAIN, Candidate

_BLANK = (" ", "\u3000")
CUT_NOT_AT = "。！？!?；;：:”’）)】》"  # a title or sentence ending here was not cut by the excerpt
# the styles a report's sections are numbered in (not 第二十条第(一)项, a disclosure table's row naming an article)
_CUT_STYLES = frozenset(("cn_dun", "cn_paren", "ar_dot", "ar_decimal"))


def mark_places(text: str, cands: list[Candidate]) -> None:
    """Set each candidate's ``alone``, ``lead``, ``cut_end``, ``lead_in`` and ``follows`` from the text around it."""
    for c in cands:
        before = text[: c.start].rstrip()
        line_start = c.start == 0 or text[c.start - 1] == "\n"
        line_end = text.find("\n", c.heading_end)
        rest = text[c.heading_end : len(text) if line_end < 0 else line_end].strip()
        # (or a piece of its own in a line run together: blanks before it and after its title)
        piece = text[c.start - 1 : c.start] in _BLANK and text[c.heading_end : c.heading_end + 1] in ("", *_BLANK)
        c.alone = (line_start and not rest.strip("。：:")) or (piece and not line_start)
        c.lead = c.style == PLAIN and text.startswith("。", c.heading_end)
        c.cut_end = c.alone and c.style in _CUT_STYLES and cut_by_the_end(text, c)
        c.lead_in = before.endswith(("：", ":")) and text[before.rfind("\n") + 1 : c.start].count("\n") >= 1
    _mark_follows(text, cands)


def cut_by_the_end(text: str, c: Candidate) -> bool:
    """The excerpt's end cut this heading (二、目标任 as the text's last line): its title stops where no title or
    sentence ends, nothing after it. Its own line shows the cut, so the numbers before it went with the cut too."""
    tail = text[c.heading_end - 1 : c.heading_end]
    return not text[c.heading_end :].strip() and c.heading_end - c.title_start >= 2 and tail not in CUT_NOT_AT


def _mark_follows(text: str, cands: list[Candidate]) -> None:
    """Note the heading line right above each candidate when nothing stands between them (二、主要职责 ⏎ (一)…)."""
    for prev, c in pairwise(cands):
        between = text[prev.heading_end : c.start]
        # (a piece of a report run together, blanks around it, stands alone as a line does: 主要工作职责  （一）…)
        if prev.alone and not between.strip().strip("。：:"):
            c.follows = prev
