"""Table definitions of the store (SQLAlchemy Core).

The schema itself is created by the Alembic migrations under
`zopa/store/migrations`; these objects describe it for queries and must stay
in step with the latest revision (a test compares them).

- `documents`: one row per ingested source and cleaned text: (`source_key`,
  `content_hash`) is unique, so the same text from two outlets is two rows
  (the later one linked by `duplicate_of`, `dup_kind` "exact") and the same
  source ingested again is found again. `pk` is an integer surrogate used by
  the SQLite FTS5 index; `id` is the public id (`zopa.records.document_id`:
  16 hex digits of the hash of source identity and content hash; documents
  stored before revision 0002 keep their content-hash prefix).
- `statements`: the machine's statements, keyed by `Statement.key`, replaced
  per document on each extraction.
- `extractions`: which extractor version last produced a document's statements.
- `statement_corrections`: append-only log of analyst corrections, additions
  and deletions; never updated, never cascaded away.
"""
from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

documents = Table(
    "documents",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("id", String(32), nullable=False, unique=True),
    Column("source_key", String(64), nullable=False),
    Column("content_hash", String(64), nullable=False, index=True),
    Column("name", String(1024), nullable=False, index=True),
    Column("path", Text),
    Column("url", Text),
    Column("outlet", String(512)),
    Column("title", Text),
    Column("byline", Text),
    Column("published", Date, index=True),
    Column("page_date", Date),
    Column("original_source", String(512)),
    Column("flags", JSON, nullable=False),
    Column("flag_notes", JSON, nullable=False),
    Column("duplicate_of", String(32)),
    Column("dup_kind", String(16)),
    Column("language", String(16)),
    Column("fingerprint", Text),
    Column("meta", JSON, nullable=False),
    Column("text", Text, nullable=False),
    Column("raw_text", Text, nullable=False),
    Column("added_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("source_key", "content_hash", name="uq_documents_source_content"),
)

statements = Table(
    "statements",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("doc_id", String(32), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("seq", Integer, nullable=False),
    Column("actor", String(64), nullable=False, index=True),
    Column("issue", String(128), nullable=False, index=True),
    Column("stance", String(32), nullable=False),
    Column("span_start", Integer, nullable=False),
    Column("span_end", Integer, nullable=False),
    Column("quote", Text, nullable=False),
    Column("value", Float),
    Column("red_line", Boolean, nullable=False),
    Column("hedged", Boolean, nullable=False),
    Column("target", String(64)),
    Column("speaker", String(256)),
    Column("event_date", Date),
    Column("confidence", Float, nullable=False),
    Column("extractor_version", String(64), nullable=False),
)

extractions = Table(
    "extractions",
    metadata,
    Column("doc_id", String(32), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("extractor_version", String(64), nullable=False),
    Column("n_statements", Integer, nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
)

statement_corrections = Table(
    "statement_corrections",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("statement_id", String(32), nullable=False, index=True),
    Column("doc_id", String(32), nullable=False, index=True),
    Column("action", String(16), nullable=False),
    Column("changes", JSON, nullable=False),
    Column("who", String(256), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("note", Text),
)


def include_object(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    """Leave the full-text objects (FTS5 tables, GIN index) out of autogenerate comparisons."""
    return not (name or "").startswith(("documents_fts", "ix_documents_fts"))
