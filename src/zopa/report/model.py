"""The report model: what a reader sees, built from the store and the analysis.

`build_report` reads the store (documents, effective statements) and the
analysis (`zopa.analysis.analyse_store(...).to_dict()`) and turns them into
frozen records the HTML, Markdown and web views render. It does no maths of
its own beyond picking words for numbers.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from typing import Any, Mapping

from ..codebook import Codebook, Issue
from ..records import Document, Statement


@dataclass(frozen=True, slots=True)
class Evidence:
    """One statement behind a figure, with its quote and where it came from."""

    statement_id: str
    actor: str
    issue: str
    stance: str
    value: float | None
    red_line: bool
    hedged: bool
    quote: str
    doc_id: str
    doc_name: str
    doc_title: str | None
    outlet: str | None
    original_source: str | None
    date: dt.date | None
    origin: str


@dataclass(frozen=True, slots=True)
class PositionCell:
    """An actor's aggregated position on one issue, with its evidence."""

    actor: str
    actor_name: str
    issue: str
    ideal: float | None
    reservation: float | None
    red_line: bool
    salience: float | None
    confidence: float | None
    evidence: tuple[Evidence, ...]
    evidence_total: int | None = None        # when `evidence` shows only the first of more statements


@dataclass(frozen=True, slots=True)
class TimelinePoint:
    actor: str
    date: dt.date | None
    ideal: float | None
    reservation: float | None
    statements: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Shift:
    actor: str
    issue: str
    date: dt.date | None
    before: float | None
    after: float | None
    description: str
    evidence_before: tuple["Evidence", ...] = ()   # the statements on each side of the shift
    evidence_after: tuple["Evidence", ...] = ()


@dataclass(frozen=True, slots=True)
class Support:
    """One position the best model's forecast rests on."""

    actor: str
    position: float
    weight_share: float
    win_probability: float


@dataclass(frozen=True, slots=True)
class SensitivityRow:
    """How far the best forecast moves when one actor's position (±10) or salience (±0.2) moves."""

    actor: str
    position_down: float
    position_up: float
    salience_down: float
    salience_up: float

    @property
    def largest(self) -> float:
        return max(abs(self.position_down), abs(self.position_up), abs(self.salience_down), abs(self.salience_up))


@dataclass(frozen=True, slots=True)
class Forecast:
    issue: str
    mean: float | None
    low: float | None
    high: float | None
    expected_utility: tuple[tuple[str, Any], ...]
    best_model: str | None = None
    best: float | None = None
    best_low: float | None = None
    best_high: float | None = None
    best_level: float | None = None
    support: tuple[Support, ...] = ()
    sensitivity: tuple[SensitivityRow, ...] = ()


@dataclass(frozen=True, slots=True)
class IssueView:
    """Everything shown for one issue: positions, ZOPA or gap, timeline, forecast."""

    id: str
    label: str
    anchors: tuple[tuple[float, str], ...]
    zopa: tuple[float, float] | None
    gap: float | None
    summary: str
    positions: tuple[PositionCell, ...]
    timeline: tuple[TimelinePoint, ...]
    shifts: tuple[Shift, ...]
    forecast: Forecast | None
    nash: float | None
    chart_svg: str = ""
    timeline_svg: str = ""
    sensitivity_svg: str = ""


@dataclass(frozen=True, slots=True)
class PlanRow:
    id: str
    title: str
    date: str | None
    source: str | None
    values: tuple[tuple[str, float], ...]
    utilities: tuple[tuple[str, float], ...]
    red_lines_crossed: tuple[tuple[str, tuple[str, ...]], ...]
    distance_to_nash: float | None


@dataclass(frozen=True, slots=True)
class Lever:
    actor: str
    issue: str
    kind: str
    move: float | None
    start: float | None
    end: float | None
    opens: Any
    description: str


@dataclass(frozen=True, slots=True)
class Package:
    """A bargaining solution: one outcome per issue and each side's utility."""

    name: str
    values: tuple[tuple[str, float], ...]
    utilities: tuple[tuple[str, float], ...]


