"""Relative dates ("Wednesday's meeting", "on Tuesday", "yesterday") resolved against a publication date."""
from __future__ import annotations

import datetime as dt
import re

__all__ = ["resolve_relative_date"]

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(r"\b(last |next |this )?(" + "|".join(_WEEKDAYS) + r")(?:'s|’s)?\b", re.I)
_SIMPLE = re.compile(r"\b(yesterday|today|tonight|this morning|this evening|earlier today|last week|last month|"
                     r"the day before|on the eve)\b", re.I)
_OFFSETS = {"yesterday": -1, "today": 0, "tonight": 0, "this morning": 0, "this evening": 0, "earlier today": 0,
            "last week": -7, "last month": -30, "the day before": -1, "on the eve": -1}


def _weekday(published: dt.date, name: str, modifier: str) -> dt.date:
    target = _WEEKDAYS.index(name.lower())
    back = (published.weekday() - target) % 7
    if modifier == "next":
        return published + dt.timedelta(days=(target - published.weekday()) % 7 or 7)
    if modifier == "last" and back == 0:
        back = 7
    return published - dt.timedelta(days=back)


def resolve_relative_date(text: str, published: dt.date | None) -> dt.date | None:
    """The date a sentence's relative reference points to, else the publication date.

    A bare weekday is the most recent such day on or before publication
    ("on Tuesday" in a Thursday paper is two days earlier); "next Monday"
    looks forward; "yesterday", "last week" count back from publication.
    """
    if published is None:
        return None
    m = _WEEKDAY.search(text)
    if m:
        return _weekday(published, m.group(2), (m.group(1) or "").strip().lower())
    m = _SIMPLE.search(text)
    if m:
        return published + dt.timedelta(days=_OFFSETS[m.group(1).lower()])
    return published
