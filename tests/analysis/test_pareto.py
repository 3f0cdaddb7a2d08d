"""The exact Pareto frontier: equal to brute force, undominated, deterministic on ties."""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bargain_helpers import as_set, dominates, issue_spaces, reference_frontier
from zopa.analysis.pareto import brute_force_frontier, nondominated, pareto_frontier


@settings(max_examples=150, deadline=None)
@given(issue_spaces())
def test_frontier_equals_brute_force_reference(space):
    frontier = pareto_frontier(space)
    assert as_set(frontier.utilities, 6) == {tuple(float(x) for x in t) for t in reference_frontier(space)}


@settings(max_examples=100, deadline=None)
@given(issue_spaces(parties=st.integers(2, 4)))
def test_frontier_points_are_undominated_and_distinct(space):
    u = pareto_frontier(space).utilities
    for i in range(len(u)):
        for j in range(len(u)):
            if i != j:
                assert not dominates(u[j], u[i])
                assert not np.array_equal(u[i], u[j])


@settings(max_examples=100, deadline=None)
@given(issue_spaces())
def test_choices_reproduce_utilities_and_respect_feasibility(space):
    frontier = pareto_frontier(space)
    for u, pick in zip(frontier.utilities, frontier.choices):
        rows = [a[c] for a, c in zip(space, pick)]
        assert all(np.all(np.isfinite(r)) for r in rows)
        np.testing.assert_allclose(np.sum(rows, axis=0), u, atol=1e-9)


@settings(max_examples=60, deadline=None)
@given(issue_spaces(parties=st.integers(2, 3), max_issues=3))
def test_merge_and_enumeration_pick_the_same_packages(space):
    a, b = pareto_frontier(space), brute_force_frontier(space)
    assert as_set(a.utilities) == as_set(b.utilities)


def test_equal_options_keep_the_lowest_index_deterministically():
    space = [np.array([[1.0, 0.0], [1.0, 0.0], [0.0, 1.0]]), np.array([[0.5, 0.5], [0.5, 0.5]])]
    first = pareto_frontier(space)
    again = pareto_frontier(space)
    assert first.choices.tolist() == again.choices.tolist() == [[0, 0], [2, 0]]
    assert first.utilities.tolist() == [[1.5, 0.5], [0.5, 1.5]]


def test_dominated_duplicates_are_dropped():
    space = [np.array([[1.0, 1.0], [1.0, 1.0], [0.5, 0.5], [1.0, 0.5]])]
    frontier = pareto_frontier(space)
    assert frontier.choices.tolist() == [[0]]


def test_issue_without_feasible_option_leaves_empty_frontier():
    space = [np.array([[1.0, 0.0]]), np.array([[np.nan, 1.0], [0.2, np.nan]])]
    frontier = pareto_frontier(space)
    assert len(frontier) == 0 and frontier.choices.shape == (0, 2)


def test_frontier_is_ordered_by_first_party_then_next():
    rng = np.random.default_rng(3)
    u = pareto_frontier([rng.random((5, 3)) for _ in range(5)]).utilities
    keys = [tuple(-x for x in row) for row in u]
    assert keys == sorted(keys)


def test_large_space_matches_on_a_known_structure():
    # Two parties with exactly opposed utilities on every issue: every package is
    # Pareto optimal, so the frontier holds one package per distinct utility sum.
    opts = np.array([[i / 5, 1 - i / 5] for i in range(6)])
    frontier = pareto_frontier([opts] * 12)
    assert len(frontier) == 12 * 5 + 1
    np.testing.assert_allclose(frontier.utilities.sum(axis=1), 12.0)


def test_nondominated_single_party_keeps_one_best():
    assert nondominated(np.array([[3], [5], [5], [1]])).tolist() == [1]


def test_mismatched_party_counts_are_rejected():
    with pytest.raises(ValueError, match="utility array"):
        pareto_frontier([np.zeros((2, 2)), np.zeros((2, 3))])
