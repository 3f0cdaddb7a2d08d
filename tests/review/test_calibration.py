"""Calibrated confidence: the signals, the logistic and isotonic fits, the choice by held-out sets, reliability and
ECE, the stored calibrator (both formats) and the store hook."""
from __future__ import annotations

import json

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zopa.extract import EXTRACTOR_VERSION, extract_document, extract_store
from zopa.ingest import ingest, load_documents
from zopa.errors import InputError
from zopa.records import Statement
from zopa.review.calibration import (CALIBRATOR_PATH, FEATURES, FLOOR, FORMAT, CEILING, Calibrator, FitSet,
                                     Setting, calibrate, choose_setting, expected_calibration_error, one_standard_error,
                                     fit_calibrator, fit_from_paths, fit_isotonic, fit_logistic, load_calibrator,
                                     reliability, statement_features)
from zopa.settings import load_settings
from zopa.store import Store

scores = st.lists(st.sampled_from([0.1, 0.3, 0.45, 0.55, 0.6, 0.7, 0.9]), min_size=1, max_size=60)


@settings(max_examples=60, deadline=None)
@given(scores, st.data())
def test_isotonic_fit_is_monotone_and_matches_scikit_learn(xs, data):
    sklearn = pytest.importorskip("sklearn.isotonic")
    labels = data.draw(st.lists(st.booleans(), min_size=len(xs), max_size=len(xs)))
    cal = fit_isotonic(xs, labels, "v")
    grid = np.linspace(0, 1, 101)
    assert np.all(np.diff(cal(grid)) >= -1e-12)
    reference = sklearn.IsotonicRegression(out_of_bounds="clip").fit(xs, np.asarray(labels, float)).predict(xs)
    assert np.allclose(cal(xs), np.clip(reference, FLOOR, CEILING))


def test_weights_count_as_repeated_examples():
    xs, labels = [0.4, 0.4, 0.6, 0.6], [True, False, True, False]
    weighted = fit_isotonic(xs, labels, "v", weights=[3, 1, 1, 1])
    repeated = fit_isotonic([0.4] * 4 + [0.6, 0.6], [True] * 3 + [False, True, False], "v")
    assert np.allclose(weighted([0.4, 0.6]), repeated([0.4, 0.6]))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.floats(0, 1), st.booleans()), min_size=1, max_size=80))
def test_ece_is_the_count_weighted_gap_of_the_reliability_bins(rows):
    p, labels = [r[0] for r in rows], [r[1] for r in rows]
    table = reliability(p, labels, bins=10)
    assert sum(b.n for b in table) == len(rows)
    brute = 0.0
    for b in range(10):
        members = [(pi, li) for pi, li in rows if min(int(pi * 10), 9) == b]
        if members:
            brute += abs(np.mean([m[0] for m in members]) - np.mean([m[1] for m in members])) * len(members)
    assert expected_calibration_error(p, labels) == pytest.approx(brute / len(rows))


def test_stored_calibrator_is_for_the_current_extractor():
    cal = load_calibrator()
    assert cal is not None, f"no calibrator at {CALIBRATOR_PATH}; run `zopa calibrate` (see README)"
    assert cal.extractor_version == EXTRACTOR_VERSION, (
        f"the calibrator was fitted for {cal.extractor_version}, the extractor is {EXTRACTOR_VERSION}: "
        "refit it with `zopa calibrate` (command in README, Review section)")
    assert np.all(np.diff(cal(np.linspace(0, 1, 21))) >= 0)
    assert {"target_sets", "prior_sets", "prior_weight", "statements"} <= set(cal.meta)
    assert set(cal.features) <= set(FEATURES) and len(cal.coef) == len(cal.features)


def test_calibrate_maps_only_statements_of_its_extractor_version(seeds_dir, codebook):
    docs, _ = load_documents([str(seeds_dir)])
    found = extract_document(docs[0], codebook)
    cal = Calibrator(EXTRACTOR_VERSION, (0.0, 1.0), (0.2, 0.4))
    mapped = calibrate(found, cal)
    assert [s.confidence for s in mapped] == [round(0.2 + 0.2 * s.confidence, 4) for s in found]
    other = Calibrator("another-extractor", (0.0, 1.0), (0.2, 0.4))
    assert calibrate(found, other) == found


