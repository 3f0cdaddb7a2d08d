"""Positions: statements aggregated into each actor's position per issue.

A position is an actor's ideal point on an issue's 0–100 scale, the
reservation value (the furthest point towards the other side it would still
accept), whether that bound is a red line, the issue's salience for the actor,
a confidence, the date of the newest evidence and the statements behind it.

Rules (applied per actor × issue; all values on the issue's own scale)
---------------------------------------------------------------------

Which statements count
    Only statements dated on or before ``as_of`` (when given). A statement's
    date is its ``event_date``, else the published date of its document (when
    ``documents`` are passed), else it is undated; undated statements always
    count. ``pressure`` statements are never a position of anyone: they say a
    third party presses the target to move. A ``support`` statement is kept
    as the supporting actor's own ``demand`` (with its value, or with the
    target's ideal when it has none); it never changes the target's position.
    A statement counts once per original story: when ``documents`` are passed,
    a document linked to an earlier copy (``duplicate_of``: the same wire
    story run by another outlet, exactly or nearly) adds only the statements
    its original lacks. Statements match when they agree on actor, issue,
    stance, value, red line, target and quoted words; the copy nearest the
    original (the original itself first) keeps the match, so a story's date is
    the original's.

Sides
    Every position is computed in *oriented* coordinates where 0 is the
    actor's own pole and 100 the other side's. A principal's side is the
    codebook pole whose label names it (``low_pole: Ukraine's maximal
    position``), else the side its valued statements sit on, else its order
    among the principals (the scenario's, or the codebook's): first = low
    pole, second = high pole. Any other actor's side is the side its valued
    statements sit on (mean over demands, offers and acceptances of ``v`` and
    of ``100 - v`` for rejections, below or above 50); an actor with no valued
    statement and no pole gets no position. In the bundled codebook 0 is
    Ukraine's maximal position and 100 Russia's.

Weights
    Each statement weighs ``confidence × recency × hedge × firmness``.
    Recency halves every ``half_life_days`` (default 180) of age measured from
    the reference date (``as_of``, else the newest dated statement); an
    undated statement weighs as if one half-life old. A hedged statement
    ("reportedly", "might") weighs half. A red line weighs 1.5×.

Ideal
    The weighted mean of the values of ``demand`` statements. A demand with no
    value stands for the actor's own pole (0 in oriented terms) at half
    weight. With no demands at all, the ideal is the most own-side value among
    offers, acceptances and conditions; with no values at all, the pole.

Reservation (the acceptable range)
    Starts at the ideal. ``offer``, ``accept`` and valued ``condition``
    statements widen it: the range reaches the furthest such value towards the
    other side. A widening more than ``stale_days`` (default 365) older than
    the actor's newest evidence on the issue has lapsed and is ignored. Bounds pull it back: a red-line ``demand`` of ``v`` means
    nothing beyond ``v`` is acceptable; a ``reject`` of ``v`` (beyond the
    ideal) means ``v`` itself is outside the range, so the reservation stops
    ``reject_margin`` (default 5) points short of it. When a widening and a
    bound conflict, the newer evidence wins (an actor that offers more after
    drawing a line has moved; a line drawn after an offer withdraws it); at
    equal dates the bound wins. ``red_line`` is set when a red-line statement
    bounds the reservation (or the reservation sits on a red-line demand).

Salience
    Each statement adds firmness points (demand or reject 1, offer, accept or
    condition 0.7, open 0.4; ×2 for a red line, ×0.5 when hedged). An issue's
    salience for the actor is its points divided by the points of the actor's
    most-discussed issue, floored at 0.1: how often and how firmly it speaks
    on the issue relative to its other issues.

Confidence
    The weighted mean of the statements' confidences, scaled by the amount of
    evidence (``1 - exp(-n / 2)`` for n statements) and by the share that is
    not hedged (a fully hedged position keeps half).

Parent issues
    A statement on a parent issue (``territory``) says something about every
    child issue (``territory.donetsk`` …). When an actor has no statement on
    a child issue, its position there is built from its parent-issue
    statements, at half weight and half confidence. Child issues with their
    own evidence ignore the parent.

Scenario
    A scenario's ``as_of`` applies when ``as_of`` is not given, its principals
    orient the sides, and its positions override (or add) fields per actor ×
    issue; overridden positions carry ``source="scenario"``.
"""
from __future__ import annotations

import dataclasses
import functools
import math
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Iterable, Mapping, NamedTuple, Sequence

from ..codebook import Codebook
from ..records import Document, Position, Statement

