"""DEU III: load the benchmark and backtest forecasting models on it.

Data: Thomson, R. et al., *Decision-making in the European Union (DEU III)*,
doi:10.34810/data53, CC BY 4.0 — positions (0–100) and saliences of the
Commission, the Parliament and the member states on contested issues of EU
legislative proposals (1996–2019), with the reference point and the outcome.
Results on it must cite it (`CITATION`).

Capabilities for the capability × salience model (`council_capabilities`)
    Member states: their Council votes under qualified majority, by the treaty
    regime in force when the proposal was introduced —
      * before 1 May 2004 (Amsterdam, EU-15): DE, FR, IT, UK 10; ES 8; BE, EL,
        NL, PT 5; AT, SE 4; DK, IE, FI 3; LU 2 (total 87; Art. 205 TEC);
      * from 1 May 2004 (Nice weights; Art. 205 TEC as amended by the Act of
        Accession 2003 and the Nice Treaty): DE, FR, IT, UK 29; ES, PL 27;
        RO 14; NL 13; BE, CZ, EL, HU, PT 12; AT, BG, SE 10; DK, IE, LT, SK,
        FI, HR 7; CY, EE, LV, LU, SI 4; MT 3;
      * from 1 November 2014 (Lisbon double majority, Art. 16(4) TEU): each
        state's share of the EU population (Eurostat 1 January 2015, millions,
        `LISBON_POPULATION`), the criterion that separates large from small
        states under the double majority.
    Weights are shares of the regime's total. The Commission and, under the
    ordinary legislative procedure (COD), the Parliament each get the weight
    of the largest member state — the convention of the compromise-model
    literature that treats them as actors comparable to a large state
    (Thomson et al., *The European Union Decides*, 2006; Achen 2006). Under
    consultation (CNS) the Parliament has no formal say and weighs 0. The same
    vote weights apply to unanimity issues.

Backtest (`backtest_deu`)
    The baselines, the models of `models` (asymmetric Nash bargaining, the
    Probabilistic Condorcet Election, with or without the issue's reference
    point as a status quo option, and the exchange model over the issues of
    each proposal) and the expected-utility model of `forecast`, each with a
    grid of parameter settings (`GRIDS`), go through the protocol of
    `crossval`: repeated 5-fold cross-validation by proposal, each setting
    chosen on the training folds, the ensemble (`ENSEMBLE`: the Condorcet
    election blended with one other model, the partner and the weight chosen
    by an inner cross-validation inside the training folds), split-conformal
    80 % intervals scaled by the spread of the positions (`interval_scale`), and paired cluster-bootstrap
    intervals of each model's difference in MAE to the compromise model.
    `expected_utility_check` measures the expected-utility model under each
    of its departures from the published definition (`EU_CHECK`).

Dates: the `intro` column mixes `dd-mm-yy`, `dd-mm-yyyy` and dates that a
spreadsheet turned from `dd-mm-yy` into `20dd-mm-yy` (`2014-07-04` is
14 July 2004); `parse_intro` reads all three.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..errors import InputError
from .crossval import ENSEMBLE_WEIGHTS, Ensemble, ModelGrid, cross_validate, fit_full, settings_grid
from .forecast import expected_utility
from .models import condorcet_election, exchange, nash_bargaining_many, position_spread

__all__ = ["CITATION", "PUBLISHED", "DeuData", "load_deu", "parse_intro", "council_capabilities",
           "make_split", "load_split", "LISBON_POPULATION", "BacktestResult", "ModelScore", "SplitResult",
           "backtest_deu", "baseline_predictions", "evaluate_split", "BASELINE", "PUBLISHED_NOTES", "GRIDS",
           "EU_CHECK", "ENSEMBLE", "ENSEMBLE_ANCHOR", "ENSEMBLE_PARTNERS", "model_forecast", "model_grids",
           "ensemble", "fit_model", "interval_scale", "expected_utility_check"]

CITATION = ("DEU III: Thomson, R. et al., Decision-making in the European Union, "
            "doi:10.34810/data53, CC BY 4.0.")

BASELINE = "capability_salience_mean"

PUBLISHED: dict[str, float | None] = {
    "mean": 23.63, "salience_mean": 23.64, "gdp_salience_mean": 23.21, "capability_salience_mean": 22.99,
    "median_actor": 28.5, "constant_50": 27.96, "expected_utility": 26.8, "condorcet_election": 20.4,
}

#: What a published figure refers to, where it is not the 351 issues used here.
PUBLISHED_NOTES: dict[str, str] = {
    "expected_utility": "Bueno de Mesquita challenge models, 26.8–28.3 on these issues",
    "condorcet_election": "KTAB on one public 106-issue DEU split (compromise model 21.1 there)",
}

AMSTERDAM_VOTES = {"de": 10, "fr": 10, "it": 10, "uk": 10, "es": 8, "be": 5, "el": 5, "nl": 5, "pt": 5,
                   "at": 4, "se": 4, "dk": 3, "ie": 3, "fi": 3, "lu": 2}
NICE_VOTES = {"de": 29, "fr": 29, "it": 29, "uk": 29, "es": 27, "pl": 27, "ro": 14, "nl": 13, "be": 12,
              "cz": 12, "el": 12, "hu": 12, "pt": 12, "at": 10, "bu": 10, "se": 10, "dk": 7, "ie": 7,
              "lt": 7, "sk": 7, "fi": 7, "cr": 7, "cy": 4, "ee": 4, "lv": 4, "lu": 4, "si": 4, "mt": 3}
LISBON_POPULATION = {"de": 81.2, "fr": 66.4, "uk": 64.9, "it": 60.8, "es": 46.4, "pl": 38.0, "ro": 19.9,
                     "nl": 16.9, "be": 11.3, "el": 10.9, "cz": 10.5, "pt": 10.4, "hu": 9.9, "se": 9.7,
                     "at": 8.6, "bu": 7.2, "dk": 5.7, "fi": 5.5, "sk": 5.4, "ie": 4.6, "cr": 4.2, "lt": 2.9,
                     "si": 2.1, "lv": 2.0, "ee": 1.3, "cy": 0.85, "lu": 0.56, "mt": 0.43}
NICE_FROM = dt.date(2004, 5, 1)
LISBON_FROM = dt.date(2014, 11, 1)


@dataclass(frozen=True)
class DeuData:
    """The usable DEU III issues as arrays (issues × actors; NaN = no position)."""

    source: str
    actors: tuple[str, ...]              # 'com', 'ep', then member-state codes
    issue_ids: tuple[str, ...]
    proposal_ids: tuple[str, ...]
    positions: np.ndarray = field(repr=False)
    saliences: np.ndarray = field(repr=False)    # 0 where missing
    reference: np.ndarray = field(repr=False)    # NaN where missing
    outcome: np.ndarray = field(repr=False)
    gdp: np.ndarray = field(repr=False)
    procedure: tuple[str, ...] = ()              # 'COD' | 'CNS'
    voting: tuple[str, ...] = ()                 # 'QMV' | 'Unan' | ...
    intro: tuple[dt.date, ...] = ()
    n_rows: int = 0                              # issue rows in the file

    @property
    def n_issues(self) -> int:
        return len(self.issue_ids)

    def subset(self, mask: np.ndarray) -> "DeuData":
        """The issues where mask is true."""
        idx = np.flatnonzero(mask)
        pick = lambda t: tuple(t[i] for i in idx)  # noqa: E731
        return DeuData(self.source, self.actors, pick(self.issue_ids), pick(self.proposal_ids),
                       self.positions[idx], self.saliences[idx], self.reference[idx], self.outcome[idx],
                       self.gdp, pick(self.procedure), pick(self.voting), pick(self.intro), self.n_rows)


def parse_intro(text: str) -> dt.date:
    """A proposal's introduction date from any of the file's three spellings."""
    a, b, c = text.strip().split("-")
    if len(a) == 4:  # 20dd-mm-yy: a spreadsheet read dd-mm-yy as yy-mm-dd
        return dt.date(2000 + int(c), int(b), int(a) % 100)
    year = int(c) if len(c) == 4 else (1900 if int(c) > 50 else 2000) + int(c)
    return dt.date(year, int(b), int(a))


def _num(cell: str) -> float:
    cell = cell.strip().strip('"')
    return float(cell) if cell else float("nan")


def _read_rows(path: str) -> list[list[str]]:
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            return list(csv.reader(fh, delimiter="\t", quotechar='"'))
    except FileNotFoundError:
        raise InputError("file not found", source=path) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read: {exc}", source=path) from None


def load_deu(path: str | os.PathLike[str], *, min_positions: int = 3) -> DeuData:
    """Load the DEU III TSV; keep issues with an outcome and at least `min_positions` positions."""
    source = str(path)
    rows = _read_rows(source)
    if len(rows) < 3:
        raise InputError("expected a header row, a GDP row and issue rows", source=source)
    head = rows[0]
    need = ["prnr", "isnr", "proc", "counvte", "intro", "rp", "out", "pcom", "scom"]
    missing = [c for c in need if c not in head]
    if missing:
        raise InputError(f"missing column(s) {missing}", source=source)
    col = {name: i for i, name in enumerate(head)}
    actors = tuple(c[1:] for c in head if c.startswith("p") and "s" + c[1:] in col and c not in ("proc",))
    gdp = np.array([_num(rows[1][col["p" + a]]) for a in actors])
    keep, n_rows = [], 0
    for line, r in enumerate(rows[2:], start=3):
        if not any(x.strip() for x in r):
            continue
        n_rows += 1
        if len(r) < len(head):
            raise InputError(f"line {line}: {len(r)} cells, expected {len(head)}", source=source)
        pos = np.array([_num(r[col["p" + a]]) for a in actors])
        if np.isnan(_num(r[col["out"]])) or np.sum(~np.isnan(pos)) < min_positions:
            continue
        keep.append((r, pos))
    return _assemble(source, actors, col, keep, gdp, n_rows)


def _assemble(source: str, actors: tuple[str, ...], col: dict[str, int], keep: list, gdp: np.ndarray,
              n_rows: int) -> DeuData:
    P = np.array([p for _, p in keep])
    S = np.array([[_num(r[col["s" + a]]) for a in actors] for r, _ in keep])
    S = np.where(np.isnan(S) | np.isnan(P), 0.0, S)
    get = lambda name: tuple(r[col[name]].strip('"') for r, _ in keep)  # noqa: E731
    return DeuData(source=source, actors=actors, issue_ids=get("isnr"), proposal_ids=get("prnr"),
                   positions=P, saliences=S, reference=np.array([_num(r[col["rp"]]) for r, _ in keep]),
                   outcome=np.array([_num(r[col["out"]]) for r, _ in keep]), gdp=gdp,
                   procedure=get("proc"), voting=get("counvte"),
                   intro=tuple(parse_intro(x) for x in get("intro")), n_rows=n_rows)


def council_capabilities(data: DeuData) -> np.ndarray:
    """Capabilities (issues × actors) by treaty regime; see the module docstring."""
    C = np.zeros(data.positions.shape)
    for i, when in enumerate(data.intro):
        if when >= LISBON_FROM:
            table: dict[str, float] = dict(LISBON_POPULATION)
        elif when >= NICE_FROM:
            table = dict(NICE_VOTES)
        else:
            table = dict(AMSTERDAM_VOTES)
        total = sum(table.values())
        largest = max(table.values()) / total
        for j, a in enumerate(data.actors):
            if a == "com":
                C[i, j] = largest
            elif a == "ep":
                C[i, j] = largest if data.procedure[i] == "COD" else 0.0
            else:
                C[i, j] = table.get(a, 0.0) / total
    return C


# ---- the split fixed before any fitting ------------------------------------------------------

def make_split(data: DeuData, *, seed: int = 20240601, shares: tuple[float, float] = (0.6, 0.2)) -> dict:
    """Train/dev/test issue ids, whole proposals to one part, about 60/20/20 of the issues."""
    proposals = sorted(set(data.proposal_ids))
    order = np.random.default_rng(seed).permutation(len(proposals))
    counts = {p: data.proposal_ids.count(p) for p in proposals}
    parts: dict[str, list[str]] = {"train": [], "dev": [], "test": []}
    done, n = 0, data.n_issues
    for k in order:
        p = proposals[k]
        part = "train" if done < shares[0] * n else ("dev" if done < (shares[0] + shares[1]) * n else "test")
        parts[part].append(p)
        done += counts[p]
    ids = {name: [i for i, p in zip(data.issue_ids, data.proposal_ids) if p in set(props)]
           for name, props in parts.items()}
    return {"seed": seed, "unit": "proposal", "shares": [shares[0], shares[1], 1 - sum(shares)],
            "proposals": {k: sorted(v) for k, v in parts.items()}, "issues": ids}


def load_split(path: str | os.PathLike[str]) -> tuple[dict, str]:
    """The committed split and the SHA-256 of its file."""
    raw = Path(path).read_bytes()
    try:
        split = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InputError(f"malformed JSON at line {exc.lineno}: {exc.msg}", source=str(path)) from None
    for part in ("train", "dev", "test"):
        if part not in split.get("issues", {}):
            raise InputError(f"issues.{part}: missing", source=str(path))
    return split, hashlib.sha256(raw).hexdigest()


# ---- models and the backtest -----------------------------------------------------------------

def _weighted_mean(P: np.ndarray, W: np.ndarray) -> np.ndarray:
    W = np.where(np.isnan(P), 0.0, W)
    total = W.sum(axis=1)
    mean = np.nanmean(P, axis=1)
    return np.where(total > 0, (W * np.nan_to_num(P)).sum(axis=1) / np.where(total > 0, total, 1), mean)


def baseline_predictions(data: DeuData) -> dict[str, np.ndarray]:
    """Every baseline model's forecast per issue (0–100): weighted means, the median actor, 50."""
    P, S = data.positions, data.saliences
    C = council_capabilities(data)
    return {
        "mean": np.nanmean(P, axis=1),
        "salience_mean": _weighted_mean(P, S),
        "gdp_salience_mean": _weighted_mean(P, S * data.gdp[None, :]),
        "capability_salience_mean": _weighted_mean(P, S * C),
        "median_actor": np.nanmedian(P, axis=1),
        "constant_50": np.full(data.n_issues, 50.0),
    }


