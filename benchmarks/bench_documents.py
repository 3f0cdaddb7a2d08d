"""Document checks (title, date, original source, must-drop, must-keep) on every gold set.

    python benchmarks/bench_documents.py [--news ../shared/corpus/news] [--news-gold data/gold/news.documents.jsonl]

Scores `zopa.evaluate.evaluate_documents` on the bundled seeds and dev sets,
and, where the real-news texts are present, on them twice: as found (plain
page dumps) and with a front-matter block made from the set's `meta.json`
(url, title and date where known) written above each text in a temporary
folder. The plain-text target is judged without the original-source checks
whose answer is only the site itself, which a text without its URL cannot
show; the front-matter target on every check (`TARGETS`). Also counts how often title, date and outlet were taken from the
front matter when it gave them. The real-news texts are never copied into
the repository.

Writes benchmarks/results/documents.json and the documents section of BENCHMARKS.md.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results" / "documents.json"
MARK_START, MARK_END = "<!-- documents -->", "<!-- /documents -->"
COMMAND = "python benchmarks/bench_documents.py"
HELD_OUT = ("d_", "e_")
KNOWABLE = "news plain, sources other than the site itself"
# (row the target is judged on, floor, what it covers)
TARGETS = [(KNOWABLE, 0.85, "plain text as found, every check but an original source that is only the site itself "
                            "(a text without its URL cannot show it)"),
           ("news front matter", 0.95, "the same texts with front matter (url, title, date), every check"),
           ("seeds", 1.0, "bundled seeds"), ("dev", 1.0, "bundled dev")]


def front_matter(meta: dict) -> str:  # type: ignore[type-arg]
    """A YAML front-matter block from one meta.json entry (known values only)."""
    import yaml

    fields = {k: meta[k] for k in ("title", "url", "date") if meta.get(k)}
    return "---\n" + yaml.safe_dump(fields, allow_unicode=True, sort_keys=False) + "---\n"


def write_variant(news: Path, target: Path) -> list[dict]:  # type: ignore[type-arg]
    """Each news text with front matter above it, under `target`; returns the meta entries used."""
    metas = json.loads((news / "meta.json").read_text(encoding="utf-8"))
    used = []
    for meta in metas:
        src = news / meta["slice"] / meta["doc"]
        if src.exists():
            out = target / meta["slice"] / meta["doc"]
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(front_matter(meta) + src.read_text(encoding="utf-8"), encoding="utf-8")
            used.append(meta)
    return used


def _score(paths: list[Path], gold: Path, names: set[str] | None = None) -> dict:  # type: ignore[type-arg]
    from zopa.evaluate import _document_checks
    from zopa.ingest import load_documents

    docs, _ = load_documents([str(p) for p in paths])
    if names is not None:
        docs = [d for d in docs if d.name in names]
    return _document_checks(docs, gold)


def _obeyed(paths: list[Path], metas: list[dict]) -> dict:  # type: ignore[type-arg]
    """How often a front-matter title, date and URL site became the document's title, date and outlet."""
    from zopa.ingest import load_documents
    from zopa.ingest.metadata import url_host

    docs = {d.name: d for d in load_documents([str(p) for p in paths])[0]}
    hits = total = 0
    for meta in metas:
        doc = docs.get(meta["doc"])
        wanted = [(meta.get("title"), doc and doc.title), (meta.get("date"), doc and doc.published and doc.published.isoformat()),
                  (url_host(meta.get("url")), doc and doc.outlet)]
        for want, got in wanted:
            if want:
                total += 1
                hits += want == got
    return {"taken": hits, "given": total}


def _without_site_sources(gold: Path, news: Path, out: Path) -> Path:
    """The gold file without the original-source checks whose answer is only the site
    itself (known from the URL, which a plain text does not carry)."""
    from zopa.ingest import same_source
    from zopa.ingest.metadata import url_host

    site = {m["doc"]: (m.get("source"), url_host(m.get("url"))) for m in json.loads((news / "meta.json").read_text(encoding="utf-8"))}
    rows = []
    for line in gold.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            if any(same_source(row.get("original_source"), s) for s in site.get(row["doc"], ()) if s):
                row.pop("original_source")
            rows.append(json.dumps(row))
    out.write_text("\n".join(rows), encoding="utf-8")
    return out


