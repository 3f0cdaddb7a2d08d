"""Positions over time and the shifts between them.

`position_timeline` re-aggregates the statements as of every date on which an
actor said something new about an issue (the rules of `positions`), so each
point is the position an analyst would have seen that day. Undated
statements belong to every point; an actor × issue with only undated evidence
has one point dated None. `detect_shifts` reports every move of the ideal
point or of the reservation value by at least `min_move` points between
consecutive points, with the statements behind the position before and the
new statements that moved it.
"""
from __future__ import annotations

import dataclasses
import math
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any, Callable, Mapping, Sequence

import numpy as np

from ..codebook import Codebook
from ..records import Document, Position, Statement
from .positions import (_WIDENING, AggregationRules, _copy_key, _Item, _orient, _recency, _side_value, _sides_of,
                        statement_date)

__all__ = ["TimelinePoint", "Shift", "position_timeline", "detect_shifts", "timeline_to_dict", "shifts_to_dict"]

Timeline = dict[str, dict[str, list["TimelinePoint"]]]


@dataclass(frozen=True, slots=True)
class TimelinePoint:
    """An actor's position on an issue as of one date with new evidence."""

    date: date | None
    ideal: float
    reservation: float
    red_line: bool
    confidence: float
    statements: tuple[str, ...]        # new statements dated on this day
    evidence: tuple[str, ...] = ()     # every statement behind the position as of this day


@dataclass(frozen=True, slots=True)
class Shift:
    """A move of an actor's ideal or reservation by at least the threshold."""

    actor: str
    issue: str
    date: date | None
    measure: str                       # "ideal" | "reservation"
    from_value: float
    to_value: float
    before: tuple[str, ...]
    after: tuple[str, ...]


def position_timeline(statements: Sequence[Statement], codebook: Codebook,
                      documents: Mapping[str, Document] | None = None,
                      rules: AggregationRules = AggregationRules()) -> Timeline:
    """`{issue: {actor: [TimelinePoint, ...]}}`, points in date order.

    Each point is `aggregate_positions` of the statements up to its date, but
    only the positions with new evidence that day are computed: the day's new
    statements are added to the ones before, and the actors that spoke that
    day get their side, and the issues they spoke on their position, from
    their own statements so far (and, for a support without a value, from
    its target's).
    """
    state = _AsOf(statements, codebook, documents, rules)
    on_day: dict[date | None, list[int]] = defaultdict(list)
    for i, it in enumerate(state.items):
        on_day[it.when].append(i)
    days = sorted(d for d in on_day if d is not None)
    out: Timeline = {}
    for day in [None, *days] if None in on_day or not days else days:
        new = on_day.get(day, [])
        state.advance(day, new)
        fresh = {state.items[i].sid for i in new}
        touched = {(it.s.issue, it.s.actor) for it in (state.items[i] for i in new)}
        touched |= {(child, actor) for issue, actor in touched for child in codebook.children(issue)}
        for issue, actor in sorted(touched):
            p = state.position(actor, issue)
            fresh_ids = tuple(sid for sid in p.statements if sid in fresh) if p is not None else ()
            if fresh_ids:
                out.setdefault(issue, {}).setdefault(actor, []).append(
                    TimelinePoint(day, p.ideal, p.reservation, p.red_line, p.confidence, fresh_ids, p.statements))
    return out


