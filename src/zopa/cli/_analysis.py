"""Analysis commands: `zopa analyse` and `zopa bench pareto`."""
from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from . import app
from ._common import CodebookOption, DbOption, JsonOption, console, handle_errors, settings_from

bench_app = typer.Typer(help="Benchmarks of zopa's own algorithms.", no_args_is_help=True)
app.add_typer(bench_app, name="bench")

ScenarioOption = Annotated[str | None, typer.Option("--scenario", help="Scenario YAML file (positions, BATNAs, principals).")]
PlansOption = Annotated[str | None, typer.Option("--plans", help="Plan YAML file (default: the bundled plans).")]


def _fmt(x: float | None) -> str:
    if x is None:
        return "–"
    return f"{x:.0f}" if abs(x - round(x)) < 1e-6 else f"{x:.1f}"


def _range(p: dict) -> str:
    lo, hi = sorted((p["ideal"], p["reservation"]))
    return f"{_fmt(p['ideal'])} [{_fmt(lo)}–{_fmt(hi)}]{' RL' if p['red_line'] else ''}"


def _gap_table(d: dict) -> Table:
    t = Table(title=escape(f"Gaps and ZOPA (as of {d['as_of'] or 'all evidence'}; "
                           "ideal [acceptable range], RL = red line)"))
    t.add_column("issue")
    for a in d["principals"]:
        t.add_column(a)
    t.add_column("ZOPA / gap")
    for issue, v in d["issues"].items():
        cells = [escape(_range(v["positions"][a])) if a in v["positions"] else "–" for a in d["principals"]]
        if v["zopa"]:
            verdict = f"[green]ZOPA {_fmt(v['zopa'][0])}–{_fmt(v['zopa'][1])}[/]"
        elif v["gap"] is not None:
            verdict = f"[red]gap {_fmt(v['gap'])}[/]"
        else:
            verdict = "[dim]a principal has no position: left out of the package space[/]"
        t.add_row(v["label"], *cells, verdict)
    return t


def _solution_table(d: dict, key: str, title: str) -> Table | str:
    s = d[key]
    if s is None:
        return f"[yellow]{title}: no package is worth at least no deal to every side.[/]"
    t = Table(title=f"{title}: utilities " + ", ".join(
        f"{a} {u:.3f} (no deal {s['disagreement'][a]:.3f})" for a, u in s["utilities"].items()))
    t.add_column("issue")
    t.add_column("outcome")
    for issue, value in s["package"].items():
        t.add_row(d["issues"][issue]["label"], _fmt(value))
    return t


def _plans_table(d: dict) -> Table:
    t = Table(title="Plans")
    for col in ("plan", "date", *[f"U({a})" for a in d["principals"]], "red lines crossed", "distance to Nash"):
        t.add_column(col)
    for p in d["plans"].values():
        us = [("–" if p["utilities"].get(a) is None else f"{p['utilities'][a]:.3f}") for a in d["principals"]]
        crossed = "; ".join(f"{a}: {', '.join(v)}" for a, v in p["red_lines_crossed"].items() if v) or "none"
        t.add_row(p["title"], p["date"] or "–", *us, crossed, _fmt(p["distance_to_nash"]))
    return t


def _forecast_table(d: dict) -> Table | None:
    rows = [(issue, f["best"]) for issue, f in (d.get("forecasts") or {}).items() if f.get("best")]
    if not rows:
        return None
    t = Table(title="Forecasts (the best model on DEU III, with its 80% interval; the actor whose inputs move "
                    "it most)")
    for col in ("issue", "forecast", "80% interval", "rests most on", "most sensitive to"):
        t.add_column(col)
    for issue, b in rows:
        top = b["support"][0] if b["support"] else None
        sens = max(b["sensitivity"], key=lambda r: max(abs(r[k]) for k in r if k != "actor"), default=None)
        move = "–" if sens is None else f"{sens['actor']} (up to " \
            f"{max(abs(sens[k]) for k in sens if k != 'actor'):.1f} points)"
        label = d["issues"].get(issue, {}).get("label", issue)
        t.add_row(escape(label), _fmt(b["point"]), f"{_fmt(b['low'])}–{_fmt(b['high'])}",
                  "–" if top is None else f"{top['actor']} at {_fmt(top['position'])} "
                                          f"({top['weight_share'] * 100:.0f}% of the weight)", escape(move))
    return t


def _print_analysis(d: dict) -> None:
    console.print(_gap_table(d))
    size = d["pareto"]["size"]
    console.print(f"Pareto frontier: {size} packages" if size else
                  "Pareto frontier: empty — no package respects every side's red lines")
    console.print(_solution_table(d, "nash", "Nash bargaining solution"))
    console.print(_solution_table(d, "kalai_smorodinsky", "Kalai–Smorodinsky solution"))
    forecasts = _forecast_table(d)
    if forecasts is not None:
        console.print(forecasts)
    if d["plans"]:
        console.print(_plans_table(d))
    if d["levers"]:
        console.print("[bold]Levers[/] (smallest moves that open a zone of agreement):")
        for v in d["levers"]:
            console.print(f"  • {escape(v['description'])}", highlight=False)