def _features(data: DeuData) -> np.ndarray:
    """Columns: cap×sal mean, reference point, Commission, Parliament, mean, median (NaN → cap×sal mean)."""
    P = data.positions
    w = _weighted_mean(P, data.saliences * council_capabilities(data))
    cols = [w, data.reference, P[:, data.actors.index("com")], P[:, data.actors.index("ep")],
            np.nanmean(P, axis=1), np.nanmedian(P, axis=1)]
    X = np.column_stack(cols)
    return np.where(np.isnan(X), w[:, None], X)


FEATURES = ("capability_salience_mean", "reference_point", "commission", "parliament", "mean", "median")


def _fit_shrinkage(X: np.ndarray, y: np.ndarray) -> np.ndarray:
    grid = np.linspace(0.0, 1.0, 101)
    errs = [np.abs((1 - g) * X[:, 0] + g * X[:, 1] - y).mean() for g in grid]
    g = grid[int(np.argmin(errs))]
    return np.array([1 - g, g, 0, 0, 0, 0])


def _fit_lad_blend(X: np.ndarray, y: np.ndarray, iters: int = 50) -> np.ndarray:
    """Least-absolute-deviation blend (IRLS), weights clipped at 0 and summing to 1."""
    beta = np.linalg.lstsq(X, y, rcond=None)[0]
    for _ in range(iters):
        r = np.abs(y - X @ beta)
        w = 1.0 / np.maximum(r, 1.0)
        sw = np.sqrt(w)
        beta = np.linalg.lstsq(X * sw[:, None], y * sw, rcond=None)[0]
    beta = np.clip(beta, 0.0, None)
    return beta / beta.sum() if beta.sum() > 0 else np.eye(X.shape[1])[0]


