"""Stance rules added for generalisation: expected and forbidden statements on hand-written sentences."""
from __future__ import annotations

from zopa.extract import extract_document

from .helpers import make_doc, triples


def run(text: str, codebook):
    return triples(extract_document(make_doc(text), codebook))


def test_agreeing_to_talk_is_open_not_accept(codebook):
    out = run("Russia agreed to hold further peace talks with Ukraine next month.", codebook)
    assert ("RUS", "talks.process", "open") in out
    assert ("RUS", "talks.process", "accept") not in out


def test_ready_to_continue_contacts_is_open(codebook):
    out = run("Peskov said Russia was ready to continue peace talks as many times as needed.", codebook)
    assert ("RUS", "talks.process", "open") in out
    assert ("RUS", "talks.process", "offer") not in out


def test_backing_another_actor_is_support_with_that_target(codebook):
    out = extract_document(make_doc("Saudi Arabia said it backed Trump's efforts to start peace talks."), codebook)
    sup = [s for s in out if s.stance == "support"]
    assert sup and sup[0].actor == "SAU" and sup[0].target == "USA"


def test_backing_an_outcome_is_a_demand(codebook):
    out = run("China supports the renewal of peace talks between Russia and Ukraine.", codebook)
    assert ("CHN", "talks.process", "demand") in out
    assert ("CHN", "talks.process", "support") not in out


def test_against_as_a_preposition_is_no_rejection(codebook):
    out = run("Putin listed the lifting of all Western sanctions against Russia.", codebook)
    assert ("RUS", "sanctions.relief", "demand") in out
    assert ("RUS", "sanctions.relief", "reject") not in out


def test_standing_against_is_a_rejection(codebook):
    out = run("Poland is firmly against any easing of sanctions on Russia.", codebook)
    assert ("POL", "sanctions.relief", "reject") in out


def test_seeing_no_case_for_is_a_rejection(codebook):
    out = run("France sees no case for easing sanctions on Russia.", codebook)
    assert ("FRA", "sanctions.relief", "reject") in out
    assert ("FRA", "sanctions.relief", "demand") not in out


def test_position_on_an_issue_is_a_demand(codebook):
    out = run("Medinsky said Moscow's position on Crimea had not changed.", codebook)
    assert ("RUS", "territory.crimea", "demand") in out


def test_offer_to_host_talks_is_open(codebook):
    out = run("Turkey has offered to host further peace talks.", codebook)
    assert ("TUR", "talks.process", "open") in out
    assert ("TUR", "talks.process", "offer") not in out


def test_both_sides_are_the_two_actors_named_most(codebook):
    text = ("U.S. officials met Ukrainian officials in Jeddah on Tuesday. Washington praised Kyiv for its courage. "
            "Both sides agreed to hold further peace talks.")
    out = run(text, codebook)
    assert {("USA", "talks.process", "open"), ("UKR", "talks.process", "open")} <= out
    assert ("RUS", "talks.process", "open") not in out


def test_both_delegations_default_to_the_principals(codebook):
    out = run("Both delegations said they were ready to hold further peace talks.", codebook)
    assert {("RUS", "talks.process", "open"), ("UKR", "talks.process", "open")} <= out


def test_third_party_agreement_is_its_demand_not_acceptance(codebook):
    out = run("Britain agreed to a ceasefire proposal.", codebook)
    assert ("GBR", "ceasefire.general", "demand") in out
    assert ("GBR", "ceasefire.general", "accept") not in out


def test_principal_agreement_stays_acceptance(codebook):
    out = run("Ukraine agreed to a ceasefire proposal.", codebook)
    assert ("UKR", "ceasefire.general", "accept") in out


def test_adverb_inside_a_negated_verb_is_still_a_rejection(codebook):
    out = run("Zelensky said Ukraine would not legally recognise Crimea as Russian.", codebook)
    assert ("UKR", "territory.crimea", "reject") in out
    assert ("UKR", "territory.crimea", "demand") not in out


