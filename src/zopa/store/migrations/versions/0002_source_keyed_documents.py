"""Documents keyed by source and content: the same text from two sources is two documents.

Adds `documents.source_key` (SHA-256 of the source identity: URL, record id
within its file, or file name), drops the uniqueness of `content_hash` (kept
as an indexed column) and makes (`source_key`, `content_hash`) unique.
Existing documents keep their ids, so statements, extractions, corrections,
exports and links that name them stay valid; their `source_key` is computed
from their stored path, URL and record id the way ingest computes it, so
re-ingesting the same sources after the upgrade adds nothing.

On SQLite the documents table is rebuilt (a unique constraint cannot be
dropped in place) with the same `pk` values, so the FTS5 index stays
attached; its triggers are recreated and the index rebuilt. The rebuild
needs foreign keys off (dropping the old table would otherwise cascade to
statements); `zopa.store` turns them off around migrations, and this
revision refuses to run with them on.

Revision ID: 0002
Revises: 0001
Create Date: 2025-06-01
"""
from __future__ import annotations

import hashlib
import json
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_UNIQUE = "uq_documents_source_content"
_COLUMNS = ("pk", "id", "source_key", "content_hash", "name", "path", "url", "outlet", "title", "byline",
            "published", "page_date", "original_source", "flags", "flag_notes", "duplicate_of", "dup_kind",
            "language", "fingerprint", "meta", "text", "raw_text", "added_at")

_SQLITE_TRIGGERS = [
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


def _identity(path: str | None, url: str | None, meta: dict[str, Any]) -> str:
    """The source identity as `zopa.records.source_identity` defines it at this revision."""
    if url and url.strip():
        return "url:" + url.strip()
    name = (path or "").replace("\\", "/").rsplit("/", 1)[-1]
    source_id = meta.get("source_id")
    if source_id not in (None, ""):
        return f"id:{name.split('#', 1)[0]}:{source_id}"
    return "file:" + name if name else ""


def _key(path: str | None, url: str | None, meta: Any) -> str:
    if isinstance(meta, str):
        meta = json.loads(meta or "{}")
    identity = _identity(path, url, meta if isinstance(meta, dict) else {})
    return hashlib.sha256(identity.encode("utf-8")).hexdigest()


def _backfill(bind: sa.Connection) -> None:
    rows = bind.execute(sa.text("SELECT pk, path, url, meta FROM documents ORDER BY pk")).all()
    update = sa.text("UPDATE documents SET source_key = :key WHERE pk = :pk")
    params = [{"pk": r.pk, "key": _key(r.path, r.url, r.meta)} for r in rows]
    if params:
        bind.execute(update, params)


def _new_documents_table(name: str, content_unique: bool) -> None:
    op.create_table(
        name,
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("id", sa.String(32), nullable=False, unique=True),
        *([] if content_unique else [sa.Column("source_key", sa.String(64), nullable=False)]),
        sa.Column("content_hash", sa.String(64), nullable=False, unique=content_unique),
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
        *([] if content_unique else [sa.UniqueConstraint("source_key", "content_hash", name=_UNIQUE)]),
    )


def _sqlite_rebuild(bind: sa.Connection, content_unique: bool) -> None:
    """Rebuild `documents` with the other uniqueness (SQLite's 12-step table change)."""
    if bind.exec_driver_sql("PRAGMA foreign_keys").scalar():
        raise RuntimeError("revision 0002 rebuilds the documents table and needs PRAGMA foreign_keys=OFF "
                           "(with them on, dropping the old table would delete every statement)")
    columns = [c for c in _COLUMNS if not (content_unique and c == "source_key")]
    listed = ", ".join(columns)
    n_before = bind.exec_driver_sql("SELECT count(*) FROM documents").scalar()
    _new_documents_table("documents_new", content_unique)
    op.execute(f"INSERT INTO documents_new ({listed}) SELECT {listed} FROM documents")
    op.execute("DROP TABLE documents")  # drops its indexes and the FTS triggers with it
    op.execute("ALTER TABLE documents_new RENAME TO documents")
    op.create_index("ix_documents_name", "documents", ["name"])
    op.create_index("ix_documents_published", "documents", ["published"])
    if not content_unique:
        op.create_index("ix_documents_content_hash", "documents", ["content_hash"])
    for sql in _SQLITE_TRIGGERS:
        op.execute(sql)
    op.execute("INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')")
    n_after = bind.exec_driver_sql("SELECT count(*) FROM documents").scalar()
    broken = bind.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if n_after != n_before or broken:
        raise RuntimeError(f"documents rebuild lost rows ({n_before} before, {n_after} after) "
                           f"or broke references ({len(broken)} rows)")


def _pg_unique_on_content_hash(bind: sa.Connection) -> list[str]:
    return [u["name"] for u in sa.inspect(bind).get_unique_constraints("documents")
            if list(u["column_names"]) == ["content_hash"]]


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("ALTER TABLE documents ADD COLUMN source_key VARCHAR(64) NOT NULL DEFAULT ''")
        _backfill(bind)
        _sqlite_rebuild(bind, content_unique=False)
        return
    op.add_column("documents", sa.Column("source_key", sa.String(64), nullable=True))
    _backfill(bind)
    op.alter_column("documents", "source_key", existing_type=sa.String(64), nullable=False)
    for name in _pg_unique_on_content_hash(bind):
        op.drop_constraint(name, "documents", type_="unique")
    op.create_index("ix_documents_content_hash", "documents", ["content_hash"])
    op.create_unique_constraint(_UNIQUE, "documents", ["source_key", "content_hash"])


def downgrade() -> None:
    """Back to one document per text; refused while two documents share a text."""
    bind = op.get_bind()
    shared = bind.exec_driver_sql(
        "SELECT count(*) FROM (SELECT content_hash FROM documents GROUP BY content_hash HAVING count(*) > 1) t"
    ).scalar()
    if shared:
        raise RuntimeError(f"cannot downgrade below 0002: {shared} texts are stored from more than one source "
                           "(revision 0001 keeps one document per text)")
    if bind.dialect.name == "sqlite":
        _sqlite_rebuild(bind, content_unique=True)
        return
    op.drop_constraint(_UNIQUE, "documents", type_="unique")
    op.drop_index("ix_documents_content_hash", table_name="documents")
    op.create_unique_constraint("documents_content_hash_key", "documents", ["content_hash"])
    op.drop_column("documents", "source_key")
