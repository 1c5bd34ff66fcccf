"""Session 26 (recall and kinds on unseen text): an aim raised after a bound (不低于9%,力争10%) is a level, not a
change; measure words of things counted in work items (棚, 根, 发 …)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.suggest.indicators import find_indicators


def _found(text: str) -> list[tuple[str, float, str | None, float | None]]:
    return [
        (s.text, s.attributes["value"], s.attributes.get("unit"), s.attributes.get("change"))
        for s in find_indicators(text)
        if s.attributes.get("value") is not None
    ]


# 2276 地区生产总值增速不低于9%,力争10%: 不低于 bounds the rate; the aim after it raises the same level, no fall
@given(
    subject=st.sampled_from(["地区生产总值增速", "规上工业增加值增速", "城镇化率", "研发投入强度"]),
    bound=st.sampled_from(["不低于", "不少于", "高于", "不高于"]),
    low=st.sampled_from(["9", "6.5", "12"]),
    aim=st.sampled_from(["力争", "争取", "力争达到"]),
)
def test_aim_after_a_bound_is_a_level(subject: str, bound: str, low: str, aim: str) -> None:
    got = _found(f"全年奋斗目标是:{subject}{bound}{low}%,{aim}15%;固定资产投资增长8%。")
    raised = [g for g in got if g[0].endswith("15%")]
    assert raised and raised[0][1] == 15.0 and raised[0][3] is None


@pytest.mark.parametrize(
    ("text", "value", "change"),
    [
        ("地区生产总值增长7%、力争8%。", 8.0, 8.0),  # a change raised stays a change
        ("城镇居民收入下降2%,力争3%。", -3.0, -3.0),
    ],
)
def test_aim_after_a_change_stays_a_change(text: str, value: float, change: float) -> None:
    got = [g for g in _found(text) if g[0].startswith(("力争", "争取"))]
    assert got and got[0][1] == value and got[0][3] == change


# measure words of things counted in a work item, each a word of the grammar, not of one page: 2281 现已投产22棚草莓,
# 2301 火箭弹20532发、机载烟条1400根, 1675 推出农家饭9644桌, 1876 销售卷烟28.4118万箱, 2178 发运234列,
# 1714 清运垃圾废墟315车, 1784 12摊停产半停产的企业, 1510 日均运行3200余趟次, 1788 集中学习不少于40学时
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("园区现已投产36棚蔬菜,带动农户增收。", 36.0, "棚"),
        ("全年共调拨人雨弹4500发,完成作业任务。", 4500.0, "发"),
        ("更换线路电杆1200根,改造台区8个。", 1200.0, "根"),
        ("节日期间推出农家宴3200桌。", 3200.0, "桌"),
        ("全年销售卷烟12.5万箱。", 12.5, "万箱"),
        ("中欧班列全年开行156列,同比增长20%。", 156.0, "列"),
        ("清运建筑垃圾420车。", 420.0, "车"),
        ("盘活闲置厂房6摊。", 6.0, "摊"),
        ("城际公交日均运行560趟次。", 560.0, "趟次"),
        ("全年组织干部集中培训不少于32学时。", 32.0, "学时"),
        ("全年办理结婚登记1200对。", 1200.0, "对"),
    ],
)
def test_measure_words_of_work_items(text: str, value: float, unit: str) -> None:
    assert any(v == value and u == unit for _, v, u, _c in _found(text)), _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "2.根据市财政局通知,做好预算公开。",  # 根据 after an item's number
        "402.发展在线教育,扩大优质资源。",  # 发展 after an item's number
        "2024-01-16 发文机关:市政府办公室",  # a date before 发文
        "239.对普惠型小微企业贷款给予贴息。",  # 对 a preposition after an item's number
        "新建5车间,扩建3车道。",  # 车间, 车道
        "5 对“必须”要深刻领会。",  # 对 a preposition
    ],
)
def test_measure_words_not_read_in_words(text: str) -> None:
    units = {u for _, _v, u, _c in _found(text)}
    assert not units & {"根", "发", "对", "车"}, _found(text)


# months a work took or was ahead by, and a cycle's length: 1567 历时5个月, 476 提前7个月完成全年任务, 1785 提前 2 个月
# 完成路基工程, 018 一期4个月时间建成投产, 1922 去化周期从19个月减少到12.7个月
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("规划编制历时8个月,数易其稿。", 8.0),
        ("拆迁安置提前3个月完成全年任务。", 3.0),
        ("推动项目提前 2 个月完成主体工程。", 2.0),
        ("新能源项目一期6个月时间建成投产。", 6.0),
        ("商品住宅去化周期缩短至14.5个月。", 14.5),
    ],
)
def test_months_a_work_took(text: str, value: float) -> None:
    assert any(v == value and u == "个月" for _, v, u, _c in _found(text)), _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "前11个月,主要经济指标增速均居全市前列。",  # a period
        "规上工业产值连续6个月实现正增长。",  # a streak
        "全市连续36个月未发生较大事故。",
        "给予6个月的贴息,期限3个月。",  # a policy's terms
        "今年已过去近5个月，下一阶段要毫不放松。",
        "退兵期结束后1个月内将名单抄送。",
    ],
)
def test_months_that_are_no_figure(text: str) -> None:
    assert not any(u == "个月" for _, _v, u, _c in _found(text)), _found(text)


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(s.text, s.attributes.get("kind", "")) for s in find_indicators(text)]


# money a project plans to invest, said 预计(总)投资 (846 利捷制药厂,预计投资3亿元; 2304 预计总投资2.83亿元): an aim; an
# estimate of what was done (预计完成投资5.821亿元, 预计增加投资622亿元) stays actual
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("正在洽谈的企业有2家:一是光伏组件厂,预计投资5亿元。", "target"),
        ("全县水利建设投资计划已编制完成,预计总投资1.6亿元。", "target"),
        ("项目预计完成投资5.8亿元。", "actual"),
        ("四大领域预计增加投资622亿元。", "actual"),
    ],
)
def test_planned_investment_is_an_aim(text: str, kind: str) -> None:
    got = [k for q, k in _kinds(text) if "亿元" in q]
    assert got and got[0] == kind, _kinds(text)


# milestones passed in a row restate the level (2245 GDP达10.27万亿元,五年间连上3个万亿级台阶)
@given(
    verb=st.sampled_from(["连上", "连跨", "连续跨越", "连续迈上"]),
    steps=st.sampled_from(["3个万亿级", "两个千亿元", "2个百亿级"]),
)
def test_steps_passed_in_a_row_restate_the_level(verb: str, steps: str) -> None:
    got = _found(f"全省地区生产总值达10.27万亿元,五年间{verb}{steps}台阶。")
    assert [g[1] for g in got] == [10.27], got