def test_cannot_withdraw_is_a_rejection(codebook):
    out = run("Zelensky said Ukraine cannot withdraw from the Donbas.", codebook)
    assert ("UKR", "territory.donetsk", "reject") in out


def test_unwilling_to_compromise_on_the_other_sides_outcome_is_a_rejection(codebook):
    out = extract_document(make_doc(
        "Putin is unwilling to compromise on the presence of Western peacekeeping forces."), codebook)
    troops = [s for s in out if s.actor == "RUS" and s.issue == "security.foreign_troops"]
    assert troops and {s.stance for s in troops} == {"reject"}
    assert troops[0].value == 0      # the outcome rejected: Western forces in Ukraine


def test_a_renounced_outcome_does_not_place_the_value(codebook):
    out = extract_document(make_doc("Russia demands a renunciation of NATO membership by Ukraine."), codebook)
    nato = [s for s in out if s.actor == "RUS" and s.issue == "alignment.nato"]
    assert nato and nato[0].stance == "demand" and nato[0].value == 100


def test_terms_which_included_are_demands(codebook):
    out = run("Putin said Russia was ready to end the war on the terms he set out in June, "
              "which included Ukraine's withdrawal from the Kherson region.", codebook)
    assert ("RUS", "territory.kherson", "demand") in out
    assert ("RUS", "territory.kherson", "offer") not in out


def test_had_told_is_no_obligation(codebook):
    out = run("Putin had told Trump he was prepared to freeze the front line in Kherson.", codebook)
    assert ("RUS", "territory.kherson", "offer") in out
    assert not any(t[2] == "pressure" for t in out)


def test_condition_binds_what_comes_before_and_requires_what_follows(codebook):
    out = run("Ukraine would accept a ceasefire only if it received security guarantees.", codebook)
    assert ("UKR", "ceasefire.general", "condition") in out
    assert ("UKR", "security.guarantees", "demand") in out


def test_a_third_party_offering_its_own_guarantees_makes_an_offer(codebook):
    out = run("Washington was offering Ukraine security guarantees modelled on Article 5.", codebook)
    assert ("USA", "security.guarantees", "offer") in out


def test_offering_to_host_talks_on_an_issue_is_openness_on_it(codebook):
    out = run("Turkey offered to host talks on Black Sea shipping.", codebook)
    assert ("TUR", "ceasefire.maritime", "open") in out


def test_an_unattributed_if_sentence_is_no_stance(codebook):
    assert run("If Europe cannot agree on the reparations loan, Ukraine will run short of money.", codebook) == set()


def test_a_nuclear_plant_named_after_a_region_is_no_territory(codebook):
    out = run("Ukraine called for safety at the Zaporizhzhia nuclear plant.", codebook)
    assert not any(t[1] == "territory.zaporizhzhia" for t in out)


def test_recognise_that_is_no_recognition(codebook):
    out = run("Rubio said both sides must recognise that there is no military solution.", codebook)
    assert not any(t[1] == "territory.recognition" for t in out)


def test_a_formula_agreed_upon_elsewhere_is_no_acceptance(codebook):
    out = run("Ushakov said there was no point in a settlement without the territorial formula agreed upon "
              "in Anchorage.", codebook)
    assert ("RUS", "territory", "accept") not in out


def test_those_regions_refers_to_the_regions_named_last(codebook):
    out = run("Russia claims the Donetsk and Luhansk regions. Putin said he was prepared to drop the claim "
              "to the parts of those regions Russia does not control.", codebook)
    assert ("RUS", "territory.donetsk", "offer") in out and ("RUS", "territory.luhansk", "offer") in out


def test_one_outcome_without_another_is_dangerous_is_a_condition(codebook):
    out = run("Zelensky said territorial concessions without security guarantees would be unacceptable.", codebook)
    assert ("UKR", "territory", "condition") in out
    assert ("UKR", "security.guarantees", "demand") in out
    assert ("UKR", "territory", "reject") not in out


