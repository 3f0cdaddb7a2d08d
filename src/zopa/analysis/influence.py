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

It is computed incrementally, not by re-running the analysis per statement:
statements are grouped once, as the aggregation groups them; only the
statement's own group is recomputed without its claim (once per distinct
claim of the group), and the gap and the forecast are updated from the other
positions, which do not change. Sides and saliences are held fixed. With a
`cache`, the work is kept per actor, keyed by that actor's evidence, so after
one statement changes only its actor's groups are recomputed.

The results are arrays aligned with the statements passed in; nothing here reads a store.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Callable, Mapping, MutableMapping, Sequence

import numpy as np

from ..codebook import Codebook
from ..records import Document, Statement
from .positions import (AggregationRules, salience_share, _Evidence, _group, _Item, _own_statements, _position, _support_values,
                        actor_sides)

if TYPE_CHECKING:  # pragma: no cover
    from .scenario import Scenario

__all__ = ["MISSING", "Influences", "statement_influence"]

MISSING = 50.0          # the change counted when a figure disappears (as the review benchmark's error)
CACHE_LIMIT = 4096      # actor parts kept in a cache before it is emptied

Key = tuple[str, str]
Claim = tuple[object, ...]


@dataclass(frozen=True, slots=True)
class Influences:
    """Per statement (aligned arrays): change of position, gap and forecast without it."""

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


@dataclass(frozen=True, slots=True)
class _ActorPart:
    """One actor's groups in one issue family: base position, salience points, position without each
    claim, and whose claim is whose."""

    base: Mapping[Key, tuple[float, float]]
    points: Mapping[Key, float]
    without: Mapping[Key, Mapping[Claim, tuple[float, float]]]     # (nan, nan): the position is gone
    members: Mapping[Key, tuple[tuple[str, Claim], ...]]


def _claim(e: _Evidence) -> Claim:
    return (e.stance, None if e.u is None else round(e.u, 6), e.red_line)


def _without(ev: Sequence[_Evidence], claim: Claim, side: str, rules: AggregationRules) -> tuple[float, float]:
    rest = [e for e in ev if _claim(e) != claim]
    if not rest:
        return float("nan"), float("nan")
    p = _position("", "", rest, side, rules)
    return p.ideal, p.reservation


def _actor_part(actor: str, items: Sequence[_Item], side: str, ref: date | None, codebook: Codebook,
                rules: AggregationRules) -> _ActorPart:
    groups = {k: v for k, v in _group(items, {actor: side}, ref, codebook, rules).items() if v}
    base, without, members = {}, {}, {}
    for key, ev in groups.items():
        p = _position(actor, key[1], ev, side, rules)
        base[key] = (p.ideal, p.reservation)
        claims = dict.fromkeys(_claim(e) for e in ev)
        without[key] = {c: _without(ev, c, side, rules) for c in claims}
        members[key] = tuple(dict.fromkeys((e.sid, _claim(e)) for e in ev))
    return _ActorPart(base, {k: sum(e.points for e in v) for k, v in groups.items()}, without, members)


def _ideals(actor: str, items: Sequence[_Item], side: str, ref: date | None, codebook: Codebook,
            rules: AggregationRules) -> dict[Key, float]:
    groups = _group(items, {actor: side}, ref, codebook, rules)
    return {k: _position(actor, k[1], v, side, rules).ideal for k, v in groups.items() if v}


def _cached(cache: MutableMapping[tuple[object, ...], object] | None, key: tuple[object, ...],
            build: Callable[[], object]) -> object:
    if cache is None:
        return build()
    hit = cache.get(key)
    if hit is None:
        if len(cache) > CACHE_LIMIT:
            cache.clear()
        hit = cache[key] = build()
    return hit


def _family(issue: str, parents: Mapping[str, str | None]) -> str:
    """The top issue of an issue's tree: statements of one family never inform another's positions."""
    seen = {issue}
    while parents.get(issue):
        issue = parents[issue]  # type: ignore[assignment]
        if issue in seen:
            break
        seen.add(issue)
    return issue


def _by_actor_family(items: Sequence[_Item], parents: Mapping[str, str | None]) -> dict[tuple[str, str], list[_Item]]:
    out: dict[tuple[str, str], list[_Item]] = defaultdict(list)
    for it in items:
        out[(it.s.actor, _family(it.s.issue, parents))].append(it)
    return out


