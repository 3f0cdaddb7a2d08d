"""Helpers of the store tests: documents and statements as the ingest and extract stages make them."""
from __future__ import annotations

import datetime as dt

from zopa.records import Document, Statement, content_hash

TEXT = ("Russia demands that Ukraine withdraw from Donetsk before any ceasefire. "
        "Kyiv rejects any territorial concessions, President Zelensky said on Monday. "
        "European leaders offered security guarantees backed by a reassurance force.")


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
