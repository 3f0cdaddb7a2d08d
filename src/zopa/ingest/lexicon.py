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

import yaml

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
    desk_cues: tuple[re.Pattern[str], ...]           # a wire's desk line ('AP Washington', 'Reuters | Kyiv | Updated: …')
    closing_cues: tuple[re.Pattern[str], ...]        # cues that end a paragraph ('... he said. — AFP')
    lead_cues: tuple[re.Pattern[str], ...]           # cues that close a story's first paragraph ('Interfax reports.')
    portal_credits: tuple[re.Pattern[str], ...]      # a wire's story as a portal carries it ('Associated Press via Yahoo News')
    own_reporting_cues: tuple[str, ...]   # a wire on its own reporting ('a draft seen by {wire}'), uncompiled
    citing_cues: tuple[str, ...]          # a wire cited as another's report ('according to {wire}'), uncompiled
    furniture: re.Pattern[str]
    caption_opener: re.Pattern[str]       # 'FILE - ', 'Pictured: ' opening a caption
    caption_verb: re.Pattern[str]         # a picture description's present-tense verb ('attends', 'look on')
    media_words: frozenset[str]           # words of the press in an outlet's name ('post', 'agency', 'tv')
    official_words: frozenset[str]        # words of an official body's name ('ministry', 'office')
    house_credits: tuple[tuple[str, re.Pattern[str]], ...]   # (wire, a credit line only it writes)
    outlets: dict[str, str]               # wire alias, outlet name or site (case-folded) -> canonical name
    domain_words: frozenset[str]          # words a web address adds to an outlet's name ('news', 'globe')
    caption_subject_words: frozenset[str]  # lower-case words of a pictured subject ('president', 'delegation', 'and')
    caption_place: re.Pattern[str]        # the word opening a picture's where or when ('during', 'at', 'ahead of')
    summary_marker: re.Pattern[str]       # a line opening a story's summary ('Key points', 'Story highlights')
    house_styles: tuple[tuple[str, tuple[str, ...]], ...]   # (outlet, the paragraph openers of its house style)
    caption_start: re.Pattern[str]        # words opening a caption with no colon ('A still from video', 'General view of')
    teaser_marker: re.Pattern[str]        # more lines opening a teaser block ('Other topics of interest'), with `rest`
    shared_house_styles: frozenset[str]   # outlets whose house style sister sites share ('Ukrainska Pravda')
    photo_credit_word: re.Pattern[str]    # a photo-credit word or picture agency as a whole word, or '©'
    photo_credit_stems: tuple[str, ...]   # those words, lower-cased: one inside a lower-cased text is a cheap test before the one above
    photo_credits: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...]   # (cues, a credit closing a caption)
    house_signatures: tuple[tuple[str, tuple[tuple[str, re.Pattern[str]], ...]], ...]   # (outlet, (cue, pattern)...)
    caption_office_words: frozenset[str] = frozenset()   # offices a picture's name label gives in lower case ('spokesman', 'envoy')
    open_endings: frozenset[str] = frozenset()   # words no headline ends on, as a cut sentence does ('the', 'and', 'of')
    leading_endings: frozenset[str] = frozenset()   # words that lead into what follows ('in', 'with'): a line that ends on one
    desk_credit: re.Pattern[str] = re.compile("(?!)")   # a desk credit with the site's name as `outlet` ('Web Desk Harbour News')
    site_prompts: tuple[re.Pattern[str], ...] = ()   # a site's prompts that name it as `site` ('Follow Harbour Times on X')
    relay_cues: tuple[str, ...] = ()      # a rewrite's first sentence closed by its wire ('..., PTI reported.'), uncompiled


def _alias_pattern(alias: str) -> str:
    # short all-caps names (AP, AA, RIA) only as written; longer names in any case
    return f"(?-i:{re.escape(alias)})" if len(alias) <= 4 and alias.isupper() else re.escape(alias)


def _first_word(alias: str) -> str:
    """The first word of a name past a leading article ('The Associated Press' -> 'associated')."""
    found = [w.casefold() for w in _WORD.findall(alias)]
    return found[1] if len(found) > 1 and found[0] in {"the", "a", "an"} else found[0]


