"""The out-of-sample protocol: grouped folds, tuning on training folds only, ensembles, intervals, bootstrap."""
from __future__ import annotations

import numpy as np
import pytest

from zopa.analysis.crossval import (Ensemble, ModelGrid, cluster_bootstrap, conformal_quantile, cross_validate,
                                    fit_full, grouped_folds, settings_grid)


def test_folds_keep_groups_whole_and_cover_every_issue_once():
    groups = [f"p{i // 3}" for i in range(30)] + ["big"] * 7
    folds = grouped_folds(groups, 4, np.random.default_rng(1))
    assert sum(f.astype(int) for f in folds).tolist() == [1] * 37
    for f in folds:
        inside = {g for g, m in zip(groups, f) if m}
        outside = {g for g, m in zip(groups, f) if not m}
        assert not inside & outside


def test_tuning_never_sees_the_test_fold():
    # Setting 0 is exact on group a and 10 off on b; setting 1 the reverse. Tuned in-sample either
    # setting scores 5; honestly, each fold is forecast by the setting its training fold preferred: 10.
    y = np.zeros(4)
    groups = ["a", "a", "b", "b"]
    grid = ModelGrid("m", ({"s": 0}, {"s": 1}), np.array([[0, 0, 10, 10], [10, 10, 0, 0]], dtype=float))
    base = ModelGrid("base", ({},), np.full((1, 4), 5.0))
    scores = cross_validate([base, grid], y, groups, baseline="base", folds=2, repeats=3, bootstrap=200)
    m = scores[1]
    assert m.cv_mae == pytest.approx(10.0) and m.mae == pytest.approx(5.0)
    assert m.diff == pytest.approx(5.0) and sum(m.chosen.values()) == 6


def test_conformal_quantile_rank():
    assert conformal_quantile(np.arange(1.0, 10.0), 0.8) == 8.0     # rank ⌈10 · 0.8⌉ = 8 of 9
    assert conformal_quantile(np.array([3.0, 1.0]), 0.8) == 3.0      # capped at the largest


def test_cluster_bootstrap_of_a_constant_difference_is_that_constant():
    lo, hi = cluster_bootstrap(np.full(10, -1.5), list("aabbccddee"), 300, seed=0)
    assert lo == pytest.approx(-1.5) and hi == pytest.approx(-1.5)


def test_intervals_hold_about_their_level_out_of_sample():
    rng = np.random.default_rng(0)
    f = rng.uniform(20, 80, 2000)
    y = f + rng.normal(0, 5, 2000)
    grid = ModelGrid("m", ({},), f[None, :])
    (score,) = cross_validate([grid], y, [str(i // 4) for i in range(2000)], baseline="m", repeats=2, bootstrap=100)
    assert 0.77 <= score.coverage <= 0.83
    # 80% of |N(0, 5)| lies within 1.28 s.d.: width ≈ 2 · 6.4
    assert score.width == pytest.approx(12.8, rel=0.1)


def test_better_model_has_a_negative_difference_with_an_interval_below_zero():
    rng = np.random.default_rng(2)
    y = rng.uniform(0, 100, 300)
    good = ModelGrid("good", ({},), (y + rng.normal(0, 5, 300))[None, :])
    poor = ModelGrid("poor", ({},), (y + rng.normal(0, 20, 300))[None, :])
    scores = cross_validate([poor, good], y, [str(i // 3) for i in range(300)], baseline="poor", repeats=2)
    assert scores[1].diff < 0 and scores[1].ci[1] < 0


def test_settings_grid_and_full_fit():
    grid = settings_grid(a=(1, 2), b=("x", "y"))
    assert grid == ({"a": 1, "b": "x"}, {"a": 1, "b": "y"}, {"a": 2, "b": "x"}, {"a": 2, "b": "y"})
    y = np.array([0.0, 10.0, 20.0, 30.0, 40.0])
    m = ModelGrid("m", ({"k": 0}, {"k": 1}), np.vstack([y + 10, y + np.array([1.0, -2, 3, -4, 5])]))
    setting, q = fit_full(m, y)
    assert setting == {"k": 1} and q == 5.0


def _ensemble(y_weight: float = 0.75) -> tuple[Ensemble, np.ndarray, list[str]]:
    """Outcomes that are exactly 0.75 · anchor + 0.25 · the second partner; the anchor's right setting is its
    second, the first being 10 points off everywhere."""
    rng = np.random.default_rng(3)
    n = 60
    a, b1, b2 = rng.uniform(0, 100, (3, n))
    y = y_weight * a + (1 - y_weight) * b2
    anchor = ModelGrid("anchor", ({"k": 0}, {"k": 1}), np.vstack([a + 10, a]))
    partners = (ModelGrid("noise", ({},), b1[None, :]), ModelGrid("right", ({},), b2[None, :]))
    return Ensemble("ens", anchor, partners), y, [str(i // 2) for i in range(n)]


def test_ensemble_finds_the_partner_and_weight_that_made_the_outcomes():
    ens, y, groups = _ensemble()
    base = ModelGrid("base", ({},), np.full((1, y.size), 50.0))
    scores = cross_validate([base, ens], y, groups, baseline="base", repeats=2, bootstrap=100)
    # every training fold recovers w = 0.75 and the partner 'right', with the anchor's exact setting
    assert scores[1].chosen == {"anchor 0.75 + right 0.25": 10}
    assert scores[1].cv_mae == pytest.approx(0.0, abs=1e-9) and scores[1].ci[1] < 0
    # the in-sample figure is the a-priori default: equal weights with the first partner, first settings
    assert scores[1].mae == pytest.approx(np.abs(0.5 * (ens.anchor.forecasts[0] + ens.partners[0].forecasts[0])
                                                 - y).mean())
    setting, q = fit_full(ens, y, groups=groups)
    assert setting == {"weight": 0.75, "partner": "right", "anchor": {"k": 1}, "partner_setting": {}}
    assert q == pytest.approx(0.0, abs=1e-9)


def test_ensemble_never_sees_the_test_fold():
    ens, y, groups = _ensemble()
    test = np.array([int(g) % 3 == 0 for g in groups])
    f1, label1 = ens.fit(~test, y, groups, np.random.default_rng(5))
    scrambled = y.copy()
    scrambled[test] = np.random.default_rng(9).uniform(0, 100, test.sum())
    f2, label2 = ens.fit(~test, scrambled, groups, np.random.default_rng(5))
    assert label1 == label2 and np.array_equal(f1, f2)


def test_ensemble_weight_one_is_the_anchor_alone():
    # the outcomes are the anchor's right setting: w = 1, and the blend is the anchor itself
    ens, y, groups = _ensemble(y_weight=1.0)
    p, w = ens.choose(np.ones(y.size, dtype=bool), y, groups, np.random.default_rng(0))
    assert w == 1.0 and np.array_equal(ens.combine(p, w, (1, 0)), ens.anchor.forecasts[1])
