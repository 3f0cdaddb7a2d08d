"""Bargaining models of an issue's outcome beyond the compromise model.

Every model takes positions ``x`` on 0–100 (NaN = no position) and weights
``w`` = capability × salience (≥ 0) and returns a forecast on 0–100. All are
pure NumPy functions; an actor with no position or a zero weight is ignored.

Asymmetric Nash bargaining (Nash 1950; Kalai 1977; on EU decisions Thomson 2007)
    Actor i's utility of outcome y is ``u_i(y) = 1 - (|y - x_i| / 100)^r``
    (r ≥ 1 is the curvature: 1 linear, 2 quadratic loss). The disagreement
    utility is ``d_i = -κ`` (breakdown is worse than the worst outcome on the
    scale by κ ≥ 0) or, with ``reference`` given, ``u_i(reference) - κ`` (the
    status quo, made worse by κ). The forecast maximises the asymmetric Nash
    product ``Σ_i w_i log(u_i(y) - d_i)`` over the outcomes y every actor
    prefers to disagreement. The objective is concave for r ≥ 1, so a 1-point
    grid followed by a ternary search finds its maximum.

Probabilistic Condorcet Election (KTAB; Wise, Abdollahian et al.)
    The options are the actors' positions. Actor k's utility of option a is
    ``1 - (|a - x_k| / 100)^r``; the strength of the coalition for a against
    b is ``S(a, b) = Σ_k w_k max(u_k(a) - u_k(b), 0)`` and a beats b with
    probability ``p(a, b) = S(a,b)^σ / (S(a,b)^σ + S(b,a)^σ)`` (½ when both
    are 0). The election is a Markov chain whose state is the current winner:
    from b, each rival a is drawn with probability 1/(n-1) and replaces b with
    probability p(a, b). The forecast is the expectation of the options under
    the chain's stationary distribution. σ → 0 gives the plain mean of the
    options, a large σ the Condorcet winner when there is one. With
    ``reference`` given, the status quo (what holds if nothing is decided) is
    an option too: no actor holds it, but it wins the votes of the actors who
    prefer it to a rival.

Exchange model (Stokman & Van Oosten 1994; Stokman & Van den Bos 1992)
    Issues of one proposal are decided together, so actors can trade: on two
    issues p and q, actors i and j on opposite sides of the expected outcome
    (the capability × salience weighted mean, ``O``) on both issues gain when
    j moves towards i on p and i moves towards j on q, provided i cares
    relatively more for p and j for q (``s_ip s_jq > s_iq s_jp``). The
    outcome shifts ``a`` on p and ``b`` on q are set so that both gain the
    same (``a (s_ip + s_jp) = b (s_iq + s_jq)``), and as far as possible
    without either mover passing the expected outcome. Each round, candidate
    exchanges are taken greedily by gain, each actor moving at most once per
    issue; then the expected outcomes are recomputed. After `rounds` rounds
    the forecast is the expected outcome of every issue.
"""
from __future__ import annotations

import numpy as np

__all__ = ["nash_bargaining", "nash_bargaining_many", "condorcet_election", "exchange", "weighted_mean",
           "position_spread"]