class _AsOf:
    """The statements (pressure dropped) up to a date, as `aggregate_positions` would see them: indexed
    by actor and issue, each copy of a story counted as `once_per_original` counts it among them.

    Each statement's fields are held in arrays, so a position is computed over its rows at once with the
    arithmetic of `positions` (the same operations in the same order, so the same numbers)."""

    def __init__(self, statements: Sequence[Statement], codebook: Codebook,
                 documents: Mapping[str, Document] | None, rules: AggregationRules) -> None:
        self.codebook, self.rules = codebook, rules
        self.items = [_Item(s.id or s.key, statement_date(s, documents), s) for s in statements
                      if s.stance != "pressure"]
        ss = [it.s for it in self.items]
        self.sids = np.array([it.sid for it in self.items], dtype=object)
        self.distinct = len(set(self.sids)) == len(self.sids)
        self.side_values = np.array([_nan(_side_value(s)) for s in ss], dtype=float)
        self.values = np.array([_nan(s.value) for s in ss], dtype=float)
        self.confidence = np.array([s.confidence for s in ss], dtype=float)
        self.hedge = np.array([rules.hedge_factor if s.hedged else 1.0 for s in ss], dtype=float)
        self.firm = np.array([rules.red_line_factor if s.red_line else 1.0 for s in ss], dtype=float)
        self.hedged = np.array([s.hedged for s in ss], dtype=bool)
        self.red = np.array([s.red_line for s in ss], dtype=bool)
        self.when = np.array([-1 if it.when is None else it.when.toordinal() for it in self.items], dtype=np.int64)
        self.support = np.array([s.stance == "support" for s in ss], dtype=bool)
        self.bare = self.support & np.isnan(self.values)                 # a support valued from its target
        self.demand = np.array([s.stance == "demand" for s in ss], dtype=bool)
        self.reject = np.array([s.stance == "reject" for s in ss], dtype=bool)
        self.widening = np.array([s.stance in _WIDENING for s in ss], dtype=bool)
        self.targets = [s.target or "" for s in ss]
        dated = self.when[self.when >= 0]
        span = int(dated.max() - dated.min()) if dated.size else 0
        self.recency = np.array([_recency(d, rules.half_life_days) for d in range(span + 1)], dtype=float)
        self.parent = {i.id: i.parent for i in codebook.issues if i.parent in codebook.issue_ids}
        self.seen = np.zeros(len(self.items), dtype=bool)       # dated up to the day
        self.keep = np.ones(len(self.items), dtype=bool)
        copies = bool(documents) and any(d.duplicate_of for d in documents.values())  # type: ignore[union-attr]
        claims: dict[tuple[object, ...], int] = {}            # each claim numbered
        self.claims = [(claims.setdefault(key, len(claims)), depth) for key, depth in
                       (_copy_key(s, documents) for s in ss)] if copies else None  # type: ignore[arg-type]
        self.owner: dict[int, tuple[int, int]] = {}
        self.members: dict[int, list[int]] = defaultdict(list)
        by_actor, by_group = defaultdict(list), defaultdict(list)
        for i, s in enumerate(ss):
            by_actor[s.actor].append(i)
            by_group[(s.actor, s.issue)].append(i)
        self.by_actor = {actor: np.array(rows, dtype=np.intp) for actor, rows in by_actor.items()}
        self.by_group = {group: np.array(rows, dtype=np.intp) for group, rows in by_group.items()}
        self.day: date | None = None
        self.memo: dict[tuple[object, ...], object] = {}

    def advance(self, day: date | None, new: Sequence[int]) -> None:
        """Add the statements dated `day` (indices into `items`); positions are then as of `day`."""
        self.day, self.memo = day, {}
        self.seen[list(new)] = True
        if self.claims is None:
            return
        for i in new:
            key, depth = self.claims[i]
            self.members[key].append(i)
            if key not in self.owner or (depth, i) < self.owner[key]:
                self.owner[key] = (depth, i)
        for key in {self.claims[i][0] for i in new}:
            owner = self.items[self.owner[key][1]].s.doc_id
            for i in self.members[key]:
                self.keep[i] = self.items[i].s.doc_id == owner

    def _memo(self, key: tuple[object, ...], build: Callable[[], object]) -> Any:
        if key not in self.memo:
            self.memo[key] = build()
        return self.memo[key]

    def _kept(self, rows: np.ndarray | None) -> np.ndarray:
        """The rows (of an actor or an actor × issue) dated up to the day and counted once per original."""
        return _NO_ROWS if rows is None else rows[self.seen[rows] & self.keep[rows]]

    def _target_ideals(self, rows: np.ndarray, issue: str | None = None) -> np.ndarray:
        """The ideal each row's target takes from all but its supports (on the row's issue, or on
        `issue`), NaN where it has none."""
        ideals = [self._first_ideal(self.targets[i], issue or self.items[i].s.issue) for i in rows]
        return np.array([_nan(v) for v in ideals], dtype=float)

    def _side(self, actor: str, supports: bool) -> str | None:
        """The actor's side before (`supports` False: supports without a value left out) or after
        supports take their target's ideal."""
        def build() -> str | None:
            rows = self._kept(self.by_actor.get(actor))
            values = self.side_values[rows]
            if supports and self.bare[rows].any():
                bare = self.bare[rows]
                values[bare] = self._target_ideals(rows[bare])
            return _sides_of({actor: values[~np.isnan(values)].tolist()}, self.codebook).get(actor)
        return self._memo(("side", actor, supports), build)  # type: ignore[no-any-return]

    def _first_ideal(self, actor: str, issue: str) -> float | None:
        """The actor's ideal on the issue from all but its supports (what a support without a value takes)."""
        def build() -> float | None:
            p = self._position(actor, issue, self._side(actor, supports=False), supports=False)
            return None if p is None else p.ideal
        return self._memo(("ideal", actor, issue), build)  # type: ignore[no-any-return]

    def _evidence_rows(self, actor: str, issue: str, supports: bool) -> tuple[np.ndarray, np.ndarray]:
        """The actor's statements on the issue and their values: without its supports, or with each support
        as a demand (valued from the target when it has no value of its own; dropped when the target has none)."""
        rows = self._kept(self.by_group.get((actor, issue)))
        if not supports:
            rows = rows[~self.support[rows]]
            return rows, self.values[rows]
        values = self.values[rows]
        bare = self.bare[rows]
        if bare.any():
            values[bare] = self._target_ideals(rows[bare], issue)
            valued = ~(bare & np.isnan(values))
            rows, values = rows[valued], values[valued]
        return rows, values

    def position(self, actor: str, issue: str) -> Position | None:
        """The actor's position on the issue as of the day (salience left at 1)."""
        return self._position(actor, issue, self._side(actor, supports=True), supports=True)

    def _position(self, actor: str, issue: str, side: str | None, supports: bool) -> Position | None:
        if side is None:
            return None
        rows, values = self._evidence_rows(actor, issue, supports)
        if rows.size:
            return self._aggregate(actor, issue, rows, values, side, 1.0)
        parent = self.parent.get(issue)
        if parent is None:
            return None

        def inherited() -> Position | None:   # the same for every child issue with no evidence of its own
            prows, pvalues = self._evidence_rows(actor, parent, supports)
            if not prows.size:
                return None
            return self._aggregate(actor, parent, prows, pvalues, side, self.rules.parent_factor)
        p = self._memo(("inherited", actor, parent, supports), inherited)
        return None if p is None else dataclasses.replace(p, issue=issue)

    def _aggregate(self, actor: str, issue: str, rows: np.ndarray, values: np.ndarray, side: str,
                   factor: float) -> Position:
        """`positions._position` of the rows (supports counted as demands) with values `values`, as of the day,
        at `factor` weight and confidence."""
        rules = self.rules
        u = values if side == "low" else 100.0 - values
        valued = ~np.isnan(u)
        demand = self.demand[rows] | self.support[rows]
        widening, when, red = self.widening[rows], self.when[rows], self.red[rows]
        dated = when >= 0
        recency = np.full(rows.size, 0.5)
        if self.day is not None:
            recency[dated] = self.recency[self.day.toordinal() - when[dated]]
        weight = self.confidence[rows] * recency * self.hedge[rows] * self.firm[rows] * factor
        # ideal: the weighted mean of the demands (a demand with no value at the own pole, half weight)
        dw = (weight * np.where(valued, 1.0, 0.5))[demand]
        total = _sum(dw)
        if dw.size and total > 0:
            ideal = _sum((np.where(valued, u, 0.0)[demand]) * dw) / total
        else:
            offered = u[widening & valued]
            ideal = float(offered.min()) if offered.size else 0.0
        # reservation: the furthest live widening, pulled back by the first bound the actor has not moved past
        newest = int(when[dated].max()) if dated.any() else None
        widen = widening & valued & (u > ideal)
        if newest is not None:
            widen &= ~(dated & (newest - when > rules.stale_days))
        wu, wwhen = u[widen], when[widen]
        reservation = max(ideal, float(wu.max())) if wu.size else ideal
        red_bound = demand & red & valued
        bound = np.flatnonzero(red_bound | (self.reject[rows] & valued & (u > ideal)))
        limits = np.where(red_bound[bound], u[bound], np.maximum(ideal, u[bound] - rules.reject_margin))
        order = np.argsort(limits, kind="stable")
        bound, limits = bound[order], limits[order]
        by_u = np.argsort(wu)
        latest_beyond = np.maximum.accumulate(np.append(wwhen[by_u], -2)[::-1])[::-1]   # newest widening above u
        moved = latest_beyond[np.searchsorted(wu[by_u], limits, side="right")] > when[bound]
        red_line = False
        hits = np.flatnonzero((limits < reservation) & ~moved)
        if hits.size:
            first = hits[0]
            limit = float(limits[first])
            reservation = max(limit, ideal)
            red_line = bool(red[bound[first]])
            if limit < ideal:     # the reservation is the ideal: every later bound below it not moved past counts
                later = bound[first + 1:][(limits[first + 1:] < ideal) & ~moved[first + 1:]]
                red_line = red_line or bool(red[later].any())
        red_line = red_line or bool((red_bound & (np.abs(u - reservation) < 1e-9)).any())
        # confidence
        total = _sum(weight)
        mean_conf = _sum(self.confidence[rows] * factor * weight) / total if total > 0 else 0.0
        unhedged = int(rows.size - self.hedged[rows].sum()) / rows.size
        confidence = max(0.0, min(1.0, mean_conf * (1 - math.exp(-rows.size / 2)) * (0.5 + 0.5 * unhedged)))
        sids = self.sids[rows].tolist()
        return Position(actor=actor, issue=issue, ideal=round(_orient(ideal, side), 4),
                        reservation=round(_orient(reservation, side), 4), red_line=red_line, salience=1.0,
                        confidence=round(confidence, 4), date=date.fromordinal(newest) if newest is not None else None,
                        statements=tuple(sids if self.distinct else dict.fromkeys(sids)))


