"""A page's footer after the report's last paragraph: the short lines below its first chrome line, to the page end."""

from __future__ import annotations

import re

from models.folding import compact
from models.ingest.clean_prelude import HEADING
from models.ingest.metadata_candidates import REPORT_END
from models.ingest.metadata_dates import find_dates

__all__ = ["PAGE_NUMBER", "RUNNING_HEAD", "footer_tail", "last_paragraph"]

PAGE_NUMBER = "page number"
RUNNING_HEAD = "running header"  # a PDF's page head (the document's name) printed on every page
_PAGE_FURNITURE = (PAGE_NUMBER, RUNNING_HEAD)  # between a PDF's pages, not at the page's end: no footer

_SENTENCE = re.compile(r"[，,。；;！!？?]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_RATE = re.compile(r"\d\s*[%％‰]")
_FOOTER_MAX = 30
_BAR = re.compile(r"[|｜]")  # a row of cells under a row of cells is a table's, not a bar of links
# what a portal's footer line says: links set apart by bars, a Latin tag (IPv6, ICP), a site's name or its mailbox
_PORTAL = re.compile(
    r"[|｜]|[A-Za-z]{2,}|(?:网|网站|门户|邮箱|信箱|平台|地图|热线)(?=\s|$)"
)  # characters: a footer's line (a portal's name, a row of links) is never a paragraph
# the report's own closing lines: a signature (an office's name), a 公开 note in brackets, a 附件 line
_SIGNATURE = re.compile(
    r"(?:委员会|办公室|办公厅|政府|局|委|中心|厅|院|部|处|科|所|站|镇|乡|街道|公司|小组|党委|党组)$"
)
_OWN_NOTE = re.compile(r"^[(（【\[].*[)）】\]]$|^附件|^抄送|^主题词|^联系人|^印发")


def last_paragraph(lines: list[str], start: int) -> int:
    """The last line of the body that ends a paragraph; ``len(lines)`` when there is none.

    A long line with a full stop does; in a text wrapped short (a PDF's copy, no line reaches 30
    characters) the last line ending in a full stop does.
    """
    n = len(lines)
    found = max((i for i in range(start, n) if len(lines[i]) >= 30 and "。" in lines[i]), default=n)
    if found == n:
        found = max((i for i in range(start, n) if len(lines[i]) >= 10 and lines[i].rstrip().endswith("。")), default=n)
    if found == n:  # an excerpt cut mid-sentence: its last long line of sentences
        found = max((i for i in range(start, n) if len(lines[i]) >= 30 and _SENTENCE.search(lines[i])), default=n)
    return found


def _footer_like(line: str) -> bool:
    text = compact(line)
    return (
        2 <= len(text) <= _FOOTER_MAX
        and len(_CJK.findall(text)) >= 2  # a footer's lines are words; 82% is a paragraph's tail a paywall cut
        and not _RATE.search(text)
        and not _SENTENCE.search(text)
        and not find_dates(line)
        and not HEADING.match(text)
        and not _SIGNATURE.search(text)
        and not _OWN_NOTE.search(text)
        and not REPORT_END.search(text)
    )


def footer_tail(lines: list[str], roles: list[str], reasons: list[str], last: int) -> None:
    """Below the report's last paragraph, the block reaching the page end made of chrome lines and short
    sentence-free lines is the page's footer: the short lines below its first chrome line are chrome too
    (a portal's name, its mailbox, a row of links in any separator: 网站支持IPv6, 某某网|某某台|网站地图).

    The block must hold two chrome lines, or one standing right above the line; above its first chrome line only
    a line saying what a portal says (a bar of links, a Latin tag, a site's name, a mailbox) joins. The report's
    own closing lines (a signature, a date, a bracketed 公开 note, a 附件 line) end the block.
    """
    block: list[int] = []
    for i in range(len(lines) - 1, last, -1):
        table_row = _BAR.search(lines[i]) and i > 0 and roles[i - 1] == "body" and _BAR.search(lines[i - 1])
        if roles[i] == "chrome" or (roles[i] == "body" and not reasons[i] and not table_row and _footer_like(lines[i])):
            block.append(i)
            continue
        break
    block.reverse()
    chrome = [i for i in block if roles[i] == "chrome" and reasons[i] not in _PAGE_FURNITURE]
    if not chrome:
        return
    for i in block:
        if roles[i] != "body":
            continue
        if i < chrome[0]:
            if _PORTAL.search(lines[i]):  # above the footer's first chrome line: only what a portal says
                roles[i], reasons[i] = "chrome", "a portal's line over the page's footer"
        elif len(chrome) >= 2 or (roles[i - 1] == "chrome" and reasons[i - 1] not in _PAGE_FURNITURE):
            roles[i], reasons[i] = "chrome", "below the page's footer"