CANDIDATES = {"shrink_to_reference": _fit_shrinkage, "lad_blend": _fit_lad_blend}


@dataclass(frozen=True)
class ModelScore:
    """One model through the protocol, next to the published figure."""

    name: str
    mae: float                               # all issues, the model's default (untuned) setting
    published: float | None
    cv_mae: float | None = None              # repeated grouped cross-validation, tuned in training folds
    cv_mae_sd: float | None = None
    diff: float | None = None                # cv MAE minus the compromise model's
    ci: tuple[float, float] | None = None    # 95 % paired cluster-bootstrap interval of diff
    coverage: float | None = None            # out-of-sample coverage of the 80 % interval
    width: float | None = None               # mean width of the 80 % interval
    chosen: dict[str, int] = field(default_factory=dict)
    seconds: float | None = None             # one run of the default setting on all issues

    def to_dict(self) -> dict:
        r = lambda v: None if v is None else round(v, 3)  # noqa: E731
        return {"name": self.name, "mae": r(self.mae), "cv_mae": r(self.cv_mae), "cv_mae_sd": r(self.cv_mae_sd),
                "diff_vs_compromise": {"mean": r(self.diff), "ci_low": r(self.ci[0] if self.ci else None),
                                       "ci_high": r(self.ci[1] if self.ci else None)},
                "coverage_80": r(self.coverage), "interval_width": r(self.width), "published": self.published,
                "published_note": PUBLISHED_NOTES.get(self.name), "chosen": self.chosen,
                "seconds": None if self.seconds is None else round(self.seconds, 4)}


