"""A headline naming no kind of report that the page's own title line repeats: the page's title row
(``X - 某市人民政府``) or its headline with the releasing body (``国家统计局:X``) above, the headline ``X``
itself right over the text.

A statistics bureau's release (``上半年国民经济恢复向好``, ``2025年全市经济总量实现新突破  高质量发展取得新成效``) names
no kind of report, and a site's banner or a spam line above it keeps ``headline`` from seeing it as the line over the
first paragraph; the repeat is the page's own word that the line is its headline (1380, 1430; 1127 is read so by
``headline``). Only when no other reading gave a title.
"""

from __future__ import annotations

import re

from models.folding import cjk_bigrams, compact
from models.ingest.metadata_candidates import ORG_LINE, REPORT_END, Choice, head_lines
from models.ingest.metadata_dates import find_dates, is_date_line
from models.ingest.metadata_titles import RENDERS

REPEATED_REASON = "a headline the page's title line repeats"

# what a page puts beside the headline it repeats: the site after a dash, bar or underscore (X - 某市人民政府,
# X_某局网站, X|某网); the releasing body and a colon before it (国家统计局:X, [国家统计局]X)
_SITE_AFTER = re.compile(r"^\s*[-－—_|｜]{1,2}\s*[\u4e00-\u9fff]{2,20}\s*$")
_BODY_BEFORE = re.compile(r"^\s*(?:[【\[［][\u4e00-\u9fff]{2,16}[】\]］]|[\u4e00-\u9fff]{2,16}[:：])\s*$")
_SENTENCE = re.compile(r"[。；;！!？?]")
_BYLINE = re.compile(r"记者|通讯员|摄影|/\s*[文图]")
_HEADING = re.compile(
    r"^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．]|第[一二三四五六七八九十]+)"
)


def _repeats(line: str, above: str) -> bool:
    """``above`` is the page's title row or its headline with the releasing body, around ``line``."""
    line, above = line.strip(), above.strip()
    if line == above or line not in above:
        return False
    at = above.find(line)
    before, after = above[:at], above[at + len(line) :]
    if before and after:
        return False
    return bool(_SITE_AFTER.match(after)) if after else bool(_BODY_BEFORE.match(before))


def _headline_shape(line: str) -> bool:
    text = compact(line)
    return (
        6 <= len(text) <= 60
        and not _SENTENCE.search(text)
        and len(re.findall(r"[，,]", text)) <= 1
        and not ORG_LINE.match(text)
        and not REPORT_END.search(text)
        and not _HEADING.match(text)
        and not is_date_line(line.strip())
        and not find_dates(line)
        and not _BYLINE.search(line)
    )


def repeated_headline(lines: list[str]) -> Choice:
    """The last head line that a line above it repeats with the site's name or the releasing body beside it, when
    it announces what the text's first paragraph says and the text renders no other body's document."""
    head = head_lines(lines)
    if len(head) >= len(lines) or any(_BYLINE.search(line) for line in head):
        return Choice(None, "")
    opening = "".join(lines[len(head) : len(head) + 3])[:300]
    if RENDERS.search("".join(lines[len(head) : len(head) + 8])[:1200]):
        return Choice(None, "")
    for j in range(len(head) - 1, 0, -1):
        line = head[j]
        if not _headline_shape(line) or not any(_repeats(line, above) for above in head[:j]):
            continue
        if len(cjk_bigrams(line) & cjk_bigrams(opening)) < 2:
            return Choice(None, "")
        return Choice(line.strip(), REPEATED_REASON)
    return Choice(None, "")
