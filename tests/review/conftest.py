"""A real SQLite store filled by zopa's own ingest and extraction of the seed articles."""
from __future__ import annotations

from pathlib import Path

import pytest

from zopa.extract import extract_store
from zopa.ingest import ingest
from zopa.settings import load_settings
from zopa.store import Store


def fill(url: str, sources: list[Path], codebook) -> None:  # type: ignore[no-untyped-def]
    with Store(url, codebook=codebook) as store:
        ingest([str(p) for p in sources], store, load_settings(db_url=url), progress=False)
        extract_store(store, codebook, progress=False)


@pytest.fixture()
def review_url(tmp_path: Path, seeds_dir: Path, codebook) -> str:  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path / 'review.db'}"
    fill(url, [seeds_dir], codebook)
    return url
