"""A news item's line that only credits who supplied its picture (``青岛市住房和城乡建设局 供图``, 2181) is the
picture's, not the text's: it leaves the body (no heading), yet the supplier stays evidence for the issuer where the
item reports that bureau's sector conference and nothing else names one; a caption with its supplier after the
item's own sentence (1106, 2222) stays body. Variants written here for other places, sectors, brackets and scripts."""

from __future__ import annotations

import opencc
import pytest

from models.ingest.clean import clean
from models.ingest.photo_credits import supplied_credit
from tests.models.ingest._reading import issuer as _issuer
from tests.models.ingest.test_clean_props import check_map

_ITEM = (
    "半岛网3月6日消息 3月4日,青岛市住房和城乡建设工作会议召开。会议回顾总结2019年全市住建工作,部署2020年工作任务。\n"
    "青岛市住房和城乡建设局 供图\n"
    "会议指出,2019年,全市住房和城乡建设系统坚持以习近平新时代中国特色社会主义思想为指导,工作取得显著成绩。\n"
    "据了解,2019年,青岛市全年完成住房保障6832套(户),启动2.9万套棚改任务,新建燃气管网265公里。\n"
)
_OTHER = (
    "3月10日,绵阳市统计工作会议召开。会议回顾总结2023年全市统计工作,部署2024年工作任务。\n"
    "（绵阳市统计局供图）\n"
    "会议指出,2023年,全市统计系统坚持依法统计,统计数据质量稳步提升,各项工作取得显著成绩。\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "青岛市住房和城乡建设局 供图",
        "（县委宣传部供图）",
        "成都市统计局  供图",
        "(绵阳市统计局供图)",
        "图/某县融媒体中心 供图",
    ],
)
def test_a_line_only_crediting_its_supplier_is_a_credit(line: str) -> None:
    assert supplied_credit(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "全年向媒体供图",
        "全年向中央媒体供图300余幅。",
        "建立新闻供图机制",
        "一、做好新闻供图工作",
        "黑龙江省工业和信息化工作会议在哈尔滨召开。黑龙江省工业和信息化厅供图",
        "胡超文宣布大会开幕。(恩施州电视台供图)",
        "为主流媒体供图",
    ],
)
def test_the_reports_own_words_and_captions_are_no_supplier_credit(line: str) -> None:
    assert supplied_credit(line) is None


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_the_credit_leaves_the_body_and_still_names_the_sector_bureau(script: str) -> None:
    text = _ITEM if script == "simplified" else str(opencc.OpenCC("s2t").convert(_ITEM))
    shown = str(opencc.OpenCC("t2s").convert(clean(text).display_text))
    assert "供图" not in shown
    assert "会议指出" in shown
    check_map(text)
    assert _issuer(text) == "青岛市住房和城乡建设局"


def test_another_city_and_sector_in_brackets_reads_the_same() -> None:
    assert "供图" not in clean(_OTHER).display_text
    assert _issuer(_OTHER) == "绵阳市统计局"


def test_a_supplier_of_another_sector_names_no_issuer() -> None:
    text = _OTHER.replace("（绵阳市统计局供图）", "（绵阳市委宣传部供图）")
    assert _issuer(text) != "绵阳市委宣传部"


def test_a_caption_with_its_supplier_stays_between_the_paragraphs() -> None:
    text = _ITEM.replace("青岛市住房和城乡建设局 供图", "会议现场,与会人员认真听取工作报告。青岛市住房和城乡建设局供图")
    assert "认真听取工作报告" in clean(text).display_text


def test_the_supplier_names_the_bureau_when_the_text_names_no_system() -> None:
    text = _OTHER.replace("全市统计系统坚持依法统计,", "")
    assert "统计系统" not in text
    assert _issuer(text) == "绵阳市统计局"
