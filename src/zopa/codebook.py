"""Codebooks: the vocabulary of one negotiation (actors, issues, scales, stances).

A codebook is a YAML file. It is validated on load; a malformed one raises
`CodebookError` naming the file, the field (as a dotted path) and what was expected.
"""
from __future__ import annotations

import os
import re
from functools import cached_property
from importlib import resources

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from ._yaml import parse_yaml, read_yaml
from .errors import CodebookError

DEFAULT_CODEBOOK = "russia-ukraine"
REQUIRED_STANCES = ("demand", "offer", "accept", "reject", "condition", "open", "pressure", "support")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Person(_Model):
    name: str = Field(min_length=1)
    role: str | None = None
    aliases: tuple[str, ...] = ()


class Actor(_Model):
    id: str = Field(min_length=1)
    name: str = Field(min_length=1)
    kind: str = "state"
    aliases: tuple[str, ...] = ()
    people: tuple[Person, ...] = ()


class Anchor(_Model):
    value: float = Field(ge=0, le=100)
    label: str = Field(min_length=1)

    @model_validator(mode="before")
    @classmethod
    def _rejoin_unquoted_commas(cls, data: object) -> object:
        # In a YAML flow mapping an unquoted label with a comma
        # ("{value: 0, label: withdrawal, full control}") parses the tail as a
        # key with no value; rejoin such keys to the label they came from.
        if isinstance(data, dict) and isinstance(data.get("label"), str):
            tails = [k for k, v in data.items() if k not in ("value", "label") and v is None]
            if tails:
                data = {k: v for k, v in data.items() if k not in tails}
                data["label"] = ", ".join([data["label"], *map(str, tails)])
        return data


class Outcome(_Model):
    """Words that name one anchor's outcome in a text: a case-insensitive regular expression and the anchor's value."""

    value: float = Field(ge=0, le=100)
    text: str = Field(min_length=1)

    @field_validator("text")
    @classmethod
    def _compiles(cls, v: str) -> str:
        try:
            re.compile(v)
        except re.error as exc:
            raise ValueError(f"not a regular expression: {exc}") from None
        return v


class Issue(_Model):
    id: str = Field(min_length=1)
    label: str = Field(min_length=1)
    parent: str | None = None
    description: str | None = None
    anchors: tuple[Anchor, ...] = ()
    outcomes: tuple[Outcome, ...] = ()   # in order of precedence; none: the anchors' labels are the words
    cues: tuple[str, ...] = ()

    @field_validator("anchors")
    @classmethod
    def _anchors_sorted(cls, v: tuple[Anchor, ...]) -> tuple[Anchor, ...]:
        return tuple(sorted(v, key=lambda a: a.value))


class Codebook(_Model):
    """A validated codebook. IDs are a contract: extend, never rename."""

    name: str = Field(min_length=1)
    title: str | None = None
    low_pole: str | None = None
    high_pole: str | None = None
    principals: tuple[str, ...] = Field(min_length=2)
    actors: tuple[Actor, ...] = Field(min_length=2)
    stances: dict[str, str]
    issues: tuple[Issue, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _check_references(self) -> "Codebook":
        actor_ids = [a.id for a in self.actors]
        dup = {a for a in actor_ids if actor_ids.count(a) > 1}
        if dup:
            raise ValueError(f"actors: duplicate actor id(s) {sorted(dup)}")
        issue_ids = [i.id for i in self.issues]
        dup = {i for i in issue_ids if issue_ids.count(i) > 1}
        if dup:
            raise ValueError(f"issues: duplicate issue id(s) {sorted(dup)}")
        for p in self.principals:
            if p not in actor_ids:
                raise ValueError(f"principals: {p!r} is not an actor id (expected one of {actor_ids})")
        for i in self.issues:
            if i.parent is not None and i.parent not in issue_ids:
                raise ValueError(f"issues.{i.id}.parent: {i.parent!r} is not an issue id")
        return self

    @cached_property
    def actor_ids(self) -> tuple[str, ...]:
        return tuple(a.id for a in self.actors)

    @cached_property
    def issue_ids(self) -> tuple[str, ...]:
        return tuple(i.id for i in self.issues)

    def actor(self, actor_id: str) -> Actor:
        for a in self.actors:
            if a.id == actor_id:
                return a
        raise KeyError(actor_id)

    def issue(self, issue_id: str) -> Issue:
        for i in self.issues:
            if i.id == issue_id:
                return i
        raise KeyError(issue_id)

    def children(self, issue_id: str) -> tuple[str, ...]:
        return tuple(i.id for i in self.issues if i.parent == issue_id)


def _format_loc(loc: tuple, data: dict) -> str:
    """Turn a pydantic location into a readable dotted path using ids where possible."""
    parts: list[str] = []
    node: object = data
    for item in loc:
        if isinstance(item, int) and isinstance(node, list) and 0 <= item < len(node):
            elem = node[item]
            label = elem.get("id") if isinstance(elem, dict) else None
            parts[-1:] = [f"{parts[-1] if parts else ''}[{label or item}]"]
            node = elem
        else:
            parts.append(str(item))
            node = node.get(item) if isinstance(node, dict) else None
    return ".".join(p for p in parts if p)


def parse_codebook(data: object, source: str) -> Codebook:
    """Validate a parsed YAML object as a codebook."""
    if not isinstance(data, dict):
        raise CodebookError("expected a mapping at the top level", source=source)
    try:
        cb = Codebook.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        field = _format_loc(tuple(err["loc"]), data) or "(top level)"
        msg = err["msg"]
        if err["type"] == "missing":
            msg = "required field is missing"
        elif err["type"] == "extra_forbidden":
            msg = "unknown field"
        raise CodebookError(msg, source=source, field=field) from None
    missing = [s for s in REQUIRED_STANCES if s not in cb.stances]
    unknown_stances = [s for s in cb.stances if s not in REQUIRED_STANCES]
    if missing:
        raise CodebookError(f"missing stance type(s) {missing}; expected all of {list(REQUIRED_STANCES)}",
                            source=source, field="stances")
    if unknown_stances:
        raise CodebookError(f"unknown stance type(s) {unknown_stances}; expected only {list(REQUIRED_STANCES)}",
                            source=source, field="stances")
    return cb


def load_codebook(path: str | os.PathLike[str] | None = None) -> Codebook:
    """Load and validate a codebook file; the bundled Russia–Ukraine one by default."""
    if path is None:
        ref = resources.files("zopa") / "codebooks" / f"{DEFAULT_CODEBOOK}.yaml"
        source = f"<bundled>/{DEFAULT_CODEBOOK}.yaml"
        return parse_codebook(parse_yaml(ref.read_text(encoding="utf-8"), source, CodebookError), source)
    return parse_codebook(read_yaml(path, CodebookError), str(path))
