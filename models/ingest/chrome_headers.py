"""Page date, source and field lines read as header strings for metadata (the page's, not the body's), and such a
row of fields and tools glued before the text's first sentence."""

from __future__ import annotations

import re

from models.ingest.chrome_lines import classify_line
from models.ingest.clean_prelude import ORG
from models.ingest.clean_site_words import tool_coverage
from models.ingest.metadata_dates import is_date_line
from models.ingest.metadata_fields import parse_fields, table_header_line
from models.ingest.metadata_issuer_names import has_place
from models.ingest.page_fields import BARE_DAY, BYLINE, CLOCK_TIME, DATED_INFO, PAGE_DATE, SOURCE_LINE, STAMP

__all__ = ["fields_glued_to_text", "header_for"]

_WEEKDAY = re.compile(r"星期[一二三四五六日天]?|周[一二三四五六日]|礼拜[一二三四五六日天]")
_BULLET = re.compile(r"^[-–•·*]\s+")


def _mirror_stamp(day: str, office: str, tools: str | None) -> bool:
    """A mirror's or aggregator's stamp on its copy of a bulletin: a bare day, no time of day nor page tools, then the
    source office named with its place as an outsider names it (``2012-05-08 湖州市长兴县统计局``: 236, 866, 881,
    1796, 1799, session 19's ruling: no date). A portal stamps its own post to the minute and names its office as
    the site's own (``2021-09-27 15:52 市民政局``: 307, 1073, 1084, 1494, 1545)."""
    return not tools and BARE_DAY.match(day) is not None and has_place(office)


def header_for(line: str, *, prelude: bool = False) -> str | None:
    """A page date, source or field line, as a header string metadata can read."""
    text = line.strip()
    if prelude:
        bare = _BULLET.sub("", text)
        if bare != text and parse_fields(bare) is not None:
            return bare
        table = table_header_line(text)
        if table:
            return table
    if PAGE_DATE.match(text) or (is_date_line(text) and CLOCK_TIME.search(text)):
        return "时间: " + text  # a bare time: the page's, kept but never the report's date
    stamp = _BULLET.sub("", text)
    if prelude and STAMP.match(stamp):
        return "时间: " + stamp  # a page's time stamp in a list item (292: its seconds kept the field reader off)
    m = DATED_INFO.match(text) if prelude else None
    if m and (not m.group(3) or tool_coverage(m.group(3)) >= 0.9):
        if ORG.match(m.group(2)) and _mirror_stamp(m.group(1), m.group(2), m.group(3)):
            return f"来源: {m.group(2)}"  # 2012-05-08 湖州市长兴县统计局: a mirror names the office, never dates
        if ORG.match(m.group(2)):  # 2021-09-27 15:52 市民政局 [字号: ] 打印
            return f"时间: {m.group(1)} 来源: {m.group(2)}"
        if _WEEKDAY.fullmatch(m.group(2)):
            return "时间: " + m.group(1)  # an e-paper's issue date, 2023年12月22日 星期五
    m = BYLINE.match(text) if prelude else None
    if m:  # an office's byline names who posted it (its app's clock time dates no report: 1429); else the page's time
        return "来源: " + m.group(1) if ORG.match(m.group(1)) else "时间: " + m.group(2)
    m = SOURCE_LINE.match(text)
    if m:
        return "来源: " + m.group(1).strip()
    return None


# a page's row of fields and tools, its cells parted by wide blanks, whose last cell is a bracketed tool (【关闭】,
# 字号:【大 中 小】) with the text's first sentence run straight on after it: a lost line break glued the two
_CELLS = re.compile(r"\S(?:\s{2,}|\t)\S")
_LAST_TOOL = re.compile(
    r"(?:\s{2,}|\t)([^\s【\[〔]{0,4}\s*[:：]?\s*[【\[〔][^】\]〕。，,]{1,8}[】\]〕])(?=[\u4e00-\u9fff])"
)
_SENTENCE = re.compile(r"[，,。；;]")


def fields_glued_to_text(line: str) -> tuple[int, str] | None:
    """A page's fields and tool bar glued before the text's first sentence on one line (``阅读次数:    来源:长春市发改委
    日期:2015-08-03 14:51:39    【打印此页】    【关闭】    字号:【大 中 小】上半年,汽开区…``, 2119): where the row
    ends and the header it carries, or None. The row has three cells or more, reads alone as a page's header or
    chrome line, and its last cell is a bracketed tool; a report writes no cells of blanks and no buttons."""
    tools = list(_LAST_TOOL.finditer(line, 0, 200))
    if not tools:
        return None
    end = tools[-1].end()
    row, rest = line[:end], line[end:]
    if len(_CELLS.findall(row)) < 2 or len(rest) < 20 or not _SENTENCE.search(rest[:60]):
        return None
    if tool_coverage(re.sub(r"[【】\[\]〔〕]", "", tools[-1].group(1))) < 0.9:
        return None
    page = classify_line(row)
    if page.kind == "body":
        return None
    return end, page.header
