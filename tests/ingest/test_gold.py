"""Every seed and dev document against its gold: cleaning, metadata, flags, duplicates.

Comparison rules (the same everywhere):
- text: whitespace-normalised substring test on the cleaned body;
- original source: `zopa.ingest.same_source` (case-insensitive, leading "The"
  and web domain ignored, a name equal to the leading words of the other);
- title and byline: exact strings; dates: ISO dates.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from zopa.ingest import same_source
from zopa.records import document_id

ROOT = Path(__file__).resolve().parents[2]
GOLD = [
    json.loads(line)
    for name in ("seeds.documents.jsonl", "dev.documents.jsonl")
    for line in (ROOT / "data" / "gold" / name).read_text(encoding="utf-8").splitlines()
    if line.strip()
]
IDS = [g["doc"] for g in GOLD]


def norm(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("gold", GOLD, ids=IDS)
def test_furniture_lines_are_dropped(gold, corpus_docs):
    body = norm(corpus_docs[gold["doc"]].text)
    leaked = [line for line in gold["must_drop"] if norm(line) in body]
    assert leaked == []


@pytest.mark.parametrize("gold", GOLD, ids=IDS)
def test_article_lines_are_kept(gold, corpus_docs):
    body = norm(corpus_docs[gold["doc"]].text)
    lost = [line for line in gold["must_keep"] if norm(line) not in body]
    assert lost == []


@pytest.mark.parametrize("gold", GOLD, ids=IDS)
def test_title_matches_gold(gold, corpus_docs):
    assert corpus_docs[gold["doc"]].title == gold["title"]


@pytest.mark.parametrize("gold", GOLD, ids=IDS)
def test_publication_date_matches_gold(gold, corpus_docs):
    doc = corpus_docs[gold["doc"]]
    assert (doc.published.isoformat() if doc.published else None) == gold["date"]
    if "page_date" in gold:
        assert (doc.page_date.isoformat() if doc.page_date else None) == gold["page_date"]


@pytest.mark.parametrize("gold", GOLD, ids=IDS)
def test_original_source_matches_gold(gold, corpus_docs):
    doc = corpus_docs[gold["doc"]]
    assert same_source(doc.original_source, gold["original_source"]), doc.original_source


@pytest.mark.parametrize("gold", GOLD, ids=IDS)
def test_byline_and_its_flags_match_gold(gold, corpus_docs):
    doc = corpus_docs[gold["doc"]]
    assert doc.byline == gold["byline"]
    byline_flags = sorted(f for f in doc.flags if f in {"ai_generated", "republisher_byline"})
    assert byline_flags == sorted(gold["byline_flags"])
    assert len(doc.flag_notes) >= len(doc.flags)


@pytest.mark.parametrize("gold", GOLD, ids=IDS)
def test_inconsistent_dates_flagged_exactly_where_gold_notes_them(gold, corpus_docs):
    doc = corpus_docs[gold["doc"]]
    assert ("inconsistent_dates" in doc.flags) == bool(gold.get("consistency"))
    if gold.get("consistency"):
        assert any("34-month" in note for note in doc.flag_notes)


@pytest.mark.parametrize("gold", GOLD, ids=IDS)
def test_duplicate_links_match_gold(gold, corpus_docs):
    doc = corpus_docs[gold["doc"]]
    expected = gold.get("duplicate_of")
    if expected is None:
        assert doc.duplicate_of is None
    else:
        assert doc.duplicate_of == corpus_docs[expected].id
        assert doc.dup_kind in {"exact", "near"}


@pytest.mark.parametrize("gold", [g for g in GOLD if g.get("relative_dates")], ids=lambda g: g["doc"])
def test_relative_dates_resolved_against_publication(gold, corpus_docs):
    resolved = corpus_docs[gold["doc"]].meta["relative_dates"]
    for phrase, date in gold["relative_dates"].items():
        if "..." in phrase:  # an absolute month, not a relative reference
            continue
        assert resolved.get(phrase) == date


def test_gold_statement_quotes_survive_cleaning(corpus_docs, gold_statements):
    lost = [
        (st["doc"], st["quote"]) for st in gold_statements if norm(st["quote"]) not in norm(corpus_docs[st["doc"]].text)
    ]
    assert gold_statements and lost == []


def test_ids_derive_from_source_and_content(corpus_docs):
    for name, doc in corpus_docs.items():
        assert doc.source_identity == f"file:{name}"
        assert doc.id == document_id(doc.source_identity, doc.content_hash) and len(doc.id) == 16
        assert doc.fingerprint and len(doc.fingerprint) == len("m2:") + 128 * 8
