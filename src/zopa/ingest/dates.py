"""Dates in news pages: absolute dates in meta lines, relative references in
the body ("on Tuesday", "Wednesday's meeting"), and war-duration claims that
contradict the page's own dates ("the 34-month war" in January 2026)."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Iterator
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from ..records import Document

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MON = r"(?P<mon>january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
_WD = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"

# a year ends at a word's end or where a copy ran the next word on to it ('December 24, 2025Harbour Report')
_YEAR_END = r"(?:\b|(?=(?-i:[A-Z])[a-z]))"
_FULL = [
    re.compile(rf"\b{_WD}{_MON}\s+{_DAY},?\s+{_YEAR}{_YEAR_END}", re.I),
    re.compile(rf"\b{_WD}{_DAY}\s+{_MON},?\s+{_YEAR}{_YEAR_END}", re.I),
    re.compile(r"\b(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>(?:19|20)\d{2})\b"),
    re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?\b|\b)"),   # with an ISO timestamp's time
    re.compile(r"\b(?P<year>(?:19|20)\d{2})/(?P<month>[01]\d)/(?P<day>[0-3]\d)\b"),
    # day, month name and year joined by hyphens or slashes ('17-May-2023', '17/May/2023'; '17-may-23' is too short to be sure)
    re.compile(rf"\b{_DAY}(?P<sep>[-/]){_MON}(?P=sep){_YEAR}\b", re.I),
    # year first with dots, as East Asian sites write it ('2023.05.17'), and with the CJK signs ('2023年5月17日')
    re.compile(r"\b(?P<year>(?:19|20)\d{2})\.(?P<month>[01]\d)\.(?P<day>[0-3]\d)\b(?!\.\d)"),
    re.compile(r"(?P<year>(?:19|20)\d{2})\s*年\s*(?P<month>[01]?\d)\s*月\s*(?P<day>[0-3]?\d)\s*日"),
]
# day and month with slashes or hyphens, year last ('31/12/2024', '12/31/2024', '31-12-2024'): read only where the order is
# plain (one number over 12, or both the same); '03/04/2025' could be either and is left alone
_SLASHED = re.compile(r"(?<![\d/-])(?P<a>[0-3]?\d)(?P<sep>[/-])(?P<b>[0-3]?\d)(?P=sep)(?P<year>(?:19|20)\d{2})\b(?!-\d)")
_SHORT_YEAR_STAMP = re.compile(r"\b(?:published|posted|updated|date)(?:\s+on)?\s*:?\s*(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[0-3]?\d)(?P=sep)"
                               r"(?P<year>[0-3]\d)(?![\d/.-]\d|\d)", re.I)
_NO_YEAR = [
    re.compile(rf"\b{_DAY}\s+{_MON}\b(?!\s*,?\s*(?:19|20)\d{{2}})", re.I),
    re.compile(rf"\b{_MON}\s+{_DAY}\b(?!\s*,?\s*(?:19|20)\d{{2}})", re.I),
]
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.))?|\b\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.)", re.I)
_TZ = re.compile(r"\b(?:gmt|utc|bst|cet|cest|eet|eest|msk|edt|est|pdt|pst|cdt|cst)(?:[+-]\d{1,2})?\b", re.I)
_META_WORDS = re.compile(
    r"\b(?:published|updated|first|posted|last|modified|on|at|ago|hours?|minutes?|mins?|read|min|\d+|"
    r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?)\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Found:
    """A date found in a line."""

    date: dt.date
    has_year: bool


def _month(m: re.Match[str]) -> int:
    if "mon" in m.groupdict() and m.group("mon"):
        return _MONTHS[m.group("mon").lower().rstrip(".")]
    return int(m.group("month"))


def _make(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def find_dates(line: str) -> list[Found]:
    """Absolute dates (with a year) in a line, in order of appearance."""
    hits: list[tuple[int, dt.date]] = []
    for rx in _FULL:
        for m in rx.finditer(line):
            d = _make(int(m.group("year")), _month(m), int(m.group("day")))
            if d:
                hits.append((m.start(), d))
    short = _SHORT_YEAR_STAMP.search(line) if "/" in line or "-" in line or "." in line else None
    if "/" in line or "-" in line or short:
        # a publication stamp may write the year in two figures ('Published on 12/12/25', 'Published 11.04.22'): read
        # there only
        for m in (*_SLASHED.finditer(line), *([short] if short else [])):
            a, b = int(m.group("a")), int(m.group("b"))
            # (dots write the day first: '11.04.22' is 11 April)
            day, month = (a, b) if a > 12 or a == b or m.group("sep") == "." else (b, a) if b > 12 else (0, 0)
            year = int(m.group("year"))
            d = _make(year if year > 99 else 2000 + year, month, day) if day else None
            if d:
                hits.append((m.start(), d))
    return [Found(d, True) for _, d in sorted(hits, key=lambda h: h[0])]


def slashed_readings(line: str) -> list[tuple[dt.date, dt.date]]:
    """Both readings of each slashed date whose order is not plain ('06/12/2025': 6 December or
    June 12), day first, then month first."""
    out: list[tuple[dt.date, dt.date]] = []
    for m in _SLASHED.finditer(line) if "/" in line or "-" in line else ():
        a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("year"))
        if a != b and a <= 12 and b <= 12:
            day_first, month_first = _make(year, b, a), _make(year, a, b)
            if day_first and month_first:
                out.append((day_first, month_first))
    return out


def find_yearless(line: str) -> list[tuple[int, int]]:
    """(month, day) pairs written without a year ('18 MAR', 'March 18')."""
    out: list[tuple[int, int]] = []
    for rx in _NO_YEAR:
        for m in rx.finditer(line):
            day = int(m.group("day"))
            if 1 <= day <= 31:
                out.append((_month(m), day))
    return out


@lru_cache(maxsize=65536)
def is_date_line(line: str) -> bool:
    """A line that only states when the page was published or updated."""
    s = line.strip()
    if len(s) > 120:
        return False
    stripped = s
    found = False
    for rx in (*_FULL, _SLASHED, *_NO_YEAR, _TIME, _TZ):
        stripped, k = rx.subn(" ", stripped)
        found = found or (k > 0 and rx not in (_TZ,))
    if not found and not re.search(r"\bupdated\b.*\bago\b", s, re.I):
        return False
    rest = _META_WORDS.sub(" ", stripped)
    rest_words = re.findall(r"[^\W\d_]+", rest)
    return len(rest_words) <= 1


_STAMP = re.compile(r"^\s*(?:date|published|posted|dated)\s*:?\s+(?P<iso>(?:19|20)\d{2}-[01]\d-[0-3]\d)(?!\d)(?:T[\d:.]+Z?|[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?", re.I)
_URL_DATE = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d{2})[/_-](?:(?P<month>[01]\d)|(?P<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)"
                       r"(?:[/_-](?P<day>[0-3]\d))?(?!\d)", re.I)   # ('/2024/12/08/', '/2022/feb/28/')
_BARE_YEAR = re.compile(r"(?<![\d/.-])(?P<year>(?:19|20)\d{2})(?![\d/.-]\d)")


def date_stamp(line: str) -> tuple[dt.date, str] | None:
    """A leading ISO date stamp ('date 2025-02-14 MUNICH (AP) — ...'): the date and the rest of the line."""
    m = _STAMP.match(line)
    if not m:
        return None
    d = dt.date.fromisoformat(m.group("iso")) if _make(*map(int, m.group("iso").split("-"))) else None
    return (d, line[m.end():].strip()) if d else None


def take_date_stamp(lines: list[str]) -> tuple[dt.date | None, list[str]]:
    """The date stamp opening a page dump, and the lines with the stamp cut from its line."""
    for i, ln in enumerate(lines[:3]):
        if not ln.strip():
            continue
        found = date_stamp(ln)
        if found is None:
            break
        return found[0], [*lines[:i], found[1], *lines[i + 1 :]]
    return None, lines


def context_year(lines: list[str], url: str | None = None) -> int | None:
    """The year a page's own dates point to: the latest year of its full dates
    or of its URL's date path."""
    years = [f.date.year for ln in lines for f in find_dates(ln)]
    years += [int(m.group("year")) for m in _URL_DATE.finditer(url or "")]
    return max(years) if years else None


