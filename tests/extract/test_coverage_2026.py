"""Constructions of the late 2025 / early 2026 coverage (revised plans, envoy visits, trilateral rounds).

Every sentence here is written for these tests; none is taken from a gold file or a news text.
"""
from __future__ import annotations

import pytest

from zopa.codebook import load_codebook
from zopa.extract import extract_document

from .helpers import make_doc, triples

CB = load_codebook()


def _got(text: str) -> set:
    return triples(extract_document(make_doc(text), CB))


@pytest.mark.parametrize("text, want", [
    ("Moscow again demanded that Ukraine pull its troops out of Kherson. Kyiv rejected the demand.",
     {("RUS", "territory.kherson", "demand"), ("UKR", "territory.kherson", "reject")}),
    ("Washington wants Kyiv to hold elections. Zelensky turned down the request.",
     {("USA", "governance.elections", "pressure"), ("UKR", "governance.elections", "reject")}),
    ("Moscow wants all of Zaporizhzhia. Kyiv has repeatedly rejected such demands.",
     {("RUS", "territory.zaporizhzhia", "demand"), ("UKR", "territory.zaporizhzhia", "reject")}),
    # what was asked for is named first; a truce it is the condition of is not what was demanded
    ("Moscow demanded that Ukraine withdraw from Luhansk as a condition for any truce. Kyiv rejected the demand.",
     {("RUS", "territory.luhansk", "demand"), ("RUS", "ceasefire.general", "condition"), ("UKR", "territory.luhansk", "reject")}),
    ("Moscow wants all of the Donbas and Kherson. Kyiv rejected these demands.",
     {("RUS", "territory.donetsk", "demand"), ("RUS", "territory.luhansk", "demand"), ("RUS", "territory.kherson", "demand"),
      ("UKR", "territory.donetsk", "reject"), ("UKR", "territory.luhansk", "reject"), ("UKR", "territory.kherson", "reject")}),
])
def test_a_demand_pointed_back_to_is_the_issue_the_sentence_before_named(text, want):
    """ "rejected the demand", "turned down the request": the outcome named last in the sentence before."""
    assert _got(text) == want


@pytest.mark.parametrize("text, want", [
    ("Kallas said Moscow could not be trusted and called for more sanctions on Russia.",
     {("EU", "sanctions.relief", "demand")}),
    ("Macron said Russia was stalling and urged Moscow to accept a ceasefire.",
     {("FRA", "ceasefire.general", "pressure")}),
    ("Sikorski said the Kremlin was lying and demanded new sanctions.", {("POL", "sanctions.relief", "demand")}),
])
def test_a_speaker_s_second_verb_is_the_speaker_s_not_the_reported_subject_s(text, want):
    """ "X said Y could not be trusted and called for ...": the parse joins "called" to the reported clause; a past
    verb after a reported clause of another form is the speaker's own."""
    assert _got(text) == want


def test_a_second_verb_of_the_same_form_stays_with_the_reported_subject():
    got = _got("Peskov said Moscow remained open to talks and wanted guarantees.")
    assert ("RUS", "security.guarantees", "demand") in got


@pytest.mark.parametrize("text, want", [
    ("Britain is pushing to scrap the amnesty clause.", {("GBR", "accountability.justice", "reject")}),
    ("Kyiv wants to get rid of the ceiling on the size of its army.", {("UKR", "military.limits", "reject")}),
    ("Warsaw is lobbying for the removal of the amnesty clause.", {("POL", "accountability.justice", "reject")}),
])
def test_pressing_to_take_a_point_out_refuses_the_point(text, want):
    assert _got(text) == want


def test_dropping_one_s_own_demand_is_not_a_refusal_of_it():
    assert ("UKR", "alignment.nato", "reject") not in _got("Kyiv wants to drop its demand for NATO membership.")


@pytest.mark.parametrize("text, want", [
    ("Lavrov said the new sanctions on Russian banks were counterproductive.", {("RUS", "sanctions.relief", "reject")}),
    ("Beijing said Western sanctions were counter-productive.", {("CHN", "sanctions.relief", "reject")}),
    ("The Kremlin is analysing the American proposals.", {("RUS", "talks.process", "open")}),
    ("Peskov said Moscow was still assessing the peace plan.", {("RUS", "talks.process", "open")}),
])
def test_verdicts_and_study_of_a_plan(text, want):
    assert _got(text) == want


def test_becoming_a_member_of_the_union_is_eu_membership():
    assert _got("The framework says Ukraine would become a member of the European Union, Zelensky said.") == \
        {("UKR", "alignment.eu", "demand")}