def _parts(statements: Sequence[Statement], codebook: Codebook, documents: Mapping[str, Document] | None,
           as_of: date | None, principals: Sequence[str], rules: AggregationRules,
           cache: MutableMapping[tuple[object, ...], object] | None) -> tuple[dict[str, list[_ActorPart]], dict[Key, float]]:
    """Each actor's parts (one per issue family) and the salience of its positions, with the evidence
    built exactly as `aggregate_positions` builds it."""
    items = _own_statements(statements, documents, as_of)
    known = [it.when for it in items if it.when is not None]
    ref = as_of or (max(known) if known else None)
    parents = {i.id: i.parent for i in codebook.issues}
    sides = actor_sides((it.s for it in items), codebook, principals)
    ideals: dict[Key, float] = {}   # first-pass ideals, needed only where a support has no value of its own
    needed = {(it.s.target, _family(it.s.issue, parents)) for it in items
              if it.s.stance == "support" and it.s.value is None}
    for (actor, family), its in _by_actor_family([it for it in items if it.s.stance != "support"], parents).items():
        side = sides.get(actor)
        if side is not None and (actor, family) in needed:
            ideals.update(_cached(cache, ("ideals", actor, side, ref, tuple(its)),  # type: ignore[arg-type]
                                  lambda: _ideals(actor, its, side, ref, codebook, rules)))
    items = _support_values(items, ideals)
    sides = actor_sides((it.s for it in items), codebook, principals)
    parts: dict[str, list[_ActorPart]] = defaultdict(list)
    for (actor, family), its in _by_actor_family(items, parents).items():
        side = sides.get(actor)
        if side is not None:
            parts[actor].append(_cached(cache, ("part", actor, side, ref, tuple(its)),  # type: ignore[arg-type]
                                        lambda: _actor_part(actor, its, side, ref, codebook, rules)))
    salience = {}
    for actor, ps in parts.items():
        top = max((p for part in ps for p in part.points.values()), default=0.0)
        floor = rules.salience_floor
        salience.update({k: salience_share(p, top, floor) for part in ps for k, p in part.points.items()})
    return parts, salience


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
                     weight: Mapping[Key, float], by_issue: Mapping[str, list[str]]) -> float:
    actor, issue = key
    actors = by_issue[issue]
    if len(actors) < 2:
        return 0.0
    w = np.array([weight[(a, issue)] for a in actors])
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


def _claim_changes(actor: str, key: Key, claims: Mapping[Claim, tuple[float, float]],
                   members: Sequence[tuple[str, Claim]], base: Mapping[Key, tuple[float, float]],
                   weight: Mapping[Key, float], by_issue: Mapping[str, list[str]],
                   principals: Sequence[str]) -> list[tuple[str, np.ndarray]]:
    """(statement id, [position, gap, forecast] change) for each member of one group."""
    ideal0, res0 = base[key]
    change = {}
    for claim, (ideal, res) in claims.items():
        gone = bool(np.isnan(ideal))
        moved = 0.0 if actor not in principals else MISSING if gone else abs(ideal - ideal0) + abs(res - res0)
        change[claim] = np.array([moved, _gap_change(key, (ideal, res), base, principals),
                                  _forecast_change(key, ideal, base, weight, by_issue)])
    return [(sid, change[claim]) for sid, claim in members]


def statement_influence(statements: Sequence[Statement], codebook: Codebook, *,
                        documents: Mapping[str, Document] | None = None, as_of: date | None = None,
                        scenario: "Scenario | None" = None, capabilities: Mapping[str, float] | None = None,
                        rules: AggregationRules = AggregationRules(),
                        cache: MutableMapping[tuple[object, ...], object] | None = None) -> Influences:
    """Leave-one-out influence of every statement (see the module docstring).

    `cache`, when given (an empty dict at first), keeps each actor's part keyed
    by its evidence, so a later call recomputes only the actors whose evidence changed.
    """
    if as_of is None and scenario is not None:
        as_of = scenario.as_of
    principals = tuple((scenario.principals if scenario is not None else None) or codebook.principals)[:2]
    parts, salience = _parts(statements, codebook, documents, as_of, principals, rules, cache)
    base = {k: v for ps in parts.values() for part in ps for k, v in part.base.items()}
    caps = capabilities or {}
    weight = {k: caps.get(k[0], 1.0) * s for k, s in salience.items()}
    by_issue: dict[str, list[str]] = defaultdict(list)
    for actor, issue in sorted(base):
        by_issue[issue].append(actor)
    totals: dict[str, np.ndarray] = defaultdict(lambda: np.zeros(3))
    for actor, ps in parts.items():
        for part in ps:
            for key, claims in part.without.items():
                for sid, delta in _claim_changes(actor, key, claims, part.members[key], base, weight, by_issue,
                                                 principals):
                    totals[sid] += delta
    ids = tuple(s.id or s.key for s in statements)
    rows = np.array([totals[sid] if sid in totals else np.zeros(3) for sid in ids]).reshape(len(ids), 3)
    return Influences(ids, rows[:, 0], rows[:, 1], rows[:, 2])
