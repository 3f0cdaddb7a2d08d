"""A real SQLite store filled from the bundled seed articles, and a live server on loopback.

Two ways to fill it:

- ``pipeline=True``: zopa's own ingest and extraction over ``corpus/seeds``;
- ``pipeline=False`` (the default, deterministic): documents built from the
  seed .txt files (metadata from ``gold/seeds.documents.jsonl``) and the gold
  statements of ``gold/seeds.statements.jsonl`` placed by finding each quote in
  its document's text.
"""
from __future__ import annotations

import datetime as dt
import json
import socket
import threading
import time
from pathlib import Path
from typing import Iterator

import uvicorn

from zopa.codebook import Codebook
from zopa.records import Document, Statement, content_hash
from zopa.store import Store

HOSTILE_TEXT = (
    "Kremlin spokesman Dmitry Peskov said Moscow insists on all of Donetsk. "
    "<script>window.__pwned = 1</script> "
    "Kyiv rejects any withdrawal from Donetsk <img src=x onerror=\"window.__pwned = 2\"> and calls it a red line. "
    "A caption said <b onmouseover=alert(1)>hover</b> & more."
)
HOSTILE_QUOTE = "<script>window.__pwned = 1</script>"


def pipeline_available() -> bool:
    try:
        from zopa.extract import extract_store  # noqa: F401
        from zopa.ingest import ingest  # noqa: F401
    except ImportError:
        return False
    return True


def _gold_document(path: Path, meta: dict) -> Document:
    text = path.read_text(encoding="utf-8")
    h = content_hash(text)
    published = dt.date.fromisoformat(meta["date"]) if meta.get("date") else None
    flags = tuple(meta.get("byline_flags") or ())
    return Document(id=h[:16], content_hash=h, text=text, raw_text=text, path=str(path),
                    outlet=meta.get("original_source"), title=meta.get("title"), byline=meta.get("byline"),
                    published=published, original_source=meta.get("original_source"), flags=flags,
                    flag_notes=tuple(f"{f}: {meta.get('notes', '')}".strip() for f in flags))


def _gold_statements(doc: Document, rows: list[dict]) -> list[Statement]:
    out = []
    for row in rows:
        at = doc.text.find(row["quote"])
        if at < 0:
            continue
        out.append(Statement(doc_id=doc.id, actor=row["actor"], issue=row["issue"], stance=row["stance"],
                             start=at, end=at + len(row["quote"]), quote=row["quote"], value=row.get("value"),
                             red_line=bool(row.get("red_line")), hedged=bool(row.get("hedged")),
                             target=row.get("target"), speaker=row.get("speaker"), confidence=0.8,
                             extractor_version="gold-placed"))
    return out


def _fill_from_gold(store: Store, seeds_dir: Path, gold_dir: Path) -> None:
    metas = {m["doc"]: m for m in map(json.loads, (gold_dir / "seeds.documents.jsonl").read_text().splitlines())}
    rows = [json.loads(line) for line in (gold_dir / "seeds.statements.jsonl").read_text().splitlines() if line]
    for path in sorted(seeds_dir.glob("*.txt")):
        doc = _gold_document(path, metas.get(path.name, {}))
        store.add_document(doc)
        store.replace_machine_statements(doc.id, _gold_statements(doc, [r for r in rows if r["doc"] == path.name]),
                                         "gold-placed")


def add_hostile_document(store: Store) -> Document:
    """A document whose text and title carry markup; one statement quotes the script tag."""
    h = content_hash(HOSTILE_TEXT)
    doc = Document(id=h[:16], content_hash=h, text=HOSTILE_TEXT, raw_text=HOSTILE_TEXT, path="hostile.txt",
                   outlet="<i>Hostile</i> Daily", title="<script>window.__pwned = 3</script>Donetsk talks",
                   published=dt.date(2026, 1, 30), flags=("ai_generated",),
                   flag_notes=("byline <img src=x onerror=alert(1)> looks machine-written",))
    store.add_document(doc)
    at = HOSTILE_TEXT.index(HOSTILE_QUOTE)
    peskov = HOSTILE_TEXT.index("Moscow insists on all of Donetsk")
    stmts = [
        Statement(doc_id=doc.id, actor="RUS", issue="territory.donetsk", stance="demand", start=peskov,
                  end=peskov + len("Moscow insists on all of Donetsk"), quote="Moscow insists on all of Donetsk",
                  value=100.0, red_line=True, confidence=0.9, speaker="Dmitry Peskov"),
        Statement(doc_id=doc.id, actor="UKR", issue="territory.donetsk", stance="reject", start=at,
                  end=at + len(HOSTILE_QUOTE), quote=HOSTILE_QUOTE, value=100.0, confidence=0.3),
    ]
    store.replace_machine_statements(doc.id, stmts, "fixture")
    return doc


def build_seed_store(url: str, seeds_dir: Path, gold_dir: Path, codebook: Codebook, *,
                     pipeline: bool = False) -> Store:
    """Fill a new store at `url` from the seed corpus (see the module docstring) plus the hostile document."""
    store = Store(url, codebook=codebook)
    if pipeline:
        from zopa.extract import extract_store
        from zopa.ingest import ingest
        from zopa.settings import load_settings

        ingest([str(seeds_dir)], store, load_settings(db_url=url), progress=False)
        extract_store(store, codebook, progress=False)
    else:
        _fill_from_gold(store, seeds_dir, gold_dir)
    add_hostile_document(store)
    return store


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run_server(app, port: int, **config) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """Serve `app` with uvicorn in a thread on 127.0.0.1:`port`; yield its base URL; stop it after."""
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, **{"log_level": "warning", **config}))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError(f"server on 127.0.0.1:{port} did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
