"""How a section heading reads in lists and trees: label and title on one line, the page's line breaks gone."""

from __future__ import annotations

import re

from models.types import Section

# a run of white space (line breaks, full-width and no-break spaces) inside a heading
_GAP = re.compile(r"\s+")
# characters written without spaces between them: CJK ideographs, kana, full-width forms and punctuation
_TIGHT = re.compile(r"[\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")


def one_line(text: str) -> str:
    """``text`` on one line: a gap between Chinese characters closes (``金 融`` → ``金融``), others become one space."""

    text = text.strip()

    def join(m: re.Match[str]) -> str:
        before, after = text[m.start() - 1], text[m.end()]  # a stripped text has no gap at either end
        return "" if _TIGHT.match(before) and _TIGHT.match(after) else " "

    return _GAP.sub(join, text)


def heading(section: Section, sep: str = " ") -> str:
    """``label title`` of a section for a tree or a cell (``一、 劳动就业`` with the default separator)."""
    title = one_line(section.title)
    return f"{section.label}{sep}{title}".strip() if title else section.label
