"""Calibrated confidence: the extractor's own scores mapped to the probability that a statement is right.

A statement is *right* when its triple (actor, issue, stance) is among the
gold triples of its document (the triple measure of `zopa.evaluate`). The
calibrator is an isotonic (monotone non-decreasing) map from the raw score
to that probability, fitted by pool-adjacent-violators on the statements the
current extractor makes on annotated documents, and stored as a small JSON
file of breakpoints tagged with the extractor version it was fitted for.

At run time `calibrate` maps each machine statement's confidence through the
stored calibrator when the statement's extractor version is the one it was
fitted for; statements of any other version keep their raw score (refit with
``zopa calibrate`` after the extractor changes).
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

import numpy as np

from ..errors import InputError
from ..records import Statement

__all__ = ["CALIBRATOR_PATH", "Calibrator", "FitSet", "ReliabilityBin", "calibrate", "choose_prior_weight",
           "expected_calibration_error", "fit_calibrator", "fit_from_paths", "fit_isotonic", "gold_triples",
           "label_statements", "load_calibrator", "reliability", "scored_set"]

CALIBRATOR_PATH = Path(__file__).with_name("confidence.json")
FLOOR, CEILING = 0.02, 0.98   # a fitted probability never claims certainty from a finite sample


@dataclass(frozen=True, slots=True)
class Calibrator:
    """A monotone map from raw scores to probabilities, linear between breakpoints, flat outside."""

    extractor_version: str
    x: tuple[float, ...]
    y: tuple[float, ...]
    meta: Mapping[str, Any] = field(default_factory=dict, compare=False)

    def __call__(self, scores: Sequence[float] | np.ndarray) -> np.ndarray:
        return np.interp(np.asarray(scores, dtype=float), self.x, self.y)

    def to_dict(self) -> dict[str, Any]:
        return {"extractor_version": self.extractor_version, "x": [round(v, 6) for v in self.x],
                "y": [round(v, 6) for v in self.y], "meta": dict(self.meta)}

    def save(self, path: str | Path = CALIBRATOR_PATH) -> None:
        Path(path).write_text(json.dumps(self.to_dict(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], source: str = "") -> "Calibrator":
        try:
            x, y = tuple(map(float, data["x"])), tuple(map(float, data["y"]))
            version = str(data["extractor_version"])
        except (KeyError, TypeError, ValueError) as exc:
            raise InputError(f"not a calibrator file: {exc}", source=source) from None
        if not x or len(x) != len(y) or any(b < a for a, b in zip(x, x[1:])):
            raise InputError("calibrator breakpoints must be non-empty, paired and increasing", source=source)
        return cls(version, x, y, dict(data.get("meta") or {}))


def fit_isotonic(scores: Sequence[float], labels: Sequence[bool], extractor_version: str,
                 meta: Mapping[str, Any] | None = None, weights: Sequence[float] | None = None) -> Calibrator:
    """Weighted isotonic regression of labels on scores (pool adjacent violators), clipped to [FLOOR, CEILING]."""
    s = np.asarray(scores, dtype=float)
    t = np.asarray(labels, dtype=float)
    w = np.ones_like(s) if weights is None else np.asarray(weights, dtype=float)
    if s.size == 0 or w.sum() <= 0:
        raise InputError("no scored statements to fit a calibrator on")
    values, inverse = np.unique(s, return_inverse=True)
    sums = np.bincount(inverse, weights=w * t)
    counts = np.bincount(inverse, weights=w)
    keep = counts > 0
    values, sums, counts = values[keep], sums[keep], counts[keep]
    blocks = _pool(list(zip(values, values, sums, counts)))
    xs, ys = [], []
    for lo, hi, total, n in blocks:
        p = float(np.clip(total / n, FLOOR, CEILING))
        xs.extend([lo, hi] if hi > lo else [lo])
        ys.extend([p, p] if hi > lo else [p])
    return Calibrator(extractor_version, tuple(map(float, xs)), tuple(ys), dict(meta or {}))


def _pool(blocks: list[tuple[float, float, float, float]]) -> list[tuple[float, float, float, float]]:
    """Merge adjacent blocks (low, high, sum, count) while their means decrease."""
    out: list[tuple[float, float, float, float]] = []
    for block in blocks:
        out.append(block)
        while len(out) > 1 and out[-2][2] / out[-2][3] >= out[-1][2] / out[-1][3]:
            (lo, _, s1, n1), (_, hi, s2, n2) = out[-2], out.pop()
            out[-1] = (lo, hi, s1 + s2, n1 + n2)
    return out


@dataclass(frozen=True, slots=True)
class ReliabilityBin:
    """Statements whose predicted probability falls in [low, high): how many, mean predicted, share right."""

    low: float
    high: float
    n: int
    predicted: float
    observed: float


def reliability(probabilities: Sequence[float], labels: Sequence[bool], bins: int = 10) -> list[ReliabilityBin]:
    """The reliability table over equal-width probability bins (empty bins left out)."""
    p = np.asarray(probabilities, dtype=float)
    t = np.asarray(labels, dtype=float)
    index = np.minimum((p * bins).astype(int), bins - 1)
    out = []
    for b in range(bins):
        mask = index == b
        if mask.any():
            out.append(ReliabilityBin(b / bins, (b + 1) / bins, int(mask.sum()), float(p[mask].mean()),
                                      float(t[mask].mean())))
    return out


def expected_calibration_error(probabilities: Sequence[float], labels: Sequence[bool], bins: int = 10) -> float:
    """ECE: the count-weighted mean of |predicted − observed| over the reliability bins."""
    table = reliability(probabilities, labels, bins)
    n = sum(b.n for b in table)
    return sum(b.n * abs(b.predicted - b.observed) for b in table) / n if n else 0.0


def label_statements(statements: Sequence[Statement], gold_triples: Mapping[str, set[tuple[str, str, str]]],
                     names: Mapping[str, str]) -> list[bool]:
    """For each statement, whether its triple is a gold triple of its document.

    `gold_triples` maps a document name to its gold (actor, issue, stance)
    triples; `names` maps document ids to names.
    """
    return [(s.actor, s.issue, s.stance) in gold_triples.get(names.get(s.doc_id, s.doc_id), set())
            for s in statements]


def gold_triples(gold: Iterable[Any]) -> dict[str, set[tuple[str, str, str]]]:
    """Gold statements (anything with doc, actor, issue, stance) as triples per document name."""
    out: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
    for g in gold:
        out[g.doc].add((g.actor, g.issue, g.stance))
    return dict(out)


@lru_cache(maxsize=4)
def _load(path: str, mtime: float) -> Calibrator:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise InputError(f"cannot read calibrator: {exc}", source=path) from None
    return Calibrator.from_dict(data, source=path)


def load_calibrator(path: str | Path | None = None) -> Calibrator | None:
    """The stored calibrator, or None when there is none."""
    p = Path(path) if path is not None else CALIBRATOR_PATH
    if not p.exists():
        return None
    return _load(str(p), p.stat().st_mtime)


def calibrate(statements: Sequence[Statement], calibrator: Calibrator | None = None) -> list[Statement]:
    """Machine statements with their confidence mapped through the calibrator of their extractor version."""
    cal = calibrator if calibrator is not None else load_calibrator()
    if cal is None:
        return list(statements)
    fit = [i for i, s in enumerate(statements) if s.extractor_version == cal.extractor_version]
    if not fit:
        return list(statements)
    mapped = cal([statements[i].confidence for i in fit])
    out = list(statements)
    for i, p in zip(fit, mapped):
        out[i] = out[i].replace(confidence=round(float(p), 4))
    return out



@dataclass(frozen=True, slots=True)
class FitSet:
    """Annotated documents scored by the extractor: raw scores and right/wrong labels."""

    name: str
    scores: np.ndarray
    labels: np.ndarray
    documents: int = 0


def scored_set(paths: Sequence[str | Path], gold_paths: Sequence[str | Path], codebook: Any,
               mode: str = "rules", name: str = "") -> FitSet:
    """Run the current extractor over annotated documents: raw scores and right/wrong labels."""
    from ..extract import extract_document
    from ..extract.learned import load_training_data

    documents, gold = load_training_data(paths, gold_paths)
    triples = gold_triples(g for rows in gold.values() for g in rows)
    scores: list[float] = []
    labels: list[bool] = []
    for doc in documents:
        found = extract_document(doc, codebook, mode=mode)
        scores.extend(s.confidence for s in found)
        labels.extend(label_statements(found, triples, {doc.id: doc.name}))
    return FitSet(name or ",".join(Path(p).name for p in paths), np.asarray(scores, dtype=float),
                  np.asarray(labels, dtype=bool), len(documents))


def _weights(target: Sequence[FitSet], prior: Sequence[FitSet], prior_weight: float) -> np.ndarray:
    """Target statements weigh 1 each; the prior sets together weigh `prior_weight` mean target sets."""
    mean_target = float(np.mean([len(s.scores) for s in target])) if target else 1.0
    n_prior = sum(len(s.scores) for s in prior)
    w_prior = prior_weight * mean_target / n_prior if n_prior else 0.0
    return np.concatenate([np.ones(sum(len(s.scores) for s in target)), np.full(n_prior, w_prior)])


def _fit_weighted(target: Sequence[FitSet], prior: Sequence[FitSet], prior_weight: float,
                  version: str) -> Calibrator:
    sets = [*target, *prior]
    return fit_isotonic(np.concatenate([s.scores for s in sets]), np.concatenate([s.labels for s in sets]),
                        version, weights=_weights(target, prior, prior_weight))


PRIOR_WEIGHTS = (0.0, 0.25, 0.5, 1.0, 2.0, 4.0)


def choose_prior_weight(target: Sequence[FitSet], prior: Sequence[FitSet]) -> tuple[float, dict[float, float]]:
    """The prior weight whose calibrator is best calibrated on the target set left out, one at a time: lowest
    mean expected calibration error (the measure the calibrator is judged by), then lowest Brier score."""
    if len(target) < 2 or not prior:
        return (1.0 if not target else 0.0), {}
    ece, brier = {}, {}
    for lam in PRIOR_WEIGHTS:
        errors, losses = [], []
        for k, held in enumerate(target):
            cal = _fit_weighted([s for j, s in enumerate(target) if j != k], prior, lam, "")
            p = cal(held.scores)
            errors.append(expected_calibration_error(p, held.labels))
            losses.append(float(((p - held.labels) ** 2).sum()))
        ece[lam] = float(np.mean(errors))
        brier[lam] = sum(losses) / sum(len(s.scores) for s in target)
    return min(ece, key=lambda lam: (round(ece[lam], 4), brier[lam], lam)), ece


def fit_calibrator(target: Sequence[FitSet], prior: Sequence[FitSet] = (), version: str = "") -> Calibrator:
    """Fit on the target-domain sets, with the prior sets weighted as cross-validation over the targets says."""
    lam, cv = choose_prior_weight(target, prior)
    cal = _fit_weighted(target, prior, lam, version)
    sets = [*target, *prior]
    scores, labels = np.concatenate([s.scores for s in sets]), np.concatenate([s.labels for s in sets])
    meta = {"method": "isotonic", "target_sets": [s.name for s in target], "prior_sets": [s.name for s in prior],
            "documents": sum(s.documents for s in sets), "statements": int(scores.size),
            "right": int(labels.sum()), "prior_weight": lam,
            "cv_ece": {str(k): round(v, 4) for k, v in cv.items()},
            "ece_target_in_sample": round(expected_calibration_error(
                cal(np.concatenate([s.scores for s in target])) if target else [],
                np.concatenate([s.labels for s in target]) if target else []), 4)}
    return Calibrator(cal.extractor_version, cal.x, cal.y, meta)


def fit_from_paths(target: Sequence[str | Path], gold_paths: Sequence[str | Path], codebook: Any, *,
                   prior: Sequence[str | Path] = (), mode: str = "rules") -> Calibrator:
    """Fit the current extractor's calibrator: each folder is one set (see `fit_calibrator`)."""
    from ..extract.pipeline import version_for

    t = [scored_set([p], gold_paths, codebook, mode) for p in target]
    pr = [scored_set([p], gold_paths, codebook, mode) for p in prior]
    return fit_calibrator(t, pr, version_for(mode))
