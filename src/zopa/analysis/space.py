"""The package space: one outcome per issue, each side's additive utility, red lines.

Options on an issue are points of the issue's 0–100 scale: an evenly spaced
grid (``grid`` points, 6 by default: 0, 20, …, 100) or the issue's anchor
values (``grid="anchors"``), plus the principals' ideals and reservation values
(so the edges of every acceptable range are on the table).

A side's utility of an option falls linearly with its distance from the side's
ideal: ``1 - |v - ideal| / 100``. A package's utility for a side is the
salience-weighted mean over the issues in the space, so it lies in [0, 1].
An option beyond a side's red-line reservation (further from its ideal than
the reservation) is infeasible for that side; a package containing one is not
an agreement, so it has no place in the package space.

The disagreement point (no deal) of a side is, unless a BATNA is given, the
utility of the package that puts every issue at the side's reservation value:
the side is indifferent between no deal and getting exactly its reservation
everywhere. A BATNA given for a side (a utility in [0, 1]) replaces it.

Issues where a principal has no position are left out of the space.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Literal, Mapping, Sequence

import numpy as np

from ..codebook import Codebook
from ..records import Position

__all__ = ["IssueOptions", "PackageSpace", "build_space", "with_position", "latest_positions", "option_utility", "crosses_red_line",
           "grid_values", "DEFAULT_GRID"]

DEFAULT_GRID = 6
_EPS = 1e-9


@dataclass(frozen=True, slots=True, eq=False)
class IssueOptions:
    """One issue's options and every side's utility of each (NaN: crosses that side's red line)."""

    issue: str
    values: np.ndarray       # (options,) points on the 0–100 scale, ascending
    utilities: np.ndarray    # (options, parties) salience-weighted, NaN where infeasible
    weights: np.ndarray      # (parties,) normalised salience weight of this issue per side


@dataclass(frozen=True, slots=True, eq=False)
class PackageSpace:
    """The package space over the issues every principal has a position on."""

    parties: tuple[str, ...]
    issues: tuple[IssueOptions, ...]
    disagreement: np.ndarray                 # (parties,) no-deal utility
    positions: Mapping[tuple[str, str], Position]  # (actor, issue) -> position
    left_out: tuple[str, ...] = ()           # issues left out: a principal has no position
    batna: Mapping[str, float] = field(default_factory=dict)  # given no-deal utilities (override)

    @property
    def issue_ids(self) -> tuple[str, ...]:
        return tuple(i.issue for i in self.issues)

    @property
    def size(self) -> int:
        """Number of packages (options multiplied over issues, infeasible ones included)."""
        return int(np.prod([len(i.values) for i in self.issues], dtype=object)) if self.issues else 0

    def package(self, choices: Sequence[int]) -> dict[str, float]:
        """Issue → value of the package with these option indices."""
        return {i.issue: float(i.values[c]) for i, c in zip(self.issues, choices)}

    def utilities_of(self, values: Mapping[str, float]) -> np.ndarray:
        """Each side's utility of a (possibly partial) package given as issue → value.

        Issues of the space missing from ``values`` are left out and the weights
        of the issues present renormalised, so the result stays in [0, 1].
        """
        total = np.zeros(len(self.parties))
        weight = np.zeros(len(self.parties))
        for opt in self.issues:
            if opt.issue in values:
                v = float(values[opt.issue])
                for j, actor in enumerate(self.parties):
                    total[j] += opt.weights[j] * option_utility(self.positions[(actor, opt.issue)], v)
                weight += opt.weights
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where(weight > 0, total / np.where(weight > 0, weight, 1), np.nan)


def option_utility(position: Position, value: float) -> float:
    """A side's utility of one outcome on one issue: 1 at its ideal, falling linearly to 0 at distance 100."""
    return 1.0 - abs(float(value) - position.ideal) / 100.0


def crosses_red_line(position: Position, value: float) -> bool:
    """True when ``value`` lies past a red-line reservation, on the far side from the ideal.

    A red line bounds the range towards the other side only: an outcome even
    better for the actor than its ideal crosses nothing. Where the reservation
    equals the ideal, the other side is the far half of the scale (an ideal
    above 50 is bounded from below, one at or under 50 from above).
    """
    if not position.red_line:
        return False
    toward = position.reservation - position.ideal
    if abs(toward) <= _EPS:
        toward = -1.0 if position.ideal > 50 else 1.0
    if toward < 0:
        return value < position.reservation - _EPS
    return value > position.reservation + _EPS


def grid_values(issue_anchors: Sequence[float], grid: int | Literal["anchors"]) -> list[float]:
    """The base options of an issue: an evenly spaced grid, or the anchors (grid when fewer than 2)."""
    if grid == "anchors" and len(issue_anchors) >= 2:
        return sorted(set(float(a) for a in issue_anchors))
    n = DEFAULT_GRID if grid == "anchors" else int(grid)
    if n < 2:
        raise ValueError(f"grid must have at least 2 points, got {n}")
    return [float(v) for v in np.linspace(0.0, 100.0, n)]


def _options(base: Sequence[float], positions: Sequence[Position]) -> np.ndarray:
    extra = [p.ideal for p in positions] + [p.reservation for p in positions]
    values = np.round(np.asarray(list(base) + extra, dtype=float), 6)
    return np.unique(np.clip(values, 0.0, 100.0))


def _weights(positions: Mapping[tuple[str, str], Position], parties: Sequence[str],
             issues: Sequence[str]) -> np.ndarray:
    """(issues, parties) salience weights, normalised per side to sum to 1."""
    w = np.array([[max(positions[(a, i)].salience, 0.0) for a in parties] for i in issues], dtype=float)
    col = w.sum(axis=0)
    w[:, col == 0] = 1.0
    return w / w.sum(axis=0)


def _issue_options(issue: str, values: np.ndarray, sides: Sequence[Position], weights: np.ndarray) -> IssueOptions:
    u = np.empty((len(values), len(sides)))
    for j, pos in enumerate(sides):
        for r, v in enumerate(values):
            u[r, j] = np.nan if crosses_red_line(pos, v) else weights[j] * option_utility(pos, v)
    return IssueOptions(issue, values, u, weights)


def _disagreement(space_positions, parties, issues, weights, batna: Mapping[str, float]) -> np.ndarray:
    d = np.zeros(len(parties))
    for j, actor in enumerate(parties):
        if actor in batna:
            d[j] = float(batna[actor])
            continue
        d[j] = sum(weights[k, j] * option_utility(space_positions[(actor, i)], space_positions[(actor, i)].reservation)
                   for k, i in enumerate(issues))
    return d


def build_space(positions: Sequence[Position], codebook: Codebook, *, principals: Sequence[str] | None = None,
                grid: int | Literal["anchors"] = DEFAULT_GRID, batna: Mapping[str, float] | None = None,
                issues: Sequence[str] | None = None) -> PackageSpace:
    """The package space of the principals' positions (latest per actor × issue wins).

    ``issues`` restricts the space (default: every codebook issue); issues where
    some principal has no position are reported in ``left_out``.
    """
    parties = tuple(principals or codebook.principals)
    latest = latest_positions(positions)
    wanted = tuple(issues) if issues is not None else codebook.issue_ids
    inside = tuple(i for i in wanted if all((a, i) in latest for a in parties))
    left_out = tuple(i for i in wanted if i not in inside)
    kept = {k: v for k, v in latest.items() if k[1] in inside and k[0] in parties}
    if not inside:
        return PackageSpace(parties, (), np.full(len(parties), np.nan), kept, left_out, dict(batna or {}))
    weights = _weights(kept, parties, inside)
    anchors = {i.id: [a.value for a in i.anchors] for i in codebook.issues}
    opts = tuple(
        _issue_options(i, _options(grid_values(anchors.get(i, ()), grid), [kept[(a, i)] for a in parties]),
                       [kept[(a, i)] for a in parties], weights[k])
        for k, i in enumerate(inside))
    d = _disagreement(kept, parties, inside, weights, batna or {})
    return PackageSpace(parties, opts, d, kept, left_out, dict(batna or {}))


def with_position(space: PackageSpace, position: Position) -> PackageSpace:
    """The same space with one side's position on one issue replaced (options gain its new points)."""
    key = (position.actor, position.issue)
    if key not in space.positions:
        raise KeyError(f"{position.actor} has no position on {position.issue} in this space")
    positions = {**space.positions, key: position}
    k = space.issue_ids.index(position.issue)
    old = space.issues[k]
    sides = [positions[(a, position.issue)] for a in space.parties]
    values = np.unique(np.concatenate([old.values, np.round([position.ideal, position.reservation], 6)]))
    issues = list(space.issues)
    issues[k] = _issue_options(position.issue, values, sides, old.weights)
    weights = np.array([o.weights for o in issues])
    d = _disagreement(positions, space.parties, space.issue_ids, weights, space.batna)
    return dataclasses.replace(space, issues=tuple(issues), disagreement=d, positions=positions)


def latest_positions(positions: Sequence[Position]) -> dict[tuple[str, str], Position]:
    """The latest position per (actor, issue); undated positions count as oldest, later input wins ties."""
    out: dict[tuple[str, str], Position] = {}
    for p in positions:
        key = (p.actor, p.issue)
        old = out.get(key)
        if old is None or _date_key(p) >= _date_key(old):
            out[key] = p
    return out


def _date_key(p: Position):
    return (p.date is not None, p.date.toordinal() if p.date else 0)
