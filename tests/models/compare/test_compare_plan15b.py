"""Plan against outcome: a bare word as a target's name (投资, 年内) matches nothing, as in the side-by-side pairing.

Seen on 海拉尔区 2012 → 2013 (corpus 010, 217): four plan rows named 投资 (12.7亿元 of 商贸项目, 3.7亿元 of 农牧业
项目, 12.8亿元, 1.3亿元) were each checked against one 投资3500万元 of the summary and called 未完成 (2.7%).
"""

from __future__ import annotations

from compare_helpers import add_parsed, annotate

from models.compare import plan_vs_outcome
from models.store import Store

PLAN = "全年实施重点商贸流通项目17个，投资12.7亿元。地区生产总值达到240亿元。"
OUTCOME = "新建社区服务中心，投资3500万元。地区生产总值完成235.2亿元。"


def test_a_target_named_by_a_bare_word_is_not_checked_against_an_unrelated_figure(store: Store) -> None:
    plan, outcome = add_parsed(store, "plan.txt", PLAN), add_parsed(store, "outcome.txt", OUTCOME)
    v = dict(unit="亿元", kind="target")
    annotate(store, plan, "投资12.7亿元", name="投资", value=12.7, normalized_value=1.27e9, **v)
    annotate(store, plan, "地区生产总值达到240亿元", name="地区生产总值", value=240, normalized_value=2.4e10, **v)
    a = dict(kind="actual")
    annotate(store, outcome, "投资3500万元", name="投资", value=3500, unit="万元", normalized_value=3.5e7, **a)
    annotate(
        store, outcome, "地区生产总值完成235.2亿元", name="地区生产总值", value=235.2, unit="亿元",
        normalized_value=2.352e10, kind="actual",
    )  # fmt: skip
    checks = {c.name: c for c in plan_vs_outcome(store, plan, outcome)}
    assert checks["投资"].outcome is None and checks["投资"].verdict == "未提及"
    assert checks["地区生产总值"].outcome is not None and checks["地区生产总值"].verdict == "未完成"