@dataclass(frozen=True)
class SplitResult:
    """The learned model chosen on dev and its test error against the cap×sal weighted mean."""

    split_sha256: str
    sizes: dict[str, int]
    chosen: str
    weights: dict[str, float]
    dev_mae: dict[str, float]
    test_mae: float
    test_baseline_mae: float
    difference: float                      # learned − baseline (negative = learned is better)
    ci95: tuple[float, float]              # paired bootstrap interval of the difference
    bootstrap: int


@dataclass(frozen=True)
class BacktestResult:
    """Every model through the cross-validation protocol, and the learned-model test on the fixed split."""

    n_issues: int
    models: tuple[ModelScore, ...]
    split: SplitResult | None
    protocol: dict = field(default_factory=dict)
    eu_check: tuple[tuple[str, float], ...] = ()
    citation: str = CITATION

    @property
    def best(self) -> ModelScore:
        """The model with the lowest cross-validated MAE."""
        return min(self.models, key=lambda m: m.cv_mae if m.cv_mae is not None else m.mae)

    def to_dict(self) -> dict:
        out: dict = {"n_issues": self.n_issues, "citation": self.citation, "protocol": self.protocol,
                     "baseline": BASELINE, "best": self.best.name, "models": [m.to_dict() for m in self.models],
                     "expected_utility_check": [{"variant": k, "mae": round(v, 3)} for k, v in self.eu_check]}
        if self.split is not None:
            s = self.split
            out["split"] = {"sha256": s.split_sha256, "sizes": s.sizes, "chosen": s.chosen,
                            "weights": {k: round(v, 4) for k, v in s.weights.items()},
                            "dev_mae": {k: round(v, 3) for k, v in s.dev_mae.items()},
                            "test_mae": round(s.test_mae, 3), "test_baseline_mae": round(s.test_baseline_mae, 3),
                            "baseline": BASELINE,
                            "difference": round(s.difference, 3), "ci95": [round(s.ci95[0], 3), round(s.ci95[1], 3)],
                            "bootstrap": s.bootstrap}
        return out


