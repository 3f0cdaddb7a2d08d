"""Extraction: statements of position, with evidence, from cleaned documents."""
from __future__ import annotations

from .pipeline import EXTRACTOR_VERSION, MODES, extract_document

__all__ = ["EXTRACTOR_VERSION", "MODES", "extract_document"]
