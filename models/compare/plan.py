"""Plan against outcome: each target of a work plan checked against the next year's summary."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Literal

from models.compare.indicators import MIN_KEY_CHARS, NEAR_MATCH, Indicator, document_indicators
from models.compare.synonyms import name_similarity
from models.compare.units import compatible, normalized
from models.types import AnnotationStatus

Verdict = Literal["完成", "未完成", "未提及"]
# a target that counts what is added in the year (新增规上工业企业20家), not a total to reach
_ADDITION = re.compile(r"^(?:新增|新建|新开工|新引进|新培育|新认定|新登记|净增)")
PLAN_HEADERS = ("目标", "计划原文", "目标值", "单位", "完成情况原文", "实际值", "完成率", "结论")


@dataclass(frozen=True)
class PlanCheck:
    """One target of the plan and what the outcome report says about it."""

    target: Indicator
    outcome: Indicator | None
    verdict: Verdict

    @property
    def name(self) -> str:
        return self.target.name

    @property
    def ratio(self) -> float | None:
        """Achieved value over target value, when both are known and comparable."""
        if self.outcome is None:
            return None
        t, o = self.target.base_value, achieved(self.target, self.outcome)
        if t is None or o is None or t == 0 or not compatible(self.target.base_unit, self.outcome.base_unit):
            return None
        return o / t

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "verdict": self.verdict,
            "target": self.target.summary(),
            "outcome": self.outcome.summary() if self.outcome else None,
            "ratio": self.ratio,
        }

    def to_row(self) -> dict[str, Any]:
        """One export row keyed by PLAN_HEADERS."""
        t, o = self.target, self.outcome
        return dict(
            zip(
                PLAN_HEADERS,
                (
                    t.name,
                    t.text,
                    t.base_value if t.base_value is not None else t.change,
                    t.base_unit or t.change_unit,
                    o.text if o else "",
                    (achieved(t, o) if o.base_value is not None else o.change) if o else None,
                    self.ratio,
                    self.verdict,
                ),
                strict=True,
            )
        )


def plan_vs_outcome(store: Any, plan_id: int, outcome_id: int) -> list[PlanCheck]:
    """Check every target of ``plan_id`` against the achievements reported in ``outcome_id``.

    Targets are indicator annotations (tag 指标 with attribute ``kind`` = ``"target"``,
    or tag 目标 with indicator attributes), accepted or suggested. A target is matched
    to an achievement (kind other than target) with the same normalised name (or a
    near match) and a comparable unit. Verdicts: 完成 when the achievement reaches
    the target (for a change target such as 增长8%, when the change does; for a
    decrease target, when the fall is at least as deep), 未完成 when it falls short,
    未提及 when the outcome report has no matching figure.

    Returns:
        One PlanCheck per target, in the plan's text order.
    """
    targets = [i for i in document_indicators(store, plan_id, include_targets_tag=True) if i.kind == "target"]
    actuals = [i for i in document_indicators(store, outcome_id, include_targets_tag=False) if i.kind != "target"]
    checks: list[PlanCheck] = []
    for t in targets:
        match = _best_outcome(t, actuals)
        checks.append(PlanCheck(t, match, _verdict(t, match)))
    return checks


def _best_outcome(target: Indicator, actuals: list[Indicator]) -> Indicator | None:
    if len(target.key) <= MIN_KEY_CHARS:
        return None  # 投资, 年内: says too little to find the same figure in another report (as pairing rules)
    best: tuple[float, int, Indicator] | None = None
    for a in actuals:
        if not _comparable(target, a):
            continue
        s = name_similarity(target.key, a.key)
        if s < NEAR_MATCH:
            continue
        # Prefer the closest name, then an accepted figure, then the earliest mention.
        key = (s + (0.01 if a.status == AnnotationStatus.ACCEPTED else 0.0), -a.start)
        if best is None or key > (best[0], best[1]):
            best = (key[0], key[1], a)
    return best[2] if best else None


def _comparable(t: Indicator, a: Indicator) -> bool:
    if t.base_value is not None:
        return a.base_value is not None and compatible(t.base_unit, a.base_unit)
    if t.change is not None:
        return a.change is not None and (t.change_unit == a.change_unit or not t.change_unit or not a.change_unit)
    return True


def achieved(t: Indicator, a: Indicator) -> float | None:
    """What ``a`` achieved toward ``t``, in base units: the addition a total carries (新增14家，总数达到182家 → 14) when
    the target counts an addition, else ``a``'s value."""
    if _ADDITION.match(t.name) and t.base_value is not None and a.change is not None:
        added, base = normalized(a.change, a.change_unit)
        if added is not None and base and compatible(t.base_unit, base):
            return added
    return a.base_value


def _verdict(t: Indicator, a: Indicator | None) -> Verdict:
    if a is None:
        return "未提及"
    done = achieved(t, a)
    if t.base_value is not None and done is not None:
        return "完成" if done >= t.base_value else "未完成"
    if t.change is not None and a.change is not None:
        if t.change < 0:
            return "完成" if a.change <= t.change else "未完成"
        return "完成" if a.change >= t.change else "未完成"
    return "未完成"


def plan_table(checks: list[PlanCheck]) -> tuple[list[str], list[dict[str, Any]]]:
    """Export headers and rows of a plan-against-outcome check."""
    return list(PLAN_HEADERS), [c.to_row() for c in checks]
