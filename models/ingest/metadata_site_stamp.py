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
from models.ingest.page_fields import SITE_STAMP, SOURCE_LABEL

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
