"""Furniture removal: from a page's lines to the article body.

A page dump (plain text or the text trafilatura extracts from HTML) is a
list of lines. Each line is classified with general patterns over the
vocabulary and structure of news-page furniture: menus, share bars, captions
and photo credits, subscription prompts, comment boxes, view counters, tags,
copyright and standards notices, teaser blocks ("Read more", "Most read"),
author bios and repeated headlines. Nothing here knows any particular file.

The page is split into three zones:

* the *header*: everything before the first prose paragraph (masthead,
  navigation, headline, byline, date) — kept for metadata, dropped from the
  body;
* the *body*: from the first prose paragraph on, minus furniture lines;
* the *footer*: what follows a hard end marker of a rehost ("Source link",
  "Previous article") — kept for metadata (author boxes), dropped from the body.
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field

from .dates import is_date_line
from .lexicon import credited_wire, house_credit, is_generic_credit, is_section_label, lexicon

# --- line shapes ------------------------------------------------------------

_TAG = re.compile(r"</?[a-z][^>]{0,20}>", re.I)
_SENT_END = re.compile(r"(?:[.!?:;\"”’»]|[.!?:;\"”’]\))\s*$")  # a bare ")" closes a headline's aside, not a sentence
_WORD = re.compile(r"[^\W_]+(?:[’'\-][^\W_]+)*", re.UNICODE)
_SEPARATORS = re.compile(r"\s*(?:\||·|•|›|»|/|\s{2,}|\t)\s*")


@lru_cache(maxsize=4096)
def words(line: str) -> tuple[str, ...]:
    """The words of a line (letters and digits, with inner apostrophes/hyphens). Kept: the rules
    split the same lines several times (a page's lines stay in the cache while it is cleaned)."""
    return tuple(_WORD.findall(line))


@lru_cache(maxsize=65536)
def is_prose(line: str) -> bool:
    """A paragraph of running text rather than a label, menu or headline."""
    n = len(words(line))
    s = line.strip()
    if n < 10 or len(s) < 60 or is_date_line(s):
        return False
    if s.endswith("?"):
        return n >= 20
    if n <= 26 and is_title_case(s) and not s.endswith((".", "!")):
        return False
    if _SENT_END.search(s):
        return True
    return n >= 32 or len(s) >= 220


# words a caption's names never capitalise past its first word, and a headline in title case does
_SMALL_WORDS = frozenset({"their", "his", "her", "its", "our", "your", "is", "are", "was", "will", "be", "has", "have",
                          "to", "for", "and", "on", "in", "at", "a", "an", "with", "over", "from", "into"})
# words no menu of section names holds and a headline joins its words with
_MENU_BREAKERS = _SMALL_WORDS | {"of", "the", "as", "by", "after", "says"}
# the small words of four letters that title case leaves in lower case ('Talks with Vell over the Border')
_TITLE_SMALL_WORDS = frozenset({"with", "over", "from", "into", "onto", "upon", "amid", "than", "that", "near", "past", "via"})


def is_title_case(line: str) -> bool:
    """Most longer words capitalised, as in a headline ('Trump’s Proposed Plan to End the War'); the small words
    title case leaves in lower case ('with', 'over') do not count."""
    long_words = [w for w in words(line) if len(w) >= 4 and not w.isdigit() and w not in _TITLE_SMALL_WORDS]
    return len(long_words) >= 3 and sum(w[0].isupper() for w in long_words) >= 0.75 * len(long_words)


def unwrap(lines: list[str]) -> list[str]:
    """Join the lines of a hard-wrapped text (every line cut near one width) back into paragraphs.

    A line is joined to the next when the next line's first word would not
    have fitted on it; a text is taken as hard-wrapped when most of its
    lines end within a few characters of its widest line.
    """
    filled = [len(ln.rstrip()) for ln in lines if ln.strip()]
    width = max(filled, default=0)
    if len(filled) < 6 or not 40 <= width <= 100 or sum(n >= width - 12 for n in filled) < 0.5 * len(filled):
        return lines
    out: list[str] = []
    previous = ""
    for ln in lines:
        s = ln.rstrip()
        if previous and s.strip() and len(previous) + 1 + len(s.split()[0]) > width:
            out[-1] = out[-1] + " " + s.strip()
        else:
            out.append(s)
        previous = s
    return out


# a bar or a middle dot between parts of a line: a stamp ('via Harbour Wire · 2d'), never a headline's words
_STAMP_BAR = re.compile(r"\s[|·•]\s")


# a web address alone ('harbour.example', 'https://harbour.example/news')
WEB_ADDRESS = re.compile(r"^(?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?:/\S*)?$", re.I)


def join_split_headline(lines: list[str], *, look: int = 8) -> list[str]:
    """Rejoin a headline cut in two near the top of a page ('Envoys agree to keep talking' /
    'about prisoner exchange'): the second part follows at once, starts in lower case, is short
    and ends without a full stop, and is no date, byline, credit ('dpa', 'via Harbour Wire'), stamp ('… · 2d'), menu,
    web address ('harbour.example') or furniture line; the first part is no date line ('Sunday, July 27, 2025' over a stray 'spot_img')."""
    out = list(lines)
    for i in range(min(look, len(out) - 1)):
        head, tail = out[i].strip(), out[i + 1].strip()
        if (head and tail and tail[0].islower() and len(words(tail)) <= 12 and not tail.endswith((".", "!", "?", ":"))
                and is_headline_like(head) and not is_date_line(head) and not is_date_line(tail) and not is_furniture(tail) and not is_nav_menu(tail)
                and not tail.lower().startswith(("by ", "via ", "updated", "published", "posted")) and not is_credit_line(tail)
                and not _STAMP_BAR.search(tail) and not WEB_ADDRESS.match(tail)):
            out[i : i + 2] = [head + " " + tail, ""]
            break
    return out


def is_loose_prose(line: str) -> bool:
    """Running text without closing punctuation (a standfirst, a writer's note)."""
    s = line.strip()
    return len(words(s)) >= 15 and not is_furniture(s) and not is_date_line(s)


def is_standfirst(line: str) -> bool:
    """A short summary right under a headline, written as a sentence without its full stop ('Any deal that
    rewards aggression will invite the next war'): eight words or more, most of them after the first in
    lower case (a headline in title case capitalises them), and no furniture, date, credit or menu."""
    s = line.strip()
    ws = words(s)
    if len(ws) < 8 or len(s) > 300 or s.endswith(":") or is_furniture(s) or is_date_line(s) or is_credit_line(s) or is_nav_menu(s):
        return False
    rest = [w for w in ws[1:] if w[:1].isalpha()]
    return bool(rest) and s[0].isupper() and sum(w[0].isupper() for w in rest) * 2 < len(rest)


def is_sentence_headline(line: str) -> bool:
    """A headline written as one short sentence with its full stop ('Envoys agreed on a new exchange of
    prisoners.'): five to fourteen words, one sentence, in a capital; a story's lead runs longer."""
    s = line.strip()
    ws = words(s)
    if not 5 <= len(ws) <= 14 or not s.endswith(".") or s.endswith("..") or not s[0].isupper():
        return False
    return not re.search(r"[.!?][\"”’»)]?\s+\S", s[:-1]) and not is_furniture(s) and not is_date_line(s)


_CLOSED_INSIDE = re.compile(r"[^.][.,;][\"”’»)]+$")


def is_caps_headline(line: str) -> bool:
    """A short headline in capitals ('ENVOYS REJECT TRUCE PLAN'): four or five words, too short for
    `is_headline_like`, which leaves short capitals to section labels and site names."""
    s = line.strip()
    ws = [w for w in words(s) if w != "&"]
    return s.isupper() and 4 <= len(ws) < 6 and len(s) <= 80 and not s.endswith((".", ",", ";", ":")) and not is_furniture(s)


@lru_cache(maxsize=65536)
def is_headline_like(line: str) -> bool:
    """A line shaped like a headline: several words, no closing full stop."""
    s = line.strip()
    ws = [w for w in words(s) if w != "&"]
    if not 4 <= len(ws) <= 26 or len(s) > 220:
        return False
    if s.endswith((".", ",", ";")) and not s.endswith("..."):
        return False
    if _CLOSED_INSIDE.search(s):   # a sentence closed inside its quote or bracket ('... “we are ready.”'): no headline
        return False
    if s.isupper() and len(ws) < 6:
        return False
    return s[0].isupper() or s[0].isdigit() or s[0] in "\"'“‘«"


# --- furniture vocabulary ---------------------------------------------------

_SOCIAL = {
    "share", "share this", "share this article", "share this story", "share post", "share on facebook",
    "share on twitter", "share on x", "tweet", "facebook", "twitter", "x", "linkedin", "email", "e-mail",
    "whatsapp", "telegram", "pinterest", "reddit", "print", "save", "copy link", "link", "comment",
    "comments", "show comments", "gift this article", "listen", "listen to this article", "a a", "aa",
    "advertisement", "sign in", "log in", "login", "register", "subscribe", "search", "search...",
    "skip to main content", "menu", "close", "more", "home", "share:", "email this", "save article",
    "read later", "vk", "dzen", "flipboard", "messenger", "viber", "copy", "follow", "donate",
    "partagez", "partager", "teilen", "compartir", "condividi", "compartilhar", "udostępnij",
}
_COUNT_TOKEN = re.compile(
    r"^(?:\d[\d,. ]*\s*(?:comments?|min(?:ute)?s?(?: read)?|views?|shares?)|"
    r"(?:comments?|views?|shares?)\s*:?\s*\(?\d[\d,. ]*\)?|listen\s*\d+\s*min|👁\s*[\d,. ]+|\d+)$",
    re.IGNORECASE,
)

# the language a credited source wrote in, after its name: 'Source: Harbour Courier (in French)', '[in French]'
LANGUAGE_NOTE = r"(?:\s*[(\[](?:in|originally in|original in)\s+[A-Z][a-z]+[)\]])?"

_FURNITURE_PATTERNS = [
    # subscription / newsletter / membership prompts
    r"^(?:subscribe|sign up|sign in|log ?in|register|join (?:us|our)|become a (?:member|patron|subscriber|supporter)"
    r"|support (?:independent|our|quality|local)\b|receive free\b.*\bupdates|get (?:the|our) .{0,60}"
    r"(?:newsletter|brief(?:ing)?|digest|in your inbox)|enter your email|follow us|donate\b|our free daily briefing)",
    r"\b(?:in|to) your inbox\b",
    r"\bnewsletter\b.{0,80}$",
    r"\btelegram[- ]channel\b",
    r"\bsign up(?: here)?\.?$",
    r"^(?:subscribe|sign in|log in)\b.{0,40}$",
    # comment boxes
    r"^comments?\s*(?:\(\s*[\d,. ]+\s*\)|:\s*\d+|\d+)?\s*$",
    r"^\d[\d,. ]*\s+comments?\b.{0,30}$",
    r"^(?:loading comments|leave a (?:comment|reply)|show comments|post a comment|add a comment)",
    r"\byour email address will not be published\b",
    r"\b(?:you must be logged in|sign in to comment|log in to (?:comment|join the discussion)|to join the discussion)\b",
    r"\bcomments on this page are (?:now )?closed\b",
    r"\bcommunity guidelines\b",
    r"^\d{1,4}\s*/\s*\d{2,4}$",
    r"^report (?:bias|an error|a problem|this comment)$",
    # counters and reading aids
    r"^(?:views?|reads?|просмотров)\s*:?\s*[\d ,.]+$",
    r"^👁",
    r"^\d+\s*(?:min(?:ute)?s?)\s*read$",
    r"^listen\b.{0,40}\bmin\b",
    r"^listen to this article\b",
    # tags, categories, topics
    r"^(?:tags?|topics?|categories|category|suggested topics|filed under|related topics|keywords)\s*[:·]",
    # copyright, licensing, standards, disclaimers
    r"^(?:©|\(c\)\s|copyright\b)",
    r"\ball rights reserved\b",
    r"\b(?:reproduction|usage|use|reuse) of (?:the )?materials?\b",
    r"^(?:reproduction|reprinting) (?:only|is allowed|is permitted|requires)\b",
    r"^reuse this content$",
    r"^acquire licensing rights",
    r"\bthis material may not be published\b",
    r"^our standards:",
    r"\btrust principles\b",
    r"\bquotes delayed\b",
    r"\bcreative commons\b.{0,60}licen[cs]e",
    r"\bcontent of this (?:web)?site\b",
    r"\breflects the (?:opinion|views?) of the author\b",
    r"\bdoes not necessarily (?:represent|reflect)\b",
    r"\bctrl\s*\+\s*enter\b",
    r"^do you have an opinion on\b",
    r"\bsubmit a letter\b",
    r"^(?:please )?(?:turn on|enable) javascript\b",
    r"^show key events only$",
    r"^key events$",
    r"^(?:previous|next) (?:article|post|story)$",
    r"^(?:back to|see) all (?:articles|stories|news)$",
    r"^recent (?:posts|articles)$",
    r"^editor'?s'? (?:pick|choice)$",
    r"^(?:advertisement|advert|sponsored|ad)$",
    r"^skip to (?:main )?content$",
    r"^source link$",
    r"^(?:this blog is now closed|live)$",
    r"^(?:print|email)\b.{0,40}\bcomments?\s*\(\d+\)$",
    r"^the post .{5,300} appeared first on .{2,80}\.?$",
    r"^\(?(?:adapted|excerpted|reprinted|republished) (?:from|with permission from)\b.{2,80}\)?\.?$",
    r"^\(?(?:with (?:inputs|input|agency inputs) from|originally published (?:by|in|on|at))\b.{2,80}\)?\.?$",
    r"^(?:reporting|writing|editing|additional reporting|compiled|edited) by\b",
    rf"^\(?(?:source|courtesy(?: of)?|via)\s*:\s*(?:[A-Z][\w'’&. -]{{1,40}}|https?://\S+|www\.\S+){LANGUAGE_NOTE}\)?\.?$",
    r"^(?:english version|polska wersja|українською|версия на русском)\b",
    r"^(?:trending|breaking|most read|most viewed|popular)\s*:",
    r"^(?:video|watch|podcast|gallery|in pictures|photos?)\s*:\s*[^.!?]{3,120}$",
    r"^(?:\*\s*){3,}$|^[-=_~•·]{3,}$",
    r"^this image has been supplied by a third party",
]
# Patterns anchored at the line start are tried there only (`match`); the rest are searched.
# One alternation searched at every position of a line costs far more than both together.
_FURNITURE_START = re.compile("|".join(f"(?:{p})" for p in _FURNITURE_PATTERNS if p.startswith("^")), re.IGNORECASE)
_FURNITURE_ANY = re.compile("|".join(f"(?:{p})" for p in _FURNITURE_PATTERNS if not p.startswith("^")))  # on lower-cased text: faster than IGNORECASE

_ODD_CASE = ("\u0130", "\u0131", "\u017f", "\u212a")   # 'İ', 'ı', 'ſ', Kelvin 'K': matched to i, s, k by IGNORECASE


def _may_hold_credit_word(line: str) -> bool:
    """False only when the lexicon's `photo_credit_word` cannot match: no credit word in the lower-cased
    line, no '©' (and no letter that IGNORECASE matches to an ASCII one but `lower` does not map to it)."""
    low = line.lower()
    for w in lexicon().photo_credit_stems:    # a loop of `in` tests: faster than a regex of the words, or `any`
        if w in low:
            return True
    return "©" in line or any(c in line for c in _ODD_CASE)


# credits that need no other cue: '(AP Photo/Jane Doe)', 'REUTERS/Jane Doe', 'EPA-EFE/JANE DOE', '(Xinhua/Li Ming)'
_AGENCY_SLASH_NAME = re.compile(
    r"\(\s*(?:[\w.&'-]+\s+){0,2}(?:photo|image|picture)s?\s*(?:/|by\b|:)[^()]{1,60}\)\.?$"
    r"|(?-i:(?:^|[\s.(])[A-Z]{2,}(?:[-/][A-Z]{2,})*/(?:[A-Z][a-z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}|[A-Z]{2,}(?:\s+[A-Z]{2,}){1,3})\)?\.?$)"
    r"|(?-i:\([A-Z][\w.-]+/[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}\)\.?$)"
    # the photographer, then the agency, in round or square brackets: '(Jane Doe/AP)', '[Jane Doe/Harbour Press]', '[File: Jane Doe/AP]'
    r"|(?-i:[(\[](?:(?:File|Photo|Image)\s*:\s*)?(?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’.-]+\s*/\s*[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}[)\]]\.?$)",
    re.I,
)

# "Source: AGENCY / Photographer Name" closing a caption
_AGENCY_PHOTOGRAPHER = re.compile(r"\bsource\s*:\s*[A-Z][\w&.-]*\s*/\s*[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}\.?$", re.I)

# a rehost's end: the copied story stops here; what follows is the host's furniture
_HARD_END = re.compile(
    r"^(?:source link|previous (?:article|post)|next (?:article|post)|recent posts|leave a (?:reply|comment)"
    r"|loading comments\W*|back to all articles)\s*$",
    re.IGNORECASE,
)
_BIO_JOBS = re.compile(
    r"\b(?:writer|correspondent|columnist|editor|reporter|journalist|contributor|fellow|author|blogger|lecturer"
    r"|diplomat|official|analyst|professor|researcher|editor-at-large|staff)\b",
    re.IGNORECASE,
)
_ROLE_LINE = re.compile(
    r"^(?:[\w-]+\s+){0,3}(?:correspondent|editor|reporter|writer|columnist|contributor|staff|desk|bureau chief|"
    r"analyst)s?$",
    re.IGNORECASE,
)


def _is_social_bar(line: str) -> bool:
    """A row of share/action/nav tokens (Share · Facebook · X · Email, Comments (12), 4 min read)."""
    parts = [p.strip(" :").lower() for p in _SEPARATORS.split(line.strip()) if p.strip(" :")]
    if not parts:
        return False
    joined = line.strip(" :").lower()
    if joined in _SOCIAL:
        return True
    rest = [p for p in parts if p not in _SOCIAL and not _COUNT_TOKEN.match(p)]
    if not rest:
        return True
    if len(line) > 160:   # more than ten words
        return False
    words_only = [w.lower() for w in words(line)]
    return len(words_only) <= 10 and all(w in _SOCIAL or w.isdigit() for w in words_only)


@lru_cache(maxsize=65536)
def is_nav_menu(line: str) -> bool:
    """A menu: three or more short segments separated by |, ·, / or wide gaps, or a menu bar run together in
    capitals from its first item ('HOME NEWS BUSINESS SPORTS VIDEO')."""
    s = line.strip()
    if _CAPS_MENU.match(s) or _is_word_menu(s):
        return True
    parts = [p for p in _SEPARATORS.split(s) if p.strip()]
    if len(parts) < 3 and not (len(parts) == 2 and re.search(r"\s[|›/]\s", s)):
        return False
    if _SENT_END.search(s) and s.endswith((".", "!", "?")):
        return False
    return all(len(words(p)) <= 4 and len(p) <= 40 for p in parts)


def _is_word_menu(line: str) -> bool:
    """A menu run together as words with single spaces ('Politics Science Culture Arts Real Estate Podcast Food Travel
    Sport'): eleven words or more, each capitalised, none a small word a headline joins its words with, no mark but
    '&' or '-'."""
    tokens = line.split()
    return (len(tokens) >= 11 and all(t[0].isupper() and (t.isalpha() or t == "&" or "-" in t) for t in tokens)
            and not any(t.casefold() in _MENU_BREAKERS for t in tokens))


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_ENDS_ON_DATE = re.compile(rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}"
                           r"|\((?:file(?: photo)?|archive(?: photo)?)\))\.?$", re.I)
