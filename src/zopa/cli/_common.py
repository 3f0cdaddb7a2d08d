"""Helpers shared by the command modules: error handling and common options."""
from __future__ import annotations

import functools
import os
from typing import Annotated, Callable, TypeVar

import typer
from rich.console import Console
from rich.markup import escape

from ..errors import ZopaError
from ..settings import Settings, load_settings

console = Console()
err_console = Console(stderr=True)

F = TypeVar("F", bound=Callable[..., object])

DbOption = Annotated[str | None, typer.Option("--db", help="Database URL (default: $ZOPA_DB or sqlite:///zopa.db).")]
CodebookOption = Annotated[str | None, typer.Option("--codebook", help="Codebook YAML file (default: the bundled Russia–Ukraine codebook).")]
ClusterOption = Annotated[str | None, typer.Option(
    "--cluster", metavar="ADDRESS|local:N",
    help="Run on Dask: a scheduler address (tcp://host:8786) or local:N for N local worker processes.")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print one JSON object instead of tables.")]
SpacyModelOption = Annotated[str | None, typer.Option(
    "--spacy-model", help="Installed spaCy pipeline for the parse layer (default: $ZOPA_SPACY_MODEL or the pinned "
                          "en_core_web_sm 3.8.0).")]


def use_spacy_model(name: str | None) -> None:
    """Select the parse layer's pipeline for this process (and the workers it starts)."""
    if name:
        os.environ["ZOPA_SPACY_MODEL"] = name


def handle_errors(fn: F) -> F:
    """Turn zopa's own exceptions into a red message and the documented exit code."""

    @functools.wraps(fn)
    def wrapper(*args: object, **kwargs: object) -> object:
        try:
            return fn(*args, **kwargs)
        except ZopaError as exc:
            err_console.print(f"[bold red]error:[/] {escape(str(exc))}", highlight=False, markup=True)
            raise typer.Exit(exc.exit_code) from None

    return wrapper  # type: ignore[return-value]


def settings_from(db: str | None = None, codebook: str | None = None, **extra: object) -> Settings:
    return load_settings(db_url=db, codebook=codebook, **extra)
