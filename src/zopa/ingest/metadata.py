"""Metadata from a page's lines: title, byline, dates, outlet, original source, flags.

Rules are general patterns over how news pages present these things
(bylines, datelines, "Adapted from", "appeared first on", author boxes,
wire credits); none refers to a particular page.
"""
from __future__ import annotations

import datetime as dt
import html
import re
import unicodedata
from dataclasses import dataclass, field
from urllib.parse import urlsplit, urlparse

import courlan

from . import clean as C
from .dates import (WEEKDAYS, Found, context_year, find_dates, find_yearless, is_date_line, mentioned_year, place_yearless,
                    slashed_readings, url_date)
from .lexicon import (credited_wire, desk_wire, holds_any, house_credit, house_style, is_generic_credit, is_section_label, known_outlet, lead_wire,
                      lexicon, own_reporting_wire, page_wire_words, portal_credit, relayed_wire, wire_name, wires_named)

# --- source names: one normalisation, one comparison rule ------------------------

_DOMAIN = re.compile(r"\.(?:com|co\.uk|co|in|org|net|info|news|ru|ua|de|fr|pl|eu|uk|io)\b\.?$", re.I)


# letters that carry no accent to drop but that addresses still spell in plain Latin ('Ağacı' -> 'agaci')
_PLAIN_LETTERS = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss",
                                "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "þ": "th"})


def _fold_accents(text: str) -> str:
    """'Hürriyet' -> 'Hurriyet', 'Ağacı' -> 'Agaci': web addresses spell names without accents."""
    if text.isascii():
        return text
    return "".join(ch for ch in unicodedata.normalize("NFKD", text.translate(_PLAIN_LETTERS)) if not unicodedata.combining(ch))


def normalise_source(name: str | None) -> str:
    """Canonical form of an outlet/wire name for comparison.

    Case-folded, accents dropped, a leading "The" and a trailing web domain (".in", ".com")
    removed, punctuation and spacing dropped: "ThePrint.in" -> "theprint",
    "THE LEDGER POST" -> "ledgerpost".
    """
    if not name:
        return ""
    s = _DOMAIN.sub("", _fold_accents(name.strip()))
    s = re.sub(r"^the\s+", "", s, flags=re.I)
    return " ".join(re.findall(r"[^\W_]+", s.casefold()))


_BRACKETED = re.compile(r"^\s*([^()]+?)\s*\(([^()]+)\)\s*$")


def same_source(a: str | None, b: str | None) -> bool:
    """Whether two source names denote the same outlet.

    Equal after `normalise_source`, with spaces ignored ("The Print" = "ThePrint"), also where a site keeps the
    name's "The" ("thehill.com" = "The Hill");
    one name's words are the leading words of the other's ("Eastbridge" =
    "Eastbridge Post", "Meridian" = "Meridian news service"), also run together
    ("eastbridgepost.eu" = "Eastbridge Post Europe"); two names or sites
    of one wire or outlet of the lexicon ("AP" = "apnews.com"); two addresses on one site; or a web site
    and the outlet it is named for (`site_is_named`). A name with another in brackets is either.
    """
    for name, other in ((a, b), (b, a)):
        m = _BRACKETED.match(name or "")
        if m:      # a name with another in brackets ('Harbour News Service (HNS)', 'The Post (Vell)'): the name, or
            #        the bracket's name whole (not 'Vell' = 'Vell Radio')
            aside = normalise_source(m.group(2)).replace(" ", "")
            return (same_source(m.group(1), other) or aside == normalise_source(other).replace(" ", "")
                    or site_is_named(str(other), m.group(2)) or site_is_named(m.group(2), str(other))
                    or (bool(_SITE.match(m.group(2).strip())) and same_source(m.group(2), other)))
    na, nb = normalise_source(a), normalise_source(b)
    if not na or not nb:
        return na == nb
    sa, sb = na.replace(" ", ""), nb.replace(" ", "")
    if sa == sb or "the" + sa == sb or "the" + sb == sa:
        return True   # (a site keeps the 'The' of its name: 'thehill.com' = 'The Hill')
    wa, wb = na.split(), nb.split()
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if long_[: len(short)] == short:
        return True
    squashed = sorted((na.replace(" ", ""), nb.replace(" ", "")), key=len)
    if len(squashed[0]) >= 6 and squashed[1].startswith(squashed[0]):
        return True   # a site named for the outlet's name run together, its last word left out ('novayagazeta.eu')
    known = listed_outlet(str(a))
    if known and known == listed_outlet(str(b)):
        return True
    if _SITE.match(str(a).strip()) and _SITE.match(str(b).strip()) and _host(str(a)) == _host(str(b)):
        return True   # two addresses on one site ('brief.harbour.example' = 'harbour.example')
    return site_is_named(str(a), str(b)) or site_is_named(str(b), str(a))


_SITE = C.WEB_ADDRESS
_ARTICLES = {"the", "le", "la", "les", "el", "il", "die", "der", "das"}


def _host(site: str) -> str | None:
    """The registered site of an address written with or without its scheme."""
    site = site.strip()
    return url_host(site if "//" in site else "http://" + site)


def site_is_named(site: str, name: str) -> bool:
    """Whether a web site ('thenationalnews.com') is the outlet `name` ('The National').

    The site's own name (its registered domain without the suffix) is the name run
    together, with or without a leading article, give or take words addresses add
    (`domain_words` of the lexicon: 'sputnikglobe' = Sputnik, 'sbs' = SBS News), or
    is made of the starts of all the name's words in order ('mondediplo' = Le Monde
    diplomatique, 'ft' = Financial Times).
    """
    if not _SITE.match(site.strip()) or _SITE.match(name.strip()):
        return False
    host = _host(site)
    label = host.split(".")[0] if host else ""
    words = normalise_source(name).split()
    if not label or not words:
        return False
    bare = words[1:] if len(words) > 1 and words[0] in _ARTICLES else words
    fillers = lexicon().domain_words
    for joined in dict.fromkeys(["".join(words), "".join(bare), "the" + "".join(bare)]):   # ('theswisstimes.ch' = The Swiss Times)
        if len(joined) >= 3 and label.startswith(joined) and _made_of(label[len(joined):], fillers):
            return True
        if len(label) >= 3 and joined.startswith(label) and _made_of(joined[len(label):], fillers):
            return True
        if len(joined) >= 6 and label.endswith(joined) and _made_of(label[: -len(joined)], fillers):
            return True   # a word addresses add before the name ('dailyharbourpost' = The Harbour Post)
    return len(bare) >= 2 and _word_starts(label, bare)


def _made_of(rest: str, words: frozenset[str]) -> bool:
    """Whether `rest` is a run of `words` ('' is)."""
    return not rest or any(rest.startswith(w) and _made_of(rest[len(w):], words) for w in words)


def _word_starts(label: str, words: list[str]) -> bool:
    """Whether `label` is the start of each of `words` in turn ('mondediplo': monde, diplomatique)."""
    if not words:
        return not label
    return any(label.startswith(words[0][:k]) and _word_starts(label[k:], words[1:]) for k in range(1, min(len(words[0]), len(label)) + 1))


def _tidy_name(name: str) -> str:
    name = _DOMAIN.sub("", name.strip(" .,;:()\"'“”"))
    if name.isupper() and len(name) > 4:
        name = " ".join(w if len(w) <= 3 and w not in {"THE", "OF", "AND"} else w.capitalize() for w in name.split())
        name = re.sub(r"\b(Of|And)\b", lambda m: m.group(1).lower(), name)
    return name.strip()


# --- bylines ----------------------------------------------------------------------

_NAME_TOKEN = r"(?:[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)?|[A-Z]\.)"
_NAME = rf"{_NAME_TOKEN}(?:\s+(?:van|von|de|der|da|di|del|le|la|bin|al)?\s*{_NAME_TOKEN}){{1,3}}"
# after 'By', a name some sites write with the surname or the whole in capitals ('By Jane DOE', 'By JANE R. DOE')
_CAPS_TOKEN = r"(?:[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)?|[A-Z]\.|[A-Z][A-Z'’]+(?:-[A-Z][A-Z'’]+)?)"
_BY_NAME = rf"{_CAPS_TOKEN}(?:\s+(?:van|von|de|der|da|di|del|le|la|bin|al|VAN|VON|DE|DER|DA|DI|DEL|LE|LA|BIN|AL)?\s*{_CAPS_TOKEN}){{1,3}}"
_PAREN = r"(?:\s*\([^)]{1,20}\))?"
_WHERE = r"(?:\s+in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?"
_ONE = rf"{_NAME}{_PAREN}{_WHERE}"
_NAMES_ONLY = re.compile(rf"^(?:{_ONE})(?:\s*(?:,|and|&)\s*{_ONE}){{0,3}}$")
_BY = re.compile(r"^(?:by|author|written by|words by|story by|article by|text by|published by|posted by)\s*:?\s+(?P<rest>.+)$", re.I)
_AUTHOR_IN_LINE = re.compile(r"\b(?:author|by)\s*:\s*(?P<rest>[^|·]+)", re.I)
_AI_NAME = re.compile(rf"^(?P<name>{_NAME_TOKEN}(?:\s+{_NAME_TOKEN})*?[a-z])AI$")
_AI_WORDS = re.compile(r"\b(?:AI[- ]generated|generated (?:by|with) (?:AI|artificial intelligence)|AI (?:writer|author|reporter|journalist|editor)|written by (?:AI|artificial intelligence))\b", re.I)
_AI_WORDS_LOWER = re.compile(_AI_WORDS.pattern.lower())   # searched on lower-cased text: faster than IGNORECASE


def mentions_ai_writing(lines: list[str] | tuple[str, ...]) -> bool:
    """Whether the page says it was written or generated by AI."""
    low = "\n".join(lines).lower()
    # every match holds 'generated', 'written by ' or 'ai ': substring tests are much faster than the search
    return ("generated" in low or "written by " in low or "ai " in low) and bool(_AI_WORDS_LOWER.search(low))