def test_a_clause_opening_with_if_is_a_hypothesis(codebook):
    out = run("Pressing Russia is risky: if Putin has to compromise, China could lose a partner.", codebook)
    assert not any(t[0] == "RUS" for t in out)


def test_backing_received_is_not_support_given(codebook):
    out = run("Participation in talks allows Ukraine to keep Western backing.", codebook)
    assert not any(t[2] in ("support", "accept", "open") for t in out)


def test_placing_the_onus_on_another_side_is_pressure_not_openness(codebook):
    out = run("By engaging in talks, Moscow places the onus on Ukraine to accept its terms.", codebook)
    assert not any(t[0] == "RUS" and t[2] in ("open", "accept") for t in out)


def test_uncertainty_about_another_side_is_no_stance(codebook):
    out = run("Washington remains uncertain about Moscow's willingness to make concessions.", codebook)
    assert out == set()


def test_praising_another_sides_step_is_support(codebook):
    out = extract_document(make_doc(
        "Mark Rutte said the group had discussed security guarantees for Ukraine, which he called a major step."), codebook)
    sup = [s for s in out if s.actor == "NATO" and s.stance == "support"]
    assert sup and sup[0].issue == "security.guarantees" and sup[0].target == "UKR"


def test_an_offer_followed_by_only_if_is_a_condition(codebook):
    out = run("Ukraine is ready to accept neutral status, but only if it gets security guarantees that work.", codebook)
    assert ("UKR", "alignment.nato", "condition") in out
    assert ("UKR", "security.guarantees", "demand") in out


def test_taking_effect_only_after_is_a_condition(codebook):
    out = run("Russia says the Black Sea arrangement will not take effect until sanctions are lifted.", codebook)
    assert ("RUS", "ceasefire.maritime", "condition") in out
    assert ("RUS", "sanctions.relief", "demand") in out


def test_what_a_sides_version_says_is_its_demand(codebook):
    out = run("Ukraine's version says that in the Kherson region the line where troops stand becomes the line of contact.",
              codebook)
    assert ("UKR", "territory.kherson", "demand") in out


def test_calling_a_use_of_assets_theft_is_a_rejection(codebook):
    out = run("The Kremlin calls any use of its frozen assets theft.", codebook)
    assert ("RUS", "assets.frozen", "reject") in out


def test_no_truce_until_principles_are_agreed_is_a_demand(codebook):
    out = run("Russia has insisted that there can be no truce until the principles of a settlement are agreed.", codebook)
    assert ("RUS", "ceasefire.general", "demand") in out
    assert ("RUS", "ceasefire.general", "accept") not in out


def test_proposing_another_round_is_openness(codebook):
    out = run("Zelensky proposed holding another round of talks before the end of June.", codebook)
    assert ("UKR", "talks.process", "open") in out


def test_talks_named_as_a_time_are_not_the_issue(codebook):
    out = run("Rubio told reporters after the talks that it was now up to Russia to say yes or no.", codebook)
    assert not any(t[1] == "talks.process" for t in out)


def test_no_call_for_is_no_demand(codebook):
    out = run("The Chinese paper contains no call for Russian troops to leave Ukrainian land.", codebook)
    assert not any(t[2] == "demand" for t in out)


def test_nothing_agreed_to_is_a_rejection(codebook):
    out = run("Zelensky said that nothing Ukraine had agreed to involved easing sanctions on Russia.", codebook)
    assert ("UKR", "sanctions.relief", "reject") in out
    assert ("UKR", "sanctions.relief", "accept") not in out


def test_recognising_an_agreement_and_a_de_facto_line_are_not_recognition(codebook):
    out = run("Ukraine will not recognise any agreement reached without it. Ukraine's version says the line where "
              "troops stand becomes the de facto line of contact.", codebook)
    assert not any(t[1] == "territory.recognition" for t in out)


def test_would_not_host_foreign_bases_is_an_offer(codebook):
    out = run("Kyiv would not host foreign military bases or contingents on its soil under the plan.", codebook)
    assert ("UKR", "security.foreign_troops", "offer") in out


