"""The migrations and the table definitions describe the same schema."""
from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from zopa.store import Store
from zopa.store._engine import head_revision
from zopa.store.models import include_object, metadata


def test_migrated_schema_matches_the_models(db_url):
    with Store(db_url) as store:
        assert store.revision == head_revision()
        engine = create_engine(store._url)
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn, opts={"include_object": include_object}), metadata)
            tables = set(inspect(conn).get_table_names())
        engine.dispose()
    assert diff == []
    assert {"documents", "statements", "extractions", "statement_corrections", "alembic_version"} <= tables


def test_alembic_ini_is_inside_the_package():
    from zopa.store._engine import ALEMBIC_INI
    assert ALEMBIC_INI.is_file() and (ALEMBIC_INI.parent / "migrations" / "env.py").is_file()


def test_public_names_are_exported():
    import zopa.store as pkg
    assert all(hasattr(pkg, name) for name in pkg.__all__)
    assert {"Store", "SearchHit", "Correction", "export_documents", "export_statements"} <= set(pkg.__all__)


def test_fts5_query_translation_is_safe():
    from zopa.store._search import fts5_query
    assert fts5_query('peace "security guarantees"') == '("peace") AND ("security guarantees")'
    assert fts5_query("a OR b -c") == '(("a" OR "b")) NOT "c"'
    assert fts5_query('NEAR( "x* ^y') == '("NEAR") AND ("x") AND ("y")'  # unbalanced quote: words
    assert fts5_query("-only") == "" and fts5_query("***") == ""
