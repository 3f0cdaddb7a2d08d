"""Who holds a stance across sentences and paragraphs of a wire story: quotations signed after them, role nouns
and pronouns standing for the side last named, offices and statements of a side, unnamed sources, and a speaker of
one side telling the position of another.

Every sentence here is written for these tests; none is taken from a gold file or a news text.
"""
from __future__ import annotations

import pytest

from zopa.codebook import load_codebook
from zopa.extract import extract_document

from .helpers import extracted, make_doc

CB = load_codebook()


_got = extracted


@pytest.mark.parametrize("text, want, wrong", [
    ("Peskov told reporters on Monday that Ukraine's refusal to withdraw from the Donetsk region was the main obstacle.",
     ("UKR", "territory.donetsk", "reject"), ("RUS", "territory.donetsk", "reject")),
    ("Lavrov said Kyiv's refusal to pull its troops out of Zaporizhzhia had stalled the talks.",
     ("UKR", "territory.zaporizhzhia", "reject"), ("RUS", "territory.zaporizhzhia", "reject")),
    ("Sybiha said Moscow's demand for the whole of Donetsk showed it did not want peace.",
     ("RUS", "territory.donetsk", "demand"), ("UKR", "territory.donetsk", "demand")),
])
def test_a_stance_noun_reported_by_another_is_its_possessors(text, want, wrong):
    got = _got(text)
    assert want in got
    assert wrong not in got


@pytest.mark.parametrize("text, want", [
    ("“Sanctions must be lifted before any final deal.” — Dmitry Peskov, Kremlin spokesman",
     {("RUS", "sanctions.relief", "demand")}),
    ("“We will never recognise the annexation of Crimea.” – Andrii Sybiha",
     {("UKR", "territory.recognition", "reject"), ("UKR", "territory.crimea", "reject")}),
])
def test_a_quotation_signed_with_a_dash_is_its_signers(text, want):
    assert _got(text) == want


def test_a_dash_before_no_person_signs_nothing():
    # a dash that opens an aside names no speaker: the quotation stays unattributed
    assert _got("“Sanctions must be lifted before any final deal.” — a line repeated all week.") == set()


@pytest.mark.parametrize("text, want", [
    ("Witkoff flew to Moscow for talks on a US-drafted plan to end the war. The envoy has met Putin five times. "
     "The plan would see Ukraine give up the parts of the Donetsk region it still holds.",
     ("USA", "territory.donetsk", "demand")),
    ("Diplomats met in Paris to discuss a French-drafted proposal. The proposal would see European troops "
     "deployed to Ukraine after a ceasefire.",
     ("FRA", "security.foreign_troops", "demand")),
])
def test_a_hyphenated_author_owns_the_plan_named_later(text, want):
    assert want in _got(text)


@pytest.mark.parametrize("text, want", [
    # a role noun that opens the next sentence stands for the person of its kind named before
    ("Sergei Lavrov met his Turkish counterpart in Antalya on Friday. The minister said Western sanctions must be "
     "lifted before any settlement.", {("RUS", "sanctions.relief", "demand")}),
    ("Steve Witkoff landed in Moscow on Monday. The envoy said a ceasefire had to come first.",
     {("USA", "ceasefire.general", "demand")}),
    ("Kaja Kallas arrived in Kyiv on Tuesday. The diplomat said a full ceasefire had to come before any talks.",
     {("EU", "ceasefire.general", "demand")}),
    ("Dmitry Peskov spoke to reporters after the call. The spokesman said any deal must include the withdrawal of "
     "Ukrainian troops from Donetsk.", {("RUS", "territory.donetsk", "demand")}),
])
def test_a_role_noun_stands_for_the_person_named_before(text, want):
    assert _got(text) == want


@pytest.mark.parametrize("text, want", [
    ("Zelensky's office said in a statement that he was ready to meet Putin in any format.",
     {("UKR", "talks.process", "open")}),
    ("A statement from the Ukrainian foreign ministry said the country would never agree to a settlement that "
     "legitimised the occupation of Kherson.", {("UKR", "territory.kherson", "reject")}),
    ("A senior US official said Washington was prepared to offer Ukraine security guarantees.",
     {("USA", "security.guarantees", "offer")}),
    ("A source close to the Ukrainian delegation said Kyiv would not accept any limits on its armed forces.",
     {("UKR", "military.limits", "reject")}),
])
def test_offices_statements_and_unnamed_sources_stand_for_their_side(text, want):
    assert _got(text) == want


