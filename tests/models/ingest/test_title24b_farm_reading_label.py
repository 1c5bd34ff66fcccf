"""A farm's label of a report it prints whole, with what the farm added after the report's name: its reading and
translation and its page (664 `合肥市政府工作報告精神要點解讀(全文)(一)`, 1925 `…,年…全文解读提案(五)`, 2083
`…全文,…精神要点解读和中英文翻译(三)`): the title is the report's words (970, session-20 farm-label rule)."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.ingest.metadata_candidates import title_text

BODY = (
    "各位代表:\n\n现在,我代表{gov}人民政府向大会报告工作,请予审议,并请政协委员和其他列席人员提出意见。\n\n"
    "一、过去一年工作回顾\n\n过去的一年,全{level}地区生产总值增长7.5%,一般公共预算收入增长8.2%,城乡居民收入稳步提高。\n"
)


@pytest.mark.parametrize(
    ("label", "title"),
    [
        ("合肥市政府工作报告精神要点解读(全文)(一)", "合肥市政府工作报告"),
        ("浙江省政府工作报告全文,浙江省政府工作报告精神要点解读和中英文翻译(三)", "浙江省政府工作报告"),
        ("四川省政府工作报告,年四川省政府工作报告全文解读提案(五)", "四川省政府工作报告"),
        ("2016年贵阳市政府工作报告全文解读(二)", "2016年贵阳市政府工作报告"),
        ("某县国民经济和社会发展第十四个五年规划纲要全文解读(四)", "某县国民经济和社会发展第十四个五年规划纲要"),
    ],
)
def test_a_farms_reading_label_gives_the_reports_words(label: str, title: str) -> None:
    assert title_text(label)[0] == title


@pytest.mark.parametrize(
    "label",
    [
        # an interpretation with no word of carrying the full text: it is the interpretation's own title
        "2023年政府工作报告解读",
        "关于市政府工作报告的解读",
        "图解:2023年某市政府工作报告要点解读(一)",
    ],
)
def test_an_interpretation_without_the_full_text_keeps_its_title(label: str) -> None:
    assert "解读" in title_text(label)[0]


@pytest.mark.parametrize(
    ("label", "gov", "level", "title"),
    [
        ("合肥市政府工作报告精神要点解读(全文)(一)", "市", "市", "合肥市政府工作报告"),
        ("湖南省政府工作报告全文,湖南省政府工作报告精神要点解读和中英文翻译(二)", "省", "省", "湖南省政府工作报告"),
    ],
)
def test_the_label_over_the_report_it_prints_is_read_as_its_title(label: str, gov: str, level: str, title: str) -> None:
    text = f"{label}\n\n" + BODY.format(gov=gov, level=level)
    assert extract_metadata(clean(text), (), source_name="f.txt", original=text).title == title
