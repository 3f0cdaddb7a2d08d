"""Constructions of news prose: vocabulary and clause structure that wire copy and newspapers use.

Every sentence here is written for these tests; none is taken from a gold file.
"""
from __future__ import annotations

import pytest

from zopa.codebook import load_codebook
from zopa.extract import extract_document

from .helpers import extracted, make_doc

CB = load_codebook()


_triples = extracted


@pytest.mark.parametrize("text, expected", [
    ("The Kremlin demanded that NATO stop expanding eastward.", ("RUS", "alignment.nato", "demand")),
    ("Moscow insists Kyiv must not join any military bloc.", ("RUS", "alignment.nato", "demand")),
    ("Lavrov said Moscow would never accept Ukraine's entry into NATO.", ("RUS", "alignment.nato", "reject")),
    ("Macron said NATO's open-door policy must apply to Ukraine as well.", ("FRA", "alignment.nato", "demand")),
])
def test_the_ways_news_names_an_alliance_and_its_enlargement_are_the_issue(text, expected):
    assert expected in _triples(text)


@pytest.mark.parametrize("text, expected", [
    ("Rubio said Ukraine's NATO membership was not on the table.", ("USA", "alignment.nato", "reject")),
    ("Territorial concessions are not on the agenda, Zelensky said.", ("UKR", "territory", "reject")),
])
def test_what_is_said_not_to_be_on_the_table_is_refused(text, expected):
    assert expected in _triples(text)


@pytest.mark.parametrize("text, expected", [
    ("Zelensky said the only way to end the war was a just peace backed by security guarantees.",
     ("UKR", "security.guarantees", "demand")),
    ("The only way out is negotiations, Erdogan said.", ("TUR", "talks.process", "demand")),
])
def test_what_is_called_the_only_way_is_demanded(text, expected):
    assert expected in _triples(text)


@pytest.mark.parametrize("text, holder, issue", [
    ("Moscow cited NATO's enlargement to justify the war, even though there were no plans to give Kyiv NATO membership.",
     "RUS", "alignment.nato"),
    ("The Kremlin blamed the sanctions for the slump, even though no one had refused to discuss sanctions relief.",
     "RUS", "sanctions.relief"),
])
def test_a_concessive_aside_of_the_author_refuses_nothing_outside_it(text, holder, issue):
    assert (holder, issue, "reject") not in _triples(text)


@pytest.mark.parametrize("text, expected", [
    ("Umerov said the delegation was authorised to discuss a ceasefire.", ("UKR", "ceasefire.general", "open")),
    ("Zelensky said he was prepared to meet Putin to talk about territorial questions.", ("UKR", "territory", "open")),
])
def test_willingness_to_discuss_an_outcome_is_openness_not_acceptance(text, expected):
    got = _triples(text)
    assert expected in got and (expected[0], expected[1], "accept") not in got, got


@pytest.mark.parametrize("text, expected", [
    ("Putin said Russia was not against a ceasefire in principle.", ("RUS", "ceasefire.general", "accept")),
    ("Kyiv is not opposed to a prisoner swap, Umerov said.", ("UKR", "humanitarian.exchange", "accept")),
])
def test_not_being_against_an_outcome_accepts_it(text, expected):
    assert expected in _triples(text)


@pytest.mark.parametrize("text, expected", [
    ("Trump has said Ukraine will never be a member of NATO.", ("USA", "alignment.nato", "reject")),
    ("Rubio said the sanctions on Russia would not be lifted any time soon.", ("USA", "sanctions.relief", "reject")),
])
def test_what_a_side_says_will_never_happen_it_refuses(text, expected):
    assert expected in _triples(text)


@pytest.mark.parametrize("text, expected", [
    ("Russia is holding out for full control of Donetsk.", ("RUS", "territory.donetsk", "demand")),
    ("Kyiv has laid claim to the Crimean peninsula for decades.", ("UKR", "territory.crimea", "demand")),
    ("Moscow is angling for sanctions relief.", ("RUS", "sanctions.relief", "demand")),
])
def test_phrasal_verbs_of_wanting_with_a_particle_or_an_object_before_their_preposition(text, expected):
    assert expected in _triples(text)


