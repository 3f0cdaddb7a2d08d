"""Ingest throughput and peak memory, against trafilatura alone, in one run.

    python benchmarks/bench_ingest.py [--docs 10000]

Builds a corpus of varied copies of the bundled seed and dev pages (every
prose paragraph of every copy is altered, so no two copies are exact
duplicates), then measures, each in a fresh process (peak RSS from
`resource`; the two HTML runs alternate `--rounds` times and the fastest of
each counts, as the machine may be shared):

* zopa `load_documents` (read, clean, metadata, fingerprints, duplicate links);
* zopa `ingest` into a new SQLite file (the above plus one transaction per document);
* trafilatura alone (`trafilatura.extract`) on the HTML pages of the corpus,
  and zopa's cleaning of the same HTML pages, for a like-for-like ratio.

Writes benchmarks/results/ingest.json and the ingest section of BENCHMARKS.md.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import platform
import re
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data" / "corpus"
RESULTS = ROOT / "benchmarks" / "results" / "ingest.json"
MARK_START, MARK_END = "<!-- ingest -->", "<!-- /ingest -->"
COMMAND = "python benchmarks/bench_ingest.py"


def _vary(text: str, i: int, html: bool) -> str:
    """Alter every long paragraph so copies differ, keeping page structure."""
    tag = f" Reference {i}-{{n}}."

    def para(match: re.Match[str]) -> str:
        para.n += 1  # type: ignore[attr-defined]
        return match.group(1) + tag.format(n=para.n) + match.group(2)  # type: ignore[attr-defined]

    para.n = 0  # type: ignore[attr-defined]
    if html:
        return re.sub(r"(<p>[^<]{120,}?)(</p>)", para, text)
    return re.sub(r"(?m)^(.{120,}?)(\s*)$", para, text)


def build_corpus(target: Path, n_docs: int) -> tuple[int, int]:
    """Write n_docs varied pages; returns (total bytes, number of HTML pages)."""
    pages = sorted([*DATA.glob("seeds/*"), *DATA.glob("dev/*")])
    total = html_count = 0
    for i in range(n_docs):
        src = pages[i % len(pages)]
        is_html = src.suffix == ".html"
        text = _vary(src.read_text(encoding="utf-8"), i, is_html)
        out = target / f"{i // 1000:02d}" / f"{i:05d}_{src.name}"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")
        total += len(text.encode("utf-8"))
        html_count += is_html
    return total, html_count


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _run_load(corpus: str, queue: mp.Queue) -> None:
    from zopa.ingest import load_documents
    from zopa.settings import load_settings

    start = time.perf_counter()
    docs, errors = load_documents([corpus], load_settings())
    queue.put({"seconds": time.perf_counter() - start, "docs": len(docs), "errors": len(errors),
               "duplicates": sum(d.duplicate_of is not None for d in docs), "peak_rss_mb": _peak_mb()})


def _run_ingest(corpus: str, db: str, queue: mp.Queue) -> None:
    from zopa.ingest import ingest
    from zopa.settings import load_settings, sqlite_url
    from zopa.store import Store

    start = time.perf_counter()
    with Store(sqlite_url(db)) as store:
        result = ingest([corpus], store, load_settings(), progress=False)
    queue.put({"seconds": time.perf_counter() - start, "docs": len(result.added) + len(result.duplicates),
               "errors": len(result.errors), "duplicates": len(result.duplicates), "peak_rss_mb": _peak_mb()})


def _run_html(corpus: str, which: str, queue: mp.Queue) -> None:
    import trafilatura

    from zopa.ingest import clean_document
    from zopa.records import RawDocument

    pages = [p.read_text(encoding="utf-8") for p in sorted(Path(corpus).rglob("*.html"))]
    start, cpu = time.perf_counter(), time.process_time()
    for n, html in enumerate(pages):
        if which == "trafilatura":
            trafilatura.extract(html, include_comments=False, include_tables=True, deduplicate=False)
        else:
            clean_document(RawDocument(source=f"p{n}.html", raw=html, kind="html", path=f"p{n}.html"))
    queue.put({"seconds": time.perf_counter() - start, "cpu_seconds": time.process_time() - cpu, "docs": len(pages),
               "peak_rss_mb": _peak_mb(), "mb": sum(len(h.encode()) for h in pages) / 1e6})


def measure_html(corpus: str, rounds: int) -> tuple[dict, dict]:
    """trafilatura alone and zopa's cleaning, alternately `rounds` times each; the fastest run of each."""
    runs: dict[str, list[dict]] = {"trafilatura": [], "zopa": []}
    for _ in range(rounds):
        for which in runs:
            runs[which].append(measure(_run_html, corpus, which))
    return tuple(min(r, key=lambda m: m["seconds"]) for r in runs.values())  # type: ignore[return-value]


def measure(target, *args) -> dict:  # type: ignore[no-untyped-def]
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=target, args=(*args, queue))
    proc.start()
    out = queue.get()
    proc.join()
    return out


