"""The exact Pareto frontier of an additive package space, without enumerating it.

A package picks one option on every issue; each party's utility of a package is
the sum of its per-issue utilities. Because utilities are additive, a package
whose partial sum over the first issues is dominated can never complete to a
frontier package (adding the same options to the dominating partial sum gives
a package that dominates it). So the frontier is built issue by issue: merge
the current set of non-dominated partial sums with the next issue's options,
keep only the non-dominated sums, and carry the option chosen on every issue.

Utilities are quantised to integers (``resolution``, 1e-9 by default) before
they are summed, so sums are exact and ties are ties: two packages whose
utility vectors are equal keep only the first one in candidate order (earlier
partial sum first, then lower option index), which makes results
deterministic. Infeasible options (a red line crossed) are marked with NaN
utilities and dropped before merging.
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Sequence

import numpy as np

__all__ = ["Frontier", "pareto_frontier", "nondominated", "brute_force_frontier", "DEFAULT_RESOLUTION"]

DEFAULT_RESOLUTION = 1e-9


@dataclass(frozen=True, slots=True, eq=False)
class Frontier:
    """Frontier packages: ``utilities[j]`` is the utility vector of package ``choices[j]``.

    ``choices[j, i]`` is the index of the option chosen on issue ``i`` (into that
    issue's full option list, infeasible options included). Rows are ordered by
    the first party's utility, highest first, then the next party's, and so on.
    """

    utilities: np.ndarray   # (n, parties) float
    choices: np.ndarray     # (n, issues) int

    def __len__(self) -> int:
        return int(self.utilities.shape[0])

    @property
    def parties(self) -> int:
        return int(self.utilities.shape[1])


def _quantise(values: np.ndarray, resolution: float) -> np.ndarray:
    return np.rint(np.asarray(values, dtype=float) / resolution).astype(np.int64)


def _feasible_rows(option_utilities: np.ndarray) -> np.ndarray:
    """Indices of the options whose utilities are all finite."""
    return np.flatnonzero(np.all(np.isfinite(option_utilities), axis=1))


def _nondominated_2d(q: np.ndarray) -> np.ndarray:
    order = np.lexsort((np.arange(len(q)), -q[:, 1], -q[:, 0]))
    second = q[order, 1]
    best_before = np.empty_like(second)
    best_before[0] = np.iinfo(np.int64).min
    np.maximum.accumulate(second[:-1], out=best_before[1:])
    return order[second > best_before]


def _nondominated_kd(q: np.ndarray) -> np.ndarray:
    keys = [np.arange(len(q))] + [-q[:, j] for j in reversed(range(q.shape[1]))] + [-q.sum(axis=1)]
    ids = np.lexsort(keys)
    pts = q[ids]
    i = 0
    # Sorted by total utility: a point can only be dominated by points before it.
    while i < len(pts):
        keep = np.ones(len(pts), dtype=bool)
        keep[i + 1:] = np.any(pts[i + 1:] > pts[i], axis=1)
        pts, ids = pts[keep], ids[keep]
        i += 1
    return ids


def nondominated(points: np.ndarray) -> np.ndarray:
    """Indices of the non-dominated rows of an integer (n, k) array, duplicates kept once.

    Of equal rows the one with the lowest index is kept. A row is dominated when
    another is at least as good for every party and better for one.
    """
    q = np.asarray(points)
    if len(q) == 0:
        return np.zeros(0, dtype=np.int64)
    if q.shape[1] == 1:
        best = q[:, 0].max()
        return np.flatnonzero(q[:, 0] == best)[:1]
    idx = _nondominated_2d(q) if q.shape[1] == 2 else _nondominated_kd(q)
    return _ordered(q, idx)


def _ordered(q: np.ndarray, idx: np.ndarray) -> np.ndarray:
    """Put frontier indices in canonical order: first party's utility desc, then the next."""
    sub = q[idx]
    order = np.lexsort([idx] + [-sub[:, j] for j in reversed(range(q.shape[1]))])
    return idx[order]


def _merge(sums: np.ndarray, choices: np.ndarray, opts: np.ndarray, opt_ids: np.ndarray):
    """Non-dominated sums of (partial sum, option) pairs, with the choices extended."""
    n, b = len(sums), len(opts)
    cand = (sums[:, None, :] + opts[None, :, :]).reshape(n * b, -1)
    keep = nondominated(cand)
    parent, option = np.divmod(keep, b)
    new_choices = np.concatenate([choices[parent], opt_ids[option][:, None]], axis=1)
    return cand[keep], new_choices


def pareto_frontier(issue_utilities: Sequence[np.ndarray], *,
                    resolution: float = DEFAULT_RESOLUTION) -> Frontier:
    """The exact Pareto frontier of an additive package space.

    ``issue_utilities[i]`` is an (options, parties) array: each party's utility of
    each option on issue ``i`` (NaN where the option is infeasible). Returns the
    frontier packages (one per distinct utility vector) with the chosen options.
    An issue with no feasible option leaves no feasible package: the frontier is empty.
    """
    arrays = [np.asarray(a, dtype=float) for a in issue_utilities]
    if not arrays:
        raise ValueError("pareto_frontier needs at least one issue")
    k = arrays[0].shape[1]
    if any(a.ndim != 2 or a.shape[1] != k for a in arrays):
        raise ValueError(f"every issue needs an (options, {k}) utility array")
    sums = np.zeros((1, k), dtype=np.int64)
    choices = np.zeros((1, 0), dtype=np.int64)
    for a in arrays:
        rows = _feasible_rows(a)
        if len(rows) == 0:
            return Frontier(np.zeros((0, k)), np.zeros((0, len(arrays)), dtype=np.int64))
        sums, choices = _merge(sums, choices, _quantise(a[rows], resolution), rows)
    return Frontier(sums * resolution, choices)


def brute_force_frontier(issue_utilities: Sequence[np.ndarray], *,
                         resolution: float = DEFAULT_RESOLUTION) -> Frontier:
    """The same frontier by enumerating every package: a reference for small spaces only."""
    arrays = [np.asarray(a, dtype=float) for a in issue_utilities]
    k = arrays[0].shape[1]
    feasible = [_feasible_rows(a) for a in arrays]
    packages = np.array(list(itertools.product(*feasible)), dtype=np.int64).reshape(-1, len(arrays))
    if len(packages) == 0:
        return Frontier(np.zeros((0, k)), np.zeros((0, len(arrays)), dtype=np.int64))
    q = sum(_quantise(np.nan_to_num(a), resolution)[packages[:, i]] for i, a in enumerate(arrays))
    keep = nondominated(q)
    return Frontier(q[keep] * resolution, packages[keep])
