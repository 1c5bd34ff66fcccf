"""Short lines judged by the chrome around them: a prelude's run between chrome lines, a short line touching chrome."""

from __future__ import annotations

import re

from models.folding import compact as _compact
from models.ingest.chrome_lines import IMAGE_LINE, omission_mark
from models.ingest.chrome_pages import PAGE_FURNITURE
from models.ingest.chrome_wiki import WIKI_SECTIONS
from models.ingest.clean_prelude import ADDRESSEE, HEADING
from models.ingest.clean_site_words import tool_coverage
from models.ingest.metadata_dates import find_dates

_SENTENCE = re.compile(r"[，,。；;！!？?]")  # a clause's or a sentence's mark: a line of text, no tool
TABLE_CELL = "table cell"  # the reasons a flattened table's lines are given, which the neighbours leave alone
TABLE_RULE = "table rule"  # a lone | between the cells of a flattened table: a separator, no text
TABLE_HEAD = "table header"  # a flattened table's column heads (序号 ⏎ 完成情况 …) over its first row
_SHORT = 8  # characters: a lone short line in the prelude with no role is page furniture
_RATE = re.compile(r"\d\s*[%％‰]")

# a counter (查看: 698, 签到天数: 720 天, Rank: 7) or a member's level badge ([LV.9]…): what a page counts, no text
_COUNT = r"[^\d:：|｜\[\]]{1,8}[:：]\d[\d.,]*[万千]?[天次条人个位]?"
_LEVEL = r"[\[【〔]LV\.?\d{1,2}[\]】〕][^\d:：|｜]{0,8}"
_COUNTERS = re.compile(rf"(?:{_COUNT}|{_LEVEL})(?:[|｜•·]?(?:{_COUNT}|{_LEVEL}))*")
_WORDS = re.compile(r"[\u4e00-\u9fff\s]+")  # a line of words alone: no counter, no mark


def between_chrome(lines: list[str], roles: list[str], reasons: list[str], start: int) -> None:
    """A short prelude line, or a run of up to four, with page chrome right above and right below it is part
    of the page's furniture (a site's notice split over lines: 添加某网到电脑桌面 ⏎ 安装后可以在桌面快捷访问; a
    portal's menu, a link a line: 重点领域信息公开（财政数据） ⏎ 工程建设项目资金管理信息). A short line naming a
    report there (诉求办结情况) is a menu's link too when the report's own title is still to come."""
    last_title = max((i for i in range(start) if reasons[i] == "title"), default=-1)

    def furniture(i: int) -> bool:
        menu_title = reasons[i] == "title" and i < last_title and len(lines[i]) <= _SHORT
        if roles[i] != "body" or (reasons[i] not in ("text", "organisation", "field") and not menu_title):
            return False
        text = _compact(lines[i])
        if len(text) <= 40 and _COUNTERS.fullmatch(text) and not find_dates(lines[i]):
            return True  # a page's or a forum member's counters (查看: 698|回复: 0, 签到天数: 720 天 [LV.9]…)
        if len(text) > 20 or _SENTENCE.search(text.rstrip("。")) or "。" in text or find_dates(lines[i]):
            return False
        key = re.split(r"[:：\]】]", text, maxsplit=1)
        return len(key) == 1 or bool(tool_coverage(key[0].strip("[【•·-")))  # a header field goes to metadata

    i = 1
    while i < min(start, len(lines) - 1):
        j = i
        while j < min(start, len(lines) - 1) and j - i < 4 and furniture(j):
            j += 1
        # a date field over counters and marks is chrome's (a forum member's panel: disc17 1522), over words not (423)
        above = roles[i - 1] == "chrome" or (
            roles[i - 1] == "header"
            and all(reasons[k] == "text" and not _WORDS.fullmatch(lines[k]) for k in range(i, j))
        )
        if j > i and above and roles[j] == "chrome" and reasons[j] != TABLE_RULE:
            for k in range(i, j):
                roles[k], reasons[k] = "chrome", "between chrome lines"
        i = max(j, i + 1)


def spread_to_neighbours(lines: list[str], roles: list[str], reasons: list[str]) -> None:
    """Very short unheaded lines touching chrome are part of it (a tool bar one word a line); the pieces of a
    title a text set a token a line (XX ⏎ 镇 ⏎ 2023 ⏎ 年政府工作报告) stay with it."""
    changed = True
    while changed:
        changed = False
        for i, line in enumerate(lines):
            own = reasons[i] in ("speaker", "addressee") or (reasons[i] == "delivery" and not re.search(r"\d", line))
            own = own or bool(ADDRESSEE.match(line))  # the addressee (市委:) opens the text, however short
            if (
                roles[i] != "body"
                or reasons[i] in (TABLE_CELL, TABLE_HEAD)
                or own
                or len(_compact(line)) > 4
                or reasons[i] in ("title piece", "date piece")
            ):
                continue  # a table's cell or head and the report's own lines (a delivery's 讲话, a speaker's name) stay
            if find_dates(line):
                continue
            if _RATE.search(line):
                continue  # a rate is a figure of the text (a paragraph's tail a paywall cut off), never a tool
            heading = bool(HEADING.match(line))
            near = any(
                0 <= j < len(lines)
                and roles[j] == "chrome"
                and reasons[j] not in (TABLE_RULE, WIKI_SECTIONS, IMAGE_LINE, *PAGE_FURNITURE)  # a page's, headings
                and not omission_mark(lines[j])  # an elision (……) is no tool bar: a table's cells stand by it (1162)
                and (not heading or HEADING.match(lines[j]))
                for j in (i - 1, i + 1)
            )
            if near and not _SENTENCE.search(line[:-1]):
                roles[i], reasons[i] = "chrome", "next to chrome"
                changed = True
