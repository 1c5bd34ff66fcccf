"""Which of the title lines before a report's body are the page's own copies, a farm's labels or links elsewhere.

A page often prints its own title over the report's (a store's copy, a farm's invented label, a mirror's
heading with ``(全文)``), and a mirror lists the reports of other years beside it; the last title line that
is the report's own stays, the others are chrome.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher


def _compact(line: str) -> str:
    return re.sub(r"[\s\u3000]+", "", line)


def fuzzy_title(line: str) -> str:
    """A title compared across copies: no blanks, no placeholders, no ``第一篇:`` prefix or brackets."""
    text = re.sub(r"^第[一二三四五六七八九十\d]{1,3}篇\s*[:：]", "", _compact(line))
    return re.sub(r"[*Xx×＊【】\[\]]", "", text)


_YEAR_TITLE = re.compile(r"(?:19|20)\d\d(?=年)")


_SITE_TITLE = re.compile(r"—+全文$|全文$|范文|【模板】|精选|[(（][^()（）]*篇[)）]$")


def _invented(title: str) -> bool:
    """A title a content farm made up: no year, no place, not a government work report."""
    text = _compact(title)
    if "政府工作报告" in text or re.search(r"(?:19|20)\d\d|[〇○零][一二三四五六七八九〇○零]", text):
        return False
    return not re.match(r"^[\u4e00-\u9fff]+?[省市区县州旗镇乡]", text)


def _owned(before: list[str]) -> bool:
    """The report's own lines (issuer, date, fields, a first half of a title) stand before this one."""
    return bool({"organisation", "date", "field", "speaker", "delivery", "doc-number"} & set(before)) or (
        bool(before) and before[-1] == "text"
    )


def prelude_titles(
    lines: list[str], roles: list[str], reasons: list[str], cuts: dict[int, list[tuple[int, int]]]
) -> None:
    """Among the prelude's title lines, mark the page's own copies and links to other reports as chrome."""
    titles = [i for i, r in enumerate(reasons) if r in ("title", "delivery", "heading") and roles[i] == "body"]
    debris = " ".join(fuzzy_title(lines[i]) for i, r in enumerate(reasons) if r == "site words")
    last_of: dict[str, int] = {}
    copies: dict[str, int] = {}
    for i in titles:
        last_of[fuzzy_title(lines[i])] = i
        copies[fuzzy_title(lines[i])] = copies.get(fuzzy_title(lines[i]), 0) + 1
    farm = any(r == "site words" for r in reasons)
    for k, i in enumerate(titles):
        key = fuzzy_title(lines[i])
        later = [fuzzy_title(lines[j]) for j in titles[k + 1 :] if reasons[j] in ("title", "delivery")]
        quoted = len(key) >= 6 and key in debris
        if reasons[i] == "title" and quoted and copies[key] > 1:
            roles[i], reasons[i] = "chrome", "a content farm's title (repeated and quoted by the site)"
        elif reasons[i] == "title" and farm and not later and _invented(lines[i]) and not _owned(reasons[:i]):
            roles[i], reasons[i] = "chrome", "a content farm's title (no year, no place)"
        elif last_of[key] != i and len(key) >= 4:
            roles[i], reasons[i] = "chrome", "page title (the report's copy follows)"
        elif reasons[i] != "title" or not later:
            continue  # the last title stands: it is the report's own
        elif quoted:
            roles[i], reasons[i] = "chrome", "page title quoted by the site"
        elif _SITE_TITLE.search(lines[i]):
            roles[i], reasons[i] = "chrome", "a doc site's page title"
        elif any(len(o) >= 8 and SequenceMatcher(None, key, o).ratio() >= 0.85 for o in later):
            roles[i], reasons[i] = "chrome", "page title (a near copy follows)"
        elif any(len(o) >= 4 and re.fullmatch(r"(?:19|20)\d\d年度?" + re.escape(o), key) for o in later):
            roles[i], reasons[i] = "chrome", "page title (the report's own follows without the page's year)"
    for i in titles:
        if roles[i] == "body" and reasons[i] == "heading" and re.match(r"^第.{1,3}篇\s*[:：]", lines[i]):
            others = {fuzzy_title(lines[j]) for j in range(len(lines)) if j != i}
            if any(o.startswith(fuzzy_title(lines[i])) for o in others if o) or fuzzy_title(lines[i]) in debris:
                roles[i], reasons[i] = "chrome", "a site's article number over the title"
    # Links to the reports of other years (a mirror's previous / next): the document's year is its own date's.
    year = ""
    for i, r in enumerate(reasons):
        if r in ("delivery", "date") and (m := re.search(r"(?:19|20)\d\d", lines[i])):
            year = m.group()
            break
    if not year:
        return
    for i in titles:
        if roles[i] != "body":
            continue
        parts = list(re.finditer(r"\S+", lines[i]))
        other = [m for m in parts if (y := _YEAR_TITLE.match(m.group())) and y.group() != year and len(m.group()) <= 14]
        if not other:
            continue
        if len(other) == len(parts):
            roles[i], reasons[i] = "chrome", "link to another year's report"
        else:
            cuts[i] = [(m.start(), min(m.end() + 1, len(lines[i]))) for m in other]