_PLACES_PEOPLE = re.compile(r",\s*(?:left|right|centre|center|second (?:from )?(?:left|right)|third (?:from )?(?:left|right)),"
                            r"|\((?:L|R|C|left|right|centre|center|2nd [LR]|second (?:from )?(?:left|right))\)|\bfrom left\b|\bL-R\b"
                            r"|\(L to R\)", re.I)
# the wire-photo convention 'in Kyiv, Ukraine, May 3, 2025.': a place (with its state and country: 'in Portland, Maine,
# U.S., June 2, 2025'), then the date without 'on'
_AT_PLACE_ON_DATE = re.compile(
    rf"\b(?:in|at|near|outside) (?:the )?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){{0,3}}(?:,\s*[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){{0,2}}){{0,2}}"
    rf",?\s+(?:{_MONTH}\s+\d{{1,2}},\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}})\.?$")
_YEAR_END = re.compile(r"(?:\d{4}|\))\.?$")
_PLACE_CUES = ("left", "right", "centre", "center", "(l", "(r", "(c", "(2nd", "l-r", "(second", "third")
_PLACE_CUE = re.compile("|".join(map(re.escape, _PLACE_CUES)))   # any of them in the lower-cased line: one scan in C
_NARRATED = re.compile(r"\b(?:was|were|had|has|have|will|would|did|could|should|is expected|are expected)\b", re.I)
_REPORTED = re.compile(r"\b(?:said|says|told|tells|according to|added|noted|stressed|stated|announced)\b|[“\"]", re.I)
_NOT_NOW = re.compile(r"\b(?:to|will|would|could|can|may|might|must|should|did|does|not|never|shall|plans?|wants?)\s+$", re.I)


