"""Levers: the smallest move by one side that opens a zone of agreement.

Per issue (``opens="zopa"``): where the principals' ranges do not meet, how far
one principal would have to move its reservation value for its range to reach
the others' common range. A move past a red-line reservation is a lever of
kind ``"red_line"``; otherwise ``"reservation"``.

Across issues (``opens="package"``): where no package is worth at least as
much as no deal to every side, the smallest change by one side that makes one
exist — either accepting a lower no-deal utility (``"batna"``, measured in
utility), or moving its reservation on one issue away from its ideal
(``"reservation"``/``"red_line"``, measured on the 0–100 scale), which both
lowers its no-deal utility (unless a BATNA is given) and, for a red line,
puts more options on the table. Existence of such a package only grows as a
reservation moves away from the ideal, so the smallest move is found by
bisection to ``tolerance`` scale points.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Mapping, Sequence

import numpy as np

from .gaps import IssueGap, overlap
from .nash import individually_rational
from .pareto import pareto_frontier
from .space import PackageSpace, with_position

__all__ = ["Lever", "zopa_levers", "package_levers", "levers", "agreement_exists"]


@dataclass(frozen=True, slots=True)
class Lever:
    """One side's smallest move that opens a ZOPA on an issue or a package both prefer to no deal."""

    actor: str
    issue: str | None
    kind: str            # "reservation" | "red_line" | "batna"
    from_value: float
    to_value: float
    move: float
    opens: str           # "zopa" | "package"
    description: str


def _fmt(x: float) -> str:
    return f"{x:.0f}" if abs(x - round(x)) < 1e-6 else f"{x:.1f}"


def _issue_lever(gap: IssueGap, actor: str, label: str) -> Lever | None:
    others = [p.acceptable for a, p in gap.positions.items() if a != actor]
    if not others:
        return None
    common, _ = overlap(others)
    if common is None:
        return None                      # the others do not meet either: no single move opens it
    pos = gap.positions[actor]
    lo, hi = pos.acceptable
    target = common[0] if hi < common[0] else common[1] if lo > common[1] else None
    if target is None:
        return None
    kind = "red_line" if pos.red_line else "reservation"
    move = abs(target - pos.reservation)
    what = "its red line" if pos.red_line else "its reservation"
    desc = (f"{actor} moves {what} on {label} from {_fmt(pos.reservation)} to {_fmt(target)} "
            f"({_fmt(move)} points): the acceptable ranges meet")
    return Lever(actor, gap.issue, kind, float(pos.reservation), float(target), float(move), "zopa", desc)


def zopa_levers(issue_gaps: Sequence[IssueGap], labels: Mapping[str, str] | None = None) -> tuple[Lever, ...]:
    """For every issue with a gap, each principal's smallest reservation move that opens a ZOPA."""
    out = []
    for g in issue_gaps:
        if not g.gap or g.zopa is not None:
            continue
        for actor in g.positions:
            lever = _issue_lever(g, actor, (labels or {}).get(g.issue, g.issue))
            if lever is not None:
                out.append(lever)
    return tuple(sorted(out, key=lambda v: (v.move, v.issue or "", v.actor)))


def agreement_exists(space: PackageSpace) -> bool:
    """True when some feasible package is worth at least no deal to every side."""
    if not space.issues:
        return False
    frontier = pareto_frontier([o.utilities for o in space.issues])
    return bool(individually_rational(frontier.utilities, space.disagreement).any())


def _batna_lever(space: PackageSpace, frontier_u: np.ndarray, j: int) -> Lever | None:
    d = space.disagreement
    others = np.all(np.delete(frontier_u, j, axis=1) >= np.delete(d, j) - 1e-9, axis=1)
    if not others.any():
        return None
    best = float(frontier_u[others, j].max())
    actor = space.parties[j]
    desc = (f"{actor} settles for a deal worth {best:.3f} instead of its no-deal utility {d[j]:.3f} "
            f"(a drop of {d[j] - best:.3f}): a package both prefer to no deal exists")
    return Lever(actor, None, "batna", float(d[j]), best, float(d[j] - best), "package", desc)


def _direction(space: PackageSpace, actor: str, issue: str) -> float:
    pos = space.positions[(actor, issue)]
    if pos.reservation != pos.ideal:
        return float(np.sign(pos.reservation - pos.ideal))
    others = [space.positions[(a, issue)].ideal for a in space.parties if a != actor]
    return float(np.sign(np.mean(others) - pos.ideal)) or 1.0


def _moved(space: PackageSpace, actor: str, issue: str, to: float) -> PackageSpace:
    return with_position(space, dataclasses.replace(space.positions[(actor, issue)], reservation=to))


def _snap(space: PackageSpace, actor: str, issue: str, near: float, far: float, tolerance: float) -> float:
    """The option value (or whole number) within the bisection bracket that opens a package, nearest the start."""
    lo, hi = min(near, far) - tolerance, max(near, far) + tolerance
    options = space.issues[space.issue_ids.index(issue)].values
    points = sorted({float(v) for v in options if lo <= v <= hi} | {float(round(far))} - {far},
                    key=lambda v: abs(v - near))
    for v in points:
        if abs(v - near) < abs(far - near) and agreement_exists(_moved(space, actor, issue, v)):
            return v
    return far


def _reservation_lever(space: PackageSpace, actor: str, issue: str, label: str,
                       tolerance: float) -> Lever | None:
    pos = space.positions[(actor, issue)]
    end = 100.0 if _direction(space, actor, issue) > 0 else 0.0
    if abs(end - pos.reservation) < 1e-9 or not agreement_exists(_moved(space, actor, issue, end)):
        return None
    near, far = pos.reservation, end
    while abs(far - near) > tolerance:
        mid = (near + far) / 2
        near, far = (near, mid) if agreement_exists(_moved(space, actor, issue, mid)) else (mid, far)
    far = _snap(space, actor, issue, near, far, tolerance)
    kind = "red_line" if pos.red_line else "reservation"
    what = "its red line" if pos.red_line else "its reservation"
    move = abs(far - pos.reservation)
    desc = (f"{actor} moves {what} on {label} from {_fmt(pos.reservation)} to {_fmt(far)} "
            f"({_fmt(move)} points): a package both prefer to no deal exists")
    return Lever(actor, issue, kind, float(pos.reservation), float(far), float(move), "package", desc)


def package_levers(space: PackageSpace, labels: Mapping[str, str] | None = None, *,
                   tolerance: float = 0.5) -> tuple[Lever, ...]:
    """Where no package beats no deal for every side: each side's smallest BATNA or reservation move that opens one."""
    if not space.issues or agreement_exists(space):
        return ()
    frontier = pareto_frontier([o.utilities for o in space.issues])
    out: list[Lever] = []
    for j, actor in enumerate(space.parties):
        lever = _batna_lever(space, frontier.utilities, j)
        if lever is not None:
            out.append(lever)
        for issue in space.issue_ids:
            lever = _reservation_lever(space, actor, issue, (labels or {}).get(issue, issue), tolerance)
            if lever is not None:
                out.append(lever)
    return tuple(sorted(out, key=lambda v: (v.kind == "batna", v.move, v.issue or "", v.actor)))


def levers(issue_gaps: Sequence[IssueGap], space: PackageSpace, labels: Mapping[str, str] | None = None,
           *, tolerance: float = 0.5) -> tuple[Lever, ...]:
    """Issue levers (opening a ZOPA) followed by package levers (opening a package both prefer to no deal)."""
    return zopa_levers(issue_gaps, labels) + package_levers(space, labels, tolerance=tolerance)
