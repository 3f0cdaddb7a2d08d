"""Fixtures for ingestion tests: the bundled corpus cleaned once, and its gold."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from zopa.ingest import load_documents
from zopa.records import Document
from zopa.settings import load_settings


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def corpus_docs(seeds_dir: Path, dev_dir: Path) -> dict[str, Document]:
    docs, errors = load_documents([str(seeds_dir), str(dev_dir)], load_settings())
    assert errors == []
    return {d.name: d for d in docs}


@pytest.fixture(scope="session")
def gold_documents(gold_dir: Path) -> dict[str, dict]:
    rows = _jsonl(gold_dir / "seeds.documents.jsonl") + _jsonl(gold_dir / "dev.documents.jsonl")
    return {row["doc"]: row for row in rows}


@pytest.fixture(scope="session")
def gold_statements(gold_dir: Path) -> list[dict]:
    return _jsonl(gold_dir / "seeds.statements.jsonl") + _jsonl(gold_dir / "dev.statements.jsonl")
