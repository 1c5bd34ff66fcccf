"""A news site's ticker: its latest headlines on one line over the article, read by chrome and metadata."""

from __future__ import annotations

import re

# a news site's ticker over the article: its latest headlines on one line, each led by a blank and a dash (发展要闻
# -盘点08中国经济:… -各地制定汽车业规划 … -外交部:…, 2078); a contents line's page numbers (…报告- 38 -…) are no items
_TICKER_ITEM = re.compile(r"(?<=\s)-(?=[^\s\-])")


def is_ticker(line: str) -> bool:
    """Whether ``line`` is a news ticker's row of headlines: four dash-led items at least, each worded, none a
    sentence, a table's cells or an entry ending with its page number."""
    items = _TICKER_ITEM.split(line)[1:]
    return len(items) >= 4 and all(
        len(item) <= 80
        and "。" not in item
        and "|" not in item  # (a table row's negative figures: -19.1 | 629432 |)
        and len(re.findall(r"[\u4e00-\u9fff]", item)) >= 4
        and not re.search(r"-\s*\d+\s*$", item)
        for item in items
    )
