"""Constructions read in general: plan points told one a paragraph, agentless passives of speech verbs, and
other phrasing of late coverage.

Every sentence here is written for these tests; none is taken from a gold file or a news text.
"""
from __future__ import annotations

import dataclasses

import pytest

from zopa.codebook import load_codebook
from zopa.extract import extract_document

from .helpers import make_doc, triples

CB = load_codebook()


def _got(text: str, title: str | None = None) -> set[tuple[str, str, str]]:
    doc = make_doc(text)
    if title is not None:
        doc = dataclasses.replace(doc, title=title)
    return triples(extract_document(doc, CB))


PARAGRAPH_LIST = ("The American draft, circulated among diplomats this week, contains these provisions:\n\n"
                  "Kyiv will receive firm security guarantees.\n\n"
                  "Ukraine's army will be limited to 700,000 soldiers.\n\n"
                  "The alliance agrees not to station troops in Ukraine.\n\n"
                  "Zaporizhzhia will be frozen along the line of contact.\n\n"
                  "Ukraine will hold a presidential election within four months.\n")


def test_a_plan_s_points_told_one_a_paragraph_are_all_its_owners():
    """A list opened by a colon goes on as long as its points follow each other, each in a paragraph of its own;
    "X agrees (not) to" is a point as "X will" is."""
    got = _got(PARAGRAPH_LIST)
    for issue in ("security.guarantees", "military.limits", "security.foreign_troops", "territory.zaporizhzhia",
                  "governance.elections"):
        assert ("USA", issue, "demand") in got, issue
    assert not any(a in ("UKR", "NATO") for a, _, _ in got)


def test_the_title_names_the_owner_of_the_plan_the_text_lists():
    """"What Washington's plan says": the text's list of points ("The draft sets out:") is the titled plan's."""
    text = ("The document, seen by several newspapers, sets out the following:\n\n"
            "Kyiv will receive firm security guarantees.\n\n"
            "Ukraine will hold a presidential election within four months.\n")
    got = _got(text, title="What is in the Washington peace plan")
    assert ("USA", "security.guarantees", "demand") in got
    assert ("USA", "governance.elections", "demand") in got
    assert not any(a == "USA" for a, _, _ in _got(text))   # with no title, no one owns the list


@pytest.mark.parametrize("text", [
    "The British proposal lists three steps:\n\nUkraine's neutrality will be confirmed, and Kyiv will receive "
    "security guarantees.\n\nThe size of Ukraine's army will be capped at 800,000.\n",
    "The French proposal lists two steps:\n\nKyiv will not be admitted to NATO, and the alliance will be told so "
    "formally.\n\nThe size of Ukraine's army will be capped at 800,000.\n",
])
def test_a_speech_verb_in_the_agentless_passive_tells_of_no_speaker(text):
    """"will be confirmed", "will not be admitted": no one speaks, so the plan's points stay the plan's."""
    owner = "GBR" if "British" in text else "FRA"
    got = _got(text)
    assert (owner, "military.limits", "demand") in got
    assert not any(a == "UKR" for a, _, _ in got)


@pytest.mark.parametrize("text, want", [
    ("Kyiv's negotiators said they would not pull their soldiers out of Luhansk.", ("UKR", "territory.luhansk", "reject")),
    ("Zelensky said Ukraine would never pull its army back from Kherson.", ("UKR", "territory.kherson", "reject")),
    ("The president said Ukraine has no legal right to give away its land.", ("UKR", "territory", "reject")),
    ("Ukraine has no moral or constitutional right to cede Kherson, Sybiha said.", ("UKR", "territory.kherson", "reject")),
])
def test_refusing_to_pull_troops_out_or_having_no_right_to_give_land_away_is_a_refusal(text, want):
    assert want in _got(text)


@pytest.mark.parametrize("text, want", [
    ("Umerov said the status of Kherson would be left for the presidents to settle.", ("UKR", "territory.kherson", "open")),
    ("Peskov said the future of Zaporizhzhia would be left to a summit.", ("RUS", "territory.zaporizhzhia", "open")),
])
def test_an_issue_left_to_the_leaders_is_one_a_side_is_open_on(text, want):
    assert want in _got(text)


@pytest.mark.parametrize("text", [
    "Lavrov met Rubio in Riyadh, but the two sides did not reach agreement on sanctions.",
    "Putin received the envoys for five hours, though the delegations have not found a compromise on Luhansk.",
    "Ushakov called the meeting useful, but said that a compromise on Kherson has not yet been found.",
])
def test_an_agreement_not_reached_is_no_ones_acceptance(text):
    assert not any(s in ("accept", "offer") for _, _, s in _got(text))


@pytest.mark.parametrize("text", [
    "Putin said that once Ukrainian troops leave Luhansk, the fighting will stop.",
    "If Ukraine's army pulls out of Kherson, hostilities would cease, Lavrov said.",
])
def test_fighting_that_will_stop_on_a_condition_is_a_conditional_ceasefire(text):
    assert ("RUS", "ceasefire.general", "condition") in _got(text)


