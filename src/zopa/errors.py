"""One exception hierarchy for zopa.

Only the CLI and the web layer turn these into exit codes and HTTP statuses.
Every error that concerns an input names it (file, URL, line, field).
"""
from __future__ import annotations


class ZopaError(Exception):
    """Base class of every error zopa raises on purpose."""

    exit_code = 1

    def __init__(self, message: str, *, source: str | None = None) -> None:
        self.message = message
        self.source = source
        super().__init__(f"{source}: {message}" if source else message)


class CodebookError(ZopaError):
    """A codebook file is malformed: names the file, the field and what was expected."""

    exit_code = 3

    def __init__(self, message: str, *, source: str | None = None, field: str | None = None) -> None:
        self.field = field
        text = f"{field}: {message}" if field else message
        super().__init__(text, source=source)


class InputError(ZopaError):
    """One input item (file, URL, record) could not be read or cleaned."""

    exit_code = 2


class FetchError(InputError):
    """A URL could not be fetched (unreachable, timed out, too large, bad status)."""


class StoreError(ZopaError):
    """The database could not be opened, migrated or written."""

    exit_code = 4


class ScenarioError(ZopaError):
    """A scenario or plan file is malformed."""

    exit_code = 3


class NotFoundError(ZopaError):
    """A requested record does not exist."""

    exit_code = 5
