"""Store fixtures: every `db_url` test runs on a SQLite file and on a real PostgreSQL server."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Iterator

import pytest

from pg import postgres_fixtures
from zopa.records import Document, Statement, content_hash
from zopa.store import Store

pg_server, pg_url = postgres_fixtures()

TEXT = ("Russia demands that Ukraine withdraw from Donetsk before any ceasefire. "
        "Kyiv rejects any territorial concessions, President Zelensky said on Monday. "
        "European leaders offered security guarantees backed by a reassurance force.")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    return request.getfixturevalue("pg_url")


@pytest.fixture()
def store(db_url: str) -> Iterator[Store]:
    with Store(db_url) as s:
        yield s


def make_doc(text: str = TEXT, **fields: object) -> Document:
    """A document with the id and hash the ingest stage would give it."""
    h = content_hash(text)
    base: dict[str, object] = {"path": f"corpus/{h[:8]}.txt", "title": "Talks in Geneva",
                               "published": dt.date(2025, 3, 1), "outlet": "example.org"}
    base.update(fields)
    return Document(id=h[:16], content_hash=h, text=text, raw_text=text, **base)  # type: ignore[arg-type]


def span(doc: Document, quote: str, **fields: object) -> Statement:
    """A machine statement whose quote is found in the document's text."""
    start = doc.text.index(quote)
    base: dict[str, object] = {"actor": "RUS", "issue": "territory.donetsk", "stance": "demand"}
    base.update(fields)
    return Statement(doc_id=doc.id, start=start, end=start + len(quote), quote=quote,
                     extractor_version="test-1", **base)  # type: ignore[arg-type]


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