# a name and the writer's job: 'Jane Doe, Senior Correspondent', 'Jane Doe | Diplomatic Editor'
_NAME_ROLE = re.compile(rf"^(?P<name>{_NAME})\s*[,|–—-]\s*(?i:(?:[a-z-]+\s+){{0,3}}(?:correspondent|editor|reporter|writer|columnist"
                        r"|contributor|analyst|journalist|editor-at-large|bureau chief))$")
_SPLIT_NAMES = re.compile(r"\s*(?:,|;|\band\b|&)\s*")
_ORG_WORDS = re.compile(r"\b(?:Desk|Staff|Service|Bureau|Team|Newsroom|Wire|Agency|Editors?|Reporters)\b")


def _strip_name(part: str) -> str:
    part = re.sub(r"\([^)]*\)", "", part)
    part = re.sub(r"\s+in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s*$", "", part.strip())
    return part.strip(" ,.")


def join_names(names: list[str]) -> str:
    """'A', 'A and B', 'A, B and C'."""
    names = [n for n in names if n]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


# the day a byline gives after the names ('on June 2, 2025', 'at 10:15, 2 June 2025', '23 de noviembre, 2025')
_BYLINE_WHEN = re.compile(r"\s+(?:(?:on|at)\s+(?=[^,]*\d)(?:[A-Za-z]{3,9}\.?\s+\d|\d)|(?=\d{1,2}\.?\s+\w[^|]*\d{4})"
                          r"|(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s+\d{1,2},?\s+\d{4}))[^|]*$")


def parse_byline(line: str) -> tuple[list[str], bool] | None:
    """Names in a byline line and whether a name is marked machine-written (…AI).

    Accepts 'By A and B', 'by A, Diplomatic Correspondent', 'Author: A',
    'A (now) and B (earlier)', 'A in Washington and B in London', 'Marcus ChenAI'.
    """
    s = line.strip()
    if not s or len(s) > 160:
        return None
    m = _BY.match(s) or _AUTHOR_IN_LINE.search(s)
    if m:
        rest = re.split(r"\s{2,}|\s[|·•]\s|\t", m.group("rest").strip())[0]
        rest = _BYLINE_WHEN.sub("", rest)    # 'By Jane Doe on June 2, 2025'
        rest = re.split(r",\s*(?=[a-z]|(?:[A-Z][a-z]+\s+)?(?:Correspondent|Editor|Reporter|Writer|Columnist|Staff|Contributor|Chief)\b)", rest)[0]
        parts = [_strip_name(p) for p in _SPLIT_NAMES.split(rest) if p.strip()]
        parts = [p for p in parts if re.match(rf"^{_BY_NAME}$", p) or _ORG_WORDS.search(p)]
        return (parts, False) if parts else None
    ai = _AI_NAME.match(s)
    if ai:
        return [ai.group("name")], True
    glued = glued_wire(s)
    if glued:
        return [_strip_name(p) for p in _SPLIT_NAMES.split(glued[0]) if _strip_name(p)], False
    role = _NAME_ROLE.match(s)
    if role:
        return [role.group("name")], False
    if (_NAMES_ONLY.match(s) and not _ORG_WORDS.search(s) and not s.isupper() and not re.match(r"^(?:The|A|An)\s", s)
            and lexicon().media_words.isdisjoint(w.casefold() for w in C.words(s))):    # 'Harbour Post World News': a masthead
        return [_strip_name(p) for p in _SPLIT_NAMES.split(s) if _strip_name(p)], False
    return _byline_with_stamp(s) or _byline_with_date(s)


_GLUE = re.compile(r"[a-z](?=[A-Z])")


def glued_wire(line: str) -> tuple[str, str] | None:
    """A byline run into its wire's name, the space between lost in the copy ('Jane DoeReuters', 'Jane Doe and
    Ann LeeAFP'): the names and the wire."""
    s = line.strip()
    if len(s) > 120 or not s[-1:].isalpha():
        return None
    for m in _GLUE.finditer(s):
        head, wire = s[: m.end()], wire_name(s[m.end() :])
        if wire and _NAMES_ONLY.match(head) and not _ORG_WORDS.search(head) and not head.isupper():
            return head, wire
    return None


_STAMP_SEPARATORS = re.compile(r"\s+[|·•/–—-]\s+|\s*[|·•]\s*")


def _byline_with_stamp(line: str) -> tuple[list[str], bool] | None:
    """Names followed by the time, the job or the place of writing after a bar or dot ('Jane Doe |
    2 June 2025, 10:15', 'Jane Doe · Reporter', 'Jane Doe – Updated 3 June 2025')."""
    parts = [p.strip() for p in _STAMP_SEPARATORS.split(line) if p.strip()]
    if len(parts) < 2 or len(parts) > 4:
        return None
    head = parse_byline(parts[0]) if not _STAMP_SEPARATORS.search(parts[0]) else None
    if not head:
        return None
    rest_ok = all(is_date_line(p) or find_dates(p) or C.is_role_line(p) or re.match(r"^(?:updated|published|posted)\b", p, re.I)
                  or (_name_shaped(p) and _is_media_name(p))       # the writer's outlet ('Jane Doe - Harbour Times')
                  for p in parts[1:])
    return head if rest_ok else None


def _byline_with_date(line: str) -> tuple[list[str], bool] | None:
    """Names with the day run on after them, no separator ('Jane Doe Jun 16, 2023', 'Jane Doe Updated: Jun 16, 2023',
    'Jane Doe, Ann Lee Published 04.12.25, 07:06 AM')."""
    m = _TRAILING_WHEN.search(line)
    if not m or m.start() == 0:
        return None
    head = line[: m.start()].strip()
    return parse_byline(head) if head and not _TRAILING_WHEN.search(head) else None


# the day closing a line, with its label or not ('Jun 16, 2023', 'Updated: 16 June 2023 10:15', 'Published 04.12.25, 07:06 AM')
_TRAILING_WHEN = re.compile(
    r"\s+(?:(?:updated|published|posted|last updated)\s*:?\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}"
    r"|\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})"
    r"(?:,?\s+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?$", re.I)


@dataclass(frozen=True, slots=True)
class Byline:
    names: tuple[str, ...]
    lines: tuple[str, ...]            # the lines that carried it (dropped from the body)
    ai: bool = False
    from_footer: bool = False

    @property
    def text(self) -> str | None:
        return join_names(list(self.names)) if self.names else None


def find_byline(region: list[str], footer: list[str]) -> Byline:
    """The byline from the header region, else from an author box in the footer."""
    names: list[str] = []
    lines: list[str] = []
    ai = False
    for ln in region:
        if C.is_prose(ln) or C.is_caption(ln):
            continue
        parsed = parse_byline(ln)
        if not parsed:
            continue
        found, is_ai = parsed
        if is_ai:
            ai = True
            lines.append(ln.strip())
            names = names or found
            continue
        if names and [n.lower() for n in found] != [n.lower() for n in names]:
            continue
        names = found
        lines.append(ln.strip())
    if names:
        return Byline(tuple(names), tuple(lines), ai)
    return _footer_byline(footer)


def _footer_byline(footer: list[str]) -> Byline:
    """An author box: a name line followed by a bio that begins with that name."""
    stripped = [ln.strip() for ln in footer if ln.strip()]
    for i, ln in enumerate(stripped[:-1]):
        parsed = parse_byline(ln)
        if not parsed:
            continue
        name = parsed[0][0]
        for nxt in stripped[i + 1 : i + 3]:
            if C.is_bio(nxt, [name]):
                return Byline((name,), (ln,), parsed[1], from_footer=True)
    return Byline((), ())


def bio_outlet(lines: list[str], names: list[str]) -> str | None:
    """The outlet an author bio says the writer works for ('a writer at X')."""
    for ln in lines:
        if not C.is_bio(ln, names):
            continue
        m = re.search(r"\b(?:at|for|with)\s+(?P<o>(?:the\s+)?[A-Z][\w'’&-]*(?:\.[a-z]{2,3})?(?:\s+[A-Z][\w'’&-]*){0,4})", ln)
        if m:
            return _tidy_name(re.sub(r"['’]s$", "", m.group("o")))
    return None


# --- title --------------------------------------------------------------------------


def _nav_segments(lines: list[str]) -> set[str]:
    segs: set[str] = set()
    for ln in lines:
        if C.is_nav_menu(ln):
            segs.update(p.strip().lower() for p in C._SEPARATORS.split(ln) if p.strip())
    return segs


def _skippable(line: str) -> bool:
    """Lines a headline block may contain without ending it: prompts, share bars, dates, places with their dates,
    bylines, stamps."""
    if is_stamp(line):
        return True
    if C.is_nav_menu(line) or re.search(r"\s[/›]\s", line):
        return False
    return (C.is_furniture(line) or is_date_line(line) or is_dated_place(line) or parse_byline(line) is not None
            or C.is_role_line(line))


def is_stamp(line: str) -> bool:
    """A line of short parts between bars, slashes or dots, one of them a date ('Harbour Desk / HARBOUR.EXAMPLE /
    Updated: Dec 3, 2025, 08:12 IST', 'World News | Press Agency | Updated: June 2, 2025'): who and when, no headline."""
    s = line.strip()
    if len(s) > 200 or not _STAMP_SEPARATORS.search(s):
        return False
    parts = [p.strip() for p in _STAMP_SEPARATORS.split(s) if p.strip()]
    when = [is_date_line(p) and bool(find_dates(p) or find_yearless(p)) for p in parts]
    return 2 <= len(parts) <= 6 and any(when) and all(w or len(C.words(p)) <= 5 for p, w in zip(parts, when))


# a place with its region or country, in title case ('Kyiv, Ukraine', 'New York, United States')
# a place of one to three capitalised words and the month of a year ('Harbour City, October 2025', 'Vell D.C., May 2024')
_PLACE_MONTH = re.compile(r"^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2},\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:19|20)\d{2}$")
_PLACE_WITH_COUNTRY = re.compile(r"^[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?,\s*[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?$")


