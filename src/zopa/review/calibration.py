"""Calibrated confidence: the extractor's own signals mapped to the probability that a statement is right.

A statement is *right* when its triple (actor, issue, stance) is among the
gold triples of its document (the triple measure of `zopa.evaluate`).

The calibrator has two stages, both fitted by ``zopa calibrate`` on the
statements the current extractor makes on annotated documents:

1. a *score*: a logistic regression over a few signals of each statement that
   the extractor itself gives, with no actor, issue or word of a codebook in
   them (`FEATURES`): whether its stance answers a proposal (accept, reject,
   offer, condition) rather than asks for something, whether its actor takes
   another stance on the same issue in the same document, the rules' own
   score (attributed speaker, hedge), whether its sentence gave statements on
   several issues, and whether the same triple has other evidence in the
   document;
2. an isotonic (monotone non-decreasing) map from that score to the share of
   statements that are right, fitted by pool-adjacent-violators.

Which signals enter, the L2 penalty, and the weight of the prior sets (other
annotated documents, e.g. the bundled corpora, which share the coefficients
but keep an intercept of their own) are chosen by leave-one-set-out
cross-validation over the target sets: lowest Brier score on the set left
out. The stored file (format `FORMAT`, JSON) names the extractor version it
was fitted for; a file of format 1 (an isotonic map of the raw score) still
loads.

At run time `calibrate` maps each machine statement's confidence through the
stored calibrator when the statement's extractor version is the one it was
fitted for; statements of any other version keep their raw score (refit with
``zopa calibrate`` after the extractor changes).
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

import numpy as np

from ..errors import InputError
from ..records import Statement

__all__ = ["CALIBRATOR_PATH", "FEATURES", "FORMAT", "Calibrator", "FitSet", "ReliabilityBin", "Setting", "calibrate",
           "choose_setting", "expected_calibration_error", "fit_calibrator", "fit_from_paths", "fit_isotonic",
           "fit_logistic", "gold_triples", "label_statements", "load_calibrator", "one_standard_error", "reliability", "scored_set",
           "statement_features"]

CALIBRATOR_PATH = Path(__file__).with_name("confidence.json")
FLOOR, CEILING = 0.02, 0.98   # a fitted probability never claims certainty from a finite sample
FORMAT = 2

# -- the signals ---------------------------------------------------------------------------------
RESPONSE_STANCES = frozenset({"accept", "reject", "offer", "condition"})   # an answer to a proposal
FEATURES = ("response", "contested", "rules_score", "sentence_issues", "repeated")


def statement_features(statements: Sequence[Statement], names: Sequence[str] = FEATURES) -> np.ndarray:
    """The calibration signals of each statement (rows) in `names` order (columns).

    Each is read from the statement and the other statements of its document
    in `statements` (grouped by `doc_id`), so a document's statements must be
    passed together:

    - ``response``: 1 when the stance answers a proposal (accept, reject, offer, condition);
    - ``contested``: 1 when the same actor takes another stance on the same issue in the document;
    - ``rules_score``: the extractor's raw confidence;
    - ``sentence_issues``: 1 when the statements of the same span name more than one issue;
    - ``repeated``: 1 when the same triple has other evidence in the document.
    """
    unknown = [n for n in names if n not in FEATURES]
    if unknown:
        raise InputError(f"unknown calibration feature(s) {unknown}; expected some of {list(FEATURES)}")
    stances: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    issues: dict[tuple[str, int, int], set[str]] = defaultdict(set)
    triples: Counter = Counter()
    for s in statements:
        stances[(s.doc_id, s.actor, s.issue)].add(s.stance)
        issues[(s.doc_id, s.start, s.end)].add(s.issue)
        triples[(s.doc_id, s.actor, s.issue, s.stance)] += 1
    columns = {
        "response": [s.stance in RESPONSE_STANCES for s in statements],
        "contested": [len(stances[(s.doc_id, s.actor, s.issue)]) > 1 for s in statements],
        "rules_score": [s.confidence for s in statements],
        "sentence_issues": [len(issues[(s.doc_id, s.start, s.end)]) > 1 for s in statements],
        "repeated": [triples[(s.doc_id, s.actor, s.issue, s.stance)] > 1 for s in statements],
    }
    return np.array([columns[n] for n in names], dtype=float).T.reshape(len(statements), len(names))


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


@dataclass(frozen=True, slots=True)
class Calibrator:
    """A score over the statement's signals (`features`, `coef`, `intercept`), then a monotone map from score to
    probability, linear between breakpoints (`x`, `y`) and flat outside. With no features the score is the
    extractor's raw confidence (a calibrator of format 1)."""

    extractor_version: str
    x: tuple[float, ...]
    y: tuple[float, ...]
    meta: Mapping[str, Any] = field(default_factory=dict, compare=False)
    features: tuple[str, ...] = ()
    coef: tuple[float, ...] = ()
    intercept: float = 0.0

    def __call__(self, scores: Sequence[float] | np.ndarray) -> np.ndarray:
        """The probability of each score (the second stage alone)."""
        return np.interp(np.asarray(scores, dtype=float), self.x, self.y)

    def score(self, statements: Sequence[Statement]) -> np.ndarray:
        """The first stage: the logistic score of each statement, or its raw confidence when there are no features."""
        if not self.features:
            return np.array([s.confidence for s in statements], dtype=float)
        return _sigmoid(self.intercept + statement_features(statements, self.features) @ np.asarray(self.coef))

    def probabilities(self, statements: Sequence[Statement]) -> np.ndarray:
        """The calibrated probability that each statement is right (a document's statements passed together)."""
        return self(self.score(statements))

    def to_dict(self) -> dict[str, Any]:
        return {"format": FORMAT, "extractor_version": self.extractor_version,
                "features": list(self.features), "coef": [round(v, 6) for v in self.coef],
                "intercept": round(self.intercept, 6), "x": [round(v, 6) for v in self.x],
                "y": [round(v, 6) for v in self.y], "meta": dict(self.meta)}

    def save(self, path: str | Path = CALIBRATOR_PATH) -> None:
        Path(path).write_text(json.dumps(self.to_dict(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], source: str = "") -> "Calibrator":
        fmt = data.get("format", 1) if isinstance(data, Mapping) else None
        if fmt not in (1, FORMAT):
            raise InputError(f"calibrator format {fmt!r} is not known (this version reads 1 and {FORMAT}); "
                             "refit it with `zopa calibrate`", source=source)
        try:
            x, y = tuple(map(float, data["x"])), tuple(map(float, data["y"]))
            version = str(data["extractor_version"])
            features = tuple(map(str, data.get("features") or ())) if fmt == FORMAT else ()
            coef = tuple(map(float, data.get("coef") or ())) if fmt == FORMAT else ()
            intercept = float(data.get("intercept") or 0.0) if fmt == FORMAT else 0.0
        except (KeyError, TypeError, ValueError) as exc:
            raise InputError(f"not a calibrator file: {exc}", source=source) from None
        if not x or len(x) != len(y) or any(b < a for a, b in zip(x, x[1:])):
            raise InputError("calibrator breakpoints must be non-empty, paired and increasing", source=source)
        if len(coef) != len(features) or any(f not in FEATURES for f in features):
            raise InputError(f"calibrator features {list(features)} do not match its {len(coef)} coefficients "
                             f"or are not among {list(FEATURES)}", source=source)
        return cls(version, x, y, dict(data.get("meta") or {}), features, coef, intercept)


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
    """Machine statements with their confidence mapped through the calibrator of their extractor version.

    Some signals are read across a document's statements (see `statement_features`): pass each
    document's statements together, as `extract_document` returns them.
    """
    cal = calibrator if calibrator is not None else load_calibrator()
    if cal is None:
        return list(statements)
    fit = [i for i, s in enumerate(statements) if s.extractor_version == cal.extractor_version]
    if not fit:
        return list(statements)
    mapped = cal.probabilities([statements[i] for i in fit])
    out = list(statements)
    for i, p in zip(fit, mapped):
        out[i] = out[i].replace(confidence=round(float(p), 4))
    return out


@dataclass(frozen=True, slots=True)
class FitSet:
    """Annotated documents scored by the extractor: every signal of `FEATURES` (columns of `x`) and the
    right/wrong label of each statement."""

    name: str
    x: np.ndarray
    labels: np.ndarray
    documents: int = 0

    def columns(self, names: Sequence[str]) -> np.ndarray:
        return self.x[:, [FEATURES.index(n) for n in names]] if names else np.zeros((len(self.labels), 0))


def scored_set(paths: Sequence[str | Path], gold_paths: Sequence[str | Path], codebook: Any,
               mode: str = "rules", name: str = "") -> FitSet:
    """Run the current extractor over annotated documents: the signals and right/wrong label of each statement."""
    from ..extract import extract_document
    from ..extract.learned import load_training_data

    documents, gold = load_training_data(paths, gold_paths)
    triples = gold_triples(g for rows in gold.values() for g in rows)
    rows: list[np.ndarray] = []
    labels: list[bool] = []
    for doc in documents:
        found = extract_document(doc, codebook, mode=mode)
        rows.append(statement_features(found))
        labels.extend(label_statements(found, triples, {doc.id: doc.name}))
    x = np.vstack(rows) if rows else np.zeros((0, len(FEATURES)))
    return FitSet(name or ",".join(Path(p).name for p in paths), x, np.asarray(labels, dtype=bool), len(documents))


# -- fitting -------------------------------------------------------------------------------------
def fit_logistic(x: np.ndarray, labels: np.ndarray, weights: np.ndarray | None = None, l2: float = 1.0,
                 groups: np.ndarray | None = None, iterations: int = 100) -> tuple[float, np.ndarray, np.ndarray]:
    """Weighted logistic regression by Newton's method, the coefficients under an L2 penalty.

    `groups` (0, 1, …) gives each row's set an intercept of its own, unpenalised;
    group 0's is returned as the intercept. Returns (intercept, coefficients,
    the other groups' intercepts)."""
    x = np.asarray(x, dtype=float).reshape(len(labels), -1)
    t = np.asarray(labels, dtype=float)
    w = np.ones_like(t) if weights is None else np.asarray(weights, dtype=float)
    g = np.zeros(len(t), dtype=int) if groups is None else np.asarray(groups, dtype=int)
    k = int(g.max()) + 1 if g.size else 1
    z = np.column_stack([(g == j).astype(float) for j in range(k)] + [x])
    penalty = np.concatenate([np.zeros(k), np.full(x.shape[1], float(l2))])
    beta = np.zeros(z.shape[1])
    for _ in range(iterations):
        p = _sigmoid(z @ beta)
        grad = z.T @ (w * (p - t)) + penalty * beta
        hess = (z * (w * p * (1 - p))[:, None]).T @ z + np.diag(penalty) + 1e-9 * np.eye(len(beta))
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < 1e-9:
            break
    return float(beta[0]), beta[k:], beta[1:k]


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
class Setting:
    """What cross-validation chooses: the signals, the L2 penalty on their coefficients, the prior sets' weight,
    and whether an isotonic map of the target sets follows the logistic score (else the score is the probability)."""

    features: tuple[str, ...]
    l2: float
    prior_weight: float
    isotonic: bool = True

    @property
    def name(self) -> str:
        return ("+".join(self.features) or "constant") + ("" if self.isotonic else " (logistic)")


# Candidate signal sets, from none (every statement gets its target sets' share right) and the rules' score alone
# (an isotonic map of the raw confidence) to all of them.
FEATURE_SETS: tuple[tuple[str, ...], ...] = (
    (), ("rules_score",), ("response", "contested"), ("response", "contested", "rules_score"), FEATURES)
L2_PENALTIES = (0.1, 0.3, 1.0, 3.0, 10.0)
PRIOR_WEIGHTS = (0.0, 0.25, 0.5, 1.0, 2.0, 4.0, 8.0, 16.0)
# when there are not two target sets to cross-validate over
DEFAULT_SETTING = Setting(("response", "contested", "rules_score"), 1.0, 1.0, False)


def _fit(target: Sequence[FitSet], prior: Sequence[FitSet], setting: Setting, version: str) -> Calibrator:
    """Logistic score over target + prior sets (the prior sets weigh `prior_weight` mean target sets in all and
    have an intercept of their own), then, if the setting says so, the isotonic map of the score fitted on the
    target sets alone. With no signals, every statement gets the target sets' share right."""
    names = setting.features
    prior = [p for p in prior if len(p.labels)] if setting.prior_weight > 0 else []
    n_target = sum(len(s.labels) for s in target)
    if n_target == 0:
        raise InputError("no scored statements to fit a calibrator on")
    intercept, coef = 0.0, np.zeros(len(names))
    if names:
        n_prior = sum(len(s.labels) for s in prior)
        mean_target = n_target / len(target)
        w_prior = setting.prior_weight * mean_target / n_prior if n_prior else 0.0
        sets = [*target, *prior]
        x = np.vstack([s.columns(names) for s in sets])
        t = np.concatenate([s.labels for s in sets])
        w = np.concatenate([np.ones(n_target), np.full(n_prior, w_prior)])
        groups = np.concatenate([np.zeros(n_target, dtype=int), np.ones(n_prior, dtype=int)])
        intercept, coef, _ = fit_logistic(x, t, w, setting.l2, groups)
    if setting.isotonic or not names:
        score = _sigmoid(intercept + np.vstack([s.columns(names) for s in target]) @ coef)
        iso = fit_isotonic(score, np.concatenate([s.labels for s in target]), version)
        x, y = iso.x, iso.y
    else:
        x, y = (FLOOR, CEILING), (FLOOR, CEILING)   # the logistic probability itself, clipped
    return Calibrator(version, x, y, {}, tuple(names), tuple(float(c) for c in coef), float(intercept))


def _settings(with_prior: bool) -> list[Setting]:
    out = []
    for names in FEATURE_SETS:
        for l2 in (L2_PENALTIES if names else (1.0,)):
            for lam in (PRIOR_WEIGHTS if with_prior and names else (0.0,)):
                for iso in ((True, False) if names else (True,)):
                    out.append(Setting(names, l2, lam, iso))
    return out


def _held_out(cal: Calibrator, held: FitSet) -> np.ndarray:
    if not cal.features:
        return cal(np.zeros(len(held.labels)))
    return cal(_sigmoid(cal.intercept + held.columns(cal.features) @ np.asarray(cal.coef)))


def choose_setting(target: Sequence[FitSet],
                   prior: Sequence[FitSet] = ()) -> tuple[Setting, dict[Setting, dict[str, float]]]:
    """The setting whose calibrator does best on the set left out, each set in turn: a target set (fitted on the
    other target sets and the prior sets) or a prior set (fitted on the target sets and the other prior sets;
    its probabilities are the target sets' level, so the set tests the signals, not the level). Lowest mean
    Brier score over the sets left out (each set counting once), then fewer signals, an isotonic map, a
    lighter prior and a heavier penalty. The penalty then follows the one-standard-error rule (glmnet's
    `lambda.1se`): with the same signals, map and prior weight, the heaviest penalty whose mean Brier score is
    within one standard error (over the sets left out) of the best one's, since a difference smaller than that is
    noise and the heavier penalty gives the flatter slope. Returns it and each setting's held-out mean Brier score,
    its standard error ("brier_se"), mean expected calibration error over the target sets left out ("ece") and
    over all sets left out ("ece_all")."""
    if len(target) < 2:
        setting = DEFAULT_SETTING if prior else Setting(DEFAULT_SETTING.features, DEFAULT_SETTING.l2, 0.0, False)
        return setting, {}
    target, prior = [t for t in target if len(t.labels)], [p for p in prior if len(p.labels)]
    if len(target) < 2:
        return choose_setting(target, prior) if target else (DEFAULT_SETTING, {})
    folds = [([s for s in target if s is not held], prior, held) for held in target] + \
            [(list(target), [p for p in prior if p is not held], held) for held in prior]
    scores: dict[Setting, dict[str, float]] = {}
    for setting in _settings(bool(prior)):
        briers, errors = [], []
        for fit_target, fit_prior, held in folds:
            p = _held_out(_fit(fit_target, fit_prior, setting, ""), held)
            briers.append(float(((p - held.labels) ** 2).mean()))
            errors.append(expected_calibration_error(p, held.labels))
        scores[setting] = {"brier": float(np.mean(briers)),
                           "brier_se": float(np.std(briers, ddof=1) / np.sqrt(len(briers))),
                           "ece": float(np.mean(errors[:len(target)])), "ece_all": float(np.mean(errors))}
    best = min(scores, key=lambda st: _preference(st, scores[st]))
    return one_standard_error(best, scores), scores


def one_standard_error(best: Setting, scores: Mapping[Setting, Mapping[str, float]]) -> Setting:
    """The setting like `best` but with the heaviest penalty whose mean Brier score is within one standard error
    of `best`'s."""
    bound = scores[best]["brier"] + scores[best].get("brier_se", 0.0)
    same = [st for st in scores if replace(st, l2=best.l2) == best and scores[st]["brier"] <= bound]
    return max(same, key=lambda st: st.l2)


def _preference(setting: Setting, score: Mapping[str, float]) -> tuple:
    return round(score["brier"], 5), len(setting.features), not setting.isotonic, setting.prior_weight, -setting.l2


def _logit(p: np.ndarray | float) -> np.ndarray:
    q = np.clip(np.asarray(p, dtype=float), 1e-6, 1 - 1e-6)
    return np.log(q / (1 - q))


def _shift(cal: Calibrator, delta: float) -> Calibrator:
    """The calibrator with every probability moved by `delta` on the log-odds scale (order kept): through the
    intercept when the probability is the logistic score itself, else through the map's outputs."""
    if cal.features and cal.x == (FLOOR, CEILING) and cal.y == (FLOOR, CEILING):
        return replace(cal, intercept=cal.intercept + delta)
    return replace(cal, y=tuple(float(v) for v in np.clip(_sigmoid(_logit(np.asarray(cal.y)) + delta), FLOOR, CEILING)))


def level_shift(cal: Calibrator, target: Sequence[FitSet], share: float) -> float:
    """The log-odds shift that makes the calibrator's mean probability over the target sets' statements `share`."""
    if not 0.0 < share < 1.0:
        raise InputError(f"the share right on unseen text must lie between 0 and 1, not {share}")
    lo, hi = -10.0, 10.0
    for _ in range(60):
        mid = (lo + hi) / 2
        mean = float(np.concatenate([_held_out(_shift(cal, mid), s) for s in target]).mean())
        lo, hi = (mid, hi) if mean < share else (lo, mid)
    return (lo + hi) / 2


def fit_calibrator(target: Sequence[FitSet], prior: Sequence[FitSet] = (), version: str = "",
                   unseen_share: float | None = None) -> Calibrator:
    """Fit on the target-domain sets, with the signals, penalty and prior weight cross-validation over them chooses.

    The target sets were read while the extractor's rules were written, so their own share right is higher than
    on text nobody has read. With `unseen_share` (the share right the extractor had on these sets before its rules
    read them: `benchmarks/bench_unseen.py`), every probability is moved by one log-odds shift so that their mean
    over the target statements is that share: the order the signals give is kept, the level is that of unseen
    text."""
    setting, cv = choose_setting(target, prior)
    cal = _fit(target, prior, setting, version)
    delta = level_shift(cal, target, unseen_share) if unseen_share is not None else 0.0
    cal = _shift(cal, delta) if delta else cal
    sets = [*target, *prior]
    labels = np.concatenate([s.labels for s in sets])
    p_target = np.concatenate([_held_out(cal, s) for s in target])
    by_name: dict[str, dict[str, Any]] = {}
    for st, sc in sorted(cv.items(), key=lambda kv: _preference(*kv)):
        by_name.setdefault(st.name, {"brier": round(sc["brier"], 4), "ece": round(sc["ece"], 4),
                                     "ece_all": round(sc["ece_all"], 4), "l2": st.l2,
                                     "prior_weight": st.prior_weight})
    method = ("logistic+isotonic" if setting.isotonic else "logistic") if setting.features else "isotonic"
    meta = {"method": method, "features": list(setting.features), "l2": setting.l2,
            "prior_weight": setting.prior_weight,
            "target_sets": [s.name for s in target], "prior_sets": [s.name for s in prior],
            "documents": sum(s.documents for s in sets), "statements": int(labels.size), "right": int(labels.sum()),
            "sets": {s.name: {"documents": s.documents, "statements": int(s.labels.size), "right": int(s.labels.sum())}
                     for s in sets},
            "selection": "leave one set out (target and prior sets), lowest mean Brier score; "
                         "heaviest penalty within one standard error",
            "loso_brier": round(cv[setting]["brier"], 4) if cv else None,
            "loso_ece": round(cv[setting]["ece"], 4) if cv else None,
            "loso_ece_all": round(cv[setting]["ece_all"], 4) if cv else None,
            "cv_best_per_feature_set": by_name,
            "ece_target_in_sample": round(expected_calibration_error(
                p_target, np.concatenate([s.labels for s in target])), 4),
            "unseen_share": unseen_share, "level_shift": round(delta, 4)}
    return Calibrator(cal.extractor_version, cal.x, cal.y, meta, cal.features, cal.coef, cal.intercept)


def fit_from_paths(target: Sequence[str | Path], gold_paths: Sequence[str | Path], codebook: Any, *,
                   prior: Sequence[str | Path] = (), mode: str = "rules",
                   unseen_share: float | None = None) -> Calibrator:
    """Fit the current extractor's calibrator: each folder is one set (see `fit_calibrator`)."""
    from ..extract.pipeline import version_for

    t = [scored_set([p], gold_paths, codebook, mode) for p in target]
    pr = [scored_set([p], gold_paths, codebook, mode) for p in prior]
    return fit_calibrator(t, pr, version_for(mode), unseen_share)
