"""A page's label of the report over the report's own title leaves the body; the own title stays and is the title."""

from __future__ import annotations

import pytest

from models.ingest import parse_bytes
from tests.models.ingest._reading import display_lines as _lines
from tests.models.ingest.test_clean_props import check_map

BODY = "今年以来，在县委、县政府的正确领导下，我镇全面完成了年度目标任务，经济社会持续健康发展。"


def _title(text: str) -> str | None:
    return parse_bytes(text.encode("utf-8"), "report.txt").metadata.title


@pytest.mark.parametrize(
    ("label", "own"),
    [
        ("杨村镇2011年烤烟生产工作小结", "杨村镇二○一一年烤烟生产工作总结"),
        ("城关乡2008年农业工作总结", "城关乡二〇〇八年农业工作总结"),
        ("某县林业局2015年工作小结", "某县林业局二○一五年工作总结"),
    ],
)
def test_a_store_label_writing_the_year_in_arabic_leaves_over_the_own_title(label: str, own: str) -> None:
    text = "\n".join(["查看更多", label, own, BODY])
    assert _lines(text) == [own, BODY]
    assert _title(text) == own
    check_map(text)


def test_a_title_in_another_script_naming_another_report_stays() -> None:
    text = "\n".join(["某镇2011年烤烟生产工作总结", "某镇二○一一年安全生产工作计划", BODY])
    assert "某镇2011年烤烟生产工作总结" in _lines(text)


@pytest.mark.parametrize(
    ("label", "subtitle"),
    [
        ("2011年全省交通运输工作会议报告", "——2011年全省交通运输工作会议报告 浙江省交通运输厅党组书记、厅长 郭剑彪"),
        ("2019年全市水利工作会议报告", "——2019年全市水利工作会议报告 某市水利局局长 王某某"),
    ],
)
def test_a_page_title_restating_the_subtitle_over_its_speaker_leaves(label: str, subtitle: str) -> None:
    slogan = "继往开来 加快转型 开创交通科学发展的新局面"
    text = "\n".join([label, slogan, subtitle, "(2011年1月12日)", "同志们:", BODY])
    lines = _lines(text)
    assert label not in lines
    assert subtitle in lines
    check_map(text)


@pytest.mark.parametrize("count", ["9页", "共12页", "3 页"])
def test_a_store_title_with_its_page_count_leaves_over_the_text_opening_with_the_title(count: str) -> None:
    title = "教育局2019年工作总结"
    opening = f"{title}   2019年，县教育系统全面贯彻落实全国教育大会精神。"
    text = "\n".join([f"{title} {count}", "• 43.00 KB", title, opening])
    assert f"{title} {count}" not in _lines(text)


def test_an_aggregator_title_with_a_year_tag_leaves_over_the_fuller_own_title_in_two_lines() -> None:
    text = "\n".join(
        [
            "2019年长顺县国民经济和社会发展 统计公报 2019",
            "选择区域:>>",
            "2019年贵州省长顺县国民经济和社会发展",
            "统计公报",
            "长顺县统计局",
            "(2020年7月10日)",
            "2019年，面对复杂多变的经济发展环境，全县上下攻坚克难，经济运行稳中有进。",
        ]
    )
    lines = _lines(text)
    assert "2019年长顺县国民经济和社会发展 统计公报 2019" not in lines
    assert _title(text) == "2019年贵州省长顺县国民经济和社会发展统计公报"


@pytest.mark.parametrize(
    "label",
    [
        "市长政府工作报告全文",
        "2017年陕西省政府工作报告全文【解读】(2)",
        "2020年某区工作总结全文〔解读〕",
        "县长政府工作报告全文(3)",
    ],
)
def test_a_site_label_with_a_run_on_full_text_tail_leaves(label: str) -> None:
    text = "\n".join(
        [label, "发布时间:2024-08-22 16:21:23", "各位代表:", "现在，我代表市人民政府，向大会作政府工作报告，请予审议。"]
    )
    assert label not in _lines(text)
    assert _title(text) is None


def test_a_dashed_full_text_tail_and_a_quoted_title_stay_for_the_title_rules() -> None:
    text = "\n".join(
        ["2021年桐城市政府工作报告—全文", "各位代表:", "现在，我代表市人民政府，向大会作政府工作报告，请予审议。"]
    )
    assert _title(text) == "2021年桐城市政府工作报告"
    quoted = "\n".join(
        ["《青海省政府工作报告》全文", "各位代表:", "现在，我代表省人民政府，向大会作政府工作报告，请予审议。"]
    )
    assert "《青海省政府工作报告》全文" in _lines(quoted)


SPEECH = "我代表区人民政府，向大会报告工作，请予审议，并请各位政协委员提出意见。"


@pytest.mark.parametrize(
    ("label", "speech"),
    [
        ("昆明市2023年政府工作报告", SPEECH),
        ("成都市2021年政府工作报告", SPEECH),
        ("西江镇2022年政府信息公开年度工作报告", "现在，我代表西江镇人民政府向大会作政府工作报告，请予审议。"),
        ("某县2020年政府信息公开工作年度报告", "现在，我代表县人民政府向大会作政府工作报告，请予审议。"),
    ],
)
def test_a_label_the_speaker_sentence_rules_out_leaves_and_gives_no_title(label: str, speech: str) -> None:
    text = "\n".join([label, "各位代表:", speech, "一、2022年工作回顾", "过去一年，全区经济运行稳中向好。"])
    assert label not in _lines(text)
    assert _title(text) is None


def test_a_label_of_the_speaker_own_level_stays_the_title() -> None:
    text = "\n".join(
        ["五华区2023年政府工作报告", "各位代表:", SPEECH, "一、2022年工作回顾", "过去一年，经济稳中向好。"]
    )
    assert "五华区2023年政府工作报告" in _lines(text)