def _read_lexicon() -> object:
    """The YAML file, with libyaml's parser when PyYAML has it (the file is long; ingest reads it per process)."""
    loader = getattr(yaml, "CSafeLoader", None)
    if loader is None:
        return read_yaml(_PATH, ZopaError)
    try:
        return yaml.load(_PATH.read_text(encoding="utf-8"), Loader=loader)  # noqa: S506 - a safe loader
    except (OSError, yaml.YAMLError):
        return read_yaml(_PATH, ZopaError)   # the same file through the error-reporting reader


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The bundled lexicon, read once."""
    data = _read_lexicon()
    if not isinstance(data, dict):
        raise ZopaError("expected a mapping of vocabulary lists", source=str(_PATH))
    wires = {alias.casefold(): name for name, aliases in data["wires"].items() for alias in [name, *aliases]}
    aliases = sorted({a for name, al in data["wires"].items() for a in [name, *al]}, key=len, reverse=True)
    alternation = "|".join(_alias_pattern(a) for a in aliases)
    wire = rf"(?P<wire>{alternation})"
    generic = "|".join(re.escape(g) for g in sorted(data["generic_credits"], key=len, reverse=True))
    other = rf"(?:{alternation}|{generic})"
    cues = [re.compile(c.replace("{wire}", wire).replace("{other}", other), re.I) for c in data["credit_cues"]]
    desk = tuple(re.compile(c.replace("{wire}", wire), re.I) for c in data["desk_cues"])
    opening = tuple(c for c in cues if c.pattern.startswith("^"))
    closing = tuple(c for c in cues if not c.pattern.startswith("^"))
    lead = tuple(re.compile(c.replace("{wire}", wire), re.I) for c in data["lead_cues"])
    pictures = "|".join(re.escape(a) for a in sorted(data.get("photo_agencies") or (), key=len, reverse=True)) or "(?!)"
    portal = tuple(re.compile(c.replace("{wire}", wire).replace("{picture}", pictures), re.I) for c in data.get("portal_credits") or ())
    own = tuple(data.get("own_reporting_cues") or ())       # compiled per page with the wires it names
    citing = tuple(data.get("citing_cues") or ())
    furniture = re.compile("|".join(f"(?:{p})" for p in data["furniture"]), re.I)
    openers = "|".join(re.escape(o) for o in sorted(data.get("caption_openers") or ["file"], key=len, reverse=True))
    caption_opener = re.compile(rf"^(?:{openers})\s*[-–—:]\s+\S", re.I)
    verbs = "|".join(re.escape(v) for v in sorted(data.get("caption_verbs") or ["attends"], key=len, reverse=True))
    caption_verb = re.compile(rf"\b(?:{verbs})\b")
    outlets = {**wires, **{o.casefold(): name for name, sites in data["outlets"].items() for o in [name, *sites]}}
    return Lexicon(wires, tuple(aliases), frozenset(_first_word(a) for a in aliases), frozenset(x.casefold() for x in data["generic_credits"]),
                   frozenset(x.casefold() for x in data["section_labels"]), opening, desk, closing, lead, portal, own, citing,
                   furniture, caption_opener, caption_verb,
                   frozenset(x.casefold() for x in data.get("media_words") or ()),
                   frozenset(x.casefold() for x in data.get("official_words") or ()),
                   tuple((name, re.compile(p, re.I)) for name, pats in (data.get("house_credits") or {}).items() for p in pats),
                   outlets, frozenset(x.casefold() for x in data["domain_words"]),
                   frozenset(x.casefold() for x in data.get("caption_subject_words") or ()),
                   _words_pattern(data.get("caption_places") or ["during"], r"\s+(?P<place>{})\s+\S", 0),   # as written: 'in', not 'In'
                   _words_pattern(data.get("summary_markers") or ["summary"], r"^(?:{})(?:\s+(?:on|for|from|of)\s+[^.!?]{{1,30}})?\s*:?$"),
                   tuple((name, tuple(o.casefold() for o in openers)) for name, openers in (data.get("house_styles") or {}).items()),
                   _words_pattern(data.get("caption_starts") or ["a still from"], r"^(?:{})\b"),
                   _teaser_pattern(data.get("teaser_markers") or ["further reading"], data.get("teaser_headings") or ()),
                   frozenset(data.get("shared_house_styles") or ()), *_photo_credits(data),
                   tuple((name, tuple((sig["cue"], re.compile(sig["pattern"], re.M)) for sig in sigs))
                         for name, sigs in (data.get("house_signatures") or {}).items()),
                   frozenset(x.casefold() for x in data.get("caption_office_words") or ()),
                   frozenset(x.casefold() for x in data.get("open_endings") or ()),
                   frozenset(x.casefold() for x in data.get("leading_endings") or ()),
                   relay_cues=tuple(data.get("relay_cues") or ()),
                   site_prompts=tuple(re.compile(p, re.I) for p in data.get("site_prompts") or ()),
                   desk_credit=re.compile(data.get("desk_credit") or "(?!)", re.I))


def _photo_credits(data: dict) -> tuple:  # type: ignore[type-arg]
    """The credit words' (agencies included) whole-word pattern, the same words as bare substrings
    of a lower-cased text, and the credit patterns with {agency} filled in (its cue stands for every agency)."""
    agencies = [a.lower() for a in data.get("photo_agencies") or ()]
    words = tuple(dict.fromkeys([*(w.lower() for w in data.get("photo_credit_words") or ()), *agencies]))
    alternation = "|".join(re.escape(a) for a in sorted(agencies, key=len, reverse=True)) or "(?!)"
    word = _words_pattern(list(words), r"\b(?:{})\b|©") if words else re.compile("©")
    credits = []
    for item in data.get("photo_credits") or ():
        cues = tuple(c for cue in item["cues"] for c in (agencies if cue == "{agency}" else [cue.lower()]))
        credits.append((cues, re.compile(item["pattern"].replace("{agency}", f"(?:{alternation})"), re.I)))
    return word, words, tuple(credits)


def _teaser_pattern(markers: list[str], headings: list[str] | tuple[str, ...]) -> re.Pattern[str]:
    """A line opening a teaser block: a marker, alone or before a headline ('Read more: Envoys meet'), or glued to
    it where a copy lost the space between a label and its link ('RelatedEnvoys meet in Geneva'), with the headline
    as `rest`; or a heading alone on its line ('On the topic:'), with `rest` empty."""
    alone = "|".join(re.escape(h) for h in sorted(headings, key=len, reverse=True)) or "(?!)"
    glued = r"(?-i:(?<=[a-z])(?=[A-Z][a-z]))"     # 'Related' + 'Envoys': a small letter, then a capital and a small one
    return _words_pattern(markers, r"^(?:(?:{})(?:\b\s*[:|]?\s*|" + glued + r")(?P<rest>.*)|(?:"
                          + alone.replace("{", "{{").replace("}", "}}") + r")\s*:?)$")


def _words_pattern(phrases: list[str], template: str, flags: int = re.I) -> re.Pattern[str]:
    """`template` with an alternation of `phrases` (longest first), case-insensitive unless `flags` say otherwise."""
    alternation = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(template.format(alternation), flags)


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
    if not names_a_wire(tail):
        return None
    found = next((m for cue in (*lex.credit_cues, *lex.desk_cues) if (m := cue.match(tail))), None) if short else None
    found = found or next((m for cue in lex.closing_cues if (m := cue.search(tail))), None)
    return wire_name(found.group("wire")) if found else None


def desk_wire(line: str) -> str | None:
    """The wire of a desk line ('AP Washington', 'Reuters | Kyiv | Updated: …'): the wire over the place it reports
    from, which credits a story and never a picture."""
    s = line.strip()
    if len(s) > 200 or not names_a_wire(s):
        return None
    found = next((m for cue in lexicon().desk_cues if (m := cue.match(s))), None)
    return wire_name(found.group("wire")) if found else None


def portal_credit(line: str) -> str | None:
    """The wire a portal's credit line names ('Associated Press via Yahoo News' -> Associated Press); not
    a picture agency's credit ('AFP via Getty Images')."""
    s = line.strip()
    if len(s) > 160 or " via " not in s.lower():
        return None
    found = next((m for rx in lexicon().portal_credits if (m := rx.match(s))), None)
    return wire_name(found.group("wire")) if found else None


