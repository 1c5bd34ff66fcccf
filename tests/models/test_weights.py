"""Learned weights read from JSON: the dot product, standardisation, overrides for cross-validation."""

import math

import pytest

from models import weights
from models.weights import Weights


def _w(**extra: object) -> Weights:
    return Weights.from_json({"features": ["a", "b"], "coef": [2.0, -1.0], "intercept": 0.5, **extra})


def test_logit_is_the_dot_product_plus_intercept_and_absent_features_count_as_zero() -> None:
    w = _w()
    assert w.logit({"a": 1.0, "b": 3.0}) == pytest.approx(0.5 + 2.0 - 3.0)
    assert w.logit({"a": 1.0}) == pytest.approx(2.5)
    assert w.probability({}) == pytest.approx(1 / (1 + math.exp(-0.5)))


def test_standardisation_is_applied_before_the_dot_product() -> None:
    w = _w(mean=[1.0, 0.0], scale=[2.0, 0.0])  # a zero scale reads as 1
    assert w.logit({"a": 3.0, "b": 1.0}) == pytest.approx(0.5 + 2.0 * 1.0 - 1.0)


def test_probability_is_stable_at_extremes() -> None:
    w = Weights.from_json({"features": ["a"], "coef": [1.0], "intercept": 0.0})
    assert w.probability({"a": 1000.0}) == pytest.approx(1.0)
    assert w.probability({"a": -1000.0}) == pytest.approx(0.0)


def test_a_file_whose_coefficients_do_not_match_its_features_is_refused() -> None:
    with pytest.raises(ValueError):
        Weights.from_json({"features": ["a", "b"], "coef": [1.0], "intercept": 0.0})


def test_use_overrides_the_committed_file_until_put_back(tmp_path, monkeypatch) -> None:
    (tmp_path / "toy.json").write_text('{"features": ["a"], "coef": [1.0], "intercept": 0.0}', encoding="utf-8")
    monkeypatch.setattr(weights, "WEIGHTS", tmp_path)
    weights._from_file.cache_clear()
    assert weights.load("toy").coef == (1.0,)
    weights.use("toy", _w())
    assert weights.load("toy").features == ("a", "b")
    weights.use("toy", None)
    assert weights.load("toy").coef == (1.0,)
    weights._from_file.cache_clear()