def _paired_bootstrap(a: np.ndarray, b: np.ndarray, n: int, seed: int) -> tuple[float, float]:
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, a.size, size=(n, a.size))
    diffs = (a[idx] - b[idx]).mean(axis=1)
    return float(np.percentile(diffs, 2.5)), float(np.percentile(diffs, 97.5))


def evaluate_split(data: DeuData, split: dict, sha256: str, *, seed: int = 0, bootstrap: int = 2000) -> SplitResult:
    """Fit each candidate on train, choose on dev, report test MAE against the cap×sal mean."""
    X, y = _features(data), data.outcome
    part = {name: np.isin(np.array(data.issue_ids), split["issues"][name]) for name in ("train", "dev", "test")}
    fitted = {name: fit(X[part["train"]], y[part["train"]]) for name, fit in CANDIDATES.items()}
    dev_mae = {name: float(np.abs(X[part["dev"]] @ w - y[part["dev"]]).mean()) for name, w in fitted.items()}
    dev_mae["capability_salience_mean"] = float(np.abs(X[part["dev"], 0] - y[part["dev"]]).mean())
    chosen = min(fitted, key=lambda k: dev_mae[k])
    te = part["test"]
    err_learned = np.abs(X[te] @ fitted[chosen] - y[te])
    err_base = np.abs(X[te, 0] - y[te])
    return SplitResult(split_sha256=sha256, sizes={k: int(v.sum()) for k, v in part.items()}, chosen=chosen,
                       weights=dict(zip(FEATURES, map(float, fitted[chosen]))), dev_mae=dev_mae,
                       test_mae=float(err_learned.mean()), test_baseline_mae=float(err_base.mean()),
                       difference=float(err_learned.mean() - err_base.mean()),
                       ci95=_paired_bootstrap(err_learned, err_base, bootstrap, seed), bootstrap=bootstrap)


