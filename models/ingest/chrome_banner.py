"""A site's banner: the name of the body that runs the site, printed over the page's breadcrumb (never the report's).

A web page opens with the site's banner (``某县人民政府``, ``某某局``), then its navigation and the breadcrumb
(``首页 >> 新闻动态 >> 正文``), then the article. An office's name standing right over the breadcrumb is the
banner: it names who runs the site, not who issued the report (a county's site posts its bureaus' reports),
and the article's own issuer line, title and fields come after the breadcrumb.
"""

from __future__ import annotations

import re

from models.ingest.clean_edges import is_crumb_line

BREADCRUMB = re.compile(r"(?:首页|主页)\s*(?:>|＞|›|»|/)|(?:当前|现在|所在)的?位置")


def site_banners(lines: list[str], roles: list[str], reasons: list[str], start: int) -> None:
    """Mark as chrome an organisation line before the body that stands right over a breadcrumb."""
    for i in range(min(start, len(lines) - 1)):
        if (
            roles[i] == "body"
            and reasons[i] == "organisation"
            and (BREADCRUMB.search(lines[i + 1]) or is_crumb_line(lines[i + 1]))
        ):
            roles[i], reasons[i] = "chrome", "the site's banner over its breadcrumb"
