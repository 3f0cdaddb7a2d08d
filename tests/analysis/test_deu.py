"""DEU III: loader counts, published baselines reproduced, the committed split.

Data: Thomson, R. et al., DEU III, doi:10.34810/data53, CC BY 4.0.
Tolerances: the mean, salience, GDP×salience, median-actor and constant-50
baselines reproduce the published figures within 0.05; the capability ×
salience model (our documented Council-vote table) within 0.15; our
expected-utility model is within 3 points of the published challenge models'
range (26.8–28.3).
"""
from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from zopa.analysis.deu import (PUBLISHED, backtest_deu, baseline_predictions, expected_utility_check, load_deu,
                               load_split, make_split, model_forecast, parse_intro)
from zopa.errors import InputError

SPLIT_SHA256 = "a3b0a2cb274b7e7cb48da87217cd13db6b20ec004c2c4e645d62140f28cf29e0"


@pytest.fixture(scope="module")
def deu(data_dir):
    return load_deu(data_dir / "deu3" / "deu3.tsv")


def test_loader_keeps_the_351_usable_issues(deu):
    assert deu.n_rows == 364 and deu.n_issues == 351
    assert deu.actors[:2] == ("com", "ep") and len(deu.actors) == 30
    assert ((~np.isnan(deu.positions)).sum(axis=1) >= 3).all() and not np.isnan(deu.outcome).any()
    assert deu.gdp[deu.actors.index("de")] == pytest.approx(4.1) and deu.gdp[deu.actors.index("fr")] == pytest.approx(2.8)


def test_intro_dates_in_all_three_spellings():
    assert parse_intro("26-01-00") == dt.date(2000, 1, 26)
    assert parse_intro("07-02-96") == dt.date(1996, 2, 7)
    assert parse_intro("14-09-2016") == dt.date(2016, 9, 14)
    assert parse_intro("2014-07-04") == dt.date(2004, 7, 14)


def test_missing_file_names_it(tmp_path):
    with pytest.raises(InputError, match="deu.tsv: file not found"):
        load_deu(tmp_path / "deu.tsv")


@pytest.mark.parametrize("model,tol", [("mean", 0.05), ("salience_mean", 0.05), ("gdp_salience_mean", 0.05),
                                       ("median_actor", 0.05), ("constant_50", 0.05),
                                       ("capability_salience_mean", 0.15)])
def test_baselines_reproduce_the_published_errors(deu, model, tol):
    mae = float(np.abs(baseline_predictions(deu)[model] - deu.outcome).mean())
    assert mae == pytest.approx(PUBLISHED[model], abs=tol)


def test_expected_utility_model_is_near_the_published_challenge_models(deu):
    mae = float(np.abs(model_forecast(deu, "expected_utility") - deu.outcome).mean())
    assert 26.8 - 3 <= mae <= 28.3 + 3


def test_the_election_takes_each_issues_reference_point_as_the_status_quo(deu):
    setting = {"curvature": 4.0, "sharpness": 2.0, "salience_power": 2.0}
    without = model_forecast(deu, "condorcet_election", {**setting, "reference": False})
    with_sq = model_forecast(deu, "condorcet_election", {**setting, "reference": True})
    none = np.isnan(deu.reference)
    assert none.sum() == 99 and np.array_equal(with_sq[none], without[none])
    # only where the reference point is none of the positions is it an extra option; there it mostly matters
    held = np.array([np.any(deu.positions[i] == deu.reference[i]) for i in range(deu.n_issues)])
    extra = ~none & ~held
    assert extra.sum() == 51 and np.allclose(with_sq[~extra], without[~extra])
    assert (np.abs(with_sq - without)[extra] > 0.01).sum() >= 25


def test_the_status_quo_probability_explains_the_expected_utility_gap(deu):
    rows = dict(expected_utility_check(deu))
    before, after = rows["zopa's model before the check (Q = 0.5)"], rows["Q = 1: the status quo holds unless challenged (published)"]
    assert before == pytest.approx(28.95, abs=0.01)
    assert after < before - 2.5


def test_committed_split_is_fixed_disjoint_and_by_proposal(deu, data_dir):
    split, sha = load_split(data_dir / "deu3" / "split.json")
    assert sha == SPLIT_SHA256
    parts = [set(split["issues"][k]) for k in ("train", "dev", "test")]
    assert not (parts[0] & parts[1] or parts[0] & parts[2] or parts[1] & parts[2])
    assert set().union(*parts) == set(deu.issue_ids)
    owner = dict(zip(deu.issue_ids, deu.proposal_ids))
    props = [{owner[i] for i in p} for p in parts]
    assert not (props[0] & props[1] or props[0] & props[2] or props[1] & props[2])
    assert [len(p) for p in parts] == [211, 70, 70]
    assert make_split(deu) == split  # the file is what the seeded procedure gives


