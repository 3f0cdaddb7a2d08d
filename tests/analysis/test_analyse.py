"""The orchestrating analysis, its JSON shape, and `zopa analyse` / `zopa bench pareto`."""
from __future__ import annotations

import datetime as dt
import json

import numpy as np
import pytest
from typer.testing import CliRunner

from bargain_helpers import pos
from zopa.analysis import analyse, analyse_store, load_plans
from zopa.analysis.scenario import load_scenario
from zopa.cli import app
from zopa.records import Document, Statement, content_hash
from zopa.store import Store

SCENARIO = """\
name: test
as_of: 2025-06-01
principals: [RUS, UKR]
batna: {RUS: 0.3, UKR: 0.3}
positions:
  RUS:
    alignment.nato: {ideal: 100, reservation: 40, salience: 1.0}
    sanctions.relief: {ideal: 100, reservation: 30, red_line: true, salience: 0.5}
    territory.donetsk: {ideal: 100, reservation: 70, salience: 1.0}
  UKR:
    alignment.nato: {ideal: 0, reservation: 60, salience: 0.5}
    sanctions.relief: {ideal: 0, reservation: 50, salience: 1.0}
    territory.donetsk: {ideal: 0, reservation: 40, salience: 1.0}
  USA:
    security.guarantees: {ideal: 40}
"""


def _positions():
    d = dt.date(2025, 5, 1)
    return [pos("RUS", "alignment.nato", 100, 40, salience=1.0, date=d, statements=("s1", "s2")),
            pos("UKR", "alignment.nato", 0, 60, salience=0.5, date=d, statements=("s3",)),
            pos("RUS", "territory.donetsk", 100, 70, red_line=True, date=d),
            pos("UKR", "territory.donetsk", 0, 40, date=d),
            pos("UKR", "assets.frozen", 0, 20, date=d),
            pos("RUS", "alignment.nato", 100, 90, date=dt.date(2030, 1, 1))]   # after as_of: ignored


def test_to_dict_has_the_documented_shape(codebook):
    plans = load_plans(codebook=codebook)
    r = analyse(_positions(), codebook, plans=plans, as_of=dt.date(2025, 6, 1),
                timeline={"x": [1]}, shifts=[{"actor": "RUS"}], forecasts={"f": 1})
    d = r.to_dict()
    assert list(d) == ["as_of", "principals", "issues", "nash", "kalai_smorodinsky", "pareto", "plans",
                       "levers", "timeline", "shifts", "forecasts"]
    assert d["as_of"] == "2025-06-01" and d["principals"] == ["RUS", "UKR"]
    nato = d["issues"]["alignment.nato"]
    assert nato["label"] == "NATO membership / neutrality"
    assert nato["zopa"] == [40.0, 60.0] and nato["gap"] == 0.0
    assert nato["positions"]["RUS"] == {"ideal": 100.0, "reservation": 40.0, "red_line": False, "salience": 1.0,
                                        "confidence": 0.5, "statements": ["s1", "s2"]}
    assert d["issues"]["territory.donetsk"]["gap"] == 30.0
    assert d["issues"]["assets.frozen"] == {"label": "Frozen Russian state assets", "zopa": None, "gap": None,
                                            "positions": d["issues"]["assets.frozen"]["positions"]}
    assert set(d["plans"]) == {p.id for p in plans}
    plan = d["plans"]["rus-conditions-2024-06"]
    assert set(plan) == {"title", "date", "source", "values", "utilities", "red_lines_crossed", "distance_to_nash"}
    assert d["timeline"] == {"x": [1]} and d["shifts"] == [{"actor": "RUS"}] and d["forecasts"] == {"f": 1}
    for lever in d["levers"]:
        assert set(lever) == {"actor", "issue", "kind", "from", "to", "move", "opens", "description"}
    json.dumps(d)   # JSON-ready


def test_issue_without_a_principal_is_left_out_of_the_package_space(codebook):
    r = analyse(_positions(), codebook, as_of=dt.date(2025, 6, 1))
    assert r.left_out == ("assets.frozen",)
    assert r.space.issue_ids == ("territory.donetsk", "alignment.nato")
    for point in r.to_dict()["pareto"]["points"]:
        assert set(point["package"]) == {"territory.donetsk", "alignment.nato"}


def _dealable():
    return [p for p in _positions() if p.issue != "territory.donetsk"] + [
        pos("RUS", "territory.donetsk", 100, 40, red_line=True), pos("UKR", "territory.donetsk", 0, 60)]


