"""`zopa eval` and `zopa extract` end to end on the bundled seeds and a real SQLite store."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from zopa.cli import app
from zopa.codebook import load_codebook
from zopa.extract import EXTRACTOR_VERSION, extract_store
from zopa.store import Store

from .helpers import make_doc

runner = CliRunner()


def test_eval_json_prints_the_scores(seeds_dir, gold_dir):
    res = runner.invoke(app, ["eval", "--gold", str(gold_dir / "seeds.statements.jsonl"),
                              "--documents", str(gold_dir / "seeds.documents.jsonl"), "--json", str(seeds_dir)])
    assert res.exit_code == 0, res.output
    d = json.loads(res.output)
    assert set(d) == {"triples", "pairs", "value_mae", "evidence_hit_rate", "by_stance", "by_issue", "documents"}
    assert d["triples"]["f1"] > 0.5 and d["documents"]["n"] == 4


def test_eval_table_lists_misses(seeds_dir, gold_dir):
    res = runner.invoke(app, ["eval", "--gold", str(gold_dir / "seeds.statements.jsonl"), str(seeds_dir)])
    assert res.exit_code == 0, res.output
    assert "Missed gold statements" in res.output and "False positives" in res.output


def test_eval_missing_gold_file_is_a_clear_error(seeds_dir, tmp_path):
    res = runner.invoke(app, ["eval", "--gold", str(tmp_path / "nope.jsonl"), str(seeds_dir)])
    assert res.exit_code == 2 and "nope.jsonl" in res.output


def test_extract_store_writes_statements(sqlite_url, seeds_dir):
    cb = load_codebook()
    doc = make_doc((seeds_dir / "002_2ca43d52e0bca40b.txt").read_text(encoding="utf-8"), name="002.txt")
    with Store(sqlite_url) as store:
        store.add_document(doc)
        summary = extract_store(store, cb, progress=False)
        assert summary.documents == 1 and summary.statements > 3 and not summary.errors
        assert store.extracted_versions() == {doc.id: EXTRACTOR_VERSION}
        assert "RUS" in {s.actor for s in store.statements()}
    res = runner.invoke(app, ["extract", "--db", sqlite_url])
    assert res.exit_code == 0, res.output
    assert "statements from 1 documents" in res.output