@pytest.mark.parametrize("text, want", [
    ("If Moscow agrees to a ceasefire, Kyiv is ready to hold elections, Zelensky said.",
     {("UKR", "ceasefire.general", "demand"), ("UKR", "governance.elections", "condition")}),
    ("Zelensky said that if Moscow agrees to a ceasefire, Kyiv is ready to hold elections.",
     {("UKR", "ceasefire.general", "demand"), ("UKR", "governance.elections", "condition")}),
])
def test_a_condition_put_first_requires_what_it_names_and_conditions_the_main_clause(text, want):
    """ "If Moscow agrees to X, Kyiv will Y": X is required, Y is made conditional; the subject of the "if" clause
    holds nothing (it is only supposed to agree)."""
    assert _got(text) == want


def test_a_fronted_condition_with_must_is_a_demand():
    assert _got("If there is a free economic zone in Donetsk, then it must be approved in a referendum, Zelensky said.") \
        == {("UKR", "territory.donetsk", "demand")}


@pytest.mark.parametrize("text, want", [
    ("Trump threatened to walk away from the talks if there was no progress.", {("USA", "talks.process", "pressure")}),
    ("Rubio said Washington would walk away from the talks unless Moscow moved quickly.", {("USA", "talks.process", "pressure")}),
    ("Turkey said it would step back from its mediation role if the talks stalled.", {("TUR", "talks.process", "pressure")}),
    # a party's own threat to leave is no pressure of a third party: its condition stands
    ("Russia would pull out of the talks if Kyiv attacked again, Peskov said.", {("RUS", "talks.process", "condition")}),
])
def test_a_mediator_s_threat_to_leave_the_talks_presses_the_parties(text, want):
    assert _got(text) == want


def test_a_demand_told_before_the_threat_stays_a_demand():
    got = _got("Trump said he wanted a peace deal signed by June and warned that Washington could walk away from the "
               "talks if there was no progress.")
    assert got == {("USA", "talks.process", "demand"), ("USA", "talks.process", "pressure")}


def test_the_party_named_in_the_threat_is_the_one_pressed():
    f = extract_document(make_doc("Rubio said Washington would walk away from the talks unless Moscow moved quickly."), CB)
    assert [(s.stance, s.target) for s in f] == [("pressure", "RUS")]


@pytest.mark.parametrize("text, want", [
    ("The Russian draft would require Kyiv to give up Kherson, people briefed on the text said.",
     {("RUS", "territory.kherson", "demand")}),
])
def test_a_plan_s_content_reported_by_unnamed_sources_stays_its_owner_s(text, want):
    """ "<what the plan would do>, the sources said": the sources name no side; the plan's owner holds the content."""
    assert _got(text) == want


@pytest.mark.parametrize("text, want", [
    ("The UAE foreign ministry said it was honored to host the talks and stood ready to continue supporting dialogue.",
     {("ARE", "talks.process", "open")}),
    ("Saudi Arabia said it was honoured to host the negotiations.", set()),
])
def test_honoured_to_host_is_no_agreement_of_the_parties(text, want):
    """ "was honoured to host": a verb of accepting in the passive with an infinitive is a feeling, not an agreement
    reached by the parties (whereas "a truce was agreed" is)."""
    assert _got(text) == want


def test_a_heading_that_turns_to_another_side_ends_the_plan_s_points():
    text = ("Washington has drawn up a plan for ending the war.\n\nWhat Moscow says\n"
            "Peskov was quoted as saying that Russian police units would stay in Donetsk.")
    assert not {t for t in _got(text) if t[0] == "USA" and t[1].startswith("territory")}


@pytest.mark.parametrize("text, want", [
    ("Paris and Berlin drew up a plan last week.\n\nUkraine's army would be capped at 800,000.",
     {("FRA", "military.limits", "demand"), ("DEU", "military.limits", "demand")}),
    ("Kyiv and Washington agreed a framework last week. The guarantees would be ratified by Congress.",
     {("UKR", "security.guarantees", "demand"), ("USA", "security.guarantees", "demand")}),
])
def test_a_paragraph_of_what_would_happen_after_a_plan_is_named_holds_its_points(text, want):
    assert want <= _got(text)


@pytest.mark.parametrize("text, want", [
    ("Putin said that if Kyiv does not want to discuss the proposals, the fighting will continue.", set()),
    ("Russia will agree to a truce if Ukraine withdraws from Donetsk.",
     {("RUS", "ceasefire.general", "condition"), ("RUS", "territory.donetsk", "demand")}),
])
def test_the_subject_of_an_if_clause_holds_nothing(text, want):
    """What an "if" clause supposes of its subject ("if Kyiv does not want to discuss ...") is no stance of that
    subject's; the clause above still makes what it asks for a demand of its own holder."""
    assert _got(text) == want


def test_a_threat_s_if_clause_gives_its_subject_no_stance():
    assert not {t for t in _got("Lavrov said that if Washington refuses the terms, Russia will press on.") if t[0] == "USA"}


