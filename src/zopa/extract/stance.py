"""Stance of a clause: the cue, negation, hedges, red lines and the actor pressed or backed.

The clause is first masked: every actor mention becomes a token `X<i>` so
that cue patterns can say "press X to" or "X must" without knowing names.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .actors import Mention
from .lexicon import HEDGES, NEGATION, NON_STANCE, NOTHING_LESS, RED_LINES, STANCE_CUES

__all__ = ["StanceCue", "mask", "classify", "is_hedged", "is_red_line", "is_non_stance"]

_X = r"(?:the\s+)?X(\d+)(?:X\d+)*\b"     # a joint mention ("both sides") is two masks side by side
_CUES = tuple((stance, re.compile(r"(?=[a-z0-9])\b(?:" + rx.replace("{X}", _X) + r")(?![a-z])", re.I)) for stance, rx in STANCE_CUES)
_X_PLAIN = r"(?:the\s+)?X\d+(?:X\d+)*\b"
_WORD_START = re.compile(r"\b[a-z0-9]", re.I)


def _split_top(rx: str) -> list[str]:
    """The top-level alternatives of a regular expression source."""
    parts, depth, cls, start, i = [], 0, False, 0, 0
    while i < len(rx):
        c = rx[i]
        if c == "\\":
            i += 2
            continue
        if cls:
            cls = c != "]"
        elif c == "[":
            cls = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(rx[start:i])
            start = i + 1
        i += 1
    parts.append(rx[start:])
    return parts


def _group_end(alt: str) -> int:
    """The index of the parenthesis that closes the group `alt` opens with."""
    depth, i = 0, 0
    while i < len(alt):
        if alt[i] == "\\":
            i += 2
            continue
        depth += (alt[i] == "(") - (alt[i] == ")")
        if depth == 0:
            break
        i += 1
    return i


def _first_chars(alt: str) -> frozenset[str] | None:
    """The lower-case characters a match of `alt` can start with; None when that is not plain to see."""
    if alt.startswith("{X}"):
        return frozenset("tx")          # "(the )X<i>"
    if alt[:1].isalnum():
        return None if alt[1:2] in ("?", "*", "{") else frozenset(alt[0].lower())
    if alt.startswith("(?:"):
        i = _group_end(alt)
        if alt[i + 1:i + 2] in ("?", "*", "{"):
            return None
        firsts = [_first_chars(a) for a in _split_top(alt[3:i])]
        return None if any(f is None for f in firsts) else frozenset().union(*firsts)
    return None


def _literal_head(alt: str) -> str | None:
    """The first two characters of `alt` when they are plain letters, digits or a space, else None."""
    head = []
    for i, c in enumerate(alt[:2]):
        if not (c.isalnum() or c == " ") or alt[i + 1:i + 2] in ("?", "*", "{", "+"):
            return None
        head.append(c.lower())
    return "".join(head) if len(head) == 2 else None


def _heads(alt: str) -> frozenset[str] | None:
    """The lower-case two-character openings a match of `alt` can have; None when that is not plain to see."""
    if alt.startswith("{X}"):
        return frozenset({"th"} | {f"x{d}" for d in range(10)})     # "(the )X<i>"
    head = _literal_head(alt)
    if head is not None:
        return frozenset({head})
    if alt.startswith("(?:"):
        i = _group_end(alt)
        if alt[i + 1:i + 2] in ("?", "*", "{"):
            return None
        inner = [_literal_head(a) for a in _split_top(alt[3:i])]
        return None if any(h is None for h in inner) else frozenset(inner)
    return None


def _dispatch() -> tuple[dict[str, re.Pattern[str]], dict[str, re.Pattern[str]]]:
    """Patterns keyed by the opening of a word, each holding only the cues that can start so, in cue order.

    A cue whose two-character opening is known sits under that opening; one whose first character
    only is known sits under every opening with that character and in a fallback for the character.
    Matching at a word start with the pattern for its opening finds exactly what the combined pattern
    would, while trying a small share of the alternatives.
    """
    table = [(stance, alt, _heads(alt), _first_chars(alt)) for stance, rx in STANCE_CUES for alt in _split_top(rx)]
    if any(first is None for *_, first in table):
        raise ValueError("every stance cue must open with a known word character")
    keys = sorted({h for _, _, heads, _ in table if heads for h in heads})
    letters = sorted({c for *_, first in table for c in first})

    def build(keep) -> re.Pattern[str] | None:
        groups: dict[str, list[str]] = {}
        for stance, alt, heads, first in table:
            if keep(heads, first):
                groups.setdefault(stance, []).append(alt.replace("{X}", _X_PLAIN))
        if not groups:
            return None
        body = "|".join("(?P<%s>%s)" % (st, "|".join(alts)) for st, alts in groups.items())
        return re.compile(r"(?:" + body + r")(?![a-z])", re.I)

    by_head = {k: build(lambda heads, first, k=k: (k in heads) if heads else k[0] in first) for k in keys}
    by_char = {c: build(lambda heads, first, c=c: heads is None and c in first) for c in letters}
    return {k: v for k, v in by_head.items() if v}, {c: v for c, v in by_char.items() if v}


_BY_HEAD, _BY_CHAR = _dispatch()


def _cue_pattern(masked: str, at: int) -> re.Pattern[str] | None:
    """The cue pattern to try at a word start of the masked clause."""
    rx = _BY_HEAD.get(masked[at:at + 2].lower())
    return rx if rx is not None else _BY_CHAR.get(masked[at].lower())
_ACTOR_BEFORE = re.compile(r"X\d+\s+$")
_BY_AGENT = re.compile(r"\s+by\b", re.I)
_AUX_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+$", re.I)
_NEG = re.compile(NEGATION, re.I)
_NO_BEFORE = re.compile(r"\bno\s+$", re.I)   # "contains no call for"
_HEDGE = re.compile(r"(?=[a-z])\b(?:" + "|".join(HEDGES) + r")", re.I)
_RED = re.compile(r"(?=[a-z])\b(?:" + "|".join(RED_LINES) + r")", re.I)
_NON = re.compile("|".join(NON_STANCE), re.I)
_NOTHING_LESS = re.compile(NOTHING_LESS, re.I)
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
    return bool(_NEG.search(window) or _NO_BEFORE.search(window))


def _target(m: re.Match[str]) -> int | None:
    for g in m.groups():
        if g is not None:
            return int(g)
    return None


_OWNED_NOUN = re.compile(r"X\d+(?:'s|’s)\s+(?:[\w-]+\s+){0,2}$")
_OFFER_NOUN = re.compile(r"(?:offer|proposal|plan|initiative)s?", re.I)


def owned_offer_end(masked: str) -> int:
    """The end of an owner's offer named as the clause's plan ("X0's ceasefire offer"), where `classify` read the
    clause by what the plan's content says instead (-1: none). What the name itself offers is offered."""
    for m in re.finditer(r"\boffers?\b", masked, re.I):   # (the one plan noun that is an offer cue)
        if _OWNED_NOUN.search(masked, max(0, m.start() - 40), m.start()):
            return m.end()
    return -1


