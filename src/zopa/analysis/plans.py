"""Named plans: proposals as values on codebook issues, and how each side scores them.

A plan file is YAML::

    plans:
      - id: us-28-point-2025
        title: US 28-point plan
        date: 2025-11-20
        source: description of where the text comes from
        url: https://...            # optional
        values:
          alignment.nato: {value: 100, note: "point 7: ..."}
          military.limits: 50       # a bare number is allowed

A plan's score for a side is its utility over the issues the plan settles that
are in the package space (salience weights renormalised over those issues), the
red lines it crosses for that side (every issue it settles where the side has
a red-line position), and its distance from the Nash package: the mean
absolute difference, on the 0–100 scale, over the issues both settle.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Mapping, Sequence

import numpy as np

from ..codebook import Codebook
from .._yaml import parse_yaml, read_yaml
from ..errors import ScenarioError
from ..records import Position
from .space import PackageSpace, crosses_red_line

__all__ = ["Plan", "PlanScore", "load_plans", "parse_plans", "score_plan", "DEFAULT_PLANS"]

DEFAULT_PLANS = "russia-ukraine"


@dataclass(frozen=True, slots=True)
class Plan:
    """A named proposal: values on some issues of the codebook, with its source."""

    id: str
    title: str
    date: str | None
    source: str
    values: Mapping[str, float]
    notes: Mapping[str, str] = field(default_factory=dict)
    url: str | None = None


@dataclass(frozen=True, slots=True)
class PlanScore:
    """How one plan fares: each side's utility, red lines crossed, distance to Nash."""

    plan: Plan
    utilities: Mapping[str, float | None]
    red_lines_crossed: Mapping[str, tuple[str, ...]]
    distance_to_nash: float | None
    issues_scored: tuple[str, ...]


def _fail(source: str, where: str, msg: str) -> ScenarioError:
    return ScenarioError(f"{where}: {msg}", source=source)


def _value(raw: object, source: str, where: str) -> tuple[float, str | None]:
    note = None
    if isinstance(raw, dict):
        unknown = set(raw) - {"value", "note"}
        if unknown:
            raise _fail(source, where, f"unknown field(s) {sorted(unknown)}; expected value and note")
        note, raw = raw.get("note"), raw.get("value")
    if isinstance(raw, bool) or not isinstance(raw, (int, float)) or not 0 <= raw <= 100:
        raise _fail(source, where, f"expected a number from 0 to 100, got {raw!r}")
    return float(raw), (str(note) if note is not None else None)


def _plan(raw: object, source: str, where: str, issue_ids: set[str] | None) -> Plan:
    if not isinstance(raw, dict):
        raise _fail(source, where, "expected a mapping with id, title, date, source and values")
    for key in ("id", "title", "source", "values"):
        if not raw.get(key):
            raise _fail(source, f"{where}.{key}", "required field is missing")
    unknown = set(raw) - {"id", "title", "date", "source", "url", "values"}
    if unknown:
        raise _fail(source, where, f"unknown field(s) {sorted(unknown)}")
    if not isinstance(raw["values"], dict):
        raise _fail(source, f"{where}.values", "expected a mapping issue id -> value")
    values, notes = {}, {}
    for issue, v in raw["values"].items():
        if issue_ids is not None and issue not in issue_ids:
            raise _fail(source, f"{where}.values.{issue}", "not an issue id of the codebook")
        values[issue], note = _value(v, source, f"{where}.values.{issue}")
        if note:
            notes[issue] = note
    date = raw.get("date")
    date = date.isoformat() if isinstance(date, dt.date) else (str(date) if date is not None else None)
    return Plan(str(raw["id"]), str(raw["title"]), date, str(raw["source"]), values, notes, raw.get("url"))


def parse_plans(data: object, source: str, codebook: Codebook | None = None) -> tuple[Plan, ...]:
    """Validate a parsed plan file; errors name the file, the plan and the field."""
    if not isinstance(data, dict) or not isinstance(data.get("plans"), list):
        raise ScenarioError("expected a mapping with a list under 'plans'", source=source)
    issue_ids = set(codebook.issue_ids) if codebook is not None else None
    plans = tuple(_plan(p, source, f"plans[{(p or {}).get('id', n) if isinstance(p, dict) else n}]", issue_ids)
                  for n, p in enumerate(data["plans"]))
    ids = [p.id for p in plans]
    dup = sorted({i for i in ids if ids.count(i) > 1})
    if dup:
        raise ScenarioError(f"plans: duplicate plan id(s) {dup}", source=source)
    return plans


def load_plans(path: str | Path | None = None, codebook: Codebook | None = None) -> tuple[Plan, ...]:
    """Load a plan file (the bundled Russia–Ukraine plans by default), checked against the codebook."""
    if path is None:
        ref = resources.files("zopa") / "plans" / f"{DEFAULT_PLANS}.yaml"
        source = f"<bundled>/plans/{DEFAULT_PLANS}.yaml"
        data = parse_yaml(ref.read_text(encoding="utf-8"), source, ScenarioError)
    else:
        source = str(path)
        data = read_yaml(path, ScenarioError)
    return parse_plans(data, source, codebook)


def _red_lines(plan: Plan, positions: Mapping[tuple[str, str], Position], actor: str) -> tuple[str, ...]:
    return tuple(i for i, v in plan.values.items()
                 if (actor, i) in positions and crosses_red_line(positions[(actor, i)], v))


def score_plan(plan: Plan, space: PackageSpace, latest: Mapping[tuple[str, str], Position],
               nash_package: Mapping[str, float] | None = None) -> PlanScore:
    """Each side's utility of the plan, the red lines it crosses, and its distance from the Nash package."""
    scored = tuple(i for i in space.issue_ids if i in plan.values)
    u = space.utilities_of({i: plan.values[i] for i in scored})
    utilities = {a: (None if np.isnan(x) else float(x)) for a, x in zip(space.parties, u)}
    crossed = {a: _red_lines(plan, latest, a) for a in space.parties}
    common = [i for i in plan.values if nash_package and i in nash_package]
    distance = (float(np.mean([abs(plan.values[i] - nash_package[i]) for i in common]))
                if common else None)
    return PlanScore(plan, utilities, crossed, distance, scored)