if TYPE_CHECKING:  # pragma: no cover
    from .scenario import Scenario

__all__ = ["AggregationRules", "aggregate_positions", "actor_sides", "once_per_original", "statement_date"]

_WIDENING = ("offer", "accept", "condition")
_FIRMNESS = {"demand": 1.0, "reject": 1.0, "offer": 0.7, "accept": 0.7, "condition": 0.7, "open": 0.4}


@dataclass(frozen=True, slots=True)
class AggregationRules:
    """The tunable constants of the aggregation rules (see the module docstring)."""

    half_life_days: float = 180.0
    hedge_factor: float = 0.5
    red_line_factor: float = 1.5
    reject_margin: float = 5.0
    parent_factor: float = 0.5
    salience_floor: float = 0.1
    stale_days: int = 365


class _Evidence(NamedTuple):
    """One statement prepared for aggregation: oriented value, weight, date."""

    sid: str
    stance: str
    u: float | None           # oriented value: 0 = own pole, 100 = other side
    weight: float
    when: date | None
    red_line: bool
    hedged: bool
    confidence: float
    points: float             # firmness points for salience


def statement_date(s: Statement, documents: Mapping[str, Document] | None = None) -> date | None:
    """The event date of a statement: its own, else its document's published date."""
    if s.event_date is not None:
        return s.event_date
    doc = documents.get(s.doc_id) if documents else None
    return doc.published if doc is not None else None


def _sid(s: Statement) -> str:
    return s.id or s.key


def _pole_side(codebook: Codebook, actor: str) -> str | None:
    """'low'/'high' when the codebook's pole label names the actor (its name or an alias)."""
    try:
        a = codebook.actor(actor)
    except KeyError:
        return None
    names = [a.name, *a.aliases]
    for side, label in (("low", codebook.low_pole), ("high", codebook.high_pole)):
        if label and any(n and n.lower() in label.lower() for n in names if len(n) > 2):
            return side
    return None


def _side_value(s: Statement) -> float | None:
    """Where a statement puts its actor on the scale when choosing its side (None: it does not count)."""
    if s.value is not None and s.stance in ("demand", "offer", "accept", "reject", "support"):
        return 100.0 - s.value if s.stance == "reject" else float(s.value)
    return None


def actor_sides(statements: Iterable[Statement], codebook: Codebook,
                principals: Sequence[str] | None = None) -> dict[str, str]:
    """Each actor's side of the scales, 'low' (0) or 'high' (100); see the module docstring."""
    values: dict[str, list[float]] = defaultdict(list)
    for s in statements:
        v = _side_value(s)
        if v is not None:
            values[s.actor].append(v)
    return _sides_of(values, codebook, principals)


def _sides_of(values: Mapping[str, Sequence[float]], codebook: Codebook,
             principals: Sequence[str] | None = None) -> dict[str, str]:
    """The sides of `actor_sides` from each actor's `_side_value`s, in statement order."""
    sides = {a: ("low" if sum(v) / len(v) < 50 else "high")
             for a, v in values.items() if v and sum(v) / len(v) != 50}
    order = list(principals or codebook.principals)[:2]
    for i, p in enumerate(order):
        sides[p] = _pole_side(codebook, p) or sides.get(p) or ("low" if i == 0 else "high")
    return sides


def _orient(v: float, side: str) -> float:
    return v if side == "low" else 100.0 - v


@functools.lru_cache(maxsize=65536)
def _recency(days: int, half_life_days: float) -> float:
    return 0.5 ** (max(days, 0) / half_life_days)


def _evidence(it: "_Item", side: str, ref: date | None, rules: AggregationRules,
              factor: float = 1.0) -> _Evidence:
    s, when = it.s, it.when
    recency = 0.5 if when is None or ref is None else _recency((ref - when).days, rules.half_life_days)
    hedge = rules.hedge_factor if s.hedged else 1.0
    firm = rules.red_line_factor if s.red_line else 1.0
    points = _FIRMNESS.get(s.stance, 0.0) * (2.0 if s.red_line else 1.0) * (0.5 if s.hedged else 1.0)
    u = None if s.value is None else _orient(float(s.value), side)
    return _Evidence(it.sid, s.stance, u, s.confidence * recency * hedge * firm * factor, when,
                     s.red_line, s.hedged, s.confidence * factor, points * factor)


