"""Plan against outcome on a plan with five targets and the next year's summary (tests/fixtures/compare)."""

from __future__ import annotations

import pytest
from compare_helpers import add_parsed, annotate

from models.compare import PLAN_HEADERS, plan_table, plan_vs_outcome
from models.store import Store


@pytest.fixture
def plan_and_outcome(store: Store) -> tuple[Store, int, int]:
    plan, outcome = add_parsed(store, "plan_2021.txt"), add_parsed(store, "summary_2021.txt")
    # The plan's own 2020 achievements are not targets and must be ignored.
    annotate(store, plan, "新建5G基站210个", name="5G基站", value=210, unit="个", normalized_value=210, kind="actual")
    annotate(store, plan, "规上工业增加值增长8%", name="规上工业增加值", change=8, change_unit="%", kind="target")
    annotate(
        store,
        plan,
        "新增规上工业企业20家",
        name="新增规上工业企业",
        value=20,
        unit="家",
        normalized_value=20,
        kind="target",
    )
    annotate(
        store,
        plan,
        "力争建设5G基站450个",
        name="5G基站",
        value=450,
        unit="个",
        normalized_value=450,
        kind="target",
        status="suggested",
    )
    annotate(
        store, plan, "推动100家企业上云", name="企业上云", value=100, unit="家", normalized_value=100, kind="target"
    )
    annotate(
        store, plan, "单位工业增加值能耗下降3%", name="单位工业增加值能耗", change=-3, change_unit="%", kind="target"
    )
    annotate(
        store, outcome, "规上工业增加值增长9.6%", name="规上工业增加值", change=9.6, change_unit="%", kind="actual"
    )
    annotate(
        store,
        outcome,
        "新增规模以上工业企业14家",
        name="新增规模以上工业企业",
        value=14,
        unit="家",
        normalized_value=14,
        kind="actual",
    )
    annotate(
        store,
        outcome,
        "规上工业企业总数达到182家",
        name="规上工业企业总数",
        value=182,
        unit="家",
        normalized_value=182,
        kind="actual",
    )
    annotate(
        store,
        outcome,
        "新建5G基站512个",
        name="5G基站",
        value=512,
        unit="个",
        normalized_value=512,
        kind="actual",
        status="suggested",
    )
    annotate(store, outcome, "新增上云企业108家", name="新增上云企业", value=108, unit="家", normalized_value=108)
    annotate(
        store,
        outcome,
        "新增两化融合示范企业6家",
        name="新增两化融合示范企业",
        value=6,
        unit="家",
        normalized_value=6,
        kind="actual",
    )
    return store, plan, outcome


def test_each_target_gets_its_verdict(plan_and_outcome: tuple[Store, int, int]) -> None:
    store, plan, outcome = plan_and_outcome
    checks = plan_vs_outcome(store, plan, outcome)
    assert [(c.name, c.verdict) for c in checks] == [
        ("规上工业增加值", "完成"),
        ("新增规上工业企业", "未完成"),
        ("5G基站", "完成"),
        ("企业上云", "完成"),
        ("单位工业增加值能耗", "未提及"),
    ]


def test_checks_carry_the_figures(plan_and_outcome: tuple[Store, int, int]) -> None:
    store, plan, outcome = plan_and_outcome
    checks = {c.name: c for c in plan_vs_outcome(store, plan, outcome)}
    base = checks["5G基站"]
    assert base.outcome is not None and base.outcome.text == "新建5G基站512个"
    assert base.ratio == pytest.approx(512 / 450)
    firms = checks["新增规上工业企业"]
    assert firms.outcome is not None and firms.outcome.base_value == 14  # not the 182 in total
    assert firms.ratio == pytest.approx(0.7)
    assert checks["单位工业增加值能耗"].outcome is None


