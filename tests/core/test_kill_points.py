"""SIGKILL `zopa ingest` and `zopa extract` at seeded random moments, resume, and check the store
(the short form of `benchmarks/soak_kill.py`), on SQLite and on PostgreSQL."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

import pg

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from soak_kill import run_soak  # noqa: E402

pg_server, pg_url = pg.postgres_fixtures()


def _assert_clean(result: dict) -> None:
    assert result["failures"] == []
    assert result["kills"] >= 10, result
    assert result["checks"] >= result["kills"]


@pytest.mark.slow
def test_killed_runs_resume_to_a_whole_store_on_sqlite(tmp_path: Path) -> None:
    _assert_clean(run_soak(f"sqlite:///{tmp_path / 'soak.db'}", tmp_path, kills=10, documents=40, seed=3))


@pytest.mark.slow
def test_killed_runs_resume_to_a_whole_store_on_postgresql(tmp_path: Path, pg_url: str) -> None:
    _assert_clean(run_soak(pg_url, tmp_path, kills=10, documents=40, seed=4))
