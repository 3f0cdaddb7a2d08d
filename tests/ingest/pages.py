"""Made-up page lines the page-dump tests share: body prose around a line under test, a headline, and a page built
from lines as a text file would give them."""
from __future__ import annotations

import datetime as dt

from zopa.ingest.clean import clean_body
from zopa.ingest.pipeline import _text_page

TODAY = dt.date(2026, 3, 1)
PROSE = ("Delegations from the two governments met in a border town on Monday and agreed to keep talking "
         "about a prisoner exchange, officials from both sides said afterwards.")
MORE = ("The talks, the first in several weeks, ended without a joint statement, but both delegations said "
        "they would return to the table after consulting their capitals.")
HEADLINE = "Envoys agree to keep talking about a prisoner exchange"


def page(*lines: str):
    """A text page from its lines, ingested on `TODAY`."""
    return _text_page("\n".join(lines), TODAY)


def dropped(line: str) -> bool:
    """`line`, set between two paragraphs of body prose, is gone after cleaning."""
    return line not in clean_body([PROSE, "", line, "", MORE]).text.split("\n\n")


def kept(line: str) -> bool:
    """`line`, set between two paragraphs of body prose, survives cleaning."""
    return not dropped(line)
