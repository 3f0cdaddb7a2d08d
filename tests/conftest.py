"""Fixtures shared by every test area: the bundled data and a fresh SQLite URL."""
from __future__ import annotations

from pathlib import Path

import pytest

from zopa.codebook import Codebook, load_codebook

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return DATA / "corpus" / "seeds"


@pytest.fixture(scope="session")
def dev_dir() -> Path:
    return DATA / "corpus" / "dev"


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    return DATA / "gold"


@pytest.fixture(scope="session")
def codebook() -> Codebook:
    return load_codebook()


@pytest.fixture()
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'zopa.db'}"