_NO_ROWS = np.zeros(0, dtype=np.intp)


def _nan(v: float | None) -> float:
    return float("nan") if v is None else float(v)


def _sum(a: np.ndarray) -> float:
    """The values added one by one, in order, from 0: what `sum` does with the floats of `positions`
    (up to Python 3.11)."""
    return float(np.cumsum(a)[-1]) + 0.0 if a.size else 0.0


def detect_shifts(timeline: Timeline, min_move: float = 10) -> list[Shift]:
    """Every move of at least `min_move` points in an ideal or a reservation, in date order."""
    shifts = []
    for issue, by_actor in timeline.items():
        for actor, points in by_actor.items():
            for prev, cur in zip(points, points[1:]):
                for measure in ("ideal", "reservation"):
                    a, b = getattr(prev, measure), getattr(cur, measure)
                    if abs(b - a) >= min_move:
                        shifts.append(Shift(actor, issue, cur.date, measure, a, b, prev.evidence, cur.statements))
    return sorted(shifts, key=lambda s: (s.date or date.min, s.issue, s.actor, s.measure))


def timeline_to_dict(timeline: Timeline) -> dict:
    """JSON-ready `{issue: {actor: [{"date", "ideal", "reservation", "red_line", "statements"}]}}`."""
    return {issue: {actor: [{"date": p.date.isoformat() if p.date else None, "ideal": p.ideal,
                             "reservation": p.reservation, "red_line": p.red_line,
                             "confidence": p.confidence, "statements": list(p.statements)} for p in pts]
                    for actor, pts in by_actor.items()} for issue, by_actor in timeline.items()}


def shifts_to_dict(shifts: Sequence[Shift]) -> list[dict]:
    """JSON-ready `[{"actor", "issue", "date", "measure", "from", "to", "before", "after"}]`."""
    return [{"actor": s.actor, "issue": s.issue, "date": s.date.isoformat() if s.date else None,
             "measure": s.measure, "from": s.from_value, "to": s.to_value,
             "before": list(s.before), "after": list(s.after)} for s in shifts]
