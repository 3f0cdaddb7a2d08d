"""The analyst's review queue: statements ordered by the change a review is expected to make.

``expected change = (1 − confidence) × influence``: the probability that the
statement is wrong (its calibrated confidence is the probability that it is
right) times how much the analysis moves without it (`zopa.analysis.influence`).
Statements the analyst has already corrected, confirmed or added
(``origin`` other than "machine") are taken out; rejected ones are deleted.

Each review action is a correction through the store's corrections log, so
it carries who and when:

- ``confirm``: the statement is right; its confidence becomes 1;
- ``reject``: the statement is wrong; it is withdrawn (deleted);
- ``fix``: some fields are changed; the result is taken as right (confidence 1).
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any, Mapping, Sequence

import numpy as np

from ..analysis.influence import Influences, statement_influence
from ..analysis.positions import aggregate_positions
from ..codebook import Codebook
from ..errors import InputError
from ..records import Document, Position, Statement

__all__ = ["ACTIONS", "FIXABLE", "Ranking", "ReviewItem", "ReviewOutcome", "ReviewQueue", "rank_statements", "ranking",
           "review_changes"]

ACTIONS = ("confirm", "reject", "fix")
FIXABLE = ("actor", "issue", "stance", "value", "red_line", "hedged", "target")
NOTES = {"confirm": "review: confirmed", "reject": "review: rejected", "fix": "review: fixed"}


@dataclass(frozen=True, slots=True)
class ReviewItem:
    """One statement in the queue with the figures that rank it."""

    statement: Statement
    confidence: float
    influence: float
    position: float
    gap: float
    forecast: float
    score: float

    def to_dict(self) -> dict[str, Any]:
        s = self.statement
        return {"id": s.id, "doc_id": s.doc_id, "actor": s.actor, "issue": s.issue, "stance": s.stance,
                "value": s.value, "red_line": s.red_line, "hedged": s.hedged, "target": s.target,
                "quote": s.quote, "start": s.start, "end": s.end,
                "event_date": s.event_date.isoformat() if s.event_date else None,
                "confidence": round(self.confidence, 4), "influence": round(self.influence, 4),
                "influence_parts": {"position": round(self.position, 4), "gap": round(self.gap, 4),
                                    "forecast": round(self.forecast, 4)},
                "expected_change": round(self.score, 4)}


@dataclass(frozen=True, slots=True)
class Ranking:
    """The queue as arrays: `order` indexes `statements` (machine ones only), highest expected change first."""

    statements: tuple[Statement, ...]
    order: np.ndarray
    confidence: np.ndarray
    influence: Influences
    score: np.ndarray

    def __len__(self) -> int:
        return len(self.order)

    def item(self, k: int) -> ReviewItem:
        """The k-th item of the queue."""
        i = int(self.order[k])
        inf = self.influence
        return ReviewItem(self.statements[i], float(self.confidence[i]), float(inf.total[i]), float(inf.position[i]),
                          float(inf.gap[i]), float(inf.forecast[i]), float(self.score[i]))

    def items(self, limit: int | None = None) -> list[ReviewItem]:
        return [self.item(k) for k in range(min(len(self), limit if limit is not None else len(self)))]


def ranking(statements: Sequence[Statement], codebook: Codebook, *,
            documents: Mapping[str, Document] | None = None, scenario: Any = None,
            capabilities: Mapping[str, float] | None = None,
            cache: dict[tuple[object, ...], object] | None = None) -> Ranking:
    """Rank the machine statements by expected change (ties: most influential, then id)."""
    statements = tuple(statements)
    inf = statement_influence(statements, codebook, documents=documents, scenario=scenario,
                              capabilities=capabilities, cache=cache)
    conf = np.array([s.confidence for s in statements], dtype=float)
    score = (1.0 - np.clip(conf, 0.0, 1.0)) * inf.total
    machine = np.array([i for i, s in enumerate(statements) if s.origin == "machine"], dtype=np.int64)
    ids = np.array([inf.ids[i] for i in machine], dtype=str)
    order = machine[np.lexsort((ids, -inf.total[machine], -score[machine]))] if machine.size else machine
    return Ranking(statements, order, conf, inf, score)


def rank_statements(statements: Sequence[Statement], codebook: Codebook, **options: Any) -> list[ReviewItem]:
    """The machine statements as review items, highest expected change first (see `ranking`)."""
    return ranking(statements, codebook, **options).items()


def review_changes(action: str, fields: Mapping[str, Any] | None = None) -> tuple[dict[str, Any] | None, str]:
    """The correction a review action makes: (changes, or None for a deletion; the log note)."""
    if action not in ACTIONS:
        raise InputError(f"unknown review action {action!r}; expected one of: {', '.join(ACTIONS)}")
    fields = dict(fields or {})
    unknown = [k for k in fields if k not in FIXABLE]
    if unknown:
        raise InputError(f"cannot fix {', '.join(unknown)} in review; fixable fields: {', '.join(FIXABLE)}")
    if action == "reject":
        return None, NOTES[action]
    if action == "fix" and not fields:
        raise InputError("a fix changes at least one field")
    return ({**fields, "confidence": 1.0} if action == "fix" else {"confidence": 1.0}), NOTES[action]


@dataclass(frozen=True, slots=True)
class ReviewOutcome:
    """What one review action did: the statement after it, and its actor's position before and after."""

    statement_id: str
    action: str
    statement: Statement | None
    before: Position | None
    after: Position | None


