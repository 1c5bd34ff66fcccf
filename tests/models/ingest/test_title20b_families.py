"""Titles round 2 of session 20: a mirror's garbled region tag before its page label."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.ingest.metadata_title_choice import choose_title


def _title(text: str) -> str | None:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text).title


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("(浙江?。?025年嘉兴市人民政府政府工作报告", "?025年嘉兴市人民政府政府工作报告"),
        ("(贵州?。?023年毕节市威宁县国民经济和社会发展统计公报", "?023年毕节市威宁县国民经济和社会发展统计公报"),
        ("(广西壮族自治?。?019年南宁市人民政府工作报告", "?019年南宁市人民政府工作报告"),
        ("（湖南?。?020年新晃侗族自治县政府工作报告", "?020年新晃侗族自治县政府工作报告"),
    ],
)
def test_a_region_tag_a_mirror_garbled_leaves_the_label_as_the_text_shows_it(line: str, title: str) -> None:
    # (省) and the year's first digit lost as ?。? (1114, 199): the tag goes, the label keeps its lost digit
    assert choose_title(None, [line, "2025年2月11日在某市第九届人民代表大会第五次会议上", "各位代表:"]).value == title


@pytest.mark.parametrize("line", ["?。?)2017年10月1日起,执行新标准", "(浙江?。?025年的工作,我们要做好三件事。"])
def test_a_garbled_sentence_is_still_no_title(line: str) -> None:
    assert choose_title(None, [line]).value is None


@pytest.mark.parametrize(
    ("chain", "body", "title"),
    [
        ("365彩票手机app下载_365bet官网网址多少_office365桌面应用", "林业局", "林业局2021年部门整体支出绩效自评报告"),
        ("365三式投注__365商城怎么下载", "统计局", "2021年国民经济和社会发展统计公报"),
        ("bet365体育_开云app官网入口", "水利局", "水利局2021年工作总结"),
        ("ky开元app下载_888棋牌官网入口", "交通运输局", "交通运输局2022年工作总结和2023年工作计划"),
    ],
)
def test_a_hijackers_keyword_chain_where_the_place_stood_is_no_part_of_the_title(
    chain: str, body: str, title: str
) -> None:
    # 1165, 260, 1367: the chain stands before different words each time, and ends where they part
    lines = [
        f"{chain}{title}" if title.startswith(body) else f"2021年{chain}{title[5:]}",
        f"{chain}{body}",
        "2022年4月15日",
        f"一年来,在{chain}县委、县政府的正确领导下,{chain}{body}全面完成了各项工作任务。",
    ]
    assert _title("\n".join(lines)) == title


def test_a_file_name_with_underscores_is_no_keyword_chain() -> None:
    from models.ingest.title_edges import spam_chain

    assert spam_chain(["2021_工作总结_定稿.docx", "2021_工作总结_定稿.docx 下载"]) is None
    assert spam_chain(["365彩票app_365bet官网林业局", "365彩票app_365bet官网部门"]) == "365彩票app_365bet官网"


_BODY = "现在,我代表市人民政府向大会报告工作,请予审议,并请市政协委员和其他列席人员提出意见。" + (
    "一、过去一年工作回顾 过去一年,全市上下坚持稳中求进工作总基调,经济社会发展取得新成效,地区生产总值增长6.5%。" * 6
)


@pytest.mark.parametrize(
    ("label", "delivery", "speaker"),
    [
        ("泉州人民政府2011年工作报告", "——2012年1月5日在泉州市第十五届 人民代表大会第一次会议上", "代市长 黄少萍"),
        ("2019年某县人民政府工作报告全文", "——2019年2月18日在某县第十七届人民代表大会第四次会议上", "县长 张明"),
        ("(湖南省)2020年衡阳市政府工作报告", "——2020年1月9日在衡阳市第十五届 人民代表大会第五次会议上", "市长 邓群策"),
    ],
)
def test_a_one_line_copys_own_title_over_its_delivery_line_wins_over_the_label_above(
    label: str, delivery: str, speaker: str
) -> None:
    # 1032 as a doc store's one-line copy: the store's label, then the own title over the delivery line
    text = f"{label} 政府工作报告 {delivery} {speaker} 各位代表: {_BODY}"
    assert _title(text) == "政府工作报告"


def test_a_fields_date_value_ends_its_cell_before_the_title_in_a_one_line_copy() -> None:
    # 1404: • 发布日期:2025-01-08 政 府 工 作 报 告 ——…: the title a line of its own, over the delivery line
    text = (
        "2025年政府工作报告 • 发文机构:上海市长宁区人民政府 • 发布日期:2025-01-08 政 府 工 作 报 告 "
        f"——2025年1月8日在长宁区第十七届 人民代表大会第六次会议上 长宁区代区长 刘平 各位代表: {_BODY}"
    )
    assert _title(text) == "政府工作报告"


@pytest.mark.parametrize(
    "title",
    ["2021年县政府重点工作任务", "2023年市人民政府重点工作任务", "2022年区政府重点工作任务"],
)
@pytest.mark.parametrize("number", ["", "(华政发〔2021〕2号)", "（某政发〔2023〕15号）"])
def test_a_governments_key_tasks_are_a_kind_of_document(title: str, number: str) -> None:
    # 381: the list of the year's key tasks, its 文号 in brackets after it on the title's line
    lines = [
        title + number,
        "各乡镇人民政府、县直各单位:",
        "《重点工作任务分解》已经人民政府同意,现印发给你们,请认真抓好贯彻落实。",
        "一、强化责任落实。重点工作任务实行分线领导牵头负责制和部门单位具体负责制。",
    ]
    assert _title("\n".join(lines)) == title
