"""The original's lines just above and below the body the cleaner found: a label over it, lines set aside under it."""

from __future__ import annotations

import re

from models.ingest.metadata_candidates import REPORT_END

_PINYIN = re.compile(r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}[)）]")


def line_above_body(original: str, body_start: int) -> str | None:
    """The line of the original right above the first line of the display text, when the cleaner set it
    aside whole (a page's heading or the report's own title taken for a copy of it); simplified, pinyin out."""
    if body_start <= 0 or not re.search(r"\n[ \t\u3000\xa0]*$", original[:body_start]):
        return None  # the text opens the file, or the body starts inside a line (an inline byline before it)
    above = [line.strip() for line in original[:body_start].split("\n") if line.strip()]
    if not above:
        return None
    from models.ingest.clean_script import convert_t2s

    line = convert_t2s(_PINYIN.sub("", above[-1]))[0].strip()
    return line or None  # a line of pinyin marks only


_PLACEHOLDER_LINE = re.compile(r"^[XxＸｘ×＊*]{1,6}$")


def opening_line_above_body(original: str, body_start: int) -> str | None:
    """The one line naming a document that the cleaner set aside above the body, when it opens the page:
    only placeholder lines (``xx``) stand between it and the body, and no line above it names a document
    (no page title or breadcrumb competes with it); simplified, pinyin out."""
    if body_start <= 0 or not re.search(r"\n[ \t\u3000\xa0]*$", original[:body_start]):
        return None
    above = [line.strip() for line in original[:body_start].split("\n") if line.strip()]
    while above and _PLACEHOLDER_LINE.match(above[-1]):
        above.pop()
    from models.ingest.clean_script import convert_t2s

    # a page title above it in traditional script (…工作總結) competes as much as a simplified one
    if not above or any(REPORT_END.search(convert_t2s(line)[0]) for line in above[:-1]):
        return None
    line = convert_t2s(_PINYIN.sub("", above[-1]))[0].strip()
    return line or None


def lines_above_body(original: str, body_start: int, *, most: int = 6) -> list[str]:
    """The last few non-blank lines of the original above the first line of the display text (the ones the
    cleaner set aside there), in order; simplified, pinyin out. Empty when the body starts inside a line."""
    if body_start <= 0 or not re.search(r"\n[ \t\u3000\xa0]*$", original[:body_start]):
        return []
    above = [line.strip() for line in original[:body_start].split("\n") if line.strip()][-most:]
    from models.ingest.clean_script import convert_t2s

    return [text for line in above if (text := convert_t2s(_PINYIN.sub("", line))[0].strip())]


def lines_set_aside_below(original: str, ends: list[tuple[str, int]], chrome: tuple[str, ...]) -> dict[str, str]:
    """For each head line (its text and where it ends in the original), the line of the original right below it
    when the cleaner set that one aside as page chrome (a title's wrapped last words, ``22年更新)``, ``知``, taken
    for debris); simplified, pinyin out."""
    from models.ingest.clean_script import convert_t2s

    out: dict[str, str] = {}
    for line, end in ends:
        nl = original.find("\n", end)
        below = original[nl + 1 :].split("\n", 1)[0].strip() if nl >= 0 else ""
        text = convert_t2s(_PINYIN.sub("", below))[0].strip() if below else ""
        if text and text in chrome:
            out.setdefault(line, text)
    return out