_LEAD_VERBS = ("reports", "informs", "writes")   # the verbs of `lead_cues`: a cheap test first


def lead_wire(line: str) -> str | None:
    """The wire a story's opening paragraph names as its reporter ('... the minister said. Interfax reports.',
    '..., an Ukrinform correspondent reports.', '..., reports TASS.')."""
    tail = line.strip()[-80:]
    low = tail.rstrip(". ").lower()
    if not low.endswith(_LEAD_VERBS) and not any(f" {verb} " in low for verb in _LEAD_VERBS[:2]):
        return None
    if not names_a_wire(tail):
        return None
    lex = lexicon()
    found = next((m for cue in lex.lead_cues if (m := cue.search(tail))), None)
    return wire_name(found.group("wire")) if found else None


def own_reporting_wire(text: str) -> str | None:
    """The wire a page speaks of as doing the reporting itself ('a draft seen by Reuters', 'AFP could
    not independently verify the claim'): one wire only, and one the page never cites as another's
    report ('according to Reuters', 'Reuters reported')."""
    lex = lexicon()
    present = _aliases_in(text, _page_tokens(text))
    if not present:
        return None
    wire = _alternation(present)
    windows = _wire_windows(text, wire)
    own = [re.compile(c.replace("{wire}", wire), re.I) for c in lex.own_reporting_cues]   # re keeps them cached
    found = {wire_name(m.group("wire")) for w in windows for cue in own for m in cue.finditer(w)}
    found.discard(None)
    if len(found) != 1:
        return None
    named = found.pop()
    citing = [re.compile(c.replace("{wire}", wire), re.I) for c in lex.citing_cues]
    if any(wire_name(m.group("wire")) == named for w in windows for cue in citing for m in cue.finditer(w)):
        return None
    wire = named
    return wire


