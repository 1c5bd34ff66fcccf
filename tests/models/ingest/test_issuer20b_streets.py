"""Streets session 20's second round reads, each on a made-up snippet: the voice 现将我街道 is no street's name, a
street the gazetteer names with three letters (税务庄街道, 五角场街道), the office unnamed as a clause's subject over
a slogan list that repeats the street's name, a yearbook entry opening at the office's full name."""

from __future__ import annotations

import pytest

from models.ingest.clean import clean
from models.ingest.metadata import extract_metadata
from models.types import Metadata


def _meta(text: str) -> Metadata:
    return extract_metadata(clean(text), (), source_name="file.txt", original=text)


@pytest.mark.parametrize("street", ["东港", "华庄", "九峰"])
def test_the_voice_before_jiedao_is_no_rival_street(street: str) -> None:
    # 1713: 东港街道坚决贯彻… 现将我街道今年工作总结报告如下
    text = (
        f"2022年,{street}街道坚决贯彻落实市、区各项决策部署,各项工作取得新进展。现将我街道今年工作总结报告如下:\n"
        "一、经济社会稳步发展\n截至10月底,地方税收收入达8.63亿元,同比增长1.89%。组成了街道疫情防控的铜墙铁壁。\n"
    )
    assert _meta(text).issuer == f"{street}街道办事处"


@pytest.mark.parametrize("street", ["税务庄", "五角场", "清水河"])
def test_a_three_letter_street_of_the_gazetteer_is_named_whole(street: str) -> None:
    text = (
        f"2020年,{street}街道全面落实区委决策部署,统筹推进疫情防控和经济社会发展。我街道全年完成固定资产投资3.7亿元,"
        "同比增长2%。\n一、疫情防控\n第一时间成立街道疫情防控工作领导小组。\n"
    )
    assert _meta(text).issuer == f"{street}街道办事处"


def test_a_yearbook_entry_opening_at_the_offices_full_name() -> None:
    # 1714: 【概况】税务庄街道办事处成立于1982年…
    text = (
        "【概况】税务庄街道办事处成立于1982年,辖区面积3.76平方千米,常住人口27547人。2020年,税务庄街道全面落实"
        "区委发展格局,统筹推进疫情防控和经济社会发展各项重点工作。\n【疫情防控】第一时间成立街道疫情防控工作领导小组。\n"
    )
    assert _meta(text).issuer == "税务庄街道办事处"


@pytest.mark.parametrize("place", ["陶堰", "皋埠", "马山"])
def test_the_unnamed_office_as_subject_takes_the_street_its_slogans_repeat(place: str) -> None:
    # 1776: 街道办事处紧紧围绕… 推进“实力陶堰、美丽陶堰、平安陶堰”建设
    text = (
        f"2020年是全面建成小康社会的决胜之年,也是建设“三个{place}”的攻坚之年。一年来,在区委区政府的正确领导下,"
        f"街道办事处紧紧围绕总目标,推进“实力{place}、美丽{place}、平安{place}”建设。2020年,一般公共预算收入1.04亿元,"
        "同比增长11%。\n过去一年,我们坚持精密智控,疫情防控成效显著。组成了街道疫情防控的铜墙铁壁。\n"
    )
    assert _meta(text).issuer == f"{place}街道办事处"


def test_a_slogan_of_no_gazetted_street_names_none() -> None:
    text = (
        "一年来,在区委区政府的正确领导下,街道办事处紧紧围绕总目标,推进“科学发展、和谐发展、跨越发展”。"
        "2020年,一般公共预算收入1.04亿元,同比增长11%。\n"
    )
    assert _meta(text).issuer is None


@pytest.mark.parametrize("plan", ["2011年工作目标思路规划", "明年工作方案", "2011年发展规划"])
def test_a_towns_summary_with_its_next_years_plan_is_its_governments(plan: str) -> None:
    # 617: 镇2010年工作总结及2011年工作目标思路规划 over 我镇…立足冶溪实际…魅力冶溪
    text = (
        f"镇2010年工作总结及{plan}\n一、“十一五”回顾\n2006年以来,在县委、县政府的坚强领导下,我镇深入落实科学发展观,"
        "立足冶溪实际,努力构建生态、人文、和谐、魅力冶溪,全镇呈现出经济持续增长的良好态势。\n"
        "我镇立足镇情和优势,大力发展特色农业,全镇农民人均纯收入增长12%。\n"
    )
    assert _meta(text).issuer == "冶溪镇人民政府"
