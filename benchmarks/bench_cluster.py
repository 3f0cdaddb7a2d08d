"""Cleaning and extraction on a Dask LocalCluster: 1 worker against 2, and the single-process run.

    python benchmarks/bench_cluster.py [--documents 5000]

Writes `--documents` distinct articles (the bundled corpora, each copy with its
own closing line), reads them once, then times cleaning (`zopa.distributed.clean_on`)
and extraction (`zopa.extract_many`) in this process and on LocalClusters of 1
and 2 worker processes (one thread each), checking that every run gives the
same documents and statements. Writes `benchmarks/results/cluster.json` and the
`<!-- cluster -->` section of BENCHMARKS.md.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results" / "cluster.json"
sys.path.insert(0, str(ROOT / "benchmarks"))

from soak_kill import write_corpus  # noqa: E402
from _sections import save_results


def run(documents: int) -> dict:
    from zopa.codebook import load_codebook
    from zopa.distributed import clean_on, cluster_client, extract_many
    from zopa.extract import extract_document
    from zopa.ingest.pipeline import clean_item
    from zopa.ingest.sources import read_sources
    from zopa.records import Document
    from zopa.settings import load_settings

    settings, codebook = load_settings(), load_codebook()
    with tempfile.TemporaryDirectory() as tmp:
        folder = write_corpus(Path(tmp), documents, 1)[0]
        raws = list(read_sources([str(folder)], settings))
    timings: dict[str, dict[str, float]] = {}

    t0 = time.perf_counter()
    docs = [d for d in (clean_item(r, settings) for r in raws) if isinstance(d, Document)]
    t1 = time.perf_counter()
    statements = {d.id: extract_document(d, codebook) for d in docs}
    t2 = time.perf_counter()
    timings["single process"] = {"clean_s": round(t1 - t0, 2), "extract_s": round(t2 - t1, 2)}
    for workers in (1, 2):
        with cluster_client(f"local:{workers}") as client:
            client.submit(sum, [1]).result()                       # workers up before timing
            t0 = time.perf_counter()
            cluster_docs = [d for d in clean_on(client, raws, settings) if isinstance(d, Document)]
            t1 = time.perf_counter()
            cluster_statements = extract_many(cluster_docs, codebook, client=client, partition_size=100)
            t2 = time.perf_counter()
        if cluster_docs != docs or cluster_statements != statements:
            raise SystemExit(f"{workers} worker(s): results differ from the single-process run")
        timings[f"{workers} worker(s)"] = {"clean_s": round(t1 - t0, 2), "extract_s": round(t2 - t1, 2)}
    one, two = timings["1 worker(s)"], timings["2 worker(s)"]
    total = {k: v["clean_s"] + v["extract_s"] for k, v in timings.items()}
    return {"documents": len(docs), "statements": sum(map(len, statements.values())), "timings": timings,
            "speedup_2_over_1": round(total["1 worker(s)"] / total["2 worker(s)"], 2),
            "clean_speedup_2_over_1": round(one["clean_s"] / two["clean_s"], 2),
            "extract_speedup_2_over_1": round(one["extract_s"] / two["extract_s"], 2),
            "cpus": os.cpu_count(), "python": platform.python_version()}


def write_markdown(result: dict, command: str) -> None:
    lines = ["## Dask scale-out (LocalCluster)", "",
             f"`{command}` — {result['documents']} distinct documents, {result['statements']} statements; every run "
             f"gives the same documents and statements. Machine: {result['cpus']} CPUs, shared with other jobs.", "",
             "| run | clean (s) | extract (s) |", "|---|---|---|"]
    lines += [f"| {k} | {v['clean_s']} | {v['extract_s']} |" for k, v in result["timings"].items()]
    lines += ["", f"2 workers over 1: {result['speedup_2_over_1']}× (cleaning {result['clean_speedup_2_over_1']}×, "
              f"extraction {result['extract_speedup_2_over_1']}×). Figures: `benchmarks/results/cluster.json`."]
    md = (ROOT / "BENCHMARKS.md").read_text()
    if "<!-- cluster -->" not in md:
        md += "\n<!-- cluster -->\n<!-- /cluster -->\n"
    start, end = md.index("<!-- cluster -->") + len("<!-- cluster -->"), md.index("<!-- /cluster -->")
    (ROOT / "BENCHMARKS.md").write_text(md[:start] + "\n" + "\n".join(lines) + "\n" + md[end:])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=5000)
    args = parser.parse_args()
    result = run(args.documents)
    save_results(RESULTS, result)
    write_markdown(result, "python benchmarks/bench_cluster.py")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
