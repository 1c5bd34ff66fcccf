"""A doc store's page captions (``某局2016年工作总结_第1页``) or blurb (``《….docx》由会员分享``) naming the title its
one-line preview runs into.

A store (renrendoc, 原创力, 360docs…) shows a document as page images captioned with the file's name and page
number, then its text as one line under ``文档简介``, the own title glued to the first heading or sentence and
sometimes after the store's page mark (``1/5区林业局…打算一、…``). Two copies agree there: the caption says
where the title ends, the text that it is the document's own. Only a text that opens with the caption (after
the store's short debris lines) takes it, in the text's own words where only a year's digits differ (the store
relabelled the file's year, 1166; the own title stands, 1068); a caption the text does not repeat names nothing.
"""

from __future__ import annotations

import re

from models.folding import compact
from models.ingest.metadata_candidates import title_score

# …_第1页, ….docx_第1页 (the file's name, its suffix, the page)
_CAPTION = re.compile(r"^(.{6,80}?)(?:\.(?:docx?|pdf|wps|txt))?\s*_\s*第\s*1\s*页$", re.IGNORECASE)
# 《….docx》由会员分享,可在线阅读…: a store's blurb naming the file (第一文库网, 人人文库)
_SHARED = re.compile(r"^《(.{6,80}?)(?:\.(?:docx?|pdf|wps|txt))?》\s*由会员分享")
# what a store glues before the text: its page mark (1/5), a chunk number (1、)
_PAGE_MARK = re.compile(r"^(?:\d{1,3}\s*/\s*\d{1,3}|\d{1,2}\s*、)\s*")
_DIGITS = re.compile(r"\d")
_SENTENCE_STOP = re.compile(r"[。！？!?；;]")
_DEBRIS_MAX = 40  # a store's debris line is short and no sentence (文档简介, 已阅读5页,还剩3页未读)


def captioned_title(chrome: tuple[str, ...], lines: list[str]) -> str | None:
    """The title a store's first page caption or blurb names, when the text's first line (after short debris lines)
    opens with it (its digits aside) and runs on into the body; ``None`` otherwise."""
    names = [compact(m.group(1)) for line in chrome[:12] if (m := _CAPTION.match(line.strip()) or _SHARED.match(line))]
    if not names:
        return None
    for line in lines[:4]:
        text = compact(_PAGE_MARK.sub("", line.strip()))
        for name in names:
            # (the text's own year where the store's file name wrote another: 1166, as 1068 keeps the own title)
            own = text[: len(name)]
            if len(text) > len(name) + 20 and _DIGITS.sub("0", own) == _DIGITS.sub("0", name):
                return own if title_score(own) is not None else None
        if len(line) > _DEBRIS_MAX or _SENTENCE_STOP.search(line):
            return None  # the text began without the caption's title
    return None
