"""The web app sees writes made by another process (the CLI) without a restart."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx

from seedstore import build_seed_store, free_port, run_server
from zopa.store import Store
from zopa.web import create_app


def test_a_statement_added_from_the_cli_shows_on_the_dashboard(tmp_path: Path, seeds_dir: Path, gold_dir: Path,
                                                               codebook) -> None:
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    build_seed_store(url, seeds_dir, gold_dir, codebook).close()
    with Store(url, codebook=codebook) as store:
        doc = store.documents(limit=1)[0]
    quote = doc.text[:40]
    for base in run_server(create_app(url, codebook), free_port()):
        with httpx.Client(base_url=base, timeout=60) as client:
            before = client.get("/api/dashboard").json()["statement_count"]
            env = {k: v for k, v in os.environ.items() if not k.startswith("ZOPA_")}
            added = subprocess.run(
                [sys.executable, "-m", "zopa", "statements", "add", "--db", url, "--doc", doc.id, "--actor", "UKR",
                 "--issue", "talks.process", "--stance", "open", "--quote", quote, "--who", "analyst-cli"],
                capture_output=True, text=True, env=env, timeout=120)
            assert added.returncode == 0, added.stderr
            deadline = time.monotonic() + 10
            after = before
            while after == before and time.monotonic() < deadline:
                time.sleep(0.3)
                after = client.get("/api/dashboard").json()["statement_count"]
            assert after == before + 1
