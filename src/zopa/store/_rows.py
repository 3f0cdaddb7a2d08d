"""Conversions between records and table rows."""
from __future__ import annotations

import datetime as dt
from typing import Any, Mapping

from ..records import Document, Statement


def now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def as_date(value: Any) -> dt.date | None:
    """A date from a date, datetime or ISO string (None stays None)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def document_row(doc: Document) -> dict[str, Any]:
    return {
        "id": doc.id,
        "source_key": doc.source_key,
        "content_hash": doc.content_hash,
        "name": doc.name[:1024],
        "path": doc.path,
        "url": doc.url,
        "outlet": doc.outlet,
        "title": doc.title,
        "byline": doc.byline,
        "published": doc.published,
        "page_date": doc.page_date,
        "original_source": doc.original_source,
        "flags": list(doc.flags),
        "flag_notes": list(doc.flag_notes),
        "duplicate_of": doc.duplicate_of,
        "dup_kind": doc.dup_kind,
        "language": doc.language,
        "fingerprint": doc.fingerprint,
        "meta": dict(doc.meta),
        "text": doc.text,
        "raw_text": doc.raw_text,
        "added_at": now(),
    }


def row_document(row: Mapping[str, Any]) -> Document:
    return Document(
        id=row["id"],
        content_hash=row["content_hash"],
        text=row["text"],
        raw_text=row["raw_text"],
        path=row["path"],
        url=row["url"],
        outlet=row["outlet"],
        title=row["title"],
        byline=row["byline"],
        published=as_date(row["published"]),
        page_date=as_date(row["page_date"]),
        original_source=row["original_source"],
        flags=tuple(row["flags"] or ()),
        flag_notes=tuple(row["flag_notes"] or ()),
        duplicate_of=row["duplicate_of"],
        dup_kind=row["dup_kind"],
        language=row["language"],
        fingerprint=row["fingerprint"],
        meta=dict(row["meta"] or {}),
    )


def statement_row(st: Statement, seq: int, extractor_version: str) -> dict[str, Any]:
    return {
        "id": st.key,
        "doc_id": st.doc_id,
        "seq": seq,
        "actor": st.actor,
        "issue": st.issue,
        "stance": st.stance,
        "span_start": st.start,
        "span_end": st.end,
        "quote": st.quote,
        "value": st.value,
        "red_line": bool(st.red_line),
        "hedged": bool(st.hedged),
        "target": st.target,
        "speaker": st.speaker,
        "event_date": st.event_date,
        "confidence": float(st.confidence),
        "extractor_version": extractor_version or st.extractor_version,
    }


def row_statement(row: Mapping[str, Any]) -> Statement:
    return Statement(
        doc_id=row["doc_id"],
        actor=row["actor"],
        issue=row["issue"],
        stance=row["stance"],
        start=row["span_start"],
        end=row["span_end"],
        quote=row["quote"],
        value=row["value"],
        red_line=bool(row["red_line"]),
        hedged=bool(row["hedged"]),
        target=row["target"],
        speaker=row["speaker"],
        event_date=as_date(row["event_date"]),
        confidence=row["confidence"],
        extractor_version=row["extractor_version"],
        origin="machine",
        id=row["id"],
    )