@pytest.mark.parametrize("text, want, wrong", [
    ("Zakharova said Zelensky was again demanding that Russia return to the 1991 borders.",
     ("UKR", "territory", "demand"), ("RUS", "territory", "demand")),
    ("Umerov said Moscow was again demanding the whole of the Luhansk region.",
     ("RUS", "territory.luhansk", "demand"), ("UKR", "territory.luhansk", "demand")),
])
def test_a_speaker_telling_the_others_position_does_not_hold_it(text, want, wrong):
    got = _got(text)
    assert want in got
    assert wrong not in got


@pytest.mark.parametrize("text", [
    # no person named before: the pronoun that signs the quotation stands for no one
    "The talks ended in Geneva. “We are ready for a ceasefire on energy infrastructure,” he told reporters.",
    "Talks resumed on Monday. He said sanctions must be lifted before any deal.",
])
def test_a_pronoun_with_no_antecedent_holds_nothing(text):
    assert _got(text) == set()


@pytest.mark.parametrize("text, want", [
    # reported speech shifts "must" back to "had to": the speaker demands what the subject of "had to" is to do
    ("Rubio said a ceasefire had to come before any talks on sanctions.", ("USA", "ceasefire.general", "demand")),
    ("Merz said a truce on energy infrastructure had to be the first step.", ("DEU", "ceasefire.energy", "demand")),
])
def test_had_to_in_reported_speech_is_a_demand(text, want):
    assert want in _got(text)


@pytest.mark.parametrize("text, want, wrong", [
    # the title stands for the person named before whose role has it, not for whoever was named last
    ("Sergei Lavrov met Marco Rubio in Riyadh. The secretary said the US wanted a ceasefire within weeks.",
     ("USA", "ceasefire.general", "demand"), ("RUS", "ceasefire.general", "demand")),
    ("Andrii Sybiha met Marco Rubio in Washington. Rubio said the talks would go on. The minister said Western "
     "sanctions had to stay until Russia withdrew from Kherson.",
     ("UKR", "sanctions.relief", "demand"), ("USA", "sanctions.relief", "demand")),
])
def test_a_title_stands_for_the_last_person_of_that_role(text, want, wrong):
    got = _got(text)
    assert want in got
    assert wrong not in got


def test_of_several_of_that_role_the_title_stands_for_the_one_the_story_is_about():
    text = ("Andrii Sybiha said on Monday that Ukraine would never recognise Russian control of Crimea. Sybiha spoke in "
            "Warsaw alongside Radoslaw Sikorski. The minister said Ukraine also needed security guarantees from Washington.")
    got = _got(text)
    assert ("UKR", "security.guarantees", "demand") in got
    assert not any(a == "POL" for a, _, _ in got)


@pytest.mark.parametrize("text, want, wrong", [
    # the side an adjective names inside the thing a quoted verdict judges holds nothing: the speaker judges it
    ("“Western troops on Ukrainian soil are unacceptable to us,” the Kremlin said.",
     ("RUS", "security.foreign_troops", "reject"), ("WEST", "security.foreign_troops", "reject")),
    ("“European peacekeepers in Ukraine would be unacceptable,” Lavrov told reporters.",
     ("RUS", "security.foreign_troops", "reject"), ("EUR", "security.foreign_troops", "reject")),
])
def test_a_side_named_in_the_thing_judged_is_not_the_judge(text, want, wrong):
    got = _got(text)
    assert want in got
    assert wrong not in got


@pytest.mark.parametrize("text, want", [
    ("“We will never accept any cap on the size of our armed forces,” a senior Ukrainian official told reporters.",
     ("UKR", "military.limits", "reject")),
    ("“Sanctions must stay until Russia pays for the damage,” the British foreign secretary told reporters.",
     ("GBR", "sanctions.relief", "pressure")),
])
def test_a_quotation_signed_by_an_unnamed_official_of_a_side(text, want):
    assert want in _got(text)


