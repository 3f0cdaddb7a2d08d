"""Forecasts of an issue's outcome: the compromise model and an expected-utility model.

Compromise model
    The capability × salience weighted mean of the actors' positions
    (Achen 2006; Thomson et al. 2006).

Expected-utility model (Bueno de Mesquita 1994, 2002; *The Predictioneer's Game*)
    Positions are rescaled to 0–1. For each ordered pair (i, j):

    * the weighted vote of every actor k between them,
      ``v_k = c_k s_k (|x_k - x_j| - |x_k - x_i|)``, gives i's probability of
      prevailing ``P_i = Σ_k max(v_k, 0) / Σ_k |v_k|``;
    * with μ the capability × salience weighted median and risk exponent 1,
      ``U_s = 2 - 4(0.5 - 0.5|x_i-x_j|)``, ``U_f = 2 - 4(0.5 + 0.5|x_i-x_j|)``,
      ``U_b = 2 - 4(0.5 - 0.25(|x_i-μ| + |x_i-x_j|))``,
      ``U_w = 2 - 4(0.5 + 0.25(|x_i-μ| + |x_i-x_j|))``, ``U_sq = 0``;
    * i's expected utility of challenging j is
      ``EU_i(j) = s_j (P_i U_s + (1-P_i) U_f) + (1-s_j) U_s
      - (Q U_sq + (1-Q)(T U_b + (1-T) U_w))`` with ``Q = 1`` (the status quo
      holds unless challenged; an option) and ``T = 1`` when j is further
      from μ than i, else 0.

    A challenge i → j is credible when ``EU_i(j) > 0``. Then: if
    ``EU_j(i) > 0`` too and ``EU_i(j) > EU_j(i)``, a conflict that j loses (j
    moves to x_i); if ``EU_j(i) < 0`` and ``|EU_i(j)| > |EU_j(i)|``, j
    capitulates (moves to x_i); if ``EU_j(i) < 0`` and it is the larger, j
    compromises, moving ``|EU_i(j) / EU_j(i)|`` of the way to x_i. Each actor
    accepts, among the credible demands it receives, the one that moves it
    least. After `rounds` rounds, the forecast is the capability × salience
    weighted mean of the positions. Every update moves an actor between
    existing positions, so the forecast stays within the positions' range.

Best model (``best_forecast``)
    The model with the lowest cross-validated error on DEU III (`zopa
    backtest deu`): the Condorcet ensemble, ``w · election + (1 - w) ·
    partner``, where the election is the Probabilistic Condorcet Election
    (`models`) and the partner one of the simpler models (`ENSEMBLE_PARTNERS`
    of `deu`); the partner, w and both members' settings are those fitted on
    all 351 issues (`deu.fit_model`: on DEU the plain mean of the positions
    with w = 0.8). The election takes the status quo as an option where
    one is given (``reference``; `forecast_positions` has none, so there the
    options are the positions alone). The calibrated 80 % interval is the
    forecast ± ``q × spread``, where spread is the weighted mean absolute
    deviation of the positions plus 5 points and q the split-conformal
    quantile on DEU III. Each forecast lists the positions the election
    rests on (weight share and the option's probability of winning) and its
    sensitivity: how far the forecast moves when one actor's position moves
    10 points either way or its salience moves 0.2. A setting without
    ``weight`` is the election alone.

Monte-Carlo intervals
    Positions are jittered by a normal error whose s.d. is
    ``max_sd × (1 - confidence)`` points, saliences and capabilities by a
    log-normal factor (σ = `weight_sd`); each model runs on every draw and the
    interval is the 5th–95th percentile of the draws (seeded).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, Sequence

import numpy as np

from ..records import Position
from .models import condorcet_election, nash_bargaining, position_spread, weighted_mean

__all__ = ["Estimate", "Forecast", "BestForecast", "Sensitivity", "BEST_MODEL", "BEST_SETTING", "BEST_INTERVAL_Q80",
           "best_forecast", "partner_forecast", "compromise", "expected_utility", "forecast_issue",
           "forecast_positions", "to_dict"]

#: The best model under the DEU III protocol, its setting and 80 % interval quantile as `deu.fit_model`
#: gives them on all 351 issues (`tests/analysis/test_deu.py` checks all three against the data).
BEST_MODEL = "condorcet_ensemble"
BEST_SETTING = {"weight": 0.8, "partner": "mean",
                "anchor": {"curvature": 4.0, "sharpness": 2.0, "salience_power": 2.0, "reference": True},
                "partner_setting": {}}
BEST_INTERVAL_Q80 = 0.9901


@dataclass(frozen=True, slots=True)
class Estimate:
    """A forecast value with its Monte-Carlo mean and 5–95% interval (0–100)."""

    point: float
    mean: float
    low: float
    high: float

    def to_dict(self) -> dict[str, float]:
        return {"point": round(self.point, 3), "mean": round(self.mean, 3),
                "low": round(self.low, 3), "high": round(self.high, 3)}


@dataclass(frozen=True, slots=True)
class Sensitivity:
    """How far the best model's forecast moves when one actor's input moves (points, 0–100)."""

    actor: str
    position_down: float                  # the actor's position 10 points lower
    position_up: float                    # 10 points higher
    salience_down: float                  # its salience 0.2 lower
    salience_up: float                    # 0.2 higher

    @property
    def largest(self) -> float:
        return max(abs(self.position_down), abs(self.position_up), abs(self.salience_down), abs(self.salience_up))

    def to_dict(self) -> dict[str, float | str]:
        return {"actor": self.actor, "position_down": round(self.position_down, 3),
                "position_up": round(self.position_up, 3), "salience_down": round(self.salience_down, 3),
                "salience_up": round(self.salience_up, 3)}


@dataclass(frozen=True, slots=True)
class BestForecast:
    """The best model's forecast for one issue, its calibrated interval, support and sensitivity."""

    model: str
    point: float
    low: float
    high: float
    level: float
    support: tuple[tuple[str, float, float, float], ...]   # actor, position, weight share, P(its position wins)
    sensitivity: tuple[Sensitivity, ...]

    def to_dict(self) -> dict:
        return {"model": self.model, "point": round(self.point, 3), "low": round(self.low, 3),
                "high": round(self.high, 3), "level": self.level,
                "support": [{"actor": a, "position": round(x, 3), "weight_share": round(w, 4),
                             "win_probability": round(p, 4)} for a, x, w, p in self.support],
                "sensitivity": [v.to_dict() for v in self.sensitivity]}


