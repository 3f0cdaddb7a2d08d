"""Shared by the benchmark scripts: write one named section of BENCHMARKS.md."""
from __future__ import annotations

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
