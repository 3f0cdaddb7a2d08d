"""Calibrated confidence: the isotonic fit, reliability and ECE, the stored calibrator and the store hook."""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zopa.extract import EXTRACTOR_VERSION, extract_document, extract_store
from zopa.ingest import ingest, load_documents
from zopa.review.calibration import (CALIBRATOR_PATH, FLOOR, CEILING, Calibrator, calibrate,
                                     expected_calibration_error, fit_from_paths, fit_isotonic, load_calibrator,
                                     reliability)
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
        raw = {s.key: s.confidence for d in store.documents() for s in extract_document(d, codebook)}
    assert stored and set(stored) == set(raw)
    assert all(stored[k] == pytest.approx(float(cal([raw[k]])[0]), abs=1e-4) for k in stored)


def test_fit_from_paths_fits_the_current_extractor(seeds_dir, dev_dir, gold_dir, codebook, tmp_path):
    gold = [gold_dir / "seeds.statements.jsonl", gold_dir / "dev.statements.jsonl"]
    cal = fit_from_paths([dev_dir], gold, codebook, prior=[seeds_dir])
    assert cal.extractor_version == EXTRACTOR_VERSION
    assert cal.meta["target_sets"] == ["dev"] and cal.meta["prior_sets"] == ["seeds"]
    cal.save(tmp_path / "c.json")
    again = load_calibrator(tmp_path / "c.json")
    assert again.extractor_version == cal.extractor_version and again.meta == cal.meta
    assert np.allclose(again.x, cal.x) and np.allclose(again.y, cal.y, atol=1e-6)


def test_prior_weight_is_chosen_by_held_out_calibration():
    """A prior from another domain that is right far more often than the target is left out (weight 0): any
    weight on it makes the calibrator over-confident on the target set held out."""
    from zopa.review.calibration import PRIOR_WEIGHTS, FitSet, choose_prior_weight

    rng = np.random.default_rng(7)

    def fitset(name: str, rate: float, n: int = 200) -> FitSet:
        scores = rng.choice([0.45, 0.55, 0.7], size=n)
        labels = rng.random(n) < rate + (scores - 0.55) * 0.5
        return FitSet(name, scores, labels, 10)

    target = [fitset(x, 0.45) for x in "abc"]
    lam, ece = choose_prior_weight(target, [fitset("prior", 0.95)])
    assert lam == 0.0 and set(ece) == set(PRIOR_WEIGHTS)
    assert ece[0.0] < ece[1.0] < ece[4.0]
