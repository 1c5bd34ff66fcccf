"""Titles of session 14's discovery families: a news column's tag, a headline naming a 政府工作报告's speaker by name,
a portal's 政策解读 of a document it names."""

from __future__ import annotations

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata

LEAD = (
    "2022年,某州农牧部门将认真贯彻落实省委、省政府的决策部署,推进绿色有机农畜产品输出地建设。"
    "认真谋划和做实2022年农牧业发展“八项行动”。\n"
)


def _title(text: str) -> str | None:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text).title


def test_a_news_columns_tag_before_the_headline_is_dropped() -> None:
    text = (
        "现在的位置:首页 / 某州要闻 / 部门动态\n\n【奋进某州】某州农牧局谋实2022年“八项行动”\n\n"
        f"来源:某州农牧局     发布时间:2021-11-17\n{LEAD}一是实施项目建设支撑行动。申报2022年农牧业项目24个。\n"
    )
    assert _title(text) == "某州农牧局谋实2022年“八项行动”"


def test_a_headline_naming_the_speaker_of_a_government_report_is_no_title() -> None:
    text = (
        "本篇文章2875字,读完约7分钟\n某区第十六届人大四次会议\n张某某做了政府工作报告\n"
        "1月16日上午,某区第十六届人民代表大会第四次会议开幕。大会听取了区长张某某代表区人民政府所作的政府工作报告。\n"
        "张某某在报告中回顾了过去一年的工作。\n"
    )
    assert _title(text) is None


def test_the_speakers_caption_under_a_delivery_line_leaves_the_title_above_it() -> None:
    text = (
        "政府工作报告\n\n——2013年1月22日在某省第十二届人民代表大会第一次会议上\n\n王某某作政府工作报告 省长 王某某\n\n"
        "各位代表:\n现在,我代表省人民政府向大会报告工作,请予审议。\n"
    )
    assert _title(text) == "政府工作报告"


def test_a_portals_reading_of_a_plan_it_names_is_titled() -> None:
    text = (
        "无障碍浏览 长者模式\n\n《〈政府工作报告〉2024年重点工作任务分工方案》政策解读\n\n"
        "发布日期:2024-04-02 15:35 点击量:10\n\n来源:某市政府办\n\n一、起草背景\n\n"
        "2024年1月,某市第十六届人民代表大会第三次会议审议通过了《政府工作报告》。\n"
    )
    assert _title(text) == "《〈政府工作报告〉2024年重点工作任务分工方案》政策解读"


def test_a_farms_sample_label_after_a_plans_kind_is_dropped() -> None:
    text = (
        "镇政府工作总结及工作规划范文(3)\n\n时间:2021-08-31\n\n四、社会稳定和平安创建工作:\n\n"
        "  今年来,我镇始终坚持以信访、司法、综治和社会矛盾调处中心为依托,积极开展矛盾调处和纠纷化解。\n"
    )
    assert _title(text) == "镇政府工作总结及工作规划"
