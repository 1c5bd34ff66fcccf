"""Train the title ranker (``models/ingest/metadata_learned.py``) from the gold, cross-validated over collections.

    PYTHONPATH=. .venv/bin/python benchmarks/train_metadata.py --cv   # per fold: fit on 4 folds, score the 5th
    PYTHONPATH=. .venv/bin/python benchmarks/train_metadata.py        # fit on all, save with the CV table

Rows: every candidate the rules propose for a report (``metadata_learned.recording``), labelled 1 when it equals
the gold title by the scorer's normalisation. The abstention threshold is the one that gets most titles right on
the training folds. ``--cv`` counts a fold's titles right taking the fold model's best candidate (none below the
threshold) next to the rules' choice, on the first reading of each report (a one-line copy's second reading aside).
With the learned choice in place in ``metadata.py`` (commit 4eb82cf, branch learn-meta), the scorer itself
(``eval_reading.evaluate(only=fold)`` with ``weights.use``) gave titles 834 learned vs 838 rules over 887 reports:
the rules keep the choice and the model only ranks the candidates a clerk may pick from.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import learn  # noqa: E402
from benchmarks.corpus_folds import folds  # noqa: E402
from benchmarks.eval_reading import gold_documents, report_path  # noqa: E402
from benchmarks.reading_score import norm  # noqa: E402
from models import weights  # noqa: E402
from models.ingest import metadata_learned as ml  # noqa: E402

CACHE = Path("/tmp/train_metadata_rows.pkl")
Doc = dict[str, Any]  # doc, gold title, readings: [[(features, label)]]


def collect(refresh: bool = False) -> list[Doc]:
    """Every report's candidates with features and labels (cached: the features do not depend on the model)."""
    if CACHE.exists() and not refresh:
        with CACHE.open("rb") as f:
            return pickle.load(f)  # type: ignore[no-any-return]
    from models.ingest import parse_file

    out = []
    for doc, gold, ind in gold_documents():
        if gold is None or "title" not in gold:
            continue
        expected = norm(gold["title"]) if gold["title"] else None
        with ml.recording() as seen:
            parse_file(report_path(doc, gold, ind))
        readings = [[(f, int(expected is not None and norm(c.text) == expected)) for c, f in r] for r in seen]
        out.append({"doc": doc, "gold": expected, "readings": readings})
    with CACHE.open("wb") as f:
        pickle.dump(out, f)
    return out


def rows_of(docs: list[Doc]) -> tuple[list[dict[str, float]], list[int]]:
    rows, labels = [], []
    for d in docs:
        for reading in d["readings"]:
            for f, y in reading:
                rows.append(f)
                labels.append(y)
    return rows, labels


def simulated(docs: list[Doc], model: weights.Weights, threshold: float) -> int:
    """Titles right when the first reading's best candidate is taken (none below ``threshold``): a quick estimate."""
    right = 0
    for d in docs:
        reading = d["readings"][0] if d["readings"] else []
        best = max(reading, key=lambda r: model.probability(r[0]), default=None)
        if best is None or model.probability(best[0]) < threshold:
            right += d["gold"] is None
        else:
            right += best[1]
    return right


def train(docs: list[Doc], c: float) -> dict[str, Any]:
    rows, labels = rows_of(docs)
    w = learn.fit(rows, labels, ml.FEATURES, c=c)
    model = weights.Weights.from_json(w)
    grid = [t / 100 for t in range(5, 96, 5)]
    w["threshold"] = max(grid, key=lambda t: (simulated(docs, model, t), -abs(t - 0.5)))
    return w


def cross_validate(docs: list[Doc], c: float) -> dict[str, Any]:
    """Per fold: fit on the other four, count the fold's titles right taking the model's best (none below its
    threshold) against the rules' choice on the same reports; the coefficients' spread across folds."""
    by_doc = {d["doc"]: d for d in docs}
    table, coefs = [], []
    for k, part in enumerate(folds()):
        fold_docs = [by_doc[n] for n in part if n in by_doc]
        train_docs = [d for d in docs if d["doc"] not in set(part)]
        w = train(train_docs, c)
        coefs.append(w["coef"])
        model = weights.Weights.from_json(w)
        row: dict[str, Any] = {"fold": k, "reports": len(fold_docs), "threshold": w["threshold"]}
        row["learned"] = simulated(fold_docs, model, w["threshold"])
        row["rules"] = sum(_rule_right(d) or (d["gold"] is None and _rule_none(d)) for d in fold_docs)
        table.append(row)
        print(json.dumps(row, ensure_ascii=False), flush=True)
    summary: dict[str, Any] = {"c": c, "folds": table}
    summary["learned"] = sum(r["learned"] for r in table)
    summary["rules"] = sum(r["rules"] for r in table)
    spread = {}
    for i, name in enumerate(ml.FEATURES):
        vals = [cf[i] for cf in coefs]
        spread[name] = (round(min(vals), 2), round(max(vals), 2))
    summary["coef_range"] = dict(sorted(spread.items(), key=lambda kv: -abs(sum(kv[1]))))
    return summary


def _rule_right(d: Doc) -> bool:
    return any(f.get("src_rule") and y for f, y in (d["readings"][0] if d["readings"] else []))


def _rule_none(d: Doc) -> bool:
    return not any(f.get("src_rule") for f, _y in (d["readings"][0] if d["readings"] else []))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cv", action="store_true", help="cross-validate over the 5 folds")
    ap.add_argument("--refresh", action="store_true", help="re-read the reports (features changed)")
    ap.add_argument("-c", type=float, default=0.1, help="inverse L2 strength")
    ap.add_argument("--about", type=Path, help="a --cv JSON summary to write into the saved file's about")
    args = ap.parse_args(argv)
    docs = collect(args.refresh)
    if args.cv:
        summary = cross_validate(docs, args.c)
        print(json.dumps(summary, ensure_ascii=False, indent=1))
        return 0
    w = train(docs, args.c)
    about: dict[str, Any] = {"trained": f"all {len(docs)} reports with a gold title, C={args.c}"}
    if args.about:
        cv = json.loads(args.about.read_text())
        about["cv"] = cv
    print(learn.save(ml.MODEL, w, about))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
