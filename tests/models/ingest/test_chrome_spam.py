"""A gambling site's name a hijacked mirror pasted inside a sentence is deleted; sport and lottery words stay."""

from __future__ import annotations

import pytest

from models.ingest.chrome_spam import spam_spans
from models.ingest.clean import clean
from tests.models.ingest.test_clean_props import check_map

TEXT = "\n".join(
    [
        "某镇2022年政府工作报告",
        "各位代表：",
        "一年来，我们围绕某某体育足球官网“三县两地”发展定位，全面贯彻落实党代会精神。",
        "2025年上半年，xbet88体育在线:地区生产总值为3022亿元，同比增长6.0%。",
        "区卫生健康委贯彻落实党中央手机彩票网卫生健康工作的方针政策。",
        "全镇要深入落实总书记金牌篮球比分:关于乡村振兴的重要论述。",
        "北京市手机彩票网卫生健康委员会2022年度部门决算",
    ]
)


def test_a_pasted_gambling_name_leaves_the_sentence_as_written() -> None:
    shown = clean(TEXT).display_text
    assert "围绕“三县两地”发展定位" in shown
    assert "上半年，地区生产总值" in shown
    assert "党中央卫生健康工作" in shown
    assert "总书记关于乡村振兴" in shown
    assert "官网" not in shown and "在线" not in shown
    assert "北京市手机彩票网卫生健康委员会" in shown  # where a place's name stood: the name is lost, the brand stays
    check_map(TEXT)


@pytest.mark.parametrize(
    "line",
    [
        "全年销售体育彩票3亿元，福利彩票网上销售增长12%。",
        "新建彩票网点20个，公共文化体育服务网络初步形成。",
        "打造群众文化娱乐平台，体育社会组织网络健全。",
        "全县体育比赛同比分别增长10%和8%，足球场地新增5片。",
    ],
)
def test_sport_and_lottery_words_without_a_web_suffix_are_report_text(line: str) -> None:
    assert spam_spans(line) == []
