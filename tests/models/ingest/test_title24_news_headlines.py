"""A news headline is no title when a journalist wrote the item (README news ruling, line 1448): a closing credit
``(记者孙鹏)`` or a byline ``本报讯(记者…)`` on any page, a portal's too (2119, as 1329, 1894), and a newspaper named
as the page's 来源 by its last word (2100 ``稿件来源:人民之声报``, as 1288 东方今报), also where the site's words
open the headline line (``肃北 听取…``). A photo's credit (``记者 杨飞 摄``, 1693) and a bulletin as 来源 are no such
evidence."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.types import Metadata

BODY = (
    "上半年,某区地区生产总值完成275.55亿元,同比增长6.3%;全社会固定资产投资完成201.6亿元,同比增长15.5%。\n"
    "今年年初以来,某区先后开展了专项招商活动,拜访20余户零部件企业,签约项目408亿元,储备项目127个。\n"
)


def _read(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text)


@pytest.mark.parametrize("credit", ["(记者孙鹏)", "(记者 张三 李四)", "（本报记者 王五）"])
def test_a_reporters_closing_credit_on_a_portal_takes_the_headline_off(credit: str) -> None:
    text = (
        "某区上半年经济平稳发展\n阅读次数:    来源:某市发改委    日期:2015-08-03 14:51:39    【打印此页】"
        f"    【关闭】    字号:【大 中 小】\n{BODY}会上还传达学习了有关会议精神。 {credit}\n"
    )
    assert _read(text).title is None


def test_a_bureaus_own_item_on_its_portal_keeps_its_headline() -> None:
    text = (
        "某区上半年经济平稳发展\n阅读次数:    来源:某区发改局    日期:2015-08-03 14:51:39    【打印此页】"
        f"    【关闭】    字号:【大 中 小】\n{BODY}会上还传达学习了有关会议精神。 (通讯员 赵六)\n"
    )
    assert _read(text).title == "某区上半年经济平稳发展"


def test_a_photo_credit_is_no_writers_credit() -> None:
    text = (
        "某区上半年经济平稳发展\n阅读次数:    来源:某区发改局    日期:2015-08-03 14:51:39    【打印此页】"
        f"    【关闭】    字号:【大 中 小】\n{BODY}会议现场(记者 杨飞 摄)\n"
    )
    assert _read(text).title == "某区上半年经济平稳发展"


@pytest.mark.parametrize("paper", ["人民之声报", "某某特区报", "东方今报"])
def test_a_newspaper_as_source_takes_the_headline_off(paper: str) -> None:
    text = (
        f"\n某县 听取审议前三季度国民经济和社会发展情况报告\n稿件来源:{paper} 发布时间:2015-01-22 13:12:18\n"
        "近日,某省某县十七届人大常委会第七次会议听取审议县人民政府2012年前三季度国民经济和社会发展情况的报告。"
        "会议认为,前三季度全县生产总值实现28.49亿元,同比增长22.51%,完成年计划的84.27%。\n"
    )
    assert _read(text).title is None


@pytest.mark.parametrize(
    "deck",
    [
        "大会主席团常务主席主持会议 听取政府工作报告 审查计划报告和草案、预算报告和草案",
        "某县 听取审议上半年国民经济和社会发展计划执行情况报告",
        "市人大常委会举行第十次会议 听取市政府关于财政决算的报告",
    ],
)
def test_a_headline_telling_what_a_session_heard_is_no_title(deck: str) -> None:
    text = (
        f"某省十四届人大二次会议隆重开幕\n{deck}\n1月28日上午,某省第十四届人民代表大会第二次会议在省人民会堂隆重开幕。"
        "在热烈的掌声中,省长张三作政府工作报告。报告共分三个部分。\n"
    )
    assert _read(text).title is None


def test_a_report_on_what_was_heard_keeps_its_own_title() -> None:
    text = (
        "关于听取和审议代表建议办理情况的报告\n\n主任、各位副主任、秘书长、各位委员:\n\n"
        "根据会议安排,现将今年代表建议办理情况报告如下。今年共承办代表建议126件,已全部办结。\n"
    )
    assert _read(text).title == "关于听取和审议代表建议办理情况的报告"
