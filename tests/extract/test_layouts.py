"""Layouts of coverage that change who holds what: explainers that list a plan's points under headings, plans compared
side by side, plans drafted with another side's input, question-and-answer explainers, live blogs.

Every text here is written for these tests; none is taken from a gold file or a news text.
"""
from __future__ import annotations

import pytest

from zopa.codebook import load_codebook
from zopa.extract import extract_document

from .helpers import make_doc, triples

CB = load_codebook()


def _got(text: str) -> set:
    return triples(extract_document(make_doc(text), CB))


# -- who owns a plan -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("The US has sent Kyiv a plan drafted with input from Moscow. It would cap Ukraine's army at 600,000.",
     {("USA", "military.limits", "demand")}),
    ("Washington presented a plan drawn up with the help of Russian officials. It would require Ukraine to cede Donetsk.",
     {("USA", "territory.donetsk", "demand")}),
    ("The plan, which Witkoff drew up with input from Dmitriev, would cap Ukraine's army at 600,000.",
     {("USA", "military.limits", "demand")}),
])
def test_a_side_only_consulted_on_a_plan_owns_none_of_it(text, want):
    """ "drafted with input from Moscow", "with the help of Russian officials": the side named under the noun of the
    "with" phrase gave its view; the plan's owner is who puts it forward."""
    assert _got(text) == want


@pytest.mark.parametrize("text, want", [
    ("The plan, which Witkoff drew up with Dmitriev, would cap Ukraine's army at 600,000.",
     {("USA", "military.limits", "demand"), ("RUS", "military.limits", "demand")}),
    ("Kyiv presented a framework agreed with US negotiators. It would give Ukraine security guarantees.",
     {("UKR", "security.guarantees", "demand"), ("USA", "security.guarantees", "demand")}),
])
def test_a_side_a_plan_was_written_with_still_owns_it_too(text, want):
    assert _got(text) == want


@pytest.mark.parametrize("text, want", [
    ("The draft, prepared by the US with Russian input, would require Ukraine to give up Donetsk.",
     {("USA", "territory.donetsk", "demand")}),
    ("Kyiv presented a framework written with European advice. It would give Ukraine security guarantees.",
     {("UKR", "security.guarantees", "demand")}),
])
def test_a_side_named_only_as_a_contribution_s_modifier_owns_nothing(text, want):
    """ "with Russian input": the side's adjective qualifies what it gave, not a partner in the writing."""
    assert _got(text) == want


@pytest.mark.parametrize("text, want", [
    ("The 28-point plan was drawn up by Witkoff and Dmitriev. It would require Ukraine to give up Donetsk.",
     {("USA", "territory.donetsk", "demand"), ("RUS", "territory.donetsk", "demand")}),
    ("Under a plan drafted by Paris and London, Europe would send troops to Ukraine.",
     {("FRA", "security.foreign_troops", "demand"), ("GBR", "security.foreign_troops", "demand")}),
])
def test_every_author_joined_after_by_owns_the_plan(text, want):
    assert _got(text) == want


@pytest.mark.parametrize("text, want", [
    ("The US has sent Kyiv a plan.\nUkraine would agree never to join Nato.", {("USA", "alignment.nato", "demand")}),
    ("Moscow handed Kyiv a memorandum.\nUkraine would agree to hold elections within 100 days.",
     {("RUS", "governance.elections", "demand")}),
])
def test_a_point_of_the_plan_in_view_stays_its_owner_s_whoever_it_has_act(text, want):
    """A plan's point that has another side agree to something is the plan's owner's demand, not that side's acceptance."""
    assert _got(text) == want


# -- headings between a plan's points --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("The US has sent Kyiv a plan.\nUkraine's armed forces would be capped at 600,000 troops.\nKyiv's response\n"
     "Ukraine would never accept limits on its army.",
     {("USA", "military.limits", "demand"), ("UKR", "military.limits", "reject")}),
    ("The US has sent Kyiv a plan.\nUkraine's armed forces would be capped at 600,000 troops.\nWhat Moscow wants\n"
     "Russia would want all of Donetsk.",
     {("USA", "military.limits", "demand"), ("RUS", "territory.donetsk", "demand")}),
])
def test_a_heading_that_turns_to_a_side_s_own_view_ends_the_plan_s_points(text, want):
    assert _got(text) == want


