"""Constructions met in coverage of the 2025 talks (Istanbul rounds, Alaska, Washington, Paris).

Every sentence here is written for these tests; none is taken from a gold file or a news text.
"""
from __future__ import annotations

import pytest

from .helpers import extracted


_triples = extracted


@pytest.mark.parametrize("text, expected", [
    ('"The next step is a meeting of the leaders," Umerov said.', ("UKR", "talks.process", "demand")),
    ("Sybiha said the first step must be a full ceasefire.", ("UKR", "ceasefire.general", "demand")),
    ("Macron said the priority was a ceasefire.", ("FRA", "ceasefire.general", "demand")),
])
def test_what_a_means_or_an_aim_is_said_to_be_is_demanded(text, expected):
    assert expected in _triples(text)


@pytest.mark.parametrize("text, issue", [
    ("Trump said the quickest way to end the war was to go straight to a peace agreement and not a ceasefire agreement.",
     "ceasefire.general"),
    ("Rubio said the goal was a ceasefire agreement within weeks.", "ceasefire.general"),
])
def test_a_document_named_for_its_content_is_no_agreement_to_it(text, issue):
    found = _triples(text)
    assert not any(i == issue and s == "accept" for _, i, s in found)
    assert any(i == issue and s == "demand" for _, i, s in found)


@pytest.mark.parametrize("text, unwanted", [
    ("Russia and Ukraine agreed to swap 500 prisoners each, but the round failed to produce a truce.",
     "ceasefire.general"),
    ("Both delegations agreed on a new swap of bodies, but the meeting failed to yield a ceasefire.",
     "ceasefire.general"),
])
def test_an_outcome_the_talks_failed_to_produce_takes_no_stance_from_the_clause_before(text, unwanted):
    found = _triples(text)
    assert ("RUS", "humanitarian.exchange", "accept") in found
    assert not any(i == unwanted for _, i, _s in found)


@pytest.mark.parametrize("text, expected, absent", [
    ("Zelensky said Russia wants to drag out the talks.", ("RUS", "talks.process", "reject"),
     ("RUS", "talks.process", "demand")),
    ("Kyiv says Moscow is seeking to derail the negotiations.", ("RUS", "talks.process", "reject"),
     ("RUS", "talks.process", "demand")),
    ("Putin warned Kyiv against trying to sabotage the peace talks.", ("RUS", "talks.process", "demand"),
     ("RUS", "talks.process", "reject")),
])
def test_a_verb_of_obstruction_turns_the_stance_above_it(text, expected, absent):
    found = _triples(text)
    assert expected in found
    assert absent not in found


@pytest.mark.parametrize("text", [
    "Lavrov said any foreign military presence on Ukrainian territory was unacceptable.",
    "Moscow rejects the deployment of European troops on any part of Ukraine's territory.",
])
def test_the_ground_a_force_would_stand_on_is_not_the_territorial_issue(text):
    found = _triples(text)
    assert ("RUS", "security.foreign_troops", "reject") in found
    assert not any(i == "territory" for _, i, _s in found)


def test_forces_in_occupied_territories_are_still_the_territorial_issue():
    assert ("RUS", "territory", "reject") in _triples("Lavrov said Russia would never withdraw its forces from the occupied territories.")


@pytest.mark.parametrize("text", [
    "The parties agreed on a new exchange of prisoners of war.",
    "In Istanbul the parties agreed to return the bodies of fallen soldiers.",
])
def test_the_parties_are_the_two_sides(text):
    found = _triples(text)
    assert {("RUS", "humanitarian.exchange", "accept"), ("UKR", "humanitarian.exchange", "accept")} <= found


@pytest.mark.parametrize("text, pressed", [
    ("Erdogan proposed that the two sides halt strikes on energy facilities for a month.", "TUR"),
    ("The White House proposed that both sides refrain from attacks on power plants for 30 days.", "USA"),
])
def test_a_proposal_to_both_sides_is_the_proposers_demand_not_pressure_on_one(text, pressed):
    found = _triples(text)
    assert (pressed, "ceasefire.energy", "demand") in found
    assert (pressed, "ceasefire.energy", "pressure") not in found


@pytest.mark.parametrize("text, expected, absent", [
    ("Russia put forward demands that include Ukraine's withdrawal from the Donetsk region.",
     ("RUS", "territory.donetsk", "demand"), ("RUS", "territory.donetsk", "offer")),
    ("The Kremlin tabled a demand for the lifting of sanctions on its banks.",
     ("RUS", "sanctions.relief", "demand"), ("RUS", "sanctions.relief", "offer")),
])
def test_a_demand_put_forward_is_a_demand_of_its_maker(text, expected, absent):
    found = _triples(text)
    assert expected in found
    assert absent not in found