def is_bare_caption(line: str) -> bool:
    """A caption without a credit: opened as one ('FILE - ', 'Pictured: '), or a picture's description
    in the present tense ('The envoys arrive for talks in Geneva, Switzerland, June 4, 2025.') that ends
    on a full date or places its people (', left,'), and reports no one's words."""
    s = line.strip()
    if len(s) < 20 or len(s) > 400 or s.endswith("?") or s[:3].lower() == "by ":
        return False    # 'By Jane Doe in Tarn June 2, 2025' is a byline with its place and day
    lex = lexicon()
    if lex.caption_opener.match(s):
        return len(words(s)) >= 5
    if lex.caption_start.match(s):
        return len(words(s)) >= 5 and not _REPORTED.search(s)
    tail, low = s[-14:], s.lower()
    dated = bool(_YEAR_END.search(tail)) and bool(_ENDS_ON_DATE.search(s))
    placed = bool(_PLACE_CUE.search(low)) and bool(_PLACES_PEOPLE.search(s))
    if not (dated or placed):
        return False
    n = len(words(s))
    if n < 5 or n > 60 or _REPORTED.search(s) or _NARRATED.search(s):
        return False
    if dated and n <= 40 and _AT_PLACE_ON_DATE.search(s):
        return True
    present = any(not _NOT_NOW.search(s[: m.start()][-20:]) for m in lex.caption_verb.finditer(s))
    # people placed in the picture with no verb and no closing stop ('The minister, left, and her counterpart')
    return present or (dated and placed) or (placed and n <= 30 and not s.endswith((".", "!", "?")))


