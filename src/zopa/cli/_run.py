"""`zopa run`: the main job on a folder, files, globs or feeds."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from ..pipeline import run as run_pipeline
from . import app
from ._common import CodebookOption, DbOption, console, handle_errors, settings_from


@app.command("run")
@handle_errors
def run(
    sources: Annotated[list[str], typer.Argument(help="Files, folders, globs, URLs or feeds to ingest.")],
    db: DbOption = None,
    out: Annotated[Path, typer.Option("--out", help="Folder for the report (and the SQLite file unless --db).")] = Path("zopa-out"),
    codebook: CodebookOption = None,
    scenario: Annotated[str | None, typer.Option("--scenario", help="Scenario YAML overriding positions, saliences, BATNAs.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", help="No progress bars.")] = False,
) -> None:
    """Ingest, extract statements, analyse and write the report: the whole job in one command."""
    settings = settings_from(db, codebook)
    explicit = db is not None or bool(os.environ.get("ZOPA_DB"))
    result = run_pipeline(sources, settings, out_dir=out, db_explicit=explicit,
                          scenario_path=scenario, progress=not quiet)
    summary = Table("stage", "result", title="zopa run")
    ing = result.ingest
    summary.add_row("ingest", f"{len(ing.added)} added, {len(ing.unchanged)} unchanged, "
                              f"{len(ing.duplicates)} duplicates, {len(ing.errors)} errors")
    summary.add_row("extract", str(result.extraction))
    issues = result.analysis.to_dict().get("issues", {})
    gaps = sum(1 for v in issues.values() if v.get("gap"))
    zopas = sum(1 for v in issues.values() if v.get("zopa"))
    summary.add_row("analyse", f"{len(issues)} issues with positions: {zopas} with a ZOPA, {gaps} with a gap")
    console.print(summary)
    for err in ing.errors:
        console.print(f"[red]error[/] {escape(str(err.source))}: {escape(err.message)}", highlight=False)
    console.print(f"database: [bold]{result.db_url}[/]")
    console.print(f"report:   [bold]{result.report_html}[/]  (Markdown: {result.report_md})")
    if ing.errors:
        raise typer.Exit(1)
