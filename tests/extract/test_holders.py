"""Who holds a statement in news prose: chains of reported speech, quotations and their speakers, pronouns and
role nouns.

Every sentence here is written for these tests; none is taken from a gold file or a news text.
"""
from __future__ import annotations

import pytest

from .helpers import extracted


_got = extracted


@pytest.mark.parametrize("text, want", [
    ("Zelensky said Trump had told reporters that Putin wanted all of Donetsk.",
     {("RUS", "territory.donetsk", "demand")}),
    ("Sybiha said Lavrov had told Rubio that Russia wanted a ceasefire.",
     {("RUS", "ceasefire.general", "demand")}),
    ("The Ukrainian president said Trump believed that Putin wanted all of Donetsk.",
     {("RUS", "territory.donetsk", "demand")}),
])
def test_the_innermost_stance_of_a_chain_of_reports_is_its_holders_alone(text, want):
    """"X said Y had told him that Z wants ...": neither teller up the chain holds Z's stance."""
    assert _got(text) == want


def test_a_teller_up_the_chain_still_holds_its_own_side_s_stance():
    """The reporter drops only a stance held by another: "Kyiv" in the innermost clause is the teller's own side."""
    assert ("UKR", "territory.donetsk", "reject") in _got(
        "Zelensky said Trump had told him that Kyiv would never give up Donetsk.")


@pytest.mark.parametrize("text, want", [
    ("The Russian strongman said Kyiv must hand over Luhansk.", {("RUS", "territory.luhansk", "demand")}),
    ("The Russian dictator insisted that Ukraine abandon Kherson.", {("RUS", "territory.kherson", "demand")}),
    ("The Russian autocrat told reporters Kyiv must hand over Luhansk.", {("RUS", "territory.luhansk", "demand")}),
])
def test_a_side_s_adjective_before_a_ruler_s_title_is_the_holder(text, want):
    """"the Russian strongman", "the Russian dictator": a title of a ruler makes the side's adjective a holder."""
    assert _got(text) == want


@pytest.mark.parametrize("text, want", [
    ("Zelensky spoke in Kyiv on Monday. Putin spoke in Moscow.\n\nStarmer and Macron met in Paris on Friday. Both leaders "
     "said they wanted security guarantees for Ukraine.",
     {("GBR", "security.guarantees", "demand"), ("FRA", "security.guarantees", "demand")}),
    ("Zelensky and Putin were both in the news. Zelensky spoke again.\n\nMerz met Starmer in London. The two leaders said "
     "they backed security guarantees for Ukraine.",
     {("DEU", "security.guarantees", "demand"), ("GBR", "security.guarantees", "demand")}),
])
def test_both_leaders_are_the_people_just_named_not_the_parties_named_most(text, want):
    """"X met Y. Both leaders said ...": the sides of the people just met, however often others were named before."""
    got = {t for t in _got(text) if t[1] == "security.guarantees"}
    assert got == want


def test_both_sides_still_are_the_parties():
    got = _got("Russian and Ukrainian negotiators met in Istanbul. Both sides said they were ready for a prisoner swap.")
    assert {a for a, i, _ in got if i == "humanitarian.exchange"} == {"RUS", "UKR"}


@pytest.mark.parametrize("text, want", [
    ("Erdogan flew home from Moscow after talks with Putin.\n\n\"He assured me that he was ready for talks with Kyiv,\" "
     "Erdogan said.", ("RUS", "talks.process", "open")),
    ("Trump spoke about his phone call with Putin.\n\n\"He wants all of Luhansk, and I told him no,\" Trump said.",
     ("RUS", "territory.luhansk", "demand")),
])
def test_he_in_a_quotation_is_the_other_side_s_person_named_before(text, want):
    """A quotation's speaker says "I": its "he" is the person of another side named last before it."""
    got = _got(text)
    assert want in got
    assert not any(a != want[0] and i == want[1] for a, i, _ in got)


def test_he_in_a_quotation_stays_the_speaker_s_side_when_its_own_person_was_named_last():
    got = _got("Zelensky spoke on Monday. Peskov later commented on Putin's plans.\n\n"
               "\"He is ready for talks with Kyiv,\" Peskov said.")
    assert ("RUS", "talks.process", "open") in got
    assert not any(a == "UKR" for a, _, _ in got)


@pytest.mark.parametrize("text, want", [
    ("People close to Putin say he wants all of Luhansk.", {("RUS", "territory.luhansk", "demand")}),
    ("A senior aide familiar with Zelensky's thinking said he would never recognise Russian rule over Crimea.",
     {("UKR", "territory.recognition", "reject"), ("UKR", "territory.crimea", "reject")}),
])
def test_people_close_to_or_familiar_with_a_person_s_thinking_tell_that_person_s_stance(text, want):
    assert _got(text) == want


