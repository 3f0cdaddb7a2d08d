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
* **Paired cluster bootstrap** of the difference in MAE to a baseline model:
  per-issue absolute errors (averaged over repeats) are resampled by group,
  so the interval respects the dependence between issues of one proposal.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping, Sequence

import numpy as np

__all__ = ["ModelGrid", "CVScore", "grouped_folds", "cross_validate", "cluster_bootstrap", "conformal_quantile",
           "fit_full", "settings_grid"]


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


def _fold(grid: ModelGrid, train: np.ndarray, test: np.ndarray, y: np.ndarray, scale: np.ndarray,
          level: float) -> tuple[int, np.ndarray, np.ndarray]:
    """Tune on train; the test forecasts and whether each test outcome is inside its interval."""
    s = _tune(grid, train, y)
    f = grid.forecasts[s]
    q = conformal_quantile(np.abs(y[train] - f[train]) / scale[train], level)
    lo, hi = np.clip(f[test] - q * scale[test], 0, 100), np.clip(f[test] + q * scale[test], 0, 100)
    return s, f[test], np.column_stack([lo, hi])


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


def cross_validate(grids: Sequence[ModelGrid], y: np.ndarray, groups: Sequence[str], *, baseline: str,
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
    for r in range(repeats):
        for test in grouped_folds(groups, folds, rng):
            for g in grids:
                s, f, iv = _fold(g, ~test, test, y, scale, level)
                oof[g.name][r, test] = f
                inside[g.name][r, test] = (iv[:, 0] <= y[test]) & (y[test] <= iv[:, 1])
                width[g.name][r, test] = iv[:, 1] - iv[:, 0]
                key = _label(g.settings[s])
                chosen[g.name][key] = chosen[g.name].get(key, 0) + 1
    errors = {g.name: np.abs(oof[g.name] - y[None, :]) for g in grids}
    base = errors[baseline].mean(axis=0)
    out = []
    for g in grids:
        e = errors[g.name].mean(axis=0)
        per_repeat = errors[g.name].mean(axis=1)
        ci = cluster_bootstrap(e - base, groups, bootstrap, seed) if g.name != baseline else (0.0, 0.0)
        out.append(CVScore(name=g.name, mae=float(np.abs(g.forecasts[g.default] - y).mean()),
                           cv_mae=float(per_repeat.mean()), cv_mae_sd=float(per_repeat.std()),
                           diff=float(e.mean() - base.mean()), ci=ci, coverage=float(inside[g.name].mean()),
                           width=float(width[g.name].mean()), chosen=dict(chosen[g.name]), errors=e))
    return tuple(out)


def fit_full(grid: ModelGrid, y: np.ndarray, scale: np.ndarray | None = None,
             level: float = 0.8) -> tuple[dict, float]:
    """The setting tuned on every issue and its interval quantile (for use beyond the benchmark)."""
    idx = np.ones(y.size, dtype=bool)
    s = _tune(grid, idx, y)
    scale = np.ones(y.size) if scale is None else np.asarray(scale, float)
    return dict(grid.settings[s]), conformal_quantile(np.abs(y - grid.forecasts[s]) / scale, level)


def settings_grid(**axes: Sequence) -> tuple[dict, ...]:
    """Every combination of the given parameter values, as dicts (first value of each axis first)."""
    combos: list[dict] = [{}]
    for key, values in axes.items():
        combos = [{**c, key: v} for c in combos for v in values]
    return tuple(combos)