@pytest.mark.parametrize("text, want", [
    ("The US has sent Kyiv a plan. These are its key points.\nPoint 7: Ukraine would renounce its bid to join Nato.\n"
     "Point 8: Nato would not station troops in Ukraine.",
     {("USA", "alignment.nato", "demand"), ("USA", "security.foreign_troops", "demand")}),
    ("Moscow sent Kyiv a memorandum on Monday. Its main points:\nPoint 2: Ukraine would not join any military bloc.\n"
     "Point 5: Western sanctions would be lifted.",
     {("RUS", "alignment.nato", "demand"), ("RUS", "sanctions.relief", "demand")}),
])
def test_lines_opened_by_a_point_number_are_the_plan_s_list(text, want):
    """ "Point 7: ...": an item of the plan's list, its owner's whoever it names and whatever its polarity."""
    assert _got(text) == want


@pytest.mark.parametrize("text, want", [
    ("European governments drew up a counter-proposal. Among its points:\n"
     "1. Ukraine's membership of the alliance would depend on consensus among NATO members.",
     {("EUR", "alignment.nato", "condition")}),
    ("The US has sent Kyiv a plan. Its points:\n- A ceasefire would take effect only if Ukraine withdraws from Donetsk.",
     {("USA", "ceasefire.general", "condition"), ("USA", "territory.donetsk", "demand")}),
])
def test_a_listed_point_the_plan_makes_conditional_stays_a_condition(text, want):
    """As in a plan's prose, a listed point told as depending on another outcome is a condition of the owner."""
    assert _got(text) == want


# -- plans side by side ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("Washington sent Kyiv a plan.\nPutin's response to the plan: Russia would fight on until Ukraine leaves Donetsk.",
     {("RUS", "territory.donetsk", "demand")}),
    ("Moscow handed Kyiv a memorandum.\nZelensky's verdict on the memorandum: Ukraine would never cede Kherson.",
     {("UKR", "territory.kherson", "reject")}),
])
def test_a_label_naming_another_side_on_the_plan_is_no_point_of_it(text, want):
    assert _got(text) == want


def test_a_labelled_line_whose_owner_is_told_with_a_number_of_points():
    text = "Moscow's 12 points: Ukraine would withdraw from Zaporizhzhia and sanctions would be lifted."
    assert _got(text) == {("RUS", "territory.zaporizhzhia", "demand"), ("RUS", "sanctions.relief", "demand")}


# -- questions and answers -------------------------------------------------------------------------------------------

def test_a_question_heading_names_who_holds_the_answer_s_pronoun():
    text = ("What does Russia want?\nMoscow wants Ukraine to give up any ambition of joining Nato.\n"
            "What does Ukraine want?\nIt wants binding security guarantees from its allies.")
    assert _got(text) == {("RUS", "alignment.nato", "demand"), ("UKR", "security.guarantees", "demand")}


@pytest.mark.parametrize("text, want", [
    ("What does Moscow want?\nFull control of the Donetsk region and a ban on Western troops in Ukraine.",
     {("RUS", "territory.donetsk", "demand"), ("RUS", "security.foreign_troops", "demand")}),
    ("What is Kyiv offering?\nAn exchange of all prisoners of war.", {("UKR", "humanitarian.exchange", "offer")}),
])
def test_a_verbless_answer_takes_the_side_and_stance_its_question_asks_about(text, want):
    assert _got(text) == want


@pytest.mark.parametrize("text, want", [
    ("What will Kyiv accept?\nA ceasefire along the current line, but not the loss of Donetsk.",
     {("UKR", "ceasefire.general", "accept"), ("UKR", "territory.donetsk", "reject")}),
    ("What is Kyiv offering?\nAn exchange of all prisoners of war, but not a cap on its army.",
     {("UKR", "humanitarian.exchange", "offer"), ("UKR", "military.limits", "reject")}),
])
def test_a_verbless_answer_s_but_not_refuses_what_follows(text, want):
    assert _got(text) == want