@pytest.mark.parametrize("text, want", [
    ("Zelensky said Ukraine is ready to hold a presidential election within three months.", ("UKR", "governance.elections", "offer")),
    ("Kyiv is willing to hold a vote this spring, an aide said.", ("UKR", "governance.elections", "offer")),
])
def test_ready_to_hold_something_other_than_talks_is_an_offer(text, want):
    assert want in _got(text)


@pytest.mark.parametrize("text, want", [
    ("For Beijing, a ceasefire has long been a stated aim.", ("CHN", "ceasefire.general", "demand")),
    ("Lavrov said the status of Kherson remained key for Russia.", ("RUS", "territory.kherson", "demand")),
    ("Sybiha said the return of deported children was crucial for Kyiv.", ("UKR", "humanitarian.exchange", "demand")),
])
def test_a_side_s_aim_or_what_is_key_for_it_is_its_demand(text, want):
    """"a core aim", "was key for X", "remained key": told in any tense, the side wants it; "the question of X" is
    a topic, not the author's question."""
    assert want in _got(text)


@pytest.mark.parametrize("text, want", [
    ("Moscow rebuffed the idea of a European stabilisation force.", ("RUS", "security.foreign_troops", "reject")),
    ("Zakharova slammed any use of the immobilised assets.", ("RUS", "assets.frozen", "reject")),
    ("The Kremlin shot down talk of a buffer zone in Kherson.", ("RUS", "territory.kherson", "reject")),
    ("Kyiv bristled at calls for a presidential election during the war.", ("UKR", "governance.elections", "reject")),
    ("Lavrov lambasted the plan for Western peacekeepers.", ("RUS", "security.foreign_troops", "reject")),
    ("Ukraine pushed back on the proposed cap on its army.", ("UKR", "military.limits", "reject")),
])
def test_verbs_of_refusal_in_news_usage(text, want):
    assert want in _got(text)


@pytest.mark.parametrize("text, want", [
    ("Sybiha said Ukraine was flexible on the size of its army.", ("UKR", "military.limits", "offer")),
    ("Peskov said the Kremlin was amenable to a further prisoner swap.", ("RUS", "humanitarian.exchange", "accept")),
])
def test_flexible_and_amenable_are_willingness(text, want):
    assert want in _got(text)


@pytest.mark.parametrize("text, want", [
    ("Putin wants an army cap well below the present level, Ushakov said.", ("RUS", "military.limits", "demand")),
    ("Zelensky said Ukraine must keep a peacetime army of 800,000.", ("UKR", "military.limits", "demand")),
    ("Kyiv wants security assurances ratified by the US Congress.", ("UKR", "security.guarantees", "demand")),
    ("Britain and France signed security protocols with Kyiv, which Zelensky welcomed.", ("UKR", "security.guarantees", "accept")),
    ("Ukraine proposed that neither side strike power stations during the winter.", ("UKR", "ceasefire.energy", "demand")),
    ("Moscow demands a DMZ along the border, Kostyukov said.", ("RUS", "territory", "demand")),
])
def test_phrasings_of_late_coverage_name_their_issues(text, want):
    assert want in _got(text)


@pytest.mark.parametrize("text, want", [
    ("Kostyukov said Russia would not discuss a truce before the Donbas question is settled.", "RUS"),
    ("Hnatov said Ukraine was ready to discuss a ceasefire line.", "UKR"),
    ("Jonathan Powell said Britain would back a ceasefire.", "GBR"),
])
def test_negotiators_of_late_rounds_stand_for_their_side(text, want):
    assert any(a == want for a, _, _ in _got(text))


@pytest.mark.parametrize("text, want", [
    ("Zelensky said Ukraine was ready for a truce at sea if Russia reciprocated.", ("UKR", "ceasefire.maritime", "condition")),
    ("Peskov said Moscow was open to a prisoner swap if Kyiv returned the bodies first.", ("RUS", "humanitarian.exchange", "condition")),
])
def test_readiness_tied_by_if_is_a_condition(text, want):
    """"ready for X if Y", with no modal verb: X is offered only on Y."""
    assert want in _got(text)


@pytest.mark.parametrize("text, want", [
    ("Kyiv's counter-proposal calls for freezing the front where the armies stand.", ("UKR", "territory", "demand")),
    ("Sybiha said Ukraine could accept a frozen front as a first step.", ("UKR", "territory", "offer")),
])
def test_a_frozen_front_is_a_stance_on_territory(text, want):
    assert want in _got(text)


@pytest.mark.parametrize("text, want", [
    ("Ushakov said Moscow could not accept the Europeans' amendments.", ("RUS", "talks.process", "reject")),
    ("Umerov said Kyiv welcomed the American amendments.", ("UKR", "talks.process", "open")),
])
def test_amendments_taken_up_are_a_stance_on_the_talks(text, want):
    assert want in _got(text)