def is_dated_place(line: str) -> bool:
    """A line that gives when and where and nothing else, the date (and time) before or after a place with its
    country ('16 June Kyiv, Ukraine', 'Tarn, Ostland, 3 March 2024 14:05'), or a place and a month ('Tarn, March 2024'):
    a stamp, no headline."""
    s = line.strip()
    if len(s) > 80 or "," not in s or not any(c.isdigit() for c in s):
        return False
    if _PLACE_MONTH.match(s):
        return True
    tokens = s.split()
    for k in range(1, len(tokens)):
        head, tail = " ".join(tokens[:k]).rstrip(",|·–—-"), " ".join(tokens[k:])
        for when, place in ((head, tail), (tail, head)):
            if (_PLACE_WITH_COUNTRY.match(place.strip(" ,")) and is_date_line(when) and (find_dates(when) or find_yearless(when))):
                return True
    return False


def find_title(header: list[str], anchor: int) -> tuple[str | None, int | None]:
    """The headline: the first headline-shaped line of the run just above `anchor`.

    `anchor` is the index of the byline, else of the first date line after a
    headline candidate, else of the body start. Returns (title, index).
    """
    nav = _nav_segments(header)

    def candidate(ln: str) -> bool:
        s = ln.strip()
        if (not s or C.is_furniture(s) or is_date_line(s) or is_stamp(s) or is_dated_place(s) or s.lower() in nav or _REPORTED_PAST.search(s) or parse_byline(s)
                or is_section_label(s) or listed_outlet(s) or opens_on_dateline(s) or C.teaser_marker(s) is not None
                or C.is_credit_line(s)):
            return False
        return C.is_headline_like(s) or C.is_prose(s) or C.is_loose_prose(s) or C.is_caps_headline(s)

    def picture_text(j: int) -> bool:
        """A caption, or a picture's description just above its caption."""
        following = next((ln.strip() for ln in header[j + 1 :] if ln.strip()), "")
        return C.is_caption(header[j]) or describes_picture(header[j].strip(), following)

    i = anchor - 1
    run: list[int] = []
    while i >= 0:
        s = header[i].strip()
        if s and candidate(s):
            run.append(i)
        elif s and not _skippable(s):
            break
        i -= 1
    picks = [j for j in reversed(run) if C.is_headline_like(header[j]) and not picture_text(j) and not runs_on(header, j)]
    # a site's name over the headline ('The Harbour Observer' / 'Envoys agree to meet again') is its masthead
    # and so is a site's name with its slogan ('The Harbour Observer - Latest news from the region'); a teaser
    # right under a marker ('Most read' / 'Tarn mayor resigns') is another story's headline
    def other_site_or_story(j: int) -> bool:
        shaped = masthead_shaped(header[j]) or masthead_shaped(re.split(r"\s+[-–—|:]\s+", header[j].strip())[0])
        return _under_teaser_marker(header, j, alone=not any(k > j for k in picks)) or (shaped and any(k > j for k in picks))

    picks = [j for j in picks if not other_site_or_story(j)]
    # a short headline in capitals where nothing else is one ('ENVOYS REJECT TRUCE PLAN'), not a site's name
    picks = picks or [j for j in reversed(run) if C.is_caps_headline(header[j]) and not masthead_shaped(header[j])
                      and not picture_text(j)]
    # a caption over its credit line ('Photo: Reuters') is no headline when one follows
    for j in [*(j for j in picks if not C.captions_a_top_picture(header, j)), *picks][:1]:
        return header[j].strip(), j
    return None, None


def _under_teaser_marker(lines: list[str], j: int, *, alone: bool = True) -> bool:
    """Whether the line before `j` (blank lines aside) opens a block of teasers ('Most read', 'Read more'); where the
    line is the only headline (`alone`), not a marker that is a section's label too ('Latest' may stand over the
    page's own headline)."""
    before = next((ln.strip() for ln in reversed(lines[:j]) if ln.strip()), "")
    return bool(before) and C.teaser_marker(before) is not None and not (alone and is_section_label(before.rstrip(":")))


def masthead_shaped(line: str) -> bool:
    """A site's name on a line of its own: a short name in capitals with a word of the press in it ('The
    Harbour Observer', 'DAILY FRONTIER TIMES') or a listed outlet."""
    s = line.strip()
    return (len(C.words(s)) <= 6 and not re.search(r"[:?!,]", s) and (_name_shaped(s) or s.isupper())
            and (_is_media_name(s) or listed_outlet(s) is not None))


# a line that reports speech in the past tense is a story's sentence, not a headline ('"We are ready," Peskov said'),
# and one that ends on a colon or an ellipsis introduces or cuts off something ('Zelensky wrote on X:', 'Envoys agreed to…')
_REPORTED_PAST = re.compile(r"\bsaid\b|\btold (?:reporters|journalists)\b|(?::|\.\.\.|…)\s*$")


_CRUMB_MARK = re.compile(r"\s[>›»/|]\s")


def _slug_words(url: str | None) -> list[str]:
    """The words of a URL's slug, the path segment richest in words ('/news/2025/12/envoys-agree-to-meet-again-483'
    -> envoys, agree, to, meet, again); figures and codes ('6zho6l', '483') left out."""
    path = urlsplit(url).path if url else ""
    segments = [re.sub(r"\.[a-z0-9]{2,5}$", "", seg.lower()) for seg in path.split("/") if seg]
    best = max(segments, key=lambda seg: len(re.findall(r"[a-z]{2,}", seg)), default="")
    return [w for w in re.split(r"[-_+.~]|%[0-9a-f]{2}", best) if w.isalpha()]


def slug_title(lines: list[str], url: str | None, *, look: int = 40) -> tuple[str, int] | None:
    """The line among the first `look` that the URL's slug spells, as news sites name a story's address for its
    headline: four slug words or more, three in four of them in the line, and the line not much longer than the slug
    (not a lead sentence that happens to hold its words); no caption, menu or date line; of a line of parts (a
    breadcrumb trail, a headline and its site), the shortest part that holds as much; the first line that holds most."""
    slug = set(_slug_words(url))
    if len(slug) < 4:
        return None
    best: tuple[float, str, int] | None = None
    for i, ln in enumerate(lines[:look]):
        if len(ln) > 300 or C.is_caption(ln) or is_date_line(ln):
            continue
        # each part of a line of parts ('Home / World / Envoys meet', 'Envoys meet | Harbour Post'), or the whole
        for s in dict.fromkeys([ln.strip(), *(p.strip() for p in _CRUMB_MARK.split(ln))]):
            if not s or len(s) > 220 or C.is_nav_menu(s):
                continue
            said = {w.replace("'", "").replace("’", "") for w in C.words(s.lower())}
            said |= {p for w in said for p in re.split(r"[-–]", w)}
            share = len(slug & said) / len(slug)
            if share >= 0.75 and len(C.words(s)) <= len(slug) + 8 and (
                    best is None or share > best[0] or (share == best[0] and i == best[2] and len(s) < len(best[1]))):
                best = (share, s, i)
    return (best[1], best[2]) if best else None


def summary_start(lines: list[str], end: int) -> int | None:
    """Where a summary of the story opens above `end` ('Key points', 'Story highlights'): its
    points are short lines that a headline search must not take for the headline."""
    marker = lexicon().summary_marker
    return next((i for i, ln in enumerate(lines[:end]) if ln.strip() and marker.match(ln.strip())), None)


def first_headline(lines: list[str], body_start: int, *, look: int = 6) -> tuple[str | None, int | None]:
    """The headline of a page dump that opens with it: the first headline-shaped
    line among the first `look` lines of the header, past date lines, section
    labels and breadcrumbs ('World › Europe', 'Exclusive'), menus and furniture."""
    seen = 0
    opening = next((i for i, ln in enumerate(lines) if ln.strip()), 0)
    for i, ln in enumerate(lines[: max(body_start, opening + 1)]):
        s = ln.strip()
        if not s:
            continue
        seen += 1
        following = next((ln.strip() for ln in lines[i + 1 :] if ln.strip()), "")
        # the page's first line of content a short sentence over the story: a headline with its full stop
        sentence_head = bool(following) and C.is_sentence_headline(s) and not _REPORTED_PAST.search(s) and not C.is_caption(s)
        if seen > look or (C.is_prose(s) and not sentence_head) or _REPORTED_PAST.search(s) or lexicon().summary_marker.match(s) or opens_on_dateline(s):
            break
        if (is_section_label(s) or is_date_line(s) or is_stamp(s) or is_dated_place(s) or C.is_furniture(s) or C.is_nav_menu(s) or parse_byline(s) or listed_outlet(s)
                or C.teaser_marker(s) is not None or C.is_credit_line(s)):
            continue
        if _under_teaser_marker(lines, i):
            continue
        if sentence_head and not describes_picture(s, following) and not C.captions_a_top_picture(lines, i):
            return s, i
        if C.is_headline_like(s) and not C.is_caption(s) and not describes_picture(s, following) and not runs_on(lines, i):
            if C.captions_a_top_picture(lines, i):
                continue      # a caption over its credit line, the headline under it
            return s, i
    return None, None


def opens_on_dateline(line: str) -> bool:
    """A story's first words, not a headline: a dateline with its wire ('KYIV, March 3 (Reuters) -',
    'MOSCOW, June 2. /TASS/.', 'June 2 (AFP) -', 'Kyiv, 2 June - Interfax. '), on a line of its own or
    running into the lead. A place in capitals may name any source; one in title case a known one."""
    s = _LINE_MARKS.sub("", line).strip()
    if "(" not in s and "/" not in s and "[" not in s and not re.search(r"[-–—]", s):
        return False
    m = _DATELINE.match(s)
    if m:
        name = (m.group("w1") or m.group("w2") or m.group("w3")).strip()
        known = any(wire_name(p) or listed_outlet(p) for p in name.split("/") if p.strip())
        return known or (m.group("place").isupper() and name[:1].isupper())
    m = _WIRE_START.match(s)
    if m and (wire_name(m.group("w")) or listed_outlet(m.group("w"))):
        return True
    m = _BARE_WIRE_DATELINE.match(s) or _WIRE_AFTER_DATE.match(s)
    return bool(m and wire_name(m.group("wire")))


