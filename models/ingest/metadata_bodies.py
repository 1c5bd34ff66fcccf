"""Issuers named by what a report is: a budget report's finance body, a national conference's own body."""

from __future__ import annotations

import re

from models.folding import compact as _compact
from models.ingest.metadata_places import known_place

# 关于某县2019年财政决算情况的报告, 关于2023年中央和地方预算执行情况…的报告 (an audit of them is the 审计局's)
_FINANCE_REPORT = re.compile(
    r"关于([\u4e00-\u9fff]{2,12}?[省市区县州旗])?(?:19|20)\d\d年度?(中央和地方|中央|[\u4e00-\u9fff]{0,6}?)"
    r"(?:财政)?(?:预算|决算)(?![\u4e00-\u9fff]*审计)[\u4e00-\u9fff0-9、和与及（）()]{0,30}?的报告"
)


def finance_body(title: str | None, lines: list[str]) -> str | None:
    """The finance body that reports a budget or its final accounts to a congress (公文 convention: the
    government entrusts its 财政部门, which delivers the report): 财政部 for the central budget, else the
    finance bureau (厅 for a province) of the place the title names."""
    head = [_compact(line).strip("|") for line in [title or "", *lines[:40]]]
    if not re.search(r"人民代表大会|人大", (title or "") + "\n".join(lines)[:4000]):
        return None  # delivered to a congress or its standing committee
    for line in head:
        if (m := _FINANCE_REPORT.search(line)) is None:
            continue
        place, scope = m.group(1), m.group(2) or ""
        if place is None:
            return "财政部" if scope.startswith("中央") and "全国" in "".join(lines[:20]) else None
        if place[0] in "省市区县州旗" or (known_place(place) != place and "\n".join(lines).count(place) < 2):
            return None  # a place the dictionary does not know counts when the text names it again
        return place + ("财政厅" if place.endswith(("省", "自治区")) else "财政局")
    return None


# 某某部长在2024年全国交通运输工作会议上的讲话: the ministry of the system whose national conference it is
_MINISTER_AT = re.compile(r"部长在(?:(?:19|20)\d\d年)?全国([\u4e00-\u9fff]{2,8}?)工作会议")
# 某某在全国档案局长馆长会议上的报告: the national bureau of the heads who meet
_HEADS_MEETING = re.compile(r"在全国([\u4e00-\u9fff]{2,4}?)局长(?:馆长)?会议")


def national_conference_body(title: str | None, lines: list[str]) -> str | None:
    """The national body whose head speaks at its system's national conference (``交通运输部``, ``国家档案局``)."""
    for line in [title or "", *lines[:6]]:
        text = _compact(line)
        if m := _MINISTER_AT.search(text):
            return m.group(1) + "部"
        if m := _HEADS_MEETING.search(text):
            return "国家" + m.group(1) + "局"
    return None