def test_familiar_with_a_meeting_names_no_holder():
    """"familiar with X's meeting with Y": the meeting is a topic, and X holds nothing said of another side."""
    got = _got("Officials familiar with Zelensky's meeting with Putin said Moscow wanted all of Luhansk.")
    assert got == {("RUS", "territory.luhansk", "demand")}


@pytest.mark.parametrize("text, want", [
    ("Erdogan flew to Moscow on Monday. In the Kremlin, he met Putin and called for a ceasefire.",
     {("TUR", "ceasefire.general", "demand")}),
    ("Macron travelled to Kyiv on Friday.\n\nThere he met Zelensky and called for security guarantees for Ukraine.",
     {("FRA", "security.guarantees", "demand")}),
])
def test_a_side_met_by_the_pronoun_that_opens_the_sentence_holds_nothing(text, want):
    """"In Moscow, he met Putin and called for ...": the one met is an object, the pronoun the subject carried from
    the sentence before."""
    assert _got(text) == want


@pytest.mark.parametrize("text, want", [
    ("After talks with US envoy Steve Witkoff, the Kremlin said Russia wanted all of Luhansk.",
     {("RUS", "territory.luhansk", "demand")}),
    ("Following a call with French President Emmanuel Macron, the Kremlin said Moscow rejected any European troops "
     "in Ukraine.", {("RUS", "security.foreign_troops", "reject")}),
])
def test_a_named_person_after_an_object_s_title_is_the_object_not_the_speaker(text, want):
    """"talks with US envoy Steve Witkoff": the name after a title governed by a preposition is no subject."""
    assert _got(text) == want


def test_the_unknown_visitor_meeting_a_titled_leader_gives_the_leader_nothing():
    """"he met with Russian leader Vladimir Putin and called for a truce": the one met holds nothing, even when the
    visitor is no side of the codebook."""
    got = _got("A European prime minister flew to Moscow on Friday. In the Kremlin, he met with Russian leader "
               "Vladimir Putin and called for a ceasefire.")
    assert not any(a == "RUS" for a, _, _ in got)


@pytest.mark.parametrize("text, want", [
    ("Russia and Ukraine traded strikes overnight. Russia said it downed drones over Ukraine.\n\nTrump met Xi in "
     "Busan on Thursday. The two leaders agreed that a ceasefire in Ukraine was urgently needed, the White House said.",
     {("USA", "ceasefire.general", "demand"), ("CHN", "ceasefire.general", "demand")}),
    ("Ukraine and Russia traded strikes again. Ukraine said Russia hit its grid.\n\nStarmer hosted Macron in London. "
     "Both leaders backed security guarantees for Ukraine, Downing Street said.",
     {("GBR", "security.guarantees", "demand"), ("FRA", "security.guarantees", "demand")}),
])
def test_the_two_leaders_are_the_two_people_just_named_together(text, want):
    """"X met Y. The two leaders agreed ...": the sides of the two people of one sentence just before, not the two
    sides the text names most."""
    got = {t for t in _got(text) if t[1] == next(iter(want))[1]}
    assert got == want


def test_the_two_leaders_stay_the_parties_when_no_two_people_were_just_named():
    got = _got("Russian and Ukrainian officials met in Istanbul. The two leaders agreed to a prisoner exchange.")
    assert {a for a, i, _ in got if i == "humanitarian.exchange"} == {"RUS", "UKR"}


@pytest.mark.parametrize("text", [
    "\u201cAs soon as Kyiv pulls its forces out of Zaporizhzhia, we will halt our offensive,\u201d Putin said.",
])
def test_a_side_that_declares_inside_a_quoted_condition_is_no_speaker(text):
    """A condition opening a quotation ("As soon as X declares that it is ready to ..., we will ..."): what X is to
    declare is the speaker's demand, and X speaks no stance of its own."""
    got = _got(text)
    assert ("RUS", "territory.zaporizhzhia", "demand") in got
    assert not any(a == "UKR" for a, _, _ in got)


@pytest.mark.parametrize("text, want", [
    ("Rubio said Washington wanted an energy truce, hours after the Kremlin turned down the draft.",
     {("USA", "ceasefire.energy", "demand")}),
    ("Sybiha said Kyiv was ready for a prisoner exchange, days after Moscow rejected a ceasefire.",
     {("UKR", "humanitarian.exchange", "accept"), ("RUS", "ceasefire.general", "reject")}),
])
def test_a_clause_hours_or_days_after_is_its_own_subject_s(text, want):
    """", hours after X rejected ...": a clause of its own, whose stance is X's and does not turn the first."""
    assert _got(text) == want