def runs_on(lines: list[str] | tuple[str, ...], i: int) -> bool:
    """Whether line `i` is the start of a sentence rather than a headline: it ends on a word no headline
    ends on ('..., the first round of talks since the'), or the next line carries on in lower case
    ('prisoner exchange, officials said.') and is no byline, date, furniture, web address or teaser heading ('by Jane Doe',
    'updated 2 hours ago', 'related news')."""
    s = lines[i].strip()
    last = C.words(s)[-1:] if s and s[-1:].isalnum() else ()
    if last and last[0].casefold() in lexicon().open_endings:
        return True
    following = next((ln.strip() for ln in lines[i + 1 :] if ln.strip()), "")
    if not following or s.endswith(("?", "!", ":")):
        return False
    if not following[:1].islower():
        # a sentence cut at a link ('Envoys from both sides met in' / 'Tarn on Monday, officials said.'): the line ends on a
        # word that leads into what follows, and the two lines read as one sentence
        return bool(last) and last[0].casefold() in lexicon().leading_endings and C.is_prose(s + " " + following) \
            and following.endswith((".", "!", "?", "”", '"')) and not C.is_prose(following)
    return not (parse_byline(following) or is_date_line(following) or C.is_furniture(following) or C.is_credit_line(following)
                or _SITE.match(following) or C.teaser_marker(following) is not None or credited_wire(following) or following.lower().startswith(("by ", "updated", "published", "posted", "photo", "image")))


def describes_picture(line: str, following: str) -> bool:
    """A picture's description above its caption: the caption follows and names the same people and
    places ('President Putin and President Xi standing together' over 'Chinese President Xi Jinping,
    right, and Russian President Vladimir Putin in Beijing ... Photo: ...'). A headline over the lead
    picture's caption names other things as well."""
    if not following or not C.is_caption(following):
        return False
    names = [w for w in C.words(line)[1:] if w[:1].isupper()]
    shown = {w.casefold() for w in C.words(following)}
    return len(names) >= 2 and sum(w.casefold() in shown for w in names) >= 0.75 * len(names)


_SITE_SUFFIX = re.compile(r"^(?P<head>.+?)\s+\|\s+(?P<site>[^|]+)$")
# a listed outlet's name run on to the headline after a dash ('Envoys meet in Vell-Harbour Wire'), as some feeds copy it
_GLUED_SITE = re.compile(r"^(?P<head>.+?[^\W\d_])[-–—](?P<site>[A-Z][\w&.]*(?:\s+[A-Z][\w&.]*){0,2})$")


def split_site_suffix(title: str) -> tuple[str, str | None]:
    """A headline copied from a browser tab, 'Envoys meet in Geneva | Harbour Gazette': the
    headline and the site. The site is at most four words, each capitalised, or a web address."""
    glued = _GLUED_SITE.match(title.strip())
    if glued and known_outlet(glued.group("site")) and len(C.words(glued.group("head"))) >= 4:
        return glued.group("head").strip(), known_outlet(glued.group("site"))
    m = _SITE_SUFFIX.match(title.strip())
    if not m or len(C.words(m.group("head"))) < 4:
        return title, None
    site = m.group("site").strip()
    named = len(site.split()) <= 4 and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in {"of", "the", "and"} for w in site.split())
    return (m.group("head").strip(), _tidy_name(site)) if named or _SITE.match(site) else (title, None)


# a browser tab's site after the headline: 'Envoys meet in Vell | Harbour Gazette', '... - harbourgazette.com'
_TAB_SITE = re.compile(r"^(?P<head>.+?)\s+(?:\||[-–—]{1,2}|::|·|•)\s+(?P<site>[^|–—]{2,60})$")


def given_title(title: str, url: str | None) -> str:
    """A title a record or front matter gives, as the page shows it: markup entities decoded ('Putin&#8217;s'),
    spacing collapsed, and the site's own name after a bar or dash dropped when the URL is that site's
    ('Envoys meet in Vell | Harbour Gazette' on harbourgazette.com). A name that is not the site's stays:
    'Trump proposes a deal – Axios' on another site says who reported it."""
    s = " ".join(html.unescape(title).split())
    host = url_host(url)
    m = _TAB_SITE.match(s)
    if host and m and len(C.words(m.group("head"))) >= 3:
        site = m.group("site").strip()
        if same_source(site, host) or site_is_named(host, site) or url_host("http://" + site) == host:
            return m.group("head").strip()
    return s


_TYPOGRAPHY = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"',
                             "–": "-", "—": "-", "‑": "-", "\u00a0": " "})


def _title_key(text: str) -> str:
    """A headline without its typography: quotes, dashes, spacing and case ('Putin’s “terms”' = "putin's \"terms\"")."""
    return " ".join(text.translate(_TYPOGRAPHY).split()).casefold().rstrip(" .")


def shown_title(given: str, lines: list[str] | tuple[str, ...], *, look: int = 40) -> str:
    """A given title as the page itself spells it: the line near the top that is the same headline with other quotes,
    dashes or spacing ('Putin's terms' given, 'Putin’s terms' shown), or the whole headline a given title cut off with
    an ellipsis ('Envoys agree to keep…'). Otherwise the given title."""
    key = _title_key(given)
    cut = given.rstrip().endswith(("...", "…")) and _title_key(given.rstrip().rstrip(".…"))
    if len(key) < 12:
        return given
    for ln in lines[:look]:
        s = ln.strip()
        if not s or len(s) > 300:
            continue
        shown = _title_key(s)
        if shown == key or (cut and len(cut) >= 20 and shown.startswith(cut) and C.is_headline_like(s)):
            return s
    return given


# --- outlet (masthead) ------------------------------------------------------------------

_OFFICIAL = re.compile(r"^(?:the\s+)?official (?:web)?site of (?:the\s+)?(?P<who>.+)$", re.I)
_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(?P<o>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,4})", re.I)


def masthead(header: list[str], title_index: int | None, byline_lines: tuple[str, ...] = ()) -> str | None:
    """The site's name from the first line of the page, if it precedes the headline; not the writer's name the
    page gives there as its byline ('Jane Doe' over the headline), unless it is a name of the press."""
    for i, ln in enumerate(header):
        s = ln.strip()
        if not s or C.is_furniture(s) or C.is_nav_menu(s) or not re.search(r"[^\W\d_]", s):
            continue
        if s in byline_lines and not _is_media_name(s):
            continue
        if title_index is not None and i >= title_index:
            return None
        s = re.split(r"\s+[-–—|]\s+", s)[0]
        # the site as its own writer ('By Harbour Times', 'Harbour Times Staff', 'Harbour Times/ Jane Doe')
        own = _MASTHEAD_CREDIT.sub("", s).strip()
        s = own if own != s and own and _is_media_name(own) else s
        official = _OFFICIAL.match(s)
        if official:
            who = official.group("who")
            return f"Office of the {who}" if re.match(r"(?:president|prime minister|chancellor)\b", who, re.I) else who
        if is_section_label(s) or is_generic_credit(s) or find_dates(s) or find_yearless(s):
            continue
        if len(C.words(s)) <= 6 and not C.is_prose(s) and not is_date_line(s) and _name_shaped(s):
            return _tidy_name(s)
        return None
    return None


def prompted_site(lines: list[str]) -> str | None:
    """The site its own prompts name ('Follow Harbour Times on Telegram', 'Download the Harbour Times app'): a name of
    the press only, not a writer's ('Follow Jane Doe on X')."""
    prompts = lexicon().site_prompts
    for ln in lines:
        s = ln.strip()
        if not s or len(s) > 160:
            continue
        for rx in prompts:
            m = rx.match(s)
            if m:
                site = _tidy_name(m.group("site"))
                if site and site.lower() not in {"us", "our", "this", "the"} and _is_media_name(site):
                    return site
    return None


def desk_outlet(lines: list[str]) -> str | None:
    """The site a desk credit names ('Web Desk Harbour News' -> 'Harbour News')."""
    for ln in lines:
        m = lexicon().desk_credit.match(ln.strip())
        if m:
            return _tidy_name(m.group("outlet"))
    return None


_NAME_JOINERS = {"of", "the", "and", "in", "for", "on", "de", "la", "le", "du", "der", "di", "al", "el", "&"}


def _name_shaped(line: str) -> bool:
    """A name, not a topic label: every word capitalised ('Kyiv Post', 'The Harbour Times') but
    joiners ('Voice of America'), or a web address; 'Peace talks' is a label."""
    if _SITE.match(line):
        return True
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _NAME_JOINERS for w in line.split())


def url_host(url: str | None) -> str | None:
    """The site of a URL: its registered domain ('https://news.example.co.uk/a' -> 'example.co.uk'),
    else its host without 'www.'/'m.'/'amp.'; a host the lexicon lists as an outlet's site is kept
    whole ('economictimes.indiatimes.com' is The Economic Times, not every site on indiatimes.com)."""
    host = urlparse(url).hostname if url else None
    if not host:
        return None
    bare = re.sub(r"^(?:www\d?|m|amp|mobile)\.", "", host)
    domain = courlan.extract_domain(url) or bare
    outlets = lexicon().outlets
    while bare.endswith("." + domain):     # a listed outlet on a shared domain: 'economictimes.indiatimes.com'
        if bare in outlets:
            return bare
        bare = bare.partition(".")[2]
    return domain


def site_name(declared: object, url: str | None, detected: str | None, *, prefer_url: bool) -> str | None:
    """The outlet: a declared name (front matter, batch field) wins; then the
    URL's site when `prefer_url` (page dumps, whose mastheads are guesses) or
    when nothing was detected; else what the page showed."""
    if declared and str(declared).strip():
        return str(declared).strip()
    host = url_host(url)
    return host if host and (prefer_url or not detected) else detected


_MEDIA_URL = re.compile(r"https?://[^\s/()\]]+/wp-content/uploads/", re.I)


def media_site(lines: list[str]) -> str | None:
    """The site whose media library holds the page's pictures ('https://news.example.org/wp-content/uploads/…'
    -> 'example.org'): a WordPress site keeps its uploads under its own address."""
    for ln in lines:
        if "wp-content" in ln:
            m = _MEDIA_URL.search(ln)
            if m:
                return url_host(m.group(0))
    return None


