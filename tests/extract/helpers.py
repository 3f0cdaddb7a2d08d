"""Small builders shared by the extraction tests."""
from __future__ import annotations

import datetime as dt

from zopa.records import Document, content_hash


def make_doc(text: str, published: dt.date | None = dt.date(2025, 3, 13), name: str = "t.txt") -> Document:
    """A document whose cleaned text is `text` (as ingest would leave a plain file)."""
    h = content_hash(text)
    return Document(id=h[:16], content_hash=h, text=text, raw_text=text, path=name, published=published)


def triples(statements) -> set[tuple[str, str, str]]:
    return {(s.actor, s.issue, s.stance) for s in statements}