@pytest.mark.parametrize("text, want", [
    ("The framework negotiated by Kyiv and Washington would cap Ukraine's army at 800,000.",
     {("UKR", "military.limits", "demand"), ("USA", "military.limits", "demand")}),
    ("The draft agreed by Paris and London would send European troops to Ukraine.",
     {("FRA", "security.foreign_troops", "demand"), ("GBR", "security.foreign_troops", "demand")}),
])
def test_a_plan_agreed_or_negotiated_by_two_sides_is_owned_by_both(text, want):
    assert want <= _got(text)


@pytest.mark.parametrize("text, want", [
    ("Rubio said Washington and Moscow discussed an energy truce on Tuesday.", set()),
    ("Moscow is ready to discuss a ceasefire.", {("RUS", "ceasefire.general", "open")}),
    # (the ideas are the American side's own proposal: a mediator's proposal is its demand)
    ("Putin said Russia would discuss the American ideas on a truce.",
     {("RUS", "ceasefire.general", "open"), ("USA", "ceasefire.general", "demand")}),
])
def test_what_was_discussed_is_an_event_what_one_would_discuss_is_openness(text, want):
    assert _got(text) == want


@pytest.mark.parametrize("text, want", [
    ("Russia agreed to refrain from strikes on energy infrastructure. Kyiv welcomed the decision.",
     {("RUS", "ceasefire.energy", "accept"), ("UKR", "ceasefire.energy", "accept")}),
    # an event is no step on the issue: condemning a strike holds no stance on a truce
    ("Russia struck power plants across Ukraine overnight. Zelensky condemned the move.", set()),
])
def test_a_step_pointed_back_to_is_the_stance_taken_in_the_sentence_before(text, want):
    assert _got(text) == want


COUNTER = """Britain and France have drawn up a counter-proposal to the American plan.

Army. Ukraine's peacetime armed forces would be capped at 800,000.

NATO. Ukraine's membership of NATO would depend on a consensus among the alliance's members."""


def test_a_labelled_paragraph_of_a_plan_is_its_owners_even_when_it_names_a_thing_of_another_side():
    """ "Ukraine's armed forces would be capped ...": a thing of Ukraine's, told as what would happen under the plan
    just named; the plan's owners hold it (and what the plan makes conditional is their condition)."""
    got = _got(COUNTER)
    assert {("GBR", "military.limits", "demand"), ("FRA", "military.limits", "demand"),
            ("GBR", "alignment.nato", "condition"), ("FRA", "alignment.nato", "condition")} <= got
    assert not {t for t in got if t[0] == "UKR"}


@pytest.mark.parametrize("text, want", [
    ("Tusk described the plan as a wish list.", {("POL", "talks.process", "reject")}),
    ("Sikorski called the proposal a poison pill.", {("POL", "talks.process", "reject")}),
])
def test_a_judgement_named_by_a_compound_noun_refuses_the_plan(text, want):
    assert _got(text) == want


@pytest.mark.parametrize("text, want", [
    ("Zelensky said there could be no talk of withdrawing from Donbas.",
     {("UKR", "territory.donetsk", "reject"), ("UKR", "territory.luhansk", "reject")}),
    ("Peskov said there was no question of Russia giving up Crimea.", {("RUS", "territory.crimea", "reject")}),
    ("Officials said there was no talk of a deal yet.", set()),
])
def test_no_talk_of_and_no_question_of_refuse(text, want):
    assert _got(text) == want


@pytest.mark.parametrize("text, want", [
    ("Ukraine will not be rushed into signing a bad deal, Sybiha said.", {("UKR", "talks.process", "reject")}),
    ("Britain will not be dragged into a deal that rewards aggression, Starmer said.", {("GBR", "talks.process", "reject")}),
])
def test_not_to_be_rushed_or_dragged_into_a_deal_refuses_it(text, want):
    assert _got(text) == want


@pytest.mark.parametrize("text, want", [
    ("Washington has imposed a deadline of Christmas on Moscow to agree to a ceasefire.",
     {("USA", "ceasefire.general", "pressure")}),
    ("Brussels imposed a deadline on Moscow to halt strikes on power plants.", {("EU", "ceasefire.energy", "pressure")}),
])
def test_a_deadline_imposed_on_a_side_presses_it(text, want):
    assert _got(text) == want


@pytest.mark.parametrize("text, want", [
    ("Analysts say Kyiv may have to accept a freeze along the front line.", set()),
    ("Commentators believe Moscow might have to drop its demand for Kherson.", set()),
])
def test_what_a_side_may_have_to_do_in_an_analyst_s_words_is_no_stance_of_its(text, want):
    """ "may have to", "might have to": an obligation the author or an unnamed analyst puts on a side, as "must" is."""
    assert _got(text) == want
