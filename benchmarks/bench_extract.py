"""Extraction: accuracy on every gold set, speed against two spaCy baselines, memory on 10,000 documents.

    python benchmarks/bench_extract.py [--rss-docs 10000] [--repeats 3]

Accuracy: `zopa eval` figures for the bundled seeds and development gold and,
when `../shared/corpus/news` is present (its texts are not in the repository),
for the real-news slices a–c (read while writing rules), d–e (held out: scored,
never read) and all five together.

Speed, one core, the same texts in the same run (the dev corpus and, where
present, the real-news excerpts, cleaned by ingest):
  - zopa `extract_document` (parses only the sentences that name an issue);
  - (a) the full spaCy pipeline as installed (every component it enables by default, named entities
    included) over all the text, and (a') the parse layer's own components over all the text;
  - (b) spaCy's blank English tokenizer + sentencizer.

Memory: peak RSS of a fresh process that extracts 10,000 documents (the same
texts cycled), measured with `resource.getrusage`.

Figures go to benchmarks/results/extract.json and the `extract` section of BENCHMARKS.md.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from _sections import write_section
from zopa.codebook import load_codebook
from zopa.evaluate import _load_documents, evaluate_paths
from zopa.extract import EXTRACTOR_VERSION, extract_document
from zopa.extract.parse import load_parser, model_name

ROOT = Path(__file__).resolve().parent.parent
NEWS = ROOT.parent / "shared" / "corpus" / "news"
NEWS_GOLD = ROOT.parent / "shared" / "gold" / "news.statements.jsonl"


def _time(fn, items, repeats: int) -> tuple[float, float]:
    """Best and median seconds of `repeats` passes over items."""
    runs = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        for item in items:
            fn(item)
        runs.append(time.perf_counter() - t0)
    return min(runs), statistics.median(runs)


def _sets() -> list[tuple[str, list[Path], Path, str]]:
    data = ROOT / "data"
    sets = [
        ("seeds", [data / "corpus" / "seeds"], data / "gold" / "seeds.statements.jsonl", "read while writing rules"),
        ("dev", [data / "corpus" / "dev"], data / "gold" / "dev.statements.jsonl", "read while writing rules"),
    ]
    if NEWS.is_dir() and NEWS_GOLD.is_file():
        sets += [
            ("news a–c", [NEWS / s for s in "abc"], NEWS_GOLD, "read while writing rules"),
            ("news d–e", [NEWS / s for s in "de"], NEWS_GOLD, "held out: scored, not read"),
            ("news all", [NEWS / s for s in "abcde"], NEWS_GOLD, "both"),
        ]
    return sets


def _accuracy(cb) -> dict:
    out = {}
    for name, paths, gold, use in _sets():
        d = evaluate_paths(paths, gold, codebook=cb).to_dict()
        out[name] = {"use": use, "triple_precision": d["triples"]["precision"], "triple_recall": d["triples"]["recall"],
                     "triple_f1": d["triples"]["f1"], "pair_f1": d["pairs"]["f1"], "value_mae": d["value_mae"],
                     "evidence_hit_rate": d["evidence_hit_rate"]}
    return out


def _speed(cb, repeats: int) -> dict:
    import spacy

    paths = [ROOT / "data" / "corpus" / "dev"] + ([NEWS] if NEWS.is_dir() else [])
    docs, _ = _load_documents(paths)
    texts = [d.text for d in docs]
    shipped = spacy.load(model_name())
    full = load_parser()
    blank = spacy.blank("en")
    blank.add_pipe("sentencizer")
    extract_document(docs[0], cb)
    list(full.pipe(texts[:2]))
    list(shipped.pipe(texts[:2]))
    blank(texts[0])
    best_x, med_x = _time(lambda d: extract_document(d, cb), docs, repeats)
    best_s, med_s = _time(lambda t: shipped(t), texts, repeats)
    best_f, med_f = _time(lambda t: full(t), texts, repeats)
    best_b, med_b = _time(lambda t: list(blank(t).sents), texts, repeats)
    n = len(docs)
    return {
        "documents": n, "characters": sum(map(len, texts)), "repeats": repeats,
        "corpora": ["data/corpus/dev"] + (["../shared/corpus/news"] if NEWS.is_dir() else []),
        "extract_docs_per_s": round(n / best_x, 2), "extract_docs_per_s_median": round(n / med_x, 2),
        "spacy_shipped_components": list(shipped.pipe_names),
        "spacy_shipped_docs_per_s": round(n / best_s, 2), "spacy_shipped_docs_per_s_median": round(n / med_s, 2),
        "spacy_full_docs_per_s": round(n / best_f, 2), "spacy_full_docs_per_s_median": round(n / med_f, 2),
        "spacy_blank_docs_per_s": round(n / best_b, 2),
        "speedup_vs_shipped_pipeline": round(best_s / best_x, 2),
        "speedup_vs_full_pipeline": round(best_f / best_x, 2),
        "time_vs_blank_sentencizer": round(best_x / best_b, 2),
    }


def _rss_child(n: int) -> None:
    """Run in a fresh process: extract n documents (the bundled texts cycled) and print peak RSS."""
    cb = load_codebook()
    docs, _ = _load_documents([ROOT / "data" / "corpus" / "dev", ROOT / "data" / "corpus" / "seeds"])
    statements = 0
    t0 = time.perf_counter()
    for i in range(n):
        statements += len(extract_document(docs[i % len(docs)], cb))
    seconds = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"documents": n, "statements": statements, "seconds": round(seconds, 1), "peak_rss_mb": round(peak_mb, 1)}))


def _rss(n: int) -> dict:
    out = subprocess.run([sys.executable, __file__, "--rss-child", str(n)], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--rss-docs", type=int, default=10_000)
    ap.add_argument("--rss-child", type=int, default=0, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.rss_child:
        _rss_child(args.rss_child)
        return {}
    import spacy

    cb = load_codebook()
    result = {
        "command": "python benchmarks/bench_extract.py",
        "extractor_version": EXTRACTOR_VERSION,
        "spacy_version": spacy.__version__,
        "spacy_model": model_name(),
        "python": platform.python_version(),
        "accuracy": _accuracy(cb),
        "speed": _speed(cb, args.repeats),
        "memory": _rss(args.rss_docs) if args.rss_docs else None,
        "load_average_1min": round(os.getloadavg()[0], 2),
    }
    if not NEWS.is_dir():
        result["news_skipped"] = f"{NEWS} is absent: the real-news texts are not part of the repository"
    out = ROOT / "benchmarks" / "results" / "extract.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    _write_section(result)
    return result


def _write_section(r: dict) -> None:
    s, m = r["speed"], r["memory"]
    body = (
        "## Extraction\n\n"
        f"Command: `python benchmarks/bench_extract.py` ({r['extractor_version']}, spaCy {r['spacy_version']}, "
        f"pipeline `{r['spacy_model']}`; one core; 1-minute load average at the end of the run: {r['load_average_1min']}).\n\n"
        "Accuracy (`zopa eval`, documents cleaned by ingest):\n\n"
        "| set | use while writing rules | triple P | triple R | triple F1 | pair F1 | value MAE | evidence hit |\n"
        "|---|---|---|---|---|---|---|---|\n"
        + "".join(f"| {k} | {v['use']} | {v['triple_precision']} | {v['triple_recall']} | **{v['triple_f1']}** | "
                  f"{v['pair_f1']} | {v['value_mae']} | {v['evidence_hit_rate']} |\n" for k, v in r["accuracy"].items())
        + ("\n" + r["news_skipped"] + ".\n" if "news_skipped" in r else "")
        + f"\nSpeed, best of {s['repeats']} passes over the same {s['documents']} texts ({s['characters']:,} characters: "
        + ", ".join(f"`{c}`" for c in s["corpora"]) + "):\n\n"
        "| pass | documents/s (best) | documents/s (median) |\n|---|---|---|\n"
        f"| zopa `extract_document` (parses only sentences that name an issue and an actor or a pronoun) | {s['extract_docs_per_s']} | {s['extract_docs_per_s_median']} |\n"
        f"| (a) the full spaCy pipeline as installed ({', '.join(s['spacy_shipped_components'])}) over all the text | {s['spacy_shipped_docs_per_s']} | {s['spacy_shipped_docs_per_s_median']} |\n"
        f"| (a') the parse layer's own components over all the text | {s['spacy_full_docs_per_s']} | {s['spacy_full_docs_per_s_median']} |\n"
        f"| (b) spaCy `blank('en')` + sentencizer | {s['spacy_blank_docs_per_s']} | |\n\n"
        f"Extraction runs {s['speedup_vs_shipped_pipeline']}× as fast as (a) (target ≥ 1.5×: "
        f"{'met' if s['speedup_vs_shipped_pipeline'] >= 1.5 else 'not met'}), {s['speedup_vs_full_pipeline']}× as fast "
        f"as (a'), which leaves out what extraction does not use as well and differs from it only in parsing "
        f"every sentence; it takes {s['time_vs_blank_sentencizer']}× the time of (b).\n"
        + (f"\nMemory: a fresh process extracting {m['documents']:,} documents ({m['statements']:,} statements, "
           f"{m['seconds']} s) peaked at **{m['peak_rss_mb']} MB** RSS.\n" if m else "")
        + "\nFigures: `benchmarks/results/extract.json`.\n"
    )
    write_section("extract", body)


if __name__ == "__main__":
    figures = main()
    if figures:
        print(json.dumps(figures, indent=2, ensure_ascii=False))
