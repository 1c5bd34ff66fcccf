"""A news item whose lead opens with its event's yearless day (``1月26日,…会议…开幕``) under the news site's posting
stamp of the same day (``2015-01-26 14:51:07 | 来源:中国新闻网``) is dated that day (session-27
ruling on 2242, as the agency dateline on 1189/2084), and so is a lead naming only the day of the month (``22日,据…``)
on its stamp's day (session-28 ruling on 133); a stamp without a clock time, or a stamp weeks away dates nothing."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.types import Metadata

BODY = (
    "会议听取了政府工作报告,审议了计划报告和预算报告。报告指出,过去一年全省经济平稳增长,"
    "民生持续改善。\n\n  报告提出,今年要坚持稳中求进,扎实推进各项工作。\n"
)


def _read(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text)


@pytest.mark.parametrize(
    ("stamp", "lead_day", "iso"),
    [
        ("2015-01-26 14:51:07 | 来源:中国新闻网 | 作者:周娴 任莉", "1月26日", "2015-01-26"),
        ("2019-02-14 09:30 | 来源:某某新闻网", "2月14日", "2019-02-14"),
        ("2021年01月20日 10:05 | 来源:某某广播电视台", "1月20日上午", "2021-01-20"),
        ("2023-01-10 16:20:01 ｜ 來源:某某新聞網", "1月10日", "2023-01-10"),
        ("2022年03月22日 17:02:15 | 来源:新华网", "22日", "2022-03-22"),  # the day of the month alone (133)
    ],
)
def test_a_news_lead_day_is_dated_by_the_stamp_posting_it(stamp: str, lead_day: str, iso: str) -> None:
    text = f"某省人民代表大会会议开幕\n{stamp}\n  {lead_day},某省第十三届人民代表大会第二次会议在某市开幕。" + BODY
    assert _read(text).date == iso


@pytest.mark.parametrize(
    ("stamp", "lead_day"),
    [
        ("2015-01-26 | 来源:中国新闻网", "1月26日"),  # no clock time: not a posting stamp
        ("2015-03-26 14:51:07 | 来源:中国新闻网", "1月26日"),  # two months later: a repost
        ("2015-01-27 09:02:00 | 来源:某某新闻网", "1月26日"),  # a day apart: another outlet's repost (378)
        ("来源:某某信息网 更新时间:2015-01-26 18:02 作者:某某", "1月26日"),  # an update time (1259)
        ("2022年03月22日 17:02:15 | 来源:新华网", "21日"),  # the day of the month alone, a day before
    ],
)
def test_no_date_without_a_same_day_stamp_and_a_full_lead_day(stamp: str, lead_day: str) -> None:
    text = f"某省人民代表大会会议开幕\n{stamp}\n  {lead_day},某省第十三届人民代表大会第二次会议在某市开幕。" + BODY
    assert _read(text).date is None