@pytest.mark.parametrize("text, expected", [
    ("Putin's conditions for ending the war include Ukraine's withdrawal from Donetsk.",
     ("RUS", "territory.donetsk", "demand")),
    ("Zelensky's demands include the return of all prisoners of war.", ("UKR", "humanitarian.exchange", "demand")),
])
def test_the_owner_of_demands_or_conditions_that_include_an_outcome_wants_it(text, expected):
    assert expected in _triples(text)


@pytest.mark.parametrize("text, expected", [
    ("Putin said the war would end when Ukrainian forces left Donetsk.", ("RUS", "territory.donetsk", "demand")),
    ("The Kremlin says the fighting will only stop once Kyiv drops its NATO bid.", ("RUS", "alignment.nato", "demand")),
])
def test_what_a_side_says_the_war_ends_with_it_demands(text, expected):
    assert expected in _triples(text)


@pytest.mark.parametrize("text, expected", [
    ("Security guarantees are the key issue for Ukraine, Zelensky said.", ("UKR", "security.guarantees", "demand")),
    ("For Moscow, sanctions relief remains the main priority, Peskov said.", ("RUS", "sanctions.relief", "demand")),
])
def test_what_is_called_the_key_question_or_priority_is_wanted(text, expected):
    assert expected in _triples(text)


@pytest.mark.parametrize("text", [
    "Rubio said the two sides had made progress on a prisoner exchange and the return of children.",
    "Witkoff said significant progress had been made on security guarantees for Ukraine.",
    "Umerov said there had been a breakthrough on an energy ceasefire.",
])
def test_progress_reported_on_an_issue_is_no_ones_stance_on_it(text):
    assert _triples(text) == set()


@pytest.mark.parametrize("text, conditioned, required", [
    ("Stefanchuk said elections could only take place after a ceasefire.",
     ("UKR", "governance.elections", "condition"), ("UKR", "ceasefire.general", "demand")),
    ("Peskov said talks on sanctions relief could only begin once Kyiv withdrew from Donetsk.",
     ("RUS", "sanctions.relief", "condition"), ("RUS", "territory.donetsk", "demand")),
])
def test_what_can_only_happen_after_another_outcome_is_conditional_on_it(text, conditioned, required):
    got = _triples(text)
    assert {conditioned, required} <= got, got


@pytest.mark.parametrize("text", [
    "Analysts said Europe should open its own talks with Moscow.",
    "The Hungarian prime minister said Europe should open separate talks with Moscow.",
    "Russia must withdraw all its troops, the newspaper wrote.",
    "Kyiv should accept the ceasefire, several commentators argued.",
])
def test_what_a_side_must_do_in_the_words_of_someone_outside_the_codebook_is_no_ones_stance(text):
    assert _triples(text) == set()


@pytest.mark.parametrize("text, expected", [
    ('"We will never recognise the occupation of Crimea," said Zelensky.', ("UKR", "territory.recognition", "reject")),
    ("Russia wants the whole of Donetsk, a senior official said.", ("RUS", "territory.donetsk", "demand")),
    ("There can be no ceasefire without guarantees, said Ukraine's foreign minister.", ("UKR", "security.guarantees", "demand")),
])
def test_a_speaker_named_after_its_verb_and_a_verb_with_a_subject_of_its_own(text, expected):
    assert expected in _triples(text)


@pytest.mark.parametrize("text", [
    "Hungary's Viktor Orban, a Kremlin ally, said Europe should hold its own talks with Moscow.",
    "Belarus's Alexander Lukashenko, a close Moscow ally, said a ceasefire must come first.",
])
def test_a_sides_ally_is_not_that_side(text):
    assert not any(a == "RUS" for a, _, _ in _triples(text))


@pytest.mark.parametrize("text, expected, not_expected", [
    ("Zakharova said Europe was trying to sabotage the talks by insisting on a ceasefire first.",
     ("EUR", "ceasefire.general", "demand"), ("RUS", "ceasefire.general", "demand")),
    ("Lavrov said Kyiv was undermining diplomacy by demanding Russian withdrawal from Crimea.",
     ("UKR", "territory.crimea", "demand"), ("RUS", "territory.crimea", "demand")),
])
def test_the_subject_of_a_means_clause_is_that_of_its_verb(text, expected, not_expected):
    got = _triples(text)
    assert expected in got and not_expected not in got, got


