"""A record saved from an archive or library export: its heading on the first line over the export's source-URL line."""

from __future__ import annotations

import re

# the export's line naming where the record was saved from: Original URL: http://…, 原文地址:https://…, 原文链接：…
_SOURCE_URL = re.compile(
    r"(?:Original\s+URL|Source\s+URL|Saved\s+from|原文(?:地址|链接|网址)|来源(?:网址|链接))\s*[:：]?\s*(?:https?://|www\.)\S+$",
    re.IGNORECASE,
)
# a heading: words, figures and a bracketed year or part (财税工作(2003年)); never a sentence, a citation code in
# 【】, a URL or a Latin label
_HEADING = re.compile(r"[\u4e00-\u9fff0-9０-９（）()、—·]{2,30}")


def archive_heading(original: str) -> str | None:
    """The record's heading when the text opens with one line over its export's source-URL line (627 `统计`, 1913
    `史志工作` over `Original URL: http://lib.sdsqw.cn/…`; 005, 006, 262 print a report's title there): ``None``
    without that shape. A yearbook entry's heading is its title when the text has no other (gold README, 627)."""
    lines = [line.strip() for line in original[:2000].split("\n") if line.strip()][:2]
    if len(lines) < 2 or _SOURCE_URL.match(lines[1]) is None:
        return None
    heading = lines[0]
    if _HEADING.fullmatch(heading) is None or not re.search(r"[\u4e00-\u9fff]{2}", heading):
        return None
    return heading
