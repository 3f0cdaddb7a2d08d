"""Analyst corrections: the audit-log record, validation, and the effective view.

Corrections are an append-only log beside the machine's statements. Each entry
is one of

- ``correct``: changes to some fields of a statement (machine or analyst);
- ``add``: a statement the analyst adds (``changes`` holds all its fields);
- ``delete``: the statement is withdrawn from the effective view.

The effective view replays the log, in order, on top of the machine's
statements. A correction is keyed on the statement's stable id (the machine's
``Statement.key``), so it survives re-extraction that yields the same
statement; when re-extraction drops that statement the correction stays in
the log and is reported by `orphaned`.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

from ..codebook import REQUIRED_STANCES, Codebook
from ..errors import InputError
from ..records import Statement, check_date
from ._rows import as_date

ACTIONS = ("correct", "add", "delete")
#: Fields an analyst may change with ``correct`` (``quote`` follows ``start``/``end``).
CORRECTABLE = ("actor", "issue", "stance", "value", "red_line", "hedged", "target", "speaker",
               "event_date", "confidence", "start", "end")
#: Fields stored for an analyst-added statement.
ADD_FIELDS = ("doc_id", *CORRECTABLE, "quote")


@dataclass(frozen=True, slots=True)
class Correction:
    """One entry of the corrections log: who did what to which statement, when."""

    id: int
    statement_id: str
    action: str                      # "correct" | "add" | "delete"
    changes: Mapping[str, Any] = field(default_factory=dict)
    who: str = ""
    at: dt.datetime | None = None
    note: str | None = None


def _check_actor(codebook: Codebook | None, name: str, value: Any) -> None:
    if value is None and name == "target":
        return
    if not isinstance(value, str) or not value:
        raise InputError(f"{name} must be a non-empty actor id, got {value!r}")
    if codebook is not None and value not in codebook.actor_ids:
        raise InputError(f"unknown {name} {value!r}; expected one of the codebook's actors: "
                         f"{', '.join(codebook.actor_ids)}")


def _check_issue(codebook: Codebook | None, value: Any) -> None:
    if not isinstance(value, str) or not value:
        raise InputError(f"issue must be a non-empty issue id, got {value!r}")
    if codebook is not None and value not in codebook.issue_ids:
        raise InputError(f"unknown issue {value!r}; expected one of the codebook's issues: "
                         f"{', '.join(codebook.issue_ids)}")


def _check_stance(codebook: Codebook | None, value: Any) -> None:
    known = tuple(codebook.stances) if codebook is not None else REQUIRED_STANCES
    if value not in known:
        raise InputError(f"unknown stance {value!r}; expected one of: {', '.join(known)}")


def _check_number(name: str, value: Any, low: float, high: float, optional: bool) -> float | None:
    if value is None and optional:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise InputError(f"{name} must be a number between {low:g} and {high:g}, got {value!r}") from None
    if not low <= number <= high:
        raise InputError(f"{name} must be between {low:g} and {high:g}, got {number:g}")
    return number


def validate_changes(changes: Mapping[str, Any], codebook: Codebook | None) -> dict[str, Any]:
    """Check field names and values; return them in JSON-ready form (dates as ISO strings)."""
    unknown = [k for k in changes if k not in CORRECTABLE]
    if unknown:
        raise InputError(f"cannot change {', '.join(unknown)}; changeable fields: {', '.join(CORRECTABLE)}")
    out: dict[str, Any] = {}
    for name, value in changes.items():
        if name in ("actor", "target"):
            _check_actor(codebook, name, value)
        elif name == "issue":
            _check_issue(codebook, value)
        elif name == "stance":
            _check_stance(codebook, value)
        elif name == "value":
            value = _check_number("value", value, 0, 100, optional=True)
        elif name == "confidence":
            value = _check_number("confidence", value, 0, 1, optional=False)
        elif name in ("red_line", "hedged"):
            if not isinstance(value, bool):
                raise InputError(f"{name} must be true or false, got {value!r}")
        elif name in ("start", "end"):
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise InputError(f"{name} must be a non-negative character offset, got {value!r}")
        elif name == "event_date":
            value = _iso_date(value)
        out[name] = value
    return out


def _iso_date(value: Any) -> str | None:
    try:
        date = as_date(value)
    except (ValueError, OverflowError):
        raise InputError(f"event_date must be a date (YYYY-MM-DD), got {value!r}") from None
    return date.isoformat() if check_date(date, "event_date") else None


def statement_fields(st: Statement) -> dict[str, Any]:
    """The JSON-ready fields of a statement as stored by an ``add`` correction."""
    return {
        "doc_id": st.doc_id, "actor": st.actor, "issue": st.issue, "stance": st.stance,
        "value": st.value, "red_line": st.red_line, "hedged": st.hedged, "target": st.target,
        "speaker": st.speaker, "event_date": st.event_date.isoformat() if st.event_date else None,
        "confidence": st.confidence, "start": st.start, "end": st.end, "quote": st.quote,
    }


def _apply(st: Statement, changes: Mapping[str, Any]) -> Statement:
    fields = {k: v for k, v in changes.items() if k in (*CORRECTABLE, "quote")}
    if "event_date" in fields:
        fields["event_date"] = as_date(fields["event_date"])
    return st.replace(**fields)


def _from_add(statement_id: str, changes: Mapping[str, Any]) -> Statement:
    base = Statement(doc_id=changes["doc_id"], actor=changes["actor"], issue=changes["issue"],
                     stance=changes["stance"], start=changes["start"], end=changes["end"],
                     quote=changes["quote"], extractor_version="analyst", origin="analyst",
                     id=statement_id)
    return _apply(base, {k: v for k, v in changes.items() if k != "doc_id"})


def replay(machine: Mapping[str, Statement], log: Iterable[Correction]) -> dict[str, Statement | None]:
    """Apply the log (in order) to the machine statements.

    Returns the effective statement of every id touched by the machine or the
    log; deleted statements map to None. Ids in the log that are neither a
    machine statement nor an analyst addition are left out (see `orphaned`).
    """
    out: dict[str, Statement | None] = dict(machine)
    for c in sorted(log, key=lambda c: c.id):
        current = out.get(c.statement_id)
        if c.action == "add":
            out[c.statement_id] = _from_add(c.statement_id, c.changes)
        elif current is None:
            continue
        elif c.action == "delete":
            out[c.statement_id] = None
        elif c.action == "correct":
            origin = "analyst" if current.origin == "analyst" else "corrected"
            out[c.statement_id] = _apply(current, c.changes).replace(origin=origin)
    return out


def orphaned(machine_ids: Iterable[str], log: Iterable[Correction]) -> list[Correction]:
    """Log entries whose statement no longer exists (re-extraction dropped it)."""
    known = set(machine_ids)
    log = list(log)
    known.update(c.statement_id for c in log if c.action == "add")
    return [c for c in log if c.statement_id not in known]
