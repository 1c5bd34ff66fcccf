"""Counts in session 21: what an action reached or did is counted; the set it applies to, all of a place's own
subdivisions, and the statistics a statement counts only set its scope."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.suggest.indicators import find_indicators


def _counts(text: str) -> list[tuple[float, str]]:
    return [
        (s.attributes["value"], s.attributes.get("unit") or "")
        for s in find_indicators(text)
        if s.attributes.get("unit") in ("个", "项", "家", "条", "所")
    ]


# All of a place's own subdivisions an inspection or an evaluation goes over (069 对全区22个乡镇(街道)进行…全覆盖督查,
# 1686 对全区4个乡镇、5个街道、1个管委会进行考核): the number of towns is a fact of the map, the scope of the check
# (gold README, set 22's ruling "when it is all of them").
@pytest.mark.parametrize(
    "text",
    [
        "采取每月打分排名的方式,对全区4个乡镇、5个街道、1个管委会进行考核,城区环境面貌得到明显改善。",
        "充分发挥食安办统筹协调作用,对全区22个乡镇(街道)进行分批次全覆盖督查,发出工作提示函10份。",
        "对全县12个乡镇开展安全生产专项督查,督促整改隐患。",
        "對全市9個縣(區)進行考核評估,結果納入年度考評。",
        "对全旗7个苏木乡镇、3个街道进行全覆盖巡查。",
    ],
)
def test_all_subdivisions_an_inspection_covers_set_its_scope(text: str) -> None:
    assert _counts(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("分片分区负责,对全市253家规上企业进行全覆盖,督促企业抓好疫情防控。", 253.0),  # 333: firms reached
        ("对全县23所幼儿园分别进行了年检和普惠性认定。", 23.0),  # 1514
        ("全区11个乡镇街道高标准通过市级考评。", 11.0),  # 1481: what the towns reached
        ("对12个乡镇进行督查,发现问题30个。", 12.0),  # no 全: not said to be all of them
    ],
)
def test_counts_an_action_reached_stay(text: str, value: float) -> None:
    assert value in [c[0] for c in _counts(text)]


# A count of indicators counts the statistics a statement is about, not a result (1284 12个绩效目标指标; 238, 1630).
# (Counts after 等 or met/missed as a whole are indicators by the lead's session-25 ruling: test_rulings25_families.)
@pytest.mark.parametrize(
    "text",
    [
        "该项目共编制12个绩效目标指标。",
        "经对“三大类”43项指标摸底测算,已达到全面建成小康社会的标准。",
    ],
)
def test_a_count_of_indicators_is_none(text: str) -> None:
    assert _counts(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("十项经济指标全年取得5盏绿灯,实现5个指标攀高。", 5.0),  # 839: the statistics that rose
        ("2022年省级考核指标共57项,均已完成。", 57.0),  # 369: noun first, the targets met
        ("限上商品销售额、科技服务业营收等8项主要经济指标增速分列全市各区前3。", 8.0),  # 1535: ranked
        ("全县有6项经济指标同比增长,3项下降。", 6.0),
    ],
)
def test_indicators_that_moved_or_were_met_stay(text: str, value: float) -> None:
    assert value in [c[0] for c in _counts(text)]


# A count right before the name of a rate over it (1790 836个基层党组织达标率100%) only says what the rate is taken
# over, as 6个国考断面达标率、…均为100% (032) and 42个…断面水质优良比例100% (1295).
@given(
    n=st.integers(2, 999),
    head=st.sampled_from(["基层党组织达标率", "国考断面达标率", "村卫生室覆盖率", "重点企业监测率"]),
    rate=st.integers(50, 100),
)
def test_a_count_a_rate_is_taken_over_is_scope(n: int, head: str, rate: int) -> None:
    text = f"全市党组织覆盖率100%,{n}个{head}{rate}%,工作成效明显。"
    assert _counts(text) == []
    assert float(rate) in [s.attributes["value"] for s in find_indicators(text)]


# Rectification measures are what a finding brought about (205 制定整改措施4条, 1555 制定整改措施69项), also written
# count first (1733 落实62条整改措施), unlike the measures a plan contains (提出80条具体举措).
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("对年度现场法治述职存在的问题落实62条整改措施,并贯穿一把手紧盯全过程。", 62.0),
        ("针对巡察反馈问题,制定15项具体整改措施,已全部整改到位。", 15.0),
        ("被审计单位制定整改措施69项。", 69.0),
    ],
)
def test_rectification_measures_are_counted(text: str, value: float) -> None:
    assert value in [c[0] for c in _counts(text)]


def test_a_plans_measures_stay_out() -> None:
    assert _counts("会议提出80条具体举措,印发21条措施。") == []


# The policies or projects an evaluation goes over are what it reached (1377 对50个政策项目开展事前评估, 1292 对市本级
# 956个项目政策进行清理、评估; 1293 对34个…重点项目…开展事前评审): not the items a plan contains.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("全面推进预算绩效管理,对50个政策项目开展事前评估,选取4个重大项目开展绩效评价。", 50.0),
        ("全面推进零基预算改革,对市本级956个项目政策进行清理、评估。", 956.0),
        ("对28项惠企政策开展第三方评估。", 28.0),
    ],
)
def test_policies_an_evaluation_goes_over_are_counted(text: str, value: float) -> None:
    assert value in [c[0] for c in _counts(text)]


# A count in words right after a verb of completion counts what was built or held (1515 已建成四个功能实验室,
# 726 …召开四次…专题会, 006 建成六处灯光组团), as after 了/共/累计; 四个问题 alone stays rhetoric.
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("完成授牌工作,已建成四个功能实验室,引导企业开展质量管理提升项目8项。", 4.0, "个"),
        ("今年召开四次林改专题会,进一步明确任务。", 4.0, "次"),
        ("全年举办两次招聘会,达成就业意向300人。", 2.0, "次"),
    ],
)
def test_a_count_in_words_after_a_verb_of_completion_is_counted(text: str, value: float, unit: str) -> None:
    assert (value, unit) in [(s.attributes["value"], s.attributes.get("unit")) for s in find_indicators(text)]


def test_a_count_in_words_naming_problems_stays_rhetoric() -> None:
    found = find_indicators("围绕香港回归和党的十五大召开两件大事,着力解决四个问题,推动三个转变。")  # 881
    assert not [s for s in found if s.attributes.get("value") in (2.0, 3.0, 4.0)]
