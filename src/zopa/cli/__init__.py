"""The `zopa` command line: thin shells over library functions.

Each area registers its commands from its own module; this module only
assembles them. Exit codes:

    0  success
    1  some items in a batch failed (the rest were processed and stored)
    2  bad input (a file, URL or argument could not be used)
    3  bad codebook, scenario or plan file
    4  the store could not be opened or written
    5  a requested record does not exist
"""
from __future__ import annotations

import typer

app = typer.Typer(
    name="zopa",
    help="From news coverage of peace negotiations to an evidence-linked model of positions and bargaining analysis.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# Command modules register themselves on `app` when imported.
from . import _codebook  # noqa: E402,F401
from . import _modules  # noqa: E402,F401


def main() -> None:
    app()
