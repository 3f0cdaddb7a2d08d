"""Influence: how much the analysis moves when one statement is left out.

For each statement, leave-one-out over the aggregation of `positions`. The
statement leaves together with the statements of its group that make the
same claim (same stance, value and red line): a claim repeated in several
sentences is one reading, right or wrong together, and a wrong claim made
twice would otherwise hide behind its own repeat (each copy's removal alone
changes nothing). The changes counted:

position
    ``|Δideal| + |Δreservation|`` of each principal's position the statement
    is evidence for (its actor on its issue, and on the child issues its
    parent-issue statement informs); 50 when the position disappears with it.
    The gaps, ZOPA, frontier and plan scores stand on the principals'
    positions; any other actor's position moves the analysis only through
    the forecast, so it counts there.
gap
    for a principal's position, the change of the issue's signed gap
    (``max(low) − min(high)`` of the principals' acceptable ranges: the gap
    when positive, minus the ZOPA's width when not); 50 when the gap becomes
    unknown because the position disappears.
forecast
    the change of the issue's compromise forecast (capability × salience
    weighted mean of the ideals); 50 when fewer than two positions remain.

It is computed incrementally: statements are grouped once, as the
aggregation groups them, and only the position of the statement's own group
is recomputed without it; the gap and the forecast are then updated from the
other positions, which do not change. Sides and saliences are held fixed.
A group of more than `EXACT_LIMIT` statements recomputes exactly only its
members that bound or widen the range (those at the reservation); for the
rest the ideal moves by the closed-form leave-one-out weighted mean (of the
statement alone) and the reservation follows it only where it sits on the
ideal.

The results are arrays aligned with `Influences.ids`; nothing here reads a store.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Callable, Mapping, Sequence

import numpy as np

from ..codebook import Codebook
from ..records import Document, Statement
from .positions import (AggregationRules, _Evidence, _group, _ideal, _own_statements, _position, _reservation,
                        _support_values, _WIDENING, actor_sides)

if TYPE_CHECKING:  # pragma: no cover
    from .scenario import Scenario

__all__ = ["EXACT_LIMIT", "MISSING", "Influences", "statement_influence", "group_leave_one_out"]

EXACT_LIMIT = 64
MISSING = 50.0          # the change counted when a figure disappears (as the review benchmark's error)

Key = tuple[str, str]
LeaveOneOut = tuple[tuple[str, ...], np.ndarray, np.ndarray]   # ids, ideal without each (NaN: gone), reservation


@dataclass(frozen=True, slots=True)
class Influences:
    """Per statement id (aligned arrays): change of position, gap and forecast without it."""

    ids: tuple[str, ...]
    position: np.ndarray
    gap: np.ndarray
    forecast: np.ndarray

    @property
    def total(self) -> np.ndarray:
        return self.position + self.gap + self.forecast

    def as_dict(self) -> dict[str, tuple[float, float, float]]:
        return {sid: (float(p), float(g), float(f))
                for sid, p, g, f in zip(self.ids, self.position, self.gap, self.forecast)}


def _oriented(u: float, side: str) -> float:
    return u if side == "low" else 100.0 - u


def _claim(e: _Evidence) -> tuple[object, ...]:
    return (e.stance, None if e.u is None else round(e.u, 6), e.red_line)


def _exact(ev: Sequence[_Evidence], sid: str, side: str, rules: AggregationRules) -> tuple[float, float]:
    claims = {_claim(e) for e in ev if e.sid == sid}
    rest = [e for e in ev if _claim(e) not in claims]
    if not rest:
        return float("nan"), float("nan")
    p = _position("", "", rest, side, rules)
    return p.ideal, p.reservation


def _closed_form_ideals(ev: Sequence[_Evidence], sids: Sequence[str], ideal_u: float) -> np.ndarray:
    """Oriented ideal without each statement, by the leave-one-out weighted mean of the demands (NaN: none left)."""
    w = np.zeros(len(sids))
    wu = np.zeros(len(sids))
    index = {s: k for k, s in enumerate(sids)}
    for e in ev:
        if e.stance == "demand":
            weight = e.weight * (1.0 if e.u is not None else 0.5)
            w[index[e.sid]] += weight
            wu[index[e.sid]] += weight * (e.u if e.u is not None else 0.0)
    total_w, total_wu = w.sum(), wu.sum()
    left = total_w - w
    return np.where(left > 1e-12, (total_wu - wu) / np.where(left > 1e-12, left, 1.0), np.nan)


def group_leave_one_out(ev: Sequence[_Evidence], side: str, rules: AggregationRules,
                        exact_limit: int = EXACT_LIMIT) -> LeaveOneOut:
    """The position of one actor × issue group without each of its statements (ideal, reservation)."""
    sids = tuple(dict.fromkeys(e.sid for e in ev))
    if len(ev) <= exact_limit:
        pairs = [_exact(ev, s, side, rules) for s in sids]
        return sids, np.array([p[0] for p in pairs]), np.array([p[1] for p in pairs])
    ideal_u = _ideal(ev)
    res_u, _ = _reservation(ev, ideal_u, rules)
    ideals_u = _closed_form_ideals(ev, sids, ideal_u)
    on_ideal = abs(res_u - ideal_u) < 1e-9
    res = np.where(on_ideal, ideals_u, res_u)
    ideal = np.array([_oriented(u, side) for u in ideals_u])
    reservation = np.array([_oriented(u, side) for u in res])
    critical = {e.sid for e in ev if e.u is not None and (
        (e.stance in _WIDENING and e.u >= res_u - 1e-9) or (e.stance == "demand" and e.red_line)
        or (e.stance == "reject" and e.u > ideal_u))}
    for k, s in enumerate(sids):
        if s in critical or np.isnan(ideals_u[k]):   # no demand left: the ideal falls back, or the group is gone
            ideal[k], reservation[k] = _exact(ev, s, side, rules)
    return sids, ideal, reservation


@dataclass(frozen=True, slots=True)
class _Groups:
    groups: Mapping[Key, list[_Evidence]]
    sides: Mapping[str, str]
    salience: Mapping[Key, float]


def _groups(statements: Sequence[Statement], codebook: Codebook, documents: Mapping[str, Document] | None,
            as_of: date | None, principals: Sequence[str] | None, rules: AggregationRules) -> _Groups:
    """The evidence groups exactly as `aggregate_positions` builds them."""
    items = _own_statements(statements, documents, as_of)
    known = [it.when for it in items if it.when is not None]
    ref = as_of or (max(known) if known else None)
    sides = actor_sides((it.s for it in items), codebook, principals)
    first = _group([it for it in items if it.s.stance != "support"], sides, ref, codebook, rules)
    ideals = {k: _position(k[0], k[1], v, sides[k[0]], rules).ideal for k, v in first.items()}
    items = _support_values(items, ideals)
    sides = actor_sides((it.s for it in items), codebook, principals)
    groups = {k: v for k, v in _group(items, sides, ref, codebook, rules).items() if v}
    points = {k: sum(e.points for e in v) for k, v in groups.items()}
    top: dict[str, float] = defaultdict(float)
    for (actor, _), p in points.items():
        top[actor] = max(top[actor], p)
    salience = {k: max(rules.salience_floor, p / top[k[0]] if top[k[0]] > 0 else rules.salience_floor)
                for k, p in points.items()}
    return _Groups(groups, sides, salience)


def _signed_gap(ranges: Sequence[tuple[float, float]]) -> float:
    return max(lo for lo, _ in ranges) - min(hi for _, hi in ranges)


def _range(ideal: float, reservation: float) -> tuple[float, float]:
    return (min(ideal, reservation), max(ideal, reservation))


def _gap_change(key: Key, new: tuple[float, float], base: Mapping[Key, tuple[float, float]],
                principals: Sequence[str]) -> float:
    actor, issue = key
    if actor not in principals or any((p, issue) not in base for p in principals):
        return 0.0
    if np.isnan(new[0]):
        return MISSING
    before = _signed_gap([_range(*base[(p, issue)]) for p in principals])
    after = _signed_gap([_range(*(new if p == actor else base[(p, issue)])) for p in principals])
    return abs(after - before)


def _forecast_change(key: Key, new_ideal: float, base: Mapping[Key, tuple[float, float]],
                     weight: Callable[[Key], float], by_issue: Mapping[str, list[str]]) -> float:
    actor, issue = key
    actors = by_issue[issue]
    if len(actors) < 2:
        return 0.0
    w = np.array([weight((a, issue)) for a in actors])
    x = np.array([base[(a, issue)][0] for a in actors])
    before = float((w * x).sum() / w.sum()) if w.sum() > 0 else float(x.mean())
    i = actors.index(actor)
    if np.isnan(new_ideal):
        if len(actors) < 3:
            return MISSING
        w, x = np.delete(w, i), np.delete(x, i)
    else:
        x = x.copy()
        x[i] = new_ideal
    after = float((w * x).sum() / w.sum()) if w.sum() > 0 else float(x.mean())
    return abs(after - before)


def statement_influence(statements: Sequence[Statement], codebook: Codebook, *,
                        documents: Mapping[str, Document] | None = None, as_of: date | None = None,
                        scenario: "Scenario | None" = None, capabilities: Mapping[str, float] | None = None,
                        rules: AggregationRules = AggregationRules(),
                        cache: dict[tuple[object, ...], LeaveOneOut] | None = None,
                        exact_limit: int = EXACT_LIMIT) -> Influences:
    """Leave-one-out influence of every statement (see the module docstring).

    `cache`, when given, keeps each group's leave-one-out result keyed by its
    evidence, so a later call recomputes only the groups whose evidence changed.
    """
    if as_of is None and scenario is not None:
        as_of = scenario.as_of
    principals = tuple((scenario.principals if scenario is not None else None) or codebook.principals)[:2]
    g = _groups(statements, codebook, documents, as_of, principals, rules)
    base = {k: (p.ideal, p.reservation) for k, v in g.groups.items()
            for p in [_position(k[0], k[1], v, g.sides[k[0]], rules)]}
    caps = capabilities or {}
    weight = lambda k: caps.get(k[0], 1.0) * g.salience[k]  # noqa: E731
    by_issue: dict[str, list[str]] = defaultdict(list)
    for actor, issue in sorted(base):
        by_issue[issue].append(actor)
    totals: dict[str, np.ndarray] = defaultdict(lambda: np.zeros(3))
    for key, ev in g.groups.items():
        side = g.sides[key[0]]
        memo = (side, exact_limit, tuple(ev))
        loo = cache.get(memo) if cache is not None else None
        if loo is None:
            loo = group_leave_one_out(ev, side, rules, exact_limit)
            if cache is not None:
                cache[memo] = loo
        ideal0, res0 = base[key]
        for sid, ideal, res in zip(*loo):
            gone = bool(np.isnan(ideal))
            moved = 0.0 if key[0] not in principals else MISSING if gone else abs(ideal - ideal0) + abs(res - res0)
            totals[sid] += (moved, _gap_change(key, (ideal, res), base, principals),
                            _forecast_change(key, ideal, base, weight, by_issue))
    ids = tuple(s.id or s.key for s in statements)
    rows = np.array([totals[sid] if sid in totals else np.zeros(3) for sid in ids]).reshape(len(ids), 3)
    return Influences(ids, rows[:, 0], rows[:, 1], rows[:, 2])