_CLAUSE = re.compile(r"\b(?:to\s+(?!the\b|an?\b|his\b|her\b|their\b|its\b|this\b|that\b)[a-z]+|will|would|could|can|may|might|must|"
                     r"should|shall|is|are|was|were|has|have|had|says|say|said|does|do|did|not|as it|as they)\b")
_SHOWN_PLACE = re.compile(r"\((?:L|R|C|left|right|centre|center|2nd [LR]|second (?:from )?(?:left|right))\)|,\s*(?:left|right|centre|center),", re.I)
_QUOTES = set('"“”«»‘:?!|·•')
_QUOTE_CHAR = re.compile("[" + re.escape("".join(sorted(_QUOTES))) + "]")   # any of _QUOTES: one scan in C
_ENDS_ON_DAY = re.compile(rf"\bon (?:\d{{1,2}}(?:st|nd|rd|th)? {_MONTH}|{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?)(?:,? \d{{4}})?\.?$")
# a longer preposition capitalised inside a line: a headline in title case, not a caption in sentence case
_TITLE_CASE_LINK = re.compile(r"\s(?:Between|With|From|After|During|About|Over|Into|Against|Amid|Before|Without|Under|Across|"
                              r"Towards?|Through|Upon|Within|Ahead)\s")


@lru_cache(maxsize=65536)
def _capitalised_place(rest: str) -> bool:
    """A place phrase with every longer word capitalised ('in Vell', 'at Harbour Palace')."""
    long_words = [w for w in words(rest) if len(w) >= 4 and not w.isdigit() and w not in _TITLE_SMALL_WORDS]
    return bool(long_words) and len(words(rest)) <= 5 and all(w[0].isupper() for w in long_words)


