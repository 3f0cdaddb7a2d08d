"""The simulated analyst of the review benchmark, on the bundled dev documents and their gold."""
from __future__ import annotations

import pytest

from zopa.analysis.positions import aggregate_positions
from zopa.evaluate import load_gold
from zopa.extract import extract_document
from zopa.ingest import load_documents
from zopa.review.simulate import analysis_error, answer, apply_answer, gold_by_document, gold_statements


@pytest.fixture(scope="module")
def dev(dev_dir, gold_dir, codebook):  # type: ignore[no-untyped-def]
    docs, _ = load_documents([str(dev_dir)])
    gold = gold_statements(docs, load_gold(gold_dir / "dev.statements.jsonl"))
    machine = [s.replace(id=s.key) for d in docs for s in extract_document(d, codebook)]
    return {d.id: d for d in docs}, gold, machine


def test_gold_quotes_are_placed_in_their_documents(dev):
    docs, gold, _ = dev
    assert len(gold) > 400
    assert all(docs[g.doc_id].text[g.start:g.end] == g.quote for g in gold)


def test_answers_follow_the_gold(dev):
    _, gold, machine = dev
    by_doc = gold_by_document(gold)
    for s in machine:
        mine = by_doc.get(s.doc_id, [])
        triples = {(g.actor, g.issue, g.stance) for g in mine}
        a = answer(s, mine)
        if (s.actor, s.issue, s.stance) in triples:
            assert a.action in ("confirm", "fix") and set(a.fields) <= {"value", "red_line"}
        elif a.action == "fix":
            assert a.fields["stance"] != s.stance
        else:
            assert a.action == "reject"


def test_reviewing_everything_removes_the_error_of_what_was_found(dev, codebook):
    docs, gold, machine = dev
    principals = codebook.principals[:2]
    reference = aggregate_positions(gold, codebook, documents=docs)
    assert analysis_error(reference, reference, principals) == 0
    before = analysis_error(aggregate_positions(machine, codebook, documents=docs), reference, principals)
    by_doc = gold_by_document(gold)
    reviewed = list(machine)
    for s in machine:
        k = next(i for i, t in enumerate(reviewed) if t.id == s.id)
        reviewed = apply_answer(reviewed, k, answer(reviewed[k], by_doc.get(s.doc_id, [])))
    after = analysis_error(aggregate_positions(reviewed, codebook, documents=docs), reference, principals)
    assert after < before
    assert all(s.origin == "corrected" and s.confidence == 1.0 for s in reviewed)
