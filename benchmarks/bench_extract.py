"""Extraction speed on the dev corpus against spaCy's blank English tokenizer + sentencizer.

    python benchmarks/bench_extract.py

Both passes run over the same texts (the dev corpus, cleaned by ingest when it
is available) in the same process on one core; the figures go to
benchmarks/results/extract.json and the `extract` section of BENCHMARKS.md.
"""
from __future__ import annotations

import json
import os
import platform
import re
import statistics
import time
from pathlib import Path

from zopa.codebook import load_codebook
from zopa.evaluate import _load_documents, evaluate_paths
from zopa.extract import EXTRACTOR_VERSION, extract_document

ROOT = Path(__file__).resolve().parent.parent
REPEATS = 20


def _time(fn, items, repeats: int) -> float:
    """Best-of-`repeats` seconds for one pass over items."""
    runs = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        for item in items:
            fn(item)
        runs.append(time.perf_counter() - t0)
    return min(runs), statistics.median(runs)


def main() -> dict:
    import spacy

    docs, _ = _load_documents([ROOT / "data" / "corpus" / "dev"])
    cb = load_codebook()
    extract_document(docs[0], cb)                       # compile the rules once
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    texts = [d.text for d in docs]
    nlp(texts[0])
    best_x, med_x = _time(lambda d: extract_document(d, cb), docs, REPEATS)
    best_s, med_s = _time(lambda t: list(nlp(t).sents), texts, REPEATS)
    n = len(docs)
    result = {
        "command": "python benchmarks/bench_extract.py",
        "extractor_version": EXTRACTOR_VERSION,
        "documents": n,
        "characters": sum(map(len, texts)),
        "repeats": REPEATS,
        "extract_docs_per_s": round(n / best_x, 1),
        "extract_docs_per_s_median": round(n / med_x, 1),
        "spacy_blank_sentencizer_docs_per_s": round(n / best_s, 1),
        "spacy_version": spacy.__version__,
        "ratio_extract_time_to_spacy_time": round(best_x / best_s, 2),
        "python": platform.python_version(),
        "load_average_1min": round(os.getloadavg()[0], 2),
        "accuracy": _accuracy(cb),
    }
    out = ROOT / "benchmarks" / "results" / "extract.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    _write_section(result)
    return result


def _accuracy(cb) -> dict:
    """Gold scores of the same extractor (seeds, dev, and the dev1/dev2 halves)."""
    data = ROOT / "data"
    out = {}
    for name, gold, paths in (
        ("seeds", "seeds", [data / "corpus" / "seeds"]),
        ("dev", "dev", [data / "corpus" / "dev"]),
        ("dev1", "dev", sorted((data / "corpus" / "dev").glob("dev1_*"))),
        ("dev2", "dev", sorted((data / "corpus" / "dev").glob("dev2_*"))),
    ):
        d = evaluate_paths(paths, data / "gold" / f"{gold}.statements.jsonl", codebook=cb).to_dict()
        out[name] = {"triple_f1": d["triples"]["f1"], "pair_f1": d["pairs"]["f1"],
                     "triple_precision": d["triples"]["precision"], "triple_recall": d["triples"]["recall"],
                     "value_mae": d["value_mae"], "evidence_hit_rate": d["evidence_hit_rate"]}
    return out


def _write_section(r: dict) -> None:
    path = ROOT / "BENCHMARKS.md"
    body = (
        "## Extraction (rules mode)\n\n"
        "`python benchmarks/bench_extract.py` — one core, best of "
        f"{r['repeats']} passes over the {r['documents']} dev documents ({r['characters']:,} characters).\n\n"
        "| pass | documents/s |\n|---|---|\n"
        f"| `extract_document` ({r['extractor_version']}) | {r['extract_docs_per_s']} |\n"
        f"| spaCy {r['spacy_version']} `blank('en')` + sentencizer (baseline) | {r['spacy_blank_sentencizer_docs_per_s']} |\n\n"
        f"Full extraction takes {r['ratio_extract_time_to_spacy_time']}× the time spaCy needs only to tokenise "
        f"and split sentences (1-minute load average during the run: {r['load_average_1min']}).\n\n"
        "Accuracy against gold in the same run (`zopa eval`; documents cleaned by ingest):\n\n"
        "| set | triple P | triple R | triple F1 | pair F1 | value MAE | evidence hit |\n|---|---|---|---|---|---|---|\n"
        + "".join(f"| {k} | {v['triple_precision']} | {v['triple_recall']} | {v['triple_f1']} | {v['pair_f1']} | "
                  f"{v['value_mae']} | {v['evidence_hit_rate']} |\n" for k, v in r["accuracy"].items())
        + "\nThe rules were written while reading these same gold sets (the seeds and both halves of the "
        "development corpus), so these figures measure the rules' fit to them, not how they generalise: no "
        "held-out set was scored. Of the two halves, dev2 was read less closely.\n"
        "\nFigures: `benchmarks/results/extract.json`.\n"
    )
    text = path.read_text(encoding="utf-8")
    new = re.sub(r"<!-- extract -->.*?<!-- /extract -->", lambda _: f"<!-- extract -->\n{body}<!-- /extract -->",
                 text, flags=re.S)
    path.write_text(new, encoding="utf-8")


if __name__ == "__main__":
    print(json.dumps(main(), indent=2))
