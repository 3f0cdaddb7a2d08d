"""Bounded load run of the web app on loopback: median and p95 latency per endpoint.

    python benchmarks/bench_web.py [--documents 5000] [--requests 18000] [--concurrency 20] [--time-limit 300]

Fills a SQLite store with zopa's own ingest and extraction of the bundled
seed and dev corpora, then grows it to `--documents` documents: each added
document is a corpus document with a distinct closing line and a later date,
stored with the statements extracted from its original (same spans). It serves
the store with uvicorn in a subprocess on 127.0.0.1, and
sends a bounded number of requests (one phase per endpoint, an equal share each) from
`--concurrency` client threads, each on its own keep-alive connection. Baselines measured in the same run: the
trivial `/healthz` route and FastAPI's `/openapi.json`. Writes
`benchmarks/results/web.json` and the `<!-- web -->` section of BENCHMARKS.md.
"""
from __future__ import annotations

import argparse
import gzip
import http.client
import json
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx
from _sections import save_results, write_section

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results" / "web.json"
BASELINES = ("/healthz", "/openapi.json")
SERVER = ("import sys, uvicorn; from zopa.web import create_app; "
          "uvicorn.run(create_app(sys.argv[1]), host='127.0.0.1', port=int(sys.argv[2]), log_level='warning', "
          "timeout_keep_alive=300)")


def fill_store(url: str, documents: int) -> tuple[str, str]:
    """Ingest and extract the bundled corpora, grow the store to `documents` documents; return
    (a document id, a statement id) to request."""
    from zopa.codebook import load_codebook
    from zopa.extract import extract_store
    from zopa.ingest import ingest
    from zopa.settings import load_settings
    from zopa.store import Store

    codebook = load_codebook()
    with Store(url, codebook=codebook) as store:
        sources = [str(ROOT / "data" / "corpus" / "seeds"), str(ROOT / "data" / "corpus" / "dev")]
        ingest(sources, store, load_settings(db_url=url), progress=False)
        extract_store(store, codebook, progress=False)
        st = store.statements(issue="territory.donetsk")[0]
        grow(store, documents)
        return st.doc_id, st.id


def grow(store, documents: int) -> None:  # type: ignore[no-untyped-def]
    """Add copies of the stored documents, each with its own closing line, date and statements."""
    import dataclasses
    import datetime as dt

    from zopa.records import content_hash, document_id

    originals = [(d, store.statements(doc_id=d.id)) for d in store.documents() if d.duplicate_of is None]
    n = store.document_count()
    round_ = 0
    while n < documents:
        round_ += 1
        for doc, statements in originals:
            if n >= documents:
                break
            text = f"{doc.text}\n\nBulletin {round_}: filed from desk {n}."
            digest = content_hash(text)
            identity = f"bench/{round_}/{doc.name}"
            published = (doc.published or dt.date(2025, 1, 1)) + dt.timedelta(days=round_ % 300)
            copy = dataclasses.replace(doc, id=document_id(identity, digest), content_hash=digest, text=text,
                                       raw_text=text, path=identity, url=None, published=published,
                                       duplicate_of=None, dup_kind=None, fingerprint=None, meta={})
            store.add_document(copy)
            store.replace_machine_statements(copy.id, [dataclasses.replace(s, id=None, doc_id=copy.id)
                                                       for s in statements], "bench-copy")
            n += 1


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_ready(base: str, proc: subprocess.Popen, limit: float = 60) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}")
        try:
            if httpx.get(base + "/healthz", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.1)
    raise RuntimeError(f"server at {base} did not answer within {limit:.0f} s")


def phase(port: int, path: str, count: int, concurrency: int, stop: float) -> tuple[list[float], float]:
    """`count` requests to one path from `concurrency` threads, each on its own keep-alive connection;
    (latencies, wall seconds)."""
    lock = threading.Lock()
    remaining = [count]
    latencies: list[float] = []
    errors: list[str] = []

    def worker() -> None:
        checked = None
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        conn.connect()
        try:
            while not errors:
                with lock:
                    if remaining[0] <= 0 or time.monotonic() >= stop:
                        return
                    remaining[0] -= 1
                t0 = time.perf_counter()
                conn.request("GET", path, headers={"Accept-Encoding": "gzip"})   # as a browser asks
                response = conn.getresponse()
                body = response.read()
                latencies.append(time.perf_counter() - t0)      # the answer received in full, as load tools time it
                if checked is None and response.getheader("Content-Encoding") == "gzip":
                    checked = gzip.decompress(body)[:1]         # each connection checks one answer unpacks
                if response.status != 200:
                    errors.append(f"{path}: HTTP {response.status}")
        finally:
            conn.close()

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    seconds = time.perf_counter() - t0
    if errors:
        raise RuntimeError(errors[0])
    print(f"{path}: {len(latencies)} requests in {seconds:.1f} s", file=sys.stderr, flush=True)
    return latencies, seconds