@pytest.mark.parametrize("text, want", [
    ("“We will not withdraw from Kherson. Not now, not ever.”\n\nUkrainian President Volodymyr Zelensky made the "
     "remarks in his nightly video address on Sunday.", {("UKR", "territory.kherson", "reject")}),
    ("“Sanctions must be lifted before any final deal.” Peskov, the Kremlin spokesman, made the comments to "
     "reporters on Friday.", {("RUS", "sanctions.relief", "demand")}),
    ("“Sanctions must be lifted before any final deal.” Lavrov was speaking at a news conference in Moscow.",
     {("RUS", "sanctions.relief", "demand")}),
])
def test_a_quotation_standing_alone_is_the_speaker_named_next(text, want):
    assert _got(text) == want


def test_a_person_named_after_a_quotation_for_another_reason_signs_nothing():
    assert _got("“Sanctions must be lifted before any final deal.” Zelensky met Peskov on Friday.") == set()


@pytest.mark.parametrize("text, actor", [
    ("Peskov said Kyiv wanted to freeze the fighting along the front line in order to rearm.", "UKR"),
    ("Sybiha said Moscow's demand for the whole of Luhansk had not changed.", "RUS"),
])
def test_a_position_told_by_another_sides_speaker_is_hedged(text, actor):
    found = [s for s in extract_document(make_doc(text), CB) if s.actor == actor]
    assert found and all(s.hedged for s in found)


def test_a_speakers_own_side_is_not_hedged_for_being_reported():
    found = extract_document(make_doc("Zelensky said Ukraine would never withdraw from Donetsk."), CB)
    assert [(s.actor, s.hedged) for s in found] == [("UKR", False)]


@pytest.mark.parametrize("text, want, wrong", [
    ("Yuri Ushakov spoke to reporters in Moscow. According to him, the US side proposed a ceasefire in the air.",
     ("USA", "ceasefire.general", "demand"), ("RUS", "ceasefire.general", "demand")),
    ("Andrii Sybiha briefed journalists in Kyiv. According to him, the Russian side demanded all of Zaporizhzhia.",
     ("RUS", "territory.zaporizhzhia", "demand"), ("UKR", "territory.zaporizhzhia", "demand")),
])
def test_according_to_a_pronoun_the_side_named_after_the_comma_holds_it(text, want, wrong):
    got = _got(text)
    assert want in got
    assert wrong not in got


@pytest.mark.parametrize("text, want", [
    # a side's body named once with the side, then by its noun alone
    ("Russia's foreign ministry issued a statement on Friday. The ministry said sanctions relief had to be part of "
     "any deal.", {("RUS", "sanctions.relief", "demand")}),
    ("The Russian delegation, led by Medinsky, reached Istanbul late on Monday. The delegation insisted that Ukraine "
     "withdraw from Kherson.", {("RUS", "territory.kherson", "demand")}),
    ("The Ukrainian delegation landed in Geneva on Sunday. The delegation said it was ready for a full ceasefire.",
     {("UKR", "ceasefire.general", "accept")}),
])
def test_a_body_named_with_its_side_stands_for_it_later(text, want):
    assert _got(text) == want


@pytest.mark.parametrize("text", [
    # no body of that noun named before: "the ministry" stands for no one, not for the person last named
    "Talks resumed in Geneva on Monday. The ministry said sanctions relief had to be part of any deal.",
    "Zelensky spoke in Kyiv on Monday. The ministry said sanctions relief had to be part of any deal.",
])
def test_a_body_never_named_with_a_side_holds_nothing(text):
    assert _got(text) == set()


@pytest.mark.parametrize("text, group, other", [
    ("Merz, Macron and Starmer met Zelensky in London. The three leaders said any truce must come with security "
     "guarantees.", {"DEU", "FRA", "GBR"}, "UKR"),
    ("Erdogan and Lula met Putin on Friday. The two presidents said talks on a truce should resume.",
     {"TUR", "BRA"}, "RUS"),
])
def test_a_counted_group_of_leaders_is_the_run_of_people_named_together(text, group, other):
    got = _got(text)
    assert {actor for actor, _, stance in got if stance == "demand"} == group
    assert not any(actor == other for actor, _, _ in got)