def _split(gold: Path) -> tuple[set[str], set[str]]:
    names = {json.loads(line)["doc"] for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()}
    return {n for n in names if not n.startswith(HELD_OUT)}, {n for n in names if n.startswith(HELD_OUT)}


def run(news: Path, news_gold: Path) -> dict:  # type: ignore[type-arg]
    data, gold = ROOT / "data" / "corpus", ROOT / "data" / "gold"
    res: dict = {"seeds": _score([data / "seeds"], gold / "seeds.documents.jsonl"),  # type: ignore[type-arg]
                 "dev": _score([data / "dev"], gold / "dev.documents.jsonl")}
    if not (news / "meta.json").exists() or not news_gold.exists():
        print(f"real-news texts not found under {news}: bundled sets only", file=sys.stderr)
        return res
    read, held = _split(news_gold)
    slices = sorted(p for p in news.iterdir() if p.is_dir())
    for label, names in (("", None), (" a-c", read), (" d-e (held out)", held)):
        res[f"news plain{label}"] = _score(slices, news_gold, names)
    work = Path(tempfile.mkdtemp(prefix="zopa-bench-documents-"))
    try:
        knowable = _without_site_sources(news_gold, news, work / "knowable.jsonl")
        for label, names in (("", None), (" a-c", read), (" d-e (held out)", held)):
            res[f"{KNOWABLE}{label}"] = _score(slices, knowable, names)
        metas = write_variant(news, work)
        variant = sorted(p for p in work.iterdir() if p.is_dir())
        for label, names in (("", None), (" a-c", read), (" d-e (held out)", held)):
            res[f"news front matter{label}"] = _score(variant, news_gold, names)
        res["front matter obeyed"] = _obeyed(variant, metas)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return res


def write_markdown(res: dict) -> None:  # type: ignore[type-arg]
    lines = [MARK_START, "## Document checks", "",
             f"Command: `{COMMAND}` (`zopa eval PATH --documents GOLD` prints the same figures for one set). "
             "Original sources compare by `same_source`; *all* pools every check of the set.", "",
             "| set | docs | title | date | original source | must-drop | must-keep | all |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for name, r in res.items():
        if "n" in r:
            cells = " | ".join("–" if r[k] is None else f"{r[k]:.1%}" for k in ("title", "date", "original_source", "must_drop", "must_keep"))
            lines.append(f"| {name} | {r['n']} | {cells} | {r['all']:.1%} ({r['passed']}/{r['checks']}) |")
    lines += ["", "Targets, each judged on one row's *all*:", ""]
    for row, floor, what in TARGETS:
        if row in res:
            got = res[row]["all"]
            lines.append(f"- {what}: {'' if floor == 1 else '≥ '}{floor:.0%} on *{row}*: {got:.1%}, {'met' if got >= floor else 'not met'}")
    obeyed = res.get("front matter obeyed")
    if obeyed:
        lines += ["", f"With front matter, {obeyed['taken']} of {obeyed['given']} given titles, dates and URL sites "
                  "became the document's title, date and outlet."]
    lines += ["", "The real-news rules were written reading slices a–c; d–e are held out and scored only in aggregate.", MARK_END]
    path = ROOT / "BENCHMARKS.md"
    text = path.read_text(encoding="utf-8")
    block = "\n".join(lines)
    if MARK_START in text:
        start, end = text.index(MARK_START), text.index(MARK_END) + len(MARK_END)
        text = text[:start] + block + text[end:]
    else:
        at = text.index("<!-- /ingest -->") + len("<!-- /ingest -->")
        text = text[:at] + "\n\n" + block + text[at:]
    path.write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--news", type=Path, default=ROOT.parent / "shared" / "corpus" / "news")
    parser.add_argument("--news-gold", type=Path, default=ROOT / "data" / "gold" / "news.documents.jsonl")
    args = parser.parse_args()
    res = run(args.news, args.news_gold)
    for name, r in res.items():
        print(name, r)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(res, indent=2), encoding="utf-8")
    write_markdown(res)
    print(f"wrote {RESULTS.relative_to(ROOT)} and the documents section of BENCHMARKS.md")


if __name__ == "__main__":
    main()
