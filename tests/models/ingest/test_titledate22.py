"""Title and date families of the session-22 first-sight misses, each on a made-up snippet: a title line's bracketed
date (and speaker) as the only date, ..."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.types import Metadata

PARA = (
    "过去一年，全县上下坚持稳中求进工作总基调，统筹发展和安全，经济运行总体平稳，"
    "全年地区生产总值完成120亿元，同比增长6%。"
)


def _meta(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text)


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("福建省政府工作报告(2023年1月11日 赵龙)", "2023-01-11"),  # 1924: the date and the speaker in the bracket
        ("(四川省)小金县人民政府工作报告(2023年1月8日)", "2023-01-08"),  # 1766: the date alone
        ("某市政府工作报告（2019年2月21日　张三丰）", "2019-02-21"),
        ("某区人民政府工作报告 ( 2008年12月3日 )", "2008-12-03"),
    ],
)
def test_a_title_lines_bracketed_date_dates_the_report_when_it_has_no_other(line: str, iso: str) -> None:
    text = f"{line}\n各位代表:\n现在,我代表区人民政府,向大会报告政府工作,请予审议。\n" + PARA * 3
    assert _meta(text).date == iso


def test_a_delivery_line_still_beats_the_titles_bracketed_date() -> None:
    delivery = "——2018年1月22日在某省第十三届人民代表大会第一次会议上"
    text = f"某省政府工作报告(2018年1月20日 李四)\n{delivery}\n各位代表:\n" + PARA * 3
    assert _meta(text).date == "2018-01-22"


def test_a_bracketed_date_inside_the_first_paragraph_is_no_titles_date() -> None:
    text = "某县政府工作报告\n今年以来,全县召开专题会议(2023年3月8日)研究部署工作,全年地区生产总值增长6%。\n" + PARA * 3
    assert _meta(text).date is None


@pytest.mark.parametrize(
    ("label", "own"),
    [
        ("2015年乡政府工作计划一:2015年乡政府工作计划", "2015年乡政府工作计划"),  # 1943: a piece number between
        ("四川省政府工作报告,年四川省政府工作报告全文解读提案(五)", "四川省政府工作报告"),  # 1925: a farm's suffix
        ("某县统计局2019年工作总结篇二:某县统计局2019年工作总结", "某县统计局2019年工作总结"),
        ("某镇政府工作报告，2018年某镇政府工作报告全文", "某镇政府工作报告"),
    ],
)
def test_a_label_holding_the_title_twice_is_filed_as_its_first_whole_copy(label: str, own: str) -> None:
    text = f"{label}\n更新时间:某某网\n现在,我代表四川省人民政府,向大会报告政府工作,请予审议。" + PARA * 3
    assert _meta(text).title == own


@pytest.mark.parametrize(
    "own",
    [
        "关于某市2020年预算执行情况和2021年预算草案的报告",
        "某区2022年工作总结和2023年工作计划",
        "某县人民政府关于印发《某县2021年工作要点》的通知",
    ],
)
def test_a_title_naming_two_documents_is_no_doubled_label(own: str) -> None:
    text = f"{own}\n\n" + PARA * 3
    assert _meta(text).title == own


@pytest.mark.parametrize(
    "credit",
    ["安徽新媒体集团技术支持", "技术支持:某某网络科技有限公司", "版权所有 某市人民政府办公室", "某ICP备05017185号"],
)
def test_a_sites_credit_line_over_the_title_is_no_half_of_it(credit: str) -> None:
    text = f"{credit}\n政府工作报告\n——2025年1月20日在某省第十四届人民代表大会第三次会议上\n各位代表:\n" + PARA * 3
    assert _meta(text).title == "政府工作报告"


@pytest.mark.parametrize(
    ("line", "own"),
    [
        ("2020 年江西 省 政府工作报告 省长 易炼红", "2020年江西省政府工作报告"),  # 1916 under a store's piece label
        ("2019年某市政府工作报告 市长 王五", "2019年某市政府工作报告"),
        ("2021年某自治州政府工作报告 州长 阿不都", "2021年某自治州政府工作报告"),
    ],
)
def test_the_speakers_office_and_name_run_onto_the_title_are_no_part_of_it(line: str, own: str) -> None:
    text = f"第一篇:年某省政府工作报告\n{line}\n各位代表:\n现在,我代表省人民政府向大会报告工作,请予审议。\n" + PARA * 3
    assert (_meta(text).title or "").replace(" ", "") == own


@pytest.mark.parametrize(
    ("label", "own"),
    [
        ("2023年某县教育局工作总结及工作计划【优秀范文】", "2023年某县教育局工作总结及工作计划"),  # 1964
        ("2021年某镇人民政府工作总结【范文】", "2021年某镇人民政府工作总结"),
        ("某区统计局2019年工作计划(精选范文)", "某区统计局2019年工作计划"),
    ],
)
def test_a_farms_sample_badge_after_the_title_is_cut(label: str, own: str) -> None:
    text = f"{label}\n\n2022年,全县教育工作坚持稳中求进。\n" + PARA * 3
    assert _meta(text).title == own


NEWS_LEAD = "会议总结了2023年全市市场监管工作,安排部署了2024年工作任务。2023年,全市新增经营主体3.2万户,同比增长12%。"


@pytest.mark.parametrize(
    ("headline", "lead", "tail"),
    [
        # 1891: the reporter's dateline with the day before it
        ("我市经营主体总量连续三年稳居全省前列", "1月26日,记者从2024年全市市场监管工作会议上获悉,", ""),
        # 1894: a newspaper's byline closing the item
        ("今年我市交通投资将达70亿", "3月25日,我市召开全市交通运输工作会议。", "\n时报讯(记者 某某)"),
        ("某县一季度经济运行稳中有进", "近日,记者从县统计局了解到,", ""),
    ],
)
def test_a_newspapers_item_takes_no_title_from_its_headline(headline: str, lead: str, tail: str) -> None:
    text = f"{headline}\n{lead}{NEWS_LEAD}\n" + PARA * 3 + tail
    assert _meta(text).title is None


def test_an_offices_own_item_keeps_its_headline() -> None:
    text = (
        "我局召开2024年全市市场监管工作会议\n1月26日,我局召开2024年全市市场监管工作会议。" + NEWS_LEAD + "\n" + PARA * 3
    )
    assert _meta(text).title == "我局召开2024年全市市场监管工作会议"
