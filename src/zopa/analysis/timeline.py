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

from dataclasses import dataclass
from datetime import date
from typing import Mapping, Sequence

from ..codebook import Codebook
from ..records import Document, Statement
from .positions import aggregate_positions, statement_date

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


def _sid(s: Statement) -> str:
    return s.id or s.key


def position_timeline(statements: Sequence[Statement], codebook: Codebook,
                      documents: Mapping[str, Document] | None = None) -> Timeline:
    """`{issue: {actor: [TimelinePoint, ...]}}`, points in date order."""
    dated = [(statement_date(s, documents), s) for s in statements if s.stance != "pressure"]
    days = sorted({d for d, _ in dated if d is not None})
    new_on: dict[date | None, set[str]] = {}
    for d, s in dated:
        new_on.setdefault(d, set()).add(_sid(s))
    out: Timeline = {}
    for day in [None, *days] if None in new_on or not days else days:
        upto = [s for d, s in dated if d is None or (day is not None and d <= day)]
        for p in aggregate_positions(upto, codebook, as_of=day, documents=documents):
            fresh = tuple(sid for sid in p.statements if sid in new_on.get(day, set()))
            if not fresh:
                continue
            out.setdefault(p.issue, {}).setdefault(p.actor, []).append(
                TimelinePoint(day, p.ideal, p.reservation, p.red_line, p.confidence, fresh, p.statements))
    return out


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
