"""A killed ingest leaves a consistent database; re-running finishes it without duplicates."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from store_writer import document
from zopa.store import Store

WRITER = Path(__file__).with_name("store_writer.py")
N = 1500


def _writer(url: str, n: int) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(WRITER), url, str(n)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def _kill_after(proc: subprocess.Popen, lines: int) -> int:
    seen = 0
    for _ in proc.stdout:  # type: ignore[union-attr]
        seen += 1
        if seen >= lines:
            os.kill(proc.pid, signal.SIGKILL)
            break
    proc.wait()
    return seen


def _check_consistent(store: Store) -> tuple[int, int]:
    """(documents, statements); fails on duplicates or half-written documents."""
    engine = create_engine(store._url)
    with engine.connect() as conn:
        docs = conn.execute(text("SELECT count(*), count(DISTINCT content_hash) FROM documents")).one()
        assert docs[0] == docs[1]
        bad = conn.execute(text(
            "SELECT count(*) FROM extractions x WHERE x.n_statements <> "
            "(SELECT count(*) FROM statements s WHERE s.doc_id = x.doc_id)")).scalar()
        assert bad == 0
        n_statements = conn.execute(text("SELECT count(*) FROM statements")).scalar()
        if store.dialect == "sqlite":
            assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            assert conn.execute(text("PRAGMA foreign_key_check")).fetchall() == []
            conn.execute(text("INSERT INTO documents_fts(documents_fts, rank) VALUES ('integrity-check', 1)"))
    engine.dispose()
    return docs[0], n_statements


@pytest.mark.slow
def test_sigkill_mid_ingest_then_rerun_completes_without_duplicates(db_url):
    Store(db_url).close()  # migrate first so the writer starts writing at once
    proc = _writer(db_url, N)
    seen = _kill_after(proc, 60)
    assert proc.returncode == -signal.SIGKILL, proc.stderr.read()  # type: ignore[union-attr]
    with Store(db_url) as store:
        docs, sts = _check_consistent(store)
        assert seen <= docs < N and sts <= 2 * docs
    rerun = _writer(db_url, N)
    out, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err
    with Store(db_url) as store:
        assert _check_consistent(store) == (N, 2 * N)
        assert store.search("round 7")[0].document.title is not None


@pytest.mark.slow
def test_two_writer_processes_on_the_same_documents_store_each_once(db_url):
    Store(db_url).close()
    procs = [_writer(db_url, 150) for _ in range(2)]
    for p in procs:
        _, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
    with Store(db_url) as store:
        assert _check_consistent(store) == (150, 300)


def test_same_document_from_threads_gives_one_row(store):
    doc = document(1)
    results: list[tuple[str, str]] = []
    barrier = threading.Barrier(4)

    def add() -> None:
        barrier.wait()
        results.append(store.add_document(doc))

    threads = [threading.Thread(target=add) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(r[1] for r in results) == ["added", "unchanged", "unchanged", "unchanged"]
    assert {r[0] for r in results} == {doc.id} and store.document_count() == 1