def classify(masked: str) -> StanceCue | None:
    """The strongest stance cue in a masked clause, or None when it states no stance."""
    found: dict[str, re.Match[str]] = {}
    owned_offer = False
    pos = 0
    for w in _WORD_START.finditer(masked):
        at = w.start()
        if at < pos:
            continue
        rx = _cue_pattern(masked, at)
        hit = rx.match(masked, at) if rx is not None else None
        if hit is None:
            continue
        pos = hit.end()
        stance = hit.lastgroup
        if stance == "support" and (_BY_AGENT.match(masked, hit.end()) and not _AUX_BEFORE.search(masked, max(0, at - 12), at)
                                    or (hit.group(0).lower() in ("backing", "support")
                                        and _ACTOR_BEFORE.search(masked, max(0, at - 8), at))):
            # "a force supported by the United States": a participle describing a noun, not the clause's stance;
            # "to maintain Western backing": another's backing received, not given
            continue
        if stance == "accept" and hit.group(0).lower() == "agreed" and _AUX_BEFORE.search(masked, max(0, at - 12), at):
            continue   # "until the principles are agreed": a state of affairs, not someone's acceptance
        if stance == "offer" and _OWNED_NOUN.search(masked, max(0, at - 40), at) and _OFFER_NOUN.fullmatch(hit.group(0)):
            owned_offer = True   # "X's ceasefire offer included a stipulation that ...": the name of the owner's plan
        if stance and stance not in found:
            found[stance] = _BY_STANCE[stance].match(masked, at) or hit
    if owned_offer and len(found) > 1:
        del found["offer"]   # what the named plan says is read from its own verb
    if not found or _NON.search(masked):
        return None
    read: dict[str, StanceCue] = {}
    for stance, m in found.items():
        if stance == "accept" and _TENTATIVE.search(masked[max(0, m.start() - 16):m.start()]):
            stance = "offer"
        negated = stance not in ("condition", "pressure") and _negated(masked, m.start(), m.group(0))
        final = _NEG_FLIP[stance] if negated else stance
        if final == "reject" and _NOTHING_LESS.match(masked, m.end()):
            final = "demand"   # "will not accept anything less than X": X demanded
        if final is not None and final not in read:
            read[final] = StanceCue(final, m.start(), m.end(), negated, _target(m))
    # the strongest stance as read, its negation applied ("would agree ..., had no interest in ...": a refusal)
    return next((read[s] for s in _PRIORITY if s in read), None)


def is_hedged(text: str) -> bool:
    """True when the text only reports, infers or qualifies a stance."""
    return bool(_HEDGE.search(text))


def is_red_line(text: str) -> bool:
    """True when the text marks a stance as non-negotiable."""
    return bool(_RED.search(text))


def is_non_stance(text: str) -> bool:
    """True when the text speaks of fears, doubts, risks or failures rather than of anyone's position."""
    return _NON.search(text) is not None
