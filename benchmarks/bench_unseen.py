"""How often the extractor is right on real news its rules were not written reading.

    python benchmarks/bench_unseen.py [--commit REV] [--news DIR]

A set's share of right statements is optimistic once the rules have been
written reading it: the rules fit it. News slices a–c were read while the
rules were written, but only from a known commit on; the extractor of the
last commit before that (`--commit`, default `UNREAD_COMMIT`) never saw them.
This script checks that commit's `src` out of git into a temporary folder,
runs its extractor (with its own codebook) over slices a–c in a subprocess,
and counts, per statement, whether its (actor, issue, stance) is in the gold;
the current extractor is scored on the same documents in the same run. The
share right then is the level `zopa calibrate --unseen-share` sets the
calibrator to (see `zopa.review.calibration`). Slices d–e are not read.

Needs the repository's git history. The news texts are read from `--news`
and never copied. Writes benchmarks/results/unseen.json and the `unseen`
section of BENCHMARKS.md.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from _sections import save_results, write_section

ROOT = Path(__file__).resolve().parent.parent
NEWS = ROOT.parent / "shared" / "corpus" / "news"
GOLD = ROOT.parent / "shared" / "gold" / "news.statements.jsonl"
# the last commit whose rules were written without reading any real-news text (rules-0.2)
UNREAD_COMMIT = "2fb0b49"
SLICES = ("a", "b", "c")

# run inside the checked-out source: only the API every version has
WORKER = r"""
import json, sys
from collections import defaultdict
from zopa.codebook import load_codebook
from zopa.extract.pipeline import EXTRACTOR_VERSION, extract_document
from zopa.ingest import load_documents
news, gold_path, slices = sys.argv[1], sys.argv[2], sys.argv[3].split(",")
gold = defaultdict(set)
for line in open(gold_path, encoding="utf-8"):
    if line.strip():
        g = json.loads(line)
        gold[g["doc"]].add((g["actor"], g["issue"], g["stance"]))
cb = load_codebook()
out = {"version": EXTRACTOR_VERSION, "slices": {}}
for s in slices:
    loaded = load_documents([f"{news}/{s}"])
    docs = loaded[0] if isinstance(loaded, tuple) else loaded
    right = [(st.actor, st.issue, st.stance) in gold[d.name] for d in docs for st in extract_document(d, cb)]
    out["slices"][s] = {"documents": len(docs), "statements": len(right), "right": sum(right)}
print(json.dumps(out))
"""


def _score(src: Path, news: Path) -> dict:
    env = {**os.environ, "PYTHONPATH": str(src)}
    res = subprocess.run([sys.executable, "-c", WORKER, str(news), str(GOLD), ",".join(SLICES)],
                         env=env, capture_output=True, text=True, check=True)
    return json.loads(res.stdout.strip().splitlines()[-1])


def _share(run: dict) -> float:
    n = sum(v["statements"] for v in run["slices"].values())
    return sum(v["right"] for v in run["slices"].values()) / n if n else float("nan")


def main() -> dict:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--commit", default=UNREAD_COMMIT)
    ap.add_argument("--news", type=Path, default=NEWS)
    args = ap.parse_args()
    if not (args.news.is_dir() and GOLD.is_file()):
        raise SystemExit(f"the real-news texts ({args.news}) or gold ({GOLD}) are missing")
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", args.commit, "src"], capture_output=True,
                                 check=True).stdout
        subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
        before = _score(Path(tmp) / "src", args.news)
    now = _score(ROOT / "src", args.news)
    result = {"commit": args.commit, "unread": before, "current": now,
              "unread_share": round(_share(before), 4), "current_share": round(_share(now), 4)}
    save_results(ROOT / "benchmarks" / "results" / "unseen.json", result)
    rows = ["| slice | extractor | statements | right | share right |", "|---|---|---:|---:|---:|"]
    for label, run in (("before reading them", before), ("now", now)):
        for s, v in run["slices"].items():
            rows.append(f"| {s} | {run['version']} ({label}) | {v['statements']} | {v['right']} | "
                        f"{v['right'] / max(1, v['statements']):.3f} |")
    body = (f"## Share right on news the rules were not written reading\n\n"
            f"`python benchmarks/bench_unseen.py` — news slices a–c, by the extractor of commit {args.commit} "
            f"(the last written without reading any real-news text) and by the current one; a statement is right when "
            f"its (actor, issue, stance) is in the gold.\n\n" + "\n".join(rows) + "\n\n"
            f"Share right over a–c: **{result['unread_share']:.3f}** before the rules read them, "
            f"{result['current_share']:.3f} now. The first is the level `zopa calibrate --unseen-share` gives the "
            f"calibrator; the second is what fitting on a–c alone would give. Figures: "
            f"`benchmarks/results/unseen.json`.\n\n")
    write_section("unseen", body)
    print(json.dumps(result, indent=1))
    return result


if __name__ == "__main__":
    main()
