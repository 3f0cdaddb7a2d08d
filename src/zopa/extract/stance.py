"""Stance of a clause: the cue, negation, hedges, red lines and the actor pressed or backed.

The clause is first masked: every actor mention becomes a token `X<i>` so
that cue patterns can say "press X to" or "X must" without knowing names.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .actors import Mention
from .lexicon import HEDGES, NEGATION, NON_STANCE, RED_LINES, STANCE_CUES

__all__ = ["StanceCue", "mask", "classify", "is_hedged", "is_red_line"]

_X = r"(?:the\s+)?X(\d+)\b"
_CUES = tuple((stance, re.compile(r"(?=[a-z0-9])\b(?:" + rx.replace("{X}", _X) + r")(?![a-z])", re.I)) for stance, rx in STANCE_CUES)
_X_PLAIN = r"(?:the\s+)?X\d+\b"
_ANY = re.compile(r"(?=[a-z0-9])\b(?:" + "|".join("(?P<%s>%s)" % (stance, rx.replace("{X}", _X_PLAIN))
                                                   for stance, rx in STANCE_CUES) + r")(?![a-z])", re.I)
_NEG = re.compile(NEGATION, re.I)
_HEDGE = re.compile(r"(?=[a-z])\b(?:" + "|".join(HEDGES) + r")", re.I)
_RED = re.compile(r"(?=[a-z])\b(?:" + "|".join(RED_LINES) + r")", re.I)
_NON = re.compile("|".join(NON_STANCE), re.I)
_BY_STANCE = dict(_CUES)
_TENTATIVE = re.compile(r"\b(?:might|could|may|would)\s+$", re.I)
_PRIORITY = ("condition", "pressure", "reject", "accept", "open", "offer", "support", "demand")
_NEG_FLIP = {"accept": "reject", "open": "reject", "offer": "demand", "demand": None, "reject": "open",
             "support": "reject", "condition": "condition", "pressure": None}


@dataclass(frozen=True, slots=True)
class StanceCue:
    """The stance a clause expresses and the words that carry it."""

    stance: str
    start: int          # offset of the cue in the masked clause
    end: int
    negated: bool
    target: int | None  # index of the masked mention pressed or backed


def mask(text: str, start: int, end: int, mentions: list[Mention]) -> tuple[str, list[Mention]]:
    """Clause text with each actor mention replaced by X<i>; returns the mentions in order."""
    inside = [m for m in mentions if m.start >= start and m.end <= end]
    parts, last = [], start
    for i, m in enumerate(inside):
        parts.append(text[last:m.start])
        parts.append(f"X{i}" + ("'s" if m.possessive else ""))
        last = m.end
    parts.append(text[last:end])
    return "".join(parts), inside


def _negated(masked: str, at: int, cue: str) -> bool:
    window = masked[max(0, at - 28):at]
    return bool(_NEG.search(window))


def _target(m: re.Match[str]) -> int | None:
    for g in m.groups():
        if g is not None:
            return int(g)
    return None


def classify(masked: str) -> StanceCue | None:
    """The strongest stance cue in a masked clause, or None when it states no stance."""
    found: dict[str, re.Match[str]] = {}
    for hit in _ANY.finditer(masked):
        stance = hit.lastgroup
        if stance and stance not in found:
            found[stance] = _BY_STANCE[stance].match(masked, hit.start()) or hit
    if not found or _NON.search(masked):
        return None
    for stance in _PRIORITY:
        m = found.get(stance)
        if m is None:
            continue
        if stance == "accept" and _TENTATIVE.search(masked[max(0, m.start() - 16):m.start()]):
            stance = "offer"
        negated = stance not in ("condition", "pressure") and _negated(masked, m.start(), m.group(0))
        final = _NEG_FLIP[stance] if negated else stance
        if final is None:
            continue
        return StanceCue(final, m.start(), m.end(), negated, _target(m))
    return None


def is_hedged(text: str) -> bool:
    """True when the text only reports, infers or qualifies a stance."""
    return bool(_HEDGE.search(text))


def is_red_line(text: str) -> bool:
    """True when the text marks a stance as non-negotiable."""
    return bool(_RED.search(text))