def _by_proposal(data: DeuData, S: np.ndarray, C: np.ndarray, **kw) -> np.ndarray:
    out = np.empty(data.n_issues)
    props = np.asarray(data.proposal_ids)
    for p in dict.fromkeys(data.proposal_ids):
        idx = np.flatnonzero(props == p)
        out[idx] = exchange(data.positions[idx], S[idx], C[idx], **kw)
    return out


#: Parameter settings tuned in the training folds; the first of each is the model's a-priori default.
GRIDS: dict[str, tuple[dict, ...]] = {
    "nash_bargaining": settings_grid(curvature=(2.0, 1.0, 1.5, 3.0), breakdown=(0.5, 0.05, 0.25, 1.0, 3.0),
                                     reference=(False, True)),
    "condorcet_election": settings_grid(curvature=(2.0, 3.0, 4.0, 6.0), sharpness=(1.0, 1.5, 2.0, 3.0),
                                        salience_power=(1.0, 2.0, 3.0), reference=(False, True)),
    "exchange": settings_grid(rounds=(1, 2, 3), step=(1.0, 0.25, 0.5)),
    "expected_utility": settings_grid(q=(1.0, 0.5), risk=(False, True), outcome=("mean", "median"), rounds=(1, 3)),
}

#: The expected-utility model's departures from its published definition, one at a time and together.
EU_CHECK: tuple[tuple[str, dict], ...] = (
    ("zopa's model before the check (Q = 0.5)", {"q": 0.5}),
    ("Q = 1: the status quo holds unless challenged (published)", {}),
    ("Q = 1 + risk exponents from security (published)", {"risk": True}),
    ("Q = 1 + distances over the issue's range (published)", {"normalise": "range"}),
    ("Q = 1 + yield to the strongest demand (published)", {"accept": "strongest"}),
    ("Q = 1 + median-voter forecast (published)", {"outcome": "median"}),
    ("Q = 1 + three rounds", {"rounds": 3}),
    ("all published choices together", {"risk": True, "normalise": "range", "accept": "strongest",
                                        "outcome": "median"}),
)


