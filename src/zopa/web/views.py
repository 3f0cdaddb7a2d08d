"""The data behind each page of the web app (the HTML pages and their JSON twins).

Handlers call these functions; these call the store, the analysis and the
report model. Nothing here speaks SQL or does bargaining maths.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import threading
import time
from dataclasses import dataclass
from typing import Any, Callable, Sequence

from fastapi.encoders import jsonable_encoder

from ..codebook import Codebook
from ..errors import InputError, NotFoundError
from ..records import Document, Statement
from ..report.charts import position_chart, sensitivity_chart, timeline_chart
from ..report.model import Evidence, IssueView, PositionCell, Provenance, Report, Shift, evidence_for
from ..report.render import build_report
from ..store import Correction, Store


EVIDENCE_SHOWN = 20        # statements shown under each position on the pages; the browser has them all
DOCUMENTS_KEPT = 2000      # documents kept in memory for the evidence of listed statements
RESPONSE_BYTES_KEPT = 128 * 2**20   # rendered pages and JSON kept per store revision (the oldest dropped first)


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of document text; `statements` are the ids whose evidence span covers it."""

    text: str
    statements: tuple[str, ...] = ()
    starts: tuple[str, ...] = ()      # statements whose span begins here (anchor targets)


@dataclass(frozen=True, slots=True)
class DocumentPage:
    document: Document
    segments: tuple[Segment, ...]
    statements: tuple[Statement, ...]
    focus: str | None


@dataclass(frozen=True, slots=True)
class StatementPage:
    statement: Statement
    evidence: Evidence
    corrections: tuple[Correction, ...]


@dataclass(frozen=True, slots=True)
class IssueRef:
    id: str
    label: str


@dataclass(frozen=True, slots=True)
class ActorPage:
    id: str
    name: str
    positions: tuple[tuple[IssueRef, PositionCell], ...]
    statements: tuple[Evidence, ...]        # the first `limit` after `offset`, in date order
    total: int = 0
    offset: int = 0
    limit: int = 50


@dataclass(frozen=True, slots=True)
class StatementFilter:
    actor: str | None = None
    issue: str | None = None
    stance: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    source: str | None = None
    doc_id: str | None = None
    origin: str | None = None


@dataclass(frozen=True, slots=True)
class DocumentList:
    provenance: Provenance          # `documents` holds this page only
    total: int
    offset: int
    limit: int


@dataclass(frozen=True, slots=True)
class StatementList:
    filter: StatementFilter
    total: int
    offset: int
    limit: int
    items: tuple[Evidence, ...]
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class WhatIf:
    """A principal's reservation or salience moved on one issue, and what changes."""

    actor: str
    issue: str
    reservation: float | None
    salience: float | None
    before_zopa: tuple[float, float] | None
    before_gap: float | None
    after_zopa: tuple[float, float] | None
    after_gap: float | None
    before_nash: dict[str, float] | None
    after_nash: dict[str, float] | None
    position_before: dict[str, Any] | None
    position_after: dict[str, Any] | None


def highlight_segments(text: str, spans: Sequence[tuple[int, int, str]]) -> tuple[Segment, ...]:
    """Cut `text` at every span boundary; each piece lists the spans (statement ids) covering it."""
    bounds = sorted({0, len(text), *(max(0, min(len(text), b)) for s, e, _ in spans for b in (s, e))})
    out = []
    for lo, hi in zip(bounds, bounds[1:]):
        if lo == hi:
            continue
        covering = tuple(sid for s, e, sid in spans if s <= lo and hi <= e)
        starting = tuple(sid for s, e, sid in spans if s == lo)
        out.append(Segment(text=text[lo:hi], statements=covering, starts=starting))
    return tuple(out)


def to_json(obj: Any) -> Any:
    """JSON-ready data of a view record; inline SVG charts are left to the HTML pages."""
    data = dataclasses.asdict(obj) if dataclasses.is_dataclass(obj) else obj
    return jsonable_encoder(_drop_svg(data))


