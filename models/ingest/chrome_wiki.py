"""An encyclopedia page's furniture around the article: its infobox, defining lead, section labels, section list."""

from __future__ import annotations

import re

# an encyclopedia page's infobox row naming the article (中文名:…): a portal's index fields never say it
_INFOBOX_NAME = re.compile(r"^[-•·*]?\s*(?:中文名称?|外文名)\s*[:：]")
# an infobox row's key, bulleted or not (• 别名:…); the rows that only name the article (中文名, 外文名, 别名)
_INFOBOX_ROW = re.compile(r"^[-•·*]?\s*([\u4e00-\u9fff]{2,6})\s*[:：]\s*\S")
_NAMING_KEY = re.compile(r"^(?:中文名称?|外文名称?|英文名称?|别名|简称|全称)$")
# the encyclopedia's own classing of the article (• 类别:地方法规, • 性质:报告) and its entry's year (• 时间:2013年):
# no field of the document (a year alone dates nothing; 报告时间:1995年3月5日 is the document's and keeps the box)
_CLASSING_KEY = re.compile(r"^(?:类别|分类|类型|性质)$")
_YEAR_ONLY = re.compile(r"^(?:19|20)\d\d年?$")
_TIME_KEY = re.compile(r"^(?:发布)?时间$")
# an encyclopedia's lead defining its article (《盐城市2010年政府工作报告》是盐城市人民政府2013年发布的一份报告。)
_DEFINITION = re.compile(r"^《([^《》]{4,60})》是[^。]{2,80}。$")
_WIKI_LABEL = re.compile(r"^(?:基本介绍|基本信息|简介|内容简介|内容)$")
# the encyclopedia's numbered section over the report's own opening or its own first-rank part (1、导语 ⏎ 各位代表:,
# 2、工作回顾 ⏎ 一、1994年国内工作的回顾): an item never holds its document's salutation or a part above its rank
_WIKI_SECTION = re.compile(r"^\d{1,2}\s*[、.．]\s*[\u4e00-\u9fff]{2,8}$")
_OVER_THE_REPORT = re.compile(r"^(?:[一二三四五六七八九十]{1,3}\s*、|各位代表|同志们|各位委员)")
_SECTION_LIST_STOPS = re.compile(r"[。；;：:！!？?]")
WIKI_SECTIONS = "an encyclopedia's list of the article's sections"  # its names recur as the article's headings
_SECTION_LIST_WINDOW = 12  # lines after the infobox's name row: where the encyclopedia lists the article's sections


def _naming_infobox(lines: list[str], roles: list[str], reasons: list[str], first: int) -> None:
    """An infobox whose rows only name or class the article (• 中文名:… ⏎ • 别名:…, 1389; 中文名 ⏎ 外文名, 1369;
    • 类别:地方法规 ⏎ • 性质:报告 ⏎ • 时间:2013年, 1822) is the encyclopedia's furniture: chrome. One that also
    gives the document's fields (发文机关, 成文日期, 汇报单位, 报告时间 …) is header metadata kept where it stands
    (973, 939, 675)."""
    end = first
    while end < len(lines) and (m := _INFOBOX_ROW.match(lines[end].strip())) and "。" not in lines[end]:
        value = lines[end].strip()[m.end(1) :].lstrip(" :：").strip()
        year = _TIME_KEY.match(m.group(1)) and _YEAR_ONLY.match(value)
        if not (_NAMING_KEY.match(m.group(1)) or _CLASSING_KEY.match(m.group(1)) or year):
            return
        end += 1
    if end - first < 2:
        return
    for i in range(first, end):
        if roles[i] == "body":
            roles[i], reasons[i] = "chrome", "an encyclopedia's infobox naming the article"


def wiki_furniture(lines: list[str], roles: list[str], reasons: list[str]) -> None:
    """An encyclopedia page's furniture around the article is chrome: its section labels on lines of their own
    (``基本介绍``, ``简介``, a numbered ``1、导语`` over the report's salutation or its ``一、`` part) and, right after
    its infobox, the comma-run list of the article's section names
    (``简介,2013年工作回顾,综合实力再上新台阶,…``); over it, its one-sentence lead defining the article by the
    infobox's name (``《盐城市2010年政府工作报告》是…发布的一份报告。``, 1822, 1389). Only on a page that shows the
    infobox (``中文名:…``): on any other page such a label or list may be the report's own."""
    rows = [i for i, line in enumerate(lines) if _INFOBOX_NAME.match(line.strip())]
    if not rows:
        return
    _naming_infobox(lines, roles, reasons, rows[0])
    name = re.sub(r"\s", "", _INFOBOX_NAME.sub("", lines[rows[0]].strip()))
    for i in range(rows[0]):
        m = _DEFINITION.match(lines[i].strip())
        if roles[i] == "body" and m and re.sub(r"\s", "", m.group(1)) == name:
            roles[i], reasons[i] = "chrome", "an encyclopedia's lead defining its article"
    labels = {line.strip() for line in lines[rows[0] :] if _WIKI_LABEL.match(line.strip())}
    for i, line in enumerate(lines):
        if roles[i] != "body":
            continue
        text = line.strip()
        below = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if _WIKI_LABEL.match(text) or (_WIKI_SECTION.match(text) and _OVER_THE_REPORT.match(below)):
            roles[i], reasons[i] = "chrome", "an encyclopedia's section label"
            continue
        items = re.split(r"[,，]", text.rstrip(",，"))
        # a short list names sections that each stand as a label of their own below it (简介,内容, ⏎ … ⏎ 简介)
        labelled = len(items) >= 2 and all(item in labels for item in items)
        if (
            rows[0] < i <= rows[0] + _SECTION_LIST_WINDOW
            and (len(items) >= 6 or labelled)
            and all(2 <= len(item) <= 20 for item in items)
            and not _SECTION_LIST_STOPS.search(text)
        ):
            roles[i], reasons[i] = "chrome", WIKI_SECTIONS
