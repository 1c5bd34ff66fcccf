"""The red header of an official document (红头文件): 发文机关标志, 文号, the title under them and the signature date.

Scans, PDFs, OFD and .doc files of a 红头文件 open with the issuing body's mark (``南京市人民政府办公厅文件``),
the 文号 line, then the title, often split over two lines (``市政府办公厅关于印发…软件`` /
``和信息服务产业地标行动计划的通知``); the notice ends with the signature and its date. These fill the
metadata fields the text-based extraction left empty, and join a title it found only the second line of.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import pairwise

from models.ingest.metadata_fields import key_of
from models.ingest.metadata_places import simplified
from models.types import Metadata

# the 文号 standing alone on its line (a "文号：…" field of a page's header table is not a red header)
_DOC_NUMBER_RE = re.compile(r"^[^：:]{1,16}[〔\[［【(（]\s*(?:19|20)\d\d\s*[〕\]］】)）]\s*\d{1,4}\s*号$")
_MARK_RE = re.compile(r"^(.{2,40}?)文件$")
# the red rule under the red head, printed in a text copy as a line of dashes: no words, never a title's line
RULE_LINE = re.compile(r"^[\s\-—–_=━─~～·*]{5,}$")
_TITLE_END_RE = re.compile(r"(通知|批复|意见|报告|决定|办法|方案|函|请示|公告|通报|规划|计划|要点|总结|细则|规定)$")
_DATE_RE = re.compile(r"^((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日$")
_SIGNER_RE = re.compile(r"(人民政府|办公厅|办公室|委员会|局|委|厅|院|部|政府|中心|公司)$")
_HEAD_LINES = 12
_NOTICE_LINES = 60


@dataclass(frozen=True)
class RedHeader:
    """What the red header and the notice's signature say (None where they say nothing)."""

    issuer: str | None = None
    doc_number: str | None = None
    title: str | None = None
    date: str | None = None


def _field_row(line: str) -> bool:
    """A portal's index-table row, its key and value parted by a blank (``文号 宁政办〔2023〕11号``, ``标题 …``): the
    page's fields, never the red header's 文号 line or its title (1574's doubled table)."""
    first = line.split(maxsplit=1)
    return len(first) == 2 and key_of(first[0]) is not None


def read_red_header(text: str) -> RedHeader:
    """Find the 发文机关标志, 文号, the (joined) title and the signature date at the top of ``text``."""
    raw = [line.strip() for line in text.split("\n")]
    raw = [line for line in raw if line and not RULE_LINE.match(line)]
    lines = ["".join(line.split()) for line in raw]
    number_at = next(
        (
            i
            for i, line in enumerate(lines[:_HEAD_LINES])
            if _DOC_NUMBER_RE.match(simplified(line)) and not _field_row(raw[i])
        ),
        None,
    )
    if number_at is None:
        return RedHeader()
    issuer = None
    for line in lines[:number_at]:
        mark = _MARK_RE.match(line)
        if mark:
            issuer = mark.group(1)
    title_lines: list[str] = []
    for line, written in zip(lines[number_at + 1 : number_at + 4], raw[number_at + 1 : number_at + 4], strict=True):
        if "：" in line or ":" in line or _field_row(written):
            break  # the addressee line (各区人民政府…：) or a header field (发布机构 某局), not the title
        title_lines.append(line)
        if _TITLE_END_RE.search(line):
            break
    title = "".join(title_lines) if title_lines and _TITLE_END_RE.search(title_lines[-1]) else None
    date = None
    signer = None
    window = lines[number_at + 1 : number_at + _NOTICE_LINES]
    for prev, line in pairwise(window):
        found = _DATE_RE.match(line)
        if found and _SIGNER_RE.search(simplified(prev)) and len(prev) <= 30:
            year, month, day = (int(g) for g in found.groups())
            if 1 <= month <= 12 and 1 <= day <= 31:
                date = f"{year:04d}-{month:02d}-{day:02d}"
                signer = prev
            break
    return RedHeader(issuer or signer, lines[number_at], title, date)


def fill_from_red_header(metadata: Metadata, text: str) -> Metadata:
    """Fill empty fields from the red header; a title found inside the red header's title gives way to it."""
    head = read_red_header(text)
    if head.doc_number is None:
        return metadata
    title = metadata.title
    # the notice's own title wins over its second line, over the title of the document it issues
    # (印发《X》的通知 holds X) and over the issuing body's mark
    inside = title is not None and head.title is not None and "".join(title.split()) in head.title
    if head.title and (title is None or inside or _MARK_RE.match("".join(title.split()))):
        title = head.title
    return replace(
        metadata,
        title=title,
        issuer=metadata.issuer or head.issuer,
        date=metadata.date or head.date,
        doc_number=metadata.doc_number or head.doc_number,
    )