_FIRST_SENTENCE = re.compile(r"^.+?[.!?](?=[\"”’]?\s+[A-Z\"“‘]|[\"”’]?$)")


def relayed_wire(lead: str, text: str) -> str | None:
    """The wire a rewrite of its story names closing the first sentence ('Talks ended on Tuesday, PTI reported.'),
    where the page (`text`) cites that wire once more at least and names no other wire."""
    m = _FIRST_SENTENCE.match(lead.strip())
    first = m.group(0) if m else lead.strip()
    lex = lexicon()
    if not lex.relay_cues or not names_a_wire(first[-80:]):
        return None
    present = _aliases_in(text, _page_tokens(text))
    if not present:
        return None
    wire = _alternation(present)
    found = next((mm for c in lex.relay_cues if (mm := re.search(c.replace("{wire}", wire), first[-80:], re.I))), None)
    named = wire_name(found.group("wire")) if found else None
    if named is None or wires_named(text) != {named}:
        return None
    citing = [re.compile(c.replace("{wire}", wire), re.I) for c in lex.citing_cues]
    cited = sum(1 for w in _wire_windows(text, wire) for cue in citing for mm in cue.finditer(w) if wire_name(mm.group("wire")) == named)
    return named if cited >= 2 else None


# a byte table: ASCII letters lower-cased, ASCII digits and every byte past ASCII (a part of another character)
# kept, every other ASCII character a space
_ASCII_FOLD = bytes(c + 32 if 65 <= c <= 90 else c if 48 <= c <= 57 or 97 <= c <= 122 or c >= 128 else 32 for c in range(256))


# characters outside ASCII that news text is full of and that are no part of a word (quotes, dashes, bullets)
_PUNCTUATION = tuple(c.encode() for c in "’‘“”–—…•«»\u00a0©£€")


def _folded(text: str) -> bytes:
    """The UTF-8 bytes of `text`, `_PUNCTUATION` made spaces, through `_ASCII_FOLD`: a few passes in C."""
    data = text.encode()
    if not text.isascii():
        for mark in _PUNCTUATION:
            if mark in data:
                data = data.replace(mark, b" ")
    return data.translate(_ASCII_FOLD)


def word_runs(text: str) -> list[bytes]:
    """The UTF-8 bytes of `text` cut at every ASCII character but a letter or digit (and at common punctuation),
    ASCII letters lower-cased. A run of ASCII bytes is one word (`[^\\W_]+`) exactly, case-folded; any other run
    holds other characters, and one or more words, which `_WORD` finds in it (a character that is no part of
    a word ends one wherever it stands, so no word spans two runs)."""
    return _folded(text).split()


def _tokens(text: str) -> set[str]:
    """The words of `text`, case-folded (each word as written, then folded)."""
    folded = _folded(text)
    found = set(folded.decode().split())
    if not folded.isascii():
        other = [r for r in found if not r.isascii()]
        found.difference_update(other)
        for r in other:
            found.update(map(str.casefold, _WORD.findall(r)))
    return found


@lru_cache(maxsize=4)
def _page_tokens(text: str) -> frozenset[str]:
    """`_tokens` of a page's text, kept for the next rule that asks about the same text."""
    return frozenset(_tokens(text))


def page_wire_words(text: str) -> frozenset[str]:
    """The first words (case-folded) of the wire names a page's whole text holds, whose words `own_reporting_wire`
    on the same text reuses. A line of the page names a wire only if it holds one of these (`holds_any`)."""
    tokens = _page_tokens(text)
    index = _alias_index()
    return frozenset(t for t in tokens & index.keys() if any(ws <= tokens for ws in index[t]))