_MASTHEAD_CREDIT = re.compile(r"^by\s+|\s+(?:staff(?: reporters?| writers?)?|news desk|desk|bureau|team|reporters?|correspondents?)$|(?<=\S)/\s*.*$", re.I)
_COPYRIGHT_NOTICE = re.compile(r"^\s*copyright\s*(?:©|\(c\)|\d{4})", re.I)


def copyright_holder(lines: list[str]) -> str | None:
    """The owner named in a copyright line ('© 2024 Kharkiv Observer. All rights reserved.');
    a sign that closes a sentence ('Envoys in Geneva on Monday. © Harbour Press') credits a photo."""
    for ln in lines:
        m = _COPYRIGHT.search(ln)
        # a notice that opens on the word ('Copyright © Harbour Times 2023') is no picture's credit
        notice = bool(_COPYRIGHT_NOTICE.match(ln))
        if m and len(ln) < 260 and not _closes_sentence(ln[: m.start()]) and (notice or not C.is_caption(ln)):
            name = re.split(r"\s+(?:Ltd|Limited|Inc|LLC|GmbH)\b|\.\s", m.group("o"))[0]
            name = re.sub(r"\s+(?:All|Independent|Reproduction|Usage|This)\b.*$", "", name)
            if name and name.lower() not in {"all", "the"}:
                return _tidy_name(name)
    return None


def _closes_sentence(before: str) -> bool:
    return len(C.words(before)) >= 4 and bool(re.search(r"[.!?]\s*$", before))


# --- original source ---------------------------------------------------------------------

_ADAPTED = re.compile(
    r"^\(?(?:this (?:article|story|piece|report) (?:is|was|has been) )?(?:adapted|excerpted|reprinted|republished) (?:from|with permission from)\s+"
    r"(?P<s>[^)]+?)(?:\s+under (?:a |the )?(?:creative commons|cc)\b[^)]*)?\)?\.?$"
    r"|^\(?(?:with (?:inputs|input|agency inputs) from|originally published (?:by|in|on|at))\s+(?P<s2>[^)]+?)\)?\.?$"
    r"|^the post .{5,300} appeared first on (?P<s3>.+?)\.?$"
    r"|^\(?(?:this (?:article|story|piece|report) (?:is|was|has been) )?(?:syndicated|reposted|cross-?posted) (?:from|with permission from)\s+(?P<s8>[^)]+?)\)?\.?$"
    r"|^\(?(?:(?:this (?:[a-z]+ )?)?(?:article|story|piece|report) (?:was |has been )?(?:first |originally )?|(?:was )?originally )"
    r"(?:appeared|published|featured)(?:/(?:also )?(?:appeared|published))? (?:on|in|by)\s+(?P<s4>.+?)\.?\)?$"
    rf"|^\(?source\s*:\s*(?P<s7>https?://\S+|www\.\S+|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{{2,}}(?:/\S*)?){C.LANGUAGE_NOTE}\)?$"
    rf"|^\(?(?:sources?(?:\s*\(s\))?|courtesy(?: of)?|via)\s*:\s*(?P<s5>[A-Z][\w'’&. -]{{1,40}}?){C.LANGUAGE_NOTE}(?:\s*\[[^\]]{{1,40}}\])?\)?\.?$"
    r"|^(?:read the original (?:article|story|post|report)|(?:this (?:article|story) was )?first published) (?:on|in|at|by)\s+(?P<s6>[^.]{2,60}?)\.?$"
    r"|^authors?\s*:\s*(?P<s9>[A-Z][\w'’&. -]{1,40}?)\.?$",
    re.I,
)
# a dateline: the place (two joined by a slash: 'Kyiv/Moscow'), its country ('ANKARA, Türkiye', 'OSTGRAD (Vell),'), the
# day (an ordinal too: '2nd June, 2025'), then the wire in brackets, after a dash or not ('KYIV, Ukraine —(AP)'), one or
# two ('(WAM/Reuters)'), with the day after a dash inside ('(Harbour News / AFP - 3rd June, 2025)'), or between slashes
# ('/TASS/')
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z .'’/-]{1,40}|[A-Z][a-zà-ÿ'’-]+(?:[ /-][A-Z][a-zà-ÿ'’-]+){0,2})(?:\s*\[[A-Z][\w .'’-]{1,30}\]|\s*\([A-Z][\w .'’-]{1,30}\)(?=,))?"
    r"(?:,\s*[A-Z](?:[^\W\d_]|[ .]){1,30}?)?[,.]?"
    r"(?:\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?)?\.?,?\s*"
    r"(?:[-–—]\s*)?(?:\((?P<w1>[A-Za-z][\w .&'/-]{1,40}?)(?:\s+[-–—]\s*[\w ,.]{4,30})?\)\s*[-–—:]?|/(?P<w2>[A-Z][\w .&'-]{1,40})/\.?"
    r"|\[(?P<w3>[A-Z][\w .&'-]{1,40})\]\s*[-–—:])"
)
# a place and a day in figures opening the story ('Vell 28.02.2022 Envoys met ...', 'Tarn, 03.05.2024 –')
_NUMERIC_DATELINE = re.compile(r"^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,?\s+[0-3]?\d\.[01]?\d\.(?:19|20)\d{2}\b")
_CAPS_PLACE = re.compile(r"^[A-Z][A-Z.'’ /-]{1,40}(?:,\s*[A-Z][A-Za-z .]{1,30}?)?,\s+\S")   # 'KYIV, March 3 –'
# the wire opening a story, after the day or not ('(Reuters) - ', 'June 2 (Reuters) - ', 'June 2, 2025 (AFP) – ')
_WIRE_START = re.compile(r"^(?:(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?)"
                         r"(?:,?\s+\d{4})?,?\s+)?\((?P<w>[A-Z][\w .&'-]{1,30})\)\s*(?:[-–—]|(?=[A-Z“\"]))")
# (the dash may be missing before the story's first word: '(Harbour Wire) Envoys met ...')
# a wire's name and a dash opening the story, as some copies render '(Reuters) -': 'Reuters – Envoys met ...'
_BARE_WIRE_START = re.compile(r"^(?P<w>[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,2})\s+[-–—]{1,2}\s+(?=[A-Z\"“‘'])")
# marks a markdown copy or a list puts around or before a line: '**KYIV (AP) —**', '> ', '• '
_LINE_MARKS = re.compile(r"^(?:[*_]{1,3}|[>•·]\s*)+|(?:\*\*|__)")
_ACCORDING = re.compile(
    r"^(?i:according to|as reported by|citing)\s+(?i:(?:a\s+)?reports?\s+(?:from|by|in)\s+)?(?i:the\s+)?"
    r"(?P<s>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3})\s*,",
)
# a story that opens on another outlet's report: 'Axios reported on Sunday that ...', 'The Harbour Post writes that ...'
_RELAYS = re.compile(
    r"^(?i:the\s+)?(?P<s>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3})\s+(?i:(?:has\s+)?(?:reports?|reported|writes|wrote))"
    r"(?:\s+(?:on|late on|early on|last)\s+[A-Z]?[\w]+)?,?\s+(?i:that)\b")
_NARRATES = re.compile(r"^(?i:the\s+)?(?P<s>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3})\s+(?:reports|writes)\s+(?:that\s+)?(?=[a-z])")
# a line that opens another outlet's report quoted under it ('The Harbour Post reports:'), and a lead that closes on the
# outlet whose story it retells, in the present ('..., France 24 reports.', '..., the BBC writes.')
_REPORT_OPENS = re.compile(r"^(?:the\s+)?(?P<s>[A-Z][\w'’&.-]*(?:\s+[A-Z0-9][\w'’&.-]*){0,3})\s+(?:reports|writes|reported|wrote)\s*:$")
# a sentence that closes on the outlet reporting it ('…, France 24 reports.', '…, a Harbour News correspondent reports.',
# '… in Tarn, as reported by HNS.')
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“‘])")
_CLOSING_RELAY = re.compile(r"(?:,\s+(?:(?:a|an|the)\s+)?(?P<s>[A-Z][\w'’&.-]*(?:\s+[A-Z0-9][\w'’&.-]*){0,3}?)\s+(?:correspondent\s+)?(?:reports|writes)"
                            r"|,?\s+as\s+reported\s+by\s+(?:the\s+)?(?P<s2>[A-Z][\w'’&.-]*(?:\s+[A-Z0-9][\w'’&.-]*){0,3}))\.?$")
_FROM_SERVICE = re.compile(r"^from (?:the )?(?P<s>[A-Z][\w'’&. -]{1,40}?) (?:news service|wire service|wire|news agency)$", re.I)
_NEWSLETTER_BRAND = re.compile(
    r"^(?:sign up|subscribe)\s+(?:for|to)\s+(?:the\s+)?(?P<b>[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,4}?)\s+"
    r"(?:(?:world|morning|evening|daily|weekly|europe|security|politics)\s+)*(?:brief|briefing|newsletter|digest|headlines)\b",
    re.I,
)


# a dateline that names its wire without brackets: 'MOSCOW, May 16. INTERFAX - ', 'Kyiv, 4 June / Ukrinform / – '
_BARE_WIRE_DATELINE = re.compile(
    r"^[A-Z][A-Za-z'’/-]+(?:[ -][A-Z][A-Za-z'’/-]+){0,2}(?:,\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?(?:[,.]\s*|\s+(?=[-–—]))"
    r"(?:(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?[.,]?\s*)?"
    r"(?:/\s*|[-–—]\s*)?(?P<wire>[A-Z][\w.&'’-]*(?:[ -][A-Za-z][\w.&'’-]*){0,3}?)(?:\s*/)?\s*[-–—:]\s+\S")


# the wire after the date, closed by a full stop: 'MOSCOW, June 2 – RIA Novosti. ', 'Kyiv, 2 June - Interfax. '
_WIRE_AFTER_DATE = re.compile(
    r"^[A-Z][A-Za-z'’/-]+(?:[ -][A-Z][A-Za-z'’/-]+){0,2},\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?"
    r"\s*[-–—]\s*(?P<wire>[A-Z][\w.&'’-]*(?:[ -][A-Za-z][\w.&'’-]*){0,3}?)\.\s+\S")