def _ideal(ev: Sequence[_Evidence]) -> float:
    demands = [(e.u if e.u is not None else 0.0, e.weight * (1.0 if e.u is not None else 0.5))
               for e in ev if e.stance == "demand"]
    total = sum(w for _, w in demands)
    if demands and total > 0:
        return sum(u * w for u, w in demands) / total
    valued = [e.u for e in ev if e.stance in _WIDENING and e.u is not None]
    return min(valued) if valued else 0.0


def _newer(a: date | None, b: date | None) -> bool:
    """True when date a is strictly newer than b (undated counts as oldest)."""
    return a is not None and (b is None or a > b)


def _reservation(ev: Sequence[_Evidence], ideal: float, rules: AggregationRules) -> tuple[float, bool]:
    margin = rules.reject_margin
    dates = [e.when for e in ev if e.when is not None]
    newest = max(dates) if dates else None
    widen = [e for e in ev if e.stance in _WIDENING and e.u is not None and e.u > ideal
             and not (newest and e.when and (newest - e.when).days > rules.stale_days)]
    bounds: list[tuple[float, _Evidence]] = []
    for e in ev:
        if e.u is None:
            continue
        if e.stance == "demand" and e.red_line:
            bounds.append((e.u, e))
        elif e.stance == "reject" and e.u > ideal:
            bounds.append((max(ideal, e.u - margin), e))
    reservation = max([ideal, *(e.u for e in widen)])
    red = False
    for limit, b in sorted(bounds, key=lambda t: t[0]):
        if reservation <= limit:
            continue
        beyond = [e for e in widen if e.u > limit]
        if any(_newer(e.when, b.when) for e in beyond):
            continue  # the actor moved past its line after drawing it
        reservation = max(limit, ideal)
        red = red or b.red_line
    red = red or any(e.red_line and e.stance == "demand" and e.u is not None and abs(e.u - reservation) < 1e-9
                     for e in ev)
    return reservation, red


def _confidence(ev: Sequence[_Evidence]) -> float:
    total = sum(e.weight for e in ev)
    mean_conf = (sum(e.confidence * e.weight for e in ev) / total) if total > 0 else 0.0
    unhedged = sum(1 for e in ev if not e.hedged) / len(ev)
    return max(0.0, min(1.0, mean_conf * (1 - math.exp(-len(ev) / 2)) * (0.5 + 0.5 * unhedged)))


def _position(actor: str, issue: str, ev: Sequence[_Evidence], side: str,
              rules: AggregationRules) -> Position:
    ideal_u = _ideal(ev)
    res_u, red = _reservation(ev, ideal_u, rules)
    dates = [e.when for e in ev if e.when is not None]
    return Position(actor=actor, issue=issue, ideal=round(_orient(ideal_u, side), 4),
                    reservation=round(_orient(res_u, side), 4), red_line=red,
                    salience=1.0, confidence=round(_confidence(ev), 4),
                    date=max(dates) if dates else None,
                    statements=tuple(dict.fromkeys(e.sid for e in ev)))


@dataclass(frozen=True, slots=True)
class _Item:
    """A statement with its identity and date fixed before any rewriting."""

    sid: str
    when: date | None
    s: Statement


def _original(doc_id: str, documents: Mapping[str, Document]) -> tuple[str, int]:
    """The original a document copies (following `duplicate_of` links) and how many links away it is."""
    seen = {doc_id}
    depth = 0
    while doc_id in documents and documents[doc_id].duplicate_of:
        doc_id = documents[doc_id].duplicate_of  # type: ignore[assignment]
        depth += 1
        if doc_id in seen:  # a cycle: stop where it closes
            break
        seen.add(doc_id)
    return doc_id, depth


def _copy_key(s: Statement, documents: Mapping[str, Document]) -> tuple[tuple[object, ...], int]:
    """The claim a statement makes in its original story (as `once_per_original` matches them), and
    how many copy links its document is from that original."""
    root, depth = _original(s.doc_id, documents)
    quote = " ".join(s.quote.split()).casefold()
    return (root, s.actor, s.issue, s.stance, s.value, s.red_line, s.target, quote), depth


def once_per_original(statements: Sequence[Statement],
                      documents: Mapping[str, Document] | None) -> list[Statement]:
    """The statements without their repeats in copies of the same story (order kept).

    A statement of a copy is dropped when a document nearer the original (the
    original first) has a statement with the same actor, issue, stance, value,
    red line, target and quoted words; repeats within one document all stay.
    """
    if not documents or not any(d.duplicate_of for d in documents.values()):
        return list(statements)
    owner: dict[tuple[object, ...], tuple[int, int, str]] = {}
    keys = []
    for i, s in enumerate(statements):
        key, depth = _copy_key(s, documents)
        keys.append(key)
        rank = (depth, i, s.doc_id)
        if key not in owner or rank[:2] < owner[key][:2]:
            owner[key] = rank
    return [s for s, key in zip(statements, keys) if owner[key][2] == s.doc_id]


