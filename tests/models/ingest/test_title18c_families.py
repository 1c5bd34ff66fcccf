"""Titles and issuers at first sight (session 18, round 3): a farm's bracketed column tag before a title, and a
masked place (X区, 某县) in a title and an issuer."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.types import Metadata


def _read(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text)


PARA = (
    "过去一年,我们坚持稳中求进工作总基调,全市地区生产总值增长6.5%,一般公共预算收入增长7.2%,"
    "城乡居民人均可支配收入分别增长8.1%和8.6%,各项社会事业全面进步。\n\n"
)


@pytest.mark.parametrize(
    ("line", "title"),
    [
        # 1647: a list bullet, then the farm's column tag, then the title
        ("• 【淄博招商】2019年淄博市政府工作报告", "2019年淄博市政府工作报告"),
        # 1649: the tag opens with the year the title opens with
        ("【2015年台州市政府】2015年台州市政府工作报告(全文)", "2015年台州市政府工作报告"),
        # 1499: the tag without a year (as before)
        ("【余杭区招商】2015年杭州市余杭区政府工作报告", "2015年杭州市余杭区政府工作报告"),
    ],
)
def test_a_farms_column_tag_before_a_title_goes(line: str, title: str) -> None:
    text = f"{line}\n\n各位代表:\n\n" + PARA * 3
    assert _read(text).title == title


def test_a_bracketed_line_that_is_the_title_keeps_its_words() -> None:
    # 2011 湖北省政府工作报告 (056) in brackets: the brackets go, the words stay
    text = "【2011 某省政府工作报告】\n\n各位代表:\n\n" + PARA * 3
    assert _read(text).title == "2011 某省政府工作报告"


SUMMARY = (
    "今年以来,区农业农村局在区委区政府的坚强领导下,坚持稳中求进,统筹推进农业农村各项工作,现将上半年工作总结如下:\n\n"
    "一、上半年工作总结\n\n"
    "(一)全面推进乡村振兴。粮食播种面积稳定在12.5万亩,农村居民人均可支配收入增长7.1%。\n\n"
)


@pytest.mark.parametrize("place", ["X区", "XX县", "某区"])
def test_the_own_title_under_a_page_title_that_lost_its_place_is_the_title(place: str) -> None:
    # 1612: the farm's page title (区农业农村局…) above, the own title with its masked place (X区…) over the text
    text = (
        "区农业农村局2024年上半年工作总结\n\n"
        "admin 分享 时间: 加入收藏 共计5398个字,预计阅读时长18分钟。\n\n"
        f"{place}农业农村局2024年上半年工作总结\n\n" + SUMMARY
    )
    assert _read(text).title == f"{place}农业农村局2024年上半年工作总结"


def test_a_headline_set_in_brackets_over_its_paragraph_is_the_title() -> None:
    # 1535: a one-line news copy whose headline the page sets in 【】: the brackets mark it as the headline, and its
    # words stay (the lead shares only one phrase with it)
    lead = (
        "今年以来,全区上下围绕高质量发展目标,稳步推动一季度实现地区生产总值949.84亿元,增长3.1%。"
        "一是主要经济指标增长明显。21项区级核算指标正增长,增长面75.0%。二是代表新质生产力的产品产量增势强劲。"
    )
    text = "【经济呈现良好开局,新兴动能加快聚集】\n" + lead * 3 + "\n"
    assert _read(text).title == "经济呈现良好开局,新兴动能加快聚集"


@pytest.mark.parametrize("label", ["【正文】", "【概述】", "【PDF版】"])
def test_a_bracketed_label_over_the_text_is_no_headline(label: str) -> None:
    text = f"{label}\n" + PARA * 3
    assert _read(text).title is None
