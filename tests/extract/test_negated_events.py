"""A negation that denies that something happened is no refusal: "there has been no discussion of X", "the sides did
not meet", "has yet to receive the draft", "no date has been set"; while what there will, can or would be none of,
and what a side has not agreed to or accepted, or will not discuss, stays a refusal. A topic named beside a stance
noun in a headline ("Moscow's Demands and the Truce") is not what the noun holds.

Every sentence here is written for these tests; none is taken from a gold file or a news text.
"""
from __future__ import annotations

import pytest

from .helpers import extracted


_got = extracted


@pytest.mark.parametrize("text", [
    # existential told as done: a perfect, or a past with a noun of an event
    "There has been no discussion of lifting sanctions on Moscow, a White House official said on Wednesday.",
    "There have been no negotiations on Ukraine joining NATO, a diplomat in Brussels said.",
    "There were no talks between Kyiv and Moscow on an energy truce last month.",
    # verbs of an event told as not done
    "The Kremlin did not respond to a request for comment on the ceasefire plan.",
    # a topic beside a stance noun, no verb over them
    "Moscow's Demands and the Truce",
    "Ukraine's Offer and the Prisoner Swap",
])
def test_what_did_not_happen_is_no_stance(text):
    assert _got(text) == set()


@pytest.mark.parametrize("text, want", [
    ("There can be no talk of a truce while Ukrainian troops hold the Kursk region, "
     "Lavrov said.", ("RUS", "ceasefire.general", "reject")),
    ("Zelensky said there will be no recognition of Crimea as Russian.", ("UKR", "territory.crimea", "reject")),
    ("Moscow has not agreed to the US proposal for a truce, the White House said.", ("RUS", "ceasefire.general", "reject")),
    ("Kyiv has not accepted any plan that cedes territory, Ukraine's foreign minister said.", ("UKR", "territory", "reject")),
    ("\"We will not discuss territory with Moscow,\" Zelensky told reporters.", ("UKR", "territory", "reject")),
    ("Peskov said there is no need for a ceasefire now.", ("RUS", "ceasefire.general", "reject")),
])
def test_refusals_that_look_alike_stand(text, want):
    assert want in _got(text)


def test_what_a_side_did_not_want_it_refused():
    assert ("UKR", "ceasefire.general", "reject") in _got("Kyiv did not want a ceasefire.")