def _own_statements(statements: Sequence[Statement], documents: Mapping[str, Document] | None,
                    as_of: date | None) -> list[_Item]:
    """Statements that are positions of their actor, dated up to as_of (pressure dropped),
    each counted once per original story."""
    kept = []
    for s in once_per_original(statements, documents):
        when = statement_date(s, documents)
        if s.stance == "pressure" or (as_of is not None and when is not None and when > as_of):
            continue
        kept.append(_Item(_sid(s), when, s))
    return kept


def _support_values(items: Sequence[_Item], ideals: Mapping[tuple[str, str], float]) -> list[_Item]:
    """Turn each `support` into the supporter's own demand (value from the target when missing)."""
    out = []
    for it in items:
        if it.s.stance != "support":
            out.append(it)
            continue
        value = it.s.value if it.s.value is not None else ideals.get((it.s.target or "", it.s.issue))
        if value is not None:
            out.append(_Item(it.sid, it.when, it.s.replace(stance="demand", value=value)))
    return out


def _group(items: Sequence[_Item], sides: Mapping[str, str], ref: date | None, codebook: Codebook,
           rules: AggregationRules) -> dict[tuple[str, str], list[_Evidence]]:
    groups: dict[tuple[str, str], list[_Evidence]] = defaultdict(list)
    for it in items:
        if it.s.actor in sides:
            groups[(it.s.actor, it.s.issue)].append(_evidence(it, sides[it.s.actor], ref, rules))
    direct = set(groups)
    for it in items:  # parent-issue evidence informs children that have none of their own
        if it.s.actor not in sides or it.s.issue not in codebook.issue_ids:
            continue
        for child in codebook.children(it.s.issue):
            if (it.s.actor, child) not in direct:
                groups[(it.s.actor, child)].append(
                    _evidence(it, sides[it.s.actor], ref, rules, factor=rules.parent_factor))
    return groups


def _with_salience(positions: list[Position], groups: Mapping[tuple[str, str], list[_Evidence]],
                   floor: float) -> list[Position]:
    points = {k: sum(e.points for e in v) for k, v in groups.items()}
    top: dict[str, float] = defaultdict(float)
    for (actor, _), p in points.items():
        top[actor] = max(top[actor], p)
    return [dataclasses.replace(pos, salience=salience_share(points[(pos.actor, pos.issue)], top[pos.actor], floor))
            for pos in positions]


def salience_share(points: float, top: float, floor: float) -> float:
    """An issue's salience for an actor: its evidence points as a share of the actor's top issue, at least `floor`
    (rounded as positions report it)."""
    return round(max(floor, points / top if top > 0 else floor), 4)


def aggregate_positions(statements: Sequence[Statement], codebook: Codebook, *,
                        as_of: date | None = None, scenario: "Scenario | None" = None,
                        documents: Mapping[str, Document] | None = None,
                        rules: AggregationRules = AggregationRules()) -> list[Position]:
    """Aggregate statements into one position per actor × issue (rules in the module docstring).

    Returns positions sorted by issue then actor. Statements on issues or by
    actors outside the codebook are aggregated all the same (the codebook only
    orients the scales and lists parent/child issues).
    """
    if as_of is None and scenario is not None:
        as_of = scenario.as_of
    items = _own_statements(statements, documents, as_of)
    known = [it.when for it in items if it.when is not None]
    ref = as_of or (max(known) if known else None)
    principals = scenario.principals if scenario is not None else None
    sides = actor_sides((it.s for it in items), codebook, principals)
    first = _group([it for it in items if it.s.stance != "support"], sides, ref, codebook, rules)
    ideals = {k: _position(k[0], k[1], v, sides[k[0]], rules).ideal for k, v in first.items()}
    items = _support_values(items, ideals)
    sides = actor_sides((it.s for it in items), codebook, principals)
    groups = _group(items, sides, ref, codebook, rules)
    positions = [_position(a, i, ev, sides[a], rules) for (a, i), ev in groups.items() if ev]
    positions = _with_salience(positions, groups, rules.salience_floor)
    if scenario is not None:
        positions = scenario.apply(positions, as_of=as_of)
    return sorted(positions, key=lambda p: (p.issue, p.actor))
