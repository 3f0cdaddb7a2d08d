"""Corrections teach the extractor: the analyst's reviews as training examples for the stance model.

A document of the store with reviews gives labelled examples as a gold file
would, but only where the analyst looked:

- a confirmed or fixed statement (origin "corrected") and a statement the
  analyst added are gold statements (actor, issue, stance, quote);
- a rejected statement (deleted) says its actor × issue pair is no position
  there: a finding of that pair covering its span is labelled "none" (the
  rejected statement is found again by re-running the extractor, which gives
  the same ids while its version is the same);
- any other finding of the document is left unlabelled: nobody checked it.

The model trained on them (with any gold files given) is stored beside the
store (``zopa.db`` → ``zopa.stance.npz``) with a version of its own, the
learned pass's version and a hash of its training examples. The shipped
model stays the default.
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

from ..codebook import Codebook
from ..errors import InputError
from ..extract import extract_document, learned
from ..extract.pipeline import LEARNED_VERSION
from ..extract.rules import RuleEngine
from ..records import Document

__all__ = ["ReviewedGold", "analyst_model_path", "correction_examples", "reviewed_gold", "train_with_corrections"]


@dataclass(frozen=True, slots=True)
class ReviewedGold:
    """An analyst-checked statement in the shape of a gold line."""

    doc: str
    actor: str
    issue: str
    stance: str
    quote: str


Span = tuple[str, str, int, int]   # actor, issue, start, end


def reviewed_gold(store: Any, codebook: Codebook) -> tuple[list[Document], dict[str, list[ReviewedGold]],
                                                          dict[str, list[Span]]]:
    """The documents with reviews, their checked statements and their rejected spans (by document id)."""
    checked: dict[str, list[ReviewedGold]] = defaultdict(list)
    for s in store.statements():
        if s.origin in ("corrected", "analyst"):
            checked[s.doc_id].append(ReviewedGold(s.doc_id, s.actor, s.issue, s.stance, s.quote))
    gone = {c.statement_id for c in store.corrections() if c.action == "delete"}
    deleted: dict[str, set[str]] = defaultdict(set)
    documents = []
    for d in store.documents():
        ids = {c.statement_id for c in store.corrections(doc_id=d.id) if c.statement_id in gone} if gone else set()
        if ids:
            deleted[d.id] = ids
        if ids or d.id in checked:
            documents.append(d)
    rejected: dict[str, list[Span]] = defaultdict(list)
    for d in documents:
        for s in extract_document(d, codebook) if d.id in deleted else ():
            if s.key in deleted[d.id]:
                rejected[d.id].append((s.actor, s.issue, s.start, s.end))
    return documents, dict(checked), dict(rejected)


def _label(example: learned.Example, checked: Sequence[ReviewedGold], rejected: Sequence[Span]) -> str | None:
    f = example.finding
    wrong = any((a, i) == (f.actor, f.issue) and min(e, f.end) > max(s, f.start) for a, i, s, e in rejected)
    if any(g.actor == f.actor and g.issue == f.issue for g in checked) and example.label is not None:
        return example.label          # the pair was checked here: labelled as a gold file labels it
    return learned.NONE if wrong else None


def correction_examples(store: Any, codebook: Codebook, engine: RuleEngine,
                        scale: float = learned.DEFAULT_SCALE) -> list[learned.Example]:
    """Labelled examples from the reviewed documents of a store (see the module docstring)."""
    documents, checked, rejected = reviewed_gold(store, codebook)
    out = []
    for d in documents:
        mine, gone = checked.get(d.id, []), rejected.get(d.id, [])
        for e in learned.examples_for(engine, d.name, d.text, mine, scale, d.title):
            out.append(learned.Example(e.doc, e.finding, e.x, _label(e, mine, gone)))
    return out


def analyst_model_path(store_url: str) -> Path:
    """Where the analyst's model of a SQLite store lives: beside its file."""
    prefix = "sqlite:///"
    if not store_url.startswith(prefix) or store_url == prefix or ":memory:" in store_url:
        raise InputError(f"no file beside {store_url!r} to keep the model in; say where with --out")
    db = Path(store_url[len(prefix):])
    return db.with_name(db.stem + ".stance.npz")


def train_with_corrections(store: Any, codebook: Codebook, paths: Sequence[str | Path] = (),
                           gold_paths: Sequence[str | Path] = (), *, C: float = learned.DEFAULT_C) -> learned.StanceModel:
    """Train the stance model on the gold files (when given) and the store's reviewed documents."""
    engine = RuleEngine(codebook)
    examples = correction_examples(store, codebook, engine)
    labelled = [e for e in examples if e.label is not None]
    if paths:
        documents, gold = learned.load_training_data(paths, gold_paths)
        examples += [e for d in documents for e in learned.examples_for(engine, d.name, d.text, gold.get(d.name, ()),
                                                                         title=d.title)]
    digest = hashlib.sha256("\n".join(f"{e.doc}|{e.finding.start}|{e.finding.actor}|{e.finding.issue}|{e.label}"
                                      for e in examples).encode()).hexdigest()[:8]
    version = f"{LEARNED_VERSION}+analyst-{digest}"
    meta = {"extractor_version": version, "trained_on": {
        "gold": [Path(p).name for p in gold_paths], "reviewed_examples": len(labelled),
        "reviewed_documents": sorted({e.doc for e in labelled})},
        "examples": dict(sorted(_count(e.label for e in examples if e.label is not None).items()))}
    return learned.train(examples, tuple(codebook.stances), C=C, meta=meta)


def _count(labels: Any) -> dict[str, int]:
    out: dict[str, int] = defaultdict(int)
    for label in labels:
        out[label] += 1
    return out
