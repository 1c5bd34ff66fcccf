"""Suggestions on the two seed reports against hand labels: precision, recall, attributes."""

from __future__ import annotations

import math

import pytest

from models.ingest.outline import build_outline
from models.suggest import suggest
from models.suggest.indicators import find_indicators
from tests.models.suggest.evaluate import display_text, load, locate, score

SEEDS = ["seed_shijingxin.json", "seed_xiankejing.json"]


@pytest.fixture(scope="module", params=SEEDS)
def seed(request: pytest.FixtureRequest) -> tuple[dict, str, list]:
    label = load(request.param)
    text = display_text(label)
    return label, text, suggest(text, build_outline(text))


def test_indicator_precision_and_recall(seed: tuple[dict, str, list]) -> None:
    label, text, found = seed
    labels = [(*locate(text, it["text"], it.get("nth", 0)), it["text"]) for it in label["indicators"]]
    spans = [(s.start, s.end) for s in found if s.kind == "指标"]
    sc = score(spans, labels, text)
    print(
        f"\n{label['source']}: indicators labelled={sc.labelled} found={sc.found} "
        f"recall={sc.recall:.3f} precision={sc.precision:.3f}\n  missed={sc.missed}\n  spurious={sc.spurious}"
    )
    assert sc.recall >= 0.9
    assert sc.precision >= 0.85


def test_indicator_attributes(seed: tuple[dict, str, list]) -> None:
    label, text, found = seed
    checked = wrong = 0
    problems = []
    for it in label["indicators"]:
        expect = it.get("expect")
        if not expect:
            continue
        s, e = locate(text, it["text"], it.get("nth", 0))
        hits = [x for x in found if x.kind == "指标" and x.start < e and s < x.end]
        checked += 1
        if not hits:
            wrong += 1
            problems.append((it["text"], "not found"))
            continue

        # the suggestion that best matches the labelled value (a label may cover two quantities)
        def agree(x, expect=expect) -> int:
            return sum(_same(x.attributes.get(k), v, k) for k, v in expect.items())

        best = max(hits, key=agree)
        bad = {k: (best.attributes.get(k), v) for k, v in expect.items() if not _same(best.attributes.get(k), v, k)}
        if bad:
            wrong += 1
            problems.append((it["text"], bad))
    print(f"\n{label['source']}: attributes checked={checked} wrong={wrong}\n  " + "\n  ".join(map(str, problems)))
    assert checked >= 20
    assert wrong / checked <= 0.1, problems


def _same(got: object, want: object, key: str) -> bool:
    if key == "name":
        return isinstance(got, str) and bool(got) and (str(want) in got or got in str(want))
    if isinstance(want, list):
        return (
            isinstance(got, list)
            and len(got) == len(want)
            and all(math.isclose(a, b) for a, b in zip(got, want, strict=True))
        )
    if isinstance(want, (int, float)) and not isinstance(want, bool):
        return isinstance(got, (int, float)) and math.isclose(float(got), float(want), rel_tol=1e-9)
    return got == want


def test_every_policy_title_found(seed: tuple[dict, str, list]) -> None:
    label, text, found = seed
    policies = [s for s in found if s.kind == "政策"]
    for title in label["policies"]:
        s, e = locate(text, title)
        assert any(p.start <= s and p.end >= e for p in policies), title
    for doc in label["doc_numbers"]:
        s, e = locate(text, doc["text"])
        hit = [p for p in policies if p.start <= s and p.end >= e]
        assert hit, doc["text"]
        attrs = hit[0].attributes
        assert (attrs["issuer_code"], attrs["year"], attrs["serial"]) == (
            doc["issuer_code"],
            doc["year"],
            doc["serial"],
        )
    for prog in label["programmes"]:
        assert any(p.text == prog and p.attributes["policy_kind"] == "programme" for p in policies), prog


def test_every_problem_item_found(seed: tuple[dict, str, list]) -> None:
    label, text, found = seed
    problems = [s for s in found if s.kind == "问题" and s.confidence >= 0.8]
    starts = sorted(locate(text, q)[0] for q in label["problems"])
    assert [p.start for p in problems] == starts
    for p in problems:
        assert "\n" not in p.text.strip()


def test_not_indicators_are_left_alone(seed: tuple[dict, str, list]) -> None:
    label, text, _ = seed
    found = find_indicators(text)
    for quoted in label["not_indicators"]:
        s, e = locate(text, quoted)
        assert not any(x.start < e and s < x.end for x in found), quoted
