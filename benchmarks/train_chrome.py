"""Train the chrome line model (``models/ingest/chrome_learned.py``) from the corpus gold; write its weights.

    PYTHONPATH=. .venv/bin/python benchmarks/train_chrome.py     # fit on the whole corpus, write the weights

Rows: every non-blank line of each report's display text (what the rules kept) and of its source file (what the
page looked like before cleaning: most of the corpus's chrome was removed by the rules, and the model needs to
see it), labelled 1 when the line is one of the gold ``body.chrome`` lines (scorer's normalisation). The model is
an L2 logistic regression over hashed binary features, fitted by full-batch gradient descent in numpy (no scipy or
sklearn: the slots are sparse, the gradient is two ``bincount`` calls). Deterministic: the same corpus gives the
same file byte for byte.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.chrome_cv_data import Record, collect  # noqa: E402
from benchmarks.reading_score import norm, norm_lines  # noqa: E402
from models.ingest import chrome_learned as cl  # noqa: E402

THRESHOLD = 0.98  # the cut chrome_cv.py --no-title found costs no body characters on the folds
Rows = tuple[list[list[int]], list[int]]


def chrome_keys(rec: Record) -> set[str]:
    return {k for k in (norm(c) for c in rec["body"].get("chrome", [])) if k}


def ambiguous_keys(rec: Record) -> set[str]:
    """Chrome lines the file holds more often than the gold lists them (a title and its repeated copy): which
    copy is the chrome the gold does not say, so such lines are left out of training."""
    gold = [norm(c) for c in rec["body"].get("chrome", [])]
    lines = norm_lines(rec["source"])
    return {k for k in set(gold) if k and lines.count(k) > gold.count(k)}


def page_rows(text: str, title: str, rec: Record) -> tuple[list[tuple[int, int, cl.PageLine]], Rows]:
    """The page's lines, their slots and labels: 1 chrome, 0 not, -1 unknown (left out of training)."""
    chrome, unsure = chrome_keys(rec), ambiguous_keys(rec)
    found = cl.page_lines(text)
    slots = cl.features([x for _, _, x in found], title)
    labels = [-1 if k in unsure else int(k in chrome) for k in (norm(x.text) for _, _, x in found)]
    return found, (slots, labels)


_ROWS: dict[tuple[str, str], Rows] = {}  # (doc, which text) → rows: folds reuse them


def rows_of(recs: Sequence[Record], source: bool = True) -> Rows:
    slots: list[list[int]] = []
    labels: list[int] = []
    for rec in recs:
        for which in ("display", "source") if source else ("display",):
            key = (rec["doc"], which)
            if key not in _ROWS:
                _ROWS[key] = page_rows(rec[which], rec["title"], rec)[1]
            for s, y in zip(*_ROWS[key], strict=True):
                if y >= 0:
                    slots.append(s)
                    labels.append(y)
    return slots, labels


def fit(rows: Rows, *, l2: float = 1e-4, steps: int = 150, lr: float = 0.1, pos_weight: float = 1.0) -> cl.Model:
    """L2 logistic regression over binary slots, by full-batch Adam (deterministic)."""
    slots, labels = rows
    lengths = np.array([len(s) for s in slots], dtype=np.int64)
    idx = np.fromiter((i for s in slots for i in s), dtype=np.int64, count=int(lengths.sum()))
    row = np.repeat(np.arange(len(slots)), lengths)
    y = np.array(labels, dtype=np.float64)
    sw = np.where(y > 0, pos_weight, 1.0)
    sw /= sw.sum()
    w = np.zeros(cl.DIM)
    b = 0.0
    m, v = np.zeros(cl.DIM + 1), np.zeros(cl.DIM + 1)
    for t in range(1, steps + 1):
        z = np.bincount(row, weights=w[idx], minlength=len(slots)) + b
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        r = (p - y) * sw
        g = np.append(np.bincount(idx, weights=r[row], minlength=cl.DIM) + l2 * w, r.sum())
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * g * g
        step = lr * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
        w -= step[:-1]
        b -= step[-1]
    weights = {int(i): round(float(w[i]), 4) for i in np.flatnonzero(np.abs(w) >= 1e-4)}
    return cl.Model(intercept=round(float(b), 4), weights=weights, threshold=THRESHOLD)


def to_json(model: cl.Model, about: dict[str, Any]) -> str:
    data = {
        "about": about,
        "dim": cl.DIM,
        "threshold": model.threshold,
        "intercept": model.intercept,
        "weights": {str(k): model.weights[k] for k in sorted(model.weights)},
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=False) + "\n"


def main() -> int:
    recs = collect()
    for r in recs:
        r["title"] = ""  # cleaning runs before the title is found: the shipped model never sees one
    model = fit(rows_of(recs))
    about = {
        "trained_on": f"{len(recs)} corpus reports with body gold (display and source lines, no title)",
        "by": "benchmarks/train_chrome.py",
        "cv": "benchmarks/chrome_cv.py",
    }
    cl.WEIGHTS_PATH.parent.mkdir(parents=True, exist_ok=True)
    cl.WEIGHTS_PATH.write_text(to_json(model, about), encoding="utf-8")
    print(f"{len(model.weights)} weights written to {cl.WEIGHTS_PATH}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
