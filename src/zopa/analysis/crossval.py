"""An honest out-of-sample protocol for forecasting models with tuned parameters.

The models' forecasts do not depend on outcomes, only on their parameters,
so each model is given as a matrix of forecasts: one row per parameter
setting, one column per issue. The protocol then never looks at a test
outcome before the forecast is made:

* **Repeated grouped K-fold cross-validation**: the groups (DEU: proposals)
  are shuffled and dealt into K folds, so issues of one group never straddle
  training and test; this is repeated with fresh shuffles.
* **Tuning inside the training folds**: for each fold, each model's setting
  is the one with the lowest mean absolute error on the training issues.
* **Calibrated intervals** (split-conformal on the training folds): with the
  chosen setting, the training issues' scores ``|y - ŷ| / scale`` give the
  quantile ``q`` at level ``⌈(n + 1)·level⌉ / n``; a test issue's interval is
  ``ŷ ± q·scale``, clipped to 0–100. Its coverage is counted on test issues.
* **Ensembles** (`Ensemble`): an anchor model blended with one partner
  model, ``w · anchor + (1 - w) · partner``. Inside each training fold, an
  inner grouped cross-validation (each member tuned on the inner training
  folds) gives out-of-fold forecasts of every member on the training
  issues; the partner and the weight w with the lowest error on them are
  chosen, and each member's setting is tuned on the whole training fold as
  in its own row. The test fold is used for neither choice.
* **Paired cluster bootstrap** of the difference in MAE to a baseline model:
  per-issue absolute errors (averaged over repeats) are resampled by group,
  so the interval respects the dependence between issues of one proposal.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping, Sequence

import numpy as np

__all__ = ["ModelGrid", "Ensemble", "ENSEMBLE_WEIGHTS", "CVScore", "grouped_folds", "cross_validate",
           "cluster_bootstrap", "conformal_quantile", "fit_full", "settings_grid"]


@dataclass(frozen=True)
class ModelGrid:
    """A model's forecasts under each parameter setting (settings × issues)."""

    name: str
    settings: tuple[dict, ...]
    forecasts: np.ndarray
    default: int = 0                      # the setting used for the untuned, in-sample figure

    def __post_init__(self) -> None:
        if self.forecasts.ndim != 2 or self.forecasts.shape[0] != len(self.settings):
            raise ValueError(f"{self.name}: forecasts must be settings × issues")


#: The anchor's weights an `Ensemble` chooses among (1 first: on ties the anchor alone).
ENSEMBLE_WEIGHTS = tuple(round(1.0 - k / 20, 2) for k in range(21))


@dataclass(frozen=True)
class Ensemble:
    """``w · anchor + (1 - w) · partner``, the partner and w chosen by an inner grouped cross-validation.

    ``default``: the partner (index) and weight of the a-priori setting, used for the in-sample figure.
    """

    name: str
    anchor: ModelGrid
    partners: tuple[ModelGrid, ...]
    weights: tuple[float, ...] = ENSEMBLE_WEIGHTS
    inner: int = 5
    default: tuple[int, float] = (0, 0.5)

    def __post_init__(self) -> None:
        if not self.partners:
            raise ValueError(f"{self.name}: an ensemble needs at least one partner")

    @property
    def members(self) -> tuple[ModelGrid, ...]:
        return (self.anchor, *self.partners)

    def combine(self, partner: int, weight: float, settings: Sequence[int] | None = None) -> np.ndarray:
        """The blended forecasts under the members' settings (indices; default: each member's default)."""
        a, b = self.anchor, self.partners[partner]
        sa, sb = (a.default, b.default) if settings is None else (settings[0], settings[1])
        return weight * a.forecasts[sa] + (1.0 - weight) * b.forecasts[sb]

    def choose(self, train: np.ndarray, y: np.ndarray, groups: Sequence[str],
               rng: np.random.Generator) -> tuple[int, float]:
        """The partner and weight with the lowest inner out-of-fold MAE on the training issues."""
        idx = np.flatnonzero(train)
        labels = np.asarray(groups)[idx]
        oof = np.empty((len(self.members), idx.size))
        k_inner = min(self.inner, np.unique(labels).size)
        if k_inner < 2:                    # one group: no inner split, the members tuned on it
            for k, m in enumerate(self.members):
                oof[k] = m.forecasts[_tune(m, train, y), idx]
        else:
            for test in grouped_folds(labels, k_inner, rng):
                inner_train = np.zeros(y.size, dtype=bool)
                inner_train[idx[~test]] = True
                for k, m in enumerate(self.members):
                    oof[k, test] = m.forecasts[_tune(m, inner_train, y), idx[test]]
        best, choice = np.inf, (0, self.weights[0])
        for p in range(len(self.partners)):
            for w in self.weights:
                err = float(np.abs(w * oof[0] + (1.0 - w) * oof[p + 1] - y[idx]).mean())
                if err < best - 1e-12:
                    best, choice = err, (p, w)
        return choice

    def fit(self, train: np.ndarray, y: np.ndarray, groups: Sequence[str],
            rng: np.random.Generator) -> tuple[np.ndarray, str]:
        """Forecasts of every issue fitted on the training issues only, and the choice as text."""
        p, w = self.choose(train, y, groups, rng)
        partner = self.partners[p]
        f = self.combine(p, w, (_tune(self.anchor, train, y), _tune(partner, train, y)))
        return f, f"{self.anchor.name} {w:.2f} + {partner.name} {1 - w:.2f}"


