"""Bargaining models against hand-computed cases: Nash, Condorcet election, exchange."""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as hst

from zopa.analysis.models import condorcet_election, exchange, nash_bargaining, nash_bargaining_many


def test_linear_nash_splits_by_weight():
    # max w1 log(1 - t) + w2 log(t)  ->  t = w2 / (w1 + w2)
    assert nash_bargaining(np.array([0.0, 100.0]), np.array([1.0, 3.0]), curvature=1, breakdown=0) == \
        pytest.approx(75.0, abs=1e-3)


def test_breakdown_cost_moves_the_linear_nash_solution():
    # max w1 log(1 + k - t) + w2 log(k + t)  ->  t = (w2 (1 + k) - w1 k) / (w1 + w2) = (3 - 0.5) / 3
    assert nash_bargaining(np.array([0.0, 100.0]), np.array([1.0, 2.0]), curvature=1, breakdown=0.5) == \
        pytest.approx(250 / 3, abs=1e-3)


def test_quadratic_nash_with_costly_breakdown_is_the_weighted_mean():
    x, w = np.array([0.0, 60.0, 100.0]), np.array([1.0, 1.0, 2.0])
    assert nash_bargaining(x, w, curvature=2, breakdown=1000) == pytest.approx(65.0, abs=0.05)


def test_nash_with_a_reference_point_between_the_actors_keeps_it():
    # each side loses from any move away from the status quo: only the reference point is acceptable
    assert nash_bargaining(np.array([0.0, 100.0]), np.array([1.0, 1.0]), curvature=1, breakdown=0,
                           reference=50.0) == pytest.approx(50.0)


def test_nash_with_a_reference_point_on_one_side_stops_at_the_nearer_actor():
    # gains over the status quo 0: 0.6 - |y-60|/100 and y/100; the product peaks at y = 60
    assert nash_bargaining(np.array([60.0, 100.0]), np.array([1.0, 1.0]), curvature=1, breakdown=0,
                           reference=0.0) == pytest.approx(60.0, abs=1e-3)


def test_nash_many_equals_one_issue_at_a_time_and_ignores_missing_positions():
    P = np.array([[0.0, 100.0, np.nan], [20.0, 40.0, 90.0]])
    W = np.array([[1.0, 3.0, 5.0], [1.0, 0.0, 1.0]])
    many = nash_bargaining_many(P, W, curvature=1, breakdown=0)
    assert many[0] == pytest.approx(75.0, abs=1e-3)
    assert many[1] == pytest.approx(nash_bargaining(np.array([20.0, 90.0]), np.ones(2), curvature=1, breakdown=0))


def test_two_option_election_follows_the_weights_to_the_power_sharpness():
    x, w = np.array([0.0, 100.0]), np.array([1.0, 3.0])
    assert condorcet_election(x, w, curvature=1, sharpness=1) == pytest.approx(75.0)   # 100 · 3 / 4
    assert condorcet_election(x, w, curvature=1, sharpness=2) == pytest.approx(90.0)   # 100 · 9 / 10


def test_three_option_election_stationary_probabilities():
    # p(0 beats 50) = 0.5 / 1.5 = 1/3, p(0 beats 100) = 1/2; balance gives (1/4, 1/2, 1/4)
    value, options, pi = condorcet_election(np.array([0.0, 50.0, 100.0]), np.ones(3), curvature=1, sharpness=1,
                                            return_probabilities=True)
    assert list(options) == [0.0, 50.0, 100.0]
    assert pi == pytest.approx([0.25, 0.5, 0.25], abs=1e-9)
    assert value == pytest.approx(50.0)


def test_the_status_quo_is_an_option_no_actor_holds():
    # options 0, 20 (status quo), 100; weights 1 (at 0) and 3 (at 100), linear utilities:
    # S(0,20) = 0.2, S(20,0) = 0.6; S(0,100) = 1, S(100,0) = 3; S(20,100) = 0.8, S(100,20) = 2.4, so every
    # p(lower beats higher) = 1/4; balance gives (5, 9, 21) / 35 and the forecast 2280 / 35
    x, w = np.array([0.0, 100.0]), np.array([1.0, 3.0])
    value, options, pi = condorcet_election(x, w, curvature=1, sharpness=1, reference=20.0, return_probabilities=True)
    assert list(options) == [0.0, 20.0, 100.0]
    assert pi == pytest.approx(np.array([5, 9, 21]) / 35, abs=1e-9)
    assert value == pytest.approx(2280 / 35)
    assert condorcet_election(x, w, curvature=1, sharpness=1, reference=float("nan")) == pytest.approx(75.0)
    assert condorcet_election(x, w, curvature=1, sharpness=1, reference=100.0) == pytest.approx(75.0)  # no new option


def test_a_sharp_election_picks_the_condorcet_winner():
    x, w = np.array([0.0, 30.0, 100.0]), np.array([2.0, 2.0, 3.0])   # 30 is the weighted median
    assert condorcet_election(x, w, curvature=1, sharpness=40) == pytest.approx(30.0, abs=0.5)


@settings(max_examples=40, deadline=None)
@given(hst.lists(hst.tuples(hst.floats(0, 100), hst.floats(0.01, 5)), min_size=1, max_size=8),
       hst.sampled_from([1.0, 2.0, 4.0]), hst.sampled_from([0.5, 1.0, 2.0]))
def test_election_forecast_stays_within_the_positions(actors, curvature, sharpness):
    x, w = (np.array(v) for v in zip(*actors))
    f = condorcet_election(x, w, curvature=curvature, sharpness=sharpness)
    assert x.min() - 1e-9 <= f <= x.max() + 1e-9


def test_one_exchange_equal_gains():
    # i (actor 0) cares for issue 0, j (actor 1) for issue 1; expected outcomes 80 and 80.
    # j may move on issue 0 until the outcome shifts 0.2·80 = 16; i likewise on issue 1; the
    # saliences give equal gains for equal shifts: both outcomes move to 96.
    X = np.array([[100.0, 0.0], [0.0, 100.0]])
    S = np.array([[0.8, 0.2], [0.2, 0.8]])
    outcome, moved = exchange(X, S, np.ones((2, 2)), rounds=1, return_positions=True)
    assert outcome == pytest.approx([96.0, 96.0])
    assert moved == pytest.approx(np.array([[100.0, 80.0], [80.0, 100.0]]))
    half = exchange(X, S, np.ones((2, 2)), rounds=1, step=0.5)
    assert half == pytest.approx([88.0, 88.0])


def test_no_exchange_without_different_priorities():
    X = np.array([[100.0, 0.0], [0.0, 100.0]])
    S = np.array([[0.5, 0.5], [0.5, 0.5]])          # both care equally for both issues
    assert exchange(X, S, np.ones((2, 2)), rounds=3) == pytest.approx([50.0, 50.0])


def test_exchange_ignores_actors_without_a_position():
    X = np.array([[100.0, 0.0, np.nan], [0.0, 100.0, 50.0]])
    S = np.array([[0.8, 0.2, 0.9], [0.2, 0.8, 0.9]])
    out = exchange(X, S, np.ones((2, 3)), rounds=0)
    assert out == pytest.approx([80.0, (80 + 45) / 1.9])
