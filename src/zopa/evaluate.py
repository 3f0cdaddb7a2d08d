"""Score extracted statements against gold annotations, as `data/gold/GUIDELINES.md` defines.

- Triples: per document the set of (actor, issue, stance); precision, recall
  and F1 summed over documents (micro-average).
- Pairs: the same for (actor, issue).
- Values: mean absolute error over matched triples whose gold statement has a
  value and whose prediction has one too (the closest pair is taken).
- Evidence: the share of matched triples where one predicted span covers at
  least half of one gold quote for that triple. Gold quotes are substrings of
  the raw file; they are located in the cleaned text by their words.
- Documents: title, date and original source as ingest found them, and the
  must-drop / must-keep lines after cleaning, as pass rates.

Every document passed in is scored; one with no gold statement contributes
only false positives. Documents are matched to gold by file name.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any, Mapping, Sequence

from .errors import InputError
from .records import Document, Statement

__all__ = ["GoldStatement", "Score", "Miss", "EvalReport", "load_gold", "evaluate", "evaluate_documents", "evaluate_paths"]

Triple = tuple[str, str, str]


@dataclass(frozen=True, slots=True)
class GoldStatement:
    """One line of a gold statements file."""

    doc: str
    actor: str
    issue: str
    stance: str
    quote: str
    value: float | None = None
    red_line: bool = False
    hedged: bool = False
    target: str | None = None
    speaker: str | None = None


@dataclass(frozen=True, slots=True)
class Score:
    """Precision, recall and F1 with the counts behind them."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, float]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass(frozen=True, slots=True)
class Miss:
    """A gold statement the system missed, or a statement it made that gold does not have."""

    doc: str
    kind: str           # "missed" | "false_positive"
    actor: str
    issue: str
    stance: str
    quote: str


@dataclass(frozen=True)
class EvalReport:
    """The scores of one evaluation run, and what went wrong."""

    triples: Score
    pairs: Score
    value_mae: float | None
    evidence_hit_rate: float | None
    by_stance: dict[str, Score]
    by_issue: dict[str, Score]
    documents: dict[str, Any]
    misses: tuple[Miss, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        """The scores as one JSON-ready object."""
        return {
            "triples": self.triples.to_dict(),
            "pairs": self.pairs.to_dict(),
            "value_mae": None if self.value_mae is None else round(self.value_mae, 3),
            "evidence_hit_rate": None if self.evidence_hit_rate is None else round(self.evidence_hit_rate, 4),
            "by_stance": {k: v.to_dict() for k, v in sorted(self.by_stance.items())},
            "by_issue": {k: v.to_dict() for k, v in sorted(self.by_issue.items())},
            "documents": self.documents,
        }


def _read_jsonl(path: str | Path) -> list[dict[str, Any]]:
    p = Path(path)
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read gold file: {exc.strerror or exc}", source=str(p)) from None
    rows = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"line {n}: not JSON ({exc.msg})", source=str(p)) from None
        if not isinstance(row, dict):
            raise InputError(f"line {n}: expected a JSON object", source=str(p))
        rows.append(row)
    return rows


def load_gold(path: str | Path) -> list[GoldStatement]:
    """Read a gold statements JSONL file; a line missing a required field names the line."""
    out = []
    for n, row in enumerate(_read_jsonl(path), 1):
        missing = [k for k in ("doc", "actor", "issue", "stance", "quote") if not row.get(k)]
        if missing:
            raise InputError(f"record {n}: missing required field(s) {missing}", source=str(path))
        out.append(GoldStatement(
            doc=row["doc"], actor=row["actor"], issue=row["issue"], stance=row["stance"], quote=row["quote"],
            value=row.get("value"), red_line=bool(row.get("red_line")), hedged=bool(row.get("hedged")),
            target=row.get("target"), speaker=row.get("speaker")))
    return out


def _locate(text: str, quote: str) -> tuple[int, int] | None:
    at = text.find(quote)
    if at >= 0:
        return at, at + len(quote)
    words = re.findall(r"\w+", quote)
    if not words:
        return None
    m = re.search(r"\W+".join(re.escape(w) for w in words), text)
    return (m.start(), m.end()) if m else None


def _covers(text: str, spans: Sequence[Statement], quotes: Sequence[str]) -> bool:
    for quote in quotes:
        loc = _locate(text, quote)
        for s in spans:
            if loc is not None:
                overlap = min(loc[1], s.end) - max(loc[0], s.start)
                if overlap * 2 >= loc[1] - loc[0]:
                    return True
            else:
                blocks = SequenceMatcher(None, s.quote, quote, autojunk=False).get_matching_blocks()
                if sum(b.size for b in blocks) * 2 >= len(quote):
                    return True
    return False


def _score(gold: set, pred: set) -> Score:
    return Score(len(gold & pred), len(pred - gold), len(gold - pred))


def _add(a: Score, b: Score) -> Score:
    return Score(a.tp + b.tp, a.fp + b.fp, a.fn + b.fn)


def _value_error(golds: list[GoldStatement], preds: Sequence[Statement]) -> list[float]:
    errors = []
    for g in golds:
        if g.value is None:
            continue
        vals = [p.value for p in preds if p.value is not None]
        if vals:
            errors.append(min(abs(v - g.value) for v in vals))
    return errors


@dataclass
class _Tally:
    triples: Score = Score(0, 0, 0)
    pairs: Score = Score(0, 0, 0)
    by_stance: dict = field(default_factory=lambda: defaultdict(lambda: Score(0, 0, 0)))
    by_issue: dict = field(default_factory=lambda: defaultdict(lambda: Score(0, 0, 0)))
    errors: list = field(default_factory=list)
    evidence: list = field(default_factory=list)
    misses: list = field(default_factory=list)


