"""`zopa ingest`: read, clean and store documents."""
from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from ..records import IngestResult
from . import app
from ._common import ClusterOption, CodebookOption, DbOption, console, handle_errors, settings_from


def _summary(result: IngestResult) -> Table:
    table = Table(title="Ingest summary", show_header=True)
    table.add_column("outcome")
    table.add_column("count", justify="right")
    table.add_row("added", str(len(result.added)))
    table.add_row("unchanged", str(len(result.unchanged)))
    table.add_row("duplicates", str(len(result.duplicates)))
    table.add_row("errors", str(len(result.errors)), style="red" if result.errors else None)
    return table


def _errors(result: IngestResult) -> Table:
    table = Table(title="Errors", show_header=True, header_style="bold red")
    table.add_column("source", overflow="fold")
    table.add_column("message", overflow="fold")
    for err in result.errors:
        table.add_row(escape(str(err.source)), escape(err.message))
    return table


def _client(address: str | None):  # type: ignore[no-untyped-def]
    import contextlib

    if address is None:
        return contextlib.nullcontext(None)
    from ..distributed import cluster_client

    return cluster_client(address)


@app.command("ingest")
@handle_errors
def ingest_command(
    sources: Annotated[list[str], typer.Argument(help="Files, folders, globs, URLs or RSS/Atom feeds.", metavar="PATH|URL...")],
    db: DbOption = None,
    codebook: CodebookOption = None,
    progress: Annotated[bool, typer.Option("--progress/--no-progress", help="Show a progress bar.")] = True,
    cluster: ClusterOption = None,
) -> None:
    """Read, clean, de-duplicate and store documents; exit 1 if some items failed."""
    from ..ingest import ingest
    from ..store import Store

    settings = settings_from(db, codebook)
    with Store(settings.db_url) as store, _client(cluster) as client:
        result = ingest(sources, store, settings, progress=progress, client=client)
    console.print(_summary(result))
    if result.errors:
        console.print(_errors(result))
        raise typer.Exit(1)