def _drop_svg(data: Any) -> Any:
    if isinstance(data, dict):
        return {k: _drop_svg(v) for k, v in data.items() if not str(k).endswith("_svg")}
    if isinstance(data, (list, tuple)):
        return [_drop_svg(v) for v in data]
    return data


class Views:
    """Page data for one store and codebook; the analysed report, and each page's rendered answer
    (`response`), are cached until the store changes.

    A write made through the app drops the cache at once. A write from another process (an ingest,
    a re-extraction, a correction in the CLI) is seen by comparing the store's revision, checked
    at most once every `recheck` seconds.
    """

    def __init__(self, store: Store, codebook: Codebook, *, recheck: float = 1.0,
                 response_bytes: int = RESPONSE_BYTES_KEPT) -> None:
        self.store = store
        self.codebook = codebook
        self.recheck = recheck
        self.response_bytes = response_bytes
        self._report: Report | None = None
        self._listing: _Listing | None = None
        self._what_if: tuple[list[Any], dict[str, Any]] | None = None
        self._what_if_lock = threading.Lock()
        self._documents: dict[str, Document] = {}
        self._responses: dict[str, tuple[bytes, str]] = {}
        self._response_bytes = 0
        self._building: dict[str, threading.Lock] = {}
        self._revision: tuple[Any, ...] | None = None
        self._checked = 0.0
        self._generation = 0                    # bumped whenever the cached views are dropped
        self._lock = threading.Lock()           # guards the fields above; held briefly
        self._report_lock = threading.Lock()    # one build of each cached view at a time
        self._listing_lock = threading.Lock()

    # -- cache ---------------------------------------------------------------

    def _check_revision(self) -> None:
        """Drop every cached view when another process wrote to the store (checked every `recheck` s)."""
        now = time.monotonic()
        if now - self._checked >= self.recheck:
            self._checked = now
            revision = self.store.data_revision()
            if revision != self._revision:
                self._revision = revision
                self._drop()

    def _drop(self) -> None:
        self._report = self._listing = self._what_if = None
        self._documents = {}
        self._responses = {}
        self._response_bytes = 0
        self._generation += 1

    def _cached(self, name: str, build_lock: threading.Lock, build: Any) -> Any:
        """The cached view `name`, built by `build()` outside the main lock when missing; a build that
        a write overtook is returned to its caller but not kept."""
        with build_lock:
            with self._lock:
                self._check_revision()
                value, generation = getattr(self, name), self._generation
            if value is None:
                value = build()
                with self._lock:
                    if generation == self._generation:
                        setattr(self, name, value)
            return value

    def response(self, key: str, build: Callable[[], tuple[bytes, str]]) -> tuple[bytes, str]:
        """The (body, media type) of a page or JSON answer that depends on the store and `key` (its URL)
        alone, built by `build()` once per store revision; up to `response_bytes` bytes of them are kept."""
        with self._lock:
            self._check_revision()
            found, generation = self._responses.get(key), self._generation
            if found is not None:
                return found
            building = self._building.setdefault(key, threading.Lock())
        with building:      # one build per URL at a time; the others wait for it and take its answer
            with self._lock:
                found = self._responses.get(key) if generation == self._generation else None
            if found is not None:
                return found
            try:
                built = build()
                with self._lock:
                    if generation == self._generation and len(built[0]) <= self.response_bytes:
                        while self._responses and self._response_bytes + len(built[0]) > self.response_bytes:
                            self._response_bytes -= len(self._responses.pop(next(iter(self._responses)))[0])
                        self._responses[key] = built
                        self._response_bytes += len(built[0])
            finally:
                with self._lock:
                    if self._building.get(key) is building:
                        del self._building[key]
            return built

    def report(self) -> Report:
        """The analysed report, built once and reused while the store is unchanged.

        Each issue has its position chart (the dashboard shows them all); its timeline and
        sensitivity charts are drawn by `issue`, for the issue's own page. Each position shows its
        first `EVIDENCE_SHOWN` statements (with the total); the statement browser lists them all.
        """
        def build() -> Report:
            report = build_report(self.store, self.codebook, charts=False)
            issues = tuple(dataclasses.replace(v, chart_svg=position_chart(v)) for v in report.issues)
            return _first_evidence(dataclasses.replace(report, issues=issues), EVIDENCE_SHOWN)
        return self._cached("_report", self._report_lock, build)  # type: ignore[no-any-return]

    def documents(self, offset: int = 0, limit: int = 100) -> DocumentList:
        """One page of the provenance table (outlets, sources, duplicates and flags are whole)."""
        prov = self.report().provenance
        return DocumentList(provenance=dataclasses.replace(prov, documents=prov.documents[offset:offset + limit]),
                            total=len(prov.documents), offset=offset, limit=limit)

    def _statement_listing(self) -> "_Listing":
        """Every effective statement with its document's dates and sources, loaded once per store revision."""
        return self._cached("_listing", self._listing_lock, lambda: _Listing.load(self.store))

    def dashboard(self) -> dict[str, Any]:
        """The dashboard's JSON data: the report without the per-document table (`/api/documents` pages
        through it; the document count stays)."""
        report = self.report()
        data = to_json(dataclasses.replace(report, provenance=dataclasses.replace(report.provenance, documents=())))
        data["provenance"]["document_count"] = len(report.provenance.documents)
        return data  # type: ignore[no-any-return]

    def invalidate(self) -> None:
        with self._lock:
            self._drop()

    # -- lookups -------------------------------------------------------------

    def check_actor(self, actor: str | None) -> None:
        if actor is not None and actor not in self.codebook.actor_ids:
            raise NotFoundError(f"unknown actor {actor!r}; known actors: {', '.join(self.codebook.actor_ids)}")

    def check_issue(self, issue: str | None) -> None:
        if issue is not None and issue not in self.codebook.issue_ids:
            raise NotFoundError(f"unknown issue {issue!r}; known issues: {', '.join(self.codebook.issue_ids)}")

    def check_stance(self, stance: str | None) -> None:
        if stance is not None and stance not in self.codebook.stances:
            raise InputError(f"unknown stance {stance!r}; expected one of: {', '.join(self.codebook.stances)}")

    def issue(self, issue_id: str, charts: bool = True) -> IssueView:
        """An issue of the report; with `charts`, its timeline and sensitivity charts drawn too."""
        self.check_issue(issue_id)
        report = self.report()
        try:
            view = report.issue(issue_id)
        except KeyError:
            return _empty_issue(self.codebook, issue_id)
        if not charts:
            return view
        return dataclasses.replace(view, timeline_svg=timeline_chart(view), sensitivity_svg=sensitivity_chart(view))

    def actor(self, actor_id: str, offset: int = 0, limit: int = 50) -> ActorPage:
        self.check_actor(actor_id)
        report = self.report()
        cells = tuple((IssueRef(v.id, v.label), c) for v in report.issues for c in v.positions if c.actor == actor_id)
        found = self._statement_listing().select(StatementFilter(actor=actor_id))
        return ActorPage(id=actor_id, name=self.codebook.actor(actor_id).name, positions=cells,
                         statements=self._evidence(found[offset:offset + limit]), total=len(found),
                         offset=offset, limit=limit)

    def _document(self, doc_id: str) -> Document:
        """A stored document, kept (up to `DOCUMENTS_KEPT`) until the store changes."""
        doc = self._documents.get(doc_id)
        if doc is None:
            doc = self.store.get_document(doc_id)
            with self._lock:
                if len(self._documents) >= DOCUMENTS_KEPT:
                    self._documents.clear()
                self._documents[doc_id] = doc
        return doc

    def _evidence(self, statements: Sequence[Statement]) -> tuple[Evidence, ...]:
        docs = {i: self._document(i) for i in {s.doc_id for s in statements}}
        return evidence_for([s.id or s.key for s in statements], {s.id or s.key: s for s in statements}, docs)

    def document(self, doc_id: str, focus: str | None = None) -> DocumentPage:
        doc = self.store.get_document(doc_id)
        stmts = tuple(self.store.statements(doc_id=doc.id))
        spans = [(s.start, s.end, s.id or s.key) for s in stmts]
        return DocumentPage(document=doc, segments=highlight_segments(doc.text, spans), statements=stmts,
                            focus=focus)

    def statement(self, statement_id: str) -> StatementPage:
        st = self.store.get_statement(statement_id)
        return StatementPage(statement=st, evidence=self._evidence([st])[0],
                             corrections=tuple(self.store.corrections(statement_id)))

    def statements(self, flt: StatementFilter, offset: int = 0, limit: int = 50) -> StatementList:
        self.check_actor(flt.actor)
        self.check_issue(flt.issue)
        self.check_stance(flt.stance)
        listing = self._statement_listing()
        found = listing.select(flt)
        return StatementList(filter=flt, total=len(found), offset=offset, limit=limit,
                             items=self._evidence(found[offset:offset + limit]), sources=listing.sources)

    # -- corrections -----------------------------------------------------------

    def correct(self, statement_id: str, who: str, note: str | None, changes: dict[str, Any]) -> Statement:
        """Record the fields that differ from the statement as it stands (a form resends every field)."""
        current = self.store.get_statement(statement_id)
        changes = {k: v for k, v in changes.items() if getattr(current, k, object()) != v}
        st = self.store.correct_statement(statement_id, who=who, note=note, **changes)
        self.invalidate()
        return st

    def delete(self, statement_id: str, who: str, note: str | None) -> None:
        self.store.delete_statement(statement_id, who=who, note=note)
        self.invalidate()

    def add(self, statement: Statement, who: str, note: str | None) -> Statement:
        doc = self.store.get_document(statement.doc_id)
        statement = _place_quote(statement, doc)
        st = self.store.add_statement(statement.replace(doc_id=doc.id), who=who, note=note)
        self.invalidate()
        return st

    # -- what-if ---------------------------------------------------------------

    def _what_if_base(self) -> tuple[list[Any], dict[str, Any]]:
        """The aggregated positions and their analysis, computed once per store revision."""
        from ..analysis import analyse
        from ..analysis.positions import aggregate_positions

        def build() -> tuple[list[Any], dict[str, Any]]:
            docs = {d.id: d for d in self.store.iter_documents()}
            positions = aggregate_positions(list(self._statement_listing().statements), self.codebook,
                                            documents=docs)
            return positions, analyse(positions, self.codebook).to_dict()

        return self._cached("_what_if", self._what_if_lock, build)  # type: ignore[no-any-return]

    def what_if(self, actor: str, issue: str, reservation: float | None, salience: float | None) -> WhatIf:
        """Recompute the analysis with one position's reservation and/or salience moved."""
        from ..analysis import analyse

        self.check_actor(actor)
        self.check_issue(issue)
        positions, before = self._what_if_base()
        target = [p for p in positions if p.actor == actor and p.issue == issue]
        if not target:
            raise NotFoundError(f"{actor} has no position on {issue} in the evidence; nothing to move")
        changes = {k: v for k, v in (("reservation", reservation), ("salience", salience)) if v is not None}
        moved = [dataclasses.replace(p, **changes) if p in target else p for p in positions]
        after = analyse(moved, self.codebook).to_dict()
        return WhatIf(actor=actor, issue=issue, reservation=reservation, salience=salience,
                      before_zopa=_issue_field(before, issue, "zopa"), before_gap=_issue_field(before, issue, "gap"),
                      after_zopa=_issue_field(after, issue, "zopa"), after_gap=_issue_field(after, issue, "gap"),
                      before_nash=_nash(before), after_nash=_nash(after),
                      position_before=_position(before, issue, actor), position_after=_position(after, issue, actor))


