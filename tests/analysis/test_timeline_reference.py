"""The timeline equals its definition: every position re-aggregated as of every date with new evidence."""
from __future__ import annotations

import datetime as dt
import random

import pytest

from zopa.analysis.positions import aggregate_positions, statement_date
from zopa.analysis.timeline import TimelinePoint, position_timeline
from zopa.records import Document, Statement, content_hash

ACTORS = ["RUS", "UKR", "USA", "EU", "CHN", "TUR", "XYZ"]
ISSUES = ["territory", "territory.donetsk", "territory.kherson", "security.guarantees", "sanctions.relief",
          "not.in.codebook"]
STANCES = ["demand", "demand", "offer", "accept", "reject", "condition", "open", "support", "support", "pressure"]


def reference_timeline(statements, codebook, documents=None):
    """`aggregate_positions` of everything up to each date (undated statements first), kept where the date
    brought new evidence to the position."""
    dated = [(statement_date(s, documents), s) for s in statements if s.stance != "pressure"]
    days = sorted({d for d, _ in dated if d is not None})
    new_on: dict = {}
    for d, s in dated:
        new_on.setdefault(d, set()).add(s.id or s.key)
    out: dict = {}
    for day in [None, *days] if None in new_on or not days else days:
        upto = [s for d, s in dated if d is None or (day is not None and d <= day)]
        for p in aggregate_positions(upto, codebook, as_of=day, documents=documents):
            fresh = tuple(sid for sid in p.statements if sid in new_on.get(day, set()))
            if fresh:
                out.setdefault(p.issue, {}).setdefault(p.actor, []).append(
                    TimelinePoint(day, p.ideal, p.reservation, p.red_line, p.confidence, fresh, p.statements))
    return out


def story(seed: int, count: int = 400) -> tuple[list[Statement], dict[str, Document]]:
    """Statements of many actors, stances and dates (some undated), on parent and child issues, with
    supports with and without values, and documents that copy earlier ones (their statements repeated,
    some dated before the original's)."""
    rng = random.Random(seed)
    days = [dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(700)) for _ in range(30)]
    docs: dict[str, Document] = {}
    for n in range(40):
        original = f"d{rng.randrange(n)}" if n > 5 and rng.random() < 0.3 else None
        text = f"document {n}"
        docs[f"d{n}"] = Document(id=f"d{n}", content_hash=content_hash(text), text=text, raw_text=text,
                                 published=rng.choice([*days, None]), duplicate_of=original,
                                 dup_kind="near" if original else None)
    statements = []
    for k in range(count):
        stance = rng.choice(STANCES)
        statements.append(Statement(
            doc_id=rng.choice(list(docs)), actor=rng.choice(ACTORS), issue=rng.choice(ISSUES), stance=stance,
            start=0, end=1, quote=rng.choice(["q1", "q2"]),
            value=None if rng.random() < 0.25 else float(rng.choice([0, 10, 25, 40, 50, 60, 75, 90, 100])),
            red_line=rng.random() < 0.15, hedged=rng.random() < 0.2,
            target=rng.choice(ACTORS) if stance in ("support", "pressure") else None,
            event_date=rng.choice(days) if rng.random() < 0.6 else None,
            confidence=round(rng.uniform(0.3, 1.0), 2), id=f"s{k}"))
    for doc in [d for d in docs.values() if d.duplicate_of]:
        for s in [s for s in statements if s.doc_id == doc.duplicate_of]:
            moved = s.event_date and s.event_date + dt.timedelta(days=rng.choice([-20, 0, 15]))
            statements.append(s.replace(doc_id=doc.id, event_date=moved, id=f"{s.id}@{doc.id}"))
    rng.shuffle(statements)
    return statements, docs


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_timeline_equals_the_definition(codebook, seed):
    statements, docs = story(seed)
    fast = position_timeline(statements, codebook, documents=docs)
    slow = reference_timeline(statements, codebook, documents=docs)
    assert fast == slow
    assert [(i, list(actors)) for i, actors in fast.items()] == [(i, list(actors)) for i, actors in slow.items()]
    points = [p for by_actor in fast.values() for pts in by_actor.values() for p in pts]
    assert len(points) > 100 and any(p.date is None for p in points)
    by_id = {s.id: s for s in statements}
    assert any(all(by_id[sid].issue == "territory" for sid in p.evidence)    # a child issue inherits its parent's
               for actor_pts in fast.get("territory.kherson", {}).values() for p in actor_pts)


def test_timeline_equals_the_definition_without_documents(codebook):
    statements, _ = story(4, count=250)
    assert position_timeline(statements, codebook) == reference_timeline(statements, codebook)


def test_copies_count_once_as_of_each_day(codebook):
    statements, docs = story(5)
    copies = [s for s in statements if docs[s.doc_id].duplicate_of and s.stance != "pressure"]
    evidence = {sid for by_actor in position_timeline(statements, codebook, documents=docs).values()
                for pts in by_actor.values() for p in pts for sid in p.evidence}
    assert copies and any(s.id not in evidence for s in copies)
    assert position_timeline(statements, codebook, documents=docs) == reference_timeline(statements, codebook, docs)


def test_statements_without_ids_count_under_their_keys(codebook):
    statements, docs = story(6, count=300)
    keyed = [s.replace(id=None) for s in statements]
    assert len({s.key for s in keyed}) < len(keyed)          # statements alike in a document share a key
    assert position_timeline(keyed, codebook, documents=docs) == reference_timeline(keyed, codebook, docs)
