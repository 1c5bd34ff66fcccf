"""Kind families of session 26 (kind26c): an aim at a sentence's head (力争/确保 opening a clause, a plan year's
subject and 计划) governs the parts after its semicolons, up to a report word or the next item (二是…)."""

from __future__ import annotations

import pytest

from models.suggest.indicators import find_indicators


def _kinds(text: str) -> dict[float, str]:
    return {s.attributes["value"]: s.attributes["kind"] for s in find_indicators(text)}


@pytest.mark.parametrize(
    "text",
    [
        # 2194 株洲 商务粮食局; the shape of 026 (力争新增轨道运营里程33.8公里;续建…3处换乘枢纽中心;…), 2029, 860
        "奋力推进重点项目,到2020年,力争保税物流中心进出口额完成5亿美元;跨境电商进出口额实现7亿美元;"
        "新引进企业新增进出口额9亿美元。",
        "继续推进轨道交通建设,力争新增轨道运营里程33.8公里;续建和新建6处换乘枢纽中心;更新公交车1000辆。",
        "抓好粮食生产,确保粮食面积稳定在136万亩以上;持续实施生猪生产恢复行动,生猪存栏48万头。",
        # 2242 贵州; the shape of 1216 (2013年,五莲县计划招引…;…;年内实施…) and 1610
        # (今年,我市…计划完成…;除险加固水库5座)
        "2015年,贵州省计划地区生产总值突破1万亿元,增长10%;进出口总额、实际利用外资分别增长20%左右;货物进出口总额实现130亿美元。",
        "2024年,全县计划粮食播种面积121万亩;新建高标准农田6万亩;新增家庭农场40家。",
    ],
)
def test_an_aim_at_the_head_governs_the_parts_after_its_semicolons(text: str) -> None:
    assert set(_kinds(text).values()) == {"target"}


@pytest.mark.parametrize(
    "text",
    [
        # 965: the next item (二是…) is a report of its own
        "一是做好道路改造工作,确保风力发电项目顺利开展;二是发展林下经济,4月份扩大种植三华李300亩、茶叶270亩。",
        # said done after the aim
        "力争早日建成园区;全年已新增规上企业12家,实现产值8.6亿元,同比增长9%。",
        "2023年,全县计划粮食播种面积121万亩;截至目前已完成播种面积118万亩。",
        # a document's title run into its text (2025年…工作计划) plans nothing
        "2025年农业局工作计划 2024年全区新建蔬菜大棚535亩;新增农机具2769台。",
    ],
)
def test_a_report_after_the_aim_stays_actual(text: str) -> None:
    kinds = _kinds(text)
    kinds.pop(121.0, None)
    assert set(kinds.values()) == {"actual"}