class ReviewQueue:
    """The queue of one store, kept in memory and updated incrementally after each review.

    The statements and documents are read once; a review made through `act`
    updates the one statement in memory, and only the evidence groups that
    changed are recomputed. A write from elsewhere (seen by the store's
    revision) makes the next call read the store again.
    """

    def __init__(self, store: Any, codebook: Codebook, scenario: Any = None) -> None:
        self.store = store
        self.codebook = codebook
        self.scenario = scenario
        self._lock = threading.RLock()
        self._revision: tuple[Any, ...] | None = None
        self._statements: dict[str, Statement] = {}
        self._documents: dict[str, Document] = {}
        self._ranking: Ranking | None = None
        self._cache: dict[tuple[object, ...], object] = {}

    def _load(self) -> None:
        revision = self.store.data_revision()
        if revision == self._revision:
            return
        self._statements = {s.id or s.key: s for s in self.store.statements()}
        docs = self.store.documents() if self._statements else []
        self._documents = {d.id: d for d in docs}
        self._revision, self._ranking = revision, None

    def ranking(self) -> Ranking:
        """The whole queue, highest expected change first (recomputed only where the statements changed)."""
        with self._lock:
            self._load()
            if self._ranking is None:
                capabilities = dict(getattr(self.scenario, "capabilities", None) or {})
                self._ranking = ranking(list(self._statements.values()), self.codebook, documents=self._documents,
                                        scenario=self.scenario, capabilities=capabilities, cache=self._cache)
            return self._ranking

    def items(self, limit: int | None = None) -> list[ReviewItem]:
        """The first `limit` items of the queue (all when None)."""
        return self.ranking().items(limit)

    def next(self, skip: Sequence[str] = ()) -> ReviewItem | None:
        """The first item of the queue whose id is not in `skip`."""
        ranked, skipped = self.ranking(), set(skip)
        for k in range(len(ranked)):
            it = ranked.item(k)
            if it.statement.id not in skipped:
                return it
        return None

    def position(self, actor: str, issue: str) -> Position | None:
        """An actor's current position on an issue, from its statements on the issue and its parent issue."""
        parent = next((i.parent for i in self.codebook.issues if i.id == issue), None)
        with self._lock:
            self._load()
            mine = [s for s in self._statements.values() if s.actor == actor and s.issue in (issue, parent)]
            positions = aggregate_positions(mine, self.codebook, documents=self._documents, scenario=self.scenario)
        return next((p for p in positions if p.issue == issue), None)

    def act(self, statement_id: str, action: str, *, who: str, fields: Mapping[str, Any] | None = None,
            note: str | None = None) -> ReviewOutcome:
        """Confirm, reject or fix a statement: one correction in the store's log, then the queue updates."""
        changes, default_note = review_changes(action, fields)
        with self._lock:
            self._load()
            current = self.store.get_statement(statement_id)
            before = self.position(current.actor, current.issue)
            stale = self.store.data_revision() != self._revision
            if changes is None:
                self.store.delete_statement(statement_id, who=who, note=note or default_note)
                result = None
                self._statements.pop(statement_id, None)
            else:
                result = self.store.correct_statement(statement_id, who=who, note=note or default_note, **changes)
                self._statements[statement_id] = result
            self._revision = None if stale else self.store.data_revision()
            self._ranking = None
            target = result or current
            after = self.position(target.actor, target.issue)
        return ReviewOutcome(statement_id, action, result, before, after)