@pytest.mark.parametrize("text, expected", [
    ("Peskov said the sanctions could be lifted only after a peace deal.", ("RUS", "sanctions.relief", "condition")),
])
def test_an_outcome_made_to_wait_on_a_step_is_conditional(text, expected):
    assert expected in _triples(text)


def test_a_plain_schedule_is_no_condition():
    assert not any(s == "condition" for _, _, s in _triples("Trump will meet Putin after the summit in Alaska."))


@pytest.mark.parametrize("text, expected", [
    ("Merz called for a truce and warned of tougher measures if the Kremlin refused.", ("DEU", "ceasefire.general", "demand")),
])
def test_a_condition_on_a_conjoined_threat_does_not_make_the_demand_before_it_conditional(text, expected):
    found = _triples(text)
    assert expected in found
    assert (expected[0], expected[1], "condition") not in found


@pytest.mark.parametrize("text, expected", [
    ("Macron said a lasting peace required a strong Ukrainian army.", ("FRA", "military.limits", "demand")),
    ("Starmer said the priority was to build up Ukraine's armed forces.", ("GBR", "military.limits", "demand")),
])
def test_a_strong_army_for_ukraine_is_the_army_limits_issue(text, expected):
    assert expected in _triples(text)


@pytest.mark.parametrize("text", [
    "Moscow put forward the withdrawal of Ukrainian troops from the Donetsk region as a condition for a ceasefire.",
    "The Kremlin proposed the lifting of sanctions as a precondition for a truce.",
])
def test_what_a_demand_is_put_forward_as_a_condition_for_is_conditional(text):
    found = _triples(text)
    assert ("RUS", "ceasefire.general", "condition") in found
    assert ("RUS", "ceasefire.general", "demand") not in found


@pytest.mark.parametrize("text, expected", [
    ('"Our priority is a ceasefire. Moscow must show it is serious," Umerov said.', ("UKR", "ceasefire.general", "demand")),
    ('"The first step must be a truce. Everything else comes later," Sybiha told reporters.',
     ("UKR", "ceasefire.general", "demand")),
])
def test_a_quotations_first_sentence_is_its_speakers(text, expected):
    assert expected in _triples(text)


@pytest.mark.parametrize("text, expected, absent", [
    ("Ukraine's delegation handed over a memorandum which calls for a full ceasefire.",
     ("UKR", "ceasefire.general", "demand"), ("UKR", "ceasefire.general", "offer")),
    ("The Russian side presented a document that demands Ukraine's neutrality.",
     ("RUS", "alignment.nato", "demand"), ("RUS", "alignment.nato", "offer")),
])
def test_what_a_plan_handed_over_says_is_its_makers_stance(text, expected, absent):
    found = _triples(text)
    assert expected in found
    assert absent not in found


@pytest.mark.parametrize("text, region", [
    ("Putin demanded all of the Donetsk region in exchange for freezing the front line in the Zaporizhzhia and Kherson "
     "regions.", "territory.zaporizhzhia"),
    ("Moscow offered to freeze the line of contact in the Kherson region if Kyiv left the Donbas.", "territory.kherson"),
])
def test_a_front_frozen_in_named_regions_is_land_not_a_truce(text, region):
    found = _triples(text)
    assert any(a == "RUS" and i == region for a, i, _ in found)
    assert not any(i == "ceasefire.general" for _, i, _s in found)


def test_a_front_frozen_everywhere_is_still_a_truce():
    assert ("UKR", "ceasefire.general", "offer") in _triples("Zelensky said Kyiv was ready to freeze the front line as a first step.")


@pytest.mark.parametrize("text, expected, absent", [
    ("Moscow is in no rush to accept a ceasefire.", ("RUS", "ceasefire.general", "reject"), ("RUS", "ceasefire.general", "accept")),
    ("Kyiv has no intention of giving up the Donbas.", ("UKR", "territory.donetsk", "reject"),
     ("UKR", "territory.donetsk", "offer")),
    ("The Kremlin signalled it was in no hurry to agree a truce.", ("RUS", "ceasefire.general", "reject"),
     ("RUS", "ceasefire.general", "accept")),
])
def test_no_hurry_or_no_intention_negates_what_it_governs(text, expected, absent):
    found = _triples(text)
    assert expected in found
    assert absent not in found


