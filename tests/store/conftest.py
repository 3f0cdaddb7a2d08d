"""Store fixtures: every `db_url` test runs on a SQLite file and on a real PostgreSQL server."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Iterator

import pytest

for _dir in (Path(__file__).resolve().parent, Path(__file__).resolve().parent.parent):
    if str(_dir) not in sys.path:  # helpers import the same under any --import-mode
        sys.path.insert(0, str(_dir))

from pg import postgres_fixtures  # noqa: E402
from store_helpers import make_doc, span  # noqa: E402
from zopa.records import Document, Statement
from zopa.store import Store

pg_server, pg_url = postgres_fixtures()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    return request.getfixturevalue("pg_url")


@pytest.fixture()
def store(db_url: str) -> Iterator[Store]:
    with Store(db_url) as s:
        yield s


@pytest.fixture()
def doc() -> Document:
    return make_doc()


@pytest.fixture()
def machine(doc: Document) -> list[Statement]:
    return [
        span(doc, "Russia demands that Ukraine withdraw from Donetsk", value=100.0, red_line=True),
        span(doc, "Kyiv rejects any territorial concessions", actor="UKR", issue="territory",
             stance="reject", value=0.0, speaker="Volodymyr Zelensky"),
        span(doc, "European leaders offered security guarantees", actor="EU", issue="security.guarantees",
             stance="offer", value=20.0),
    ]
