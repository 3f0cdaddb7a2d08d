"""Shared by the benchmark scripts: write a run's figures as JSON, and one named section of BENCHMARKS.md."""
from __future__ import annotations

import json
import re
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent.parent / "BENCHMARKS.md"


def write_section(name: str, body: str, path: Path = BENCHMARKS) -> None:
    """Replace the text between `<!-- name -->` and `<!-- /name -->` (appended when the markers are missing)."""
    text = path.read_text(encoding="utf-8")
    block = f"<!-- {name} -->\n{body}<!-- /{name} -->"
    if f"<!-- {name} -->" in text:
        text = re.sub(rf"<!-- {re.escape(name)} -->.*?<!-- /{re.escape(name)} -->", lambda _: block, text, flags=re.S)
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    path.write_text(text, encoding="utf-8")


def save_results(path: Path, result: dict) -> None:
    """Write a run's figures to `path` (benchmarks/results/*.json), creating the folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
