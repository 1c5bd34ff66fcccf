"""A site's banner (the name of the body that runs the site, printed over the page's breadcrumb) and its menu.

A web page opens with the site's banner (``某县人民政府``, ``某某局``), then its navigation and the breadcrumb
(``首页 >> 新闻动态 >> 正文``), then the article. An office's name standing right over the breadcrumb is the
banner: it names who runs the site, not who issued the report (a county's site posts its bureaus' reports),
and the article's own issuer line, title and fields come after the breadcrumb. So is any line of plain text
that opens the page right over its breadcrumb, with only page furniture above it (the site's greeting or its
account: ``网站支持IPv6 某区人民政府 欢迎您!``, ``某市人民政府官方微信``): the article has not begun.
A site's menu set one bulleted item a line is the site's whole, even the items naming a kind of report.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from models.ingest.clean_edges import is_crumb_line
from models.ingest.metadata_candidates import REPORT_END

BREADCRUMB = re.compile(r"(?:首页|主页)\s*(?:>|＞|›|»|/)|(?:当前|现在|所在)的?位置")
# a line with no role of the report's own (no title, delivery line, date, heading…): plain text, or past the prelude
_PLAIN = ("", "text")


def _over_crumb(lines: list[str], roles: list[str], i: int) -> bool:
    nxt = lines[i + 1]
    return roles[i + 1] != "body" and bool(BREADCRUMB.search(nxt) or is_crumb_line(nxt))


# a disclosure portal's name for itself (某街道办事处政府信息公开, 某市政务公开专栏, 某县人民政府门户网站)
_PORTAL_NAME = re.compile(r"(?:信息公开|政务公开)(?:平台|专栏|目录|网)?$|门户网站$|政府网站$")
_INDEX_FIELD = re.compile(r"^[\[【]?\s*(?:索\s*引\s*号|信息索取号)")


def _page_top(lines: list[str], roles: list[str], i: int) -> bool:
    """Above line ``i`` stand only furniture and short plain labels (a portal's menu words): the page has not begun."""
    return all(roles[k] != "body" or (len(lines[k]) <= 20 and not re.search(r"[，,。；;]", lines[k])) for k in range(i))


def _over_index(lines: list[str], roles: list[str], i: int) -> bool:
    """Line ``i`` names a disclosure portal and the page's index table (索引号 …) follows: the portal's banner."""
    return (
        roles[i + 1] == "header"
        and bool(_INDEX_FIELD.match(lines[i + 1].strip()))
        and bool(_PORTAL_NAME.search(lines[i].strip()))
    )


_LABELS_OVER_CRUMB = 2  # lines: the site's column labels (政府信息公开) between its banner and its breadcrumb


def _named_by_crumb(lines: list[str], roles: list[str], i: int) -> bool:
    """Office line ``i`` is the site's banner: below it, past a chrome label or two (the column ``政府信息公开``), the
    breadcrumb starts from the same name (``您现在的位置: 沧县人民政府>信息公开>…``: 1897)."""
    name = re.sub(r"\s+", "", lines[i])
    for k in range(i + 1, min(len(lines), i + 2 + _LABELS_OVER_CRUMB)):
        crumb = re.sub(r"\s+", "", lines[k])
        if BREADCRUMB.search(crumb) or is_crumb_line(lines[k]):
            return (
                k > i + 1
                and len(name) >= 4
                and re.search(rf"(?:[:：>]|^){re.escape(name)}(?:>|＞|›|»)", crumb) is not None
            )
        if roles[k] != "chrome":
            return False
    return False


def site_banners(lines: list[str], roles: list[str], reasons: list[str], start: int) -> None:
    """Mark as chrome an organisation line before the body that stands right over a breadcrumb, and a plain line
    that opens the page (nothing but furniture above it) right over the breadcrumb, or naming a disclosure portal
    right over the page's index table (某街道办事处政府信息公开 ⏎ 索引号: …, 1625)."""
    opening = True  # no line of the page kept so far
    for i in range(len(lines) - 1):
        if i >= start and not opening:
            break
        if roles[i] == "body" and (BREADCRUMB.search(lines[i + 1]) or is_crumb_line(lines[i + 1])):
            office = i < start and reasons[i] == "organisation"
            plain = opening and reasons[i] in _PLAIN and not re.search(r"[。；;]", lines[i])
            if office or (plain and _over_crumb(lines, roles, i)):
                roles[i], reasons[i] = "chrome", "the site's banner over its breadcrumb"
        elif roles[i] == "body" and i < start and reasons[i] == "organisation" and _named_by_crumb(lines, roles, i):
            roles[i], reasons[i] = "chrome", "the site's banner over its column label and breadcrumb"
        elif (
            roles[i] == "body" and reasons[i] in _PLAIN and _over_index(lines, roles, i) and _page_top(lines, roles, i)
        ):
            roles[i], reasons[i] = "chrome", "the disclosure portal's banner over its index table"
        opening = opening and roles[i] != "body"


_BULLET_ITEM = re.compile(r"^[•·●▪]\s*([\u4e00-\u9fff]{2,6})$")  # a menu's item: a word or two after its bullet
_MENU_MIN = 8  # items: a site's category menu (工作总结 ⏎ 工作计划 ⏎ 心得体会 …), never a report's list of titles


def bullet_menus(lines: list[str], roles: list[str], reasons: list[str], start: int) -> None:
    """A run of bulleted one-word lines before the body, half of it or more judged chrome already, is a site's menu: its
    items that name a kind of report (``• 工作总结``, kept as titles) are its links too (disc15b 1321)."""
    i = 0
    while i < start:
        j = i
        while j < start and _BULLET_ITEM.match(lines[j].strip()):
            j += 1
        run = range(i, j)
        if len(run) >= _MENU_MIN and sum(roles[k] == "chrome" for k in run) * 2 >= len(run):
            for k in run:
                if roles[k] == "body":
                    roles[k], reasons[k] = "chrome", "a site's menu, one item a line"
        i = max(j, i + 1)


# A saved page's <title>: the article's title, then its column and the site's name, each after a dash or an
# underscore (``…新成效 - 南昌市人民政府``, ``…工作计划-工作计划及完成情况-政务公开-淄博市财政局``,
# ``…的报告_会议报告_盘锦人大信息网``); a dash inside a year span (2021-2025年) splits no title from a site.
_TITLE_SEP = re.compile(r"\s+[-_|｜－]\s+|(?<!\d)\s*[-_|｜－]\s*|\s*[-_|｜－]\s*(?!\d)")
# the site's name: an office, a government or a site, no figure, no clause
_SITE_NAME = re.compile(
    r"^[\u4e00-\u9fff]{2,20}?(?:人民政府|政府|人大|政协|信息网|网站|门户网站|门户网|网|年鉴|局|委员会|委|办公室|厅|中心)$"
)
_HEAD_MIN = 6  # characters: the article's title before the site's name
_SITE_MAX = 20  # characters: a site's name or label after it


def _page_title_parts(line: str, alone: Collection[str] = ()) -> tuple[str, list[str], str] | None:
    """The article's title, the columns and the site's name of a page's <title> line, or None.

    ``alone``: the page's other lines. A site's name of any words (a store's page label ``第1页``, a hijacker's
    brand: 1613, as 1150) is known by the title before it: a report's title the page prints again on a line alone.
    """
    parts = [re.sub(r"\s+", "", p) for p in _TITLE_SEP.split(line.strip()) if p.strip()]
    if len(parts) < 2:
        return None
    head, site = parts[0], parts[-1]
    if len(head) < _HEAD_MIN:
        return None
    if not _SITE_NAME.match(site) and not (
        head in alone and REPORT_END.search(head) and len(site) <= _SITE_MAX and not _CLAUSE.search(site)
    ):
        return None
    return head, parts[1:-1], site


def page_title_lines(lines: list[str], roles: list[str], reasons: list[str], start: int) -> None:
    """Mark as chrome the page's own <title> line that opens the page (nothing but furniture above it): the
    article's title with the site's name after a dash, when the page says either again (the article's own heading,
    the site's banner): 1377, 1292, 1294, 1235, 885. A column the title names, printed alone over the article
    before the body, is the page's too. A row over a headline naming no kind of report, printed alone below, stays:
    the metadata reads the pair as the page's word that the headline is the title (1380: a bureau's release)."""
    first = next((i for i in range(min(start, len(lines))) if roles[i] == "body"), None)
    if first is None:
        return
    others = [re.sub(r"\s+", "", line) for k, line in enumerate(lines) if k != first]
    parts = _page_title_parts(lines[first], others)
    if parts is None:
        return
    head, columns, site = parts
    if not any(head in other or site in other for other in others):
        return
    if head in others and not REPORT_END.search(head):
        return  # the row is the metadata's word that a headline naming no report, printed alone, is the title (1380)
    roles[first], reasons[first] = "chrome", "the page's own title with the site's name"
    for k in range(first + 1, start):  # the column's name over the article (工作计划及完成情况: 1377)
        if roles[k] == "body" and re.sub(r"\s+", "", lines[k]) in columns:
            roles[k], reasons[k] = "chrome", "the page's column named in its title"


_YEAR = re.compile(r"(?:19|20)\d\d(?=年)")
_CLAUSE = re.compile(r"[，,。；;！!？?：:]")
_BLOCK = ("delivery", "date", "speaker", "organisation")  # the lines a report's own title block holds under it
_HEADLINE = (8, 40)  # characters: a page's item headline


def headlines_over_title(lines: list[str], roles: list[str], reasons: list[str], start: int) -> None:
    """A portal's item headline right over the report's own title block is the page's, whatever its words.

    A portal lists a report under its own headline (``垫江县2023年3月经济运行情况解读``) and prints it over the
    report's title (``2023年一季度垫江县经济运行情况``), the title's issuer and date lines following (1534, as 962).
    The headline names the year the title names and is a whole line of its own, no clause in it; a title split over
    two lines never names its year twice.
    """
    for i in range(min(start, len(lines)) - 1):
        j = i + 1
        if roles[i] != "body" or reasons[i] not in _PLAIN or roles[j] != "body" or reasons[j] != "title":
            continue
        head, title = lines[i].strip(), lines[j].strip()
        if not _HEADLINE[0] <= len(head) <= _HEADLINE[1] or _CLAUSE.search(head) or head == title:
            continue
        if not set(_YEAR.findall(head)) & set(_YEAR.findall(title)):
            continue
        if any(k < len(lines) and reasons[k] in _BLOCK for k in (j + 1, j + 2)):
            roles[i], reasons[i] = "chrome", "a portal's headline over the report's own title block"
