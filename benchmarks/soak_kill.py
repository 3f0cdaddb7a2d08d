"""Kill-point soak: SIGKILL `zopa ingest` and `zopa extract` at random moments, resume, check the store.

    python benchmarks/soak_kill.py [--kills 100] [--documents 300] [--seed 12] [--db URL]

Writes a few hundred distinct articles (the bundled corpora, each copy with its
own closing line) into batch folders. Then, `--kills` times: runs `zopa ingest`
on the next batch or `zopa extract` on the store, sends SIGKILL after a random
(seeded) delay within the command's usual run time, resumes with the same
command and checks the store:

- SQLite `PRAGMA integrity_check` is "ok" (PostgreSQL: the queries below run);
- the documents are exactly the distinct inputs ingested so far;
- no statement is stored twice (same document, actor, issue, stance and span);
- every analyst correction made after the first extraction is still there and
  still in effect (a corrected value, an added statement, a withdrawal).

At the end the store is compared with a clean, uninterrupted run over the same
inputs (same document ids, same statements). Writes
`benchmarks/results/soak_kill.json` and the `<!-- soak_kill -->` section of
BENCHMARKS.md; exits 1 if any check failed. The test suite runs a short form
(`tests/core/test_kill_points.py`).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from _sections import save_results, write_section

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results" / "soak_kill.json"
CORPORA = (ROOT / "data" / "corpus" / "seeds", ROOT / "data" / "corpus" / "dev")


def write_corpus(folder: Path, documents: int, batches: int) -> list[Path]:
    """`documents` distinct .txt articles split over `batches` folders; return the folders."""
    sources = sorted(p for corpus in CORPORA for p in corpus.glob("*.txt"))
    dirs = [folder / f"batch{b:03d}" for b in range(batches)]
    for d in dirs:
        d.mkdir(parents=True)
    for n in range(documents):
        src = sources[n % len(sources)]
        text = src.read_text(encoding="utf-8").rstrip() + f"\n\nDesk note {n}: copy {n // len(sources)} of this report.\n"
        (dirs[n % batches] / f"{n:05d}-{src.name}").write_text(text, encoding="utf-8")
    return dirs


@dataclass
class Soak:
    """A store under kill-and-resume, and what has been checked."""

    db: str
    rng: random.Random
    timeout: float = 600
    ingested: list[Path] = field(default_factory=list)
    durations: dict[str, float] = field(default_factory=lambda: {"ingest": 4.0, "extract": 4.0})
    corrections: dict[str, object] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=lambda: {"kills": 0, "finished_before_kill": 0, "checks": 0})
    failures: list[str] = field(default_factory=list)

    def command(self, kind: str, batch: Path | None = None) -> list[str]:
        args = ["ingest", str(batch), "--no-progress"] if kind == "ingest" else ["extract"]
        return [sys.executable, "-m", "zopa", *args, "--db", self.db]

    def kill_and_resume(self, kind: str, batch: Path | None = None) -> None:
        """Start the command, SIGKILL it at a random moment, run it again to the end, check the store."""
        cmd = self.command(kind, batch)
        delay = self.rng.uniform(0.05, self.durations[kind])
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        try:
            proc.wait(timeout=delay)
            self.counts["finished_before_kill"] += 1
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            self.counts["kills"] += 1
        t0 = time.monotonic()
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=self.timeout)
        self.durations[kind] = max(0.5, time.monotonic() - t0)
        if done.returncode != 0:
            self.failures.append(f"{kind} resume exited {done.returncode}: {done.stderr[-500:]}")
        if kind == "ingest" and batch not in self.ingested:
            self.ingested.append(batch)
        self.check(f"after {kind} {'of ' + batch.name if batch else ''}".strip())

    def check(self, when: str) -> None:
        from zopa.store import Store

        self.counts["checks"] += 1
        if self.db.startswith("sqlite"):
            with sqlite3.connect(self.db.split("///", 1)[1]) as conn:
                verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
            if verdict != "ok":
                self.failures.append(f"{when}: integrity_check says {verdict}")
        expected = sorted(p.name for b in self.ingested for p in b.glob("*.txt"))
        with Store(self.db) as store:
            names = sorted(d.name for d in store.documents())
            if names != expected:
                self.failures.append(f"{when}: {len(names)} documents stored, {len(expected)} distinct inputs")
            statements = store.statements()
            spans = [(s.doc_id, s.actor, s.issue, s.stance, s.start, s.end) for s in statements]
            if len(spans) != len(set(spans)):
                self.failures.append(f"{when}: {len(spans) - len(set(spans))} duplicate statement(s)")
            self._check_corrections(store, when)

    def correct(self) -> None:
        """Analyst work the kills must not lose: a corrected value, an added statement, a withdrawal."""
        from zopa.store import Store

        with Store(self.db) as store:
            machine = [s for s in store.statements(origin="machine") if s.value is not None]
            first, second = machine[0], machine[len(machine) // 2]
            value = 7.0 if first.value != 7.0 else 8.0
            store.correct_statement(first.id, who="soak", note="kill-point soak", value=value)
            store.delete_statement(second.id, who="soak", note="kill-point soak")
            stance = next(x for x in store.codebook.stances if x != first.stance)
            added = store.add_quoted_statement(first.doc_id, first.quote, actor=first.actor, issue=first.issue,
                                               stance=stance, who="soak")
            self.corrections = {"corrected": (first.id, value), "deleted": second.id, "added": added.id}

    def _check_corrections(self, store, when: str) -> None:  # type: ignore[no-untyped-def]
        if not self.corrections:
            return
        by_id = {s.id: s for s in store.statements()}
        corrected_id, value = self.corrections["corrected"]  # type: ignore[misc]
        if by_id.get(corrected_id) is None or by_id[corrected_id].value != value:
            self.failures.append(f"{when}: the corrected value of {corrected_id} is lost")
        if self.corrections["deleted"] in by_id:
            self.failures.append(f"{when}: withdrawn statement {self.corrections['deleted']} is back")
        if self.corrections["added"] not in by_id:
            self.failures.append(f"{when}: the analyst's statement {self.corrections['added']} is lost")
        if len([c for c in store.corrections() if c.who == "soak"]) != 3:
            self.failures.append(f"{when}: the audit trail does not hold the 3 corrections")


def run_soak(db: str, workdir: Path, kills: int, documents: int, seed: int) -> dict:
    """Kill `kills` times (ingest of each batch, then extraction), resume, check; compare with a clean run."""
    batches = write_corpus(workdir / "corpus", documents, max(2, min(kills // 2, 20)))
    soak = Soak(db=db, rng=random.Random(seed))
    t0 = time.monotonic()
    n = 0
    while soak.counts["kills"] < kills and n < 3 * kills:     # a command may finish before its kill moment
        n += 1
        pending = [b for b in batches if b not in soak.ingested]
        if pending and (n % 2 == 1 or not soak.ingested):
            soak.kill_and_resume("ingest", pending[0])
        else:
            soak.kill_and_resume("extract")
            if not soak.corrections:
                soak.correct()
                soak.check("after the analyst's corrections")
    for batch in [b for b in batches if b not in soak.ingested]:
        soak.kill_and_resume("ingest", batch)
    soak.kill_and_resume("extract")
    clean = compare_with_clean_run(db, workdir, batches, {str(soak.corrections.get("deleted"))})
    if clean:
        soak.failures.append(clean)
    return {"kills": soak.counts["kills"], "finished_before_kill": soak.counts["finished_before_kill"],
            "checks": soak.counts["checks"], "documents": documents, "batches": len(batches), "seed": seed,
            "failures": soak.failures, "seconds": round(time.monotonic() - t0, 1),
            "store": db.split(":", 1)[0]}


def compare_with_clean_run(db: str, workdir: Path, batches: list[Path], withdrawn: set[str]) -> str | None:
    """None when the soaked store holds the documents and machine statements of an uninterrupted run
    (less the statements the analyst withdrew)."""
    from zopa.store import Store

    clean = f"sqlite:///{workdir / 'clean.db'}"
    for batch in batches:
        subprocess.run([sys.executable, "-m", "zopa", "ingest", str(batch), "--no-progress", "--db", clean],
                       check=True, capture_output=True)
    subprocess.run([sys.executable, "-m", "zopa", "extract", "--db", clean], check=True, capture_output=True)

    def contents(url: str) -> tuple[list[tuple], list[str]]:
        with Store(url) as store:
            docs = sorted((d.id, d.content_hash) for d in store.documents())
            machine = sorted(s.id for s in store.statements() if s.origin != "analyst")
        return docs, machine

    soaked, reference = contents(db), contents(clean)
    if soaked[0] != reference[0]:
        return "the documents differ from an uninterrupted run"
    expected = sorted(set(reference[1]) - withdrawn)
    if soaked[1] != expected:
        return (f"{len(set(expected) - set(soaked[1]))} statements of an uninterrupted run are missing, "
                f"{len(set(soaked[1]) - set(expected))} are extra")
    return None


def write_markdown(result: dict, command: str) -> None:
    lines = ["## Kill points (SIGKILL during ingest and extract)", "",
             f"`{command}` — {result['documents']} distinct documents in {result['batches']} batches, "
             f"{result['store']} store, seed {result['seed']}: {result['kills']} SIGKILLs mid-run "
             f"({result['finished_before_kill']} more commands finished before their kill moment), each followed by "
             f"the same command run to the end; {result['checks']} store checks "
             f"({'SQLite integrity_check, ' if result['store'] == 'sqlite' else ''}documents = distinct "
             "inputs, no duplicate statement, the analyst's corrected value, added statement and withdrawal in "
             f"effect, 3 audit entries), then a comparison with an uninterrupted run. Failures: "
             f"{len(result['failures'])}. Wall time {result['seconds']} s. Figures: `benchmarks/results/soak_kill*.json`."]
    name = "soak_kill" if result["store"] == "sqlite" else f"soak_kill_{result['store'].split('+')[0]}"
    if name != "soak_kill":
        lines[0] += " on PostgreSQL"
    write_section(name, "\n".join(lines) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=100)
    parser.add_argument("--documents", type=int, default=300)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--db", help="store URL (default: a new SQLite file); a PostgreSQL URL must name an empty database")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or f"sqlite:///{Path(tmp) / 'soak.db'}"
        result = run_soak(db, Path(tmp), args.kills, args.documents, args.seed)
    results = RESULTS if result["store"] == "sqlite" else RESULTS.with_name("soak_kill_postgresql.json")
    save_results(results, result)
    given = [f"--kills {args.kills}"] if args.kills != 100 else []
    given += ["--db postgresql+psycopg://…/EMPTY_DATABASE"] if args.db and not args.db.startswith("sqlite") else []
    write_markdown(result, " ".join(["python benchmarks/soak_kill.py", *given]))
    print(json.dumps(result, indent=2))
    sys.exit(1 if result["failures"] else 0)


if __name__ == "__main__":
    main()