@dataclass(frozen=True, slots=True)
class Forecast:
    """The models' forecasts for one issue."""

    issue: str
    compromise: Estimate
    expected_utility: Estimate
    actors: tuple[str, ...] = ()
    draws: int = 0
    best: BestForecast | None = None

    def to_dict(self) -> dict[str, dict]:
        out: dict[str, dict] = {"compromise": self.compromise.to_dict(),
                                "expected_utility": self.expected_utility.to_dict()}
        if self.best is not None:
            out["best"] = self.best.to_dict()
        return out


def compromise(x: np.ndarray, c: np.ndarray, s: np.ndarray) -> float:
    """The capability × salience weighted mean of positions x (NaN positions ignored)."""
    w = np.where(np.isnan(x), 0.0, c * s)
    total = w.sum()
    if total <= 0:
        valid = x[~np.isnan(x)]
        return float(valid.mean()) if valid.size else float("nan")
    return float((w * np.nan_to_num(x)).sum() / total)


def _weighted_median(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    """The weighted median of each row of x (weights w, the same shape)."""
    order = np.argsort(x, axis=-1)
    cum = np.cumsum(np.take_along_axis(w, order, -1), axis=-1)
    at = (cum < cum[..., -1:] / 2.0).sum(axis=-1, keepdims=True)     # the first index reaching half the weight
    return np.take_along_axis(np.take_along_axis(x, order, -1), at, -1)[..., 0]


def _utilities(d: np.ndarray, dm: np.ndarray, r: np.ndarray) -> tuple[np.ndarray, ...]:
    """U_s, U_f, U_b, U_w, U_sq of challenger i (rows) against j (columns) with i's risk exponent r_i (per run)."""
    ri = r[..., None]
    u = lambda v: 2 - 4 * np.clip(v, 0.0, None) ** ri  # noqa: E731
    return (u(0.5 - 0.5 * d), u(0.5 + 0.5 * d), u(0.5 - 0.25 * (dm + d)), u(0.5 + 0.25 * (dm + d)),
            np.broadcast_to(u(np.full_like(d, 0.5)), d.shape))


def _expected_utilities(x: np.ndarray, c: np.ndarray, s: np.ndarray, r: np.ndarray | None = None,
                        q: float = 0.5) -> np.ndarray:
    """EU[run, i, j]: i's expected utility of challenging j in each run (rows of x: positions on 0–1;
    r: risk exponents, default 1; q: probability that the status quo holds without a challenge)."""
    r = np.ones(x.shape) if r is None else r
    w = c * s
    weighted = w.sum(axis=-1) > 0
    mu = np.where(weighted, _weighted_median(x, w), np.median(x, axis=-1))[:, None]
    d = np.abs(x[:, :, None] - x[:, None, :])                # |x_i - x_j|, also |x_k - x_m|
    # votes v[run, k, i, j] = w_k (|x_k - x_j| - |x_k - x_i|)
    votes = w[:, :, None, None] * (d[:, :, None, :] - d[:, :, :, None])
    pos_sum = np.clip(votes, 0, None).sum(axis=1)
    abs_sum = np.abs(votes).sum(axis=1)
    p = np.divide(pos_sum, abs_sum, out=np.full_like(pos_sum, 0.5), where=abs_sum > 0)
    dm = np.abs(x - mu)
    u_s, u_f, u_b, u_w, u_sq = _utilities(d, dm[:, :, None], r)
    t = (dm[:, None, :] > dm[:, :, None]).astype(float)
    sj = s[:, None, :]
    eu = sj * (p * u_s + (1 - p) * u_f) + (1 - sj) * u_s - (q * u_sq + (1 - q) * (t * u_b + (1 - t) * u_w))
    diagonal = np.arange(x.shape[1])
    eu[:, diagonal, diagonal] = 0.0
    return eu


def _risk_exponents(eu: np.ndarray) -> np.ndarray:
    """r_i = (1 - R_i/3) / (1 + R_i/3) from the security levels (Scholz et al. 2011, section 5), per run.

    i's exposure is ``Σ_j EU_j(i)``, what the others expect from challenging
    it; R_i places it between the most and the least exposed actor (−1 …
    +1), so r runs from 2 (safest: risk-averse) to 0.5 (most exposed).
    """
    exposure = eu.sum(axis=1)
    hi, lo = exposure.max(axis=-1, keepdims=True), exposure.min(axis=-1, keepdims=True)
    flat = hi - lo < 1e-12
    big_r = np.where(flat, 0.0, (2 * exposure - hi - lo) / np.where(flat, 1.0, hi - lo))
    return (1 - big_r / 3) / (1 + big_r / 3)


def _round(x: np.ndarray, c: np.ndarray, s: np.ndarray, risk: bool = False, q: float = 0.5,
           accept: str = "nearest") -> np.ndarray:
    """One round of challenges in each run (rows); returns the new positions."""
    eu = _expected_utilities(x, c, s, q=q)
    if risk:
        eu = _expected_utilities(x, c, s, _risk_exponents(eu), q=q)
    a, b = eu, eu.swapaxes(1, 2)                              # a[i, j] = EU_i(j), b[i, j] = EU_j(i)
    credible = a > 1e-12
    full = credible & (((b > 0) & (a > b)) | ((b < 0) & (np.abs(a) > np.abs(b))))
    part = credible & (b < 0) & (np.abs(a) <= np.abs(b))
    frac = np.where(full, 1.0, np.where(part, np.abs(a) / np.where(b == 0, 1, np.abs(b)), 0.0))
    xi, xj = x[:, :, None], x[:, None, :]
    target = xj + frac * (xi - xj)                            # where j would move if it accepts i's demand
    move = np.where(frac > 0, np.abs(target - xj), np.inf)
    if accept == "strongest":                                 # the demand with the highest EU_i(j)
        move = np.where(frac > 0, -a, np.inf)
    best = np.argmin(move, axis=1)[:, None, :]
    return np.where(np.isfinite(np.take_along_axis(move, best, 1)[:, 0]), np.take_along_axis(target, best, 1)[:, 0], x)


def _settle(x: np.ndarray, c: np.ndarray, s: np.ndarray, rounds: int, risk: bool, q: float,
            accept: str) -> np.ndarray:
    """The positions of each run (rows, on 0–1) after `rounds` rounds; a run stops at the first round that
    leaves its positions unchanged (all close)."""
    x = x.copy()
    live = np.arange(len(x))
    for _ in range(rounds):
        new = _round(x[live], c[live], s[live], risk, q, accept)
        moved = ~np.isclose(new, x[live]).all(axis=1)
        live = live[moved]
        x[live] = new[moved]
        if not live.size:
            break
    return x


def expected_utility(x: np.ndarray, c: np.ndarray, s: np.ndarray, *, rounds: int = 4, risk: bool = False,
                     outcome: str = "mean", normalise: str = "scale", q: float = 1.0,
                     accept: str = "nearest") -> float:
    """The expected-utility model's forecast (0–100) for positions x (NaN positions ignored).

    ``q`` is the probability that the status quo holds when nobody challenges
    (1 in Bueno de Mesquita's applications and in the replication of Scholz
    et al. 2011; zopa used 0.5 before, which costs about 3 points of MAE on
    DEU III). The other options follow the published definition where zopa's
    simplified model departs from it: ``risk=True`` derives each actor's risk
    exponent from its security instead of fixing it at 1; ``outcome="median"``
    forecasts the weighted median of the final positions (the "median voter")
    instead of their weighted mean; ``normalise="range"`` measures distances
    relative to the issue's range of positions; ``accept="strongest"`` makes
    each actor yield to the demand with the highest expected utility instead
    of the one that moves it least.
    """
    keep = ~np.isnan(x) & (c * s > 0)
    if keep.sum() < 2:
        return compromise(x, c, s)
    lo, span = (x[keep].min(), np.ptp(x[keep])) if normalise == "range" else (0.0, 100.0)
    span = span if span > 0 else 100.0
    xx, cc, ss = (x[keep] - lo) / span, c[keep], np.clip(s[keep], 0.0, 1.0)
    xx = _settle(xx[None], cc[None], ss[None], rounds, risk, q, accept)[0]
    if outcome == "median":
        return float(lo + span * _weighted_median(xx, cc * ss))
    return compromise(lo + span * xx, cc, ss)


def _expected_utility_draws(xs: np.ndarray, cs: np.ndarray, ss: np.ndarray, rounds: int) -> np.ndarray:
    """`expected_utility` of each draw (rows), run together when every draw keeps the same actors."""
    keep = ~np.isnan(xs) & (cs * ss > 0)
    if not (keep == keep[:1]).all() or keep[0].sum() < 2:
        return np.array([expected_utility(xs[k], cs[k], ss[k], rounds=rounds) for k in range(len(xs))])
    k = keep[0]
    xx, cc, sc = (xs[:, k] - 0.0) / 100.0, cs[:, k], np.clip(ss[:, k], 0.0, 1.0)
    xx = _settle(xx, cc, sc, rounds, False, 1.0, "nearest")
    return np.array([compromise(0.0 + 100.0 * xx[i], cc[i], sc[i]) for i in range(len(xx))])


def _draws(x: np.ndarray, c: np.ndarray, s: np.ndarray, conf: np.ndarray, n: int, rng: np.random.Generator,
           max_sd: float, weight_sd: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    sd = max_sd * (1.0 - np.clip(conf, 0.0, 1.0))
    xs = np.clip(x[None, :] + rng.normal(size=(n, x.size)) * sd[None, :], 0.0, 100.0)
    cs = c[None, :] * rng.lognormal(0.0, weight_sd, size=(n, c.size))
    ss = np.clip(s[None, :] * rng.lognormal(0.0, weight_sd, size=(n, s.size)), 0.0, 1.0)
    return xs, cs, ss


def _estimate(point: float, values: np.ndarray) -> Estimate:
    values = values[~np.isnan(values)]
    if not values.size:
        return Estimate(point, point, point, point)
    return Estimate(point, float(values.mean()), float(np.percentile(values, 5)), float(np.percentile(values, 95)))


def _election(x: np.ndarray, c: np.ndarray, s: np.ndarray, setting: Mapping[str, float],
              reference: float | None) -> tuple[float, np.ndarray, np.ndarray]:
    """The best model's forecast, options and their stationary probabilities."""
    w = c * np.clip(s, 0.0, 1.0) ** setting.get("salience_power", 1.0)
    ref = reference if setting.get("reference", False) else None
    value, options, pi = condorcet_election(x, w, curvature=setting["curvature"], sharpness=setting["sharpness"],
                                            reference=ref, return_probabilities=True)  # type: ignore[misc]
    return value, options, pi


def partner_forecast(name: str, x: np.ndarray, c: np.ndarray, s: np.ndarray, setting: Mapping | None = None,
                     reference: float | None = None) -> float:
    """One issue's forecast by an ensemble partner (a model of `deu.ENSEMBLE_PARTNERS`), as on DEU III."""
    x, c, s = (np.asarray(v, dtype=float) for v in (x, c, s))
    kw = dict(setting or {})
    if name == "mean":
        return float(np.nanmean(x))
    if name == "salience_mean":
        return weighted_mean(x, s)
    if name == "capability_salience_mean":
        return compromise(x, c, s)
    if name == "median_actor":
        return float(np.nanmedian(x))
    if name == "constant_50":
        return 50.0
    if name == "nash_bargaining":
        ref = reference if kw.pop("reference", False) else None
        return nash_bargaining(x, c * s, reference=ref, **kw)
    if name == "expected_utility":
        return expected_utility(x, c, s, **kw)
    raise ValueError(f"unknown ensemble partner {name!r}")


def _best_point(x: np.ndarray, c: np.ndarray, s: np.ndarray, setting: Mapping,
                reference: float | None) -> tuple[float, np.ndarray, np.ndarray]:
    """The best model's forecast (the ensemble, or the election alone for a setting without a weight) and
    the election's options and stationary probabilities."""
    if "weight" not in setting:
        return _election(x, c, s, setting, reference)
    value, options, pi = _election(x, c, s, setting["anchor"], reference)
    other = partner_forecast(setting["partner"], x, c, s, setting.get("partner_setting"), reference)
    return setting["weight"] * value + (1.0 - setting["weight"]) * other, options, pi


def _sensitivity(x: np.ndarray, c: np.ndarray, s: np.ndarray, actors: Sequence[str], point: float,
                 setting: Mapping, reference: float | None, shift: float,
                 salience_shift: float) -> tuple[Sensitivity, ...]:
    def moved(i: int, dx: float = 0.0, ds: float = 0.0) -> float:
        xx, ss = x.copy(), s.copy()
        xx[i] = np.clip(xx[i] + dx, 0.0, 100.0)
        ss[i] = np.clip(ss[i] + ds, 0.0, 1.0)
        return _best_point(xx, c, ss, setting, reference)[0] - point

    return tuple(Sensitivity(a, moved(i, dx=-shift), moved(i, dx=shift), moved(i, ds=-salience_shift),
                             moved(i, ds=salience_shift)) for i, a in enumerate(actors))


def best_forecast(x: Sequence[float], c: Sequence[float], s: Sequence[float], actors: Sequence[str], *,
                  setting: Mapping | None = None, q80: float = BEST_INTERVAL_Q80, shift: float = 10.0,
                  salience_shift: float = 0.2, reference: float | None = None) -> BestForecast:
    """The best model on one issue (positions 0–100, saliences 0–1; `reference`: the status quo, if
    known), see the module docstring."""
    setting = dict(BEST_SETTING if setting is None else setting)
    xa, ca, sa = (np.asarray(v, dtype=float) for v in (x, c, s))
    point, options, pi = _best_point(xa, ca, sa, setting, reference)
    election = setting.get("anchor", setting)
    w = ca * np.clip(sa, 0.0, 1.0) ** election.get("salience_power", 1.0)
    half = q80 * float(position_spread(xa, ca * np.clip(sa, 0.0, 1.0))[0])
    share = w / w.sum() if w.sum() > 0 else np.full(w.size, 1.0 / w.size)
    win = {float(o): float(p) for o, p in zip(options, pi)}
    support = tuple(sorted(((a, float(xi), float(sh), win.get(float(xi), 0.0)) for a, xi, sh in zip(actors, xa, share)),
                           key=lambda r: -r[2]))
    model = BEST_MODEL if "weight" in setting else "condorcet_election"
    return BestForecast(model, point, max(point - half, 0.0), min(point + half, 100.0), 0.8, support,
                        _sensitivity(xa, ca, sa, actors, point, setting, reference, shift, salience_shift))


def forecast_issue(issue: str, x: Sequence[float], c: Sequence[float], s: Sequence[float],
                   confidence: Sequence[float] | None = None, *, actors: Sequence[str] = (), draws: int = 500,
                   seed: int = 0, rounds: int = 4, max_sd: float = 20.0, weight_sd: float = 0.25) -> Forecast:
    """The compromise and expected-utility models with Monte-Carlo intervals, and the best model with its
    calibrated interval and sensitivity, on one issue (positions 0–100, saliences 0–1)."""
    xa, ca, sa = (np.asarray(v, dtype=float) for v in (x, c, s))
    conf = np.asarray(confidence if confidence is not None else np.ones_like(xa), dtype=float)
    xs, cs, ss = _draws(xa, ca, sa, conf, draws, np.random.default_rng(seed), max_sd, weight_sd)
    comp = np.array([compromise(xs[k], cs[k], ss[k]) for k in range(draws)])
    eu = _expected_utility_draws(xs, cs, ss, rounds)
    names = tuple(actors) or tuple(str(i) for i in range(xa.size))
    return Forecast(issue=issue, compromise=_estimate(compromise(xa, ca, sa), comp),
                    expected_utility=_estimate(expected_utility(xa, ca, sa, rounds=rounds), eu),
                    actors=tuple(actors), draws=draws, best=best_forecast(xa, ca, sa, names))


def forecast_positions(positions: Sequence[Position], capabilities: Mapping[str, float], *,
                       default_capability: float = 1.0, draws: int = 500, seed: int = 0,
                       rounds: int = 4) -> dict[str, Forecast]:
    """Forecast every issue with at least two positions; each position's ideal is its stance.

    Actors missing from `capabilities` get `default_capability`. Seeds differ
    per issue but are derived from `seed`, so results are reproducible.
    """
    by_issue: dict[str, list[Position]] = {}
    for p in positions:
        by_issue.setdefault(p.issue, []).append(p)
    out = {}
    for k, issue in enumerate(sorted(by_issue)):
        ps = sorted(by_issue[issue], key=lambda p: p.actor)
        if len(ps) < 2:
            continue
        out[issue] = forecast_issue(
            issue, [p.ideal for p in ps], [capabilities.get(p.actor, default_capability) for p in ps],
            [p.salience for p in ps], [p.confidence for p in ps], actors=[p.actor for p in ps],
            draws=draws, seed=seed + k, rounds=rounds)
    return out


def to_dict(forecasts: Mapping[str, Forecast]) -> dict[str, dict[str, dict]]:
    """JSON-ready `{issue: {"compromise": {...}, "expected_utility": {...}, "best": {...}}}`."""
    return {issue: f.to_dict() for issue, f in forecasts.items()}
