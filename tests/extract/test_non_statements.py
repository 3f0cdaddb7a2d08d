"""What GUIDELINES says not to code, on sentences written for these tests: nothing is made from the non-statement,
and a true statement next to it in the same text survives."""
from __future__ import annotations

import pytest

from zopa.extract import extract_document

from .helpers import make_doc, triples


def run(text: str, codebook):
    return triples(extract_document(make_doc(text), codebook))


# --- a meeting held, a round to come: events, not willingness ------------------------------------------------------

@pytest.mark.parametrize("event", [
    "Earlier, the Ukrainian foreign minister held talks with his Turkish counterpart in Ankara.",
    "Zelensky said the Ukrainian negotiating team had received instructions for the next round.",
    "The Kremlin held talks with the American envoy on Thursday evening, Peskov said.",
])
def test_a_meeting_held_or_a_round_to_come_is_no_stance(codebook, event):
    assert not {t for t in run(event, codebook) if t[1] == "talks.process"}


def test_talks_held_beside_a_stance_keep_the_stance(codebook):
    text = ("The Russian foreign minister held talks with his Chinese counterpart on Monday. "
            "Lavrov said Moscow was ready to resume negotiations with Kyiv.")
    out = run(text, codebook)
    assert ("RUS", "talks.process", "open") in out
    assert not {t for t in out if t[0] == "CHN"}


# --- pretence: a position the speaker calls false is no one's ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The British prime minister accused Putin of spinning a phoney narrative about his willingness to negotiate.",
    "Zakharova said the Kyiv authorities only pretend to want a ceasefire.",
    "A Ukrainian official said the Kremlin's talk of dialogue was a smokescreen, and that Moscow merely feigns interest in negotiations.",
])
def test_a_position_called_a_pretence_is_not_coded(codebook, text):
    out = run(text, codebook)
    assert not {t for t in out if t[1] in ("talks.process", "ceasefire.general")}, out


def test_pretence_leaves_the_speakers_own_stance_in_the_next_sentence(codebook):
    text = ("Zakharova said the Kyiv authorities only pretend to want a ceasefire. "
            "She said Russia would never accept European troops in Ukraine.")
    out = run(text, codebook)
    assert ("RUS", "security.foreign_troops", "reject") in out
    assert not {t for t in out if t[1] == "ceasefire.general"}


def test_a_sham_named_in_a_refusal_does_not_undo_the_refusal(codebook):
    out = run("Kyiv rejected what it called a sham ceasefire proposal from Moscow.", codebook)
    assert ("UKR", "ceasefire.general", "reject") in out


# --- onlookers: what analysts or diplomats expect is a prediction, not a side's position ---------------------------

@pytest.mark.parametrize("text", [
    "Witkoff will lead the American delegation in Geneva. Few diplomats expect a deal before the spring.",
    "Kushner will join the American team in Riyadh, the White House said. The distance between the two sides on land "
    "is still large, and few diplomats expect an agreement before the summer.",
    "Putin spoke with Trump on Tuesday. Many analysts doubt that a ceasefire will hold through the winter.",
])
def test_what_onlookers_expect_is_no_ones_stance(codebook, text):
    out = run(text, codebook)
    assert not {t for t in out if t[1] in ("talks.process", "ceasefire.general")}, out


def test_a_side_named_with_the_onlookers_keeps_its_stance(codebook):
    text = ("Few diplomats expect a deal before the spring. "
            "Russian officials expect Ukraine to withdraw from the Donetsk region before any ceasefire.")
    out = run(text, codebook)
    assert ("RUS", "territory.donetsk", "demand") in out
    assert ("RUS", "talks.process", "demand") not in out


def test_a_sides_stance_reported_by_analysts_survives(codebook):
    out = run("Russia wants a ceasefire only on its own terms, analysts said.", codebook)
    assert {t for t in out if t[:2] == ("RUS", "ceasefire.general")}


# --- "is expected to": what will happen, not what anyone demands ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "The American envoy is expected to fly to Moscow next week to meet Putin.",
    "European leaders are expected to gather in Paris on Friday to discuss security guarantees for Ukraine.",
])
def test_expected_to_is_a_forecast(codebook, text):
    out = run(text, codebook)
    assert not {t for t in out if t[2] == "demand"}, out


def test_expecting_another_side_to_act_is_still_a_demand(codebook):
    text = ("The envoy is expected to arrive in Moscow on Monday. "
            "The Kremlin expects Kyiv to withdraw its troops from the Donetsk region.")
    out = run(text, codebook)
    assert ("RUS", "territory.donetsk", "demand") in out
    assert ("USA", "talks.process", "demand") not in out


# --- a meeting as the time or place of what is told ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "At talks in Berlin on Monday, which ran late into the night, French and British officials presented drafts of their own.",
    "The two presidents voiced their concern about attacks on nuclear plants, the Kremlin said in a readout of the call on the eve of the summit.",
    "During the summit in Geneva, Putin and the American president spoke for three hours about trade.",
])
def test_a_meeting_that_only_sets_the_scene_is_no_issue(codebook, text):
    out = run(text, codebook)
    assert not {t for t in out if t[1] == "talks.process"}, out


