"""Session 27 (recall on unseen text): half a whole as a share (占全市比重超一半, 均占全市总量过半), 持平 after a
level's growth or a points comparison and against the year's aim, a threshold shared by a list whose head is written
once after the last item (places, sectors)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.models.suggest.figures import named_figures

_found = named_figures


# 2255 限上批发零售完成883.8亿元,占全市比重超一半; 2251 …均占全市总量过半; 1297 …均超过全市半数以上: 50 %
@given(
    level=st.sampled_from(["税收收入118亿元", "外贸进出口总额56.3亿元", "规上工业产值507.3亿元"]),
    whole=st.sampled_from(["全市", "全省", "全市总量", "全州比重", "全市比重"]),
    half=st.sampled_from(["超一半", "过半", "超过一半", "半数以上", "一半以上"]),
)
def test_half_of_a_whole_is_a_share(level: str, whole: str, half: str) -> None:
    got = _found(f"全年{level},占{whole}{half};固定资产投资增长8%。")
    shares = [g for g in got if g[3] == "%" and g[2] == 50.0]
    assert len(shares) == 1 and shares[0][0].startswith("占")


@pytest.mark.parametrize(
    "text",
    [
        "各项主要经济指标实现了时间过半、任务过半。",
        "顺利完成上半年“双过半”任务。",
        "第三产业增加值占比依旧保持过半。",  # 占比 restating a structure (703 not_indicators)
        "园区占地过半已经平整。",
    ],
)
def test_half_without_a_whole_is_none(text: str) -> None:
    assert not [g for g in _found(text) if g[2] == 50.0]


# 2290 第一产业增加值21.81亿元,增长4.1%,较一季度回升6.1个百分点,与上半年持平; 2289 …增长11%,與年度計劃目標持平
@given(
    level=st.sampled_from(["第一产业增加值21.81亿元", "社会消费品零售总额406.58亿元", "在岗职工人均工资44432元"]),
    between=st.sampled_from(["", ",较一季度回升6.1个百分点", ",高于全省0.5个百分点"]),
    base=st.sampled_from(["上半年", "一季度", "年度计划目标", "预期目标", "年度計劃目標"]),
    joiner=st.sampled_from(["与", "與"]),
)
def test_flat_after_a_levels_growth(level: str, between: str, base: str, joiner: str) -> None:
    got = _found(f"前三季度,全区{level},增长4.1%{between},{joiner}{base}持平;第二产业增加值121.95亿元。")
    flat = [g for g in got if g[0].endswith("持平")]
    assert len(flat) == 1 and flat[0][2] == 0.0 and flat[0][3] == "个百分点" and "较" in flat[0][1]


# 2376 东坡区、仁寿县、彭山县地方公共财政收入突破10亿元大关; 2247 烟草、…、食品医药产业产值均突破百亿元;
# 1010 新能源和高端不銹鋼產業規模雙雙突破2000億元: one level for each item, the head written once given to each
@given(
    places=st.sampled_from([("东坡区", "仁寿县", "彭山县"), ("临湘市", "平江县"), ("城关镇", "新市镇", "白沙乡")]),
    head=st.sampled_from(["地方公共财政收入", "一般公共预算收入", "规上工业产值"]),
    bar=st.sampled_from(["突破10亿元", "超过5亿元", "均突破10亿元", "均过千亿元"]),
)
def test_threshold_shared_by_places(places: tuple[str, ...], head: str, bar: str) -> None:
    got = _found(f"全年财政收入63.6亿元,增长30.3%;{'、'.join(places)}{head}{bar}大关;城镇化率提高3.3个百分点。")
    names = [g[1] for g in got if g[1].endswith(head) and g[1] != head]
    assert names == [p + head for p in places]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "烟草、汽车装备、轻工材料、食品医药产业产值均突破百亿元。",
            ["烟草产业产值", "汽车装备产业产值", "轻工材料产业产值", "食品医药产业产值"],
        ),
        ("力争新能源和高端不锈钢产业规模双双突破2000亿元。", ["新能源产业规模", "高端不锈钢产业规模"]),
        ("电子信息、装备制造行业营收均超过500亿元。", ["电子信息行业营收", "装备制造行业营收"]),
    ],
)
def test_threshold_shared_by_sectors(text: str, names: list[str]) -> None:
    assert [g[1] for g in _found(text)] == names


@pytest.mark.parametrize(
    "text",
    [
        "全市生产总值、财政收入突破1000亿元。",  # no 均 and no places: a sum or each, unknown
        "烟草、汽车装备产业产值突破百亿元。",  # sectors without 均: unknown
    ],
)
def test_threshold_list_abstains(text: str) -> None:
    assert len(_found(text)) == 1


# 2376 6.5万人实现脱贫; 2365 15个工业行业门类中有9个实现正增长; 2343 …、120家生产企业建立追溯体系; 2250 15项预期性指标
# 基本完成: a count opening its clause is named by the result said of the things counted
@pytest.mark.parametrize(
    ("text", "value", "name"),
    [
        ("新增就业3万人;6.5万人实现脱贫;其他。", 6.5, "实现脱贫"),
        ("全年12个乡镇中有9个实现正增长,其中城关镇最快。", 9.0, "实现正增长"),
        ("对5127家批发企业、120家生产企业建立追溯体系,实现信息化追溯。", 120.0, "建立追溯体系生产企业"),
        ("规划确定的指标中,15项预期性指标基本完成,3项约束性指标超额完成。", 15.0, "完成预期性指标"),
        ("三年来,共有3200人实现稳定就业,其余正在推进。", 3200.0, "实现稳定就业"),
    ],
)
def test_count_named_by_its_result(text: str, value: float, name: str) -> None:
    assert (name, value) in [(g[1], g[2]) for g in _found(text)]


def test_count_with_a_result_not_reached_keeps_no_result_name() -> None:
    assert not [g for g in _found("15项指标基本完成,3项未完成。") if g[1].startswith("完成未")]