def test_statements_are_stored_with_calibrated_confidence(sqlite_url, seeds_dir, codebook):
    cal = load_calibrator()
    with Store(sqlite_url, codebook=codebook) as store:
        ingest([str(seeds_dir)], store, load_settings(db_url=sqlite_url), progress=False)
        extract_store(store, codebook, progress=False)
        stored = {s.id: s.confidence for s in store.statements()}
        expected = {}
        for d in store.documents():
            found = extract_document(d, codebook)
            expected.update({s.key: float(p) for s, p in zip(found, cal.probabilities(found))})
    assert stored and set(stored) == set(expected)
    assert all(stored[k] == pytest.approx(expected[k], abs=1e-4) for k in stored)


def test_fit_from_paths_fits_the_current_extractor(seeds_dir, dev_dir, gold_dir, codebook, tmp_path):
    gold = [gold_dir / "seeds.statements.jsonl", gold_dir / "dev.statements.jsonl"]
    cal = fit_from_paths([dev_dir], gold, codebook, prior=[seeds_dir])
    assert cal.extractor_version == EXTRACTOR_VERSION
    assert cal.meta["target_sets"] == ["dev"] and cal.meta["prior_sets"] == ["seeds"]
    cal.save(tmp_path / "c.json")
    again = load_calibrator(tmp_path / "c.json")
    assert again.extractor_version == cal.extractor_version and again.meta == cal.meta
    assert np.allclose(again.x, cal.x) and np.allclose(again.y, cal.y, atol=1e-6)


# -- the signals -----------------------------------------------------------------------------------
def _st(doc="d1", actor="A", issue="i", stance="demand", start=0, end=10, confidence=0.55, version="v"):
    return Statement(doc_id=doc, actor=actor, issue=issue, stance=stance, start=start, end=end,
                     quote="q" * (end - start),
                     confidence=confidence, extractor_version=version)


def test_signals_are_read_from_the_statement_and_its_document():
    found = [
        _st(stance="demand", confidence=0.7),                        # A on i: demand and reject → contested
        _st(stance="reject", start=20, end=30),
        _st(actor="B", issue="j", stance="offer", start=20, end=30),  # same span as the reject: two issues there
        _st(actor="C", issue="k", start=40, end=50),                 # C/k/demand twice → repeated
        _st(actor="C", issue="k", start=60, end=70, confidence=0.45),
        _st(doc="d2", stance="accept"),                              # A on i in another document: not contested
    ]
    x = statement_features(found)
    col = {name: x[:, FEATURES.index(name)].tolist() for name in FEATURES}
    assert col["response"] == [0, 1, 1, 0, 0, 1]
    assert col["contested"] == [1, 1, 0, 0, 0, 0]
    assert col["rules_score"] == [0.7, 0.55, 0.55, 0.55, 0.45, 0.55]
    assert col["sentence_issues"] == [0, 1, 1, 0, 0, 0]
    assert col["repeated"] == [0, 0, 0, 1, 1, 0]
    assert statement_features(found, ("contested",)).tolist() == [[1], [1], [0], [0], [0], [0]]
    assert statement_features([], FEATURES).shape == (0, len(FEATURES))
    with pytest.raises(InputError):
        statement_features(found, ("actor_id",))


# -- the fits -------------------------------------------------------------------------------------
def test_logistic_fit_matches_scikit_learn_with_weights_and_penalty():
    linear = pytest.importorskip("sklearn.linear_model")
    rng = np.random.default_rng(3)
    x = rng.normal(size=(300, 3))
    y = rng.random(300) < 1 / (1 + np.exp(-(0.4 + x @ np.array([1.5, -1.0, 0.0]))))
    w = rng.uniform(0.2, 2.0, size=300)
    intercept, coef, _ = fit_logistic(x, y, w, l2=2.0)
    ref = linear.LogisticRegression(C=1 / 2.0, tol=1e-10, max_iter=10_000).fit(x, y, sample_weight=w)
    assert intercept == pytest.approx(ref.intercept_[0], abs=1e-4)
    assert np.allclose(coef, ref.coef_[0], atol=1e-4)


def test_a_prior_group_shares_the_slopes_but_not_the_level():
    """Prior rows right far more often than target rows with the same signal: with an intercept of their own
    they leave the target's level alone and sharpen the shared slope."""
    rng = np.random.default_rng(5)

    def rows(n, base):
        x = rng.integers(0, 2, size=(n, 1)).astype(float)
        return x, rng.random(n) < 1 / (1 + np.exp(-(base - 1.5 * x[:, 0])))

    xt, yt = rows(400, 0.0)
    xp, yp = rows(4000, 2.5)
    x, y = np.vstack([xt, xp]), np.concatenate([yt, yp])
    groups = np.r_[np.zeros(400, int), np.ones(4000, int)]
    own, coef, others = fit_logistic(x, y, l2=0.0, groups=groups)
    pooled, _, _ = fit_logistic(x, y, l2=0.0)
    alone, _, _ = fit_logistic(xt, yt, l2=0.0)
    assert abs(own - alone) < 0.25 < abs(pooled - alone)
    assert coef[0] == pytest.approx(-1.5, abs=0.2) and others[0] == pytest.approx(2.5, abs=0.2)


