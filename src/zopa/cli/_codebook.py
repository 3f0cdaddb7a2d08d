"""`zopa codebook show|validate`."""
from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from ..codebook import load_codebook
from . import app
from ._common import CodebookOption, console, handle_errors

codebook_app = typer.Typer(help="Show or validate a codebook.", no_args_is_help=True)
app.add_typer(codebook_app, name="codebook")


@codebook_app.command("validate")
@handle_errors
def validate(path: Annotated[str | None, typer.Argument(help="Codebook YAML (default: bundled).")] = None) -> None:
    """Validate a codebook; exit 3 with the file, field and expectation if it is malformed."""
    cb = load_codebook(path)
    console.print(f"[green]ok[/] {path or cb.name}: {len(cb.actors)} actors, {len(cb.issues)} issues, "
                  f"{len(cb.stances)} stance types")


@codebook_app.command("show")
@handle_errors
def show(codebook: CodebookOption = None) -> None:
    """Print the actors, issues (with scale anchors) and stance types of a codebook."""
    cb = load_codebook(codebook)
    console.print(f"[bold]{cb.title or cb.name}[/]  principals: {', '.join(cb.principals)}")
    if cb.low_pole or cb.high_pole:
        console.print(f"scale: 0 = {cb.low_pole} … 100 = {cb.high_pole}")
    actors = Table("id", "name", "kind", "people", title="Actors")
    for a in cb.actors:
        actors.add_row(a.id, a.name, a.kind, ", ".join(p.name for p in a.people))
    console.print(actors)
    issues = Table("id", "label", "anchors", title="Issues")
    for i in cb.issues:
        issues.add_row(i.id, i.label, "; ".join(f"{a.value:g}: {a.label}" for a in i.anchors))
    console.print(issues)
    stances = Table("stance", "meaning", title="Stance types")
    for k, v in cb.stances.items():
        stances.add_row(k, v)
    console.print(stances)