#: The ensemble: the Condorcet election blended with one partner, the models that need nothing but one
#: issue's positions, capabilities, saliences and reference point (GDP and the other issues of a proposal
#: are not at hand beyond DEU), so that the product can compute whichever the protocol chooses.
ENSEMBLE = "condorcet_ensemble"
ENSEMBLE_ANCHOR = "condorcet_election"
ENSEMBLE_PARTNERS = ("mean", "salience_mean", "capability_salience_mean", "median_actor", "constant_50",
                     "nash_bargaining", "expected_utility")


def _ensemble_default() -> dict:
    """The ensemble's a-priori setting: equal weights, the plain mean as partner, the members' defaults."""
    return {"weight": 0.5, "partner": "mean", "anchor": dict(GRIDS[ENSEMBLE_ANCHOR][0]), "partner_setting": {}}


def model_forecast(data: DeuData, name: str, setting: dict | None = None) -> np.ndarray:
    """One model's forecast of every issue under one parameter setting (default: its first).

    For the ensemble a setting is ``{"weight", "partner", "anchor", "partner_setting"}`` (`fit_model`).
    """
    if name == ENSEMBLE:
        kw = setting if setting is not None else _ensemble_default()
        partner = kw["partner"]
        other = (model_forecast(data, partner, kw.get("partner_setting") or None) if partner in GRIDS
                 else baseline_predictions(data)[partner])
        return kw["weight"] * model_forecast(data, ENSEMBLE_ANCHOR, kw["anchor"]) + (1 - kw["weight"]) * other
    P, S = data.positions, data.saliences / 100.0
    C = council_capabilities(data)
    kw = dict(setting if setting is not None else GRIDS[name][0])
    if name == "nash_bargaining":
        ref = data.reference if kw.pop("reference") else None
        return nash_bargaining_many(P, C * S, reference=ref, **kw)
    if name == "condorcet_election":
        W = C * S ** kw.pop("salience_power", 1.0)
        ref = data.reference if kw.pop("reference", False) else np.full(data.n_issues, np.nan)
        return np.array([condorcet_election(P[i], W[i], reference=ref[i], **kw) for i in range(data.n_issues)])
    if name == "exchange":
        return _by_proposal(data, S, C, **kw)
    if name == "expected_utility":
        return np.array([expected_utility(P[i], C[i], S[i], **kw) for i in range(data.n_issues)])
    raise InputError(f"unknown model {name!r}; expected one of {list(GRIDS)}")


def expected_utility_check(data: DeuData) -> tuple[tuple[str, float], ...]:
    """MAE of the expected-utility model under each row of `EU_CHECK` (one round unless stated)."""
    base = {"q": 1.0, "rounds": 1}
    return tuple((label, float(np.abs(model_forecast(data, "expected_utility", {**base, **kw}) - data.outcome).mean()))
                 for label, kw in EU_CHECK)


def interval_scale(data: DeuData) -> np.ndarray:
    """Per-issue scale of the forecast intervals (`position_spread` under capability × salience weights)."""
    return position_spread(data.positions, data.saliences * council_capabilities(data))


def model_grids(data: DeuData, names: tuple[str, ...] | None = None) -> tuple[tuple[ModelGrid, ...], dict[str, float]]:
    """Every model's forecasts under every setting, and seconds for one run of each model's default."""
    grids, seconds = [], {}
    for name, f in baseline_predictions(data).items():
        if names is None or name in names or name == BASELINE or (ENSEMBLE in names and name in _members()):
            grids.append(ModelGrid(name, ({},), f[None, :]))
    for name, settings in GRIDS.items():
        if names is not None and name not in names and not (ENSEMBLE in names and name in _members()):
            continue
        rows = []
        for k, setting in enumerate(settings):
            t0 = time.process_time()
            rows.append(model_forecast(data, name, setting))
            if k == 0:
                seconds[name] = time.process_time() - t0
        grids.append(ModelGrid(name, settings, np.array(rows)))
    return tuple(grids), seconds


