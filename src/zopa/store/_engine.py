"""Opening a database: URL normalisation, engine set-up and migrations."""
from __future__ import annotations

import datetime as dt
import json
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event, exc
from sqlalchemy.engine import URL, make_url

from ..errors import StoreError

ALEMBIC_INI = Path(__file__).resolve().parent / "alembic.ini"
_PG_MIGRATION_LOCK = 0x7A6F7061  # "zopa": serialises concurrent migrations on PostgreSQL
_WRITE = "zopa_write"


def normalise_url(url: str) -> URL:
    """Parse a database URL; a bare file path means SQLite; postgresql:// means psycopg 3."""
    text = url.strip()
    if "://" not in text:
        text = f"sqlite:///{Path(text).expanduser().resolve()}"
    try:
        parsed = make_url(text)
    except exc.ArgumentError as e:
        raise StoreError(f"not a database URL: {e}", source=url) from None
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def masked(url: URL) -> str:
    """The URL as text with its password hidden."""
    return url.render_as_string(hide_password=True)


def _json_default(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    return str(value)


def _dumps(value: Any) -> str:
    return json.dumps(value, default=_json_default, ensure_ascii=False)


def _sqlite_events(engine: Engine) -> None:
    """WAL, foreign keys, a busy timeout, and explicit BEGIN (IMMEDIATE for writes)."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # let SQLAlchemy's "begin" event emit BEGIN
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        mode = "IMMEDIATE" if conn.get_execution_options().get(_WRITE) else "DEFERRED"
        conn.exec_driver_sql(f"BEGIN {mode}")


def create(url: URL) -> Engine:
    """An engine for the URL; SQLite gets its pragmas and transaction handling."""
    kwargs: dict[str, Any] = {"json_serializer": _dumps, "future": True}
    if url.get_backend_name() == "sqlite":
        db = url.database or ""
        if db and db != ":memory:" and not Path(db).resolve().parent.is_dir():
            raise StoreError(f"directory {Path(db).resolve().parent} does not exist", source=masked(url))
        kwargs["connect_args"] = {"timeout": 30}
    else:
        kwargs["pool_pre_ping"] = True
    try:
        engine = create_engine(url, **kwargs)
    except (exc.ArgumentError, exc.NoSuchModuleError, ImportError) as e:
        raise StoreError(f"cannot open: {e}", source=masked(url)) from None
    if url.get_backend_name() == "sqlite":
        _sqlite_events(engine)
    return engine


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """A connection in a write transaction (BEGIN IMMEDIATE on SQLite), committed on exit."""
    with engine.connect() as conn:
        conn.execution_options(**{_WRITE: True})
        with conn.begin():
            yield conn


def _alembic_config(conn: Connection) -> Config:
    cfg = Config(str(ALEMBIC_INI))
    cfg.attributes["connection"] = conn
    return cfg


def head_revision() -> str | None:
    """The newest migration revision shipped with this version of zopa."""
    return ScriptDirectory.from_config(Config(str(ALEMBIC_INI))).get_current_head()


def current_revision(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def _driver(conn: Connection) -> Any:
    return conn.connection.driver_connection


def upgrade(engine: Engine, url: URL) -> str | None:
    """Run the migrations to head in one transaction; return the revision reached.

    On SQLite, foreign keys are off while migrating (a migration that rebuilds
    a table must not cascade the drop of the old one to the rows referring to
    it) and checked before the transaction commits.
    """
    head = head_revision()
    try:
        with engine.connect() as conn:
            if current_revision(conn) == head:
                return head
        with engine.connect() as conn:
            sqlite = conn.dialect.name == "sqlite"
            if sqlite:  # outside any transaction: the pragma is ignored inside one
                _driver(conn).execute("PRAGMA foreign_keys=OFF")
            try:
                conn.execution_options(**{_WRITE: True})
                with conn.begin():
                    if conn.dialect.name == "postgresql":
                        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PG_MIGRATION_LOCK})")
                    if current_revision(conn) != head:
                        command.upgrade(_alembic_config(conn), "head")
                    if sqlite and conn.exec_driver_sql("PRAGMA foreign_key_check").first() is not None:
                        raise StoreError("migration left rows referring to missing documents; "
                                         "nothing was changed", source=masked(url))
                    return current_revision(conn)
            finally:
                if sqlite:
                    _driver(conn).execute("PRAGMA foreign_keys=ON")
    except exc.DBAPIError as e:
        reason = str(e.orig).strip().splitlines()[0] if e.orig else str(e)
        raise StoreError(f"cannot open or migrate the database: {reason}", source=masked(url)) from None
