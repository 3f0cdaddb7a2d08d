"""Pages and JSON answers are built once per store revision and rebuilt after any write."""
from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from seedstore import build_seed_store
from zopa.store import Store
from zopa.web.views import Views


def test_an_answer_is_reused_until_the_store_changes(tmp_path: Path, seeds_dir: Path, gold_dir: Path,
                                                     codebook) -> None:
    url = f"sqlite:///{tmp_path / 'cache.db'}"
    build_seed_store(url, seeds_dir, gold_dir, codebook).close()
    with Store(url, codebook=codebook) as store, Store(url, codebook=codebook) as other:
        views = Views(store, codebook, recheck=0.0)
        st = store.statements()[0]
        builds = []

        def build() -> tuple[bytes, str]:
            builds.append(1)
            return str(views.statement(st.id).statement.hedged).encode(), "text/plain"

        first = views.response("/statements/x", build)
        assert views.response("/statements/x", build) == first and len(builds) == 1
        other.correct_statement(st.id, who="analyst", hedged=not st.hedged)      # another process's write
        assert views.response("/statements/x", build) == (str(not st.hedged).encode(), "text/plain")
        views.correct(st.id, "analyst", None, {"hedged": st.hedged})              # a write through the app
        assert views.response("/statements/x", build) == first and len(builds) == 3


def test_the_kept_answers_are_bounded(tmp_path: Path, seeds_dir: Path, gold_dir: Path, codebook) -> None:
    url = f"sqlite:///{tmp_path / 'bound.db'}"
    build_seed_store(url, seeds_dir, gold_dir, codebook).close()
    with Store(url, codebook=codebook) as store:
        views = Views(store, codebook, recheck=3600.0, response_bytes=4000)
        for n in range(5):
            views.response(f"/page?offset={n}", lambda n=n: (str(n).encode() * 1000, "text/plain"))
        rebuilt = []
        for n in range(5):
            views.response(f"/page?offset={n}", lambda n=n: (rebuilt.append(n) or b"", "text/plain"))
        assert rebuilt == [0]     # the oldest answer was dropped to keep the others within the bound


def test_requests_for_a_page_being_built_wait_for_that_build(tmp_path: Path, seeds_dir: Path, gold_dir: Path,
                                                             codebook) -> None:
    url = f"sqlite:///{tmp_path / 'flight.db'}"
    build_seed_store(url, seeds_dir, gold_dir, codebook).close()
    with Store(url, codebook=codebook) as store:
        views = Views(store, codebook, recheck=3600.0)
        builds = []

        def build() -> tuple[bytes, str]:
            builds.append(1)
            time.sleep(0.3)
            return b"page", "text/plain"

        with ThreadPoolExecutor(8) as pool:
            answers = list(pool.map(lambda _: views.response("/slow", build), range(8)))
        assert answers == [(b"page", "text/plain")] * 8 and len(builds) == 1
        assert views.response("/other", lambda: (b"other", "text/plain")) == (b"other", "text/plain")


def test_a_client_that_accepts_gzip_gets_the_same_answer_compressed(server: str) -> None:
    """Over real HTTP: the kept answer, compressed once, for a client that says it accepts gzip."""
    import gzip
    import http.client
    from urllib.parse import urlsplit

    host = urlsplit(server)
    for path in ("/api/dashboard", "/"):
        conn = http.client.HTTPConnection(host.hostname, host.port, timeout=60)
        conn.request("GET", path)
        plain = conn.getresponse()
        plain_body = plain.read()
        conn.request("GET", path, headers={"Accept-Encoding": "gzip, deflate"})
        packed = conn.getresponse()
        packed_body = packed.read()
        conn.close()
        assert plain.status == packed.status == 200
        assert plain.getheader("Content-Encoding") is None and packed.getheader("Content-Encoding") == "gzip"
        assert "Accept-Encoding" in packed.getheader("Vary", "") and len(packed_body) < len(plain_body)
        assert gzip.decompress(packed_body) == plain_body