def url_date(url: str | None) -> dt.date | None:
    """The full date a URL's path gives ('https://example.com/2024/12/08/envoys-meet'), as news sites file their
    stories; None without a day, or where the figures after the month run into a word ('/2022/09/07donbass': the
    month's issue and its seventh article, not a day)."""
    path = urlsplit(url).path if url else ""
    for m in _URL_DATE.finditer(path):
        if m.group("day") and (m.end() == len(path) or path[m.end()] in "/-_.") \
                and (d := _make(int(m.group("year")), _month(m), int(m.group("day")))):
            return d
    return None


def mentioned_year(lines: list[str], today: dt.date) -> int | None:
    """The latest year a page mentions ('in 2023'), not after `today`."""
    years = [y for ln in lines for m in _BARE_YEAR.finditer(ln) if (y := int(m.group("year"))) <= today.year]
    return max(years) if years else None


def place_yearless(month: int, day: int, today: dt.date, *, year: int | None = None, weekday: int | None = None,
                   mentioned: int | None = None) -> dt.date | None:
    """A date written without a year, placed from the page's context or left unknown.

    The year of the page's own full dates (`year`) comes first; then the
    weekday the text gives for it (the latest such date in the last eleven
    years); then the latest year the page mentions. Where the page mentions a
    year, the weekday only chooses between that year and the next: a lead's
    'on Monday' may be the day before the date, and no weekday outweighs the
    page's own year ('© 2026'). Never after `today`.
    """
    if year is None and weekday is not None and mentioned is not None:
        for y in (mentioned + 1, mentioned):
            d = _make(y, month, day)
            if d is not None and d <= today and d.weekday() == weekday:
                return d
    elif year is None and weekday is not None:
        for y in range(today.year, today.year - 11, -1):
            d = _make(y, month, day)
            if d is not None and d <= today and d.weekday() == weekday:
                return d
        return None
    d = _make(year or mentioned or 0, month, day) if (year or mentioned) else None
    return d if d is not None and d <= today else None