def test_plan_table_rows(plan_and_outcome: tuple[Store, int, int]) -> None:
    store, plan, outcome = plan_and_outcome
    headers, rows = plan_table(plan_vs_outcome(store, plan, outcome))
    assert headers == list(PLAN_HEADERS)
    assert [r["结论"] for r in rows] == ["完成", "未完成", "完成", "完成", "未提及"]
    assert rows[2]["目标值"] == 450 and rows[2]["实际值"] == 512 and rows[2]["单位"] == "个"
    assert rows[0]["目标值"] == 8 and rows[0]["实际值"] == 9.6
    data = plan_vs_outcome(store, plan, outcome)[4].to_json()
    assert data["verdict"] == "未提及" and data["outcome"] is None


def test_decrease_target_is_met_by_a_deeper_fall(store: Store) -> None:
    plan = add_parsed(store, "p.txt", "一、计划\n\n力争单位工业增加值能耗下降3%。\n")
    outcome = add_parsed(store, "o.txt", "一、总结\n\n单位工业增加值能耗下降4.1%。\n")
    annotate(
        store, plan, "单位工业增加值能耗下降3%", name="单位工业增加值能耗", change=-3, change_unit="%", kind="target"
    )
    annotate(
        store,
        outcome,
        "单位工业增加值能耗下降4.1%",
        name="单位工业增加值能耗",
        change=-4.1,
        change_unit="%",
        kind="actual",
    )
    (check,) = plan_vs_outcome(store, plan, outcome)
    assert check.verdict == "完成"


def test_target_tag_counts_as_a_target(store: Store) -> None:
    plan = add_parsed(store, "p.txt", "一、计划\n\n推动100家企业上云。\n")
    outcome = add_parsed(store, "o.txt", "一、总结\n\n新增上云企业87家。\n")
    annotate(store, plan, "推动100家企业上云", tag="目标", name="企业上云", value=100, unit="家")
    annotate(store, outcome, "新增上云企业87家", name="新增上云企业", value=87, unit="家")
    (check,) = plan_vs_outcome(store, plan, outcome)
    assert check.verdict == "未完成"


def test_plan_vs_outcome_over_suggestions(store: Store) -> None:
    # The whole path a clerk takes: import both reports, let the suggester find the figures, check the plan.
    from compare_helpers import FIXTURES

    from models import ops
    from models.suggest import run_suggestions

    outcomes, _ = ops.import_files(store, [FIXTURES / "plan_2021.txt", FIXTURES / "summary_2021.txt"])
    plan, outcome = (o.document.id for o in outcomes if o.document is not None)
    for doc in (plan, outcome):
        run_suggestions(store, doc)
    verdicts = [c.verdict for c in plan_vs_outcome(store, plan, outcome)]
    assert verdicts == ["完成", "未完成", "完成", "完成", "未提及"]


def _total_with_its_addition(store: Store) -> int:
    """An outcome report stating a total with the year's addition, tagged as one indicator (182家, change +14家)."""
    outcome = add_parsed(store, "o.txt", "一、总结\n\n新增规上工业企业14家，总数达到182家。\n")
    annotate(
        store,
        outcome,
        "新增规上工业企业14家，总数达到182家",
        name="规上工业企业",
        value=182,
        unit="家",
        change=14,
        change_unit="家",
        kind="actual",
    )
    return outcome


def test_an_addition_target_is_checked_against_the_addition_a_total_carries(store: Store) -> None:
    # 新增规上工业企业20家 against 新增14家，总数达到182家 (one indicator: 182 with change +14): 14 falls short of 20
    plan = add_parsed(store, "p.txt", "一、计划\n\n新增规上工业企业20家。\n")
    annotate(store, plan, "新增规上工业企业20家", name="新增规上工业企业", value=20, unit="家", kind="target")
    outcome = _total_with_its_addition(store)
    (check,) = plan_vs_outcome(store, plan, outcome)
    assert check.verdict == "未完成"
    assert check.ratio == 14 / 20
    assert check.to_row()["实际值"] == 14


def test_a_total_target_is_still_checked_against_the_total(store: Store) -> None:
    plan = add_parsed(store, "p.txt", "一、计划\n\n规上工业企业总数达到180家。\n")
    annotate(store, plan, "规上工业企业总数达到180家", name="规上工业企业", value=180, unit="家", kind="target")
    outcome = _total_with_its_addition(store)
    (check,) = plan_vs_outcome(store, plan, outcome)
    assert check.verdict == "完成"