def _members() -> tuple[str, ...]:
    return (ENSEMBLE_ANCHOR, *ENSEMBLE_PARTNERS)


def ensemble(grids: tuple[ModelGrid, ...]) -> Ensemble:
    """The ensemble over the members' grids (`ENSEMBLE`); its default is `_ensemble_default`."""
    by_name = {g.name: g for g in grids}
    return Ensemble(ENSEMBLE, by_name[ENSEMBLE_ANCHOR], tuple(by_name[n] for n in ENSEMBLE_PARTNERS),
                    weights=ENSEMBLE_WEIGHTS, default=(0, 0.5))


def fit_model(data: DeuData, name: str, *, seed: int = 0) -> tuple[dict, float]:
    """A model's setting tuned on every issue and its 80 % interval quantile (`crossval.fit_full`)."""
    grids, _ = model_grids(data, (name,))
    grid = ensemble(grids) if name == ENSEMBLE else next(g for g in grids if g.name == name)
    return fit_full(grid, data.outcome, interval_scale(data), groups=data.proposal_ids, seed=seed)


def backtest_deu(data: DeuData, *, models: tuple[str, ...] | None = None,
                 split_path: str | os.PathLike[str] | None = None, seed: int = 0, folds: int = 5,
                 repeats: int = 10, bootstrap: int = 2000) -> BacktestResult:
    """Every model through repeated grouped cross-validation (by proposal), next to the published figures.

    `split_path` defaults to `split.json` next to the data file; without it
    the fixed-split test of the learned blend is left out.
    """
    known = set(baseline_predictions(data)) | set(GRIDS) | {ENSEMBLE}
    unknown = [m for m in models or () if m not in known]
    if unknown:
        raise InputError(f"unknown model(s) {unknown}; expected some of {sorted(known)}")
    grids, seconds = model_grids(data, models)
    shown: list[ModelGrid | Ensemble] = [g for g in grids if models is None or g.name in models or g.name == BASELINE]
    if models is None or ENSEMBLE in models:
        shown.append(ensemble(grids))
        t0 = time.process_time()
        model_forecast(data, ENSEMBLE)
        seconds[ENSEMBLE] = time.process_time() - t0
    cv = cross_validate(shown, data.outcome, data.proposal_ids, baseline=BASELINE, scale=interval_scale(data),
                        folds=folds, repeats=repeats, bootstrap=bootstrap, seed=seed)
    scores = tuple(ModelScore(c.name, c.mae, PUBLISHED.get(c.name), cv_mae=c.cv_mae, cv_mae_sd=c.cv_mae_sd,
                              diff=c.diff, ci=c.ci, coverage=c.coverage, width=c.width, chosen=c.chosen,
                              seconds=seconds.get(c.name)) for c in cv)
    path = Path(split_path) if split_path else Path(data.source).with_name("split.json")
    split = None
    if path.exists():
        spec, sha = load_split(path)
        split = evaluate_split(data, spec, sha, seed=seed)
    protocol = {"folds": folds, "repeats": repeats, "unit": "proposal", "seed": seed, "bootstrap": bootstrap,
                "interval": 0.8, "tuning": "lowest MAE on the training folds",
                "bootstrap_unit": "proposal",
                "ensemble": "partner and weight by an inner 5-fold cross-validation by proposal in each training fold"}
    check = expected_utility_check(data) if models is None or "expected_utility" in models else ()
    return BacktestResult(n_issues=data.n_issues, models=scores, split=split, protocol=protocol, eu_check=check)
