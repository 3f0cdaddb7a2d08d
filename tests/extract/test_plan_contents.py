"""What plans, drafts and proposals contain, and who holds it: constructions of late plan coverage.

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
    ("Moscow has presented Kyiv with a memorandum that would require Ukraine to limit the size of its armed forces, "
     "according to a text seen by the BBC.", {("RUS", "military.limits", "demand")}),
])
def test_a_plan_s_own_clause_outweighs_an_unowned_draft_framing_the_sentence(text, want):
    """ "presented X with a plan that would ...": the plan's relative clause is its owner's, and an "according to a
    draft seen by ..." that frames the whole sentence does not take the content from that owner."""
    assert _got(text) == want


@pytest.mark.parametrize("text, want", [
    ("The Kellogg-Yermak plan would give Ukraine security guarantees modelled on Article 5.",
     {("USA", "security.guarantees", "demand"), ("UKR", "security.guarantees", "demand")}),
    ("A US-Russian draft would cap the size of Ukraine's armed forces.",
     {("USA", "military.limits", "demand"), ("RUS", "military.limits", "demand")}),
])
def test_two_names_joined_by_a_hyphen_own_the_plan_together(text, want):
    """ "the X-Y plan": both sides named in the hyphened modifier own what the plan contains."""
    assert _got(text) == want


def test_a_hyphen_joined_plan_keeps_both_owners_for_the_next_sentence():
    text = ("Washington published the Witkoff-Dmitriev plan on Friday. "
            "It would grant an amnesty for all acts committed during the war.")
    assert _got(text) == {("USA", "accountability.justice", "demand"), ("RUS", "accountability.justice", "demand")}


@pytest.mark.parametrize("text, want", [
    ("The revised American draft keeps the ceiling on the size of Ukraine's army.", {("USA", "military.limits", "demand")}),
])
def test_what_a_revision_takes_out_of_its_owner_s_plan_is_conceded(text, want):
    assert _got(text) == want


@pytest.mark.parametrize("text, want", [
    ("The draft deal would oblige Ukraine to hold elections, a copy shows. It was drawn up by Washington.", set()),
])
def test_a_draft_deal_is_a_plan(text, want):
    assert _got(text) == want


@pytest.mark.parametrize("text, want", [
    ("Beijing said the framework was acceptable as a starting point.", {("CHN", "talks.process", "open")}),
    ("The draft was circulated on Friday, Polish officials said.", set()),
])
def test_a_verdict_on_a_plan_naming_no_issue_is_a_stance_on_the_talks(text, want):
    """ "X said the plan was unacceptable": X's refusal, on the talks when the sentence names no issue."""
    assert _got(text) == want


@pytest.mark.parametrize("text, want", [
    # proposing an outcome is wanting it, also where a relative clause tells another side's answer
    ("Moscow proposed a two-day truce over Christmas, which Kyiv dismissed.",
     {("RUS", "ceasefire.general", "demand"), ("UKR", "ceasefire.general", "reject")}),
    ("Kyiv proposed an exchange of all prisoners, which Moscow accepted.",
     {("UKR", "humanitarian.exchange", "demand"), ("RUS", "humanitarian.exchange", "accept")}),
    # what a side proposes at its opponent's pole is its own concession
    ("Kyiv proposed a non-aligned status backed by international guarantees.",
     {("UKR", "alignment.nato", "offer"), ("UKR", "security.guarantees", "demand")}),
])
def test_a_proposal_is_a_demand_unless_it_concedes_the_proposer_s_own_ground(text, want):
    assert _got(text) == want


@pytest.mark.parametrize("text, want", [
    ("Macron unveiled a plan agreed with British officials. The plan includes a reassurance force of European troops.",
     {("FRA", "security.foreign_troops", "demand"), ("GBR", "security.foreign_troops", "demand")}),
    ("Kyiv presented a framework agreed with Washington. Under the framework, Ukraine would get security guarantees.",
     {("UKR", "security.guarantees", "demand"), ("USA", "security.guarantees", "demand")}),
])
def test_a_plan_agreed_with_another_side_is_owned_by_both(text, want):
    assert _got(text) == want


@pytest.mark.parametrize("text, want", [
    ("Moscow sent Kyiv a memorandum on Tuesday. Ukraine dismissed it the next day.",
     {("UKR", "talks.process", "reject")}),
    ("The Turkish foreign minister said the draft had arrived and welcomed it.", {("TUR", "talks.process", "demand")}),
    # "it" after a sentence that names no plan is not read as one
    ("The talks ended late on Tuesday. Ukraine dismissed it the next day.", set()),
])
def test_it_taken_up_right_after_a_plan_is_the_plan(text, want):
    assert {t for t in _got(text) if t[0] != "RUS"} == want


