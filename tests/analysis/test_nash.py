"""Nash and Kalai–Smorodinsky over the frontier."""
from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from bargain_helpers import issue_spaces
from zopa.analysis.nash import individually_rational, kalai_smorodinsky, nash_solution
from zopa.analysis.pareto import brute_force_frontier, pareto_frontier


@settings(max_examples=150, deadline=None)
@given(issue_spaces(), st.data())
def test_nash_and_ks_beat_the_disagreement_point_when_a_deal_does(space, data):
    frontier = pareto_frontier(space)
    k = space[0].shape[1]
    d = np.array(data.draw(st.lists(st.integers(0, 12), min_size=k, max_size=k)), dtype=float)
    rational = individually_rational(frontier.utilities, d)
    for solve in (nash_solution, kalai_smorodinsky):
        s = solve(frontier, d)
        if rational.any():
            assert s is not None and np.all(s.utilities >= d - 1e-9)
        else:
            assert s is None


@settings(max_examples=80, deadline=None)
@given(issue_spaces(max_issues=3), st.data())
def test_nash_product_is_the_best_over_every_package(space, data):
    k = space[0].shape[1]
    d = np.array(data.draw(st.lists(st.integers(0, 6), min_size=k, max_size=k)), dtype=float)
    s = nash_solution(pareto_frontier(space), d)
    every = brute_force_frontier(space)   # the maximiser is undominated, so the enumerated frontier suffices
    gains = every.utilities - d
    ok = np.all(gains >= -1e-9, axis=1)
    if s is None:
        assert not ok.any()
    else:
        assert np.prod(s.utilities - d) >= np.prod(np.clip(gains[ok], 0, None), axis=1).max() - 1e-9


def test_nash_splits_a_symmetric_pie():
    # One issue, linearly opposed utilities: the Nash point is the middle.
    opts = np.array([[i / 10, 1 - i / 10] for i in range(11)])
    s = nash_solution(pareto_frontier([opts]), np.zeros(2))
    np.testing.assert_allclose(s.utilities, [0.5, 0.5])


def test_nash_moves_towards_the_side_with_the_better_outside_option():
    opts = np.array([[i / 10, 1 - i / 10] for i in range(11)])
    s = nash_solution(pareto_frontier([opts]), np.array([0.4, 0.0]))
    np.testing.assert_allclose(s.utilities, [0.7, 0.3])


def test_ks_equalises_shares_of_the_ideal_gains():
    # Frontier points (0,1), (0.6,0.6) and (1,0.2): ideal gains are 1 and 1.
    frontier = pareto_frontier([np.array([[0.0, 1.0], [0.6, 0.6], [1.0, 0.2]])])
    s = kalai_smorodinsky(frontier, np.zeros(2))
    np.testing.assert_allclose(s.utilities, [0.6, 0.6])


def test_three_party_nash_is_symmetric_on_a_symmetric_space():
    opts = np.array([[1, 0, 0], [0, 1, 0], [0, 0, 1]], dtype=float)
    s = nash_solution(pareto_frontier([opts, opts, opts]), np.zeros(3))
    np.testing.assert_allclose(s.utilities, [1, 1, 1])


def test_no_solution_when_no_package_beats_no_deal():
    frontier = pareto_frontier([np.array([[0.2, 0.8], [0.8, 0.2]])])
    assert nash_solution(frontier, np.array([0.9, 0.9])) is None
    assert kalai_smorodinsky(frontier, np.array([0.9, 0.9])) is None