@pytest.mark.parametrize("text, want", [
    ("Tusk said Ukraine must not be forced to give up Kherson.", ("POL", "territory.kherson", "reject")),
])
def test_a_side_that_must_not_be_forced_is_backed_by_a_refusal_of_the_speaker(text, want):
    """"X must not be forced to Y", said by Z: Z refuses Y; no one is pressed."""
    got = _got(text)
    assert want in got
    assert not any(s == "pressure" for _, _, s in got)


@pytest.mark.parametrize("text, want", [
    ("Zelensky said the revised peace framework was much better than the first draft.", ("UKR", "talks.process", "open")),
    ("The Kremlin said it would study the new peace framework.", ("RUS", "talks.process", "open")),
])
def test_a_peace_framework_is_the_talks(text, want):
    assert want in _got(text)


def test_according_to_him_gives_the_sentence_to_the_speaker_named_before():
    text = ("Lavrov held a news conference in Moscow on Wednesday. According to him, Kyiv must give up its bid to join "
            "NATO. Kallas spoke in Brussels later. In her view, Russia must withdraw from Kherson.")
    got = _got(text)
    assert ("RUS", "alignment.nato", "demand") in got
    assert ("EU", "territory.kherson", "pressure") in got
    assert ("UKR", "alignment.nato", "demand") not in got


@pytest.mark.parametrize("text, want", [
    ("Starmer said Britain was ready to send a reassurance force, but only with an American backstop.",
     ("GBR", "security.foreign_troops", "condition")),
    ("Macron said France would take part in the multinational force only with a UN mandate.",
     ("FRA", "security.foreign_troops", "condition")),
])
def test_only_with_makes_a_condition(text, want):
    assert want in _got(text)


@pytest.mark.parametrize("text, want", [
    ("Tusk said Poland would not send ground troops to Ukraine.", ("POL", "security.foreign_troops", "reject")),
    ("The Pentagon said it will not deploy American troops in Ukraine.", ("USA", "security.foreign_troops", "reject")),
    ("Sybiha said Kyiv will not accept any limit on its army.", ("UKR", "military.limits", "reject")),
    ("Lavrov said the understandings reached with Washington must be respected.", ("RUS", "talks.process", "demand")),
])
def test_refusals_to_deploy_army_limits_and_understandings(text, want):
    assert want in _got(text)


@pytest.mark.parametrize("text, want", [
    ("Zelensky said Ukraine would never give up its path to the EU.", ("UKR", "alignment.eu", "reject")),
    ("Sybiha said European integration was a priority for Kyiv.", ("UKR", "alignment.eu", "demand")),
])
def test_the_path_to_the_eu_and_european_integration_name_eu_membership(text, want):
    assert want in _got(text)


@pytest.mark.parametrize("text, want", [
    ("Washington floated a demilitarised zone in Kherson. Moscow has so far rejected that idea.",
     ("RUS", "territory.kherson", "reject")),
    ("Kyiv proposed a truce at sea on Monday. Lavrov dismissed the idea on Tuesday.", ("RUS", "ceasefire.maritime", "reject")),
])
def test_that_idea_stands_for_the_outcome_named_last_in_the_sentence_before(text, want):
    assert want in _got(text)


@pytest.mark.parametrize("text, want", [
    ("Beijing hopes the parties will agree on a truce soon, the spokesperson said.", ("CHN", "ceasefire.general", "demand")),
    ("Erdogan said he hoped for a prisoner exchange before the winter.", ("TUR", "humanitarian.exchange", "demand")),
])
def test_hoping_for_an_outcome_is_wanting_it(text, want):
    assert want in _got(text)


@pytest.mark.parametrize("text, want", [
    ("Moscow has made clear that it sees no place for a stabilisation force in Ukraine.", ("RUS", "security.foreign_troops", "reject")),
    ("Zakharova said there was no place for an amnesty in any settlement.", ("RUS", "accountability.justice", "reject")),
])
def test_no_place_for_an_outcome_is_its_refusal(text, want):
    assert want in _got(text)


@pytest.mark.parametrize("text, want", [
    ("Ushakov said the talks with the American envoys had been very useful.", ("RUS", "talks.process", "open")),
    ("Sybiha said the talks in Riyadh were useful.", ("UKR", "talks.process", "open")),
    ("Lavrov said any treaty must be signed by an elected president.", ("RUS", "governance.elections", "demand")),
    ("Peskov said the Kremlin wanted a new elected government in Kyiv.", ("RUS", "governance.elections", "demand")),
    ("Zelensky proposed a pause in strikes during the winter.", ("UKR", "ceasefire.energy", "demand")),
    ("Russia rejected a strikes pause, Ryabkov said.", ("RUS", "ceasefire.energy", "reject")),
])
def test_useful_talks_elected_governments_and_strike_pauses(text, want):
    assert want in _got(text)