@pytest.mark.parametrize("text, expected", [
    ("Zelensky called the Russian proposal for a short truce a cynical attempt to buy time.",
     ("UKR", "ceasefire.general", "reject")),
    ("Sybiha described Moscow's offer of a three-day truce as a cynical manoeuvre.", ("UKR", "ceasefire.general", "reject")),
])
def test_a_proposal_called_a_cynical_attempt_is_refused(text, expected):
    found = _triples(text)
    assert expected in found
    assert (expected[0], expected[1], "demand") not in found


@pytest.mark.parametrize("text, holder", [
    ("Kyiv is open to talks in Istanbul, but not in Minsk.", "UKR"),
    ("Peskov said Putin was ready to meet Zelensky in Moscow, but not in Kyiv.", "RUS"),
])
def test_a_place_or_time_set_apart_with_but_not_is_refused(text, holder):
    found = _triples(text)
    assert (holder, "talks.process", "reject") in found


@pytest.mark.parametrize("text, owner, judge, issue", [
    ("Sybiha said Moscow's demand for Ukrainian neutrality was an ultimatum.", "RUS", "UKR", "alignment.nato"),
    ("Lavrov said Europe's plan for a reassurance force was a provocation.", "EUR", "RUS", "security.foreign_troops"),
])
def test_a_refusing_noun_said_of_anothers_demand_is_the_speakers_refusal(text, owner, judge, issue):
    found = _triples(text)
    assert (judge, issue, "reject") in found
    assert (owner, issue, "reject") not in found


@pytest.mark.parametrize("text, expected", [
    ("The Kremlin has said such a truce would only let Ukraine rearm.", ("RUS", "ceasefire.general", "reject")),
    ("A ceasefire now would only allow Russia to regroup, Ukrainian officials said.", ("UKR", "ceasefire.general", "reject")),
])
def test_an_outcome_that_would_only_let_the_other_side_gain_is_refused(text, expected):
    found = _triples(text)
    assert expected in found
    assert (expected[0], expected[1], "condition") not in found


@pytest.mark.parametrize("text", [
    "Ukraine returned 84 servicemen in the latest swap of prisoners.",
    "Kyiv returned the bodies of fallen soldiers to Russia on Friday.",
])
def test_a_return_told_as_done_is_an_event_not_an_offer(text):
    assert not any(s == "offer" for _, _, s in _triples(text))


def test_a_return_one_is_ready_for_is_an_offer():
    assert ("RUS", "humanitarian.exchange", "offer") in _triples("Moscow is ready to return prisoners of war.")


@pytest.mark.parametrize("text", [
    "Ushakov said that the question of territories was discussed in detail.",
    "Umerov said security guarantees had been discussed with the American side.",
])
def test_an_issue_told_as_discussed_is_an_event_not_a_readiness(text):
    assert _triples(text) == set()


def test_an_issue_that_could_be_discussed_is_a_readiness():
    assert any(a == "RUS" and i == "territory" for a, i, _ in
               _triples("Peskov said the issue of territory could be discussed at a later stage."))


@pytest.mark.parametrize("text, region", [
    ("Putin demanded all of Donetsk in exchange for freezing the front line in the Kherson region.", "territory.kherson"),
    ("Moscow wants Ukraine to leave the Donbas in return for freezing the line of contact in the Zaporizhzhia region.",
     "territory.zaporizhzhia"),
])
def test_what_a_demander_would_do_in_exchange_is_its_offer(text, region):
    found = _triples(text)
    assert ("RUS", "territory.donetsk", "demand") in found
    assert ("RUS", region, "offer") in found
    assert ("RUS", region, "condition") not in found


def test_what_a_demand_is_made_in_return_for_stays_a_condition():
    assert ("RUS", "ceasefire.general", "condition") in _triples("Moscow expects recognition of Crimea in return for a truce.")


@pytest.mark.parametrize("text, speaker, issue, receiver", [
    ("Trump said the talks went well. He ruled out new sanctions and said Kyiv could not get back Crimea.",
     "USA", "territory.crimea", "UKR"),
    ("Vance said Kyiv would not get back all its territory.", "USA", "territory", "UKR"),
])
def test_who_is_said_not_to_get_something_refuses_nothing_the_speaker_does(text, speaker, issue, receiver):
    found = _triples(text)
    assert (speaker, issue, "reject") in found
    assert (receiver, issue, "reject") not in found
