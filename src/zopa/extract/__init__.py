"""Extraction: statements of position, with evidence, from cleaned documents.

    from zopa.extract import extract_document
    statements = extract_document(doc, codebook)        # pure, deterministic
"""
from __future__ import annotations

from .pipeline import EXTRACTOR_VERSION, MODES, extract_document
from .store_run import ExtractSummary, extract_store

__all__ = ["EXTRACTOR_VERSION", "MODES", "ExtractSummary", "extract_document", "extract_store"]
