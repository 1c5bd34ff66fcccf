"""A news item's yearless day (an agency's dateline ``新华社北京2月28日电``, a lead opening ``1月26日,…``) dated by the
stamp that posted the item within days."""

from __future__ import annotations

import re
from datetime import date, timedelta

from models.ingest.metadata_dates import find_dates
from models.ingest.page_fields import CLOCK_TIME

# the dateline opening the item: the agency or site and its city, then the day it filed the item (新华社北京2月28日电,
# 人民网北京12月27日电, 中新网哈尔滨1月25日电)
_DATELINE = re.compile(r"^[\u4e00-\u9fff]{2,12}?(\d{1,2})月(\d{1,2})日电")
# a news lead opening with the event's yearless day (1月26日,贵州省…会议在贵阳开幕; 1月20日上午,…), its stamp a posting
# line with its clock time (2015-01-26 14:51:07 | 来源:中国新闻网): session-27 ruling on 2242
# (or its day alone, 22日,据…发布会消息, in the stamp's month: 133, as 1991's 13日上午,…)
_LEAD_DAY = re.compile(r"^(?:(\d{1,2})月)?(\d{1,2})日(?:上午|下午|晚上?|凌晨)?[,，]")
# an agency files an item and a site posts it the same day or the next few (1189: 2月28日电 under 2017年03月01日 10:12)
_POSTED_WITHIN = timedelta(days=3)


def agency_dateline(lines: list[str], stamped: tuple[str, ...] | list[str]) -> list[tuple[float, str, str]]:
    """The dateline's day as the item's own date, in the year of a stamp on the page posting it within three days
    (the lead's session-21 ruling on 1189: ``新华社北京2月28日电`` under ``时间: 2017年03月01日 10:12`` is
    2017-02-28, over a mirror's ``发布时间:2024-11-16``); none when no stamp, or more than one year, fits. Scored
    below every date the document writes of itself (a delivery line, a signature)."""
    for line in lines[:3]:
        m = _DATELINE.match(line.strip())
        lead = m is None and (m := _LEAD_DAY.match(line.strip())) is not None
        if m is None:
            continue
        month, day = (int(m[1]) if m[1] else 0), int(m[2])
        days = set()
        for text in stamped:
            if lead and (not CLOCK_TIME.search(text) or "更新" in text):
                continue  # a lead's day is dated by a posting stamp only (the page's time to the minute; an update
                # time dates nothing, 1259 更新时间:2007-10-16 18:02 over 10月16日,…)
            for _start, _end, iso in find_dates(text):
                posted = date.fromisoformat(iso)
                for year in (posted.year, posted.year - 1):
                    try:
                        filed = date(year, month or posted.month, day)
                    except ValueError:
                        continue
                    # (a lead's day confirms its stamp's same day: a stamp days after the event stays the page's day,
                    # a day apart from it another outlet's repost; 378, session 24)
                    if timedelta(0) <= posted - filed <= (timedelta(0) if lead else _POSTED_WITHIN):
                        days.add(filed.isoformat())
        reason = (
            "the news lead's day in the year of the stamp posting it"
            if lead
            else "the agency's dateline in the year of the stamp posting it"
        )
        return [(4, days.pop(), reason)] if len(days) == 1 else []
    return []
