"""`zopa ingest --cluster` and `zopa extract --cluster` on a real Dask LocalCluster store exactly what the
single-process commands store."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from zopa.cli import app
from zopa.store import Store

pytest.importorskip("dask.distributed", reason="zopa[cluster] not installed")
runner = CliRunner()


def _run(*args: str) -> None:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output


def _contents(url: str) -> tuple[list[tuple], list[tuple]]:
    with Store(url) as store:
        docs = [(d.id, d.content_hash, d.published, d.title, d.flags, d.duplicate_of, d.dup_kind)
                for d in store.documents()]
        stmts = [(s.id, s.doc_id, s.actor, s.issue, s.stance, s.start, s.end, s.value, s.red_line, s.event_date)
                 for s in store.statements()]
    return sorted(docs), sorted(stmts)


@pytest.mark.slow
def test_cluster_ingest_and_extract_match_the_single_process_run(tmp_path: Path, seeds_dir: Path,
                                                                  dev_dir: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(seeds_dir, corpus / "seeds")
    shutil.copytree(dev_dir, corpus / "dev")
    single, clustered = f"sqlite:///{tmp_path / 'single.db'}", f"sqlite:///{tmp_path / 'cluster.db'}"
    _run("ingest", str(corpus), "--db", single, "--no-progress")
    _run("extract", "--db", single)
    _run("ingest", str(corpus), "--db", clustered, "--no-progress", "--cluster", "local:2")
    _run("extract", "--db", clustered, "--cluster", "local:2")
    docs, stmts = _contents(single)
    assert len(docs) >= 20 and len(stmts) > 100
    assert _contents(clustered) == (docs, stmts)
    _run("ingest", str(corpus), "--db", clustered, "--no-progress", "--cluster", "local:1")   # a rerun adds nothing
    assert _contents(clustered) == (docs, stmts)


def test_a_bad_cluster_address_is_a_clear_error(tmp_path: Path, seeds_dir: Path) -> None:
    for address, message in (("local:x", "number of workers"), ("tcp://127.0.0.1:9", "cannot reach")):
        result = runner.invoke(app, ["extract", "--db", f"sqlite:///{tmp_path / 'x.db'}", "--cluster", address])
        assert result.exit_code != 0 and message in result.output, result.output
