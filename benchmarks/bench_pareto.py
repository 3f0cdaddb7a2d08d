"""Pareto frontier benchmark: zopa's exact merge against NegMAS's enumeration.

Run:  python benchmarks/bench_pareto.py

Times `zopa.analysis.pareto_frontier` on 2 parties × 12 issues × 6 options
(target: under one second on one core), then on spaces of increasing size
compares it with `negmas.preferences.pareto_frontier` (which enumerates every
outcome), each NegMAS run in a subprocess with a 60 s limit, until NegMAS no
longer finishes. Wherever both run, the frontiers must be identical as sets of
utility vectors (tolerance 1e-6). Writes benchmarks/results/pareto.json and the
``<!-- pareto -->`` section of BENCHMARKS.md.
"""
from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

from zopa.analysis.bench import random_issue_utilities, time_pareto
from zopa.analysis.pareto import pareto_frontier

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results" / "pareto.json"
TIMEOUT = 60.0
TOL = 1e-6
# (parties, issues, options): NegMAS comparisons in increasing size.
SPACES = [(2, 4, 6), (2, 6, 6), (2, 7, 6), (2, 8, 6), (2, 9, 6), (2, 10, 6),
          (3, 4, 6), (3, 6, 6), (3, 7, 6), (3, 8, 6), (3, 9, 6)]

_NEGMAS_CHILD = r"""
import json, sys, time
import numpy as np
from negmas.outcomes import make_issue
from negmas.outcomes.outcome_space import make_os
from negmas.preferences import LinearAdditiveUtilityFunction, pareto_frontier
from negmas.preferences.value_fun import TableFun
sys.path.insert(0, sys.argv[1])
from zopa.analysis.bench import random_issue_utilities
k, n, m, seed = map(int, sys.argv[2:6])
space = random_issue_utilities(k, n, m, seed)
issues = [make_issue(m, name=f"i{i}") for i in range(n)]
os_ = make_os(issues)
ufuns = [LinearAdditiveUtilityFunction(values=[TableFun({o: float(a[o, p]) for o in range(m)}) for a in space],
                                       weights=[1.0] * n, outcome_space=os_) for p in range(k)]
start = time.perf_counter()
points, _ = pareto_frontier(ufuns, issues=issues, sort_by_welfare=True)
print(json.dumps({"seconds": time.perf_counter() - start, "points": [list(map(float, p)) for p in points]}))
"""


def _negmas(k: int, n: int, m: int, seed: int) -> dict | None:
    args = [sys.executable, "-c", _NEGMAS_CHILD, str(ROOT / "src"), str(k), str(n), str(m), str(seed)]
    env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}
    try:
        out = subprocess.run(args, capture_output=True, text=True, timeout=TIMEOUT, env=env, check=True)
    except subprocess.TimeoutExpired:
        return None
    return json.loads(out.stdout.strip().splitlines()[-1])


def _same(a: np.ndarray, b: np.ndarray) -> bool:
    if len(a) != len(b):
        return False
    return all(np.min(np.max(np.abs(b - p), axis=1)) <= TOL for p in a) and \
        all(np.min(np.max(np.abs(a - p), axis=1)) <= TOL for p in b)


def _zopa_best_of(k: int, n: int, m: int, seed: int, repeat: int = 3) -> tuple[float, np.ndarray]:
    space = random_issue_utilities(k, n, m, seed)
    best, utilities = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        utilities = pareto_frontier(space).utilities
        best = min(best, time.perf_counter() - start)
    return best, utilities


def compare(seed: int = 0) -> list[dict]:
    rows, stopped = [], set()
    for k, n, m in SPACES:
        if k in stopped:
            continue
        zopa_s, zopa_u = _zopa_best_of(k, n, m, seed)
        neg = _negmas(k, n, m, seed)
        row = {"parties": k, "issues": n, "options": m, "packages": m ** n, "frontier_size": len(zopa_u),
               "zopa_seconds": zopa_s, "negmas_seconds": None, "identical": None, "speedup": None}
        if neg is None:
            stopped.add(k)
            row["negmas_seconds"] = f"> {TIMEOUT:.0f} (timed out)"
        else:
            row["negmas_seconds"] = neg["seconds"]
            row["identical"] = _same(zopa_u, np.array(neg["points"]).reshape(-1, k))
            row["speedup"] = neg["seconds"] / zopa_s
            assert row["identical"], f"frontiers differ on {k}×{n}×{m}"
        rows.append(row)
        print(json.dumps(row), flush=True)
    return rows


def _markdown(target: dict, rows: list[dict], scale: list[dict]) -> str:
    lines = ["Command: `python benchmarks/bench_pareto.py` "
             f"(Python {platform.python_version()}, one core, seed 0; best of 3 for zopa).", "",
             f"Target space, 2 parties × 12 issues × 6 options ({target['packages']:,} packages): "
             f"exact frontier of {target['frontier_size']} packages in **{target['seconds'] * 1000:.1f} ms** "
             f"(target < 1 s).", "",
             "Against NegMAS `pareto_frontier` (enumerates every package; 60 s limit per run); "
             "frontiers compared as sets of utility vectors (tolerance 1e-6):", "",
             "| parties | issues | options | packages | frontier | zopa (s) | NegMAS (s) | identical | NegMAS / zopa |",
             "|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        neg = r["negmas_seconds"] if isinstance(r["negmas_seconds"], str) else f"{r['negmas_seconds']:.3f}"
        ratio = f"{r['speedup']:,.0f}×" if r["speedup"] else "–"
        ident = {True: "yes", False: "NO", None: "–"}[r["identical"]]
        lines.append(f"| {r['parties']} | {r['issues']} | {r['options']} | {r['packages']:,} | "
                     f"{r['frontier_size']} | {r['zopa_seconds']:.4f} | {neg} | {ident} | {ratio} |")
    lines += ["", "zopa alone on larger spaces:", "", "| parties | issues | options | packages | frontier | seconds |",
              "|---|---|---|---|---|---|"]
    lines += [f"| {s['parties']} | {s['issues']} | {s['options']} | {s['packages']:,} | {s['frontier_size']} | "
              f"{s['seconds']:.4f} |" for s in scale]
    return "\n".join(lines)


def _write_section(text: str) -> None:
    path = ROOT / "BENCHMARKS.md"
    doc = path.read_text(encoding="utf-8")
    start, end = doc.index("<!-- pareto -->"), doc.index("<!-- /pareto -->")
    path.write_text(doc[:start] + "<!-- pareto -->\n" + text + "\n" + doc[end:], encoding="utf-8")


def main() -> None:
    best = min((time_pareto(2, 12, 6, 0) for _ in range(3)), key=lambda t: t.seconds)
    print(json.dumps(best.to_dict()), flush=True)
    rows = compare()
    scale = [min((time_pareto(k, n, m, 0) for _ in range(3)), key=lambda t: t.seconds).to_dict()
             for k, n, m in [(2, 20, 6), (2, 30, 10), (3, 12, 6), (4, 8, 6)]]
    for s in scale:
        print(json.dumps(s), flush=True)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({"target": best.to_dict(), "negmas": rows, "scale": scale}, indent=2) + "\n")
    _write_section(_markdown(best.to_dict(), rows, scale))
    assert best.seconds < 1.0, f"2×12×6 took {best.seconds:.3f} s (target < 1 s)"


if __name__ == "__main__":
    main()
