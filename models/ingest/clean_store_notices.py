"""A doc store's numbered notices and its file fields over the document (``1、下载文档前请…``, ``格式:doc``).

Doc stores print, before the document, a numbered list of their own notices (what a download buys, whom
to ask for a refund, how to complain) and the file's fields (format, size, page count). A list is the
store's when every item says what only a store or site says (a document, a download, a preview, a
customer service line) and at least two say two such things; it must stand before the report's own
title block. A report's own numbered list that mentions documents once in a while is no such list.
"""

from __future__ import annotations

import re

from models.ingest.clean_site_words import site_word_count, weak_count

STORE_NOTICE = "a doc store's numbered notice"
_ITEM = re.compile(r"^\s*(?:[-•·*]\s*)?(\d{1,2})\s*[.．、]\s*(?:\1\s*[、.．])?")  # "1、", "1. 1、" (a list in a list)
_FILE_FORMAT = re.compile(r"(?i)^(?:docx?|pdf|wps|pptx?|txt|xlsx?|caj|rtf)$")
_FIELD = re.compile(r"^\s*[-•·*]?\s*([\u4e00-\u9fff]{2,6})\s*[:：]\s*(\S{1,12})\s*$")
_SIZE = re.compile(r"^\d+(?:\.\d+)?\s*(?:[KMG]B|页|字)?$", re.IGNORECASE)
# a store's or a site's item number on a line of its own (ID:30654335, 编号:682553579); a 文号 has its brackets
_ITEM_ID = re.compile(r"^\s*[-•·*]?\s*(?:ID|Id|id|编号|文档编号|资料编号)\s*[:：]\s*\d{6,}\s*$")
_LIMIT = 40  # lines looked at


def _says(line: str) -> int:
    return site_word_count(line) + weak_count(line)


def is_store_field(line: str) -> bool:
    """A store's file field: its format (``格式:DOCX``), or a count or size under a site word (``文档页数:25``)."""
    if _ITEM_ID.match(line):
        return True
    m = _FIELD.match(line)
    if m is None:
        return False
    key, value = m.groups()
    if key.endswith("页数") and _SIZE.match(value):
        return True  # a file's page count: a report never counts its own pages in a field
    return bool(_FILE_FORMAT.match(value)) or (_says(key) > 0 and bool(_SIZE.match(value)))


def store_notices(lines: list[str], roles: list[str], own_from: int) -> set[int]:
    """The lines of a store's numbered notice lists before line ``own_from`` (where the report's own lines begin).

    Args:
        lines: the page's lines.
        roles: their roles so far (a notice already judged chrome still counts as an item).
        own_from: the first line of the report's own title block or text.
    """
    out: set[int] = set()
    i = 0
    end = min(own_from, _LIMIT, len(lines))
    while i < end:
        m = _ITEM.match(lines[i])
        if m is None or int(m.group(1)) != 1:
            i += 1
            continue
        run = [i]
        j = i + 1
        while j < len(lines) and (n := _ITEM.match(lines[j])) and int(n.group(1)) == len(run) + 1:
            run.append(j)
            j += 1
        said = [_says(lines[k]) for k in run]
        if len(run) >= 2 and all(s >= 1 for s in said) and sum(1 for s in said if s >= 2) >= 2 and j <= own_from:
            out.update(k for k in run if roles[k] == "body")
        i = j
    return out
