"""Training side of the learned weights: fit a logistic model on named features, write it for models/weights.py.

Used by ``benchmarks/train_*.py`` with ``benchmarks/corpus_folds.py``: collect (features, label) rows per report,
score each fold with a model fitted on the other folds (``models.weights.use``), then fit on all and ``save``.
Needs the ``train`` extra (scikit-learn); the app never imports this module.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
WEIGHTS = ROOT / "resources" / "weights"


def fit(
    rows: Sequence[Mapping[str, float]],
    labels: Sequence[int],
    features: Sequence[str],
    *,
    c: float = 1.0,
    class_weight: str | None = None,
    threshold: float = 0.5,
) -> dict[str, Any]:
    """A standardised L2 logistic regression over ``features`` (absent features are 0), as the JSON dict
    ``models.weights.Weights.from_json`` reads."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    x = np.array([[float(r.get(f, 0.0)) for f in features] for r in rows], dtype=float)
    y = np.array(labels, dtype=int)
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    model = LogisticRegression(C=c, class_weight=class_weight, max_iter=2000)
    model.fit((x - mean) / scale, y)
    return {
        "features": list(features),
        "coef": [round(float(v), 6) for v in model.coef_[0]],
        "intercept": round(float(model.intercept_[0]), 6),
        "mean": [round(float(v), 6) for v in mean],
        "scale": [round(float(v), 6) for v in scale],
        "threshold": threshold,
    }


def save(name: str, weights: Mapping[str, Any], about: Mapping[str, Any]) -> Path:
    """Write ``resources/weights/<name>.json`` with ``about`` (how it was trained, its cross-validated figures)."""
    WEIGHTS.mkdir(parents=True, exist_ok=True)
    path = WEIGHTS / f"{name}.json"
    data = {"about": dict(about), **weights}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return path
