"""`zopa review` and `zopa calibrate` through the command line."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from zopa.cli import app
from zopa.extract import EXTRACTOR_VERSION
from zopa.review.calibration import load_calibrator
from zopa.store import Store

runner = CliRunner()


def test_review_json_lists_the_queue(review_url, codebook):
    res = runner.invoke(app, ["review", "--db", review_url, "--json", "--limit", "5"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    with Store(review_url, codebook=codebook) as store:
        assert data["total"] == len(store.statements())
    assert len(data["items"]) == 5
    scores = [it["expected_change"] for it in data["items"]]
    assert scores == sorted(scores, reverse=True)
    assert {"id", "quote", "confidence", "influence", "influence_parts"} <= set(data["items"][0])


def test_review_table(review_url):
    res = runner.invoke(app, ["review", "--db", review_url, "--limit", "3"], env={"COLUMNS": "200"})
    assert res.exit_code == 0, res.output
    assert "Review queue: first 3 of" in res.output


def test_calibrate_writes_a_calibrator_for_the_current_extractor(seeds_dir, gold_dir, tmp_path):
    out = tmp_path / "confidence.json"
    res = runner.invoke(app, ["calibrate", str(seeds_dir), "--gold", str(gold_dir / "seeds.statements.jsonl"),
                              "--out", str(out), "--json"])
    assert res.exit_code == 0, res.output
    cal = load_calibrator(out)
    assert cal is not None and cal.extractor_version == EXTRACTOR_VERSION
    assert json.loads(res.output)["meta"]["target_sets"] == ["seeds"]


def test_calibrate_sets_the_level_to_the_unseen_share(seeds_dir, gold_dir, tmp_path):
    out = tmp_path / "confidence.json"
    res = runner.invoke(app, ["calibrate", str(seeds_dir), "--gold", str(gold_dir / "seeds.statements.jsonl"),
                              "--out", str(out), "--unseen-share", "0.4"])
    assert res.exit_code == 0, res.output
    assert "level set to the share right on unseen text, 0.400" in " ".join(res.output.split())
    meta = json.loads(out.read_text())["meta"]
    assert meta["unseen_share"] == 0.4 and meta["level_shift"] < 0
    bad = runner.invoke(app, ["calibrate", str(seeds_dir), "--gold", str(gold_dir / "seeds.statements.jsonl"),
                              "--out", str(out), "--unseen-share", "1.5"])
    assert bad.exit_code == 2 and "unseen-share" in bad.output


def test_calibrate_without_gold_for_the_documents_fails_cleanly(seeds_dir, tmp_path):
    gold = tmp_path / "other.jsonl"
    gold.write_text(json.dumps({"doc": "elsewhere.txt", "actor": "RUS", "issue": "territory", "stance": "demand",
                                "quote": "x"}) + "\n")
    res = runner.invoke(app, ["calibrate", str(seeds_dir), "--gold", str(gold), "--out", str(tmp_path / "c.json")])
    assert res.exit_code == 2
    assert "no gold statement names any of the documents" in " ".join(res.output.split())
