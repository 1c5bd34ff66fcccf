"""The day a site's address line stamps its page (``www.gxbsrd.gov.cn 2018-01-26 09:18 阅读:…``): whose page it is.

A page that prints its own address before its stamp says who published it. A government domain (``.gov.cn``, which
only government bodies are given) is a government site, whose page date dates a report with no date of its own
(README "Metadata"; 2080, 2076). Any other site's stamp dates the item only when the page is the outlet's own: its
``来源`` names the outlet that the item's byline opens with (2034 ``来源:四川在线`` over ``四川在线遂宁频道消息(…)``); a
portal carrying another outlet's item (378 ``http://www.sina.com.cn … 四川新闻网``) or a farm's stamp gives none.
"""

from __future__ import annotations

import re

from models.ingest.metadata_dates import parse_date
from models.ingest.page_fields import CLOCK, PAGE_DAY, SITE_STAMP, SOURCE_LABEL

_GOVERNMENT_HOST = re.compile(r"\.gov\.cn$", re.IGNORECASE)
_SOURCE = re.compile(rf"{SOURCE_LABEL}\s*([\u4e00-\u9fff]{{2,16}})")


def site_stamp_day(chrome: tuple[str, ...], header: tuple[str, ...], lines: list[str]) -> str | None:
    """The ISO day of the page's address line when the page is a government site's or the outlet's own item."""
    opening = [re.sub(r"\s+", "", line) for line in lines[:3]]
    for line in [*chrome[:12], *header]:
        m = SITE_STAMP.match(line.strip())
        if m is None:
            continue
        day = parse_date(m["date"])
        if day is None:
            return None
        if _GOVERNMENT_HOST.search(m["host"]):
            return day
        source = _SOURCE.search(m["tail"])
        own = source is not None and any(first.startswith(source[1]) for first in opening)
        return day if own else None
    return None


# a stamp line: the day (and its clock time), then its outlet, labelled 来源 across a bar or standing last
# (2022年01月20日18:53 | 来源:人民网-宁夏频道; 2010年1月20日 17:19 hacker2.cn 萧山网; a day alone under
# 来源:中国日报网); or the outlet labelled first, its day after it (来源:中国水利网站 2019年8月29日, 2304)
_STAMP = re.compile(
    rf"^(?:(?:发布)?时间\s*[:：]\s*)?(?P<date>{PAGE_DAY})\s*(?:{CLOCK})?"
    rf"(?P<tail>(?:\s*[|｜]?\s*(?:{SOURCE_LABEL}\s*)?[\u4e00-\u9fffA-Za-z0-9.\s|｜-]*)?)$"
    rf"|^{SOURCE_LABEL}\s*(?P<head>[\u4e00-\u9fff]{{2,14}})\s+(?P<after>{PAGE_DAY})\s*(?:{CLOCK})?$"
)
_OUTLET = re.compile(r"([\u4e00-\u9fff]{1,12}(?:网|网站|在线))(?:[-—][\u4e00-\u9fff]{2,8})?\s*(?:[|｜].*)?$")
# the outlet's staff credited after the item's last sentence ((中国日报云南记者站), (人民网记者 某某))
_CREDIT = r"[(（]\s*{core}[\u4e00-\u9fff]{{0,8}}(?:记者站|记者|通讯员|报道组)"
# the outlet's own dateline opening the item (中国水利网站8月29日讯): its day, without the year
_BYLINE = r"^{name}\s*(?:(\d{{1,2}})月(\d{{1,2}})日)?讯"


def own_outlet_day(
    chrome: tuple[str, ...], header: tuple[str, ...], lines: list[str], source: str | None
) -> str | None:
    """The ISO day of a news outlet's stamp when the page is that outlet's own: the page's furniture names the outlet
    its stamp credits (its name line ``人民网``, its breadcrumb's root ``萧山网 > 两会新闻``, its staff's closing credit
    ``(中国日报云南记者站)``, its dateline opening the item on the stamp's day ``中国水利网站8月29日讯``). A page naming
    the outlet only in its stamp carries another's item (2242): none."""
    stamps = [line.strip() for line in [*header, *chrome[:12], *lines[:4]]]
    for stamp in stamps:
        m = _STAMP.match(stamp)
        if m is None or (day := parse_date(m["date"] or m["after"])) is None:
            continue
        tail = re.sub(r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+", " ", m["tail"] or m["head"] or "").strip(" |｜")
        outlet = _OUTLET.search(tail) if tail else _OUTLET.fullmatch(re.sub(r"\s+", "", source or ""))
        if outlet is None:
            continue
        name = outlet[1].strip()
        core = re.sub(r"(?:网站|网|在线)$", "", name)
        furniture = [line.strip() for line in chrome[:12] if line.strip() != stamp]
        named = any(line == name or re.match(rf"{re.escape(name)}\s*(?:>|＞|»)", line) for line in furniture)
        credit = len(core) >= 2 and any(re.search(_CREDIT.format(core=re.escape(core)), line) for line in lines[-3:])
        bylines = [b for line in lines[:2] if (b := re.match(_BYLINE.format(name=re.escape(name)), line.strip()))]
        dated = any(not b[1] or (int(b[1]), int(b[2])) == (int(day[5:7]), int(day[8:10])) for b in bylines)
        return day if named or credit or dated else None
    return None