def test_expecting_to_meet_is_a_schedule_not_a_stance(codebook):
    assert run("Zelensky said on Friday that he expected to meet Trump for talks in the coming days.", codebook) == set()


def test_failing_to_find_a_compromise_is_an_event(codebook):
    assert run("Putin and Trump's envoys failed to find a compromise on the future of Ukrainian territory.", codebook) == set()


def test_agreeing_on_the_importance_of_something_is_wanting_it(codebook):
    out = run("The Ukrainian delegation agreed on the importance of prisoner exchanges.", codebook)
    assert ("UKR", "humanitarian.exchange", "demand") in out
    assert ("UKR", "humanitarian.exchange", "accept") not in out


def test_threatening_foreign_troops_as_targets_is_a_rejection(codebook):
    out = run("Putin declared that any foreign troops in Ukraine will be legitimate targets for the Russian army.", codebook)
    assert ("RUS", "security.foreign_troops", "reject") in out


def test_not_thinking_a_ceasefire_necessary_is_a_rejection(codebook):
    out = run("Trump said he did not think a ceasefire was necessary.", codebook)
    assert ("USA", "ceasefire.general", "reject") in out


def test_ready_provided_others_act_is_a_condition(codebook):
    out = run("Zelensky said he was ready to hold elections, provided the United States could guarantee security.", codebook)
    assert ("UKR", "governance.elections", "condition") in out


def test_little_interest_is_a_rejection_and_a_little_is_not(codebook):
    got = triples(extract_document(make_doc("Moscow has shown little interest in a ceasefire."), codebook))
    assert ("RUS", "ceasefire.general", "reject") in got and ("RUS", "ceasefire.general", "accept") not in got, got
    got = triples(extract_document(make_doc("Kyiv showed little willingness to discuss a ceasefire this winter."),
                                   codebook))
    assert ("UKR", "ceasefire.general", "reject") in got, got
    got = triples(extract_document(make_doc("Kyiv showed a little interest in a ceasefire."), codebook))
    assert ("UKR", "ceasefire.general", "reject") not in got, got


def test_pressing_both_sides_is_pressure_not_their_agreement(codebook):
    for text, actor in (("Washington urged both sides to agree to a ceasefire.", "USA"),
                        ("Beijing pressed the two delegations to resume talks on a ceasefire.", "CHN")):
        got = triples(extract_document(make_doc(text), codebook))
        assert (actor, "ceasefire.general", "pressure") in got, got
        assert not any(s in ("accept", "demand") and a == actor for a, _, s in got), got


def test_out_of_the_question_is_a_rejection_not_a_question(codebook):
    for text, actor in (("Moscow said a ceasefire was out of the question.", "RUS"),
                        ("Officials in Kyiv said that ceding Crimea is out of the question.", "UKR")):
        got = triples(extract_document(make_doc(text), codebook))
        assert any(a == actor and s == "reject" for a, _, s in got), got


def test_people_in_or_from_a_side_speak_for_it(codebook):
    for text, actor in (("Diplomats from Beijing said sanctions relief should come first.", "CHN"),
                        ("Negotiators in Ankara proposed a ceasefire in the Black Sea.", "TUR")):
        got = triples(extract_document(make_doc(text), codebook))
        assert {a for a, _, _ in got} == {actor}, got


def test_no_side_demands_its_opponents_pole(codebook, seeds_dir):
    """A principal's demand is never placed at the other side's pole: what a condition requires ("concessions
    without guarantees are dangerous") is the holder's own outcome, not the "no guarantees" the words name."""
    from zopa.extract.pipeline import engine_for
    from zopa.ingest import load_documents

    seeds, _ = load_documents([str(seeds_dir)])
    poles = engine_for(codebook).values.poles
    bad = [(d.name, s.actor, s.issue, s.value) for d in seeds for s in extract_document(d, codebook)
           if s.stance == "demand" and s.actor in poles and s.value is not None and abs(s.value - poles[s.actor]) == 100]
    assert not bad, bad