def is_picture_description(line: str) -> bool:
    """A picture's description with neither verb nor credit: people named by name and office, what they do as a
    participle or nothing, then where or when they were ('Russian President Vladimir Putin and US President Donald
    Trump at a news conference in Anchorage', 'Ukrainian delegation head Rustem Umerov (R) during the talks',
    'President Jane Doe delivering a speech in Tarn on April 22').
    The subject holds capitalised names and the lexicon's `caption_subject_words` only, at least
    two capitalised words past the first (one when the line ends on a day: 'on 28 February'); the
    rest holds no clause (no auxiliary, 'says', 'to go'); a headline in title case is none."""
    s = line.strip()
    if len(s) > 300 or s.endswith(("...", "…")) or _QUOTE_CHAR.search(s) or s[:3].lower() == "by ":   # the cheap tests first
        return False    # 'By Jane Doe on June 2, 2025' is a byline with its date
    lex = lexicon()
    m = lex.caption_place.search(s)
    if not m:
        return False
    subject = _SHOWN_PLACE.sub(" ", s[: m.start()]).rstrip()
    verb = [v for v in lex.caption_verb.finditer(subject) if v.end() == len(subject)]
    if verb:                        # 'Russian President Vladimir Putin speaks | during a meeting in Moscow'
        subject = subject[: verb[-1].start()]
    tokens = [t for t in re.split(r"[\s,]+", subject) if t]

    def named(t: str) -> bool:
        return t[0].isupper() or t.casefold() in lex.caption_subject_words

    acting = next((k for k, t in enumerate(tokens) if t.endswith("ing") and t.islower()), None)
    if acting is not None and acting >= 2 and len(tokens) - acting <= 5 and all(named(t) for t in tokens[:acting]):
        tokens = tokens[:acting]   # what the people shown do, as a participle ('President Jane Doe delivering a speech')
    if len(tokens) < 2 or not all(named(t) for t in tokens):
        return False
    if any(t.casefold() in _SMALL_WORDS for t in tokens[1:] if t[0].isupper()):
        return False    # a small word capitalised, as title case does and no caption ('Vell Details Their Offer to Tarn')
    if not 5 <= len(words(s)) <= 40:   # after the subject's test, which most lines fail, as the count splits the whole line
        return False
    rest = s[m.start():]
    dated = bool(_ENDS_ON_DAY.search(rest))   # 'Zelensky and Trump in the Oval Office on 28 February': two names do
    capitals = sum(t[0].isupper() for t in tokens[1:])
    if capitals < (1 if dated else 2):
        return False
    if (is_title_case(s) and is_title_case(rest) and not dated) or _TITLE_CASE_LINK.search(s):   # 'Common Ground Between Kyiv and Ankara'
        return False
    if is_title_case(s) and not dated and _capitalised_place(rest) and len(tokens) >= 4 \
            and not any(t.casefold() in lex.caption_office_words for t in tokens):
        return False    # a headline in title case that ends on its place ('Envoys Postpone Planned Summit in Vell'), no one's office
    #                     named as a caption names the people shown ('President Jane Doe and Minister John Roe in Vell')
    return not (_CLAUSE.search(rest) or _REPORTED.search(rest) or _NARRATED.search(rest) or _PAST_CLAUSE.search(rest))


# a verb in the past over its object ('... in 2023 issued an arrest warrant'): a sentence's, which no picture's
# description has
_PAST_CLAUSE = re.compile(r"\b[a-z]{3,}ed\s+(?:an?|the|his|her|its|their|this|that|these|those)\b")
_LABEL_STOP = re.compile(r"[!?:;\"“”«»|/()]|\d")


