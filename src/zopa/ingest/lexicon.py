"""The ingest vocabulary (`lexicon.yaml`): wire names, outlets and their sites, generic credits,
section labels, credit cues.

Rules in `clean` and `metadata` describe constructions; the names they look
for live in the YAML file, so a new agency or section label is a data change.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .._yaml import read_yaml
from ..errors import ZopaError

_PATH = Path(__file__).with_name("lexicon.yaml")
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Compiled vocabulary."""

    wires: dict[str, str]                 # alias (case-folded) -> canonical wire name
    wire_aliases: tuple[str, ...]         # every alias as written
    first_words: frozenset[str]           # the first word of every alias, case-folded (a cheap pre-check)
    generic_credits: frozenset[str]
    section_labels: frozenset[str]
    credit_cues: tuple[re.Pattern[str], ...]         # cues anchored at the line start
    closing_cues: tuple[re.Pattern[str], ...]        # cues that end a paragraph ('... he said. — AFP')
    lead_cues: tuple[re.Pattern[str], ...]           # cues that close a story's first paragraph ('Interfax reports.')
    own_reporting_cues: tuple[re.Pattern[str], ...]  # a wire on its own reporting ('a draft seen by Reuters')
    citing_cues: tuple[re.Pattern[str], ...]         # a wire cited as another's report ('according to Reuters')
    wire_mention: re.Pattern[str]                    # any wire alias, as `credit_cues` match it
    furniture: re.Pattern[str]
    caption_opener: re.Pattern[str]       # 'FILE - ', 'Pictured: ' opening a caption
    caption_verb: re.Pattern[str]         # a picture description's present-tense verb ('attends', 'look on')
    media_words: frozenset[str]           # words of the press in an outlet's name ('post', 'agency', 'tv')
    official_words: frozenset[str]        # words of an official body's name ('ministry', 'office')
    house_credits: tuple[tuple[str, re.Pattern[str]], ...]   # (wire, a credit line only it writes)
    outlets: dict[str, str]               # wire alias, outlet name or site (case-folded) -> canonical name
    domain_words: frozenset[str]          # words a web address adds to an outlet's name ('news', 'globe')


def _alias_pattern(alias: str) -> str:
    # short all-caps names (AP, AA, RIA) only as written; longer names in any case
    return f"(?-i:{re.escape(alias)})" if len(alias) <= 4 and alias.isupper() else re.escape(alias)


