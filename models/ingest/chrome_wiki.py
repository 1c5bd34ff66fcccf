"""An encyclopedia page's furniture around the article: infobox, defining lead, abstract, section labels and list."""

from __future__ import annotations

import re

# an encyclopedia page's infobox row naming the article (中文名:…): a portal's index fields never say it
_INFOBOX_NAME = re.compile(r"^[-•·*]?\s*(?:中文名称?|外文名)\s*[:：]")
# an infobox row's key, bulleted or not (• 别名:…)
_INFOBOX_ROW = re.compile(r"^[-•·*]?\s*([\u4e00-\u9fff]{2,6})\s*[:：]\s*\S")
_NAMING_KEY = re.compile(r"^(?:中文名称?|外文名称?|英文名称?|别名|简称|全称)$")  # a name's value may hold any mark
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


# a row giving a field of the document itself: who issued or delivered it, its full date, its number (发文机关,
# 汇报单位, 报告人, 报告时间:2003年12月25日, 发文字号:…〔2021〕3号); any such row keeps the whole box as the header
_FIELD_KEY = re.compile(r"机关|单位|机构|部门|字号|文号|编号|日期|报告人|发布人|作者|主讲")
_FIELD_VALUE = re.compile(
    r"\d{4}\s*年\s*\d{1,2}\s*月|\d{4}[-./]\d{1,2}[-./]\d{1,2}|[〔\[［(（]\d{4}[〕\]］)）]\s*\d+\s*号"
)
_ENTRY_VALUE = 30  # characters: an entry's own row (地址:江西, 内容:积极应对…) is a short phrase, never a clause
_ENTRY_STOPS = re.compile(r"[。；;,，]")
# a bulleted row opening as the report does, cut before its sentence ends: the box's abstract of the article
_CUT_OPENING = re.compile(r"^[-•·*]\s*(?:各位代表|同志们|各位委员)\s*[:：][^。！？]{2,30}$")


def _infobox(lines: list[str], first: int) -> tuple[int, bool]:
    """Where the infobox's run of rows from ``first`` ends, and whether a row gives a field of the document."""
    end, fields = first, False
    while end < len(lines) and (m := _INFOBOX_ROW.match(lines[end].strip())) and "。" not in lines[end]:
        value = lines[end].strip()[m.end(1) :].lstrip(" :：").strip()
        if _FIELD_KEY.search(m.group(1)) or _FIELD_VALUE.search(value):
            fields = True
        elif _CUT_OPENING.match(lines[end].strip()) and end > first and lines[end - 1].strip()[:1] in "-•·*":
            pass  # the box's abstract row, the salutation cut short (- 各位代表:我代表旗人民政府,向大会作: 2246)
        elif not _NAMING_KEY.match(m.group(1)) and (len(value) > _ENTRY_VALUE or _ENTRY_STOPS.search(value)):
            break  # a clause after the box is the text's own (指导思想:坚持…,…)
        end += 1
    return end, fields


def _naming_infobox(lines: list[str], roles: list[str], reasons: list[str], first: int) -> int:
    """An infobox whose rows only name, class, place, date by year or sum up the article (• 中文名:… ⏎ • 别名:…,
    1389; 中文名 ⏎ 外文名, 1369; • 类别:地方法规 ⏎ • 性质:报告 ⏎ • 时间:2013年, 1822; - 时间:2010年 ⏎ - 地址:江西 ⏎
    - 内容:积极应对…, 1920; • 地点:武汉市 ⏎ • 发布时间:2014, 675) is the encyclopedia's furniture: chrome. One that
    also gives the document's fields (发文机关, 成文日期, 汇报单位, 报告时间:1995年3月5日 …) is header metadata kept
    where it stands (973, 939, 281). Returns where the box ends."""
    end, fields = _infobox(lines, first)
    if fields or end - first < 2:
        return end
    titled = any(  # a title printed over the entry: a line of its own, no prose, no label of the encyclopedia
        len(lines[i].strip()) >= 4 and not _PROSE.search(lines[i]) and not _WIKI_LABEL.match(lines[i].strip())
        for i in range(first)
    )
    for i in range(first, end):
        if i == first and not titled:
            continue  # the page prints no title over the box: the name row gives it, a header the metadata reads
        if roles[i] == "body":
            roles[i], reasons[i] = "chrome", "an encyclopedia's infobox naming the article"
    return end


