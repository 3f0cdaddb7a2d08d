"""Reading the project's YAML files (codebooks, scenarios, plans) with errors that name the file."""
from __future__ import annotations

import os
from pathlib import Path

import yaml

from .errors import ZopaError


def read_yaml(path: str | os.PathLike[str], error: type[ZopaError]) -> object:
    """Parse a YAML file; any failure raises `error` naming the file and, for bad YAML, the line."""
    source = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise error("file not found", source=source) from None
    except UnicodeDecodeError as exc:
        raise error(f"not UTF-8 text ({exc.reason} at byte {exc.start})", source=source) from None
    except OSError as exc:
        raise error(f"cannot read: {exc.strerror}", source=source) from None
    return parse_yaml(text, source, error)


def parse_yaml(text: str, source: str, error: type[ZopaError]) -> object:
    """Parse YAML text; malformed YAML raises `error` with the line and column."""
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise error(f"malformed YAML{where}: {getattr(exc, 'problem', exc)}", source=source) from None
