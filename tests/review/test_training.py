"""`zopa train-stance --with-corrections`: the analyst's reviews become labelled training examples."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from zopa.cli import app
from zopa.extract import learned
from zopa.extract.pipeline import LEARNED_VERSION
from zopa.extract.rules import RuleEngine
from zopa.review.queue import ReviewQueue
from zopa.review.training import analyst_model_path, correction_examples
from zopa.store import Store

runner = CliRunner()


def _review(url: str, codebook) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Confirm, reject and fix the top three statements; return {action: statement id}."""
    done = {}
    with Store(url, codebook=codebook) as store:
        queue = ReviewQueue(store, codebook)
        for action in ("confirm", "reject", "fix"):
            it = queue.next()
            stance = next(s for s in ("demand", "reject") if s != it.statement.stance)
            queue.act(it.statement.id, action, who="ana", fields={"stance": stance} if action == "fix" else None)
            done[action] = it.statement.id
    return done


def test_only_reviewed_pairs_are_labelled(review_url, codebook):
    done = _review(review_url, codebook)
    with Store(review_url, codebook=codebook) as store:
        examples = correction_examples(store, codebook, RuleEngine(codebook))
        fixed = store.get_statement(done["fix"])
        reviewed = {(s.doc_id, s.actor, s.issue) for s in store.statements() if s.origin != "machine"}
        names = {d.id: d.name for d in store.documents()}
    labelled = [e for e in examples if e.label is not None]
    assert labelled and len(labelled) < len(examples)
    assert any(e.label == fixed.stance and (e.finding.actor, e.finding.issue) == (fixed.actor, fixed.issue)
               for e in labelled)
    assert any(e.label == learned.NONE for e in labelled)          # the rejected statement
    checked = {(names[d], a, i) for d, a, i in reviewed}
    for e in labelled:
        assert (e.doc, e.finding.actor, e.finding.issue) in checked or e.label == learned.NONE


def test_train_stance_with_corrections_writes_a_model_beside_the_store(review_url, codebook, seeds_dir, gold_dir):
    pytest.importorskip("sklearn")
    _review(review_url, codebook)
    res = runner.invoke(app, ["train-stance", "--with-corrections", "--db", review_url, "--json",
                              str(seeds_dir), "--gold", str(gold_dir / "seeds.statements.jsonl")])
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    path = analyst_model_path(review_url)
    assert Path(out["out"]) == path and path.exists()
    model = learned.load_model(path)
    assert model.meta["extractor_version"].startswith(LEARNED_VERSION + "+analyst-")
    assert model.meta["trained_on"]["reviewed_examples"] > 0
    assert learned.load_model().meta["extractor_version"] == LEARNED_VERSION     # the shipped model is untouched
    # extraction in learned mode now uses the analyst's model, and its statements say so
    res = runner.invoke(app, ["extract", "--db", review_url, "--mode", "learned"])
    assert res.exit_code == 0, res.output
    with Store(review_url, codebook=codebook) as store:
        versions = {s.extractor_version for s in store.statements() if s.origin == "machine"}
    assert versions == {model.meta["extractor_version"]}


def test_train_stance_needs_gold_without_corrections():
    res = runner.invoke(app, ["train-stance"])
    assert res.exit_code == 2
    assert "--with-corrections" in res.output
