"""Comparing real reports against the pairs a clerk lines up (tests/compare_gold/compare18_pairs.json, by reading).

The floors are the figures of session 18 (clerk18b); a change to alignment or pairing that lowers one fails here.
Skipped when a pair's reports are not in this checkout (disc18's come with the corpus18 merge).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "benchmarks"))

from eval_compare import evaluate  # noqa: E402

FLOORS = {"sections": (0.96, 0.90), "indicators": (1.0, 1.0)}  # (precision, recall)


@pytest.fixture(scope="module")
def figures() -> dict[str, dict[str, float]]:
    results, total = evaluate()
    missing = [f"{r['left']}/{r['right']}" for r in results if "skipped" in r]
    if missing:  # the floors are those of the whole set
        pytest.skip(f"reports of {', '.join(missing)} not in this checkout")
    return total


@pytest.mark.parametrize("part", sorted(FLOORS))
def test_alignment_of_real_reports_holds_its_floor(figures: dict[str, dict[str, float]], part: str) -> None:
    precision, recall = FLOORS[part]
    assert figures[part]["precision"] >= precision
    assert figures[part]["recall"] >= recall