def _may_be_outlet(name: str) -> bool:
    """A name a 'Source:' line may credit: no official body or person's office ('Ministry of Defence',
    'Office of the President')."""
    return lexicon().official_words.isdisjoint(w.casefold() for w in C.words(name))


def _is_media_name(name: str) -> bool:
    """A wire, a listed outlet, a web site, or a name with a word of the press in it ('The Harbour Post',
    'Channel 12'); not a person, government or army ('the Kremlin', 'Ukraine's General Staff')."""
    name = name.strip()
    lex = lexicon()
    said = {w.casefold() for w in C.words(name)}
    if not lex.official_words.isdisjoint(said):
        return False
    return bool(wire_name(name) or known_outlet(name) or _SITE.match(name)) or not lex.media_words.isdisjoint(said)


def _wire_from_text(body_lines: list[str]) -> str | None:
    """The wire of a dateline ('KYIV, March 3 (Reuters) –', 'Kyiv (AFP) —', '(AP) —') or of a
    sentence closing the first paragraph ('Interfax reports.'). A dateline whose place is
    not in capitals counts only with a known wire in it and the story after it."""
    opening = [_LINE_MARKS.sub("", x).strip() for x in [y for y in body_lines if y.strip()][:6]]
    for s in opening:
        m = _DATELINE.match(s)
        if m:
            name = (m.group("w1") or m.group("w2") or m.group("w3")).strip()
            if "/" in name and not wire_name(name):      # two wires: the first the lexicon knows ('(WAM/Reuters)'; 'RFE/RL' is one)
                parts = [p.strip() for p in name.split("/") if p.strip()]
                name = next((p for p in parts if wire_name(p) or listed_outlet(p)), parts[0] if parts else name)
            known = wire_name(name) or listed_outlet(name)   # 'Washington (CNN) — '
            # an unknown name between slashes after places joined by slashes is one more place ('TARN/VELL/OSTGRAD/ -')
            listed_place = not known and m.group("w2") and "/" in m.group("place")
            if ((m.group("place").isupper() and (known or name[0].isupper())) or (known and len(s) > m.end() + 20)) and not listed_place:
                return known or name
        m = _WIRE_START.match(s)
        if m and not _bracketed_place(m.group("w")):
            return wire_name(m.group("w")) or m.group("w").strip()
        m = _BARE_WIRE_DATELINE.match(s) or _WIRE_AFTER_DATE.match(s)
        if m and wire_name(m.group("wire")):
            return wire_name(m.group("wire"))
        m = _BARE_WIRE_START.match(s)
        if m and wire_name(m.group("w")) and C.is_prose(s):
            return wire_name(m.group("w"))
    first = next((s for s in opening if C.is_prose(s)), None)
    return lead_wire(first) if first else None


def _bracketed_place(name: str) -> bool:
    """An unknown name in capitals opening a story in brackets, longer than an agency's initials: the place of a
    dateline written so ('(NEW YORK) — ', '(OSTGRAD) -- '), not a wire."""
    name = name.strip()
    return not (wire_name(name) or listed_outlet(name)) and name.isupper() and (" " in name or len(name) > 5)


_OUTLET_BYLINE = re.compile(
    rf"^(?:by\s+)?{_NAME}(?:\s*(?:,|and|&)\s*{_NAME}){{0,3}}\s*(?:,|\||/|\s[-–—]|\s+for(?:\s+the)?|\()\s*"
    r"(?P<o>[A-Z][\w'’&.-]*(?:\s+[\w'’&.-]+){0,4}?)\)?\.?$")


def _outlet_of_byline(lines: list[str]) -> str | None:
    """The listed outlet a byline names as the writer's ('By Jane Doe, The Harbour Post', 'Jane Doe |
    Financial Times', 'By Jane Doe for the Financial Times'): a copy of that outlet's story."""
    for ln in lines[:40]:
        s = ln.strip()
        if not s or len(s) > 120 or C.is_prose(s):
            continue
        m = _OUTLET_BYLINE.match(s)
        if not m or wire_name(m.group("o")) or ("/" in s and s[:3].lower() != "by ") or C.is_caption(s):
            continue      # wires have their own credit rules; 'Jane Doe / Harbour Post' credits a photo
        known = listed_outlet(m.group("o"))
        if known:
            return known
    return None


_READ_TIME = re.compile(r"^\d+\s*(?:min(?:ute)?s?|m)(?: read)?$", re.I)


def _provider_line(lines: list[str]) -> str | None:
    """A listed outlet named on a line of its own above the story, alone or with the time ('The Harbour
    Post', 'Financial Times · 3 min read'): the provider line of a portal that carries other outlets' stories."""
    for ln in lines[:40]:
        s = ln.strip()
        if not s:
            continue
        if C.is_prose(s):
            break
        parts = [p.strip() for p in _STAMP_SEPARATORS.split(s) if p.strip()]
        if not parts or len(parts[0]) < 3 or is_section_label(parts[0]) or wire_name(parts[0]):
            continue      # a wire's name alone is a credit, and has its own rules (not under a caption)
        rest_ok = all(is_date_line(p) or find_dates(p) or _READ_TIME.match(p) or re.match(r"^(?:updated|published|posted)\b", p, re.I)
                      for p in parts[1:])
        if rest_ok and (known := listed_outlet(parts[0])):
            return known
    return None


def listed_outlet(name: str) -> str | None:
    """The lexicon's outlet a name denotes, give or take a leading 'The' or a trailing word of an edition
    that addresses add too ('The Kyiv Independent', 'BBC News', 'Harbour Post English')."""
    bare = re.sub(r"^the\s+", "", name.strip(), flags=re.I)
    words = bare.split()
    edition = words[:-1] if len(words) > 1 and words[-1].casefold() in lexicon().domain_words else []
    return known_outlet(name) or known_outlet(bare) or (known_outlet(" ".join(edition)) if edition else None)


# wires joined by a slash after a source label, a dash or a bracket ('Sources: Reuters/AP', '— AFP/dpa', '(Reuters/AFP)'):
# a story's credit, though shaped like a photographer's ('Jane Doe/AFP'); the credit cues name the wire only
# when every part is one
_LABELLED_WIRES = re.compile(r"^(?:(?:sources?|by|from|via)\s*:?\s*|[-–—]+\s*|\(\s*)[^/]{2,40}/", re.I)
_PHOTO_WORD = re.compile(r"\b(?:photo(?:graph)?s?|pictures?|images?|pool|handout|via|file|illustration|video|screenshot)\b|/\s*\w+\s*$", re.I)


# a name in brackets after a sentence's end ('Envoys arrive in Tarn on Monday. (Reuters)')
_CLOSING_BRACKET = re.compile(r"[.!?\"”»]\s*\(\s*(?P<s>[^()]{1,40}?)\s*\)\.?$")


def _credited(lines: list[str]) -> str | None:
    """A wire named by a credit line ('with reporting by Reuters', '— AFP', a
    line 'Associated Press' or 'Jane Doe, AFP' under the headline); photo credits
    ('Photo: AFP', 'AFP via Getty Images') and credits under a caption do not count."""
    # a line names a wire only where it holds the first word of a wire the page names, or where the last 60
    # characters of a longer line (what `credited_wire` reads of it) start inside a word: one split of the
    # page's words, then a substring test per line instead of a split of each
    named = page_wire_words("\n".join(ln.strip() for ln in lines))
    previous = ""
    for ln in lines:
        s = ln.strip()
        if not s:
            continue
        if (glued := glued_wire(s)) and not C.is_caption(previous):
            return glued[1]      # 'Jane DoeReuters': the writer's wire
        holds = bool(named) and holds_any(s, named)
        if holds and (via := portal_credit(s)) and not C.is_caption(previous):
            return via       # a portal's credit of the wire: 'via' names no picture agency here
        wire = credited_wire(s) if holds or _cut_tail(s) else None
        byline = s[:3].lower() == "by "
        # a caption closed by the wire in brackets ('Envoys in Tarn on Monday. (Reuters)') credits its picture
        pictured = C.is_caption(s) and (_PHOTO_WORD.search(s) or bool(_CLOSING_BRACKET.search(s))) and not _only_wires(s)
        if wire and (byline or _LABELLED_WIRES.match(s) or not pictured) and (
                desk_wire(s) == wire or not _credits_picture_above(previous, wire)):   # (a desk line credits the story)
            return wire
        previous = s
    return None


def _only_wires(line: str) -> bool:
    """A line of wires joined by slashes and nothing else ('Harbour Wire/VNA'): the story's agencies; a picture's
    credit names its photographer with the agency."""
    parts = [p.strip() for p in line.split("/")]
    return len(parts) >= 2 and all(wire_name(p) for p in parts)


def _credits_picture_above(previous: str, wire: str) -> bool:
    """A credit line naming `wire` under a caption credits its picture, unless the caption names who took the
    picture and that is not `wire` ('… Photo: Jane Doe/Harbour Press' over 'AP Washington' credits the story)."""
    return C.is_caption(previous) and (not C.closes_on_photo_credit(previous) or wire in wires_named(previous))


_WORD_CHAR = re.compile(r"[^\W_]")


def _cut_tail(line: str) -> bool:
    """Whether the 60-character tail `credited_wire` reads of a line over 200 characters starts inside a word."""
    return len(line) > 200 and bool(_WORD_CHAR.match(line, len(line) - 61)) and bool(_WORD_CHAR.match(line, len(line) - 60))


# a story that opens on a dateline without a wire in it: 'KHERSON, Ukraine – ', 'Valletta — ', 'ISTANBUL: '
_BARE_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.'’-]+(?:[ /][A-Z][A-Z.'’-]+){0,3}(?:,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?\s*(?:[—–-]{1,2}|:)"
    r"|[A-Z][a-zà-ÿ'’-]+(?:\s[A-Z][a-zà-ÿ'’-]+){0,2}(?:,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?\s+[—–-]{1,2})\s+\S"
)


