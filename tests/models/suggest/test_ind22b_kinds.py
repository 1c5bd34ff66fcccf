"""Kind families of session 22 (ind22b): a task's own figure, a task a higher level hands down, an estimate's bound."""

from __future__ import annotations

import pytest

from models.suggest.indicators import find_indicators


def _kinds(text: str) -> list[tuple[float, str]]:
    return [(abs(s.attributes["value"]), s.attributes["kind"]) for s in find_indicators(text)]


# --- the figure a completed task or aim is measured by, named 的…任务/目标 after it, is the aim (README 028, 319, 1209;
# corpus 624 `完成市下达的30亿元的任务`, 1416 `超额完成合同内外资150亿元的招商目标任务`, 1238, 886, 1687)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("全市营收为30.86亿元,提前一个月完成省下达的30亿元的任务。", 30),
        ("超额完成合同外资80亿元的招商目标任务。", 80),
        ("税收收入增长3.5%,圆满完成至少增长3%的政治任务。", 3),
        ("据初步统计,全州生产总值增长9%,基本完成了8%左右的计划目标。", 8),
        ("超额完成了县政府布置的“完成12个易涝点整治”的年度硬任务。", 12),
        ("截止10月底全旗已全面完成2021年60万亩营造林建设任务,完成率100%。", 60),
        (
            "全县完成粮食播种面积达20.3万亩,预计总产量6.3万吨,完成州政府下达我县的粮食播种面积20万亩、产量6.1万吨生产指导性计划。",
            6.1,
        ),
    ],
)
def test_a_tasks_own_figure_is_its_target(text: str, value: float) -> None:
    assert (value, "target") in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "全年46项任务全部完成。",
        "全面完成了9800户的年度改造任务。",
        "全年投资50亿元，完成1.2万户、120万平方米棚改任务。",
        "完成8.2亿吨保供煤任务。",
        "煤炭产量10.1亿吨,完成8.2亿吨保供煤任务。",
        "完成了5项重点任务。",
        "完成投资12亿元,完成年度计划的105%。",
        "对1017个部门项目编制项目绩效目标。",
        "全市17个地表水目标考核断面全部达到目标值要求。",
        "截至2023年底,全省21个省级以上地表水目标考核断面全部达标。",
    ],
)
def test_a_count_of_tasks_or_a_figure_beside_the_aim_stays_actual(text: str) -> None:
    assert all(kind == "actual" for _, kind in _kinds(text))


# --- a task a higher level hands down to the speaker's place (安排我镇, 批复我市, 下达我县) is aimed at; money it sends
# is received (省财政厅下达我市新增债券资金…万元 stays actual) (corpus 1779, 1980, 1490, 市政府安排我县12023户建设任务)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2015年县委县政府安排我乡减少贫困人口1200人,全乡上下共同努力。", 1200),
        ("2019年省体育局批复我县建设8个村级篮球场。", 8),
        ("市政府下达我区的造林面积3万亩。", 3),
    ],
)
def test_a_task_handed_down_to_the_place_is_a_target(text: str, value: float) -> None:
    assert (value, "target") in _kinds(text)


def test_money_handed_down_to_the_place_is_received() -> None:
    assert _kinds("省财政厅下达我市新增债券资金80亿元。") == [(80, "actual")]


# --- a year-end estimate with its bound (预计全年…不低于320天) is an estimate of what happens, not a requirement (1368)


def test_an_estimates_bound_is_actual() -> None:
    kinds = _kinds("优良天数277天,预计全年优良天数不低于300天,达标率达到85%以上。")
    assert (300, "actual") in kinds


def test_a_required_bound_stays_a_target() -> None:
    assert _kinds("年底转贷资金不低于20亿元。") == [(20, "target")]


def test_a_share_reached_before_a_bracketed_reason_stays_actual() -> None:
    kinds = _kinds("地区生产总值500亿元,完成年计划560亿元的89.3%(主要是二产未达预期目标),增长2.0%。")
    assert (89.3, "actual") in kinds
