"""A site's posting line over a report: who put the page up, when, under which column (never the report's).

Farms and stores print a line of their own between the page title and the text: ``公文搜 2021-07-23 10:26:26
政府报告`` (site, upload time, column), ``投稿人:某某 发布时间:2008/11/25 …``, ``时间: 01-19`` ⏎ ``栏目:总结``.
It names no office of the report, so it is chrome and gives no date. A portal's line naming the office that
posted (``2021-09-27 市民政局``) and a bare date or time are header lines, read elsewhere.
"""

from __future__ import annotations

import re

from models.ingest.clean_prelude import ORG
from models.ingest.clean_site_words import TOOL_WORDS
from models.ingest.page_fields import CLOCK_TIME, COLUMN_LINE, POSTED_STAMP, POSTING_FIELD, YEARLESS_TIME

# (the upload's day is page_fields' TYPED_DAY on purpose: a farm types spaces inside it, 2021 - 07 - 23, which the
# page's other days never take; its fields take each value with its label, where VIEW_COUNTER only names the label)
_WORD = re.compile(r"[\u4e00-\u9fffA-Za-z]")
_OFFICIAL = re.compile(r"来源|稿源|发布机构|发文机关|索引号|文号|成文日期|星期|礼拜")
# a delivery line's date (——2025年1月15日在…), a bracketed date under a title ((2007年2月1日 罗清泉))
_OWN = re.compile(r"^[-—－–(（]|日\s*在|[)）]$")
_SENTENCE = re.compile(r"[，,。；;！!？?]")
_TOKEN = 8  # characters: a site's name, a column or a counter; a longer piece is the report's


def posting_line(line: str) -> bool:
    """A site's line saying when (and by whom, under which column) it posted the page."""
    text = line.strip()
    if len(text) > 60 or _SENTENCE.search(text) or _OFFICIAL.search(text) or _OWN.search(text):
        return False  # a portal's source, the document's own fields or date lines: header or text
    stamped = POSTED_STAMP.search(text) is not None
    column = COLUMN_LINE.match(text) is not None
    if not stamped and not column:
        return False
    rest = [t for t in POSTING_FIELD.sub(" ", POSTED_STAMP.sub(" ", text)).split() if _WORD.search(t)]
    if column or re.search(r"投稿人|栏目|分类|上传者", text):
        return all(len(t) <= _TOKEN for t in rest)
    if not rest:  # a store's upload (2021-04-15 发布), a time with no year (时间: 01-19); a bare date is a header
        return re.search(r"\d\s*发布(?!时间|日期)", text) is not None or YEARLESS_TIME.search(text) is not None
    # the site's page tools beside the stamp (总结 时间:2021-08-31 手机版: 2044; 打印 收藏, 分享到) make it the site's,
    # a column beside them too; an office beside them, the portal's header
    tools = [t for t in rest if len(t) >= 2 and not TOOL_WORDS.sub("", t)]
    if tools and len(rest) - len(tools) <= 1 and all(len(t) <= _TOKEN and not ORG.match(t) for t in rest):
        return True
    # a site's name or a column beside the upload's clock time makes it the site's; an office, the portal's header
    clocked = CLOCK_TIME.search(text) is not None
    return clocked and len(rest) <= 3 and all(len(t) <= _TOKEN and not ORG.match(t) for t in rest)


def posting_lines(lines: list[str], roles: list[str], reasons: list[str], start: int) -> None:
    """Mark the posting lines before the body as chrome."""
    for i in range(min(start, len(lines))):
        if roles[i] == "body" and posting_line(lines[i]):
            roles[i], reasons[i] = "chrome", "a site's posting line"