@pytest.mark.slow
def test_backtest_reports_every_model_and_the_split_test(deu):
    r = backtest_deu(deu, models=("mean", "condorcet_election"), repeats=2, bootstrap=300).to_dict()
    assert r["n_issues"] == 351 and "10.34810/data53" in r["citation"]
    models = {m["name"]: m for m in r["models"]}
    assert set(models) == {"mean", "capability_salience_mean", "condorcet_election"}   # the baseline always
    assert models["mean"]["published"] == 23.63 and models["mean"]["cv_mae"] == pytest.approx(23.631, abs=1e-3)
    for m in models.values():
        assert set(m) >= {"name", "mae", "cv_mae", "diff_vs_compromise", "coverage_80", "published"}
        assert set(m["diff_vs_compromise"]) == {"mean", "ci_low", "ci_high"}
        assert 0.7 <= m["coverage_80"] <= 0.9
    pce = models["condorcet_election"]
    assert pce["diff_vs_compromise"]["ci_low"] <= pce["diff_vs_compromise"]["mean"] <= pce["diff_vs_compromise"]["ci_high"]
    assert pce["cv_mae"] < models["capability_salience_mean"]["cv_mae"] and r["best"] == "condorcet_election"
    s = r["split"]
    assert s["sha256"] == SPLIT_SHA256 and s["sizes"] == {"train": 211, "dev": 70, "test": 70}
    assert s["ci95"][0] <= s["difference"] <= s["ci95"][1]
    assert s["chosen"] in ("shrink_to_reference", "lad_blend")
    assert sum(s["weights"].values()) == pytest.approx(1.0, abs=1e-3)


def test_the_products_best_model_setting_and_interval_are_what_the_data_give(deu):
    from zopa.analysis.deu import fit_model
    from zopa.analysis.forecast import BEST_INTERVAL_Q80, BEST_MODEL, BEST_SETTING

    setting, q = fit_model(deu, BEST_MODEL)
    assert setting == BEST_SETTING and q == pytest.approx(BEST_INTERVAL_Q80, abs=1e-3)


@pytest.mark.parametrize("partner", ["mean", "salience_mean", "capability_salience_mean", "median_actor",
                                     "constant_50", "nash_bargaining", "expected_utility"])
def test_the_product_computes_each_ensemble_partner_as_the_backtest_does(deu, partner):
    from zopa.analysis.deu import ENSEMBLE_PARTNERS, GRIDS, council_capabilities
    from zopa.analysis.forecast import partner_forecast

    assert partner in ENSEMBLE_PARTNERS
    setting = GRIDS[partner][-1] if partner in GRIDS else {}        # the last setting: reference, risk, ... on
    ours = (model_forecast(deu, partner, setting) if partner in GRIDS else baseline_predictions(deu)[partner])
    C, S = council_capabilities(deu), deu.saliences / 100.0
    for i in range(0, deu.n_issues, 7):
        assert partner_forecast(partner, deu.positions[i], C[i], S[i], setting, deu.reference[i]) == \
            pytest.approx(ours[i], abs=1e-6)


def test_the_ensemble_is_its_weighted_members(deu):
    from zopa.analysis.forecast import BEST_SETTING

    blend = model_forecast(deu, "condorcet_ensemble", BEST_SETTING)
    election = model_forecast(deu, "condorcet_election", BEST_SETTING["anchor"])
    assert np.allclose(blend, 0.8 * election + 0.2 * np.nanmean(deu.positions, axis=1))
    default = model_forecast(deu, "condorcet_ensemble")          # equal weights with the mean, the election's default
    mean = np.nanmean(deu.positions, axis=1)
    assert np.allclose(default, 0.5 * model_forecast(deu, "condorcet_election") + 0.5 * mean)


def test_unknown_model_is_an_input_error(deu):
    with pytest.raises(InputError, match="unknown model"):
        backtest_deu(deu, models=("oracle",))


@pytest.mark.slow
def test_cli_prints_json_and_a_table_with_the_published_figures(data_dir):
    import json

    from typer.testing import CliRunner

    from zopa.analysis.forecast import BEST_MODEL
    from zopa.cli import app

    path = str(data_dir / "deu3" / "deu3.tsv")
    res = CliRunner().invoke(app, ["backtest", "deu", path, "--json", "--repeats", "1"])
    assert res.exit_code == 0, res.output
    d = json.loads(res.output)
    models = {m["name"]: m for m in d["models"]}
    assert d["n_issues"] == 351 and models["constant_50"]["published"] == 27.96 and "split" in d
    assert {"nash_bargaining", "condorcet_election", "exchange", "expected_utility"} <= set(models)
    assert d["best"] == min(d["models"], key=lambda m: m["cv_mae"])["name"] == BEST_MODEL
    table = CliRunner(env={"COLUMNS": "160"}).invoke(app, ["backtest", "deu", path, "--repeats", "1"])
    assert table.exit_code == 0 and "23.63" in table.output and "10.34810/data53" in table.output
    assert "(best)" in table.output and "Q = 0.5" in table.output
    missing = CliRunner().invoke(app, ["backtest", "deu", str(data_dir / "nope.tsv")])
    assert missing.exit_code == 2
