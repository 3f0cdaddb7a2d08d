"""The report tests share the seeded-store builder of the web tests."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "web"))

from seedstore import build_seed_store  # noqa: E402
from zopa.store import Store  # noqa: E402


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path, gold_dir: Path, codebook) -> Store:
    url = f"sqlite:///{tmp_path_factory.mktemp('report') / 'seeds.db'}"
    store = build_seed_store(url, seeds_dir, gold_dir, codebook)
    yield store
    store.close()
