"""A simulated analyst who answers review questions from gold annotations, and the error they remove.

Used by the review benchmark and its tests; pure functions over statements,
documents and gold records (nothing here reads a store).

The analyst's answer for a machine statement, from the gold statements of
its document:

- its triple (actor, issue, stance) is gold: *confirm*, or *fix* the value
  and red line when the gold statement nearest its span says otherwise;
- a gold statement on the same actor and issue covers its span: *fix* the
  stance (and value, red line) to the gold one;
- otherwise: *reject*.

The analysis error compares the principals' positions from machine (or
reviewed) statements with those from the gold statements of the same
documents: the mean over positions of ``|Δideal| + |Δreservation|``, a
position present on one side only counting `MISSING`.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Iterable, Mapping, Sequence

from ..analysis.influence import MISSING
from ..records import Document, Position, Statement

__all__ = ["Answer", "analysis_error", "answer", "apply_answer", "gold_statements"]


@dataclass(frozen=True, slots=True)
class Answer:
    """A review action and, for a fix, the fields it changes."""

    action: str                      # "confirm" | "reject" | "fix"
    fields: Mapping[str, Any]


def _locate(text: str, quote: str) -> tuple[int, int] | None:
    at = text.find(quote)
    if at >= 0:
        return at, at + len(quote)
    words = re.findall(r"\w+", quote)
    m = re.search(r"\W+".join(map(re.escape, words)), text) if words else None
    return (m.start(), m.end()) if m else None


def gold_statements(documents: Iterable[Document], gold: Iterable[Any]) -> list[Statement]:
    """Gold records (doc, actor, issue, stance, quote, value, red_line, hedged, target) as statements.

    Each quote is located in its document's cleaned text; one that cannot be
    found is left out. The event date is the document's published date.
    """
    by_name = {d.name: d for d in documents}
    out = []
    for g in gold:
        doc = by_name.get(g.doc)
        span = _locate(doc.text, g.quote) if doc is not None else None
        if doc is None or span is None:
            continue
        out.append(Statement(doc_id=doc.id, actor=g.actor, issue=g.issue, stance=g.stance, start=span[0],
                             end=span[1], quote=doc.text[span[0]:span[1]], value=g.value, red_line=g.red_line,
                             hedged=g.hedged, target=g.target, event_date=doc.published, confidence=1.0,
                             extractor_version="gold", origin="analyst"))
    return out


def _overlap(a: Statement, b: Statement) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


def answer(statement: Statement, gold: Sequence[Statement]) -> Answer:
    """What an analyst who knows the gold does with a statement (gold: the gold statements of its document)."""
    same = [g for g in gold if (g.actor, g.issue, g.stance) == (statement.actor, statement.issue, statement.stance)]
    if same:
        g = max(same, key=lambda g: _overlap(statement, g))
        fields = {k: getattr(g, k) for k in ("value", "red_line") if getattr(g, k) != getattr(statement, k)}
        return Answer("fix", fields) if fields else Answer("confirm", {})
    near = [g for g in gold if (g.actor, g.issue) == (statement.actor, statement.issue) and _overlap(statement, g) > 0]
    if near:
        g = max(near, key=lambda g: _overlap(statement, g))
        return Answer("fix", {"stance": g.stance, "value": g.value, "red_line": g.red_line})
    return Answer("reject", {})


def apply_answer(statements: Sequence[Statement], index: int, ans: Answer) -> list[Statement]:
    """The statements after the analyst's answer on statements[index] (as the store's effective view shows it)."""
    out = list(statements)
    if ans.action == "reject":
        del out[index]
    else:
        out[index] = out[index].replace(confidence=1.0, origin="corrected", **ans.fields)
    return out


def analysis_error(positions: Iterable[Position], reference: Iterable[Position], principals: Sequence[str]) -> float:
    """Mean over the principals' positions (either side) of |Δideal| + |Δreservation|; one-sided = MISSING."""
    mine = {(p.actor, p.issue): p for p in positions if p.actor in principals}
    gold = {(p.actor, p.issue): p for p in reference if p.actor in principals}
    keys = set(mine) | set(gold)
    if not keys:
        return 0.0
    total = 0.0
    for k in keys:
        a, b = mine.get(k), gold.get(k)
        total += MISSING if a is None or b is None else abs(a.ideal - b.ideal) + abs(a.reservation - b.reservation)
    return total / len(keys)


def gold_by_document(gold: Iterable[Statement]) -> dict[str, list[Statement]]:
    out: dict[str, list[Statement]] = defaultdict(list)
    for g in gold:
        out[g.doc_id].append(g)
    return dict(out)
