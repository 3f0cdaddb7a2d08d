"""Which issues a clause's stance is on: the predicate's own arguments, not every issue the sentence names.

- An opening phrase of circumstance that names no side ("Amid calls for a truce, ...", "Despite the energy truce,
  ...", "Following the prisoner swap, ...") tells when or why, not what the main clause's stance is on.
- The talks named beside another issue as a conjunct of their own (joined prepositions, "for a truce and for talks";
  joined verbs, "freeze the front and push for talks") are asked for in their own right, and keep their statement.

Every sentence here is written for these tests; none is taken from a gold file or a news text.
"""
from __future__ import annotations

import pytest

from .helpers import extracted

CASES = [
    ("Amid calls for a ceasefire, Putin has proposed unconditional talks in Istanbul.",
     {("RUS", "talks.process", "open")}, {("RUS", "ceasefire.general", "offer")}),
    ("Despite the energy truce, Moscow demanded that Kyiv withdraw from Donetsk.",
     {("RUS", "territory.donetsk", "demand")}, {("RUS", "ceasefire.energy", "demand")}),
    ("Following the prisoner swap, Zelensky called for a meeting with Putin.",
     {("UKR", "talks.process", "demand")}, {("UKR", "humanitarian.exchange", "demand")}),
    ("Amid growing pressure over sanctions, the Kremlin said it was ready for talks.",
     {("RUS", "talks.process", "open")}, {("RUS", "sanctions.relief", "accept")}),
    ("After weeks of strikes on power plants, Berlin urged Moscow to return to negotiations.",
     {("DEU", "talks.process", "pressure")}, {("DEU", "ceasefire.energy", "pressure")}),
    ("Beijing called for a truce and for talks between the two sides.",
     {("CHN", "ceasefire.general", "demand"), ("CHN", "talks.process", "demand")}, set()),
    ("Paris wants to halt the strikes on energy sites and push for a negotiation with Moscow.",
     {("FRA", "ceasefire.energy", "demand"), ("FRA", "talks.process", "demand")}, set()),
]


@pytest.mark.parametrize("text, present, absent", CASES)
def test_the_clause_stance_is_on_its_own_arguments(text, present, absent):
    got = extracted(text)
    assert present <= got, got
    assert not (absent & got), got


def test_a_phrase_of_circumstance_naming_a_side_still_says_what_that_side_holds():
    # the owner of the plan named in the opening phrase keeps its own demand
    got = extracted("In response to the European plan for peacekeepers, Lavrov demanded a halt to arms deliveries.")
    assert ("EUR", "security.foreign_troops", "demand") in got
    assert ("RUS", "military.limits", "demand") in got


@pytest.mark.parametrize("text, expected", [
    ("Putin has proposed unconditional talks in Istanbul.", ("RUS", "talks.process", "open")),
    ("Kyiv suggested a new round of talks in Geneva.", ("UKR", "talks.process", "open")),
    ("The Kremlin proposed a meeting of the two delegations in Minsk.", ("RUS", "talks.process", "open")),
])
def test_a_side_that_proposes_talks_is_open_to_them(text, expected):
    got = extracted(text)
    assert expected in got and (expected[0], expected[1], "demand") not in got, got



@pytest.mark.parametrize("text, expected", [
    ("Putin is demanding that Ukraine leave the Donbas, abandon its ambitions to join NATO and remain neutral.",
     {("RUS", "territory.donetsk", "demand"), ("RUS", "alignment.nato", "demand")}),
    ("Moscow is insisting that Kyiv withdraw from Kherson, abandon its bid to join the EU and cap its army.",
     {("RUS", "territory.kherson", "demand"), ("RUS", "alignment.eu", "demand"), ("RUS", "military.limits", "demand")}),
])
def test_every_act_a_demand_lists_is_demanded(text, expected):
    # (giving up, read alone, would be the holder's offer; here it is what the holder asks of the other side)
    got = extracted(text)
    assert expected <= got and not any(s == "offer" for _, _, s in got), got
