"""A portal's menus in the prelude: links set one a line, which do not count toward the prelude's reach, and the
directory of its leaders, one name a line, which is no report's speaker."""

from __future__ import annotations

import re

from models.folding import compact as _compact
from models.ingest.chrome_lines import LineClass

_SENTENCE = re.compile(r"[，,。；;！!？?]")
_LINK = 8  # characters: a menu's or a crumb's link


def link_like(line: str) -> bool:
    """A short line with no sentence, figure or date in it: a menu's or a breadcrumb's link."""
    text = _compact(line)
    return len(text) <= _LINK and not _SENTENCE.search(text) and not re.search(r"\d|[:：]$", text)


def prelude_window(lines: list[str], pre: list[LineClass], limit: int) -> int:
    """How many lines the prelude may span: ``limit`` lines that may be text, however many lines of chrome (a
    page's script and style sheet, a tool bar a word a line) or of a portal's menus and crumbs, a short link a line
    with no sentence in it (新闻动态, 楚雄市财政局, >>: 1294, 1376, 1378), stand between them."""
    seen = 0
    for i, p in enumerate(pre):
        seen += p.kind != "chrome" and not link_like(lines[i])
        if seen > limit:
            return i
    return len(pre)


_DIRECTORY = 4  # speaker lines in a row: no report is signed by so many, a portal's list of its leaders is


def leader_directories(lines: list[str], roles: list[str], reasons: list[str], start: int) -> None:
    """A run of speaker lines in the prelude (副市长 ⏎ 张定锋 ⏎ 肖进才 ⏎ … ⏎ 领导活动, 1376) is a portal's directory of
    its leaders, its menu's links: chrome. A report's speaker line stands alone or with its name under it."""
    i = 0
    while i < start:
        j = i
        while j < start and (roles[j] == "chrome" or (reasons[j] == "speaker" and roles[j] == "body")):
            j += 1  # the directory's own chrome (a crumb, a tool) may stand between its names
        run = [k for k in range(i, j) if roles[k] == "body"]
        if len(run) >= _DIRECTORY:
            for k in run:
                roles[k], reasons[k] = "chrome", "a portal's directory of its leaders"
        i = max(j, i + 1)