_COMPACT = re.compile(r"\s")
_PROSE = re.compile(r"[，,。；;]")
_ABSTRACT_MIN = 20  # characters: a shorter line over the box is a title, not the entry's abstract


def _entry_abstract(lines: list[str], roles: list[str], reasons: list[str], label: int, end: int) -> None:
    """The entry's abstract: prose lines over its ``基本介绍`` label, which the encyclopedia took from the article
    (1920). They are chrome when the article below the box opens with the report's own salutation: the abstract then
    stands before the report's first word. Otherwise they may be the text's own opening, run on below the box (973's
    preface, 1369's first sentence), and stay (939's abstract, which the text below repeats, is left: its gold
    counts the indicators in both copies)."""
    below = next((j for j in range(end, len(lines)) if roles[j] == "body" and lines[j].strip()), None)
    opens = below is not None and bool(_SALUTATION.match(lines[below].strip()))
    name = _COMPACT.sub("", _INFOBOX_NAME.sub("", lines[label + 1].strip()))
    for i in range(label):
        text = lines[i].strip()
        if roles[i] != "body" or len(text) < _ABSTRACT_MIN or not _PROSE.search(text):
            continue
        if name and name in _COMPACT.sub("", text):
            continue  # a lead naming the article says when and by whom it was delivered (675): the metadata reads it
        if opens:
            roles[i], reasons[i] = "chrome", "an encyclopedia's abstract over its infobox"


_SALUTATION = re.compile(r"^(?:各位代表|同志们|各位委员)")


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
    end = _naming_infobox(lines, roles, reasons, rows[0])
    name = re.sub(r"\s", "", _INFOBOX_NAME.sub("", lines[rows[0]].strip()))
    for i in range(rows[0]):
        m = _DEFINITION.match(lines[i].strip())
        if roles[i] == "body" and m and re.sub(r"\s", "", m.group(1)) == name:
            roles[i], reasons[i] = "chrome", "an encyclopedia's lead defining its article"
    labels = {line.strip() for line in lines[rows[0] :] if _WIKI_LABEL.match(line.strip())}
    standing = {line.strip() for line in lines[rows[0] :]}  # the article's labels and headings, each on its line
    for i, line in enumerate(lines):
        if roles[i] != "body":
            continue
        text = line.strip()
        below = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if _WIKI_LABEL.match(text) or (_WIKI_SECTION.match(text) and _OVER_THE_REPORT.match(below)):
            roles[i], reasons[i] = "chrome", "an encyclopedia's section label"
            continue
        items = re.split(r"[,，]", text.rstrip(",，"))
        # a short list names sections that each stand as a label of their own below it (简介,内容, ⏎ … ⏎ 简介), or
        # as a label and the article's headings (简介,2009年工作回顾,2010年工作安排, ⏎ … ⏎ 2009年工作回顾: 2246;
        # (an excerpt may end before the later headings: one beside the label is enough)
        named = [item in labels or (item in standing and item != text) for item in items]
        labelled = len(items) >= 2 and any(item in labels for item in items) and sum(named) >= 2
        if (
            rows[0] < i <= rows[0] + _SECTION_LIST_WINDOW
            and (len(items) >= 6 or labelled)
            and all(2 <= len(item) <= 20 for item in items)
            and not _SECTION_LIST_STOPS.search(text)
        ):
            roles[i], reasons[i] = "chrome", WIKI_SECTIONS
    label = rows[0] - 1
    if label >= 0 and _WIKI_LABEL.match(lines[label].strip()) and lines[label].strip() != "内容":
        _entry_abstract(lines, roles, reasons, label, end)