def _active(x: np.ndarray, w: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    keep = ~np.isnan(x) & (w > 0)
    return np.asarray(x, dtype=float)[keep], np.asarray(w, dtype=float)[keep]


def weighted_mean(x: np.ndarray, w: np.ndarray) -> float:
    """The w-weighted mean of the positions (the plain mean when no weight is positive)."""
    xa, wa = _active(np.asarray(x, float), np.asarray(w, float))
    if not xa.size:
        valid = np.asarray(x, float)[~np.isnan(x)]
        return float(valid.mean()) if valid.size else float("nan")
    return float((xa * wa).sum() / wa.sum())


def position_spread(P: np.ndarray, W: np.ndarray, floor: float = 5.0) -> np.ndarray:
    """The scale of forecast intervals, per row of P, W (issues × actors): the w-weighted mean absolute
    deviation of the positions from their weighted mean, plus `floor` points so that consensual issues
    keep some width."""
    P, W = np.atleast_2d(np.asarray(P, float)), np.atleast_2d(np.asarray(W, float))
    W = np.where(np.isnan(P), 0.0, W)
    total = W.sum(axis=1)
    safe = np.where(total > 0, total, 1.0)
    centre = np.where(total > 0, (W * np.nan_to_num(P)).sum(axis=1) / safe, np.nanmean(P, axis=1))
    dev = np.abs(np.nan_to_num(P) - centre[:, None])
    spread = np.where(total > 0, (W * dev).sum(axis=1) / safe,
                      np.nanmean(np.where(np.isnan(P), np.nan, dev), axis=1))
    return spread + floor


# ---- asymmetric Nash bargaining --------------------------------------------------------------

def _nash_objective(y: np.ndarray, X: np.ndarray, W: np.ndarray, D: np.ndarray, r: float) -> np.ndarray:
    """Σ_i w_i log(u_i(y) - d_i) for candidate outcomes y (issues × k) of each issue (rows of X, W, D)."""
    gain = 1.0 - (np.abs(y[:, :, None] - X[:, None, :]) / 100.0) ** r - D[:, None, :]
    with np.errstate(divide="ignore", invalid="ignore"):
        logs = np.where(gain > 0, np.log(np.where(gain > 0, gain, 1.0)), -np.inf)
        return np.where(W[:, None, :] > 0, W[:, None, :] * logs, 0.0).sum(axis=2)


def nash_bargaining_many(P: np.ndarray, W: np.ndarray, *, curvature: float = 2.0, breakdown: float = 0.5,
                         reference: np.ndarray | None = None) -> np.ndarray:
    """`nash_bargaining` for every row of P, W (issues × actors); reference: one per issue, NaN = none."""
    P, W = np.atleast_2d(np.asarray(P, float)), np.atleast_2d(np.asarray(W, float))
    W = np.where(np.isnan(P) | (W < 0), 0.0, W)
    X = np.nan_to_num(P)
    r = max(float(curvature), 1.0)
    ref = np.full(P.shape[0], np.nan) if reference is None else np.asarray(reference, float).reshape(-1)
    D = np.where(np.isnan(ref)[:, None], 0.0, 1.0 - (np.abs(ref[:, None] - X) / 100.0) ** r) - float(breakdown)
    grid = np.broadcast_to(np.linspace(0.0, 100.0, 101), (P.shape[0], 101))
    obj = _nash_objective(grid, X, W, D, r)
    k = np.argmax(obj, axis=1)
    lo, hi = np.maximum(k - 1, 0).astype(float), np.minimum(k + 1, 100).astype(float)
    for _ in range(40):
        m1, m2 = lo + (hi - lo) / 3, hi - (hi - lo) / 3
        f = _nash_objective(np.column_stack([m1, m2]), X, W, D, r)
        left = f[:, 0] < f[:, 1]
        lo, hi = np.where(left, m1, lo), np.where(left, hi, m2)
    mean = np.array([weighted_mean(P[i], W[i]) for i in range(P.shape[0])])
    none = ~np.isfinite(obj).any(axis=1)                    # nothing beats disagreement for everyone
    out = np.where(none, np.where(np.isnan(ref), mean, ref), (lo + hi) / 2)
    return np.where(W.sum(axis=1) <= 0, mean, out)


def nash_bargaining(x: np.ndarray, w: np.ndarray, *, curvature: float = 2.0, breakdown: float = 0.5,
                    reference: float | None = None) -> float:
    """The asymmetric Nash bargaining solution on 0–100 (see the module docstring).

    Returns the reference point when no outcome is better than disagreement
    for every actor (κ = 0 and actors on both sides of the reference point).
    """
    ref = None if reference is None else np.array([reference], dtype=float)
    return float(nash_bargaining_many(np.asarray(x, float)[None, :], np.asarray(w, float)[None, :],
                                      curvature=curvature, breakdown=breakdown, reference=ref)[0])


# ---- Probabilistic Condorcet Election --------------------------------------------------------

def _victory_probabilities(options: np.ndarray, x: np.ndarray, w: np.ndarray, r: float,
                           sigma: float) -> np.ndarray:
    """p[a, b]: probability that option a beats option b."""
    u = 1.0 - (np.abs(options[:, None] - x[None, :]) / 100.0) ** r          # options × actors
    strength = (w[None, None, :] * np.clip(u[:, None, :] - u[None, :, :], 0.0, None)).sum(axis=2) ** sigma
    total = strength + strength.T
    return np.divide(strength, total, out=np.full_like(strength, 0.5), where=total > 0)


def _stationary(p: np.ndarray, iters: int = 500, tol: float = 1e-12) -> np.ndarray:
    n = p.shape[0]
    move = p / (n - 1)
    np.fill_diagonal(move, 0.0)
    move[np.diag_indices(n)] = 1.0 - move.sum(axis=0)                        # column-stochastic
    pi = np.full(n, 1.0 / n)
    for _ in range(iters):
        new = move @ pi
        if np.abs(new - pi).max() < tol:
            return new
        pi = new
    return pi


def condorcet_election(x: np.ndarray, w: np.ndarray, *, curvature: float = 2.0, sharpness: float = 1.0,
                       reference: float | None = None,
                       return_probabilities: bool = False) -> float | tuple[float, np.ndarray, np.ndarray]:
    """The Probabilistic Condorcet Election forecast on 0–100 (see the module docstring).

    ``reference``: the status quo, an option besides the positions (None or
    NaN: none). With ``return_probabilities`` also the distinct options and
    their stationary probabilities.
    """
    xa, wa = _active(np.asarray(x, float), np.asarray(w, float))
    if not xa.size:
        return weighted_mean(x, w)
    has_reference = reference is not None and not np.isnan(reference)
    options = np.unique(np.append(xa, float(reference)) if has_reference else xa)
    pi = np.ones(1) if options.size == 1 else _stationary(
        _victory_probabilities(options, xa, wa, float(curvature), float(sharpness)))
    value = float(pi @ options)
    return (value, options, pi) if return_probabilities else value


# ---- the exchange model ----------------------------------------------------------------------

def _expected_outcomes(X: np.ndarray, W: np.ndarray) -> np.ndarray:
    total = W.sum(axis=1)
    mean = np.array([np.nanmean(row) if (~np.isnan(row)).any() else np.nan for row in X])
    return np.where(total > 0, (W * np.nan_to_num(X)).sum(axis=1) / np.where(total > 0, total, 1.0), mean)


def _candidates(X: np.ndarray, S: np.ndarray, W: np.ndarray, O: np.ndarray, p: int, q: int) -> list[tuple]:
    """Exchanges on issues (p, q): i gains on p (j moves there), i moves on q; (gain, p, q, i, j, a, b)."""
    sp, sq = S[p], S[q]
    side_p, side_q = np.sign(np.nan_to_num(X[p]) - O[p]), np.sign(np.nan_to_num(X[q]) - O[q])
    ok = (W[p] > 0) & (W[q] > 0)
    surplus = sp[:, None] * sq[None, :] - sq[:, None] * sp[None, :]              # s_ip s_jq - s_iq s_jp
    cand = ((side_p[:, None] * side_p[None, :]) < 0) & ((side_q[:, None] * side_q[None, :]) < 0)
    cand &= ok[:, None] & ok[None, :] & (surplus > 1e-12)
    if not cand.any():
        return []
    a_max = (W[p] * np.abs(np.nan_to_num(X[p]) - O[p]))[None, :] / W[p].sum()      # j moves on p up to O_p
    b_max = (W[q] * np.abs(np.nan_to_num(X[q]) - O[q]))[:, None] / W[q].sum()      # i moves on q up to O_q
    sum_p, sum_q = sp[:, None] + sp[None, :], sq[:, None] + sq[None, :]
    out = []
    for i, j in zip(*np.nonzero(cand)):
        a = min(a_max[0, j], b_max[i, 0] * sum_q[i, j] / sum_p[i, j])
        b = a * sum_p[i, j] / sum_q[i, j]
        out.append((a * surplus[i, j] / sum_q[i, j], p, q, int(i), int(j), a, b))
    return out


def _move(X: np.ndarray, W: np.ndarray, O: np.ndarray, issue: int, actor: int, shift: float, step: float) -> None:
    """Move `actor` on `issue` towards O so that the expected outcome shifts by `shift`."""
    X[issue, actor] += step * np.sign(O[issue] - X[issue, actor]) * shift * W[issue].sum() / W[issue, actor]


def exchange(X: np.ndarray, S: np.ndarray, C: np.ndarray, *, rounds: int = 3, step: float = 1.0,
             return_positions: bool = False) -> np.ndarray | tuple[np.ndarray, np.ndarray]:
    """The exchange model over the issues of one proposal (rows of X, S, C: issues × actors).

    Saliences on 0–1; returns each issue's forecast on 0–100 (and, with
    ``return_positions``, the positions after the exchanges). `step` (0–1)
    scales every move, 1 being the full exchange.
    """
    X = np.array(X, dtype=float)
    S = np.where(np.isnan(X), 0.0, np.asarray(S, float))
    W = S * np.asarray(C, float)
    for _ in range(int(rounds)):
        O = _expected_outcomes(X, W)
        cands = [c for p in range(X.shape[0]) for q in range(X.shape[0]) if p != q
                 for c in _candidates(X, S, W, O, p, q)]
        if not cands:
            break
        used: set[tuple[int, int]] = set()
        for gain, p, q, i, j, a, b in sorted(cands, key=lambda c: -c[0]):
            if gain <= 1e-12 or (p, j) in used or (q, i) in used:
                continue
            used |= {(p, j), (q, i)}
            _move(X, W, O, p, j, a, step)
            _move(X, W, O, q, i, b, step)
    O = _expected_outcomes(X, W)
    return (O, X) if return_positions else O