def is_name_label(line: str) -> bool:
    """A picture's name label, the person shown and nothing else ('Kremlin spokesman Dmitry Peskov', 'US special
    envoy Jane Doe'): three to twelve words, capitalised or the lexicon's `caption_subject_words`, an office of
    `caption_office_words` among them in lower case (a headline in title case capitalises it), at least two
    capitalised words, no verb-bearing lower-case word and no punctuation but commas and a closing full stop; or
    the office written first, capitalised, then the name ('President of Vell Jane Doe').
    Or the people shown and what they do, with no place ('Russian President Vladimir Putin and US President
    Donald Trump shake hands'): such a subject with three capitalised words past the first, then a lower-case
    `caption_verbs` verb closing the line."""
    s = line.strip().removesuffix(".")
    if not 12 <= len(s) <= 160 or _LABEL_STOP.search(s):
        return False
    lex = lexicon()
    verb = [v for v in lex.caption_verb.finditer(s) if v.end() == len(s)]
    if verb:
        tokens = [t for t in re.split(r"[\s,]+", s[: verb[-1].start()]) if t]
        return (2 <= len(tokens) <= 16 and all(t[0].isupper() or t.casefold() in lex.caption_subject_words for t in tokens)
                and sum(t[0].isupper() for t in tokens[1:]) >= 3)
    tokens = [t for t in re.split(r"[\s,]+", s) if t]
    if not 3 <= len(tokens) <= 12:
        return False
    lower = [t for t in tokens if not t[0].isupper()]
    if lower and tokens[0].casefold() in lex.caption_office_words and set(lower) <= {"of", "for", "the"}:
        # the office written first, with its place or body, then the name ('President of Ukraine Jane Doe', 'Minister of
        # Foreign Affairs Li Wen'): a capitalised office there, as in no headline but one with a verb after 'of'
        return len(tokens) <= 7 and len(tokens) - len(lower) >= 4
    if not lower or not any(t in lex.caption_office_words for t in lower):
        return False
    return all(t in lex.caption_subject_words for t in lower) and len(tokens) - len(lower) >= 2


@lru_cache(maxsize=65536)
def is_caption(line: str) -> bool:
    """A picture caption or bare photo credit."""
    s = line.strip()
    if len(s) > 400:
        return False
    if is_bare_caption(s) or is_picture_description(s) or is_name_label(s):
        return True
    tail = s[-160:]   # every credit pattern is anchored at the end of the line
    if (":" in tail and _AGENCY_PHOTOGRAPHER.search(tail)) or (("/" in tail or "(" in tail) and _AGENCY_SLASH_NAME.search(tail)):
        return True
    return closes_on_photo_credit(s)


def closes_on_photo_credit(line: str) -> bool:
    """A line ending on a picture's credit ('… in Geneva. Photo: Jane Doe', '… (Getty Images)'): a caption that
    names who took its picture, so a credit line under it is no longer the picture's."""
    s = line.strip()
    # a credit pattern counts only in a line with a credit word ('via' and 'photo' are such words): that test first
    lex = lexicon()
    if not _may_hold_credit_word(s) or not lex.photo_credit_word.search(s):
        return False
    tail = s[-160:]
    low = tail.lower()
    return any(any(c in low for c in cues) and rx.search(tail) for cues, rx in lex.photo_credits)


# an embedded post as a copy flattens it: the post's words, then its signature, the author's name with the handle and the
# day ('… pic.twitter.com/x1Y2 — Harbour Office (@HarbourOffice) June 16, 2023')
# or its words closing on the post's short link ('#BREAKING: Envoys agree to meet again https://t.co/aB3dE5')
_EMBED_LINK = re.compile(r"\s(?:https?://t\.co/\w+|pic\.twitter\.com/\w+)$")
_EMBED_SIGNATURE = re.compile(r"\s[—–-]{1,2}\s*[^—–\n]{1,80}?\(@\w{1,30}\)\s+(?:[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]{2,8},? \d{4})\s*$")


# a temperature as a weather widget shows it ('4.5°', '+12°C', '-3 °F')
_BARE_TEMPERATURE = re.compile(r"^[-+−]?\d{1,2}[.,]\d\s?[CF]$")
_TEMPERATURE = re.compile(r"(?<![\w.,])[-+−]?\d{1,2}(?:[.,]\d)?\s?°\s?[CF]?(?!\w)")


def shows_temperature(line: str) -> bool:
    """A line with a temperature in it, as a site's weather widget shows one (a line of a temperature alone may
    leave out the degree sign: '23.1 C')."""
    return ("°" in line and bool(_TEMPERATURE.search(line))) or bool(_BARE_TEMPERATURE.match(line.strip()))


def _is_weather(line: str) -> bool:
    """A weather widget's line: a temperature with a place or the sky's state, a few words at most ('• 4.5°',
    'Tarn +12°C Sunny')."""
    return len(line) <= 48 and len(words(line)) <= 6 and shows_temperature(line)


@lru_cache(maxsize=65536)
def is_furniture(line: str) -> bool:
    """True when a line is page furniture anywhere on the page."""
    s = line.strip()
    if not s:
        return False
    if _EMBED_SIGNATURE.search(s) or _EMBED_LINK.search(s) or _is_weather(s):
        return True
    if len(s) > 220:  # menus, share bars and prompts are short; long lines can only be captions
        return is_caption(s)
    if _is_social_bar(s) or is_nav_menu(s):
        return True
    if _FURNITURE_START.match(s) or _FURNITURE_ANY.search(s.lower()) or lexicon().furniture.match(s) or lexicon().desk_credit.match(s):
        return True
    half = _doubled(s)
    if half is not None and is_furniture(half):
        return True
    return is_caption(s)