def test_nash_package_respects_red_lines_and_beats_no_deal(codebook):
    d = analyse(_dealable(), codebook, as_of=dt.date(2025, 6, 1)).to_dict()
    nash = d["nash"]
    assert nash["package"]["territory.donetsk"] >= 40     # Russia's red line
    for a in ("RUS", "UKR"):
        assert nash["utilities"][a] >= nash["disagreement"][a] - 1e-9
        assert d["kalai_smorodinsky"]["utilities"][a] >= d["kalai_smorodinsky"]["disagreement"][a] - 1e-9
    assert d["pareto"]["size"] >= len(d["pareto"]["points"]) > 0


def test_plan_distance_is_measured_from_the_nash_package(codebook):
    r = analyse(_dealable(), codebook, plans=load_plans(codebook=codebook), as_of=dt.date(2025, 6, 1))
    nash = r.package_of(r.nash)
    assert nash is not None
    us = next(s for s in r.plans if s.plan.id == "us-28-point-2025-11")
    common = [i for i in us.plan.values if i in nash]
    assert us.distance_to_nash == pytest.approx(np.mean([abs(us.plan.values[i] - nash[i]) for i in common]))


def test_analyse_from_a_scenario_alone(tmp_path, codebook):
    f = tmp_path / "s.yaml"
    f.write_text(SCENARIO)
    r = analyse_store(None, codebook, scenario=load_scenario(f, codebook))
    d = r.to_dict()
    assert d["as_of"] == "2025-06-01"
    assert d["nash"]["disagreement"] == {"RUS": 0.3, "UKR": 0.3}
    assert d["issues"]["security.guarantees"]["zopa"] is None and d["issues"]["security.guarantees"]["gap"] is None


def test_analyse_store_reads_statements_from_a_real_sqlite_store(sqlite_url, codebook):
    text = "Russia demands all of Donetsk. Ukraine demands full control of Donetsk."
    h = content_hash(text)
    doc = Document(id=h[:16], content_hash=h, text=text, raw_text=text, published=dt.date(2025, 3, 1))
    def st(actor, quote, value):
        start = text.index(quote)
        return Statement(doc_id=doc.id, actor=actor, issue="territory.donetsk", stance="demand", start=start,
                         end=start + len(quote), quote=quote, value=value, extractor_version="t")
    with Store(sqlite_url) as store:
        store.add_document(doc)
        store.replace_machine_statements(doc.id, [st("RUS", "Russia demands all of Donetsk", 100.0),
                                                  st("UKR", "Ukraine demands full control of Donetsk", 0.0)], "t")
        d = analyse_store(store, codebook).to_dict()
    donetsk = d["issues"]["territory.donetsk"]
    assert donetsk["positions"]["RUS"]["ideal"] == 100 and donetsk["positions"]["UKR"]["ideal"] == 0
    assert donetsk["gap"] == 100 and len(donetsk["positions"]["RUS"]["statements"]) == 1


def test_cli_analyse_from_scenario_without_database(tmp_path):
    f = tmp_path / "s.yaml"
    f.write_text(SCENARIO)
    out = CliRunner().invoke(app, ["analyse", "--scenario", str(f), "--json"])
    assert out.exit_code == 0, out.output
    d = json.loads(out.output)
    assert d["issues"]["alignment.nato"]["zopa"] == [40.0, 60.0] and d["nash"] is not None
    table = CliRunner().invoke(app, ["analyse", "--scenario", str(f)])
    assert table.exit_code == 0 and "ZOPA 40–60" in table.output and "Nash" in table.output
    best = d["forecasts"]["alignment.nato"]["best"]
    assert best["low"] <= best["point"] <= best["high"] and best["model"] == "condorcet_ensemble"
    assert "Forecasts" in table.output


def test_cli_analyse_reports_a_bad_scenario_with_exit_code_3(tmp_path):
    f = tmp_path / "bad.yaml"
    f.write_text("positions:\n  RUS:\n    territory.mars: {ideal: 10}\n")
    out = CliRunner().invoke(app, ["analyse", "--scenario", str(f)])
    assert out.exit_code == 3 and "territory.mars" in out.output


def test_cli_bench_pareto_json():
    out = CliRunner().invoke(app, ["bench", "pareto", "--parties", "3", "--issues", "5", "--options", "4",
                                   "--seed", "2", "--json"])
    assert out.exit_code == 0, out.output
    d = json.loads(out.output)
    assert d["packages"] == 4 ** 5 and d["frontier_size"] > 0 and d["seconds"] >= 0