@pytest.mark.parametrize("text, want", [
    ("Ukraine has called for an unconditional 30-day ceasefire, a proposal backed by its European allies and the "
     "United States.",
     {("UKR", "ceasefire.general", "demand"), ("EUR", "ceasefire.general", "support"),
      ("USA", "ceasefire.general", "support")}),
    ("Kyiv wants a special tribunal, an initiative endorsed by the European Union.",
     {("UKR", "accountability.justice", "demand"), ("EU", "accountability.justice", "support")}),
    ("The truce proposal, backed by Washington, was rejected by Moscow.",
     {("USA", "ceasefire.general", "demand"), ("RUS", "ceasefire.general", "reject")}),
])
def test_who_a_participle_says_backs_a_proposal_supports_its_holder(text, want):
    assert _got(text) == want


def test_a_thing_a_proposal_says_another_would_back_is_no_backing_of_the_proposal():
    got = _got("European leaders proposed a multinational force for Ukraine, supported by the United States.")
    assert ("EUR", "security.foreign_troops", "demand") in got
    assert not any(actor == "USA" for actor, _, _ in got)


@pytest.mark.parametrize("text, want", [
    ("Moscow set out its terms: Ukraine must leave the Donbas and drop its bid to join NATO. Kyiv rejected the demands.",
     {("UKR", "territory.donetsk", "reject"), ("UKR", "alignment.nato", "reject")}),
    ("Russia's memorandum calls for Ukraine's withdrawal from Kherson and a ban on joining NATO. Umerov said Ukraine "
     "would study the document but called the terms unacceptable.",
     {("UKR", "territory.kherson", "reject"), ("UKR", "alignment.nato", "reject")}),
])
def test_demands_pointed_back_to_in_the_plural_are_all_that_was_asked(text, want):
    assert want <= _got(text)


@pytest.mark.parametrize("text, want", [
    ("Fidan said both sides had agreed to keep meeting.", {("RUS", "talks.process", "open"), ("UKR", "talks.process", "open")}),
    ("Erdogan said Ankara was ready to host a meeting of the two presidents.", {("TUR", "talks.process", "open")}),
])
def test_meeting_again_is_the_talks(text, want):
    assert want <= _got(text)


@pytest.mark.parametrize("text, owners", [
    ("A plan drawn up by US envoy Steve Witkoff and Kremlin envoy Kirill Dmitriev has upended the talks. Under the "
     "plan, Ukraine would withdraw from the Donetsk region.", {"USA", "RUS"}),
    ("A framework drafted by French President Emmanuel Macron and British Prime Minister Keir Starmer was sent to "
     "Washington. Under the framework, Ukraine would withdraw from the Donetsk region.", {"FRA", "GBR"}),
])
def test_a_plan_by_titled_people_of_two_sides_is_owned_by_both(text, owners):
    got = _got(text)
    assert {actor for actor, issue, stance in got if issue == "territory.donetsk" and stance == "demand"} == owners


@pytest.mark.parametrize("text, want", [
    ("Washington agreed to remove the amnesty clause from the draft. Kyiv had insisted on the change.",
     ("UKR", "accountability.justice", "demand")),
    ("The new text drops the ban on foreign troops. Moscow rejected the amendment.",
     ("RUS", "security.foreign_troops", "reject")),
])
def test_a_change_pointed_back_to_is_the_point_changed(text, want):
    assert want in _got(text)


def test_he_after_a_sentence_a_side_holds_is_the_person_last_named():
    got = _got("Lavrov gave an interview on Sunday. According to the minister, the West is not interested in peace. "
               "He stressed that any European contingent in Ukraine would be a legitimate target.")
    assert ("RUS", "security.foreign_troops", "reject") in got
    assert not any(actor == "WEST" and issue == "security.foreign_troops" for actor, issue, _ in got)
