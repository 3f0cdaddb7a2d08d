"""Extraction speed on the dev corpus against spaCy's blank English tokenizer + sentencizer.

    /work/venv/bin/python benchmarks/bench_extract.py

Both passes run over the same texts (the dev corpus, cleaned by ingest when it
is available) in the same process on one core; the figures go to
benchmarks/results/extract.json and the `extract` section of BENCHMARKS.md.
"""
from __future__ import annotations

import json
import platform
import re
import statistics
import time
from pathlib import Path

from zopa.codebook import load_codebook
from zopa.evaluate import _load_documents
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
    }
    out = ROOT / "benchmarks" / "results" / "extract.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    _write_section(result)
    return result


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
        "and split sentences. Figures: `benchmarks/results/extract.json`.\n"
    )
    text = path.read_text(encoding="utf-8")
    new = re.sub(r"<!-- extract -->.*?<!-- /extract -->", lambda _: f"<!-- extract -->\n{body}<!-- /extract -->",
                 text, flags=re.S)
    path.write_text(new, encoding="utf-8")


if __name__ == "__main__":
    print(json.dumps(main(), indent=2))
