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
from bisect import insort
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any, Callable, Mapping, Sequence

from ..codebook import Codebook
from ..records import Document, Position, Statement
from .positions import (AggregationRules, _copy_key, _evidence, _Item, _position, _side_value, _sides_of,
                        _support_values, statement_date)

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
    by actor and issue, each copy of a story counted as `once_per_original` counts it among them."""

    def __init__(self, statements: Sequence[Statement], codebook: Codebook,
                 documents: Mapping[str, Document] | None, rules: AggregationRules) -> None:
        self.codebook, self.rules = codebook, rules
        self.items = [_Item(s.id or s.key, statement_date(s, documents), s) for s in statements
                      if s.stance != "pressure"]
        self.values = [_side_value(it.s) for it in self.items]
        self.support = [it.s.stance == "support" for it in self.items]
        self.bare = [it.s.stance == "support" and it.s.value is None for it in self.items]   # value from the target
        self.parent = {i.id: i.parent for i in codebook.issues if i.parent in codebook.issue_ids}
        self.keep = [True] * len(self.items)
        copies = bool(documents) and any(d.duplicate_of for d in documents.values())  # type: ignore[union-attr]
        self.claims = [_copy_key(it.s, documents) for it in self.items] if copies else None  # type: ignore[arg-type]
        self.owner: dict[tuple[object, ...], tuple[int, int]] = {}
        self.members: dict[tuple[object, ...], list[int]] = defaultdict(list)
        self.by_actor: dict[str, list[int]] = defaultdict(list)
        self.by_group: dict[tuple[str, str], list[int]] = defaultdict(list)
        self.day: date | None = None
        self.memo: dict[tuple[object, ...], object] = {}

    def advance(self, day: date | None, new: Sequence[int]) -> None:
        """Add the statements dated `day` (indices into `items`); positions are then as of `day`."""
        self.day, self.memo = day, {}
        for i in new:
            s = self.items[i].s
            insort(self.by_actor[s.actor], i)
            insort(self.by_group[(s.actor, s.issue)], i)
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

    def _side(self, actor: str, supports: bool) -> str | None:
        """The actor's side before (`supports` False: supports without a value left out) or after
        supports take their target's ideal."""
        def build() -> str | None:
            rows, keep, values, items = self.by_actor.get(actor, ()), self.keep, self.values, self.items
            if not supports:
                return _sides_of({actor: [values[i] for i in rows if keep[i] and values[i] is not None]},
                                 self.codebook).get(actor)
            with_supports = []
            for i in rows:
                if not keep[i]:
                    continue
                v = values[i]
                if v is None and self.bare[i]:
                    ideal = self._first_ideal(items[i].s.target or "", items[i].s.issue)
                    v = None if ideal is None else float(ideal)
                if v is not None:
                    with_supports.append(v)
            return _sides_of({actor: with_supports}, self.codebook).get(actor)
        return self._memo(("side", actor, supports), build)  # type: ignore[no-any-return]

    def _first_ideal(self, actor: str, issue: str) -> float | None:
        """The actor's ideal on the issue from all but its supports (what a support without a value takes)."""
        def build() -> float | None:
            p = self._position(actor, issue, self._side(actor, supports=False), supports=False)
            return None if p is None else p.ideal
        return self._memo(("ideal", actor, issue), build)  # type: ignore[no-any-return]

    def _evidence_rows(self, actor: str, issue: str, supports: bool) -> list[_Item]:
        """The actor's statements on the issue: without its supports, or with each support as a demand
        (valued from the target when it has no value of its own; dropped when the target has none)."""
        keep, items = self.keep, self.items
        rows = [i for i in self.by_group.get((actor, issue), ()) if keep[i]]
        if not supports:
            return [items[i] for i in rows if not self.support[i]]
        if not any(self.support[i] for i in rows):
            return [items[i] for i in rows]
        targets = {items[i].s.target or "" for i in rows if self.bare[i]}
        ideals = {(t, issue): self._first_ideal(t, issue) for t in targets}
        return _support_values([items[i] for i in rows], {k: v for k, v in ideals.items() if v is not None})

    def position(self, actor: str, issue: str) -> Position | None:
        """The actor's position on the issue as of the day (salience left at 1)."""
        return self._position(actor, issue, self._side(actor, supports=True), supports=True)

    def _position(self, actor: str, issue: str, side: str | None, supports: bool) -> Position | None:
        if side is None:
            return None
        own = self._evidence_rows(actor, issue, supports)
        if own:
            return _position(actor, issue, [_evidence(it, side, self.day, self.rules) for it in own], side, self.rules)
        parent = self.parent.get(issue)
        if parent is None:
            return None

        def inherited() -> Position | None:   # the same for every child issue with no evidence of its own
            ev = [_evidence(it, side, self.day, self.rules, self.rules.parent_factor)
                  for it in self._evidence_rows(actor, parent, supports)]
            return _position(actor, parent, ev, side, self.rules) if ev else None
        p = self._memo(("inherited", actor, parent, supports), inherited)
        return None if p is None else dataclasses.replace(p, issue=issue)


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
