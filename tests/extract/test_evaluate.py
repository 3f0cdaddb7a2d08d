"""The scorer: set matching per document, micro-averaging, values, evidence and document checks."""
from __future__ import annotations

import json

import pytest

from zopa.errors import InputError
from zopa.evaluate import evaluate
from zopa.records import Statement

from .helpers import make_doc

TEXT = "Russia demands all of Donetsk. Kyiv rejects that. Britain backs Kyiv."


def _gold(tmp_path, rows):
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    return path


def _st(doc, actor, issue, stance, quote, value=None):
    at = doc.text.index(quote)
    return Statement(doc.id, actor, issue, stance, at, at + len(quote), quote, value=value)


def test_scores_triples_pairs_values_and_evidence(tmp_path):
    doc = make_doc(TEXT, name="a.txt")
    gold = _gold(tmp_path, [
        {"doc": "a.txt", "actor": "RUS", "issue": "territory.donetsk", "stance": "demand",
         "quote": "Russia demands all of Donetsk.", "value": 100},
        {"doc": "a.txt", "actor": "UKR", "issue": "territory.donetsk", "stance": "reject", "quote": "Kyiv rejects that."},
    ])
    pred = {"a.txt": [
        _st(doc, "RUS", "territory.donetsk", "demand", "Russia demands all of Donetsk.", value=90),
        _st(doc, "UKR", "territory.donetsk", "demand", "Kyiv rejects that."),
        _st(doc, "GBR", "territory", "support", "Britain backs Kyiv."),
    ]}
    rep = evaluate([doc], pred, gold)
    d = rep.to_dict()
    assert set(d) == {"triples", "pairs", "value_mae", "evidence_hit_rate", "by_stance", "by_issue", "documents"}
    assert (rep.triples.tp, rep.triples.fp, rep.triples.fn) == (1, 2, 1)
    assert (rep.pairs.tp, rep.pairs.fp, rep.pairs.fn) == (2, 1, 0)
    assert d["value_mae"] == 10 and d["evidence_hit_rate"] == 1.0
    assert {m.kind for m in rep.misses} == {"missed", "false_positive"}
    assert rep.by_stance["reject"].fn == 1


def test_evidence_needs_half_of_the_gold_quote(tmp_path):
    doc = make_doc(TEXT, name="a.txt")
    gold = _gold(tmp_path, [{"doc": "a.txt", "actor": "RUS", "issue": "territory.donetsk", "stance": "demand",
                             "quote": "Russia demands all of Donetsk."}])
    short = Statement(doc.id, "RUS", "territory.donetsk", "demand", 0, 6, "Russia")
    assert evaluate([doc], {"a.txt": [short]}, gold).evidence_hit_rate == 0.0


def test_document_without_gold_counts_false_positives(tmp_path):
    doc = make_doc(TEXT, name="b.txt")
    gold = _gold(tmp_path, [{"doc": "a.txt", "actor": "RUS", "issue": "territory", "stance": "demand", "quote": "x"}])
    rep = evaluate([doc], {"b.txt": [_st(doc, "GBR", "territory", "support", "Britain backs Kyiv.")]}, gold)
    assert (rep.triples.tp, rep.triples.fp, rep.triples.fn) == (0, 1, 0)


def test_document_checks(tmp_path):
    doc = make_doc(TEXT, name="a.txt").replace(title="T", original_source="Wire")
    gold = _gold(tmp_path, [{"doc": "a.txt", "actor": "RUS", "issue": "territory", "stance": "demand", "quote": "x"}])
    docs = tmp_path / "docs.jsonl"
    docs.write_text(json.dumps({"doc": "a.txt", "title": "T", "date": "2025-03-13", "original_source": "wire",
                                "must_drop": ["Share this"], "must_keep": ["Kyiv rejects that.", "gone"]}))
    d = evaluate([doc], {}, gold, docs).to_dict()["documents"]
    assert d == {"n": 1, "title": 1.0, "date": 1.0, "original_source": 1.0, "must_drop": 1.0, "must_keep": 0.5,
                 "checks": 6, "passed": 5, "all": 0.8333}


def test_document_checks_alone_from_the_cli_and_sources_compared_by_the_source_rule(tmp_path):
    from typer.testing import CliRunner

    from zopa.cli import app

    (tmp_path / "a.txt").write_text(
        "---\ntitle: Envoys meet\nurl: https://www.harbour-gazette.example/x\n---\n"
        "Envoys from both sides met in Geneva on Monday and agreed to meet again next month, officials said.\n",
        encoding="utf-8")
    docs = tmp_path / "docs.jsonl"
    docs.write_text(json.dumps({"doc": "a.txt", "title": "Envoys meet", "date": None, "original_source": "Harbour Gazette",
                                "must_drop": [], "must_keep": ["agreed to meet again"]}), encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "--documents", str(docs), "--json", str(tmp_path / "a.txt")])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["documents"] == {"n": 1, "title": 1.0, "date": 1.0, "original_source": 1.0,
                                                       "must_drop": None, "must_keep": 1.0, "checks": 4, "passed": 4, "all": 1.0}
    assert CliRunner().invoke(app, ["eval", str(tmp_path / "a.txt")]).exit_code != 0


def test_bad_gold_line_names_file_and_line(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text('{"doc": "a.txt"}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"gold.jsonl.*record 1: missing required field"):
        evaluate([make_doc(TEXT)], {}, path)