def load(port: int, paths: list[str], total: int, concurrency: int,
         time_limit: float) -> dict[str, tuple[list[float], float]]:
    """One phase per path, `total` requests in all, stopped at `time_limit` seconds."""
    stop = time.monotonic() + time_limit
    return {path: phase(port, path, total // len(paths), concurrency, stop) for path in paths}


def summarise(phases: dict[str, tuple[list[float], float]], wall: float, first: dict[str, float]) -> dict:
    rows = {}
    for path, (xs, seconds) in phases.items():
        xs = sorted(xs)
        rows[path] = {"first_ms": round(first[path] * 1000, 1), "requests": len(xs),
                      "median_ms": round(statistics.median(xs) * 1000, 2),
                      "p95_ms": round(xs[min(len(xs) - 1, int(0.95 * len(xs)))] * 1000, 2),
                      "requests_per_s": round(len(xs) / seconds, 1)}
    base, base95 = rows["/healthz"]["median_ms"], rows["/healthz"]["p95_ms"]
    for row in rows.values():
        row["median_vs_healthz"] = round(row["median_ms"] / base, 2)
        row["p95_vs_healthz"] = round(row["p95_ms"] / base95, 2)
    return {"endpoints": rows, "wall_s": round(wall, 2),
            "requests": sum(r["requests"] for r in rows.values())}


def write_markdown(result: dict, command: str) -> None:
    lines = ["## Web app under load", "",
             f"`{command}` — uvicorn (1 worker) in a subprocess on 127.0.0.1, store filled by ingest + extraction "
             f"of the seed and dev corpora, grown to {result['documents']} documents and {result['statements']} "
             f"statements; {result['requests']} requests from {result['concurrency']} concurrent client threads "
             f"(http.client, keep-alive, accepting gzip as a browser does; a request is timed until its answer is received in full) in "
             f"{result['wall_s']} s, after a warm-up of {result['warm_up_s']} s (one request per endpoint, which "
             "builds the cached analysis). Baselines in the same run: `/healthz` (trivial route) and "
             "`/openapi.json`.", "",
             "| endpoint | first request (ms) | requests | req/s | median (ms) | p95 (ms) | median / `/healthz` "
             "| p95 / `/healthz` p95 |",
             "|---|---|---|---|---|---|---|---|"]
    for path, row in result["endpoints"].items():
        lines.append(f"| `{path}` | {row['first_ms']} | {row['requests']} | {row['requests_per_s']} | "
                     f"{row['median_ms']} | {row['p95_ms']} | {row['median_vs_healthz']}× | {row['p95_vs_healthz']}× |")
    lines += ["", "Each endpoint is loaded in its own phase, so each row's latency includes queueing behind its own "
              "requests only. Lists are paginated. The analysis, the statement listing and the what-if base are "
              "built once per store revision, and so is each page and JSON answer (per URL): after a write to the "
              "store (seen at once for the app's own writes, within a second for another process's) the first "
              "request of each URL builds it again, and the load phases measure answers that are already built. "
              "The first-request column is that build, in the warm-up order of the table (the first page builds "
              "the analysis); the warm-up total is what one write costs before every page has been seen again. "
              f"The trivial `/healthz` route itself has a p95 of {result['endpoints']['/healthz']['p95_ms']} ms in "
              "this run; compare rows by their ratios. Figures: `benchmarks/results/web.json`."]
    write_section("web", "\n".join(lines) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=5000)
    parser.add_argument("--requests", type=int, default=18000)
    parser.add_argument("--concurrency", type=int, default=20)
    parser.add_argument("--time-limit", type=float, default=300.0)
    parser.add_argument("--store", help="SQLite file to fill (or reuse, when it already holds --documents)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(args.store or Path(tmp) / 'bench.db').resolve()}"
        from zopa.store import Store
        with Store(url) as store:
            filled = store.document_count() >= args.documents
        if filled:
            with Store(url) as store:
                st = store.statements(issue="territory.donetsk")[0]
                doc_id, statement_id = st.doc_id, st.id
        else:
            doc_id, statement_id = fill_store(url, args.documents)
        with Store(url) as store:
            documents = store.document_count()
            statements = len(store.statements())
        print(f"store: {documents} documents, {statements} statements", file=sys.stderr, flush=True)
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        proc = subprocess.Popen([sys.executable, "-c", SERVER, url, str(port)])
        try:
            wait_ready(base, proc)
            paths = [*BASELINES, "/", "/api/dashboard", "/issues/territory.donetsk", "/api/issues/territory.donetsk",
                     "/actors/RUS", "/api/actors/RUS", "/documents", "/api/documents?offset=4000",
                     f"/documents/{doc_id}?statement={statement_id}", f"/api/documents/{doc_id}",
                     f"/statements/{statement_id}", "/statements", "/statements?actor=RUS",
                     "/api/statements?actor=RUS&limit=50", "/statements?issue=territory.donetsk&offset=1000",
                     "/whatif?actor=RUS&issue=territory.donetsk&reservation=50"]
            first = {}
            t0 = time.perf_counter()
            for p in paths:   # warm-up: the first request of each builds what it needs (the analysis once)
                t1 = time.perf_counter()
                httpx.get(base + p, timeout=1800).raise_for_status()
                first[p] = time.perf_counter() - t1
                print(f"warm: {p} at {time.perf_counter() - t0:.1f} s", file=sys.stderr, flush=True)
            warm_up = time.perf_counter() - t0
            t0 = time.perf_counter()
            lat = load(port, paths, args.requests, args.concurrency, args.time_limit)
            wall = time.perf_counter() - t0
        finally:
            proc.terminate()
            proc.wait(timeout=10)
    result = summarise(lat, wall, first) | {"concurrency": args.concurrency, "documents": documents,
                                            "statements": statements, "warm_up_s": round(warm_up, 1),
                                            "python": platform.python_version(), "machine": platform.machine()}
    save_results(RESULTS, result)
    write_markdown(result, "python benchmarks/bench_web.py")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