def _first_word(alias: str) -> str:
    """The first word of a name past a leading article ('The Associated Press' -> 'associated')."""
    found = [w.casefold() for w in _WORD.findall(alias)]
    return found[1] if len(found) > 1 and found[0] in {"the", "a", "an"} else found[0]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The bundled lexicon, read once."""
    data = read_yaml(_PATH, ZopaError)
    if not isinstance(data, dict):
        raise ZopaError("expected a mapping of vocabulary lists", source=str(_PATH))
    wires = {alias.casefold(): name for name, aliases in data["wires"].items() for alias in [name, *aliases]}
    aliases = sorted({a for name, al in data["wires"].items() for a in [name, *al]}, key=len, reverse=True)
    alternation = "|".join(_alias_pattern(a) for a in aliases)
    wire = rf"(?P<wire>{alternation})"
    generic = "|".join(re.escape(g) for g in sorted(data["generic_credits"], key=len, reverse=True))
    other = rf"(?:{alternation}|{generic})"
    cues = [re.compile(c.replace("{wire}", wire).replace("{other}", other), re.I) for c in data["credit_cues"]]
    opening = tuple(c for c in cues if c.pattern.startswith("^"))
    closing = tuple(c for c in cues if not c.pattern.startswith("^"))
    lead = tuple(re.compile(c.replace("{wire}", wire), re.I) for c in data["lead_cues"])
    own = tuple(re.compile(c.replace("{wire}", wire), re.I) for c in data.get("own_reporting_cues") or ())
    citing = tuple(re.compile(c.replace("{wire}", wire), re.I) for c in data.get("citing_cues") or ())
    furniture = re.compile("|".join(f"(?:{p})" for p in data["furniture"]), re.I)
    openers = "|".join(re.escape(o) for o in sorted(data.get("caption_openers") or ["file"], key=len, reverse=True))
    caption_opener = re.compile(rf"^(?:{openers})\s*[-–—:]\s+\S", re.I)
    verbs = "|".join(re.escape(v) for v in sorted(data.get("caption_verbs") or ["attends"], key=len, reverse=True))
    caption_verb = re.compile(rf"\b(?:{verbs})\b")
    outlets = {**wires, **{o.casefold(): name for name, sites in data["outlets"].items() for o in [name, *sites]}}
    return Lexicon(wires, tuple(aliases), frozenset(_first_word(a) for a in aliases), frozenset(x.casefold() for x in data["generic_credits"]),
                   frozenset(x.casefold() for x in data["section_labels"]), opening, closing, lead, own, citing,
                   re.compile(rf"\b{wire}\b", re.I), furniture, caption_opener, caption_verb,
                   frozenset(x.casefold() for x in data.get("media_words") or ()),
                   frozenset(x.casefold() for x in data.get("official_words") or ()),
                   tuple((name, re.compile(p, re.I)) for name, pats in (data.get("house_credits") or {}).items() for p in pats),
                   outlets, frozenset(x.casefold() for x in data["domain_words"]))


def wire_name(name: str | None) -> str | None:
    """The canonical name of a wire service ('AP' -> 'Associated Press'), or None if `name` is not one."""
    if not name:
        return None
    return lexicon().wires.get(name.strip(" .()").casefold())


def credited_wire(line: str) -> str | None:
    """The wire a credit line names ('(With reporting by Reuters)', '... — AFP')."""
    s = line.strip()
    lex = lexicon()
    short = len(s) <= 200   # a credit line; a longer line can only end with a credit
    tail = s if short else s[-60:]
    if lex.first_words.isdisjoint(w.casefold() for w in _WORD.findall(tail)):
        return None
    found = next((m for cue in lex.credit_cues if (m := cue.match(tail))), None) if short else None
    found = found or next((m for cue in lex.closing_cues if (m := cue.search(tail))), None)
    return wire_name(found.group("wire")) if found else None


_LEAD_VERBS = ("reports", "informs", "writes")   # the verbs of `lead_cues`: a cheap test first


def lead_wire(line: str) -> str | None:
    """The wire a story's opening paragraph names as its reporter ('... the minister said. Interfax reports.',
    '..., an Ukrinform correspondent reports.', '..., reports TASS.')."""
    tail = line.strip()[-80:]
    low = tail.rstrip(". ").lower()
    if not low.endswith(_LEAD_VERBS) and not any(f" {verb} " in low for verb in _LEAD_VERBS[:2]):
        return None
    lex = lexicon()
    if lex.first_words.isdisjoint(w.casefold() for w in _WORD.findall(tail)):
        return None
    found = next((m for cue in lex.lead_cues if (m := cue.search(tail))), None)
    return wire_name(found.group("wire")) if found else None


def own_reporting_wire(text: str) -> str | None:
    """The wire a page speaks of as doing the reporting itself ('a draft seen by Reuters', 'AFP could
    not independently verify the claim'): one wire only, and one the page never cites as another's
    report ('according to Reuters', 'Reuters reported')."""
    lex = lexicon()
    windows = _wire_windows(text)
    if not windows:
        return None
    found = {wire_name(m.group("wire")) for w in windows for cue in lex.own_reporting_cues for m in cue.finditer(w)}
    found.discard(None)
    if len(found) != 1:
        return None
    wire = found.pop()
    if any(wire_name(m.group("wire")) == wire for w in windows for cue in lex.citing_cues for m in cue.finditer(w)):
        return None
    return wire


def _wire_windows(text: str, reach: int = 90) -> list[str]:
    """The stretches of `text` around each place a wire is named: the cues are searched there only,
    as a search of every alias at every position of a page is slow. The aliases whose words all occur
    in the text are found first with set operations, then only those are searched for."""
    tokens = {w.casefold() for w in _WORD.findall(text)}
    present = [a for a, words in _alias_words() if words <= tokens]
    if not present:
        return []
    spans: list[tuple[int, int]] = []
    for m in re.finditer("|".join(_alias_pattern(a) for a in sorted(present, key=len, reverse=True)), text, re.I):
        start, end = max(0, m.start() - reach), min(len(text), m.end() + reach)
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return [text[a:b] for a, b in spans]


@lru_cache(maxsize=1)
def _alias_words() -> tuple[tuple[str, frozenset[str]], ...]:
    """Each wire alias as written, with the set of its words (case-folded)."""
    return tuple((a, frozenset(w.casefold() for w in _WORD.findall(a))) for a in lexicon().wire_aliases)


def wires_named(text: str) -> set[str]:
    """The canonical names of the wires `text` names ('PHOTO: REUTERS' -> {'Reuters'})."""
    return {name for m in lexicon().wire_mention.finditer(text) if (name := wire_name(m.group("wire")))}


def house_credit(line: str) -> str | None:
    """The wire whose house credit a line is ('Reporting by Jane Doe; Editing by Li Wen' -> Reuters)."""
    s = line.strip()
    if len(s) > 300:
        return None
    return next((name for name, rx in lexicon().house_credits if rx.match(s)), None)


def known_outlet(name: str | None) -> str | None:
    """The canonical name of a wire or listed outlet, from one of its names or sites
    ('apnews.com' -> 'Associated Press', 'www.bbc.co.uk' -> 'BBC'), or None."""
    if not name:
        return None
    key = name.strip(" .()").casefold()
    key = re.sub(r"^(?:https?://)?(?:www\d?|m|amp|mobile)\.", "", key).split("/")[0] if "." in key else key
    outlets = lexicon().outlets
    while key:
        if key in outlets:
            return outlets[key]
        key = key.partition(".")[2] if "." in key and " " not in key else ""
    return None


def is_generic_credit(name: str | None) -> bool:
    """'Agencies', 'Staff', 'News Desk': a credit that names no source."""
    return bool(name) and name.strip(" .()").casefold() in lexicon().generic_credits


def is_section_label(line: str) -> bool:
    """A section or topic label ('World', 'Europe', 'Exclusive'), alone or as a breadcrumb."""
    parts = [p.strip() for p in re.split(r"\s*(?:[|›»>/•·]|\s-\s)\s*", line.strip().strip(":")) if p.strip()]
    return bool(parts) and all(p.casefold() in lexicon().section_labels for p in parts)
