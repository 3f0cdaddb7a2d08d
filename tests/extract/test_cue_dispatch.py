"""The per-first-character cue patterns find exactly what the single combined pattern finds."""
from __future__ import annotations

import re

from zopa.codebook import load_codebook
from zopa.extract import stance
from zopa.extract.rules import RuleEngine
from zopa.extract.sentences import split_clauses, split_sentences
from zopa.ingest import load_documents


# every cue in one pattern, tried at every word start: what the dispatch must reproduce
_COMBINED = re.compile(r"(?=[a-z0-9])\b(?:" + "|".join("(?P<%s>%s)" % (name, rx.replace("{X}", stance._X_PLAIN))
                                                        for name, rx in stance.STANCE_CUES) + r")(?![a-z])", re.I)


def _combined(masked: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.lastgroup) for m in _COMBINED.finditer(masked)]


def _dispatched(masked: str) -> list[tuple[int, int, str]]:
    out, pos = [], 0
    for w in stance._WORD_START.finditer(masked):
        if w.start() < pos:
            continue
        rx = stance._cue_pattern(masked, w.start())
        hit = rx.match(masked, w.start()) if rx is not None else None
        if hit is not None:
            out.append((hit.start(), hit.end(), hit.lastgroup))
            pos = hit.end()
    return out


def test_every_cue_starts_with_a_known_word_character():
    # cues are tried at word starts only: one that opened with punctuation could never match
    for name, rx in stance.STANCE_CUES:
        for alt in stance._split_top(rx):
            first = stance._first_chars(alt)
            assert first is not None and all(len(c) == 1 and c.isalnum() for c in first), (name, alt)


def test_dispatch_matches_the_combined_pattern_on_every_clause(seeds_dir, dev_dir):
    engine = RuleEngine(load_codebook())
    docs, _ = load_documents([str(seeds_dir), str(dev_dir)])
    clauses = 0
    for doc in docs:
        mentions = engine.actors.mentions(doc.text)
        for sent in split_sentences(doc.text):
            for cs, ce in split_clauses(sent):
                masked, _ = stance.mask(doc.text, cs, ce, mentions)
                assert _dispatched(masked) == _combined(masked), masked
                clauses += 1
    assert clauses > 500
