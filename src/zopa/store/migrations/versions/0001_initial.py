"""Initial schema: documents (+ full-text index), statements, extractions, corrections.

Revision ID: 0001
Revises:
Create Date: 2025-01-01
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

_SQLITE_FTS = [
    """CREATE VIRTUAL TABLE documents_fts USING fts5(
        title, text, content='documents', content_rowid='pk',
        tokenize='porter unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER documents_fts_ai AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.pk, new.title, new.text);
    END""",
    """CREATE TRIGGER documents_fts_ad AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text)
        VALUES ('delete', old.pk, old.title, old.text);
    END""",
    """CREATE TRIGGER documents_fts_au AFTER UPDATE OF title, text ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text)
        VALUES ('delete', old.pk, old.title, old.text);
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.pk, new.title, new.text);
    END""",
]

_PG_FTS = (
    "CREATE INDEX ix_documents_fts ON documents USING GIN "
    "(to_tsvector('english', coalesce(title, '') || ' ' || text))"
)


def _documents() -> None:
    op.create_table(
        "documents",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("id", sa.String(32), nullable=False, unique=True),
        sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("name", sa.String(1024), nullable=False),
        sa.Column("path", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("outlet", sa.String(512)),
        sa.Column("title", sa.Text),
        sa.Column("byline", sa.Text),
        sa.Column("published", sa.Date),
        sa.Column("page_date", sa.Date),
        sa.Column("original_source", sa.String(512)),
        sa.Column("flags", sa.JSON, nullable=False),
        sa.Column("flag_notes", sa.JSON, nullable=False),
        sa.Column("duplicate_of", sa.String(32)),
        sa.Column("dup_kind", sa.String(16)),
        sa.Column("language", sa.String(16)),
        sa.Column("fingerprint", sa.Text),
        sa.Column("meta", sa.JSON, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("raw_text", sa.Text, nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_documents_name", "documents", ["name"])
    op.create_index("ix_documents_published", "documents", ["published"])


def _statements() -> None:
    op.create_table(
        "statements",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("doc_id", sa.String(32), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("actor", sa.String(64), nullable=False),
        sa.Column("issue", sa.String(128), nullable=False),
        sa.Column("stance", sa.String(32), nullable=False),
        sa.Column("span_start", sa.Integer, nullable=False),
        sa.Column("span_end", sa.Integer, nullable=False),
        sa.Column("quote", sa.Text, nullable=False),
        sa.Column("value", sa.Float),
        sa.Column("red_line", sa.Boolean, nullable=False),
        sa.Column("hedged", sa.Boolean, nullable=False),
        sa.Column("target", sa.String(64)),
        sa.Column("speaker", sa.String(256)),
        sa.Column("event_date", sa.Date),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("extractor_version", sa.String(64), nullable=False),
    )
    for col in ("doc_id", "actor", "issue"):
        op.create_index(f"ix_statements_{col}", "statements", [col])
    op.create_table(
        "extractions",
        sa.Column("doc_id", sa.String(32), sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("extractor_version", sa.String(64), nullable=False),
        sa.Column("n_statements", sa.Integer, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    )


def _corrections() -> None:
    op.create_table(
        "statement_corrections",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("statement_id", sa.String(32), nullable=False),
        sa.Column("doc_id", sa.String(32), nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("changes", sa.JSON, nullable=False),
        sa.Column("who", sa.String(256), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("note", sa.Text),
    )
    op.create_index("ix_statement_corrections_statement_id", "statement_corrections", ["statement_id"])
    op.create_index("ix_statement_corrections_doc_id", "statement_corrections", ["doc_id"])


def upgrade() -> None:
    _documents()
    _statements()
    _corrections()
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for sql in _SQLITE_FTS:
            op.execute(sql)
    elif dialect == "postgresql":
        op.execute(_PG_FTS)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("DROP TABLE IF EXISTS documents_fts")
    for table in ("statement_corrections", "extractions", "statements", "documents"):
        op.drop_table(table)