def _photo_wire_of_dateline(lines: list[str], body_lines: list[str]) -> str | None:
    """The wire of an uncredited wire story kept whole with its pictures: the story opens on a bare
    dateline ('Valletta — ') and every photo credit on the page names one wire ('PHOTO: REUTERS')."""
    first = next((s.strip() for s in body_lines if C.is_prose(s) and not C.is_caption(s)), "")
    if not _BARE_DATELINE.match(first):
        return None
    named: set[str] = set()
    for ln in lines:
        s = ln.strip()
        if s and C.is_caption(s):
            named |= wires_named(s[-120:])
    return named.pop() if len(named) == 1 else None


_CREDIT_PARTS = re.compile(r"\s+[–—|]\s+")


def original_source(lines: list[str], body_lines: list[str], outlet: str | None, rehost: bool,
                    *, bylined: bool = False) -> str | None:
    """Where the story came from: an explicit credit, a wire dateline, a relay
    ("According to reports from Bloomberg,"), a wire's words on its own reporting
    ('a draft seen by Reuters'), an unbylined dateline story whose photos come from
    one wire, a rehost's traces of the original outlet, else the outlet itself."""
    styled = house_style(lines)
    # a line of credits between dashes or bars is read part by part ('at Harbour Blog – Source: harbour.example – Read
    # the original article here')
    for ln in (part for line in lines for part in dict.fromkeys([line.strip(), *_CREDIT_PARTS.split(line.strip())[1:]])):
        m = _ADAPTED.match(ln.strip())
        if m and m.group("s5") and (styled or not _may_be_outlet(m.group("s5")) or _PHOTO_WORD.search(m.group("s5"))):
            continue     # 'Source: the President's evening address' in a house style that opens paragraphs so; 'Source: Video
            #              Screenshot', a picture's
        if m and m.group("s9") and not _is_media_name(m.group("s9")):
            continue     # 'Author: Jane Doe': a writer; 'Author: BBC' names the outlet the story came from
        if m and _names_a_time(next(g for g in m.groups() if g)):
            continue     # 'First published on June 2, 2025': when, not where
        if m and not is_generic_credit(next(g for g in m.groups() if g)):
            given = next(g for g in m.groups() if g)
            name = (url_host(given if "//" in given else "http://" + given) or given) if m.group("s7") else _tidy_name(given)
            return wire_name(name) or name
    referenced = _referenced_site(lines)
    if referenced:
        return referenced
    # a dateline opens the story, or a short first paragraph the body search starts after ('KYIV (Reuters) - Talks ended.')
    wire = (_wire_from_text(body_lines) or (None if body_lines is lines else _wire_from_text(lines)) or _credited(lines)
            or next((w for ln in lines if (w := house_credit(ln))), None))
    if wire:
        return wire
    for ln in lines:
        m = _FROM_SERVICE.match(ln.strip())
        if m:
            return _tidy_name(m.group("s"))
    stamped = _stamp_source(lines) or _read_at(lines) or _closing_site(body_lines)
    if stamped:
        return stamped
    outlet_byline = _outlet_of_byline(lines) or _provider_line(lines)
    if outlet_byline:
        return outlet_byline
    opening = [ln.strip() for ln in body_lines if C.is_prose(ln)][:2]
    first = opening[0] if opening else ""
    # the first paragraph relays a report ('Axios reported on Sunday that ...'), or the second narrates the whole
    # story as another outlet's, in the present ('The Harbour Post reports the envoys ...')
    # or a sentence of the first, or the second's first, closes on the outlet that reports it ('…, Harbour News reports.')
    m = (_ACCORDING.match(first) or _RELAYS.match(first) or (_NARRATES.match(opening[1]) if len(opening) > 1 else None)
         or next((r for p in [*_SENTENCE_BREAK.split(first), *(_SENTENCE_BREAK.split(opening[1], maxsplit=1)[:1] if len(opening) > 1 else [])]
                  if (r := _CLOSING_RELAY.search(p))), None)
         or next((r for ln in lines[:12] if (r := _REPORT_OPENS.match(ln.strip()))), None))
    said = m and (m.groupdict().get("s") or m.groupdict().get("s2"))
    if said and _is_media_name(said):
        return wire_name(said) or _tidy_name(said)
    relayed = relayed_wire(first, "\n".join(ln.strip() for ln in body_lines)) if first else None
    if relayed:
        return relayed
    if styled:
        return styled
    page = "\n".join(ln.strip() for ln in lines)
    for name, patterns in lexicon().house_signatures:
        hits = sum(cue in page and bool(p.search(page)) for cue, p in patterns)
        if hits >= 2:
            return name
    wire = own_reporting_wire("\n".join(ln.strip() for ln in body_lines)) or (
        None if bylined else _photo_wire_of_dateline(lines, body_lines))
    if wire:
        return wire
    if rehost:
        for ln in lines:
            m = _NEWSLETTER_BRAND.match(ln.strip())
            if m and not same_source(m.group("b"), outlet):
                return _tidy_name(m.group("b"))
    return outlet


_REFERENCES = re.compile(r"^(?:references?|sources?)(?:\s*\(s\))?\s*:?$", re.I)


def _referenced_site(lines: list[str]) -> str | None:
    """The site a list of references under the story names on a line of its own ('Reference(s):', the headline it
    links, 'harbourwire.com'): an aggregator's summary of that site's story."""
    for i, ln in enumerate(lines):
        if _REFERENCES.match(ln.strip()):
            listed = [x.strip() for x in lines[i + 1 : i + 8] if x.strip()][:3]
            # the site on a line of its own, or run on to the headline above it where a copy joined the two lines
            site = next((x.rsplit(None, 1)[-1] for x in listed if _SITE.match(x.rsplit(None, 1)[-1])), None)
            if site:
                return url_host(site if "//" in site else "http://" + site)
    return None


_TIME_WORDS = re.compile(r"^(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b"
                         r"|(?:today|yesterday|this (?:week|month|year)|last (?:week|month|year))\b)", re.I)


def _names_a_time(given: str) -> bool:
    """Whether what a 'first published on …' line gives is a time ('June 2, 2025', '02.06.2025 10:15',
    'Monday') rather than an outlet."""
    return bool(_TIME_WORDS.match(given.strip(" :(")) or find_dates(given) or is_date_line(given))


# a portal's stamp of the outlet a story came from and when it ran, its opening bracket sometimes lost in the copy:
# '(Global Times) 09:12, June 02, 2025', 'By Li Ming (China Daily) 09:12, June 02, 2025', 'Ecns.cn) 09:12, June 02, 2025'
_OUTLET_STAMP = re.compile(r"^(?:[Bb]y\s+[^()]{2,60}?\s*)?\(?(?P<s>[A-Z][\w'’ .&-]{1,40}?)\)\s*\d{1,2}:\d{2},\s*[A-Z][a-z]{2,9}\.?\s+\d{1,2},\s*\d{4}$")


def _stamp_source(lines: list[str]) -> str | None:
    """The outlet a portal's stamp names ('(Global Times) 09:12, June 02, 2025'): a wire, a listed outlet, a web
    site, or a name with a word of the press in it."""
    for ln in lines[:40]:
        s = ln.strip()
        m = _OUTLET_STAMP.match(s) if s and ")" in s and len(s) < 140 else None
        if m and _is_media_name(m.group("s")):
            name = m.group("s").strip()
            return wire_name(name) or listed_outlet(name) or _tidy_name(name)
    return None


# an excerpt's pointer to the whole story elsewhere: 'Read the full article at Reuters', 'Continue reading on Axios',
# 'Read more at harbourpost.example', 'Read more: Harbour News', or one that says whose it is: 'According to harbour.example',
# 'Credit: Harbour News'
_READ_AT = re.compile(r"^(?:(?:read|continue reading)(?: more)?(?: the)?(?: full| complete| original| whole| rest of the)?(?: article| story| report| post)?"
                      r"(?: here)?(?:\s*:| (?:at|on|in))|according to|credits?\s*:)\s*(?P<s>(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+[\w'’&.-]+){0,4}?|[\w.-]+\.[a-z]{2,})\.?$", re.I)


def _read_at(lines: list[str]) -> str | None:
    """The outlet an excerpt points to for the whole story ('Read the full article at Reuters') or credits under
    its text ('Credit: Harbour News'): a wire, a listed outlet or a web site, on a line that is no picture's credit
    (nor a credit under a caption)."""
    previous = ""
    for ln in lines:
        s = ln.strip()
        m = _READ_AT.match(s) if s and len(s) < 100 else None
        credit = s[:6].lower() == "credit"
        if m and ((C.is_prose(previous) and not C.is_caption(previous)) if credit else not C.is_caption(s)):
            name = m.group("s").strip()
            found = wire_name(name) or listed_outlet(name) or (name if _SITE.match(name) else None)
            if found:
                return found
        previous = s or previous
    return None


def _closing_site(body_lines: list[str]) -> str | None:
    """The outlet in brackets closing the story's last paragraph ('… a leading role. (Harbour News)', '(harbour.example)'):
    a listed outlet or a web site, as wires' own names closing a paragraph credit them."""
    last = next((ln.strip() for ln in reversed(body_lines) if len(C.words(ln)) >= 10), "")
    m = _CLOSING_BRACKET.search(last)
    if not m:
        return None
    name = m.group("s")
    return listed_outlet(name) or (name if _SITE.match(name) else None)


def is_rehost(lines: list[str]) -> bool:
    """Traces of an auto-blog copy: 'Source link', 'The post … appeared first on …'."""
    return any(_REHOST_TRACE.match(ln.strip()) for ln in lines)


_REHOST_TRACE = re.compile(r"^(?:source link|the post .+ appeared first on .+)$", re.I)
_WIRE_CREDIT = re.compile(r"^(?:reporting|writing|additional reporting) by\s+(.+)$", re.I)


def wire_credit_names(lines: list[str]) -> list[str]:
    """Reporter names in a wire credit ('Reporting by A in X and B in Y; Editing by C')."""
    names: list[str] = []
    for ln in lines:
        m = _WIRE_CREDIT.match(ln.strip())
        if m:
            names += [_strip_name(p) for p in re.split(r";|,|\band\b|\bby\b", m.group(1)) if _strip_name(p)]
    return names