@dataclass(frozen=True)
class CVScore:
    """One model's out-of-sample record."""

    name: str
    mae: float                             # in-sample, default setting
    cv_mae: float                          # mean over repeats of the out-of-fold MAE
    cv_mae_sd: float                       # s.d. of the out-of-fold MAE over repeats
    diff: float                            # cv MAE minus the baseline's (negative = better)
    ci: tuple[float, float]                # 95 % paired cluster-bootstrap interval of diff
    coverage: float                        # share of test outcomes inside their interval
    width: float                           # mean interval width (0–100)
    chosen: dict[str, int] = field(default_factory=dict)   # setting (as text) → times chosen
    errors: np.ndarray = field(default=None, repr=False)   # per-issue |error|, averaged over repeats


def grouped_folds(groups: Sequence[str], k: int, rng: np.random.Generator) -> list[np.ndarray]:
    """Boolean test masks of k folds; whole groups go to one fold, folds balanced by issue count."""
    labels = np.asarray(groups)
    uniq, counts = np.unique(labels, return_counts=True)
    order = rng.permutation(uniq.size)
    load, fold_of = np.zeros(k), {}
    for g in order[np.argsort(-counts[order], kind="stable")]:      # largest first, ties in random order
        f = int(np.argmin(load))
        fold_of[uniq[g]] = f
        load[f] += counts[g]
    assign = np.array([fold_of[g] for g in labels])
    return [assign == f for f in range(k)]


def conformal_quantile(scores: np.ndarray, level: float) -> float:
    """The split-conformal quantile of non-negative scores at `level`."""
    n = scores.size
    rank = min(int(np.ceil((n + 1) * level)), n)
    return float(np.sort(scores)[rank - 1])


def _tune(grid: ModelGrid, train: np.ndarray, y: np.ndarray) -> int:
    errs = np.abs(grid.forecasts[:, train] - y[None, train]).mean(axis=1)
    return int(np.argmin(errs))


def _fold(grid: ModelGrid | Ensemble, train: np.ndarray, test: np.ndarray, y: np.ndarray, scale: np.ndarray,
          level: float, groups: Sequence[str], inner_rng: np.random.Generator) -> tuple[str, np.ndarray, np.ndarray]:
    """Tune on train; the choice, the test forecasts and their intervals."""
    if isinstance(grid, Ensemble):
        f, label = grid.fit(train, y, groups, inner_rng)
    else:
        s = _tune(grid, train, y)
        f, label = grid.forecasts[s], _label(grid.settings[s])
    q = conformal_quantile(np.abs(y[train] - f[train]) / scale[train], level)
    lo, hi = np.clip(f[test] - q * scale[test], 0, 100), np.clip(f[test] + q * scale[test], 0, 100)
    return label, f[test], np.column_stack([lo, hi])


def cluster_bootstrap(diff: np.ndarray, groups: Sequence[str], n: int, seed: int) -> tuple[float, float]:
    """95 % interval of the mean of per-issue `diff` when whole groups are resampled."""
    labels = np.asarray(groups)
    uniq, inverse = np.unique(labels, return_inverse=True)
    sums, counts = np.bincount(inverse, weights=diff), np.bincount(inverse)
    draws = np.random.default_rng(seed).integers(0, uniq.size, size=(n, uniq.size))
    means = sums[draws].sum(axis=1) / counts[draws].sum(axis=1)
    return float(np.percentile(means, 2.5)), float(np.percentile(means, 97.5))