@dataclass(frozen=True, slots=True)
class _Listing:
    """The effective statements in the store's order, and per document (published, page date, sources)."""

    statements: tuple[Statement, ...]
    documents: dict[str, tuple[dt.date | None, dt.date | None, str | None, str | None]]
    sources: tuple[str, ...]
    by_actor: dict[str, tuple[Statement, ...]]
    by_issue: dict[str, tuple[Statement, ...]]

    @classmethod
    def load(cls, store: Store) -> "_Listing":
        docs = {d.id: (d.published, d.page_date, d.original_source, d.outlet) for d in store.iter_documents()}
        sources = sorted({x for meta in docs.values() for x in meta[2:] if x})
        statements = tuple(store.statements())
        by_actor: dict[str, list[Statement]] = {}
        by_issue: dict[str, list[Statement]] = {}
        for st in statements:
            by_actor.setdefault(st.actor, []).append(st)
            by_issue.setdefault(st.issue, []).append(st)
        return cls(statements, docs, tuple(sources), {k: tuple(v) for k, v in by_actor.items()},
                   {k: tuple(v) for k, v in by_issue.items()})

    def select(self, flt: StatementFilter) -> list[Statement]:
        """The statements `flt` keeps, as `Store.statements` with the same filter returns them."""
        pool = self.statements
        if flt.actor is not None or flt.issue is not None:
            pools = [self.by_actor.get(flt.actor, ()) if flt.actor else None,
                     self.by_issue.get(flt.issue, ()) if flt.issue else None]
            pool = min((p for p in pools if p is not None), key=len)
        if flt == StatementFilter():
            return list(pool)
        return [s for s in pool if self._keeps(flt, s)]

    def _keeps(self, flt: StatementFilter, st: Statement) -> bool:
        for name in ("actor", "issue", "stance", "doc_id", "origin"):
            wanted = getattr(flt, name)
            if wanted and getattr(st, name) != wanted:
                return False
        published, page_date, original, outlet = self.documents.get(st.doc_id, (None, None, None, None))
        if flt.since or flt.until:
            date = st.event_date or published or page_date
            if date is None or (flt.since and date < flt.since) or (flt.until and date > flt.until):
                return False
        return not flt.source or flt.source.casefold() in {(original or "").casefold(), (outlet or "").casefold()}