@pytest.mark.parametrize("text, expected", [
    ("Zelensky called the Russian proposal for a short truce a manipulation.", ("UKR", "ceasefire.general", "reject")),
    ("Macron called Putin's offer of a ceasefire a ploy.", ("FRA", "ceasefire.general", "reject")),
    ("Kyiv branded the demand to withdraw from Donetsk a trap.", ("UKR", "territory.donetsk", "reject")),
])
def test_calling_a_proposal_a_ploy_or_a_trap_refuses_it(text, expected):
    got = _triples(text)
    assert expected in got and (expected[0], expected[1], "demand") not in got, got


def test_a_side_that_announces_sanctions_offers_nothing():
    assert not any(s == "offer" for _, _, s in _triples("Trump announced new sanctions on Russian oil companies."))


@pytest.mark.parametrize("text, expected", [
    ("Putin invited Zelensky to Moscow for talks.", ("RUS", "talks.process", "open")),
    ("Zelensky invited Putin to direct negotiations in Istanbul.", ("UKR", "talks.process", "open")),
    ("The Kremlin said a meeting between the two leaders was premature.", ("RUS", "talks.process", "reject")),
    ("Sybiha said it was premature to talk about lifting sanctions.", ("UKR", "sanctions.relief", "reject")),
])
def test_invitations_to_talk_and_premature_steps(text, expected):
    assert expected in _triples(text)


def test_who_is_invited_holds_nothing():
    got = _triples("Kuleba said Russia could only be invited to the summit if it faced a war crimes tribunal.")
    assert not any(a == "RUS" for a, _, _ in got), got


@pytest.mark.parametrize("text", [
    "Peskov's claim that Europe was blocking a ceasefire was dismissed in Kyiv.",
    "Sybiha rejected Russia's claims that Ukraine was refusing to negotiate.",
])
def test_a_claim_that_something_is_so_is_speech_not_a_demand(text):
    assert not any(s == "demand" for _, _, s in _triples(text))


@pytest.mark.parametrize("text, expected", [
    ("Zelensky said there could be no progress on territory without security guarantees.",
     ("UKR", "security.guarantees", "demand")),
    ("Zelensky said progress on security guarantees was essential.", ("UKR", "security.guarantees", "demand")),
])
def test_progress_wanted_or_made_conditional_is_still_a_stance(text, expected):
    assert expected in _triples(text)


@pytest.mark.parametrize("text", [
    "Trump ordered a pause in military aid to Ukraine.",
    "NATO hopes the talks will succeed.",
])
def test_a_pause_in_anything_but_hostilities_and_an_alliance_that_hopes_are_not_issues_offered(text):
    got = _triples(text)
    assert not any(s == "offer" or i == "alignment.nato" for _, i, s in got), got


@pytest.mark.parametrize("text, expected", [
    ("Kyiv will not accept anything less than a full withdrawal from Zaporizhzhia, Yermak said.",
     ("UKR", "territory.zaporizhzhia", "demand")),
    ("Moscow won't settle for anything short of recognition of Crimea.", ("RUS", "territory.crimea", "demand")),
    ("A source close to the Kremlin said Putin would not settle for less than the whole of Donetsk.",
     ("RUS", "territory.donetsk", "demand")),
])
def test_refusing_anything_less_than_an_outcome_demands_it(text, expected):
    got = _triples(text)
    assert expected in got and (expected[0], expected[1], "reject") not in got, got


@pytest.mark.parametrize("text, expected", [
    ("Podolyak wrote that any deal that rewards the aggressor would only encourage more wars.",
     ("UKR", "talks.process", "reject")),
    ("Zelensky said any agreement that rewarded Russia would be a mistake.", ("UKR", "talks.process", "reject")),
])
def test_a_deal_said_to_reward_a_side_is_refused(text, expected):
    assert expected in _triples(text)


@pytest.mark.parametrize("text, expected", [
    ("Yermak told the magazine that no Ukrainian president would sign away land.", ("UKR", "territory", "reject")),
    ("Zelensky said nobody in Kyiv would trade away Zaporizhzhia.", ("UKR", "territory.zaporizhzhia", "reject")),
])
def test_no_one_of_a_side_giving_something_away_refuses_it(text, expected):
    got = _triples(text)
    assert expected in got and (expected[0], expected[1], "accept") not in got, got