def _label(setting: dict) -> str:
    return ", ".join(f"{k}={v}" for k, v in setting.items()) or "–"


def cross_validate(grids: Sequence[ModelGrid | Ensemble], y: np.ndarray, groups: Sequence[str], *, baseline: str,
                   scale: np.ndarray | None = None, folds: int = 5, repeats: int = 10, level: float = 0.8,
                   bootstrap: int = 2000, seed: int = 0) -> tuple[CVScore, ...]:
    """Every model through the protocol (see the module docstring); `baseline` names the reference model."""
    n = y.size
    scale = np.ones(n) if scale is None else np.asarray(scale, float)
    oof = {g.name: np.empty((repeats, n)) for g in grids}
    inside = {g.name: np.empty((repeats, n), dtype=bool) for g in grids}
    width = {g.name: np.empty((repeats, n)) for g in grids}
    chosen: dict[str, dict[str, int]] = {g.name: {} for g in grids}
    rng = np.random.default_rng(seed)
    inner_rng = np.random.default_rng([seed, 1])          # the ensembles' inner folds; the outer folds as before
    for r in range(repeats):
        for test in grouped_folds(groups, folds, rng):
            for g in grids:
                key, f, iv = _fold(g, ~test, test, y, scale, level, groups, inner_rng)
                oof[g.name][r, test] = f
                inside[g.name][r, test] = (iv[:, 0] <= y[test]) & (y[test] <= iv[:, 1])
                width[g.name][r, test] = iv[:, 1] - iv[:, 0]
                chosen[g.name][key] = chosen[g.name].get(key, 0) + 1
    errors = {g.name: np.abs(oof[g.name] - y[None, :]) for g in grids}
    base = errors[baseline].mean(axis=0)
    out = []
    for g in grids:
        e = errors[g.name].mean(axis=0)
        per_repeat = errors[g.name].mean(axis=1)
        ci = cluster_bootstrap(e - base, groups, bootstrap, seed) if g.name != baseline else (0.0, 0.0)
        default = g.combine(*g.default) if isinstance(g, Ensemble) else g.forecasts[g.default]
        out.append(CVScore(name=g.name, mae=float(np.abs(default - y).mean()),
                           cv_mae=float(per_repeat.mean()), cv_mae_sd=float(per_repeat.std()),
                           diff=float(e.mean() - base.mean()), ci=ci, coverage=float(inside[g.name].mean()),
                           width=float(width[g.name].mean()), chosen=dict(chosen[g.name]), errors=e))
    return tuple(out)


def fit_full(grid: ModelGrid | Ensemble, y: np.ndarray, scale: np.ndarray | None = None,
             level: float = 0.8, *, groups: Sequence[str] | None = None, seed: int = 0) -> tuple[dict, float]:
    """The setting tuned on every issue and its interval quantile (for use beyond the benchmark).

    An ensemble's setting is ``{"weight", "partner", "anchor", "partner_setting"}``: the partner and
    weight from the inner cross-validation over every issue (grouped by `groups`, folds drawn as in
    `cross_validate` with `seed`), the members' settings tuned on every issue.
    """
    idx = np.ones(y.size, dtype=bool)
    scale = np.ones(y.size) if scale is None else np.asarray(scale, float)
    if isinstance(grid, Ensemble):
        labels = [str(i) for i in range(y.size)] if groups is None else groups
        p, w = grid.choose(idx, y, labels, np.random.default_rng([seed, 1]))
        sa, sb = _tune(grid.anchor, idx, y), _tune(grid.partners[p], idx, y)
        f = grid.combine(p, w, (sa, sb))
        setting = {"weight": w, "partner": grid.partners[p].name, "anchor": dict(grid.anchor.settings[sa]),
                   "partner_setting": dict(grid.partners[p].settings[sb])}
        return setting, conformal_quantile(np.abs(y - f) / scale, level)
    s = _tune(grid, idx, y)
    return dict(grid.settings[s]), conformal_quantile(np.abs(y - grid.forecasts[s]) / scale, level)


def settings_grid(**axes: Sequence) -> tuple[dict, ...]:
    """Every combination of the given parameter values, as dicts (first value of each axis first)."""
    combos: list[dict] = [{}]
    for key, values in axes.items():
        combos = [{**c, key: v} for c in combos for v in values]
    return tuple(combos)