def _first_evidence(report: Report, shown: int) -> Report:
    """`report` with each position's evidence cut to its first `shown` statements (the total kept), and
    each shift's to the `shown` statements on either side of it."""
    def cut(cell: PositionCell) -> PositionCell:
        if len(cell.evidence) <= shown:
            return cell
        return dataclasses.replace(cell, evidence=cell.evidence[:shown], evidence_total=len(cell.evidence))

    def cut_shift(shift: Shift) -> Shift:
        return dataclasses.replace(shift, evidence_before=shift.evidence_before[-shown:],
                                   evidence_after=shift.evidence_after[:shown])

    issues = tuple(dataclasses.replace(v, positions=tuple(cut(c) for c in v.positions),
                                       shifts=tuple(cut_shift(x) for x in v.shifts)) for v in report.issues)
    return dataclasses.replace(report, issues=issues)


def _issue_field(analysis: dict[str, Any], issue: str, name: str) -> Any:
    value = ((analysis.get("issues") or {}).get(issue) or {}).get(name)
    return tuple(value) if isinstance(value, list) else value


def _nash(analysis: dict[str, Any]) -> dict[str, float] | None:
    nash = analysis.get("nash")
    return dict(nash["package"]) if nash else None


def _position(analysis: dict[str, Any], issue: str, actor: str) -> dict[str, Any] | None:
    return (((analysis.get("issues") or {}).get(issue) or {}).get("positions") or {}).get(actor)


def _place_quote(statement: Statement, doc: Document) -> Statement:
    """Fill start/end from the quote when the analyst gave only the quote (first occurrence)."""
    if statement.end > statement.start:
        return statement
    at = doc.text.find(statement.quote) if statement.quote else -1
    if at < 0:
        raise InputError(f"quote {statement.quote[:60]!r} is not in document {doc.id} ({doc.name})")
    return statement.replace(start=at, end=at + len(statement.quote))


def _empty_issue(codebook: Codebook, issue_id: str) -> IssueView:
    issue = codebook.issue(issue_id)
    return IssueView(id=issue.id, label=issue.label, anchors=tuple((a.value, a.label) for a in issue.anchors),
                     zopa=None, gap=None, summary=f"{issue.label}: no position in the evidence.", positions=(),
                     timeline=(), shifts=(), forecast=None, nash=None)
