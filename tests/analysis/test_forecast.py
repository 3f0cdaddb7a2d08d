"""Forecast models: compromise, expected utility, Monte-Carlo intervals."""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as hst

from zopa.analysis.forecast import (BEST_INTERVAL_Q80, BEST_MODEL, BEST_SETTING, best_forecast, compromise,
                                   expected_utility, forecast_issue, forecast_positions, partner_forecast, to_dict)
from zopa.records import Position


def test_compromise_is_the_capability_salience_weighted_mean():
    x, c, s = np.array([0.0, 40.0, 100.0]), np.array([1.0, 2.0, 3.0]), np.array([1.0, 0.5, 0.5])
    # weights 1, 1, 1.5 -> (0 + 40 + 150) / 3.5
    assert compromise(x, c, s) == pytest.approx(190 / 3.5)


def test_compromise_ignores_actors_without_a_position():
    assert compromise(np.array([10.0, np.nan, 30.0]), np.ones(3), np.ones(3)) == pytest.approx(20.0)


@settings(max_examples=60, deadline=None)
@given(hst.lists(hst.tuples(hst.floats(0, 100), hst.floats(0.01, 5), hst.floats(0.01, 1)), min_size=2, max_size=8))
def test_expected_utility_stays_within_the_positions_range(actors):
    x, c, s = (np.array(v) for v in zip(*actors))
    f = expected_utility(x, c, s, rounds=4)
    assert x.min() - 1e-9 <= f <= x.max() + 1e-9


def test_a_dominant_unanimous_bloc_wins():
    x = np.array([80.0, 80.0, 80.0, 10.0])
    assert expected_utility(x, np.array([5.0, 5.0, 5.0, 1.0]), np.ones(4)) == pytest.approx(80.0)


def test_monte_carlo_interval_contains_the_point_estimate_and_is_seeded():
    args = ("territory.donetsk", [100, 40, 60, 20], [0.6, 0.3, 0.7, 0.3], [1.0, 0.8, 0.5, 0.4], [0.5, 0.5, 0.3, 0.3])
    f = forecast_issue(*args, draws=300, seed=3)
    for est in (f.compromise, f.expected_utility):
        assert est.low <= est.point <= est.high and est.low < est.high
    assert forecast_issue(*args, draws=300, seed=3) == f
    assert forecast_issue(*args, draws=300, seed=4) != f


def test_forecast_positions_gives_json_ready_results_per_issue():
    ps = [Position("RUS", "alignment.nato", 100, 50, salience=0.9, confidence=0.6),
          Position("UKR", "alignment.nato", 0, 50, salience=0.6, confidence=0.6),
          Position("RUS", "assets.frozen", 100, 50)]
    out = forecast_positions(ps, {"RUS": 0.6, "UKR": 0.3}, draws=100)
    assert set(out) == {"alignment.nato"}  # one position is no forecast
    assert out["alignment.nato"].compromise.point == pytest.approx(100 * 0.54 / (0.54 + 0.18))
    d = to_dict(out)
    assert set(d["alignment.nato"]) == {"compromise", "expected_utility", "best"}
    assert [r["actor"] for r in d["alignment.nato"]["best"]["sensitivity"]] == ["RUS", "UKR"]
    assert set(d["alignment.nato"]["compromise"]) >= {"mean", "low", "high"}


def test_expected_utilities_by_hand_for_both_status_quo_probabilities():
    from zopa.analysis.forecast import _expected_utilities

    # x = (0, 1), c = 1, s = (1, 0.5): |x_i - x_j| = 1, U_s = 2, U_f = -2, P_0 = 1 / 1.5, P_1 = 0.5 / 1.5
    x, c, s = np.array([0.0, 1.0]), np.ones(2), np.array([1.0, 0.5])
    eu = _expected_utilities(x[None], c[None], s[None], q=1.0)[0]      # one run
    assert eu[0, 1] == pytest.approx(0.5 * (2 / 3 * 2 - 1 / 3 * 2) + 0.5 * 2)     # 4/3
    assert eu[1, 0] == pytest.approx(1 / 3 * 2 - 2 / 3 * 2)                         # -2/3
    # Q = 0.5, μ = 0: the challenger at μ expects things to get better (U_b = 1), the other worse (U_w = -2)
    eu = _expected_utilities(x[None], c[None], s[None], q=0.5)[0]
    assert eu[0, 1] == pytest.approx(4 / 3 - 0.5 * 1) and eu[1, 0] == pytest.approx(-2 / 3 + 0.5 * 2)


def test_risk_exponents_run_from_two_for_the_safest_to_half_for_the_most_exposed():
    from zopa.analysis.forecast import _risk_exponents

    eu = np.array([[0.0, 1.0, 2.0], [0.0, 0.0, 0.0], [0.0, 0.0, 0.0]])   # exposures 0, 1, 2
    assert _risk_exponents(eu[None])[0] == pytest.approx([2.0, 1.0, 0.5])


def test_draws_run_together_give_each_draw_its_own_forecast():
    from zopa.analysis.forecast import _draws, _expected_utility_draws

    rng = np.random.default_rng(3)
    x, c, s = rng.uniform(0, 100, 9), rng.uniform(0.5, 2, 9), rng.uniform(0.1, 1, 9)
    xs, cs, ss = _draws(x, c, s, rng.uniform(0, 1, 9), 300, rng, 20.0, 0.25)
    together = _expected_utility_draws(xs, cs, ss, 4)
    assert together.tolist() == [expected_utility(xs[k], cs[k], ss[k], rounds=4) for k in range(300)]
    assert len(set(together.tolist())) > 250


