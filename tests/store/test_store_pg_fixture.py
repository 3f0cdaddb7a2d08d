"""Without a PostgreSQL server the backend's tests fail under CI and are skipped, with the reason, elsewhere."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parent.parent

CONFTEST = f"""
import sys
sys.path.insert(0, {str(TESTS)!r})
import pg
pg._bindir = lambda: None  # as on a machine without PostgreSQL
pg_server, pg_url = pg.postgres_fixtures()
"""


def _run(tmp_path: Path, ci: bool) -> subprocess.CompletedProcess[str]:
    (tmp_path / "conftest.py").write_text(CONFTEST)
    (tmp_path / "test_needs_pg.py").write_text("def test_needs_pg(pg_url):\n    assert pg_url\n")
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "ZOPA_TEST_PG_URL")}
    if ci:
        env["CI"] = "1"
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider", str(tmp_path)],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)


def test_missing_server_fails_under_ci(tmp_path):
    result = _run(tmp_path, ci=True)
    assert result.returncode == 1, result.stdout
    assert "PostgreSQL is required in CI but unavailable" in result.stdout


def test_missing_server_skips_with_reason_elsewhere(tmp_path):
    result = _run(tmp_path, ci=False)
    assert result.returncode == 0, result.stdout
    assert "1 skipped" in result.stdout and "no PostgreSQL binaries" in result.stdout
