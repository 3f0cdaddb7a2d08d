"""Small builders shared by the extraction tests."""
from __future__ import annotations

import datetime as dt
from functools import lru_cache

from zopa.codebook import load_codebook
from zopa.extract import extract_document
from zopa.records import Document, content_hash


def make_doc(text: str, published: dt.date | None = dt.date(2025, 3, 13), name: str = "t.txt") -> Document:
    """A document whose cleaned text is `text` (as ingest would leave a plain file)."""
    h = content_hash(text)
    return Document(id=h[:16], content_hash=h, text=text, raw_text=text, path=name, published=published)


def triples(statements) -> set[tuple[str, str, str]]:
    return {(s.actor, s.issue, s.stance) for s in statements}


@lru_cache(maxsize=1)
def bundled_codebook():
    return load_codebook()


def extracted(text: str) -> set[tuple[str, str, str]]:
    """The (actor, issue, stance) triples extracted from `text` as one document, with the bundled codebook."""
    return triples(extract_document(make_doc(text), bundled_codebook()))