# --- dates -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PageDates:
    published: dt.date | None
    page_date: dt.date | None
    lines: tuple[str, ...] = field(default=())   # the date lines (dropped from the body)


_WEEKDAY_ON = re.compile(r"\b[Oo]n (" + "|".join(w.capitalize() for w in WEEKDAYS) + r")\b")
# a clause about what is yet to come ('… will travel to Tarn on Wednesday'): its weekday is a later day's
_FUTURE_BEFORE = re.compile(r"\b(?:will|shall|(?:is|are) (?:due|expected|set|scheduled) to|(?:is|are) to|plans? to|next)\b[^.;]{0,60}$", re.I)


def _weekday_cue(body_lines: list[str]) -> int | None:
    """The weekday the opening lines give for their events ('on Tuesday', 'On Friday, July 5'), not one of an event
    still to come ('will meet on Wednesday')."""
    for ln in body_lines[:4]:
        for m in _WEEKDAY_ON.finditer(ln):
            if not _FUTURE_BEFORE.search(ln, max(0, m.start() - 80), m.start()):
                return WEEKDAYS.index(m.group(1).lower())
    return None


def page_dates(region: list[str], title_index: int | None, body_lines: list[str], today: dt.date,
               *, stamp: dt.date | None = None, url: str | None = None, lines: list[str] | None = None) -> PageDates:
    """Publication date (a leading date stamp, else the first date after the
    headline, else the date of a dateline opening the story) and the page's own
    date where it differs (a masthead date above the headline). A date written
    without a year takes the page's year (`context_year`) or stays unknown; a
    date the lead gives for its events ('On Friday, July 5, …') is not the
    publication date; a page that gives none takes the full date of its URL's path
    ('/2024/12/08/'); no date is later than `today`."""
    before: list[dt.date] = []
    after: list[dt.date] = []
    used: list[str] = []
    yearless: list[tuple[int, int]] = []
    ambiguous: list[tuple[dt.date, dt.date]] = []
    updated: set[int] = set()     # the dates after the headline on lines that say when the page changed
    # a site's header bar with the weather ('7 December, 2025' / '4.5° Overcast'): its date is the day the page was
    # saved, not the story's
    weather = [i for i, ln in enumerate(region) if C.shows_temperature(ln)]
    for i, ln in enumerate(region):
        s = ln.strip()
        if not s or C.is_prose(s) or C.is_caption(s) or len(s) > 200:
            continue
        found = find_dates(s)
        if (found or is_date_line(s)) and any(abs(i - j) <= 4 for j in weather):
            used.append(s)
            continue
        if found:
            (after if title_index is None or i > title_index else before).append(found[0].date)
            if (title_index is None or i > title_index) and _UPDATE_LABEL.match(s):
                updated.add(len(after) - 1)
        elif is_date_line(s):
            yearless += find_yearless(s)
            ambiguous += slashed_readings(s)
        if found or is_date_line(s):
            used.append(s)
    # the first date after the headline, past one that only says when the page was updated ('Updated June 3, 2025' /
    # 'Published June 2, 2025')
    first_after = next((d for k, d in enumerate(after) if k not in updated), after[0] if after else None)
    published = stamp or (first_after if after else (before[-1] if before else None))
    shown_day = (not after and _MASTHEAD_DAY.match(used[-1] if used else "")) or (
        title_index is None and len(after) == 1 and bool(used) and _MASTHEAD_DAY.match(used[0]))
    if published is not None and not stamp and shown_day:
        # the day's date a masthead shows ('Tuesday, November 25, 2025') over a story whose dateline gives an
        # earlier day of that week ('GENEVA, Nov 24 (Reuters) -'): the story ran on the dateline's day; on a page
        # without a headline too, where the masthead's day is its only full date
        filed = _dateline_day(body_lines, published)
        if filed is not None:
            return PageDates(filed, published, tuple(used))
    if published is None and not yearless:
        # a labelled stamp under the story ('Posted on 16/05/2025', 'Published: June 2, 2025')
        tail = (lines or region)[len(region):]
        for ln in tail:
            s = ln.strip()
            if s and len(s) <= 80 and _STAMP_LABEL.match(s) and is_date_line(s) and (found := find_dates(s)):
                published = found[0].date
                used.append(s)
                break
        else:
            # an unlabelled stamp closing the story: a full date with its time right under the last paragraph
            # ('2025-06-02 14:05:33', 'June 2, 2025 10:14 am')
            previous = ""
            for ln in tail:
                s = ln.strip()
                if not s:
                    continue
                if C.is_prose(previous) and len(s) <= 60 and _CLOCK.search(s) and is_date_line(s) and (found := find_dates(s)):
                    published = found[0].date
                    used.append(s)
                    break
                previous = s
    if published is None:
        for ln in body_lines[:2]:
            s = ln.strip()
            if (m := _PLACE_DASH_DATE.match(s) or _DATE_DASH.match(s)) and (full := find_dates(m.group("date"))) and full[0].date <= today:
                published = full[0].date   # a press release's dateline: 'VELL/TARN – October 22, 2025 – Envoys ...'
                break
            if _CAPS_PLACE.match(s) or _DATELINE.match(s) or _NUMERIC_DATELINE.match(s):   # a dateline's date, not a lead's 'On Friday, July 5'
                # the dateline writes the year ('Moscow, 5 January 2023 (dpa) –'): a date before its dash or wire, not
                # one the lead gives for its events ('KYIV – On February 24, 2022, …')
                m = _DATELINE.match(s)
                full = find_dates(s[: m.end()] if m else re.split(r"\s[–—-]\s|\(", s, maxsplit=1)[0][:60])
                if full and full[0].date <= today:
                    published = full[0].date
                    break
                filed = find_yearless(s[:60])
                # a slashed date that reads either way ('06/12/2025'), settled by the dateline's day ('MOSCOW, June 12')
                published = next((d for pair in ambiguous for d in pair if (d.month, d.day) in filed), None)
                yearless += filed
    if published is None:
        if yearless:
            page_lines = lines or region
            published = place_yearless(*yearless[0], today, year=context_year(page_lines, url),
                                       weekday=_weekday_cue(body_lines), mentioned=mentioned_year(page_lines, today))
        else:   # the day the story's address files it under, else the day its lead picture's caption points to
            published = url_date(url) or _caption_day(region, body_lines, mentioned_year(lines or region, today))
    if published is not None and published > today:
        published = None
    page = next((d for d in before if published and d != published), None)
    return PageDates(published, page, tuple(used))


_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b")
_FILE_PICTURE = re.compile(r"\b(?:file|archive|archival)\b", re.I)


def _caption_day(region: list[str], body_lines: list[str], mentioned: int | None = None) -> dt.date | None:
    """On a page that gives no date of its own, the day a lead's weekday names ('... met on Thursday') in the week
    that starts on the full date of the lead picture's caption ('... in Tarn, Ostland, March 10, 2022.'): the
    picture was taken at the event the story reports. Not a caption marked as an old picture ('FILE - '), nor one
    dated before a year the page mentions (`mentioned`: a picture from an earlier event)."""
    weekday = _weekday_cue(body_lines)
    if weekday is None:
        return None
    for ln in region:
        s = ln.strip()
        if not s or not C.is_caption(s):
            continue
        if _FILE_PICTURE.search(s):
            return None
        found = find_dates(s)
        if found:
            shot = found[-1].date
            if mentioned is not None and shot.year < mentioned:
                return None
            return shot + dt.timedelta(days=(weekday - shot.weekday()) % 7)
    return None


# a dateline giving the full date between dashes, or a dash and a colon, as press releases write it ('VELL/TARN –
# October 22, 2025 – ', 'Tarn, Vell – December 15, 2025: ')
_PLACE_DASH_DATE = re.compile(r"^[A-Z][\w.'’-]*(?:(?:\s+|\s*[,/]\s*)[A-Z][\w.'’-]*){0,4}\s+[–—-]{1,2}\s+"
                              r"(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8},?\s+\d{4})\s*(?:[–—-]{1,2}|:)\s+\S")
# a story opening on its full date, the source in brackets or not, then a dash ('March 29, 2025 (HNS)—Envoys ...')
_DATE_DASH = re.compile(r"^(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8},?\s+\d{4})\s*"
                        r"(?:\([A-Z][\w .&'/-]{1,40}\)\s*)?[–—-]{1,2}\s*[A-Z“\"]")
# a full date led by its weekday, alone on its line: the day a masthead shows
_MASTHEAD_DAY = re.compile(r"^(?:" + "|".join(WEEKDAYS) + r"),?\s+\S.{4,30}$", re.I)
# the label of a line that says when a page changed ('Updated', 'Last updated:', 'Modified', 'Edited')
_UPDATE_LABEL = re.compile(r"^(?:last\s+)?(?:updated|modified|edited|amended|revised)\b", re.I)
# the label of a publication stamp ('Posted on', 'Published:', 'Date published:', 'First published')
_STAMP_LABEL = re.compile(r"^(?:first\s+)?(?:posted|published|date(?:\s+published)?)\b\s*(?:on\b|:)?", re.I)


def _dateline_day(body_lines: list[str], shown: dt.date) -> dt.date | None:
    """The day a dateline opening the story gives ('GENEVA, Nov 24 (Reuters) -'), when it falls in the six
    days before `shown`."""
    for ln in body_lines[:2]:
        s = ln.strip()
        if _CAPS_PLACE.match(s) or _DATELINE.match(s):
            for month, day in find_yearless(s[:60]):
                for year in (shown.year, shown.year - 1):
                    d = _safe_date(year, month, day)
                    if d is not None and 0 < (shown - d).days <= 6:
                        return d
    return None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_iso_date(value: object) -> dt.date | None:
    """A date from an ISO string, a date/datetime, or a free-form date in a record field."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    s = str(value).strip()
    try:
        return dt.date.fromisoformat(s[:10])
    except ValueError:
        found: list[Found] = find_dates(s)
        return found[0].date if found else None
