"""The records that flow between zopa's stages.

Records are frozen dataclasses; no untyped dicts cross a module boundary.
Every statement carries its document, character span and quote.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Any

from .errors import InputError

EARLIEST_DATE = dt.date(1900, 1, 1)
LATEST_DATE = dt.date(2100, 12, 31)


def check_date(value: dt.date | None, what: str, source: str | None = None) -> dt.date | None:
    """`value` unchanged when it lies in the range a news archive can hold (1900–2100); else InputError."""
    if value is not None and not EARLIEST_DATE <= value <= LATEST_DATE:
        raise InputError(f"{what} {value.isoformat()} is outside {EARLIEST_DATE.isoformat()}"
                         f"–{LATEST_DATE.isoformat()}", source=source)
    return value


def content_hash(text: str) -> str:
    """Stable hash of a document's cleaned text (whitespace-normalised)."""
    norm = " ".join(text.split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


def source_identity(path: str | None, url: str | None, meta: dict[str, Any] | None = None) -> str:
    """What an ingested item is, independent of its text: the thing re-ingesting finds again.

    The URL when there is one; else a record's own id (``meta["source_id"]``,
    from a JSONL/CSV/feed ``id`` field) within its file; else the file name
    (with ``#line`` for records of a JSONL/CSV file). The folder is left out,
    so a corpus read from another directory or working directory is the same
    source. ``""`` when nothing identifies the item (text only).
    """
    if url and url.strip():
        return "url:" + url.strip()
    name = (path or "").replace("\\", "/").rsplit("/", 1)[-1]
    source_id = (meta or {}).get("source_id")
    if source_id not in (None, ""):
        return f"id:{name.split('#', 1)[0]}:{source_id}"
    return "file:" + name if name else ""


def source_key(identity: str) -> str:
    """The stored key of a source identity (SHA-256 hex)."""
    return hashlib.sha256(identity.encode("utf-8")).hexdigest()


def document_id(identity: str, digest: str) -> str:
    """A document's id: 16 hex digits of the hash of (source identity, content hash).

    Two sources with the same text get two ids (each keeps its own metadata);
    the same source with the same text always gets the same id. An item with
    no source identity keeps the plain content-hash prefix.
    """
    if not identity:
        return digest[:16]
    return hashlib.sha256(f"{identity}\n{digest}".encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class RawDocument:
    """An input item before cleaning: the bytes' text and where it came from."""

    source: str                      # file path or URL, as given
    raw: str                         # decoded text (HTML or plain)
    kind: str                        # "text" | "html" | "record"
    url: str | None = None
    path: str | None = None
    fields: dict[str, Any] = field(default_factory=dict)  # title/published/... from JSONL/CSV/feeds


@dataclass(frozen=True, slots=True)
class Document:
    """A cleaned, dated, attributed document."""

    id: str                          # document_id(source identity, content_hash); see `document_id`
    content_hash: str                # SHA-256 of the whitespace-normalised cleaned text
    text: str                        # cleaned body text; statement offsets point into this
    raw_text: str
    path: str | None = None          # file name/path as ingested (None for URLs)
    url: str | None = None
    outlet: str | None = None        # the site that published this copy
    title: str | None = None
    byline: str | None = None
    published: dt.date | None = None  # the date of the article's events/publication
    page_date: dt.date | None = None  # the page's own date where it differs
    original_source: str | None = None  # wire or outlet the story came from
    flags: tuple[str, ...] = ()      # e.g. "republisher_byline", "ai_generated", "inconsistent_dates"
    flag_notes: tuple[str, ...] = ()  # human-readable explanations of the flags
    duplicate_of: str | None = None  # id of the earliest copy of the same story (exact: same content_hash)
    dup_kind: str | None = None      # "exact" | "near"
    language: str | None = None
    fingerprint: str | None = None   # near-duplicate fingerprint (e.g. MinHash signature, hex)
    meta: dict[str, Any] = field(default_factory=dict, compare=False)  # extra metadata (e.g. relative dates resolved)

    @property
    def name(self) -> str:
        """The name analysts know the document by: file name or URL."""
        if self.path:
            return self.path.replace("\\", "/").rsplit("/", 1)[-1]
        return self.url or self.id

    @property
    def source_identity(self) -> str:
        """Which ingested item this is, apart from its text (see `source_identity`)."""
        return source_identity(self.path, self.url, self.meta)

    @property
    def source_key(self) -> str:
        """The stored key of `source_identity`; (source_key, content_hash) is unique in a store."""
        return source_key(self.source_identity)

    def replace(self, **changes: Any) -> "Document":
        return dataclasses.replace(self, **changes)


@dataclass(frozen=True, slots=True)
class Statement:
    """One actor's stance on one issue, shown by a span of a document's cleaned text."""

    doc_id: str
    actor: str
    issue: str
    stance: str
    start: int
    end: int
    quote: str
    value: float | None = None
    red_line: bool = False
    hedged: bool = False
    target: str | None = None
    speaker: str | None = None
    event_date: dt.date | None = None
    confidence: float = 0.5
    extractor_version: str = ""
    origin: str = "machine"          # "machine" | "analyst" | "corrected"
    id: str | None = None            # the store's id once stored

    @property
    def key(self) -> str:
        """Stable identity of a statement within its document."""
        h = hashlib.sha1(
            f"{self.doc_id}|{self.actor}|{self.issue}|{self.stance}|{self.start}|{self.end}".encode()
        ).hexdigest()
        return h[:16]

    def replace(self, **changes: Any) -> "Statement":
        return dataclasses.replace(self, **changes)


@dataclass(frozen=True, slots=True)
class ItemError:
    """A per-item failure reported in a batch summary; the batch goes on."""

    source: str
    message: str
    kind: str = "error"


@dataclass(frozen=True, slots=True)
class IngestResult:
    """What an ingest did, item by item."""

    added: tuple[str, ...] = ()       # document ids newly stored
    unchanged: tuple[str, ...] = ()   # already stored, nothing changed
    duplicates: tuple[str, ...] = ()  # stored and linked to an earlier copy
    errors: tuple[ItemError, ...] = ()
    bytes_read: int = 0


@dataclass(frozen=True, slots=True)
class Position:
    """An actor's position on one issue as of a date, aggregated from statements.

    `ideal` is the outcome the actor asks for (0–100 on the issue's scale);
    `reservation` is the furthest point towards the other side it would still
    accept; the acceptable range is the interval between them. `red_line` is
    true when the reservation is marked non-negotiable.
    """

    actor: str
    issue: str
    ideal: float
    reservation: float
    red_line: bool = False
    salience: float = 1.0            # 0–1 weight of the issue for this actor
    confidence: float = 0.5          # 0–1
    date: dt.date | None = None      # as of this date (None: undated evidence)
    statements: tuple[str, ...] = () # ids (or keys) of the statements behind it
    source: str = "statements"       # "statements" | "scenario"

    @property
    def acceptable(self) -> tuple[float, float]:
        return (min(self.ideal, self.reservation), max(self.ideal, self.reservation))
