"""The bargaining analysis in one call: positions in, gaps, frontier, Nash, plans and levers out.

`analyse` is a pure function over positions (no I/O). `analyse_store` is the
orchestration the CLI, the report and the web app share: statements from a
store (any object with ``statements()`` and ``documents()``), aggregated into
positions with a scenario's overrides, then `analyse`.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal, Mapping, Sequence

import numpy as np

from ..codebook import Codebook
from ..records import Position
from .gaps import IssueGap, gaps
from .levers import Lever, levers as find_levers
from .nash import Solution, kalai_smorodinsky, nash_solution
from .pareto import Frontier, pareto_frontier
from .plans import Plan, PlanScore, score_plan
from .space import DEFAULT_GRID, PackageSpace, build_space, latest_positions

__all__ = ["AnalysisResult", "analyse", "analyse_store", "PARETO_POINTS"]

PARETO_POINTS = 200


@dataclass(frozen=True, slots=True, eq=False)
class AnalysisResult:
    """Everything the analysis found; `to_dict()` is the stable JSON shape."""

    as_of: dt.date | None
    principals: tuple[str, ...]
    labels: Mapping[str, str]
    issues: tuple[IssueGap, ...]
    positions: Mapping[tuple[str, str], Position]   # latest per actor × issue, every actor
    space: PackageSpace
    frontier: Frontier
    nash: Solution | None
    kalai_smorodinsky: Solution | None
    plans: tuple[PlanScore, ...] = ()
    levers: tuple[Lever, ...] = ()
    timeline: Any = None
    shifts: Sequence[Any] = ()
    forecasts: Any = None

    @property
    def left_out(self) -> tuple[str, ...]:
        """Issues with positions that are out of the package space (a principal has none)."""
        return tuple(g.issue for g in self.issues if not g.known)

    def package_of(self, solution: Solution | None) -> dict[str, float] | None:
        return None if solution is None else self.space.package(solution.choices)

    def to_dict(self) -> dict[str, Any]:
        """The analysis as plain JSON-ready data (keys documented in the module README)."""
        return {
            "as_of": self.as_of.isoformat() if self.as_of else None,
            "principals": list(self.principals),
            "issues": {g.issue: self._issue_dict(g) for g in self.issues},
            "nash": self._solution_dict(self.nash),
            "kalai_smorodinsky": self._solution_dict(self.kalai_smorodinsky),
            "pareto": {"size": len(self.frontier),
                       "points": [self._point_dict(j) for j in range(min(len(self.frontier), PARETO_POINTS))]},
            "plans": {s.plan.id: _plan_dict(s) for s in self.plans},
            "levers": [_lever_dict(v) for v in self.levers],
            "timeline": _plain(self.timeline),
            "shifts": [_plain(s) for s in self.shifts],
            "forecasts": _plain(self.forecasts),
        }

    def _issue_dict(self, g: IssueGap) -> dict[str, Any]:
        actors = sorted({a for a, i in self.positions if i == g.issue},
                        key=lambda a: (a not in self.principals, a))
        return {
            "label": self.labels.get(g.issue, g.issue),
            "zopa": [_num(g.zopa[0]), _num(g.zopa[1])] if g.zopa else None,
            "gap": _num(g.gap) if g.gap is not None else None,
            "positions": {a: _position_dict(self.positions[(a, g.issue)]) for a in actors},
        }

    def _utilities(self, u: np.ndarray) -> dict[str, float]:
        return {a: _num(x) for a, x in zip(self.space.parties, u)}

    def _solution_dict(self, s: Solution | None) -> dict[str, Any] | None:
        if s is None:
            return None
        return {"package": self.package_of(s), "utilities": self._utilities(s.utilities),
                "disagreement": self._utilities(s.disagreement)}

    def _point_dict(self, j: int) -> dict[str, Any]:
        return {"package": self.space.package(self.frontier.choices[j]),
                "utilities": self._utilities(self.frontier.utilities[j])}


def _num(x: float) -> float:
    return round(float(x), 6)


def _position_dict(p: Position) -> dict[str, Any]:
    return {"ideal": _num(p.ideal), "reservation": _num(p.reservation), "red_line": bool(p.red_line),
            "salience": _num(p.salience), "confidence": _num(p.confidence), "statements": list(p.statements)}


def _plan_dict(s: PlanScore) -> dict[str, Any]:
    return {"title": s.plan.title, "date": s.plan.date, "source": s.plan.source,
            "values": dict(s.plan.values),
            "utilities": {a: (None if u is None else _num(u)) for a, u in s.utilities.items()},
            "red_lines_crossed": {a: list(v) for a, v in s.red_lines_crossed.items()},
            "distance_to_nash": None if s.distance_to_nash is None else _num(s.distance_to_nash)}


def _lever_dict(v: Lever) -> dict[str, Any]:
    return {"actor": v.actor, "issue": v.issue, "kind": v.kind, "from": _num(v.from_value),
            "to": _num(v.to_value), "move": _num(v.move), "opens": v.opens, "description": v.description}


def _plain(x: Any) -> Any:
    """Pass-through data made JSON-ready: objects with to_dict(), dataclasses, dates."""
    if x is None or isinstance(x, (str, int, float, bool)):
        return x
    if hasattr(x, "to_dict"):
        return x.to_dict()
    if isinstance(x, (dt.date, dt.datetime)):
        return x.isoformat()
    if isinstance(x, Mapping):
        return {str(k): _plain(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [_plain(v) for v in x]
    if hasattr(x, "__dataclass_fields__"):
        return {k: _plain(getattr(x, k)) for k in x.__dataclass_fields__}
    return x


def _as_of(positions: Sequence[Position], scenario: Any, as_of: dt.date | None) -> dt.date | None:
    if as_of is not None:
        return as_of
    if getattr(scenario, "as_of", None) is not None:
        return scenario.as_of
    dates = [p.date for p in positions if p.date is not None]
    return max(dates) if dates else None


def analyse(positions: Sequence[Position], codebook: Codebook, *, plans: Sequence[Plan] = (),
            scenario: Any = None, grid: int | Literal["anchors"] = DEFAULT_GRID,
            as_of: dt.date | None = None, timeline: Any = None, shifts: Sequence[Any] = (),
            forecasts: Any = None, lever_tolerance: float = 0.5) -> AnalysisResult:
    """Gaps/ZOPA per issue, the exact Pareto frontier, Nash and Kalai–Smorodinsky, plan scores, levers.

    Positions dated after ``as_of`` (or the scenario's ``as_of``) are ignored; the
    latest position per actor × issue counts. The scenario supplies principals and
    BATNAs (no-deal utilities); its position overrides are expected to be applied
    already (`aggregate_positions(..., scenario=...)`). ``timeline``, ``shifts``
    and ``forecasts`` are passed through to the result.
    """
    principals = tuple(getattr(scenario, "principals", None) or codebook.principals)
    when = _as_of(positions, scenario, as_of)
    usable = [p for p in positions if when is None or p.date is None or p.date <= when]
    latest = latest_positions(usable)
    labels = {i.id: i.label for i in codebook.issues}
    with_any = {i for _, i in latest}
    issue_ids = tuple(i for i in codebook.issue_ids if i in with_any)
    issue_gaps = gaps(latest, issue_ids, principals)
    space = build_space(usable, codebook, principals=principals, grid=grid,
                        batna=getattr(scenario, "batna", None) or {}, issues=issue_ids)
    frontier = (pareto_frontier([o.utilities for o in space.issues]) if space.issues
                else Frontier(np.zeros((0, len(principals))), np.zeros((0, 0), dtype=np.int64)))
    nash = nash_solution(frontier, space.disagreement) if space.issues else None
    ks = kalai_smorodinsky(frontier, space.disagreement) if space.issues else None
    nash_package = space.package(nash.choices) if nash is not None else None
    scores = tuple(score_plan(p, space, latest, nash_package) for p in plans)
    found = find_levers(issue_gaps, space, labels, tolerance=lever_tolerance)
    return AnalysisResult(when, principals, labels, issue_gaps, latest, space, frontier, nash, ks,
                          scores, found, timeline, tuple(shifts), forecasts)


def analyse_store(store: Any, codebook: Codebook, scenario: Any = None, plans: Sequence[Plan] | None = None,
                  **options: Any) -> AnalysisResult:
    """Statements from a store (or none, when ``store`` is None) → positions (with the scenario) → `analyse`.

    The result also carries the position timeline with its shifts, and the
    forecasts (compromise and expected-utility models) of every issue with two
    or more positions, capabilities from the scenario (1 where it gives none).
    With ``store=None`` the analysis runs on the scenario's positions alone.
    """
    from .forecast import forecast_positions, to_dict as forecasts_to_dict
    from .positions import aggregate_positions
    from .timeline import detect_shifts, position_timeline, shifts_to_dict, timeline_to_dict

    statements = store.statements() if store is not None else []
    documents = {d.id: d for d in store.documents()} if store is not None and statements else None
    positions = aggregate_positions(statements, codebook, scenario=scenario, documents=documents)
    timeline = position_timeline(statements, codebook, documents=documents)
    capabilities = dict(getattr(scenario, "capabilities", None) or {})
    options.setdefault("timeline", timeline_to_dict(timeline))
    options.setdefault("shifts", shifts_to_dict(detect_shifts(timeline)))
    options.setdefault("forecasts", forecasts_to_dict(forecast_positions(positions, capabilities)))
    return analyse(positions, codebook, plans=plans or (), scenario=scenario, **options)
