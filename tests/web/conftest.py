"""A seeded SQLite store and the web app served on a loopback port, shared by the web tests."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

import httpx
import pytest

from seedstore import build_seed_store, free_port, run_server
from zopa.store import Store
from zopa.web import create_app


@pytest.fixture(scope="session")
def seeded_url(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path, gold_dir: Path, codebook) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('web') / 'seeds.db'}"
    build_seed_store(url, seeds_dir, gold_dir, codebook).close()
    return url


@pytest.fixture(scope="session")
def store(seeded_url: str, codebook) -> Iterator[Store]:
    with Store(seeded_url, codebook=codebook) as s:
        yield s


@pytest.fixture(scope="session")
def server(seeded_url: str, codebook) -> Iterator[str]:
    yield from run_server(create_app(seeded_url, codebook), free_port())


@pytest.fixture()
def client(server: str) -> Iterator[httpx.Client]:
    """A client of the app's own pages: it carries the CSRF token a page would give it."""
    with httpx.Client(base_url=server, timeout=60, follow_redirects=False) as c:
        c.headers["X-CSRF-Token"] = c.get("/api/csrf").json()["token"]
        yield c



@pytest.fixture(scope="module")
def review_server(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path, gold_dir: Path,
                  codebook) -> Iterator[tuple[str, str]]:
    """(base URL, store URL) of a live server over a store filled by ingest and extraction, for review tests."""
    url = f"sqlite:///{tmp_path_factory.mktemp('review') / 'review.db'}"
    build_seed_store(url, seeds_dir, gold_dir, codebook, pipeline=True).close()
    for base in run_server(create_app(url, codebook), free_port()):
        yield base, url