def _score_document(doc: Document, gold: list[GoldStatement], pred: Sequence[Statement], t: _Tally) -> None:
    g_trip = {(g.actor, g.issue, g.stance) for g in gold}
    p_trip = {(p.actor, p.issue, p.stance) for p in pred}
    t.triples = _add(t.triples, _score(g_trip, p_trip))
    t.pairs = _add(t.pairs, _score({x[:2] for x in g_trip}, {x[:2] for x in p_trip}))
    for key, index in (("by_stance", 2), ("by_issue", 1)):
        table = getattr(t, key)
        for label in {x[index] for x in g_trip | p_trip}:
            table[label] = _add(table[label], _score({x for x in g_trip if x[index] == label},
                                                     {x for x in p_trip if x[index] == label}))
    for triple in sorted(g_trip & p_trip):
        golds = [g for g in gold if (g.actor, g.issue, g.stance) == triple]
        preds = [p for p in pred if (p.actor, p.issue, p.stance) == triple]
        t.errors.extend(_value_error(golds, preds))
        t.evidence.append(_covers(doc.text, preds, [g.quote for g in golds]))
    for triple in sorted(g_trip - p_trip):
        quote = next(g.quote for g in gold if (g.actor, g.issue, g.stance) == triple)
        t.misses.append(Miss(doc.name, "missed", *triple, quote))
    for triple in sorted(p_trip - g_trip):
        quote = next(p.quote for p in pred if (p.actor, p.issue, p.stance) == triple)
        t.misses.append(Miss(doc.name, "false_positive", *triple, quote))


def _norm(s: object) -> str:
    return " ".join(str(s or "").split()).casefold()


def _document_checks(documents: Sequence[Document], path: str | Path) -> dict[str, Any]:
    """Pass rates of the document checks; original sources compare by `same_source`
    ('The Kyiv Independent' = 'kyivindependent.com'), and `checks`/`passed`
    pool every check."""
    from .ingest import same_source

    gold = {row.get("doc"): row for row in _read_jsonl(path)}
    checks: dict[str, list[bool]] = defaultdict(list)
    for doc in documents:
        row = gold.get(doc.name)
        if row is None:
            continue
        checks["title"].append(_norm(row.get("title")) == _norm(doc.title))
        date = doc.published.isoformat() if doc.published else None
        checks["date"].append((row.get("date") or None) == date)
        if "original_source" in row:   # a gold file may leave a check out
            checks["original_source"].append(same_source(row["original_source"], doc.original_source))
        checks["must_drop"].extend(_locate(doc.text, s) is None for s in row.get("must_drop") or ())
        checks["must_keep"].extend(_locate(doc.text, s) is not None for s in row.get("must_keep") or ())
    out: dict[str, Any] = {"n": sum(1 for d in documents if d.name in gold)}
    for key in ("title", "date", "original_source", "must_drop", "must_keep"):
        vals = checks.get(key, [])
        out[key] = round(sum(vals) / len(vals), 4) if vals else None
    pooled = [v for vals in checks.values() for v in vals]
    out["checks"], out["passed"] = len(pooled), sum(pooled)
    out["all"] = round(sum(pooled) / len(pooled), 4) if pooled else None
    return out


def evaluate_documents(paths: Sequence[str | Path], gold_documents_path: str | Path) -> dict[str, Any]:
    """Ingest `paths` and score only the document checks (title, date, original
    source, must-drop and must-keep lines) against a gold documents file."""
    documents, _errors = _load_documents(paths)
    if not documents:
        raise InputError("no documents could be loaded", source=", ".join(map(str, paths)))
    return _document_checks(documents, gold_documents_path)


def evaluate(documents: Sequence[Document], predicted: Mapping[str, Sequence[Statement]],
             gold_statements_path: str | Path, gold_documents_path: str | Path | None = None) -> EvalReport:
    """Score predictions (keyed by document name or id) against a gold statements file."""
    gold_by_doc: dict[str, list[GoldStatement]] = defaultdict(list)
    for g in load_gold(gold_statements_path):
        gold_by_doc[g.doc].append(g)
    t = _Tally()
    for doc in documents:
        pred = predicted.get(doc.name, predicted.get(doc.id, ()))
        _score_document(doc, gold_by_doc.get(doc.name, []), pred, t)
    return EvalReport(
        triples=t.triples, pairs=t.pairs,
        value_mae=sum(t.errors) / len(t.errors) if t.errors else None,
        evidence_hit_rate=sum(t.evidence) / len(t.evidence) if t.evidence else None,
        by_stance=dict(t.by_stance), by_issue=dict(t.by_issue),
        documents=_document_checks(documents, gold_documents_path) if gold_documents_path else {},
        misses=tuple(t.misses),
    )


def _load_documents(paths: Sequence[str | Path]) -> tuple[list[Document], list[Any]]:
    """Documents through ingest: cleaned text, dates and sources, as `zopa ingest` would store them."""
    from .ingest import load_documents

    return load_documents([str(p) for p in paths])


def evaluate_paths(paths: Sequence[str | Path], gold_statements_path: str | Path,
                   gold_documents_path: str | Path | None = None, *, codebook: Any = None,
                   mode: str = "rules") -> EvalReport:
    """Ingest `paths`, extract statements from every document and score them against gold."""
    from .codebook import load_codebook
    from .extract import extract_document

    cb = codebook if codebook is not None else load_codebook()
    documents, _errors = _load_documents(paths)
    if not documents:
        raise InputError("no documents could be loaded", source=", ".join(map(str, paths)))
    predicted = {d.name: extract_document(d, cb, mode=mode) for d in documents}
    return evaluate(documents, predicted, gold_statements_path, gold_documents_path)
