"""Suggestions on three reports written for this purpose (different numbering and wording), looser thresholds."""

from __future__ import annotations

import pytest

from models.ingest.outline import build_outline
from models.suggest import suggest
from tests.models.suggest.evaluate import display_text, load, locate, score
from tests.models.suggest.test_seed_labels import _same

OWN = ["own_1.json", "own_2.json", "own_3.json", "own_4.json"]


@pytest.fixture(scope="module", params=OWN)
def report(request: pytest.FixtureRequest) -> tuple[dict, str, list]:
    label = load(request.param)
    text = display_text(label)
    return label, text, suggest(text, build_outline(text))


def test_indicators(report: tuple[dict, str, list]) -> None:
    label, text, found = report
    labels = [(*locate(text, it["text"], it.get("nth", 0)), it["text"]) for it in label["indicators"]]
    sc = score([(s.start, s.end) for s in found if s.kind == "指标"], labels, text)
    wrong = []
    for it in label["indicators"]:
        s, e = locate(text, it["text"], it.get("nth", 0))
        hits = [x for x in found if x.kind == "指标" and x.start < e and s < x.end]
        exp = it.get("expect", {})
        if exp and not any(all(_same(h.attributes.get(k), v, k) for k, v in exp.items()) for h in hits):
            wrong.append((it["text"], [h.attributes for h in hits]))
    print(
        f"\n{label['source']}: labelled={sc.labelled} found={sc.found} recall={sc.recall:.3f} "
        f"precision={sc.precision:.3f} attribute errors={len(wrong)}\n  missed={sc.missed}\n  spurious={sc.spurious}"
        + "".join(f"\n  wrong: {w[0]}" for w in wrong)
    )
    assert sc.recall >= 0.8
    assert sc.precision >= 0.75
    assert len(wrong) <= 0.2 * len(label["indicators"])


def test_policies_and_problems(report: tuple[dict, str, list]) -> None:
    label, text, found = report
    policies = [s for s in found if s.kind == "政策"]
    for title in label["policies"]:
        s, e = locate(text, title)
        assert any(p.start <= s and p.end >= e for p in policies), title
    for doc in label["doc_numbers"]:
        s, e = locate(text, doc["text"])
        hit = [p for p in policies if p.start <= s and p.end >= e]
        assert hit and hit[0].attributes["serial"] == doc["serial"], doc["text"]
    for prog in label["programmes"]:
        assert any(p.text == prog for p in policies), prog
    items = sorted(s.start for s in found if s.kind == "问题" and s.confidence >= 0.8)
    assert items == sorted(locate(text, q)[0] for q in label["problems"])