@pytest.mark.parametrize("text, want", [
    ("Q: What is Russia demanding?\nA: All of the Donbas, and a pledge that Ukraine will never join Nato.",
     {("RUS", "territory.donetsk", "demand"), ("RUS", "territory.luhansk", "demand"), ("RUS", "alignment.nato", "demand")}),
    ("What does Moscow want?\nFull control of Kherson, and a promise that Ukraine will stay out of Nato.",
     {("RUS", "territory.kherson", "demand"), ("RUS", "alignment.nato", "demand")}),
])
def test_a_side_in_the_clause_of_a_noun_in_an_answer_is_what_is_asked_for(text, want):
    """ "a pledge that Ukraine will never join Nato", in the answer to what Russia wants: Russia's demand."""
    assert _got(text) == want


@pytest.mark.parametrize("text, want", [
    ("What do Britain and France want?\nThey want a ceasefire first.",
     {("GBR", "ceasefire.general", "demand"), ("FRA", "ceasefire.general", "demand")}),
    ("What does Russia want from Ukraine?\nIt wants Kyiv to give up the Donbas.",
     {("RUS", "territory.donetsk", "demand"), ("RUS", "territory.luhansk", "demand")}),
])
def test_the_sides_a_question_asks_about_are_its_subjects(text, want):
    """All the sides joined as the question's subject hold the answer; a side it names after a preposition does not."""
    assert _got(text) == want


@pytest.mark.parametrize("text", [
    "Is Russia ready for a truce?\nA ban on Western troops in Ukraine.",
    "Can Ukraine join NATO?\nMembership would require the consent of all 32 members.",
])
def test_a_yes_or_no_question_heading_gives_no_holder_to_its_answer(text):
    assert _got(text) == set()


# -- live blogs ------------------------------------------------------------------------------------------------------

def test_a_pronoun_opening_a_live_entry_does_not_take_the_previous_entry_s_speaker():
    text = ("09:12 BST\nZelensky arrives in Berlin\nThe Ukrainian president said he would never give up the Donbas.\n"
            "08:55 BST\nTalks to resume in Geneva\nHe said the next round would have to deliver security guarantees first.\n"
            "08:30 BST\nDelegations arrive\nShe said a ceasefire must come before any talks on territory.")
    assert _got(text) == {("UKR", "territory.donetsk", "reject"), ("UKR", "territory.luhansk", "reject")}


def test_a_title_opening_a_live_entry_stands_for_no_one_named_before_the_stamp():
    text = ("2h ago\nKremlin spokesman Dmitry Peskov said talks would go on.\n"
            "3h ago\nThe spokesman said a ceasefire must be agreed by May.")
    assert not any(i == "ceasefire.general" for _, i, _ in _got(text))


def test_an_entry_headline_naming_its_speaker_holds_the_entry_s_pronoun():
    text = ("15:55 GMT\nKremlin rejects troop plan\nIt said any deployment of Western troops in Ukraine was unacceptable.\n"
            "14:32 GMT\nWitkoff arrives\nHe said Washington wanted a ceasefire by the end of the month.")
    got = _got(text)
    assert ("RUS", "security.foreign_troops", "reject") in got and ("USA", "ceasefire.general", "demand") in got
    assert not any(a == "RUS" and i == "ceasefire.general" for a, i, _ in got)


@pytest.mark.parametrize("text, want", [
    ("14:50 GMT – Zelensky said Ukraine would never give up the Donbas.\n"
     "14:32 GMT – He said the next round would have to deliver security guarantees first.",
     {("UKR", "territory.donetsk", "reject"), ("UKR", "territory.luhansk", "reject")}),
    ("Peskov said Russia wanted the whole of Donetsk.\n10:05: The spokesman said a ceasefire must be agreed by May.",
     {("RUS", "territory.donetsk", "demand")}),
])
def test_an_entry_on_its_stamp_s_own_line_starts_afresh_too(text, want):
    assert _got(text) == want