@app.command("analyse")
@handle_errors
def analyse_command(db: DbOption = None, scenario: ScenarioOption = None, codebook: CodebookOption = None,
                    plans: PlansOption = None, json_out: JsonOption = False) -> None:
    """Gaps/ZOPA per issue, Pareto frontier, Nash and Kalai–Smorodinsky, plan scores and levers.

    Reads statements from the store (--db); with --scenario and no --db, runs on
    the scenario's positions alone.
    """
    from ..analysis import analyse_store, load_plans
    from ..analysis.scenario import load_scenario
    from ..codebook import load_codebook

    settings = settings_from(db, codebook)
    cb = load_codebook(settings.codebook)
    sc = load_scenario(scenario, cb) if scenario else None
    plan_list = load_plans(plans, cb)
    if db is None and sc is not None:
        result = analyse_store(None, cb, scenario=sc, plans=plan_list)
    else:
        from ..store import Store

        with Store(settings.db_url, codebook=cb) as store:
            result = analyse_store(store, cb, scenario=sc, plans=plan_list)
    d = result.to_dict()
    if json_out:
        typer.echo(json.dumps(d, ensure_ascii=False, indent=2))
    else:
        _print_analysis(d)


@bench_app.command("pareto")
@handle_errors
def bench_pareto(parties: Annotated[int, typer.Option(min=1, help="Number of parties.")] = 2,
                 issues: Annotated[int, typer.Option(min=1, help="Number of issues.")] = 12,
                 options: Annotated[int, typer.Option(min=1, help="Options per issue.")] = 6,
                 seed: Annotated[int, typer.Option(help="Random seed.")] = 0,
                 json_out: JsonOption = False) -> None:
    """Time the exact Pareto frontier on a random additive package space."""
    from ..analysis.bench import time_pareto

    t = time_pareto(parties, issues, options, seed)
    if json_out:
        typer.echo(json.dumps(t.to_dict()))
    else:
        console.print(f"{t.parties} parties × {t.issues} issues × {t.options} options "
                      f"({t.packages:,} packages): frontier of {t.frontier_size} in {t.seconds:.4f} s")


backtest_app = typer.Typer(help="Backtests of the forecasting models on public benchmarks.", no_args_is_help=True)
app.add_typer(backtest_app, name="backtest")


def _print_backtest(d: dict) -> None:
    p = d["protocol"]
    t = Table(title=f"DEU III backtest on {d['n_issues']} issues: mean absolute error (0–100); "
                    f"{p['repeats']}× {p['folds']}-fold cross-validation by proposal, parameters tuned in "
                    "the training folds")
    for col in ("model", "MAE", "CV MAE", "Δ vs compromise", "95% CI", "80% cover", "width", "published"):
        t.add_column(col, no_wrap=col in ("model", "95% CI"))
    for m in d["models"]:
        diff = m["diff_vs_compromise"]
        base = m["name"] == d["baseline"]
        delta = "–" if base else f"{diff['mean']:+.2f}"
        ci = "–" if base else f"{diff['ci_low']:+.2f} to {diff['ci_high']:+.2f}"
        pub = "–" if m["published"] is None else f"{m['published']:.2f}" + ("*" if m["published_note"] else "")
        t.add_row(m["name"] + (" (best)" if m["name"] == d["best"] else ""), f"{m['mae']:.2f}",
                  f"{m['cv_mae']:.2f}", delta, ci, f"{m['coverage_80']:.2f}", f"{m['interval_width']:.1f}", pub)
    console.print(t)
    for m in d["models"]:
        if m["published_note"]:
            console.print(f"  * {m['name']}: {escape(m['published_note'])}", highlight=False)
    if d["expected_utility_check"]:
        console.print("Expected-utility model against its published definition (MAE, all issues):")
        for row in d["expected_utility_check"]:
            console.print(f"  {row['mae']:6.2f}  {escape(row['variant'])}", highlight=False)
    s = d.get("split")
    if s:
        console.print(f"Fixed split {s['sizes']} (sha256 {s['sha256'][:12]}): chose {s['chosen']} on dev; "
                      f"test MAE {s['test_mae']:.2f} vs {s['baseline']} {s['test_baseline_mae']:.2f}, "
                      f"difference {s['difference']:+.2f} (paired bootstrap 95% {s['ci95'][0]:+.2f} to "
                      f"{s['ci95'][1]:+.2f})")
    console.print(f"Data: {escape(d['citation'])}")


@backtest_app.command("deu")
@handle_errors
def backtest_deu_command(
    file: Annotated[str, typer.Argument(help="The DEU III TSV (data/deu3/deu3.tsv); split.json is read next to it.")],
    repeats: Annotated[int, typer.Option(min=1, help="Repeats of the grouped cross-validation.")] = 10,
    folds: Annotated[int, typer.Option(min=2, help="Folds (whole proposals per fold).")] = 5,
    seed: Annotated[int, typer.Option(help="Seed of the fold shuffles and the bootstrap.")] = 0,
    json_out: JsonOption = False,
) -> None:
    """Every forecasting model on DEU III through repeated grouped cross-validation, next to the published errors."""
    from ..analysis.deu import backtest_deu, load_deu

    d = backtest_deu(load_deu(file), repeats=repeats, folds=folds, seed=seed).to_dict()
    if json_out:
        typer.echo(json.dumps(d))
    else:
        _print_backtest(d)
