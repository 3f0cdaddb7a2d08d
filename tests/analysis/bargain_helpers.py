"""Shared builders and reference implementations for the bargaining tests."""
from __future__ import annotations

import itertools

import numpy as np
from hypothesis import strategies as st

from zopa.records import Position


def pos(actor: str, issue: str, ideal: float, reservation: float, **kw: object) -> Position:
    return Position(actor=actor, issue=issue, ideal=ideal, reservation=reservation, **kw)  # type: ignore[arg-type]


def as_set(points: np.ndarray, digits: int = 9) -> set[tuple[float, ...]]:
    return {tuple(np.round(p, digits)) for p in np.asarray(points)}


def dominates(a: np.ndarray, b: np.ndarray) -> bool:
    return bool(np.all(a >= b) and np.any(a > b))


def reference_frontier(issue_utilities: list[np.ndarray]) -> set[tuple[float, ...]]:
    """Enumerate every feasible package with plain Python and keep the undominated sums."""
    rows = [[r for r in range(len(a)) if np.all(np.isfinite(a[r]))] for a in issue_utilities]
    # Integer utilities (see the strategy below) make the sums exact.
    sums = {tuple(int(sum(a[r][j] for a, r in zip(issue_utilities, pick))) for j in range(issue_utilities[0].shape[1]))
            for pick in itertools.product(*rows)}
    return {s for s in sums if not any(dominates(np.array(t), np.array(s)) for t in sums)}


@st.composite
def issue_spaces(draw, parties=st.integers(2, 3), max_issues=4, max_options=4, infeasible=True):
    """Small spaces with integer utilities (exact sums) and some infeasible (NaN) options."""
    k = draw(parties)
    n = draw(st.integers(1, max_issues))
    out = []
    for _ in range(n):
        m = draw(st.integers(1, max_options))
        vals = draw(st.lists(st.lists(st.integers(0, 6), min_size=k, max_size=k), min_size=m, max_size=m))
        a = np.array(vals, dtype=float)
        if infeasible:
            mask = draw(st.lists(st.booleans(), min_size=m, max_size=m))
            a[np.array(mask) & (np.arange(m) > 0)] = np.nan   # keep option 0 feasible
        out.append(a)
    return out
