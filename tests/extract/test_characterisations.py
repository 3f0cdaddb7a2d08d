"""An author's characterisation of a side's position, in the prose of explainers, think-tank notes and analysis
pieces: coded for the side whose position it is (GUIDELINES, rule 1), while the author's own advice stays uncoded;
and the issue words such prose uses that the plain cues missed.

Every sentence here is written for these tests; none is taken from a gold file.
"""
from __future__ import annotations

import pytest

from .helpers import extracted


_triples = extracted


@pytest.mark.parametrize("text, expected", [
    ("In the Kremlin's telling, Crimea is already part of Russia.", {("RUS", "territory.crimea", "demand")}),
    ("In Kyiv's thinking, the Zaporizhzhia region cannot be surrendered.",
     {("UKR", "territory.zaporizhzhia", "reject")}),
    ("Zelensky's view is that the Donbas cannot be given up.",
     {("UKR", "territory.donetsk", "reject"), ("UKR", "territory.luhansk", "reject")}),
])
def test_a_sides_telling_or_view_holds_what_follows(text, expected):
    assert _triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("What the Kremlin wants is a Ukraine that can never become a NATO member.", {("RUS", "alignment.nato", "demand")}),
    ("What Kyiv wants is simple: a truce that cannot be broken.", {("UKR", "ceasefire.general", "demand")}),
])
def test_a_refusal_that_describes_the_thing_wanted_is_a_demand(text, expected):
    assert _triples(text) == expected


def test_a_demand_made_in_the_talks_is_still_read():
    assert _triples("Ukraine's demands in the talks include a full ceasefire.") == {("UKR", "ceasefire.general", "demand")}
    assert ("RUS", "talks.process", "demand") in _triples("Russia wants to join the talks.")


@pytest.mark.parametrize("text, expected", [
    ("For Zelensky, ceding land is unconstitutional.", {("UKR", "territory", "reject")}),
    ("For the Kremlin, a ceasefire is a way to rearm the enemy.", {("RUS", "ceasefire.general", "demand")}),
    ("For Moscow, Ukraine's elections are a tool to topple Zelensky.", {("RUS", "governance.elections", "demand")}),
    ("The Kremlin says the new territories are part of Russia.",
     {("RUS", "territory.donetsk", "demand"), ("RUS", "territory.luhansk", "demand"),
      ("RUS", "territory.zaporizhzhia", "demand"), ("RUS", "territory.kherson", "demand")}),
])
def test_what_a_side_is_said_to_count_as_its_own_or_its_tool_is_wanted(text, expected):
    assert _triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Crimea was annexed in 2014. For Moscow, the peninsula is non-negotiable.", {("RUS", "territory.crimea", "demand")}),
    ("The Kremlin insists that Ukraine stay neutral.", {("RUS", "alignment.nato", "demand")}),
    ("Moscow wants Kyiv to remain neutral.", {("RUS", "alignment.nato", "demand")}),
    ("Ukraine's stance is that the process must include Europe.", {("UKR", "talks.process", "demand")}),
    ("Kyiv wants Washington involved in the process.", {("UKR", "talks.process", "demand")}),
    ("Ukraine's position is that any ceasefire should start along the current positions.",
     {("UKR", "ceasefire.general", "demand"), ("UKR", "territory", "demand")}),
    ("Moscow sees a freeze at the current positions as a trap.",
     {("RUS", "ceasefire.general", "reject"), ("RUS", "territory", "reject")}),
])
def test_issue_words_of_analysis_prose(text, expected):
    assert _triples(text) == expected


@pytest.mark.parametrize("text", [
    "Russian drones struck Odesa, killing three in the process.",
    "That would be a mistake. Kyiv would be wise to reject the plan.",
    "Europe would do well to keep the sanctions on Moscow.",
    "Easing sanctions now would reward Russia.",
])
def test_the_authors_own_advice_and_idioms_are_no_stance(text):
    assert _triples(text) == set()


def test_the_process_of_joining_is_not_the_talks():
    assert ("UKR", "talks.process", "demand") not in _triples("Zelensky said the process of joining the EU would take years.")


