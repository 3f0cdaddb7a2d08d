"""`zopa review` (the analyst's queue) and `zopa calibrate` (refit the confidence calibrator)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.table import Table

from ..codebook import load_codebook
from ..review.calibration import CALIBRATOR_PATH, fit_from_paths
from ..review.queue import ReviewItem, ReviewQueue
from ..store import Store
from . import app
from ._common import CodebookOption, DbOption, JsonOption, console, handle_errors, settings_from


def _queue_table(items: list[ReviewItem], total: int) -> Table:
    table = Table(title=f"Review queue: first {len(items)} of {total} statements, highest expected change first")
    for col in ("#", "id", "actor", "issue", "stance", "value", "confidence", "influence", "expected"):
        table.add_column(col, justify="right" if col in ("#", "value", "confidence", "influence", "expected")
                         else "left", no_wrap=True)
    table.add_column("quote", overflow="fold")
    for n, it in enumerate(items, 1):
        s = it.statement
        table.add_row(str(n), s.id or "", s.actor, s.issue, s.stance, "" if s.value is None else f"{s.value:g}",
                      f"{it.confidence:.2f}", f"{it.influence:.1f}", f"{it.score:.1f}", s.quote[:160])
    return table


@app.command("review")
@handle_errors
def review_cmd(
    db: DbOption = None,
    codebook: CodebookOption = None,
    limit: Annotated[int, typer.Option("--limit", min=1, help="How many statements to show.")] = 20,
    as_json: JsonOption = False,
) -> None:
    """The review queue: statements ordered by (1 − confidence) × influence, reviewed ones left out.

    Review a statement in the web app (/review) or with `zopa statements correct|delete`.
    """
    settings = settings_from(db, codebook)
    cb = load_codebook(settings.codebook)
    with Store(settings.db_url, codebook=cb) as store:
        ranked = ReviewQueue(store, cb).ranking()
    if as_json:
        typer.echo(json.dumps({"total": len(ranked), "items": [it.to_dict() for it in ranked.items(limit)]},
                              ensure_ascii=False))
        return
    console.print(_queue_table(ranked.items(limit), len(ranked)))


@app.command("calibrate")
@handle_errors
def calibrate_cmd(
    paths: Annotated[list[Path], typer.Argument(help="Folders of annotated real-news documents, one set each.")],
    gold: Annotated[list[Path], typer.Option("--gold", help="Gold statements (JSONL); repeat for several files.")],
    prior: Annotated[list[Path], typer.Option(
        "--prior", help="Folders of other annotated documents (e.g. the bundled corpora), weighted by cross-validation.")
    ] = [],  # noqa: B006
    out: Annotated[Path, typer.Option("--out", help="Calibrator file to write (.json).")] = CALIBRATOR_PATH,
    unseen_share: Annotated[Optional[float], typer.Option(
        "--unseen-share", min=0.0, max=1.0,
        help="Share of statements right on these sets before the rules were written reading them "
             "(benchmarks/bench_unseen.py): the calibrator's mean on them is set to it.")] = None,
    codebook: CodebookOption = None,
    as_json: JsonOption = False,
) -> None:
    """Fit the confidence calibrator of the current extractor on annotated documents and write it.

    Run it again whenever the extractor changes: a calibrator is used only for
    statements of the extractor version it was fitted for.
    """
    cb = load_codebook(settings_from(None, codebook).codebook)
    cal = fit_from_paths(paths, gold, cb, prior=prior, unseen_share=unseen_share)
    cal.save(out)
    if as_json:
        typer.echo(json.dumps({"out": str(out), **cal.to_dict()}, ensure_ascii=False))
        return
    meta = cal.meta
    console.print(f"wrote {out} for {cal.extractor_version}: {meta['statements']} statements from "
                  f"{meta['documents']} documents; {meta['method']}, prior weight {meta['prior_weight']:g}",
                  highlight=False)
    if cal.features:
        console.print("score = logistic(" + " ".join([f"{cal.intercept:+.3f}"] + [
            f"{c:+.3f}·{f}" for f, c in zip(cal.features, cal.coef)]) + ")", highlight=False)
    if meta["method"] != "logistic":
        console.print("score → probability: " + ", ".join(f"{x:.3f} → {y:.3f}" for x, y in zip(cal.x, cal.y)),
                      highlight=False)
    if meta.get("unseen_share") is not None:
        console.print(f"level set to the share right on unseen text, {meta['unseen_share']:.3f} "
                      f"(log-odds shift {meta['level_shift']:+.3f})", highlight=False)
    if meta.get("loso_brier") is not None:
        console.print(f"left-out sets: Brier {meta['loso_brier']:.4f}, expected calibration error "
                      f"{meta['loso_ece']:.4f} (target sets), {meta['loso_ece_all']:.4f} (all)", highlight=False)