def _fitset(name, rng, n=200, base=0.0, slope=-2.0, signal=True):
    """Statements whose `response` signal lowers the odds of being right by `slope` (or not at all)."""
    x = np.zeros((n, len(FEATURES)))
    x[:, FEATURES.index("response")] = rng.integers(0, 2, n)
    x[:, FEATURES.index("contested")] = rng.integers(0, 2, n)
    x[:, FEATURES.index("rules_score")] = rng.choice([0.45, 0.55, 0.7], n)
    logit = base + (slope * x[:, FEATURES.index("response")] if signal else 0.0)
    return FitSet(name, x, rng.random(n) < 1 / (1 + np.exp(-logit)), 10)


def test_held_out_sets_choose_a_signal_that_separates_right_from_wrong():
    rng = np.random.default_rng(11)
    target, prior = [_fitset(k, rng) for k in "abc"], [_fitset("prior", rng, base=1.5)]
    setting, cv = choose_setting(target, prior)
    assert "response" in setting.features
    constant = Setting((), 1.0, 0.0)
    assert cv[setting]["brier"] < cv[constant]["brier"] - 0.02
    cal = fit_calibrator(target, prior, version="v")
    right, wrong = _st(stance="demand"), _st(actor="B", stance="reject")
    p_right, p_wrong = cal.probabilities([right, wrong])
    assert p_right == pytest.approx(0.5, abs=0.08) and p_wrong == pytest.approx(0.12, abs=0.06)
    assert cal.meta["features"] == list(setting.features) and cal.meta["loso_brier"] == pytest.approx(
        cv[setting]["brier"], abs=1e-4)


def test_held_out_sets_keep_probabilities_flat_when_no_signal_tells_right_from_wrong():
    rng = np.random.default_rng(12)
    target = [_fitset(k, rng, n=300, base=0.3, signal=False) for k in "abc"]
    setting, cv = choose_setting(target)
    assert cv[setting]["brier"] >= cv[Setting((), 1.0, 0.0)]["brier"] - 0.003   # nothing to gain from any signal
    cal = fit_calibrator(target, version="v")
    share = np.mean(np.concatenate([t.labels for t in target]))
    mixed = [_st(confidence=0.7), _st(actor="B", stance="reject", start=20, confidence=0.45),
             _st(actor="C", stance="offer", start=40), _st(actor="C", stance="demand", start=40)]
    assert np.allclose(cal.probabilities(mixed), share, atol=0.05)
    assert cal.meta["statements"] == 900 and cal.meta["target_sets"] == ["a", "b", "c"]


def test_the_penalty_is_the_heaviest_within_one_standard_error_of_the_best():
    feats = ("response", "contested")
    scores = {Setting(feats, 1.0, 0.5): {"brier": 0.200, "brier_se": 0.010},
              Setting(feats, 3.0, 0.5): {"brier": 0.204, "brier_se": 0.010},
              Setting(feats, 10.0, 0.5): {"brier": 0.209, "brier_se": 0.012},
              Setting(feats, 30.0, 0.5): {"brier": 0.215, "brier_se": 0.012},    # beyond one standard error
              Setting(feats, 100.0, 2.0): {"brier": 0.201, "brier_se": 0.010},   # another prior weight: not a rival
              Setting(feats, 100.0, 0.5, False): {"brier": 0.201, "brier_se": 0.01}}   # another map: not a rival
    assert one_standard_error(Setting(feats, 1.0, 0.5), scores) == Setting(feats, 10.0, 0.5)
    tight = {st: {**sc, "brier_se": 0.001} for st, sc in scores.items()}
    assert one_standard_error(Setting(feats, 1.0, 0.5), tight) == Setting(feats, 1.0, 0.5)