def test_the_weaker_actor_capitulates_under_the_published_status_quo_probability():
    # EU_0(1) = 4/3 > 0 > EU_1(0) = -2/3 and |4/3| > |-2/3|: actor 1 moves to 0
    assert expected_utility(np.array([0.0, 100.0]), np.ones(2), np.array([1.0, 0.5]), rounds=1) == pytest.approx(0.0)


def test_best_forecast_takes_the_status_quo_as_an_option_when_its_setting_says_so():
    # the election of test_models: weights (1, 3), status quo 20 -> 2280 / 35; without it 100 · 3 / 4
    setting = {"curvature": 1.0, "sharpness": 1.0, "salience_power": 1.0, "reference": True}
    f = best_forecast([0.0, 100.0], [1.0, 3.0], [1.0, 1.0], ["A", "B"], setting=setting, reference=20.0)
    assert f.point == pytest.approx(2280 / 35)
    assert [(a, p) for a, _, _, p in f.support] == [("B", pytest.approx(21 / 35)), ("A", pytest.approx(5 / 35))]
    assert best_forecast([0.0, 100.0], [1.0, 3.0], [1.0, 1.0], ["A", "B"], setting=setting).point == \
        pytest.approx(75.0)
    ignored = {**setting, "reference": False}
    assert best_forecast([0.0, 100.0], [1.0, 3.0], [1.0, 1.0], ["A", "B"], setting=ignored, reference=20.0).point == \
        pytest.approx(75.0)


def test_election_alone_by_hand():
    # weights c·s² = (1, 0.25); with curvature 4, sharpness 2: p(0 beats 100) = 1 / (1 + 0.25²) = 16/17,
    # so the stationary chance of 100 is 1/17
    f = best_forecast([0.0, 100.0], [1.0, 1.0], [1.0, 0.5], ["A", "B"], setting=BEST_SETTING["anchor"])
    assert f.model == "condorcet_election" and f.point == pytest.approx(100 / 17, abs=1e-6)
    # spread under c·s = (1, 0.5): weighted mean 33.3, mean absolute deviation 44.4, plus 5
    half = BEST_INTERVAL_Q80 * (400 / 9 + 5)
    assert (f.low, f.high) == pytest.approx((0.0, 100 / 17 + half))
    assert [(a, x) for a, x, _, _ in f.support] == [("A", 0.0), ("B", 100.0)]
    assert f.support[0][2] == pytest.approx(0.8) and f.support[0][3] == pytest.approx(16 / 17)
    b = {v.actor: v for v in f.sensitivity}["B"]
    # B's salience 0.3: weight 0.09, chance of 100 = 0.0081 / 1.0081
    assert b.salience_down == pytest.approx(100 * 0.0081 / 1.0081 - 100 / 17, abs=1e-6)
    assert b.salience_up > 0 and b.largest == pytest.approx(max(abs(b.position_down), abs(b.position_up),
                                                                abs(b.salience_down), abs(b.salience_up)))


def test_best_forecast_is_the_ensemble_by_hand():
    # the product's setting: 0.8 × the election above (100/17) + 0.2 × the plain mean of 0 and 100 (50)
    assert BEST_MODEL == "condorcet_ensemble" and BEST_SETTING["weight"] == 0.8 and BEST_SETTING["partner"] == "mean"
    f = best_forecast([0.0, 100.0], [1.0, 1.0], [1.0, 0.5], ["A", "B"])
    assert f.model == "condorcet_ensemble" and f.point == pytest.approx(80 / 17 + 10, abs=1e-6)
    half = BEST_INTERVAL_Q80 * (400 / 9 + 5)
    assert (f.low, f.high) == pytest.approx((0.0, 80 / 17 + 10 + half))
    assert f.support[0][3] == pytest.approx(16 / 17)                 # the election's chance of A's position
    b = {v.actor: v for v in f.sensitivity}["B"]
    # B at 90: the election's odds are unchanged (1 - 0.9⁴ cancels), so it gives 90/17; the mean 45
    assert b.position_down == pytest.approx(0.8 * 90 / 17 + 9 - (80 / 17 + 10), abs=1e-6)
    # B's salience moves only the election (the mean ignores saliences)
    assert b.salience_down == pytest.approx(0.8 * (100 * 0.0081 / 1.0081 - 100 / 17), abs=1e-6)


def test_ensemble_partners_by_hand():
    x, c, s = np.array([0.0, 30.0, 100.0]), np.array([1.0, 2.0, 1.0]), np.array([1.0, 0.5, 0.25])
    assert partner_forecast("mean", x, c, s) == pytest.approx(130 / 3)
    assert partner_forecast("salience_mean", x, c, s) == pytest.approx((15 + 25) / 1.75)
    assert partner_forecast("capability_salience_mean", x, c, s) == pytest.approx((30 + 25) / 2.25)
    assert partner_forecast("median_actor", x, c, s) == 30.0 and partner_forecast("constant_50", x, c, s) == 50.0
    # linear Nash with no breakdown cost and two actors: the weight split of test_models
    assert partner_forecast("nash_bargaining", np.array([0.0, 100.0]), np.array([1.0, 3.0]), np.ones(2),
                            {"curvature": 1.0, "breakdown": 0.0, "reference": False}) == pytest.approx(75.0, abs=1e-3)
    # the weaker actor capitulates (the expected-utility case above)
    assert partner_forecast("expected_utility", np.array([0.0, 100.0]), np.ones(2), np.array([1.0, 0.5]),
                            {"rounds": 1}) == pytest.approx(0.0)
    with pytest.raises(ValueError, match="unknown ensemble partner"):
        partner_forecast("oracle", x, c, s)