def test_what_is_said_at_the_talks_is_still_coded(codebook):
    out = run("At the talks in Istanbul, Russia demanded that Ukraine withdraw from the Donetsk region.", codebook)
    assert ("RUS", "territory.donetsk", "demand") in out
    out = run("During the summit, Zelensky said Ukraine was ready to negotiate with Russia.", codebook)
    assert ("UKR", "talks.process", "open") in out


# --- what a meeting went over, told as done ------------------------------------------------------------------------

@pytest.mark.parametrize("text, issue", [
    ("The draft was discussed for hours, but the question of territory remained the main obstacle, Ushakov said.",
     "territory"),
])
def test_a_topic_discussed_at_a_meeting_is_no_openness(codebook, text, issue):
    out = run(text, codebook)
    assert not {t for t in out if t[1] == issue and t[2] == "open"}, out


def test_readiness_to_discuss_and_what_will_be_discussed_stay_open(codebook):
    out = run("Lavrov said on Monday that Moscow was ready to discuss a ceasefire with Kyiv.", codebook)
    assert ("RUS", "ceasefire.general", "open") in out
    out = run("Putin and Trump discussed Ukraine for two hours. Peskov said Russia was prepared to negotiate "
              "with Kyiv on a ceasefire.", codebook)
    assert ("RUS", "ceasefire.general", "open") in out


def test_a_condition_after_an_outcome_is_no_setting(codebook):
    out = run("Ukraine's parliament speaker said elections could only be held after a ceasefire.", codebook)
    assert ("UKR", "ceasefire.general", "demand") in out or ("UKR", "governance.elections", "condition") in out


# --- a place on the front ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The visit came as Russian forces pressed their offensive near Kostiantynivka in the Donetsk region.",
    "Russian troops pushed toward Orikhiv in the Zaporizhzhia region overnight, the general staff said.",
    "Russia pressed its assault in the Kherson region on Saturday, the Ukrainian general staff said.",
    "Moscow kept up its attacks in the Donetsk region as envoys met in Florida.",
])
def test_a_place_where_forces_fight_is_no_stake(codebook, text):
    out = run(text, codebook)
    assert not {t for t in out if t[1].startswith("territory")}, out


def test_a_demand_for_a_region_next_to_fighting_survives(codebook):
    text = ("Russian forces pressed their offensive near Kostiantynivka in the Donetsk region on Sunday. "
            "The Kremlin demanded that Ukraine withdraw from the rest of the Donetsk region.")
    out = run(text, codebook)
    assert ("RUS", "territory.donetsk", "demand") in out


# --- a detail of a meeting -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Ushakov said the two sides had agreed not to disclose the content of the talks.",
    "The Kremlin and the White House agreed to keep the details of the negotiations confidential, Peskov said.",
])
def test_a_detail_of_the_talks_is_no_stance_on_them(codebook, text):
    out = run(text, codebook)
    assert not {t for t in out if t[1] == "talks.process"}, out


def test_agreeing_to_more_talks_beside_a_detail_is_kept(codebook):
    out = run("Ushakov said the content of the talks would stay private, and that Russia had agreed to "
              "hold another round of talks with the Americans.", codebook)
    assert {t for t in out if t[:2] == ("RUS", "talks.process")}, out

# --- what is told as not yet agreed ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, issue", [
    ("Umerov said the delegations had agreed on most points of the framework, with territory still unresolved.",
     "territory"),
    ("The sides agreed on a prisoner swap, but the question of territory remains unresolved.", "territory"),
    ("The two sides agreed on the text except for the issue of security guarantees.", "security.guarantees"),
    ("Witkoff said the parties had agreed on most of the deal, with security guarantees still outstanding.",
     "security.guarantees"),
    ("Territory remains the main sticking point, Umerov said.", "territory"),
])
def test_what_is_left_unresolved_is_no_one_s_acceptance(codebook, text, issue):
    out = run(text, codebook)
    assert not {t for t in out if t[1] == issue}, out


def test_what_was_agreed_beside_what_is_unresolved_is_kept(codebook):
    out = run("The sides agreed on a prisoner swap, but the question of territory remains unresolved.", codebook)
    assert {("RUS", "humanitarian.exchange", "accept"), ("UKR", "humanitarian.exchange", "accept")} <= out, out


@pytest.mark.parametrize("text", [
    "Russia's demand for the Donbas remains the main sticking point.",
    "Moscow's insistence on the Donbas is still the main stumbling block, Umerov said.",
])
def test_a_demand_called_the_sticking_point_stands(codebook, text):
    assert ("RUS", "territory.donetsk", "demand") in run(text, codebook)


# --- an account of a thing -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Peskov denied reports of a ceasefire deal.",
    "Peskov dismissed reports that Russia would accept a ceasefire.",
    "Kyiv dismissed reports of a truce deal as propaganda.",
])
def test_what_is_said_of_an_account_is_not_said_of_the_thing(codebook, text):
    out = run(text, codebook)
    assert not {t for t in out if t[1] == "ceasefire.general"}, out

