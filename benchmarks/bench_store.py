"""Store benchmark: ingest throughput, full-text search and the effective statement view.

    python benchmarks/bench_store.py [--docs 2000] [--db URL]

SQLite file in a temporary directory unless --db is given (e.g. a PostgreSQL
URL of an empty database). Baselines are measured in the same run:

- ingest: `Store.add_document` + `replace_machine_statements` (one transaction
  each, migrations, FTS triggers, codebook-free) against plain `sqlite3`
  inserts of the same rows into an un-indexed table, one transaction per document;
- search: FTS5 / tsvector `Store.search` for words found in ~2 % of the
  documents against a `LIKE '%word%'` scan returning the same documents unranked;
- effective view: `Store.statements()` with analyst corrections on 10 % of
  statements against the same call with none.

Writes `benchmarks/results/store.json` and prints a Markdown section.
"""
from __future__ import annotations

import argparse
import platform
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import create_engine, text

from zopa.records import Document, Statement, content_hash
from zopa.store import Store
from _sections import save_results

WORDS = ("ceasefire territory guarantees neutrality sanctions assets referendum corridor peacekeepers "
         "withdrawal memorandum negotiators delegation envoy summit frontline reconstruction energy "
         "prisoners exchange monitoring mission sovereignty").split()
RARE = ("zugzwang", "plebiscite", "demarcation", "escrow", "moratorium")
RESULTS = Path(__file__).resolve().parent / "results" / "store.json"


def make_document(i: int, rng: random.Random) -> Document:
    words = [rng.choice(WORDS) for _ in range(400)]
    if rng.random() < 0.02:  # rare terms: about 2 % of documents
        words[rng.randrange(400)] = rng.choice(RARE)
    body = " ".join(words)
    txt = f"Round {i}. Russia demands that Ukraine withdraw from Donetsk. Kyiv rejects it. {body}"
    h = content_hash(txt)
    return Document(id=h[:16], content_hash=h, text=txt, raw_text=txt, path=f"bench/{i:06d}.txt",
                    title=f"Round {i} of talks")


def make_statements(doc: Document) -> list[Statement]:
    out = []
    for actor, issue, stance, quote in (("RUS", "territory.donetsk", "demand", "Russia demands"),
                                        ("UKR", "territory", "reject", "Kyiv rejects")):
        s = doc.text.index(quote)
        out.append(Statement(doc_id=doc.id, actor=actor, issue=issue, stance=stance, start=s,
                             end=s + len(quote), quote=quote))
    return out


def bench_ingest(store: Store, docs: list[Document]) -> float:
    t0 = time.perf_counter()
    for d in docs:
        store.add_document(d)
        store.replace_machine_statements(d.id, make_statements(d), "bench-1")
    return len(docs) / (time.perf_counter() - t0)


def bench_plain_sqlite(path: Path, docs: list[Document]) -> float:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("CREATE TABLE d (id TEXT, hash TEXT, path TEXT, title TEXT, text TEXT, raw TEXT)")
    conn.execute("CREATE TABLE s (id TEXT, doc TEXT, actor TEXT, issue TEXT, stance TEXT, a INT, b INT, q TEXT)")
    t0 = time.perf_counter()
    for d in docs:
        conn.execute("BEGIN")
        conn.execute("INSERT INTO d VALUES (?,?,?,?,?,?)", (d.id, d.content_hash, d.path, d.title, d.text, d.raw_text))
        conn.execute("COMMIT")
        conn.execute("BEGIN")
        conn.executemany("INSERT INTO s VALUES (?,?,?,?,?,?,?,?)",
                         [(s.key, s.doc_id, s.actor, s.issue, s.stance, s.start, s.end, s.quote)
                          for s in make_statements(d)])
        conn.execute("COMMIT")
    rate = len(docs) / (time.perf_counter() - t0)
    conn.close()
    return rate


def timed(fn, repeat: int) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def bench_search(store: Store, queries: list[str]) -> tuple[float, float, int]:
    fts = timed(lambda: [store.search(q) for q in queries], 3) / len(queries)
    engine = create_engine(store._url)
    like = text("SELECT id FROM documents WHERE lower(text) LIKE :p")
    with engine.connect() as conn:
        scan = timed(lambda: [conn.execute(like, {"p": f"%{q}%"}).fetchall() for q in queries], 3) / len(queries)
    engine.dispose()
    return fts, scan, len(store.search(queries[0]))


def bench_view(store: Store, rng: random.Random) -> tuple[float, float, int]:
    store.statements()  # warm up
    plain = timed(store.statements, 5)
    ids = [s.id for s in store.statements()]
    for sid in rng.sample(ids, len(ids) // 10):
        store.correct_statement(sid, who="bench", value=rng.randint(0, 100))
    corrected = timed(store.statements, 5)
    return plain, corrected, len(ids)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--db", default=None)
    args = ap.parse_args()
    rng = random.Random(0)
    docs = [make_document(i, rng) for i in range(args.docs)]
    with tempfile.TemporaryDirectory() as tmp:
        url = args.db or f"sqlite:///{Path(tmp) / 'bench.db'}"
        baseline = bench_plain_sqlite(Path(tmp) / "plain.db", docs)
        with Store(url) as store:
            rate = bench_ingest(store, docs)
            fts, scan, hits = bench_search(store, list(RARE))
            plain, corrected, n = bench_view(store, rng)
            dialect = store.dialect
    result = {
        "command": f"python benchmarks/bench_store.py --docs {args.docs}" + (" --db URL" if args.db else ""),
        "python": platform.python_version(), "dialect": dialect, "documents": args.docs,
        "ingest_docs_per_s": round(rate, 1), "plain_sqlite_docs_per_s": round(baseline, 1),
        "search_ms": round(fts * 1000, 2), "like_scan_ms": round(scan * 1000, 2), "search_hits": hits,
        "statements": n, "view_ms": round(plain * 1000, 1), "view_with_corrections_ms": round(corrected * 1000, 1),
    }
    save_results(RESULTS, result)
    print(f"""## Store ({dialect})

`{result['command']}` — Python {result['python']}, {args.docs} synthetic documents of ~3 kB, 2 statements each.

| measure | zopa store | baseline | ratio |
|---|---|---|---|
| ingest (documents/s, one transaction per write) | {rate:.0f} | {baseline:.0f} (plain `sqlite3` inserts, no indexes) | {rate / baseline:.2f}× |
| search for a rare word (ms/query, ranked, snippets) | {fts * 1000:.2f} | {scan * 1000:.2f} (`LIKE '%word%'` scan, unranked) | {scan / fts:.1f}× faster |
| effective view of {n} statements (ms) | {corrected * 1000:.0f} with {n // 10} corrections | {plain * 1000:.0f} with none | {corrected / plain:.2f}× |

Figures: `benchmarks/results/store.json`.""")


if __name__ == "__main__":
    sys.exit(main())
