"""The government a store's set-aside title line names, for a 政府工作报告 whose own text never names its place."""

from __future__ import annotations

import re
from collections.abc import Sequence

from models.ingest.metadata_places import government_of

# 滨城区2007年政府工作报告【完整版】, (湖南省)2020年新晃侗族自治县政府工作报告(全文): a store's heading of the
# same report, with at most a province in brackets, a year and an edition mark around the place's name
_PLACE = r"(?P<place>[\u4e00-\u9fff]{2,12}?(?:自治县|自治州|自治旗|省|市|区|县|旗|州|镇|乡))"
_EDITION = r"(?:[(（【\[][^()（）【】\[\]]{1,6}[)）】\]]|[—-]?全文)?"
_STORE_TITLE = re.compile(
    r"(?:[(（【\[][\u4e00-\u9fff]{2,8}[)）】\]]\s*)?(?:\d{4}年?)?(?:两会)?"  # 2008两会四川省…
    + _PLACE
    + r"(?:\d{4}年度?)?(?:人民)?政府工作报告"
    + _EDITION
)
# a masked or generic place (某县, x镇, 全市, 我区) names no government
_NOT_NAMED = re.compile(r"[某xX×*＊年我本全该各]|^(?:县|区|市|镇|乡)")


def stored_title_government(title: str | None, chrome_lines: Sequence[str]) -> str | None:
    """The government a set-aside title line of the same 政府工作报告 names (weak: used only when the text names
    none); ``None`` for any other report, or when the lines name no place or two different ones."""
    if title is None or "政府工作报告" not in title:
        return None
    places = set()
    for line in chrome_lines[:12]:
        match = _STORE_TITLE.fullmatch(line.strip())
        if match is None or _NOT_NAMED.search(match["place"]):
            continue
        places.add(match["place"])
    if len(places) != 1:
        return None
    return government_of(places.pop())
