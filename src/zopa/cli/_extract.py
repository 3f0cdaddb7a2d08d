"""`zopa extract` and `zopa eval`: statements from stored documents, and their score against gold."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from ..codebook import load_codebook
from ..evaluate import EvalReport, evaluate_documents, evaluate_paths
from ..extract import extract_store
from ..store import Store
from . import app
from ._common import (ClusterOption, CodebookOption, DbOption, JsonOption, SpacyModelOption, console, handle_errors,
                      settings_from, use_spacy_model)

ModeOption = Annotated[str, typer.Option("--mode", help="Extraction mode: rules (the default) or learned (the rules, then the shipped stance model).")]


@app.command("extract")
@handle_errors
def extract_cmd(db: DbOption = None, codebook: CodebookOption = None, mode: ModeOption = "rules",
                cluster: ClusterOption = None, spacy_model: SpacyModelOption = None) -> None:
    """Extract statements of position from every stored document (replaces the machine's statements)."""
    use_spacy_model(spacy_model)
    settings = settings_from(db, codebook)
    cb = load_codebook(settings.codebook)
    with Store(settings.db_url, codebook=cb) as store:
        if cluster is None:
            summary = extract_store(store, cb, mode=mode, progress=True)
        else:
            from ..distributed import cluster_client, extract_store_on

            with cluster_client(cluster) as client:
                summary = extract_store_on(client, store, cb, mode=mode, progress=True)
    console.print(f"extracted {summary}")
    for err in summary.errors:
        console.print(f"[red]{escape(str(err.source))}[/]: {escape(err.message)}", highlight=False)
    if summary.errors:
        raise typer.Exit(1)


def _scores_table(report: EvalReport) -> Table:
    table = Table(title="Extraction against gold")
    for col in ("", "precision", "recall", "F1", "tp", "fp", "fn"):
        table.add_column(col, justify="right" if col else "left")
    rows = [("triples", report.triples), ("pairs", report.pairs)]
    rows += [(f"  stance {k}", v) for k, v in sorted(report.by_stance.items())]
    rows += [(f"  issue {k}", v) for k, v in sorted(report.by_issue.items())]
    for name, s in rows:
        table.add_row(name, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", str(s.tp), str(s.fp), str(s.fn))
    return table


def _misses_table(report: EvalReport, kind: str, limit: int) -> Table:
    table = Table(title=f"{'Missed gold statements' if kind == 'missed' else 'False positives'} (first {limit})")
    for col in ("document", "actor", "issue", "stance", "quote"):
        table.add_column(col, overflow="fold")
    for m in [m for m in report.misses if m.kind == kind][:limit]:
        table.add_row(m.doc, m.actor, m.issue, m.stance, m.quote[:160])
    return table


def _documents_line(checks: dict) -> str:  # type: ignore[type-arg]
    rates = ", ".join(f"{k}={checks[k]}" for k in ("title", "date", "original_source", "must_drop", "must_keep"))
    return f"documents: n={checks['n']}, {rates}; all checks {checks['passed']}/{checks['checks']} = {checks['all']}"


def _eval_documents_only(paths: list[Path], documents: Path | None, as_json: bool) -> None:
    if documents is None:
        raise typer.BadParameter("give --gold (statements), --documents (document checks) or both")
    checks = evaluate_documents(paths, documents)
    if as_json:
        typer.echo(json.dumps({"documents": checks}))
    else:
        console.print(_documents_line(checks))


@app.command("eval")
@handle_errors
def eval_cmd(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders to ingest and extract from.")],
    gold: Annotated[Path | None, typer.Option("--gold", help="Gold statements (JSONL).")] = None,
    documents: Annotated[Path | None, typer.Option("--documents", help="Gold document checks (JSONL); alone, only these are scored.")] = None,
    codebook: CodebookOption = None,
    mode: ModeOption = "rules",
    as_json: JsonOption = False,
    misses: Annotated[int, typer.Option("--misses", help="How many misses of each kind to list.")] = 25,
    spacy_model: SpacyModelOption = None,
) -> None:
    """Score extraction against gold annotations (triples, pairs, values, evidence, document checks)."""
    use_spacy_model(spacy_model)
    if gold is None:
        _eval_documents_only(paths, documents, as_json)
        return
    cb = load_codebook(settings_from(None, codebook).codebook)
    report = evaluate_paths(paths, gold, documents, codebook=cb, mode=mode)
    if as_json:
        typer.echo(json.dumps(report.to_dict(), ensure_ascii=False))
        return
    console.print(_scores_table(report))
    mae = "n/a" if report.value_mae is None else f"{report.value_mae:.2f}"
    hit = "n/a" if report.evidence_hit_rate is None else f"{report.evidence_hit_rate:.3f}"
    console.print(f"value MAE: {mae}   evidence hit rate: {hit}")
    if report.documents:
        console.print(_documents_line(report.documents))
    console.print(_misses_table(report, "missed", misses))
    console.print(_misses_table(report, "false_positive", misses))