@pytest.mark.parametrize("text, expected", [
    ("Trump set Moscow a deadline of 50 days to agree to a ceasefire.", ("USA", "ceasefire.general", "pressure", "RUS")),
    ("Washington gave Kyiv a deadline of one week to accept a truce.", ("USA", "ceasefire.general", "pressure", "UKR")),
])
def test_a_deadline_given_to_a_side_as_indirect_object_presses_it(text, expected):
    got = {(s.actor, s.issue, s.stance, s.target) for s in extract_document(make_doc(text), CB)}
    assert expected in got, got


@pytest.mark.parametrize("text, expected", [
    ("Britain and France would provide security guarantees on land, at sea and in the air.",
     {("GBR", "security.guarantees"), ("FRA", "security.guarantees")}),
    ("Kyiv called for a full ceasefire in the air, on land and at sea.", {("UKR", "ceasefire.general")}),
])
def test_the_three_domains_of_war_named_together_are_no_land_or_sea_issue(text, expected):
    assert {(a, i) for a, i, _ in _triples(text)} == expected


def test_a_truce_in_the_air_and_at_sea_is_still_a_maritime_truce():
    assert ("UKR", "ceasefire.maritime", "demand") in _triples("Kyiv proposed a truce in the air and at sea.")


@pytest.mark.parametrize("text, expected", [
    ("Zelensky said Ukraine would never be a neutral country.", ("UKR", "alignment.nato", "reject")),
    ("Peskov said the war would end with the withdrawal of Ukrainian troops from Donetsk.", ("RUS", "territory.donetsk", "demand")),
])
def test_neutrality_refused_and_what_the_war_ends_with(text, expected):
    assert expected in _triples(text)


@pytest.mark.parametrize("text, expected", [
    ("Washington is considering easing some sanctions on Russia's agricultural exports.", ("USA", "sanctions.relief", "open")),
    ("The EU is exploring ways to use frozen Russian assets.", ("EU", "assets.frozen", "open")),
    ("Kyiv is considering a referendum on any territorial deal.", ("UKR", "territory", "open")),
])
def test_a_side_considering_or_exploring_an_outcome_is_open_to_it(text, expected):
    assert expected in _triples(text)


@pytest.mark.parametrize("text, demanded, conditional", [
    ("Russia wants its banks reconnected to SWIFT as a condition for the Black Sea deal.",
     ("RUS", "sanctions.relief", "demand"), ("RUS", "ceasefire.maritime", "condition")),
    ("Kyiv wants security guarantees as a condition for a ceasefire.",
     ("UKR", "security.guarantees", "demand"), ("UKR", "ceasefire.general", "condition")),
])
def test_what_is_wanted_as_a_condition_for_an_outcome_makes_that_outcome_conditional(text, demanded, conditional):
    got = _triples(text)
    assert {demanded, conditional} <= got, got


@pytest.mark.parametrize("text, expected", [
    ("KYIV, Ukraine (AP) — Russia rejected a European proposal for a 30-day ceasefire on Monday.",
     {("RUS", "ceasefire.general", "reject"), ("EUR", "ceasefire.general", "demand")}),
    ("MOSCOW, Dec 3 (Reuters) - Moscow dismissed a British plan for peacekeepers in Ukraine.",
     {("RUS", "security.foreign_troops", "reject"), ("GBR", "security.foreign_troops", "demand")}),
])
def test_a_dateline_opening_the_sentence_does_not_change_its_reading(text, expected):
    assert expected <= _triples(text)


@pytest.mark.parametrize("text", [
    "The sides remained far apart on territory, officials said.",
    "Russian and Ukrainian negotiators were still deadlocked over the Donbas.",
])
def test_sides_told_as_far_apart_on_an_issue_hold_no_stance_on_it(text):
    assert _triples(text) == set()


@pytest.mark.parametrize("text, expected", [
    ("Britain welcomed Russia's agreement to a prisoner exchange.",
     {("GBR", "humanitarian.exchange", "support"), ("RUS", "humanitarian.exchange", "accept")}),
])
def test_backing_another_sides_stance_named_as_a_noun(text, expected):
    assert expected <= _triples(text)


def test_throwing_ones_weight_behind_another_sides_demand_backs_it():
    got = {(s.actor, s.issue, s.stance, s.target) for s in extract_document(
        make_doc("Poland threw its weight behind Kyiv's demand for security guarantees."), CB)}
    assert ("POL", "security.guarantees", "support", "UKR") in got, got