def _rate(m: dict, mb: float) -> dict:
    return {**m, "docs_per_s": m["docs"] / m["seconds"], "mb_per_s": mb / m["seconds"]}


def write_markdown(res: dict) -> None:
    c, load, ing, tr, zh = res["corpus"], res["load_documents"], res["ingest_sqlite"], res["trafilatura_html"], res["zopa_html"]
    lines = [
        MARK_START,
        "## Ingest",
        "",
        f"Command: `{COMMAND}` (corpus: {c['docs']:,} varied copies of the seed and dev pages, "
        f"{c['mb']:.1f} MB, {c['html_docs']:,} of them HTML). Each measurement runs in a fresh process; "
        "memory is peak RSS.",
        "",
        "| run | docs | seconds | docs/s | MB/s | peak RSS (MB) |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, m in (("zopa `load_documents` (all pages)", load), ("zopa `ingest` into SQLite (all pages)", ing),
                    ("trafilatura.extract alone (HTML pages)", tr), ("zopa cleaning (same HTML pages)", zh)):
        lines.append(f"| {name} | {m['docs']:,} | {m['seconds']:.1f} | {m['docs_per_s']:.0f} | {m['mb_per_s']:.2f} | {m['peak_rss_mb']:.0f} |")
    r = res["ratios"]
    lines += [
        "",
        f"Ratios: zopa cleaning of HTML takes {r['zopa_html_vs_trafilatura_time']:.2f}× the time of trafilatura alone "
        f"({r.get('zopa_html_vs_trafilatura_cpu', float('nan')):.2f}× its CPU time; the fastest of {res.get('rounds', 1)} "
        "alternating runs of each). zopa parses each page once, reads its metadata with trafilatura's steps for "
        "title, author, URL, date and site name (not its category, tag and licence searches), extracts the text "
        "with trafilatura's fast mode (the full cascade as the fallback when that finds under 1,000 characters), "
        "then runs furniture rules, metadata, dates and a MinHash fingerprint (each word hashed once, shingle hashes "
        "folded in numpy; a page's words split once in C over its UTF-8 bytes, each line's words once per page); "
        "trafilatura alone runs its default cascade. "
        f"`ingest` into SQLite (one transaction per document) took {r['ingest_vs_load_time']:.2f}× the time of the "
        f"in-memory `load_documents` run. Near duplicates linked: {ing['duplicates']:,} (each bundled page is copied "
        "many times with altered paragraphs; every copy after the first shares most shingles with it).",
        "",
        f"Machine: {res['machine']}; 1-minute load average {res.get('load', '?')} (start, end of the run).",
        MARK_END,
    ]
    path = ROOT / "BENCHMARKS.md"
    text = path.read_text(encoding="utf-8")
    start, end = text.index(MARK_START), text.index(MARK_END) + len(MARK_END)
    path.write_text(text[:start] + "\n".join(lines) + text[end:], encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=5, help="Alternate runs of trafilatura alone and zopa's HTML cleaning.")
    parser.add_argument("--markdown-only", action="store_true", help="Rewrite BENCHMARKS.md from the last results file.")
    args = parser.parse_args()
    if args.markdown_only:
        write_markdown(json.loads(RESULTS.read_text(encoding="utf-8")))
        return
    load_start = os.getloadavg()[0]
    work = Path(tempfile.mkdtemp(prefix="zopa-bench-ingest-"))
    try:
        corpus = work / "corpus"
        total, html_docs = build_corpus(corpus, args.docs)
        mb = total / 1e6
        print(f"corpus: {args.docs} docs, {mb:.1f} MB", flush=True)
        load = _rate(measure(_run_load, str(corpus)), mb)
        print("load_documents", load, flush=True)
        ing = _rate(measure(_run_ingest, str(corpus), str(work / "bench.db")), mb)
        print("ingest", ing, flush=True)
        tr, zh = measure_html(str(corpus), args.rounds)
        tr, zh = _rate(tr, tr["mb"]), _rate(zh, zh["mb"])
        print("trafilatura", tr, "zopa html", zh, flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    res = {
        "command": COMMAND,
        "machine": f"{platform.machine()}, {mp.cpu_count()} cores, Python {sys.version.split()[0]}",
        "load": f"{load_start:.1f}, {os.getloadavg()[0]:.1f}",
        "corpus": {"docs": args.docs, "mb": mb, "html_docs": html_docs},
        "load_documents": load, "ingest_sqlite": ing, "trafilatura_html": tr, "zopa_html": zh,
        "rounds": args.rounds,
        "ratios": {"zopa_html_vs_trafilatura_time": zh["seconds"] / tr["seconds"],
                   "zopa_html_vs_trafilatura_cpu": zh["cpu_seconds"] / tr["cpu_seconds"],
                   "ingest_vs_load_time": ing["seconds"] / load["seconds"]},
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(res, indent=2), encoding="utf-8")
    write_markdown(res)
    print(f"wrote {RESULTS.relative_to(ROOT)} and the ingest section of BENCHMARKS.md")


if __name__ == "__main__":
    main()