@pytest.mark.parametrize("text, want", [
    ("Paris and Berlin circulated a joint plan on Monday. The deal would give Ukraine guarantees modelled on Article 5.",
     {("FRA", "security.guarantees", "demand"), ("DEU", "security.guarantees", "demand")}),
    # a deal someone speaks of is not the plan's content
    ("Paris and Berlin circulated a joint plan on Monday. Moscow said the deal would have to include sanctions relief.",
     {("RUS", "sanctions.relief", "demand")}),
])
def test_the_deal_right_after_a_plan_is_that_plan(text, want):
    assert {t for t in _got(text) if t[1] != "talks.process"} == want


def test_the_side_a_plan_is_sent_to_does_not_own_it():
    text = ("Moscow on Friday sent Kyiv a revised version of its memorandum.\n\n"
            "According to the document, Ukraine would have to hold elections within 90 days.")
    assert _got(text) == {("RUS", "governance.elections", "demand")}


@pytest.mark.parametrize("text, want", [
    ("Kyiv has refused the clause on NATO in the American draft.", {("UKR", "alignment.nato", "reject")}),
    ("Moscow insists on keeping the NATO provision.", {("RUS", "alignment.nato", "demand")}),
])
def test_a_plan_s_point_on_nato_is_the_nato_issue(text, want):
    assert _got(text) == want


@pytest.mark.parametrize("text, want", [
    # (approving a side's plan backs that side, whose plan it is: Europe's own stance on the talks)
    ("Beijing called the European plan a sound basis for negotiations.", {("CHN", "talks.process", "open"),
                                                                           ("EUR", "talks.process", "open")}),
    ("Kyiv branded the memorandum a capitulation.", {("UKR", "talks.process", "reject")}),
    ("Moscow called the plan a step backwards.", set()),
])
def test_what_a_side_calls_a_plan_is_its_stance_on_it(text, want):
    assert _got(text) == want


def test_the_owner_named_in_a_plan_s_own_phrase_holds_its_listed_points():
    text = ("Main points of the plan Macron unveiled in Paris:\n\n"
            "— a reassurance force of European troops;\n"
            "— a monitored ceasefire along the front.")
    assert _got(text) == {("FRA", "security.foreign_troops", "demand"), ("FRA", "ceasefire.general", "demand")}


@pytest.mark.parametrize("text, want", [
    ("Kyiv published its own plan on Monday. Under the plan, Ukraine would declare itself non-aligned.",
     {("UKR", "alignment.nato", "offer")}),
    ("The Kremlin tabled a memorandum on Monday. Under the memorandum, Russia would allow Ukraine to join NATO.",
     {("RUS", "alignment.nato", "offer")}),
])
def test_a_point_of_one_s_own_plan_at_the_other_side_s_pole_is_conceded(text, want):
    assert {t for t in _got(text) if t[1] != "talks.process"} == want


@pytest.mark.parametrize("text, want", [
    ("The memorandum Lavrov handed over is the outcome of weeks of work.\n\n"
     "Under the memorandum, a truce would start as soon as all sides sign on to the text.",
     {("RUS", "ceasefire.general", "demand")}),
    ("The plan Macron outlined was discussed by the leaders.\n\n"
     "Under the plan, an exchange of all prisoners would follow once the parties agree to it.",
     {("FRA", "humanitarian.exchange", "demand")}),
])
def test_a_plan_s_owner_named_in_its_phrase_holds_its_prose_that_names_no_one(text, want):
    """ "the memorandum Lavrov handed over" as the subject names its owner; "Under the memorandum, ..." with no one
    named in the sentence is still read by the parse as the plan's content, not by the verb of agreeing it holds."""
    assert {t for t in _got(text) if t[1] != "talks.process"} == want


def test_a_plan_named_only_as_an_object_does_not_pass_its_owner_on():
    text = ("He was scathing about the terms Putin laid out last week.\n\n"
            "The final declaration has been published.\n\n"
            "It calls for a full exchange of prisoners.")
    assert ("RUS", "humanitarian.exchange", "demand") not in _got(text)


@pytest.mark.parametrize("text, want", [
    ("Merz suggested a truce over the holidays.", {("DEU", "ceasefire.general", "demand")}),
    ("Erdogan suggested an exchange of all prisoners.", {("TUR", "humanitarian.exchange", "demand")}),
    ("Merz suggested that a truce was still far off.", set()),
])
def test_suggesting_an_outcome_is_asking_for_it(text, want):
    assert _got(text) == want


