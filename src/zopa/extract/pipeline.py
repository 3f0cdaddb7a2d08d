"""`extract_document`: a document and a codebook in, statements out. Pure and deterministic."""
from __future__ import annotations

import warnings
from pathlib import Path

from ..codebook import Codebook
from ..errors import InputError
from ..records import Document, Statement
from .dates import resolve_relative_date
from .lexicon import MAX_SENTENCE_WORDS
from .rules import Finding, RuleEngine

__all__ = ["EXTRACTOR_VERSION", "LEARNED_VERSION", "MODES", "SkippedTextWarning", "extract_document", "engine_for",
           "version_for"]


class SkippedTextWarning(UserWarning):
    """Part of a document was not read (a "sentence" too long to be one)."""

EXTRACTOR_VERSION = "rules-0.17+parse"   # clause rules, then statements read from the spaCy parse
LEARNED_VERSION = f"{EXTRACTOR_VERSION}+stance-lr-3"   # the rules, then the learned pass (extract/learned.py)
MODES = ("rules", "learned")
MAX_PER_TRIPLE = 3


def version_for(mode: str) -> str:
    """The extractor version that statements of a mode carry; a parse pipeline other than the pinned one is named
    in it ("rules-0.9+parse+en_core_web_trf")."""
    from .parse import DEFAULT_MODEL, model_name

    base = LEARNED_VERSION if mode == "learned" else EXTRACTOR_VERSION
    name = model_name()
    return base if name == DEFAULT_MODEL else f"{base}+{name}"


_ENGINES: dict[int, tuple[Codebook, RuleEngine]] = {}


def engine_for(codebook: Codebook) -> RuleEngine:
    """The compiled rules of a codebook (built once per codebook object)."""
    hit = _ENGINES.get(id(codebook))
    if hit is None or hit[0] is not codebook:
        if len(_ENGINES) > 16:
            _ENGINES.clear()
        hit = (codebook, RuleEngine(codebook))
        _ENGINES[id(codebook)] = hit
    return hit[1]


def _to_statement(doc: Document, f: Finding, dates: dict, version: str) -> Statement:
    quote = doc.text[f.start:f.end]
    if f.start not in dates:
        dates[f.start] = resolve_relative_date(quote, doc.published)
    return Statement(
        doc_id=doc.id, actor=f.actor, issue=f.issue, stance=f.stance, start=f.start, end=f.end, quote=quote,
        value=f.value, red_line=f.red_line, hedged=f.hedged, target=f.target, speaker=f.speaker,
        event_date=dates[f.start], confidence=f.confidence,
        extractor_version=version,
    )


def extract_document(doc: Document, codebook: Codebook, *, mode: str = "rules",
                     stance_model: str | Path | None = None) -> list[Statement]:
    """Statements of position in one document, each with its evidence span in `doc.text`.

    A triple (actor, issue, stance) keeps at most three pieces of evidence,
    the first ones in reading order; the same span never repeats a triple.
    In learned mode `stance_model` names a model file other than the shipped
    one (an analyst's, from `zopa train-stance --with-corrections`); its
    statements carry that model's own extractor version.
    """
    if mode not in MODES:
        raise InputError(f"unknown extraction mode {mode!r}; expected one of {list(MODES)}")
    engine = engine_for(codebook)
    skipped: list[tuple[int, int]] = []
    findings = engine.run(doc.text, skipped, title=getattr(doc, "title", None))
    for start, end in skipped:
        warnings.warn(SkippedTextWarning(
            f"{doc.path or doc.id}: characters {start}-{end} not read: {len(doc.text[start:end].split())} words "
            f"without a sentence break (more than {MAX_SENTENCE_WORDS})"), stacklevel=2)
    version = version_for(mode)
    if mode == "learned":
        from .learned import apply, load_model

        model = load_model(stance_model)
        findings = apply(model, engine, doc.text, findings)
        if stance_model is not None:
            version = str(model.meta.get("extractor_version", version))
    seen: dict[tuple[str, str, str], int] = {}
    spans: set[tuple[str, str, str, int]] = set()
    out: list[Statement] = []
    dates: dict[int, object] = {}
    for f in findings:
        triple = (f.actor, f.issue, f.stance)
        if seen.get(triple, 0) >= MAX_PER_TRIPLE or (*triple, f.start) in spans:
            continue
        seen[triple] = seen.get(triple, 0) + 1
        spans.add((*triple, f.start))
        out.append(_to_statement(doc, f, dates, version))
    return out
