"""What a side commits itself to give or do is its offer (GUIDELINES rules 6 and 8), a third party's too: its own
troops, money, guarantees, hosting, the lifting of its own sanctions, what it holds and may have to give up. What it
asks others to do stays its demand.

Every sentence here is written for these tests; none is taken from a gold file or a news text.
"""
from __future__ import annotations

import pytest

from .helpers import extracted


_got = extracted


def _assert(text: str, expected: set, absent: set = frozenset()) -> None:
    got = _got(text)
    assert set(expected) <= got, got
    assert not (set(absent) & got), got


@pytest.mark.parametrize("text, expected, absent", [
    # a verb of giving told as what the third party itself will or would do
    ("Poland will deploy aircraft to police Ukraine's airspace as part of the security guarantees, Tusk said.",
     {("POL", "security.guarantees", "offer")}, {("POL", "security.guarantees", "demand")}),
    ("Germany would contribute to the security guarantees for Kyiv, Merz told reporters on Monday.",
     {("DEU", "security.guarantees", "offer")}, {("DEU", "security.guarantees", "demand")}),
    # readiness or a pledge to do it, the infinitive having no subject of its own
    ("Washington is prepared to supply air cover for a European force in Ukraine, a U.S. official said.",
     {("USA", "security.foreign_troops", "offer")}, {("USA", "security.foreign_troops", "demand")}),
    ("The European Union is ready to ease its sanctions on Russia, Kallas said.",
     {("EU", "sanctions.relief", "offer")}, {("EU", "sanctions.relief", "demand")}),
    ("Germany has pledged to train Ukrainian soldiers under the security guarantees, Pistorius said.",
     {("DEU", "security.guarantees", "offer")}, {("DEU", "security.guarantees", "demand")}),
])
def test_third_party_own_commitment_is_offer(text, expected, absent):
    _assert(text, expected, absent)


@pytest.mark.parametrize("text, expected, absent", [
    # what a third party puts forward for others to do stays its demand
    ("France proposed a 30-day ceasefire in the air and at sea.",
     {("FRA", "ceasefire.maritime", "demand")}, {("FRA", "ceasefire.maritime", "offer")}),
    # another is the one committed
    ("Washington said Kyiv would have to cede the rest of the Donetsk region under the deal.",
     set(), {("USA", "territory.donetsk", "offer")}),
    ("Britain said Russia would have to withdraw its troops from Ukraine.",
     {("GBR", "territory", "pressure")}, {("GBR", "territory", "offer")}),
])
def test_what_others_are_asked_to_do_is_no_offer(text, expected, absent):
    _assert(text, expected, absent)


@pytest.mark.parametrize("text, expected, absent", [
    # when or on what terms the act comes is no part of what is given
    ("Merz said Germany would send troops to Ukraine only after a ceasefire.",
     {("DEU", "ceasefire.general", "demand")}, {("DEU", "ceasefire.general", "offer")}),
    ("Britain would deploy a reassurance force once a ceasefire takes hold, Healey said.",
     {("GBR", "ceasefire.general", "demand")}, {("GBR", "ceasefire.general", "offer")}),
])
def test_terms_of_a_commitment_keep_their_stance(text, expected, absent):
    _assert(text, expected, absent)


@pytest.mark.parametrize("text, expected, absent", [
    # a principal's hedged concession: what it may have to give up of its own is offered, not refused
    ("Zelensky said Kyiv might have to cede part of the Zaporizhzhia region.",
     {("UKR", "territory.zaporizhzhia", "offer")}, {("UKR", "territory.zaporizhzhia", "reject")}),
    # what the other side is said to have to give up stays the speaker's demand
    ("Lavrov said Ukraine would have to give up Crimea and the Donetsk region.",
     {("RUS", "territory.crimea", "demand"), ("RUS", "territory.donetsk", "demand")},
     {("RUS", "territory.crimea", "offer"), ("UKR", "territory.crimea", "offer")}),
])
def test_principal_may_have_to_give_up(text, expected, absent):
    _assert(text, expected, absent)


@pytest.mark.parametrize("text, expected, absent", [
    # the act after "committed to" as a gerund, or through a verb of going on
    ("France is committed to providing air defence systems as part of the security guarantees, Barrot said.",
     {("FRA", "security.guarantees", "offer")}, {("FRA", "security.guarantees", "demand")}),
    ("Germany pledged to continue providing air defence as part of the security guarantees.",
     {("DEU", "security.guarantees", "offer")}, {("DEU", "security.guarantees", "demand")}),
])
def test_gerund_and_continued_acts(text, expected, absent):
    _assert(text, expected, absent)


@pytest.mark.parametrize("text, expected, absent", [
    # a go-between's good offices held ready commit it to no outcome: openness on the issue (GUIDELINES rule 8)
    ("The UAE said it was ready to mediate another prisoner exchange between Moscow and Kyiv.",
     {("ARE", "humanitarian.exchange", "open")}, {("ARE", "humanitarian.exchange", "demand"),
                                                  ("ARE", "humanitarian.exchange", "offer")}),
    ("The UAE, which has brokered several swaps, said it was ready to keep facilitating prisoner exchanges.",
     {("ARE", "humanitarian.exchange", "open")}, {("ARE", "humanitarian.exchange", "demand")}),
])
def test_good_offices_are_open(text, expected, absent):
    _assert(text, expected, absent)


@pytest.mark.parametrize("text, expected, absent", [
    # a verb of offering with what it gives for object, read from the parse (no surface pattern), in any tense
    ("Washington was offering Kyiv guarantees similar to NATO's Article 5, officials said.",
     {("USA", "security.guarantees", "offer")}, {("USA", "security.guarantees", "demand")}),
    ("The European Union has promised Ukraine security guarantees backed by its own funds, Costa said.",
     {("EU", "security.guarantees", "offer")}, {("EU", "security.guarantees", "demand")}),
    # helping, told as to come
    ("Washington said it would help restore Russia's access to world markets for grain and fertiliser, easing sanctions.",
     {("USA", "sanctions.relief", "offer")}, {("USA", "sanctions.relief", "demand")}),
])
def test_offering_and_helping(text, expected, absent):
    _assert(text, expected, absent)