@dataclass(frozen=True, slots=True)
class DocumentRow:
    id: str
    name: str
    title: str | None
    outlet: str | None
    original_source: str | None
    published: dt.date | None
    flags: tuple[str, ...]
    flag_notes: tuple[str, ...]
    duplicate_of: str | None
    dup_kind: str | None
    statements: int


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where the corpus came from: outlets, original sources, duplicates, flags."""

    documents: tuple[DocumentRow, ...]
    outlets: tuple[tuple[str, int], ...]
    original_sources: tuple[tuple[str, int], ...]
    duplicates: tuple[DocumentRow, ...]
    flagged: tuple[DocumentRow, ...]


@dataclass(frozen=True, slots=True)
class Report:
    """The whole report: headline, matrix, issues, plans, levers, provenance."""

    title: str
    as_of: str | None
    principals: tuple[tuple[str, str], ...]
    headline: tuple[str, ...]
    actors: tuple[tuple[str, str], ...]
    issues: tuple[IssueView, ...]
    nash: Package | None
    kalai_smorodinsky: Package | None
    pareto_size: int | None
    plans: tuple[PlanRow, ...]
    levers: tuple[Lever, ...]
    provenance: Provenance
    statement_count: int

    def issue(self, issue_id: str) -> IssueView:
        for view in self.issues:
            if view.id == issue_id:
                return view
        raise KeyError(issue_id)

    def cell(self, actor: str, issue: str) -> PositionCell | None:
        for pos in self.issue(issue).positions:
            if pos.actor == actor:
                return pos
        return None


# ---------------------------------------------------------------- helpers


def _date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _float(value: Any) -> float | None:
    return None if value is None else float(value)


def fmt(value: float | None) -> str:
    """A 0–100 scale value as a reader wants it: whole numbers, no trailing zeros."""
    if value is None:
        return "–"
    return f"{value:.0f}" if abs(value - round(value)) < 0.05 else f"{value:.1f}"


def anchor_label(issue: Issue, value: float | None, tolerance: float = 12.0) -> str | None:
    """The codebook anchor nearest to `value`, if one lies within `tolerance` points."""
    if value is None or not issue.anchors:
        return None
    best = min(issue.anchors, key=lambda a: abs(a.value - value))
    return best.label if abs(best.value - value) <= tolerance else None


def _actor_name(codebook: Codebook, actor_id: str) -> str:
    try:
        return codebook.actor(actor_id).name
    except KeyError:
        return actor_id


def _evidence(stmt: Statement, docs: Mapping[str, Document]) -> Evidence:
    doc = docs.get(stmt.doc_id)
    return Evidence(
        statement_id=stmt.id or stmt.key, actor=stmt.actor, issue=stmt.issue, stance=stmt.stance,
        value=stmt.value, red_line=stmt.red_line, hedged=stmt.hedged, quote=stmt.quote,
        doc_id=stmt.doc_id, doc_name=doc.name if doc else stmt.doc_id,
        doc_title=doc.title if doc else None, outlet=doc.outlet if doc else None,
        original_source=doc.original_source if doc else None,
        date=stmt.event_date or (doc.published if doc else None), origin=stmt.origin,
    )


def evidence_for(ids: list[str] | tuple[str, ...], statements: Mapping[str, Statement],
                 docs: Mapping[str, Document]) -> tuple[Evidence, ...]:
    """The evidence records of the statement ids, skipping ids no longer in the store."""
    return tuple(_evidence(statements[i], docs) for i in ids if i in statements)


# ---------------------------------------------------------------- sentences


def _stance_phrase(issue: Issue, pos: PositionCell, other_side_high: bool) -> str:
    """'Russia insists on 100 (…) as a red line' or 'Russia wants 100 (…), would accept no less than 40 (…)'."""
    ideal_anchor = f" ({a})" if (a := anchor_label(issue, pos.ideal)) else ""
    moves = pos.reservation is not None and pos.ideal is not None and abs(pos.reservation - pos.ideal) >= 0.5
    if not moves:
        return f"{pos.actor_name} insists on {fmt(pos.ideal)}{ideal_anchor}" + (" as a red line" if pos.red_line else "")
    limit = "no more than" if other_side_high else "no less than"
    res_anchor = anchor_label(issue, pos.reservation)
    res_text = f" ({res_anchor})" if res_anchor and f" ({res_anchor})" != ideal_anchor else ""
    text = f"{pos.actor_name} wants {fmt(pos.ideal)}{ideal_anchor}, would accept {limit} {fmt(pos.reservation)}{res_text}"
    return text + (" (red line)" if pos.red_line else "")


def issue_summary(issue: Issue, zopa: tuple[float, float] | None, gap: float | None,
                  principals: list[PositionCell]) -> str:
    """One plain sentence on an issue: the overlap, or the gap and who stands where."""
    if len(principals) < 2 or any(p.ideal is None for p in principals):
        known = [p.actor_name for p in principals if p.ideal is not None]
        if not known:
            return f"{issue.label}: no position of either side in the evidence."
        return f"{issue.label}: only {', '.join(known)} has a position in the evidence."
    ordered = sorted(principals, key=lambda p: p.ideal or 0.0)
    low, high = ordered[0], ordered[-1]
    parts = [_stance_phrase(issue, high, other_side_high=False),
             _stance_phrase(issue, low, other_side_high=True)]
    if zopa is not None:
        lo, hi = zopa
        where = anchor_label(issue, (lo + hi) / 2)
        span = f"{fmt(lo)}–{fmt(hi)}" if hi - lo >= 0.5 else fmt(lo)
        tail = f" (around: {where})" if where else ""
        return f"Room for agreement on {issue.label} at {span}{tail}: " + "; ".join(parts) + "."
    gap_text = f" — gap {fmt(gap)} points" if gap is not None else ""
    return f"No overlap on {issue.label}: " + "; ".join(parts) + gap_text + "."


# ---------------------------------------------------------------- builders


def _position_cells(issue_id: str, data: Mapping[str, Any], codebook: Codebook,
                    statements: Mapping[str, Statement], docs: Mapping[str, Document]) -> tuple[PositionCell, ...]:
    cells = []
    for actor, pos in (data.get("positions") or {}).items():
        cells.append(PositionCell(
            actor=actor, actor_name=_actor_name(codebook, actor), issue=issue_id,
            ideal=_float(pos.get("ideal")), reservation=_float(pos.get("reservation")),
            red_line=bool(pos.get("red_line")), salience=_float(pos.get("salience")),
            confidence=_float(pos.get("confidence")),
            evidence=evidence_for(pos.get("statements") or (), statements, docs),
        ))
    order = {a: i for i, a in enumerate(codebook.actor_ids)}
    return tuple(sorted(cells, key=lambda c: order.get(c.actor, len(order))))


def _timeline(data: Mapping[str, Any]) -> tuple[TimelinePoint, ...]:
    points = []
    for actor, rows in (data or {}).items():
        for row in rows:
            points.append(TimelinePoint(actor=actor, date=_date(row.get("date")), ideal=_float(row.get("ideal")),
                                        reservation=_float(row.get("reservation")),
                                        statements=tuple(row.get("statements") or ())))
    return tuple(sorted(points, key=lambda p: (p.actor, p.date or dt.date.min)))


def _shift(row: Mapping[str, Any], codebook: Codebook, statements: Mapping[str, Statement],
           docs: Mapping[str, Document]) -> Shift:
    before, after = _float(row.get("from")), _float(row.get("to"))
    who = _actor_name(codebook, str(row.get("actor")))
    measure = f" its {row['measure']}" if row.get("measure") else ""
    moved = "" if before is None or after is None else f"{measure} from {fmt(before)} to {fmt(after)}"
    when = f" on {row.get('date')}" if row.get("date") else ""
    return Shift(actor=str(row.get("actor")), issue=str(row.get("issue")), date=_date(row.get("date")),
                 before=before, after=after, description=f"{who} moved{moved}{when}",
                 evidence_before=evidence_for(row.get("before") or (), statements, docs),
                 evidence_after=evidence_for(row.get("after") or (), statements, docs))


def _best_parts(best: Mapping[str, Any]) -> tuple[tuple[Support, ...], tuple[SensitivityRow, ...]]:
    support = tuple(Support(str(r.get("actor")), float(r.get("position") or 0.0), float(r.get("weight_share") or 0.0),
                            float(r.get("win_probability") or 0.0)) for r in best.get("support") or ())
    rows = tuple(SensitivityRow(str(r.get("actor")), *(float(r.get(k) or 0.0) for k in
                                                     ("position_down", "position_up", "salience_down", "salience_up")))
                 for r in best.get("sensitivity") or ())
    return support, tuple(sorted(rows, key=lambda r: -r.largest))


def _forecast(issue_id: str, data: Mapping[str, Any] | None) -> Forecast | None:
    if not data:
        return None
    comp = data.get("compromise") or {}
    eu = data.get("expected_utility") or {}
    eu_items = tuple((str(k), v) for k, v in eu.items() if isinstance(v, (int, float, str)) or v is None)
    best = data.get("best") or {}
    support, sensitivity = _best_parts(best)
    return Forecast(issue=issue_id, mean=_float(comp.get("mean")), low=_float(comp.get("low")),
                    high=_float(comp.get("high")), expected_utility=eu_items,
                    best_model=best.get("model"), best=_float(best.get("point")), best_low=_float(best.get("low")),
                    best_high=_float(best.get("high")), best_level=_float(best.get("level")),
                    support=support, sensitivity=sensitivity)


def _package(name: str, data: Mapping[str, Any] | None) -> Package | None:
    if not data:
        return None
    return Package(name=name, values=tuple((k, float(v)) for k, v in (data.get("package") or {}).items()),
                   utilities=tuple((k, float(v)) for k, v in (data.get("utilities") or {}).items()))


def _issue_view(issue: Issue, data: Mapping[str, Any], analysis: Mapping[str, Any], codebook: Codebook,
                statements: Mapping[str, Statement], docs: Mapping[str, Document]) -> IssueView:
    cells = _position_cells(issue.id, data, codebook, statements, docs)
    zopa = tuple(float(v) for v in data["zopa"]) if data.get("zopa") else None
    gap = _float(data.get("gap"))
    principals = [c for c in cells if c.actor in analysis.get("principals", codebook.principals)]
    nash = ((analysis.get("nash") or {}).get("package") or {}).get(issue.id)
    return IssueView(
        id=issue.id, label=data.get("label") or issue.label,
        anchors=tuple((a.value, a.label) for a in issue.anchors),
        zopa=zopa, gap=gap, summary=issue_summary(issue, zopa, gap, principals),  # type: ignore[arg-type]
        positions=cells, timeline=_timeline((analysis.get("timeline") or {}).get(issue.id)),
        shifts=tuple(_shift(s, codebook, statements, docs) for s in analysis.get("shifts") or () if s.get("issue") == issue.id),
        forecast=_forecast(issue.id, (analysis.get("forecasts") or {}).get(issue.id)),
        nash=_float(nash),
    )


def _plans(data: Mapping[str, Any] | None) -> tuple[PlanRow, ...]:
    rows = []
    for pid, plan in (data or {}).items():
        rows.append(PlanRow(
            id=pid, title=plan.get("title") or pid, date=str(plan["date"]) if plan.get("date") else None,
            source=plan.get("source"), values=tuple((k, float(v)) for k, v in (plan.get("values") or {}).items()),
            utilities=tuple((k, float(v)) for k, v in (plan.get("utilities") or {}).items()),
            red_lines_crossed=tuple((k, tuple(v)) for k, v in (plan.get("red_lines_crossed") or {}).items()),
            distance_to_nash=_float(plan.get("distance_to_nash")),
        ))
    return tuple(rows)


def _levers(rows: list[Mapping[str, Any]] | None) -> tuple[Lever, ...]:
    return tuple(Lever(actor=str(r.get("actor")), issue=str(r.get("issue")), kind=str(r.get("kind", "")),
                       move=_float(r.get("move")), start=_float(r.get("from")), end=_float(r.get("to")),
                       opens=r.get("opens"), description=str(r.get("description") or ""))
                 for r in rows or ())


def build_provenance(documents: list[Document], statements: list[Statement]) -> Provenance:
    """Outlets, original sources, duplicates and flagged documents of the corpus."""
    per_doc = Counter(s.doc_id for s in statements)
    rows = tuple(DocumentRow(
        id=d.id, name=d.name, title=d.title, outlet=d.outlet, original_source=d.original_source,
        published=d.published, flags=tuple(d.flags), flag_notes=tuple(d.flag_notes),
        duplicate_of=d.duplicate_of, dup_kind=d.dup_kind, statements=per_doc.get(d.id, 0),
    ) for d in sorted(documents, key=lambda d: (d.published or dt.date.min, d.name)))
    outlets = Counter(d.outlet or "(unknown)" for d in documents)
    sources = Counter(d.original_source or d.outlet or "(unknown)" for d in documents)
    return Provenance(documents=rows, outlets=tuple(outlets.most_common()),
                      original_sources=tuple(sources.most_common()),
                      duplicates=tuple(r for r in rows if r.duplicate_of),
                      flagged=tuple(r for r in rows if r.flags))


def _headline(views: tuple[IssueView, ...], nash: Package | None, codebook: Codebook) -> tuple[str, ...]:
    both = [v for v in views if sum(1 for p in v.positions if p.actor in codebook.principals and p.ideal is not None) >= 2]
    gaps = sorted((v for v in both if v.zopa is None), key=lambda v: -(v.gap or 0.0))
    zopas = [v for v in both if v.zopa is not None]
    names = " and ".join(_actor_name(codebook, p) for p in codebook.principals)
    lines = [f"{names} both have positions on {len(both)} issue(s): "
             f"{len(zopas)} with a zone of possible agreement, {len(gaps)} without."]
    lines += [v.summary for v in gaps] + [v.summary for v in zopas]
    if nash and nash.values:
        lines.append("A Nash bargaining package would set " + ", ".join(
            f"{_issue_label(codebook, k)} at {fmt(v)}" for k, v in nash.values) + ".")
    return tuple(lines)


def _issue_label(codebook: Codebook, issue_id: str) -> str:
    try:
        return codebook.issue(issue_id).label
    except KeyError:
        return issue_id


def report_from_analysis(analysis: Mapping[str, Any], codebook: Codebook, documents: list[Document],
                         statements: list[Statement]) -> Report:
    """Assemble the report from an analysis dict (`AnalysisResult.to_dict()`) and the corpus."""
    docs = {d.id: d for d in documents}
    by_id = {s.id or s.key: s for s in statements}
    issue_data = analysis.get("issues") or {}
    views = tuple(_issue_view(codebook.issue(i) if i in codebook.issue_ids else Issue(id=i, label=i),
                              issue_data[i], analysis, codebook, by_id, docs)
                  for i in [*codebook.issue_ids, *sorted(set(issue_data) - set(codebook.issue_ids))]
                  if i in issue_data)
    nash = _package("Nash bargaining solution", analysis.get("nash"))
    present = {p.actor for v in views for p in v.positions}
    pareto = analysis.get("pareto") or {}
    return Report(
        title=codebook.title or codebook.name, as_of=str(analysis["as_of"]) if analysis.get("as_of") else None,
        principals=tuple((p, _actor_name(codebook, p)) for p in analysis.get("principals") or codebook.principals),
        headline=_headline(views, nash, codebook),
        actors=tuple((a, _actor_name(codebook, a)) for a in codebook.actor_ids if a in present),
        issues=views, nash=nash,
        kalai_smorodinsky=_package("Kalai–Smorodinsky solution", analysis.get("kalai_smorodinsky")),
        pareto_size=pareto.get("size"), plans=_plans(analysis.get("plans")),
        levers=_levers(analysis.get("levers")), provenance=build_provenance(documents, statements),
        statement_count=len(statements),
    )
