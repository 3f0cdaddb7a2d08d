"""`zopa report` and `zopa serve`."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from . import app
from ._common import CodebookOption, DbOption, console, handle_errors, settings_from


@app.command()
@handle_errors
def report(db: DbOption = None, codebook: CodebookOption = None,
           out: Annotated[Path | None, typer.Option("--out", help="HTML file to write (default: zopa-out/report.html); "
                                                    "the Markdown goes beside it.")] = None) -> None:
    """Write the self-contained HTML report and its Markdown twin."""
    from ..codebook import load_codebook
    from ..report import write_report
    from ..store import Store

    settings = settings_from(db, codebook)
    target = out or Path(settings.out_dir) / "report.html"
    with Store(settings.db_url) as store:
        html, md = write_report(store, load_codebook(settings.codebook), target)
    console.print(f"[green]wrote[/] {html} and {md}")


@app.command()
@handle_errors
def serve(db: DbOption = None, codebook: CodebookOption = None,
          host: Annotated[str, typer.Option("--host", help="Address to bind (loopback by default).")] = "127.0.0.1",
          port: Annotated[int, typer.Option("--port", min=1, max=65535, help="TCP port.")] = 8000,
          token: Annotated[str | None, typer.Option("--token", help="Access token (default: $ZOPA_TOKEN); required "
                                                    "when --host is not a loopback address.")] = None,
          allow_host: Annotated[list[str] | None, typer.Option("--allow-host", help="A host name the app is reached "
                                                               "by besides loopback names and --host (repeatable).")] = None) -> None:
    """Serve the web app (dashboard, evidence, corrections, what-if, JSON API)."""
    from ..web import serve as run_server

    settings = settings_from(db, codebook, web_token=token)
    run_server(settings.db_url, host=host, port=port, token=settings.web_token or os.environ.get("ZOPA_TOKEN") or None,
               codebook=settings.codebook, allowed_hosts=allow_host or ())