# a menu bar flattened to one line of capitals: 'HOME' and four or more section names, none a small word of a sentence
_CAPS_MENU = re.compile(r"^HOME(?:\s+(?!(?:A|AN|THE|IN|ON|AT|TO|OF|FOR|AND|WITH|BY|OVER|AFTER)\b)[A-Z][A-Z0-9&'’-]{1,20}){4,15}$")
# breadcrumbs run on to the headline with no gap between them, as some copies render them ('HomeWorldEnvoys meet ...')
_GLUED_CRUMBS = re.compile(r"^Home(?:[A-Z][a-z]+)+?(?=[A-Z][a-z'’-]*\s)")


# a live page's stamp run on to the end of an entry's heading ('… meet againpublished at 00:27 GMT 16 August')
_GLUED_STAMP = re.compile(r"(?<=[a-z.!?\"”’])(?:published|updated|posted) at \d{1,2}[:.]\d{2}\b.*$")


# a skip link run on to the headline ('Skip next section Envoys meet in Vell', 'Skip to main contentEnvoys meet')
_GLUED_SKIP = re.compile(r"^skip (?:to (?:the )?(?:main )?content|(?:to )?(?:the )?next section|navigation)\s*(?=[A-Z0-9\"“‘'])", re.I)


def strip_glued_crumbs(line: str) -> str:
    """`line` without breadcrumbs or a skip link run on to its start ('HomeWorldEnvoys meet in Vell', 'Skip next section
    Envoys meet in Vell' -> 'Envoys meet in Vell') or a
    live page's stamp run on to its end ('Envoys meet in Vellpublished at 10:15 GMT' -> 'Envoys meet in Vell')."""
    m = _GLUED_CRUMBS.match(line.strip()) or _GLUED_SKIP.match(line.strip())
    line = line.strip()[m.end():] if m else line
    m = _GLUED_STAMP.search(line)
    return line[: m.start()].rstrip() if m else line