def test_a_draft_seen_by_a_news_agency_right_after_a_plan_is_that_plan():
    text = ("Moscow has handed Washington a new memorandum.\n\n"
            "Ukraine would have to pull out of Zaporizhzhia, according to a draft seen by the BBC.")
    assert _got(text) == {("RUS", "territory.zaporizhzhia", "demand")}


def test_a_new_document_named_as_a_subject_does_not_take_the_last_plan_s_owner():
    text = ("Moscow has handed Washington a new memorandum.\n\n"
            "A draft declaration issued at the summit reaffirms Ukraine's territorial integrity.")
    assert not {t for t in _got(text) if t[0] == "RUS" and t[1] == "territory"}


@pytest.mark.parametrize("text, want", [
    ("The Chinese position paper calls for all sides to agree to a ceasefire.", {("CHN", "ceasefire.general", "demand")}),
])
def test_calls_for_parsed_as_a_clause_mark_is_a_demand(text, want):
    assert _got(text) == want


def test_an_owner_named_with_a_co_author_in_the_plan_s_phrase_shares_its_next_points():
    text = ("The memorandum, prepared by Lavrov together with Witkoff, was sent to Kyiv on Monday. "
            "It would grant an amnesty for all acts committed during the war.")
    assert _got(text) == {("RUS", "accountability.justice", "demand"), ("USA", "accountability.justice", "demand")}


@pytest.mark.parametrize("text, want", [
    ("Lavrov's peace offer, published on Monday, included a stipulation that Kyiv give up Kherson.",
     {("RUS", "territory.kherson", "demand")}),
    ("Zelensky's offer, unveiled in Davos, contains a stipulation that Russia withdraw from Crimea.",
     {("UKR", "territory.crimea", "demand")}),
    # the owner's offer named alone stays an offer
    ("Moscow's offer of a two-day truce still stands.", {("RUS", "ceasefire.general", "offer")}),
])
def test_an_owner_s_offer_named_as_the_subject_gives_way_to_what_it_stipulates(text, want):
    assert {t for t in _got(text) if t[1] != "territory.recognition"} == want


@pytest.mark.parametrize("text, want", [
    ("Moscow published a memorandum on Monday. The memorandum has three points: it would ban foreign troops in Ukraine.",
     {("RUS", "security.foreign_troops", "demand")}),
    ("Paris published a plan on Monday. The plan has two parts; it would send a reassurance force of European troops.",
     {("FRA", "security.foreign_troops", "demand")}),
])
def test_it_after_a_colon_in_the_plan_s_own_sentence_is_the_plan(text, want):
    assert {t for t in _got(text) if t[1] != "talks.process"} == want


@pytest.mark.parametrize("text, want", [
    ("Moscow is ready to accept the plan's sanctions relief but not its security guarantees for Ukraine.",
     {("RUS", "sanctions.relief", "accept"), ("RUS", "security.guarantees", "reject")}),
    ("Kyiv wants a prisoner exchange but not an amnesty.",
     {("UKR", "humanitarian.exchange", "demand"), ("UKR", "accountability.justice", "reject")}),
    # "not only", "not just" add, they do not refuse
    ("Kyiv wants an exchange of prisoners and not just a pause in strikes on energy facilities.",
     {("UKR", "humanitarian.exchange", "demand"), ("UKR", "ceasefire.energy", "demand")}),
])
def test_what_follows_but_not_is_refused(text, want):
    assert _got(text) == want


@pytest.mark.parametrize("text, want", [
    ("Kyiv would accept a freeze in Zaporizhzhia in return for firm security guarantees.",
     {("UKR", "territory.zaporizhzhia", "offer"), ("UKR", "territory.zaporizhzhia", "condition"),
      ("UKR", "ceasefire.general", "offer"), ("UKR", "ceasefire.general", "condition"),
      ("UKR", "security.guarantees", "demand")}),
    ("Moscow is willing to release all prisoners of war in exchange for sanctions relief.",
     {("RUS", "humanitarian.exchange", "offer"), ("RUS", "humanitarian.exchange", "condition"),
      ("RUS", "sanctions.relief", "demand")}),
])
def test_what_is_offered_in_exchange_for_something_is_also_made_conditional(text, want):
    assert _got(text) == want


@pytest.mark.parametrize("text, want", [
    ("Kyiv would hold a presidential vote in exchange for a full ceasefire, the Ukrainian president said.",
     {("UKR", "governance.elections", "offer"), ("UKR", "governance.elections", "condition"),
      ("UKR", "ceasefire.general", "demand")}),
    # what a side says it would never do there stays a refusal
    ("Ukraine would never hold elections under occupation, the Ukrainian president said.",
     {("UKR", "governance.elections", "reject")}),
])
def test_a_side_s_own_step_at_the_other_side_s_pole_is_offered(text, want):
    assert _got(text) == want