@pytest.mark.parametrize("text, expected", [
    ("Washington has presented a 28-point plan. That means Ukraine must leave Donetsk.",
     {("USA", "territory.donetsk", "demand")}),
    ("Washington has presented a 28-point plan. In practice, that means Ukraine must leave the remaining 30 percent of "
     "Donetsk.", {("USA", "territory.donetsk", "demand")}),
])
def test_what_a_plan_just_named_means_is_its_owners_demand(text, expected):
    assert _triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Kremlin's view is that the Zaporizhzhia and Kherson regions belong to Russia.",
     {("RUS", "territory.zaporizhzhia", "demand"), ("RUS", "territory.kherson", "demand")}),
    ("Zelensky said Crimea belongs to Ukraine.", {("UKR", "territory.crimea", "demand")}),
])
def test_what_a_side_says_belongs_to_it_is_wanted(text, expected):
    assert _triples(text) == expected


def test_a_bracketed_gloss_lends_no_cue_to_its_clause():
    text = ("The Kremlin is slowly accepting that Ukraine will not be disarmed (there will be no puppet regime either), "
            "nor will it remain neutral.")
    assert ("RUS", "alignment.nato", "demand") not in _triples(text)


@pytest.mark.parametrize("text, expected", [
    ("Putin has made clear that he will not agree to a ceasefire before Ukraine withdraws from Donetsk.",
     {("RUS", "ceasefire.general", "condition"), ("RUS", "territory.donetsk", "demand")}),
    ("Moscow will not sign a deal before Kyiv drops its NATO bid.", {("RUS", "alignment.nato", "demand")}),
])
def test_what_a_side_will_not_do_before_another_acts_is_conditioned_on_it(text, expected):
    assert _triples(text) == expected


def test_before_in_a_clause_not_negated_is_only_time():
    assert _triples("Russia agreed to a ceasefire before Ukraine withdrew from Kursk.") == {("RUS", "ceasefire.general", "accept")}


@pytest.mark.parametrize("text, expected", [
    ("Russia demands all of Donetsk. Kyiv says it will never give up the region.",
     {("RUS", "territory.donetsk", "demand"), ("UKR", "territory.donetsk", "reject")}),
    ("Moscow wants the Kherson oblast. Ukraine's answer is that the oblast cannot be surrendered.",
     {("RUS", "territory.kherson", "demand"), ("UKR", "territory.kherson", "reject")}),
])
def test_the_region_points_back_to_the_one_region_named_last(text, expected):
    assert _triples(text) == expected


def test_the_region_after_two_regions_or_as_the_wider_area_points_to_none():
    assert _triples("Russia demands Donetsk and Luhansk. Kyiv says it will never give up the region.") == {
        ("RUS", "territory.donetsk", "demand"), ("RUS", "territory.luhansk", "demand")}
    assert _triples("Russia demands all of Donetsk. Zelensky said peace would bring stability to the region.") == {
        ("RUS", "territory.donetsk", "demand")}


@pytest.mark.parametrize("text", [
    "The Kremlin views the deployment of European troops as a provocation.",
    "Moscow said it would regard any deployment of Western troops as a threat.",
])
def test_a_judgement_hung_on_the_object_is_still_the_judges(text):
    assert ("RUS", "security.foreign_troops", "reject") in _triples(text)


@pytest.mark.parametrize("text", [
    "European leaders renewed their offer of a multinational force for Ukraine. Moscow has repeatedly said it would "
    "regard any such deployment as a threat.",
    "Britain proposed a reassurance force for Ukraine. The Kremlin said such a presence would be unacceptable.",
])
def test_a_deployment_pointed_back_to_is_the_force_named_before(text):
    assert ("RUS", "security.foreign_troops", "reject") in _triples(text)


@pytest.mark.parametrize("text, want", [
    ("Moscow brushed aside Merz's calls for a ceasefire.",
     {("RUS", "ceasefire.general", "reject"), ("DEU", "ceasefire.general", "demand")}),
    ("The Kremlin waved off the European proposal for a reassurance force.",
     {("RUS", "security.foreign_troops", "reject"), ("EUR", "security.foreign_troops", "demand")}),
])
def test_phrasal_verbs_of_dismissal_refuse(text, want):
    assert _triples(text) == want


@pytest.mark.parametrize("text, want", [
    ("Kremlin says Europe's plan for troops in Ukraine 'unacceptable'",
     {("RUS", "security.foreign_troops", "reject"), ("EUR", "security.foreign_troops", "demand")}),
    ("Kyiv says Moscow's demand for Kherson absurd",
     {("UKR", "territory.kherson", "reject"), ("RUS", "territory.kherson", "demand")}),
])
def test_a_headline_verdict_without_its_copula_is_the_speakers(text, want):
    assert _triples(text) == want
