"""Learned weights the reader reads: a logistic model over named features, stored as JSON under resources/weights.

The weights are trained from the real-report corpus by ``benchmarks/train_*.py`` (scikit-learn, a training-only
extra) and committed; the app only reads the JSON and takes a dot product, so reading needs no numpy or sklearn.
A file holds ``features`` (names), ``coef``, ``intercept``, optional ``mean``/``scale`` (standardisation applied
before the dot product), optional ``threshold`` and free-form ``about`` (how and on what it was trained, and its
cross-validated figures). A feature a caller does not give counts as 0.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from models.paths import RESOURCES

WEIGHTS = RESOURCES / "weights"


@dataclass(frozen=True)
class Weights:
    features: tuple[str, ...]
    coef: tuple[float, ...]
    intercept: float
    mean: tuple[float, ...] | None = None
    scale: tuple[float, ...] | None = None
    threshold: float = 0.5

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> Weights:
        def floats(key: str) -> tuple[float, ...] | None:
            raw = data.get(key)
            return None if raw is None else tuple(float(x) for x in raw)  # type: ignore[attr-defined]

        features = tuple(str(x) for x in data["features"])  # type: ignore[attr-defined]
        coef = floats("coef") or ()
        if len(coef) != len(features):
            raise ValueError(f"weights: {len(features)} features but {len(coef)} coefficients")
        return cls(
            features=features,
            coef=coef,
            intercept=float(data["intercept"]),  # type: ignore[arg-type]
            mean=floats("mean"),
            scale=floats("scale"),
            threshold=float(data.get("threshold", 0.5)),  # type: ignore[arg-type]
        )

    def logit(self, values: Mapping[str, float]) -> float:
        """The model's log-odds for one example given as feature name → value."""
        total = self.intercept
        for i, (name, w) in enumerate(zip(self.features, self.coef, strict=True)):
            x = float(values.get(name, 0.0))
            if self.mean is not None and self.scale is not None:
                x = (x - self.mean[i]) / (self.scale[i] or 1.0)
            total += w * x
        return total

    def probability(self, values: Mapping[str, float]) -> float:
        z = self.logit(values)
        if z >= 0:
            return 1.0 / (1.0 + math.exp(-z))
        e = math.exp(z)
        return e / (1.0 + e)


_OVERRIDES: dict[str, Weights] = {}


@cache
def _from_file(name: str) -> Weights:
    with open(WEIGHTS / f"{name}.json", encoding="utf-8") as f:
        return Weights.from_json(json.load(f))


def load(name: str) -> Weights:
    """The weights called ``name`` (``resources/weights/<name>.json``), or the ones put in place by ``use``."""
    return _OVERRIDES.get(name) or _from_file(name)


def use(name: str, weights: Weights | None) -> None:
    """Read ``weights`` instead of the committed file (cross-validation scores a fold with a fold's model);
    None puts the committed file back."""
    if weights is None:
        _OVERRIDES.pop(name, None)
    else:
        _OVERRIDES[name] = weights
