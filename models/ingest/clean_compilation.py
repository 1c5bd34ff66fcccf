"""A site's compilation of several reports: its contents list of document titles and its own title over it.

Doc sites bundle reports (``…工作要点汇编(6篇)``) and print a contents list of the *documents* before the
first of them: ``目录`` then one entry a document (``1.市某局2024年工作计划``, a page number after it or
not). A report's own contents list names its parts (``第一部分 部门概况``, ``一、收入支出决算总表``) and
stays. The compilation's list is told by what its entries name: most name a kind of report, and the
first entry's document follows the list. The list, its ``目录`` label and the compilation's title lines
right over it are the site's.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from models.folding import compact as _compact

_LABEL = re.compile(r"^[【\[〔(（]?\s*目\s*录\s*[】\]〕)）]?\s*[:：]?$")
_NUMBER = re.compile(
    r"^(?:\d{1,2}\s*[.．、]|[(（]\d{1,2}[)）]|[一二三四五六七八九十]{1,3}\s*[、.．]|第[一二三四五六七八九十\d]{1,3}篇\s*[:：]?)\s*"
)
_BARE_NUMBER = re.compile(r"^(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[.．、]?$")
_PAGE = re.compile(r"(?:\s*[.·…⋯_-]{2,})?\s*\d{1,3}$")  # a page number, with dot leaders or not
_SENTENCE_END = re.compile(r"[。；;！!？?]")
_ENTRY_MAX = 60  # characters: a document's title, never a paragraph
_LIMIT = 40  # lines looked at for the contents label
COMPILATION = "a compilation's contents or title"


def _entry_title(line: str) -> str:
    """The document title an entry names: without its number and its page number."""
    text = _NUMBER.sub("", line.strip())
    return _compact(_PAGE.sub("", text)) or _compact(text)


def _is_title(line: str) -> bool:
    return len(line.strip()) <= _ENTRY_MAX and not _SENTENCE_END.search(line) and "，" not in line


def compilation_contents(lines: list[str], names_report: Callable[[str], bool]) -> set[int]:
    """The lines of a compilation's contents list and of the compilation's title over it, as line indices.

    Args:
        lines: the page's trimmed non-blank lines.
        names_report: whether a line ends naming a kind of report.

    Returns:
        The ``目录`` line, its entries (a bare number on its own line with them) and the title lines
        standing right over the label, when at least two entries, and two thirds of them, name a
        kind of report and the first entry's document starts a line after the list; else nothing.
    """
    for i in range(min(_LIMIT, len(lines))):
        if not _LABEL.match(lines[i].strip()):
            continue
        entries: list[int] = []
        titles: list[str] = []
        bare = False  # the line before was a bare entry number
        j = i + 1
        while j < len(lines):
            line = lines[j].strip()
            if _BARE_NUMBER.match(line) and j + 1 < len(lines) and not _NUMBER.match(lines[j + 1].strip()):
                entries.append(j)  # "1." on a line of its own, its entry on the next
                bare, j = True, j + 1
                continue
            if len(line) > _ENTRY_MAX or _SENTENCE_END.search(line):
                break
            title = _entry_title(line)
            numbered = bare or bool(_NUMBER.match(line))
            if not title or (not numbered and any(title.startswith(t) for t in titles)):
                break  # the first document's own title repeats an entry: the list is over
            entries.append(j)
            titles.append(title)
            bare, j = False, j + 1
        named = [t for t in titles if names_report(t)]
        if len(named) < 2 or len(named) * 3 < len(titles) * 2:
            return set()
        after = [_compact(line) for line in lines[j:]]
        if not any(a.startswith(titles[0]) for a in after):
            return set()
        over = "".join(_compact(line) for line in lines[max(0, i - 3) : i])
        if all(t in over for t in titles):
            return set()  # the entries are the parts of the title over the list: a report's own contents
        found = {i, *entries}
        k = i - 1
        while k >= 0 and i - k <= 3 and _is_title(lines[k]) and _compact(lines[k]) not in after:
            found.add(k)  # the compilation's title (and a site's copy of it) over the list
            k -= 1
        return found
    return set()


# a one-line copy's list: 目录, then entries "1. title 2" run on with blanks (the farm flattened its page)
_INLINE_LABEL = re.compile(r"(?:^| )目\s*录 ")
_INLINE_ENTRY = re.compile(r"\d{1,2}\s*[.．、]\s*([^\s。；;！!？?，,]{4,60}?)\s*(?:[.·…⋯_-]{2,}\s*)?\d{1,3} ")
_INLINE_REACH = 200  # characters: how far into the line the label may stand (after a site's title and blurb)
# the compilation's own title right before its list: …工作总结汇编(5篇), …合集, …大全(精选3篇)
_BUNDLE_TITLE = re.compile(r"(?:汇编|合集|大全|精选|汇总|[\d一二三四五六七八九十]{1,2}篇)[)）】\]]?\s*$")


def inline_contents(line: str, names_report: Callable[[str], bool]) -> tuple[int, int] | None:
    """The span of a compilation's title and contents list inside a one-line copy (to the last page number).

    A farm that flattens a compilation to one line runs its list on with blanks: ``… 目录 1. 区卫生健康局
    2023年工作总结… 2 2.区卫生健康局…工作计划 10 … 区卫生健康局2023年工作总结… 2023年,我局…``. Read as on
    separate lines: the compilation's title (``…汇编(5篇)``) right before ``目录``, two or more numbered entries each
    with its page number, two thirds of them naming a kind of report, and the first entry's document following
    the list at once; a report's own list names its parts.
    """
    label = _INLINE_LABEL.search(line[:_INLINE_REACH])
    if label is None:
        return None
    head = line[: label.start()].rstrip()
    title_start = head.rfind(" ") + 1  # the compilation's title: the words right before the label
    if not _BUNDLE_TITLE.search(head[title_start:]) or len(head) - title_start > _ENTRY_MAX:
        return None  # no compilation's title over the list: a report's own contents
    pos = label.end()
    titles: list[str] = []
    while (m := _INLINE_ENTRY.match(line, pos)) is not None:
        titles.append(_compact(m.group(1)))
        pos = m.end()
    named = [t for t in titles if names_report(t)]
    if len(named) < 2 or len(named) * 3 < len(titles) * 2:
        return None
    if not _compact(line[pos : pos + 2 * len(titles[0])]).startswith(titles[0]):
        return None
    return (title_start, pos)