def test_choose_setting_reports_the_spread_over_the_sets_left_out():
    rng = np.random.default_rng(14)
    target, prior = [_fitset(k, rng) for k in "abc"], [_fitset("prior", rng, base=1.5)]
    setting, cv = choose_setting(target, prior)
    assert all(sc["brier_se"] > 0 for sc in cv.values())
    best = min(cv, key=lambda st: (round(cv[st]["brier"], 5), len(st.features), not st.isotonic, st.prior_weight,
                                   -st.l2))
    assert setting.features == best.features and setting.prior_weight == best.prior_weight
    assert setting.l2 >= best.l2 and cv[setting]["brier"] <= cv[best]["brier"] + cv[best]["brier_se"]


def _mean_probability(cal, target):
    z = cal.intercept + np.vstack([t.columns(cal.features) for t in target]) @ np.asarray(cal.coef)
    return float(np.mean(cal(1 / (1 + np.exp(-z)))))


@pytest.mark.parametrize("share", [0.3, 0.5, 0.62])
def test_unseen_share_sets_the_level_and_keeps_the_order(share):
    """Fitted on sets the rules were written reading, the calibrator is moved to the share right on unseen text:
    its mean over the fitted statements is that share, and a statement ranked above another stays above it."""
    rng = np.random.default_rng(13)
    target, prior = [_fitset(k, rng, base=1.0) for k in "abc"], [_fitset("prior", rng, base=1.5)]
    plain = fit_calibrator(target, prior, version="v")
    moved = fit_calibrator(target, prior, version="v", unseen_share=share)
    assert _mean_probability(moved, target) == pytest.approx(share, abs=0.002)
    assert (moved.meta["level_shift"] < 0) == (share < _mean_probability(plain, target))
    assert moved.meta["unseen_share"] == share and moved.features == plain.features
    stmts = [_st(stance="demand"), _st(actor="B", stance="reject")]
    p_plain, p_moved = plain.probabilities(stmts), moved.probabilities(stmts)
    assert p_plain[0] > p_plain[1] and p_moved[0] > p_moved[1]


def test_unseen_share_must_be_a_probability():
    rng = np.random.default_rng(14)
    with pytest.raises(InputError, match="between 0 and 1"):
        fit_calibrator([_fitset(k, rng) for k in "ab"], version="v", unseen_share=1.2)


# -- the stored calibrator ------------------------------------------------------------------------
def test_calibrator_round_trip_and_the_first_format(tmp_path):
    cal = Calibrator("v", (0.2, 0.8), (0.1, 0.9), {"statements": 3}, ("response", "contested"), (-1.0, -0.5), 0.7)
    cal.save(tmp_path / "c.json")
    data = json.loads((tmp_path / "c.json").read_text())
    assert data["format"] == FORMAT and data["features"] == ["response", "contested"]
    again = load_calibrator(tmp_path / "c.json")
    assert again == cal and again.meta == cal.meta
    found = [_st(), _st(stance="reject", start=20)]            # contested, the second a response
    z = np.array([0.7 - 0.5, 0.7 - 1.0 - 0.5])
    assert np.allclose(again.probabilities(found), np.interp(1 / (1 + np.exp(-z)), (0.2, 0.8), (0.1, 0.9)))
    first = tmp_path / "first.json"                             # format 1: an isotonic map of the raw score
    first.write_text(json.dumps({"extractor_version": "v", "x": [0.45, 0.7], "y": [0.3, 0.6], "meta": {}}))
    old = load_calibrator(first)
    assert old.features == ()
    assert np.allclose(old.probabilities([_st(confidence=0.7), _st(confidence=0.45)]), [0.6, 0.3])
    for bad in ({"format": 3, "extractor_version": "v", "x": [0.5], "y": [0.5]},
                {"format": 2, "extractor_version": "v", "x": [0.5], "y": [0.5], "features": ["response"], "coef": []},
                {"format": 2, "extractor_version": "v", "x": [0.5], "y": [0.5], "features": ["actor"], "coef": [1]}):
        first.write_text(json.dumps(bad))
        with pytest.raises(InputError):
            load_calibrator(first)


def test_calibrate_reads_signals_across_a_document():
    cal = Calibrator("v", (FLOOR, CEILING), (FLOOR, CEILING), {}, ("contested",), (-2.0,), 1.0)
    alone = calibrate([_st(), _st(actor="B", stance="reject", start=20)], cal)
    both = calibrate([_st(), _st(stance="reject", start=20)], cal)
    assert [s.confidence for s in alone] == [pytest.approx(0.7311, abs=1e-4)] * 2
    assert [s.confidence for s in both] == [pytest.approx(0.2689, abs=1e-4)] * 2
    other = [_st(version="w")]
    assert calibrate(other, cal) == other
