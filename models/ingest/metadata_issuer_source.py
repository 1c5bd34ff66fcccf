"""The bureau a page's source line (文章来源: 统计局) or a bracket after the title ((鹿城区发改局)) names."""

from __future__ import annotations

import re
from collections.abc import Sequence

from models.ingest.clean import CleanText
from models.ingest.metadata_issuer_names import has_place

_BODY = r"(?P<body>[\u4e00-\u9fff]{2,20}?(?:局|委员会|委))"
# 2020-04-20 10:33文章来源: 统计局; 来源：XX区统计局 (a site's name, 网友投稿 or 政府办 is no bureau)
_SOURCE = re.compile(r"(?:文章|信息)?来源\s*[:：]\s*" + _BODY + r"(?![\u4e00-\u9fff])")
# …工作思路(鹿城区发改局): the compiling bureau in brackets closing the title or on a line of its own
_BRACKET = re.compile(r"[(（]" + _BODY + r"[)）]\s*$")
# 游仙区2019年国民经济和社会发展统计公报: the place a title opens with, a year right after it
_TITLE_PLACE = re.compile(r"(?:\d{4}年)?(?P<place>[\u4e00-\u9fff]{2,10}?(?:自治县|区|县|市|旗|州))(?=\d{4}年|上半年)")
_LEVELS = "省市区县州旗"
# (关于三亚市人民代表大会常务委员会…): a bracket of the title's own words, no bureau
_NOT_BUREAU = re.compile(r"^关于|人民代表大会|常务委员会")


def source_bureau(title: str | None, cleaned: CleanText, lines: Sequence[str]) -> str | None:
    """The bureau a source line or a bracket after the title names, placed by the title when the line names only
    the bureau (统计局) or its level (县卫生健康局); ``None`` when neither says where it is.

    The lines searched are the header and chrome the cleaner set aside and the head of the text."""
    if title and "政府工作报告" in title:
        return None  # a province's 发改委 reposting a county's report: the government issues it (120)
    lines = [*cleaned.header_lines, *cleaned.chrome_lines[:12], *lines[:6]]
    bodies = [m["body"] for line in lines if (m := _SOURCE.search(line) or _BRACKET.search(line.strip()))]
    if title and (m := _BRACKET.search(title)):
        bodies.insert(0, m["body"])
    place = m["place"] if title and (m := _TITLE_PLACE.match(title)) else None
    for body in bodies:
        if _NOT_BUREAU.search(body):
            continue
        if has_place(body):
            return body
        if place is None or (body[:1] in _LEVELS and not place.endswith(body[0])):
            continue  # 区卫生健康委 under a 北京市 title: another level's office
        return place + (body[1:] if body[:1] in _LEVELS else body)
    return None
