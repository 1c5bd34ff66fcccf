"""A store's upload stamp (955): a posting time to the second alone on its line, nothing beside it (no 来源, counter or
font bar), between the store's copy of the title and the document's own title, dates nothing; a portal's stamp with its
furniture (959's counter and 关闭本页, 1594's 来源) keeps its page day."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.types import Metadata

BODY = (
    "一、2019年主要工作回顾\n"
    "过去一年,在市委的正确领导下,全市上下攻坚克难,较好地完成了市人大会议确定的目标任务。全市地区生产总值增长7.2%。\n"
    "二、2020年主要任务\n"
    "今年经济社会发展的主要预期目标是:地区生产总值增长6%左右。\n"
)


def _read(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text)


@pytest.mark.parametrize(
    ("title", "stamp"),
    [
        ("2020年政府工作报告", "发布时间:2020-11-24 11:02:03"),
        ("某县2019年政府工作报告", "发布时间：2021-03-05 08:15:44"),
        ("某区科技局2022年工作总结", "发布时间: 2023/1/9 21:40:10"),
        ("某市2018年国民经济和社会发展统计公报", "发布日期:2019-07-30 09:00:01"),
    ],
)
def test_a_lone_stamp_between_two_copies_of_the_title_dates_nothing(title: str, stamp: str) -> None:
    meta = _read(f"{title}\n\n{stamp}\n\n{title}\n\n{BODY}")
    assert meta.date is None


@pytest.mark.parametrize(
    ("stamp", "iso"),
    [
        ("发布时间:2015-5-16 11:12:42    点击:83538次    [关闭本页]", "2015-05-16"),
        ("来源: 某区政府门户网站 发布时间:2022-05-30 10:11:12 作者:", "2022-05-30"),
    ],
)
def test_a_stamp_with_a_portals_furniture_keeps_its_page_day(stamp: str, iso: str) -> None:
    title = "某市深化水利改革总体实施方案"
    meta = _read(f"{title}\n\n{stamp}\n\n{title}\n\n{BODY}")
    assert meta.date == iso


def test_a_lone_stamp_under_one_title_is_left_to_the_other_rules() -> None:
    title = "某市2018年国民经济和社会发展统计公报"
    meta = _read(f"{title}\n\n发布日期:2019-07-30 09:00:01\n\n{BODY}")
    assert meta.date == "2019-07-30"
