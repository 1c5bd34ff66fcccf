"""The heading candidate of the outline: where a section may open, its spans, its local score."""

from __future__ import annotations


class Candidate:
    """A place where a section may open: style and value of its numbering, spans, and its local score."""

    __slots__ = (
        "alone",
        "annex_title",
        "cut_end",
        "fills_gap",
        "follows",
        "gaps",
        "heading_end",
        "label_end",
        "lead",
        "lead_in",
        "leftover",
        "line",
        "listed",
        "named",
        "opens",
        "part",
        "score",
        "sidebar",
        "start",
        "style",
        "title_start",
        "under",
        "value",
    )

    def __init__(
        self, line: int, style: str, value: int, start: int, label_end: int, title_start: int, heading_end: int
    ) -> None:
        self.line = line  # index into the list of lines
        self.style = style
        self.value = value
        self.start = start
        self.label_end = label_end
        self.title_start = title_start
        self.heading_end = heading_end
        self.score = 0.0
        self.under = False  # unnumbered, right under a heading line: a subheading of it
        self.named = False  # unnumbered end matter named as such (名词解释, 附件1): it stands at the top
        self.opens = False  # unnumbered, right over a run of its own from 1 (加强…的主要举措 ⏎ ● …)
        self.part = False  # the title names a part of the document (2023年工作总结, 重点工作汇报): it may hold a run
        self.annex_title = False  # the line under a label-only 附件1: the attachment's own title, its child
        self.alone = False  # the heading is a whole line of a text written in lines
        self.cut_end = False  # numbered, the text's last line, its title stopping mid-phrase: the excerpt's end cut it
        self.lead = False  # a sentence heading (…势头。) or one its paragraph runs on from: it holds no line heading
        self.fills_gap = False  # unnumbered between 一、 and 三、 of one run: the 二、 whose label a copy lost
        self.leftover = ""  # what a label whose numeral a copy lost left at the line's start (、重点工作): its style
        self.sidebar = False  # a plan's boxed sidebar (专栏1): it stands beside the item before it and holds nothing
        self.listed = False  # an item of a compact list (one line each, prose after the last): it holds no section
        # the heading line right above this one, nothing between (二、主要职责 ⏎ (一)…): empty unless this opens in it
        self.follows: Candidate | None = None
        self.lead_in = False  # the line before ends with a lead-in colon (…应同时符合以下条件：): a list starts here
        # spans inside the title that are not part of it: a chunk number, the line break of a hard wrap
        self.gaps: tuple[tuple[int, int], ...] = ()

    def title(self, text: str) -> str:
        """The heading's title as written, without the spans a doc store or a hard wrap put into it."""
        parts, at = [], self.title_start
        for start, end in self.gaps:
            parts.append(text[at:start])
            at = end
        parts.append(text[at : self.heading_end])
        return "".join(parts)