def holds_any(line: str, folded_words: frozenset[str]) -> bool:
    """Whether a line holds one of the case-folded words, inside a word or not (a cheap test: a line
    holds each of its words' case-folded letters in a row)."""
    low = line.lower() if line.isascii() else line.casefold()
    for w in folded_words:
        if w in low:
            return True
    return False


def names_a_wire(text: str) -> bool:
    """Whether every word of some wire alias occurs in `text` (any case): a cheap test before the cues."""
    return _names_in(_tokens(text))


def _names_in(tokens: set[str] | frozenset[str]) -> bool:
    index = _alias_index()
    return any(ws <= tokens for t in tokens & index.keys() for ws in index[t])


@lru_cache(maxsize=1)
def _alias_index() -> dict[str, tuple[frozenset[str], ...]]:
    """The word sets of the wire aliases, by each alias's first word past an article."""
    index: dict[str, list[frozenset[str]]] = {}
    for alias, ws in _alias_words():
        index.setdefault(_first_word(alias), []).append(ws)
    return {k: tuple(v) for k, v in index.items()}


def _aliases_in(text: str, tokens: set[str] | frozenset[str] | None = None) -> list[str]:
    """The wire aliases (as written) whose words all occur in `text` (whose `tokens` these are, if given), any case."""
    tokens = _tokens(text) if tokens is None else tokens
    index = _alias_index()
    if tokens.isdisjoint(index.keys()):
        return []
    return [a for a, ws in _alias_words() if ws <= tokens]


def _alternation(aliases: list[str]) -> str:
    """A `(?P<wire>…)` group of `aliases`, longest first, short all-caps names only as written."""
    return "(?P<wire>" + "|".join(_alias_pattern(a) for a in sorted(aliases, key=len, reverse=True)) + ")"


def _wire_windows(text: str, wire: str, reach: int = 90) -> list[str]:
    """The stretches of `text` around each place a wire is named: the cues are searched there only,
    with a pattern of the wires the page names, as a search of every alias at every position of a
    page is slow."""
    spans: list[tuple[int, int]] = []
    for m in re.finditer(wire, text, re.I):
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
    present = _aliases_in(text)
    if not present:
        return set()
    return {name for m in re.finditer(rf"\b{_alternation(present)}\b", text, re.I) if (name := wire_name(m.group("wire")))}


def house_credit(line: str) -> str | None:
    """The wire whose house credit a line is ('Reporting by Jane Doe; Editing by Li Wen' -> Reuters)."""
    s = line.strip()
    if len(s) > 300:
        return None
    credits = lexicon().house_credits
    m = _house_pattern().match(s)
    return credits[int(m.lastgroup[1:])][0] if m and m.lastgroup else None


@lru_cache(maxsize=1)
def _house_pattern() -> re.Pattern[str]:
    """Every house credit in one pattern, a group each (`h0`, `h1`, …): one match per line."""
    return re.compile("|".join(f"(?P<h{i}>{rx.pattern})" for i, (_, rx) in enumerate(lexicon().house_credits)), re.I)


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


def house_style(lines: list[str] | tuple[str, ...]) -> str | None:
    """The outlet whose house style a page shows: two different paragraph openers of one outlet
    ('Why it matters: ...' and 'The big picture: ...' -> Axios)."""
    heads = {ln.strip()[:40].casefold() for ln in lines if ln.strip()}
    # every head after a newline in one string: a head starts with an opener where newline + opener occurs
    # (heads and openers of one line; otherwise each head is tested)
    joined = "\n" + "\n".join(heads)
    one_line = joined.count("\n") == len(heads)
    for name, openers in lexicon().house_styles:
        if sum(("\n" + o) in joined if one_line and "\n" not in o else any(h.startswith(o) for h in heads) for o in openers) >= 2:
            return name
    return None


def is_generic_credit(name: str | None) -> bool:
    """'Agencies', 'Staff', 'News Desk': a credit that names no source."""
    return bool(name) and name.strip(" .()").casefold() in lexicon().generic_credits


def is_section_label(line: str) -> bool:
    """A section or topic label ('World', 'Europe', 'Exclusive'), alone or as a breadcrumb."""
    parts = [p.strip() for p in re.split(r"\s*(?:[|›»>/•·]|\s-\s)\s*", line.strip().strip(":")) if p.strip()]
    return bool(parts) and all(p.casefold() in lexicon().section_labels for p in parts)
