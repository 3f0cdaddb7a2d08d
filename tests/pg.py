"""A throw-away PostgreSQL server for tests.

`postgres_server()` yields the URL of a server's maintenance database:
`$ZOPA_TEST_PG_URL` if set; otherwise it runs `initdb` into a temporary
directory and starts `postgres` on a free loopback port (as the `postgres`
user when running as root), and stops it afterwards. When no server can be
had it raises `Unavailable` with the reason.

`fresh_database(server_url)` creates an empty database and returns its URL.

Use from any test directory (``tests/`` is on ``sys.path`` because
``tests/conftest.py`` exists)::

    from pg import postgres_fixtures
    pg_server, pg_url = postgres_fixtures()
"""
from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

ENV_URL = "ZOPA_TEST_PG_URL"


class Unavailable(RuntimeError):
    """No PostgreSQL server could be found or started."""


def _bindir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_user() -> tuple[list[str], str | None]:
    """Command prefix to run the server unprivileged, and the user to own its files."""
    if os.geteuid() != 0:
        return [], None
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        raise Unavailable("running as root and there is no 'postgres' user to run the server") from None
    return ["runuser", "-u", "postgres", "--"], "postgres"


def _wait(bindir: Path, port: int, proc: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise Unavailable(f"postgres exited with {proc.returncode}: {log.read_text()[-2000:]}")
        ok = subprocess.run([str(bindir / "pg_isready"), "-h", "127.0.0.1", "-p", str(port)],
                            capture_output=True).returncode == 0
        if ok:
            return
        time.sleep(0.2)
    raise Unavailable(f"postgres did not accept connections within 30 s: {log.read_text()[-2000:]}")


@contextmanager
def _local_server(bindir: Path) -> Iterator[str]:
    prefix, owner = _as_user()
    root = Path(tempfile.mkdtemp(prefix="zopa-pg-"))
    data, log = root / "data", root / "server.log"
    if owner:
        shutil.chown(root, owner)
    port = _free_port()
    proc = None
    try:
        init = subprocess.run([*prefix, str(bindir / "initdb"), "-D", str(data), "-U", "postgres",
                               "--auth=trust", "-E", "UTF8", "--locale=C"], capture_output=True, text=True)
        if init.returncode:
            raise Unavailable(f"initdb failed: {init.stderr.strip()[-2000:]}")
        with open(log, "w") as fh:
            if owner:
                shutil.chown(log, owner)
            proc = subprocess.Popen([*prefix, str(bindir / "postgres"), "-D", str(data), "-p", str(port),
                                     "-h", "127.0.0.1", "-k", str(root), "-c", "fsync=off",
                                     "-c", "synchronous_commit=off", "-c", "full_page_writes=off"],
                                    stdout=fh, stderr=subprocess.STDOUT)
        _wait(bindir, port, proc, log)
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        if proc is not None:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        shutil.rmtree(root, ignore_errors=True)


@contextmanager
def postgres_server() -> Iterator[str]:
    """The URL of a PostgreSQL server's maintenance database (see the module docstring)."""
    url = os.environ.get(ENV_URL)
    if url:
        yield url
        return
    bindir = _bindir()
    if bindir is None:
        raise Unavailable(f"no PostgreSQL binaries (/usr/lib/postgresql/*/bin/initdb) and ${ENV_URL} is not set")
    with _local_server(bindir) as server_url:
        yield server_url


def fresh_database(server_url: str) -> str:
    """Create an empty database on the server; return its URL."""
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    name = f"zopa_test_{uuid.uuid4().hex[:12]}"
    url = make_url(server_url)
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    engine.dispose()
    return url.set(database=name).render_as_string(hide_password=False)


def postgres_fixtures():  # type: ignore[no-untyped-def]
    """(session fixture `pg_server`, function fixture `pg_url`) to assign in a conftest.

    Without a server the tests fail when `$CI` is set and are skipped, with
    the reason, otherwise.
    """
    import pytest

    @pytest.fixture(scope="session")
    def pg_server() -> Iterator[str]:
        try:
            with postgres_server() as url:
                yield url
        except Unavailable as exc:
            if os.environ.get("CI"):
                pytest.fail(f"PostgreSQL is required in CI but unavailable: {exc}", pytrace=False)
            pytest.skip(f"PostgreSQL unavailable: {exc}")

    @pytest.fixture()
    def pg_url(pg_server: str) -> str:
        return fresh_database(pg_server)

    return pg_server, pg_url
