"""Nouns of stance and whose they are, reluctance and possibilities left open, and talks proposed or hosted.

Every sentence here is written for these tests; none is taken from a gold file or a news text.
"""
from __future__ import annotations

import pytest

from .helpers import extracted


_got = extracted


@pytest.mark.parametrize("text, want, not_want", [
    ("Washington has grown frustrated by Putin's refusal to accept a ceasefire.",
     {("RUS", "ceasefire.general", "reject")}, ("USA", "ceasefire.general", "reject")),
    ("The US president was angered by Moscow's rejection of the ceasefire proposal.",
     {("RUS", "ceasefire.general", "reject")}, ("USA", "ceasefire.general", "reject")),
    ("Europe was alarmed at Russia's insistence on a ban on NATO membership for Ukraine.",
     {("RUS", "alignment.nato", "demand")}, ("EUR", "alignment.nato", "demand")),
    ("Kyiv's refusal to cede Donbas angered the Kremlin.",
     {("UKR", "territory.donetsk", "reject"), ("UKR", "territory.luhansk", "reject")}, ("RUS", "territory.donetsk", "reject")),
])
def test_the_possessor_of_a_noun_of_stance_holds_it_wherever_the_noun_sits(text, want, not_want):
    """"X grew frustrated by Y's refusal to accept Z": the refusal is Y's; X, whose verb takes no stance, holds none."""
    got = _got(text)
    assert want <= got
    assert not_want not in got


@pytest.mark.parametrize("text, want", [
    ("The peace plan drew pushback from Kyiv and Brussels.",
     {("UKR", "talks.process", "reject"), ("EU", "talks.process", "reject")}),
    ("The draft met with criticism from Ukraine and the European Union.",
     {("UKR", "talks.process", "reject"), ("EU", "talks.process", "reject")}),
    ("The proposal drew objections from Poland.", {("POL", "talks.process", "reject")}),
    ("The plan faced rejection by Ukraine.", {("UKR", "talks.process", "reject")}),
    ("The ceasefire proposal drew sharp criticism from Moscow.", {("RUS", "ceasefire.general", "reject")}),
    ("The idea of a buffer zone in Donetsk has met with rejection by Kyiv.", {("UKR", "territory.donetsk", "reject")}),
])
def test_a_refusal_met_from_a_named_source_is_the_source_s(text, want):
    """"The plan drew pushback from X", "met with rejection by X": X refuses what the subject names."""
    assert _got(text) == want


@pytest.mark.parametrize("text", [
    "Witkoff has drawn criticism for echoing Kremlin narratives about the occupation of Ukrainian territory.",
    "Zelensky received a call from Trump about a ceasefire.",
])
def test_one_who_meets_criticism_or_a_call_holds_no_stance_by_it(text):
    """The subject of "drew criticism" is criticised, not criticising; "a call from X" is a phone call, no demand."""
    assert _got(text) == set()


def test_drawing_a_red_line_is_still_the_drawer_s():
    assert _got("Kyiv drew a red line on Donetsk.") == {("UKR", "territory.donetsk", "demand")}


@pytest.mark.parametrize("text, want", [
    ("Ukraine is hesitant about an energy truce.", {("UKR", "ceasefire.energy", "reject")}),
    ("Berlin remains wary of sending troops to Ukraine.", {("DEU", "security.foreign_troops", "reject")}),
    ("Putin is unlikely to agree to an unconditional ceasefire.", {("RUS", "ceasefire.general", "reject")}),
    ("Kyiv is unlikely to accept the loss of Donetsk.", {("UKR", "territory.donetsk", "reject")}),
    ("Zelensky dismissed the proposal as unrealistic.", {("UKR", "talks.process", "reject")}),
])
def test_reluctance_and_unlikelihood_refuse(text, want):
    assert _got(text) == want


def test_a_reason_clause_carries_no_stance_from_the_clause_it_explains():
    """"hesitant about X because Y": what the reason names is no refusal."""
    got = _got("Kyiv is hesitant about an energy truce because its drones keep hitting Russian shadow fleet tankers.")
    assert ("UKR", "ceasefire.energy", "reject") in got
    assert ("UKR", "sanctions.relief", "reject") not in got


@pytest.mark.parametrize("text, want", [
    ("Moscow no longer rules out a meeting between Putin and Zelensky.", ("RUS", "talks.process", "open")),
    ("Kyiv no longer rules out direct talks with the Kremlin.", ("UKR", "talks.process", "open")),
])
def test_a_possibility_no_longer_ruled_out_is_left_open(text, want):
    got = _got(text)
    assert want in got
    assert (want[0], want[1], "accept") not in got


@pytest.mark.parametrize("text, want", [
    ("Putin proposed unconditional talks in Istanbul on May 15.", {("RUS", "talks.process", "open")}),
    ("Zelensky proposed direct talks with Putin in Ankara.", {("UKR", "talks.process", "open")}),
    ("Kyiv suggested holding a new round of negotiations in Geneva.", {("UKR", "talks.process", "open")}),
    ("Russia's proposal to hold the next round of talks in Istanbul was welcomed.", {("RUS", "talks.process", "open")}),
    ("Amid calls for a ceasefire, Putin has proposed talks.", {("RUS", "talks.process", "open")}),
])
def test_proposing_talks_is_willingness_to_talk(text, want):
    """A proposal to hold talks commits to no outcome; a circumstance ("amid calls for a truce") is no part of it."""
    assert _got(text) == want


@pytest.mark.parametrize("text, want", [
    ("Turkey is ready to host Russia and Ukraine in Istanbul.", {("TUR", "talks.process", "open")}),
    ("Saudi Arabia is ready to host the delegations.", {("SAU", "talks.process", "open")}),
    ("Erdogan said Turkey would gladly host the two sides.", {("TUR", "talks.process", "open")}),
])
def test_readiness_to_host_the_sides_is_openness_on_the_talks(text, want):
    assert _got(text) == want


@pytest.mark.parametrize("text, want", [
    ("Kyiv has a negative attitude towards the idea of a buffer zone in Donetsk.", {("UKR", "territory.donetsk", "reject")}),
    ("Berlin took a critical stance on the proposal to deploy troops to Ukraine.",
     {("DEU", "security.foreign_troops", "reject")}),
])
def test_a_critical_or_negative_view_of_a_thing_refuses_it(text, want):
    assert _got(text) == want


@pytest.mark.parametrize("text, want", [
    ("Asked about Kyiv's memorandum, Peskov dismissed the idea as unhelpful.", ("RUS", "talks.process", "reject")),
    ("Kyiv tabled a new draft on Monday, but Moscow rejected the idea within hours.", ("RUS", "talks.process", "reject")),
])
def test_the_idea_pointing_back_to_a_plan_just_named_is_the_plan(text, want):
    """"... the memorandum, Peskov dismissed the idea": the idea is the plan, so a stance on the talks."""
    assert want in _got(text)
