"""Scenarios: hand-editable YAML that adds or overrides positions, capabilities and BATNAs.

A scenario lets an analyst bring judgement to the model and ask "what if".
Everything is optional except what each entry needs::

    name: example
    description: What the analyst assumes and why.
    as_of: 2026-02-01                 # positions as of this date
    principals: [RUS, UKR]            # whose agreement counts (first = low pole if no pole names it)
    capabilities: {RUS: 0.55, UKR: 0.25, USA: 0.6}   # >= 0, any unit; relative sizes matter
    batna: {RUS: 0.35, UKR: 0.25}     # no-deal utility per actor on the 0-1 utility scale
    positions:
      RUS:
        territory.donetsk: {ideal: 100, reservation: 70, red_line: true, salience: 1.0}
      UKR:
        territory.donetsk: {ideal: 0, reservation: 40}

Positions: ``ideal`` and ``reservation`` are 0–100 on the issue's scale,
``salience`` and ``confidence`` 0–1. A scenario position for an actor × issue
that the statements already cover overrides only the fields it sets; a new
actor × issue needs at least ``ideal`` (the reservation defaults to it).
Actor and issue ids must be the codebook's. Errors raise `ScenarioError`
naming the file and the field (``positions.RUS.territory.donetsk.ideal``).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..codebook import Codebook, load_codebook
from .._yaml import read_yaml
from ..errors import ScenarioError
from ..records import Position

__all__ = ["PositionOverride", "Scenario", "load_scenario", "parse_scenario"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _PositionSpec(_Model):
    ideal: float | None = Field(default=None, ge=0, le=100)
    reservation: float | None = Field(default=None, ge=0, le=100)
    red_line: bool | None = None
    salience: float | None = Field(default=None, ge=0, le=1)
    confidence: float | None = Field(default=None, ge=0, le=1)


class _ScenarioSpec(_Model):
    name: str | None = None
    description: str | None = None
    codebook: str | None = None
    as_of: dt.date | None = None
    principals: tuple[str, ...] | None = Field(default=None, min_length=2)
    capabilities: dict[str, float] = Field(default_factory=dict)
    batna: dict[str, float] = Field(default_factory=dict)
    positions: dict[str, dict[str, _PositionSpec]] = Field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class PositionOverride:
    """The fields a scenario sets for one actor × issue (None = keep the evidence's)."""

    actor: str
    issue: str
    ideal: float | None = None
    reservation: float | None = None
    red_line: bool | None = None
    salience: float | None = None
    confidence: float | None = None

    def apply_to(self, base: Position | None, as_of: dt.date | None) -> Position:
        """This override applied to a position from the evidence (or a new position)."""
        if base is None:
            ideal = self.ideal if self.ideal is not None else 50.0
            base = Position(actor=self.actor, issue=self.issue, ideal=ideal, reservation=ideal,
                            confidence=1.0, date=as_of)
        changes: dict[str, Any] = {k: getattr(self, k) for k in
                                   ("ideal", "reservation", "red_line", "salience", "confidence")
                                   if getattr(self, k) is not None}
        return dataclasses.replace(base, source="scenario", **changes)


@dataclass(frozen=True)
class Scenario:
    """A validated scenario; see the module docstring for the file format."""

    name: str
    source: str
    description: str | None = None
    as_of: dt.date | None = None
    principals: tuple[str, ...] | None = None
    capabilities: dict[str, float] = field(default_factory=dict)
    batna: dict[str, float] = field(default_factory=dict)
    positions: tuple[PositionOverride, ...] = ()

    def override(self, actor: str, issue: str) -> PositionOverride | None:
        """The scenario's override for an actor × issue, if any."""
        return next((o for o in self.positions if o.actor == actor and o.issue == issue), None)

    def apply(self, positions: Sequence[Position], *, as_of: dt.date | None = None) -> list[Position]:
        """Positions with this scenario's overrides applied and its new positions added."""
        by_key = {(p.actor, p.issue): p for p in positions}
        for o in self.positions:
            by_key[(o.actor, o.issue)] = o.apply_to(by_key.get((o.actor, o.issue)), as_of or self.as_of)
        return list(by_key.values())


def _field_name(loc: tuple[Any, ...]) -> str:
    return ".".join(str(x) for x in loc) or "(top level)"


def _validate_ids(spec: _ScenarioSpec, codebook: Codebook, source: str) -> None:
    actors, issues = set(codebook.actor_ids), set(codebook.issue_ids)

    def need_actor(a: str, where: str) -> None:
        if a not in actors:
            raise ScenarioError(f"{where}: unknown actor {a!r} (expected one of {sorted(actors)})", source=source)

    for i, p in enumerate(spec.principals or ()):
        need_actor(p, f"principals[{i}]")
    for key in ("capabilities", "batna"):
        for a, v in getattr(spec, key).items():
            need_actor(a, f"{key}.{a}")
            if v < 0 or (key == "batna" and v > 1):
                rng = "between 0 and 1" if key == "batna" else "0 or more"
                raise ScenarioError(f"{key}.{a}: value {v} out of range (expected {rng})", source=source)
    for a, by_issue in spec.positions.items():
        need_actor(a, f"positions.{a}")
        for issue in by_issue:
            if issue not in issues:
                raise ScenarioError(f"positions.{a}.{issue}: unknown issue {issue!r} in codebook "
                                    f"{codebook.name!r}", source=source)


def _overrides(spec: _ScenarioSpec, source: str) -> tuple[PositionOverride, ...]:
    out = []
    for actor, by_issue in spec.positions.items():
        for issue, p in by_issue.items():
            if p.ideal is None and p.reservation is None and p.salience is None and \
                    p.red_line is None and p.confidence is None:
                raise ScenarioError(f"positions.{actor}.{issue}: sets no field (expected ideal, reservation, "
                                    "red_line, salience or confidence)", source=source)
            out.append(PositionOverride(actor, issue, p.ideal, p.reservation, p.red_line, p.salience, p.confidence))
    return tuple(out)


def parse_scenario(data: object, source: str, codebook: Codebook | None = None) -> Scenario:
    """Validate a parsed YAML object as a scenario against a codebook (the bundled one by default)."""
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ScenarioError("expected a mapping at the top level", source=source)
    try:
        spec = _ScenarioSpec.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        msg = {"missing": "required field is missing", "extra_forbidden": "unknown field"}.get(err["type"], err["msg"])
        raise ScenarioError(f"{_field_name(tuple(err['loc']))}: {msg} (got {err.get('input')!r})",
                            source=source) from None
    if codebook is None:
        codebook = load_codebook(spec.codebook if spec.codebook and os.path.exists(spec.codebook) else None)
    _validate_ids(spec, codebook, source)
    name = spec.name or Path(source).stem
    return Scenario(name=name, source=source, description=spec.description, as_of=spec.as_of,
                    principals=spec.principals, capabilities=dict(spec.capabilities),
                    batna=dict(spec.batna), positions=_overrides(spec, source))


def load_scenario(path: str | os.PathLike[str], codebook: Codebook | None = None) -> Scenario:
    """Load and validate a scenario YAML file; errors name the file and the field."""
    return parse_scenario(read_yaml(path, ScenarioError), str(path), codebook)