def not_after(date: dt.date | None, today: dt.date) -> tuple[dt.date | None, str | None]:
    """A publication date, or None with an explanation when it is later than the day of ingest."""
    if date is not None and date > today:
        return None, f"the page gives {date.isoformat()}, after the day it was ingested ({today.isoformat()}); date left unknown"
    return date, None


def late_dates(dates: list[dt.date | None], gap_days: int = 180) -> set[int]:
    """Indexes of dates that stand apart after the rest of a corpus.

    Sorted, the widest gap between neighbours among the newest quarter splits
    the corpus; when it is wider than `gap_days` the dates above it are
    flagged. Corpora of fewer than four dated documents are not judged.
    """
    dated = sorted((d, i) for i, d in enumerate(dates) if d is not None)
    if len(dated) < 4:
        return set()
    top = range(len(dated) - max(1, len(dated) // 4), len(dated))
    k = max(top, key=lambda j: dated[j][0] - dated[j - 1][0])
    if (dated[k][0] - dated[k - 1][0]).days <= gap_days:
        return set()
    return {i for _, i in dated[k:]}


def flag_late_dates(docs: list["Document"], gap_days: int = 180) -> list["Document"]:
    """Documents dated after the rest of their batch (`late_dates`) flagged "late_date", with a note."""
    late = late_dates([d.published for d in docs], gap_days)
    if not late:
        return docs
    rest = max(d.published for i, d in enumerate(docs) if i not in late and d.published)
    return [d.replace(flags=(*d.flags, "late_date"), flag_notes=(*d.flag_notes, (
        f"dated {d.published}, more than {gap_days} days after every other document of the batch "
        f"(the latest of those: {rest}); check the date")))
            if i in late else d for i, d in enumerate(docs)]


# --- relative dates -----------------------------------------------------------

_WD_NAMES = "|".join(w.capitalize() for w in WEEKDAYS)
_REL = re.compile(
    rf"\b(?:(?P<prep>(?i:on|last|this|next|since|by|until|late on|early on|from))\s+(?P<wd>{_WD_NAMES})\b(?!['’]s)"
    rf"|(?P<wd2>{_WD_NAMES})['’]s\s+(?P<noun>[a-z]+))"
    r"|\b(?P<rel>(?i:yesterday|tomorrow))\b(?!['’]s)",
)
_FUTURE = re.compile(
    r"\b(?:will|shall|is due|are due|due to|due back|is expected|are expected|plans? to|is set to|are set to|"
    r"to (?:meet|visit|hold|travel|sign|host|vote|decide))\b",
    re.I,
)
_PAST = re.compile(r"\b(?:said|told|announced|reported|wrote|added|met|held|was|were|did|had|signed|agreed|ended)\b[^.]{0,25}$", re.I)

def _resolve_weekday(weekday: int, ref: dt.date, forward: bool, strictly: bool = False) -> dt.date:
    if forward:
        delta = (weekday - ref.weekday()) % 7
        return ref + dt.timedelta(days=delta or (7 if strictly else 0))
    return ref - dt.timedelta(days=(ref.weekday() - weekday) % 7)


_REL_CUE = re.compile(r"day|yesterday|tomorrow")   # every match holds one; searched on lower-cased text


def _relative_matches(text: str) -> Iterator[re.Match[str]]:
    """`_REL.finditer(text)`, with the regex run only around the places a
    match can be (a weekday name, 'yesterday', 'tomorrow'): much faster on long texts."""
    low = text.lower()
    if len(low) != len(text):   # lower-casing moved offsets: scan the whole text
        yield from _REL.finditer(text)
        return
    end = 0
    for cue in _REL_CUE.finditer(low):
        if cue.end() <= end:
            continue
        stop = cue.end() + 80
        for m in _REL.finditer(text, max(end, cue.start() - 60), stop):
            if m.end() >= stop - 2:   # it may run on (or its lookahead look) past the window: match on the whole text
                m = _REL.match(text, m.start())
            if m is not None and m.start() >= end:
                end = m.end()
                yield m


def relative_dates(text: str, published: dt.date | None) -> dict[str, str]:
    """Resolve weekday and day references against the publication date.

    Keys are the phrases as written ("on Tuesday", "Wednesday's meeting");
    values ISO dates. Past tense is assumed unless the sentence speaks of the
    future ("will", "is due", "next").
    """
    if published is None:
        return {}
    out: dict[str, str] = {}
    for m in _relative_matches(text):
        if m.group("rel"):
            key = m.group("rel")
            key = key.lower()
            offset = {"yesterday": -1, "tomorrow": 1}[key]
            out.setdefault(key, (published + dt.timedelta(days=offset)).isoformat())
            continue
        if m.group("wd2"):
            key = f"{m.group('wd2')}'s {m.group('noun')}"
            wd = WEEKDAYS.index(m.group("wd2").lower())
        else:
            key = m.group(0)
            wd = WEEKDAYS.index(m.group("wd").lower())
        prep = (m.group("prep") or "").lower()
        if prep:
            key = f"{prep} {m.group('wd')}"
        before = re.split(r"[.!?]\s", text[max(0, m.start() - 50) : m.start()])[-1]
        after = re.split(r"[.!?](?:\s|$)", text[m.end() : m.end() + 40])[0]
        future = not _PAST.search(before) and bool(_FUTURE.search(before[-40:] + " " + after))
        forward = prep == "next" or (future and prep not in {"last", "since"})
        out.setdefault(key, _resolve_weekday(wd, published, forward, prep == "next").isoformat())
    return out


# --- consistency ----------------------------------------------------------------

_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12,
}
_NUM = r"(?P<n>\d{1,3}|" + "|".join(_NUMBERS) + r")"
_CLAIMS = [
    re.compile(rf"\b{_NUM}[- ](?P<unit>month|year)[- ](?:old[- ])?(?:long[- ])?(?:war|conflict|invasion|fighting)\b", re.I),
    re.compile(rf"\b{_NUM} (?P<unit>month|year)s of (?:full-scale )?(?:war|warfare|fighting|conflict)\b", re.I),
]
# what every claim contains, searched first: it starts with a word, so the scan is fast
_CLAIM_CUE = re.compile(r"(?:month|year)s?(?:[- ]old)?(?:[- ]long)?[- ](?:war|conflict|invasion|fighting)\b"
                        r"|(?:month|year)s of (?:full-scale )?(?:war|warfare|fighting|conflict)\b")  # on lower-cased text
_ANCHOR = re.compile(
    r"\b(?:since|began in|started in|launched in|invaded in|invasion (?:in|of))\s+"
    r"(?:(?P<mon>january|february|march|april|may|june|july|august|september|october|november|december)\s+)?"
    r"(?P<year>(?:19|20)\d{2})\b",
    re.I,
)
_WAR_WORDS = re.compile(r"\b(?:war|invasion|invaded|conflict|fighting|casualties|killed|offensive)\b", re.I)


def _number(token: str) -> int:
    return int(token) if token.isdigit() else _NUMBERS[token.lower()]


def _war_start(text: str) -> dt.date | None:
    starts: list[dt.date] = []
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        if not _WAR_WORDS.search(sentence):
            continue
        for m in _ANCHOR.finditer(sentence):
            month = _MONTHS[m.group("mon").lower()] if m.group("mon") else 1
            starts.append(dt.date(int(m.group("year")), month, 1))
    return min(starts) if starts else None


def _has_claim_cue(low: str) -> bool:
    """`_CLAIM_CUE.search(low)`, tried only where 'month' or 'year' starts (every match does)."""
    for word in ("month", "year"):
        at = low.find(word)
        while at != -1:
            if _CLAIM_CUE.match(low, at):
                return True
            at = low.find(word, at + 1)
    return False


def date_inconsistencies(text: str, published: dt.date | None) -> list[str]:
    """Claims of a war's length that do not fit the war's start (as the text
    gives it) and the publication date, each as an explanation."""
    if published is None or not _has_claim_cue(text.lower()):
        return []
    start = _war_start(text)
    if start is None:
        return []
    months = (published.year - start.year) * 12 + (published.month - start.month)
    notes = []
    for rx in _CLAIMS:
        for m in rx.finditer(text):
            n = _number(m.group("n"))
            claimed = n * 12 if m.group("unit").lower() == "year" else n
            tolerance = 12 if m.group("unit").lower() == "year" else 3
            low, high = (claimed - 1, claimed + tolerance) if tolerance == 12 else (claimed - 3, claimed + 3)
            if not low <= months <= high:
                notes.append(
                    f"'{m.group(0)}' does not match the dates: {start:%B %Y} to {published:%B %Y} "
                    f"is about {months} months"
                )
    return notes