def _doubled(line: str) -> str | None:
    """The half of a line that is one phrase written twice, run together or with a space between, in either case,
    as a copy renders a link and its hidden label ('Skip to main contentSkip to main content', 'Advertisement
    Advertisement', 'newsletters Newsletters')."""
    n = len(line)
    if n < 6:
        return None
    half, low = line[: n // 2], line.lower()
    if n % 2 == 0 and low[n // 2 :] == low[: n // 2]:
        return half.strip()
    if n % 2 == 1 and line[n // 2] == " " and low[n // 2 + 1 :] == low[: n // 2]:
        return half.strip()
    return None


_SENTENCE_INSIDE = re.compile(r"[a-z]{2}[.!?][\"”’]?\s+\S")


def is_photo_credit(line: str) -> bool:
    """A line that only credits a picture ('Photo: Reuters', '(Getty Images)', 'JANE DOE/AFP'): a caption
    of a few words with no sentence in it. The line above it is that picture's caption."""
    s = line.strip()
    return bool(s) and len(s) <= 80 and len(words(s)) <= 8 and not _SENTENCE_INSIDE.search(s) and is_caption(s)


def _next_filled(lines: list[str] | tuple[str, ...], i: int) -> int | None:
    return next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)


def captions_a_top_picture(lines: list[str] | tuple[str, ...], i: int) -> bool:
    """Line `i` is the caption of a picture above the headline: its credit follows on a line of its own
    ('Photo: Reuters'), then a headline (a line shaped like one that is no sentence)."""
    j = _next_filled(lines, i)
    if j is None or not is_photo_credit(lines[j]):
        return False
    k = _next_filled(lines, j)
    return k is not None and is_headline_like(lines[k]) and not is_prose(lines[k]) and not is_furniture(lines[k])


@lru_cache(maxsize=65536)
def is_credit_line(line: str) -> bool:
    """A line that only credits the story ('AFP', 'By Reuters Staff', 'With files from The Associated
    Press', 'Agencies'), not running text that ends with a credit."""
    s = line.strip()
    if house_credit(s):
        return True
    if len(s) > 200 or len(words(s)) > 15 or is_prose(s) or _SENTENCE_INSIDE.search(s):
        return False
    return bool(credited_wire(s)) or is_generic_credit(s.strip("()[]—–-:. "))


def teaser_marker(line: str) -> str | None:
    """If the line opens a teaser block, what follows the marker on the same line ('' if nothing)."""
    s = line.strip()
    if len(s) > 160 or is_prose(s):
        return None
    m = lexicon().teaser_marker.match(s)
    return (m.group("rest") or "").strip() if m else None


def is_teaser_line(line: str) -> bool:
    """A line inside a teaser block: a headline, a numbered/bulleted headline or a truncated excerpt."""
    s = line.strip()
    if not s:
        return True
    if s.endswith(("...", "…")):
        return True
    if re.match(r"^(?:\d{1,2}[.)]|[-–•*])\s+", s) and len(s) <= 160:
        return True
    return not is_prose(s)


def is_bio(line: str, names: list[str]) -> bool:
    """An author bio: '<Name> is a ... writer/correspondent ...'."""
    return bool(names) and bool(_bio_start(tuple(names)).match(line.strip()))


@lru_cache(maxsize=1024)
def _bio_start(names: tuple[str, ...]) -> re.Pattern[str]:
    who = sorted({w for name in names for w in (name, name.split()[0])}, key=len, reverse=True)
    return re.compile(rf"^(?:{'|'.join(map(re.escape, who))})\s+(?:is|was|writes|has been|covers|reports)\b")


def is_anonymous_bio(line: str) -> bool:
    """A bio without a known byline: 'Firstname Lastname is a ... correspondent ...'."""
    m = re.match(r"^([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\s+(?:is|was)\s+(?:a|an|the)\b(.{0,160})", line.strip())
    return bool(m and _BIO_JOBS.search(m.group(2)))


def is_role_line(line: str) -> bool:
    """A job title under a byline ('Diplomatic correspondent')."""
    return bool(_ROLE_LINE.match(line.strip()))


# --- zones --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Zones:
    """A page split into header / body / footer lines (body still unfiltered)."""

    lines: tuple[str, ...]
    body_start: int
    body_end: int  # exclusive; footer = lines[body_end:]

    @property
    def header(self) -> list[str]:
        return list(self.lines[: self.body_start])

    @property
    def footer(self) -> list[str]:
        return list(self.lines[self.body_end :])


def split_lines(text: str) -> list[str]:
    """Normalise newlines and spaces; keep blank lines as paragraph breaks."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\u200b", "")
    return [ln.rstrip() for ln in text.split("\n")]


def find_zones(lines: list[str], *, has_header: bool = True) -> Zones:
    """Locate the first prose paragraph (body start) and a rehost's end marker."""
    start = 0
    if has_header:   # the first paragraph, past a caption on top of the page (its credit and the headline follow)
        start = next((i for i, ln in enumerate(lines) if is_prose(ln) and not is_furniture(ln)
                      and not (len(words(ln)) <= 60 and captions_a_top_picture(lines, i) and _only_furniture(lines[:i]))), 0)
    end = len(lines)
    seen_prose = False
    for i in range(start, len(lines)):
        s = lines[i].strip()
        if is_prose(s) and not is_furniture(s):
            seen_prose = True
        elif seen_prose and _HARD_END.match(s):
            end = i
            break
    return Zones(tuple(lines), start, end)


def _only_furniture(lines: list[str]) -> bool:
    """Nothing but furniture, date lines and menus: the top of a page."""
    return all(not ln.strip() or is_furniture(ln) or is_date_line(ln) or is_nav_menu(ln) for ln in lines)


@dataclass(frozen=True, slots=True)
class Cleaned:
    """The body text and the lines removed from it."""

    text: str
    removed: tuple[str, ...] = field(default=())


def _norm(line: str) -> str:
    return " ".join(line.lower().split())


def _plain_words(line: str) -> str:
    return " ".join(words(_TAG.sub(" ", line))).lower()


def _is_alt_text(line: str, following: str | None) -> bool:
    """An image's description just above its caption: short, no closing punctuation, not a subheading."""
    return (following is not None and len(line) < 160 and not _SENT_END.search(line) and len(words(line)) < 20
            and is_caption(following) and not is_title_case(line) and not is_caption(line))


def _is_teaser_copy(line: str, later: list[str]) -> bool:
    """A truncated excerpt ('… to resolve...') whose words the page gives in full further down."""
    if not line.endswith(("...", "…")):
        return False
    ws = _plain_words(line).split()[:-1]   # the last word may be cut
    return len(ws) >= 6 and " ".join(ws) in " ".join(_plain_words(ln) for ln in later if ln.strip())


def _is_cut_fragment(line: str, kept: list[str]) -> bool:
    """The last line of a copy cut off a few words in ('Hungary's Orban ar'), after the article."""
    return bool(kept) and len(words(line)) < 5 and not _SENT_END.search(line)


_SLIDE_NUMBER = re.compile(r"^\d{1,2}\s+")


def _gallery_slides(lines: list[str], filled: list[int]) -> set[int]:
    """The lines of a picture gallery as a copy flattens it: each caption, then the same caption under its slide's
    number ('Envoys arrive in Tarn.' / '1 Envoys arrive in Tarn.'); both lines of every such pair."""
    slides: set[int] = set()
    for i, j in zip(filled, filled[1:]):
        m = _SLIDE_NUMBER.match(lines[j].strip())
        if m and lines[j].strip()[m.end():] == lines[i].strip():
            slides |= {i, j}
    return slides


def clean_body(
    lines: list[str],
    *,
    title: str | None = None,
    byline_names: list[str] | None = None,
    meta_lines: set[str] | None = None,
) -> Cleaned:
    """Drop furniture from body lines; join paragraphs with blank lines.

    `meta_lines` are lines already used as metadata (byline, date lines) and
    are dropped wherever they appear; `title` repeats are dropped too.
    """
    names = byline_names or []
    drop_exact = {_norm(x) for x in (meta_lines or set())}
    if title:
        drop_exact.add(_norm(title))
    kept: list[str] = []
    removed: list[str] = []
    seen: set[str] = set()
    in_teasers = False
    n = len(lines)
    filled = [i for i, ln in enumerate(lines) if ln.strip()]
    slides = _gallery_slides(lines, filled)
    for k, i in enumerate(filled):
        raw = lines[i]
        s = raw.strip()
        following = lines[filled[k + 1]] if k + 1 < len(filled) else None
        if (i in slides or _is_alt_text(s, following) or (s.endswith(("...", "…")) and _is_teaser_copy(s, lines[i + 1 :]))
                or (following is None and _is_cut_fragment(s, kept))):
            removed.append(s)
            continue
        key = _norm(s)
        marker = teaser_marker(s)
        if marker is not None:
            in_teasers = True
            removed.append(s)
            continue
        if in_teasers:
            if is_teaser_line(s) or is_furniture(s):
                removed.append(s)
                continue
            in_teasers = False
        tail = i >= n * 0.6
        if (
            key in drop_exact
            or (key in seen and len(words(s)) >= 3)
            or is_furniture(s)
            or is_bio(s, names)
            or (tail and is_anonymous_bio(s))
            or is_role_line(s)
            or is_date_line(s)
            or is_credit_line(s)
            or (len(s) <= 60 and is_section_label(s))
        ):
            removed.append(s)
            continue
        seen.add(key)
        kept.append(s)
    return Cleaned("\n\n".join(kept), tuple(removed))
