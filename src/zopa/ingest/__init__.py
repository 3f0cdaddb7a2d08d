"""Ingestion: messy news pages in, clean, dated, attributed, de-duplicated Documents out.

    from zopa.ingest import load_documents
    docs, errors = load_documents(["data/corpus/seeds"], load_settings())

Stages, one module each: `sources` (files, folders, globs, JSONL/CSV, URLs,
feeds), `frontmatter` (a text file's own header of known facts), `clean`
(furniture removal), `metadata` and `dates` (title, byline, dates, original
source, flags), `dedup` (exact and near duplicates), `pipeline`
(orchestration and storing). The names the rules look for (agencies, credit
cues, section labels) are data in `lexicon.yaml`, read by `lexicon`.
"""
from __future__ import annotations

from .dedup import fingerprint, link_duplicates, similarity
from .metadata import normalise_source, same_source
from .pipeline import clean_document, ingest, load_documents
from .sources import read_sources

__all__ = [
    "clean_document",
    "fingerprint",
    "ingest",
    "link_duplicates",
    "load_documents",
    "normalise_source",
    "read_sources",
    "same_source",
    "similarity",
]
