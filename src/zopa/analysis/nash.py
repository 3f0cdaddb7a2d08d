"""Bargaining solutions over a Pareto frontier: Nash and Kalai–Smorodinsky.

Both are chosen among the frontier packages that every side weakly prefers to
no deal (utility ≥ its disagreement utility). The Nash solution maximises the
product of the gains over the disagreement point; the Kalai–Smorodinsky
solution maximises the smallest gain measured as a share of that side's best
possible gain (its ideal point), i.e. the frontier point nearest the line from
the disagreement point to the ideal point. Ties are broken by the larger total
gain, then by frontier order, so results are deterministic. Because a package
dominated by another never has a larger Nash product or smallest share, the
best frontier package is the best package in the whole space.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .pareto import Frontier

__all__ = ["Solution", "nash_solution", "kalai_smorodinsky", "individually_rational"]

_TOL = 1e-9


@dataclass(frozen=True, slots=True, eq=False)
class Solution:
    """One frontier package chosen by a bargaining rule."""

    index: int                 # row of the frontier
    utilities: np.ndarray      # (parties,)
    disagreement: np.ndarray   # (parties,)
    choices: np.ndarray        # (issues,) option indices


def individually_rational(utilities: np.ndarray, disagreement: np.ndarray) -> np.ndarray:
    """Mask of the rows every side weakly prefers to no deal."""
    u = np.asarray(utilities, dtype=float)
    return np.all(u >= np.asarray(disagreement, dtype=float) - _TOL, axis=1) if len(u) else np.zeros(0, bool)


def _pick(frontier: Frontier, disagreement: np.ndarray, score: np.ndarray, rows: np.ndarray) -> Solution:
    gains = frontier.utilities[rows] - disagreement
    order = np.lexsort((rows, -gains.sum(axis=1), -np.round(score, 12)))
    best = int(rows[order[0]])
    return Solution(best, frontier.utilities[best].copy(), np.asarray(disagreement, float).copy(),
                    frontier.choices[best].copy())


def _gains(frontier: Frontier, disagreement: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """No-deal utilities, the frontier rows every side prefers to no deal, and their gains; None when there are none."""
    d = np.asarray(disagreement, dtype=float)
    rows = np.flatnonzero(individually_rational(frontier.utilities, d))
    if len(rows) == 0:
        return None
    return d, rows, np.clip(frontier.utilities[rows] - d, 0.0, None)


def nash_solution(frontier: Frontier, disagreement: np.ndarray) -> Solution | None:
    """The frontier package maximising the product of gains over no deal; None when no package beats no deal."""
    found = _gains(frontier, disagreement)
    if found is None:
        return None
    d, rows, gains = found
    return _pick(frontier, d, np.prod(gains, axis=1), rows)


def kalai_smorodinsky(frontier: Frontier, disagreement: np.ndarray) -> Solution | None:
    """The frontier package maximising the smallest share of each side's ideal gain; None when no deal beats it."""
    found = _gains(frontier, disagreement)
    if found is None:
        return None
    d, rows, gains = found
    ideal = gains.max(axis=0)
    share = np.where(ideal > _TOL, gains / np.where(ideal > _TOL, ideal, 1.0), 1.0)
    return _pick(frontier, d, share.min(axis=1), rows)
