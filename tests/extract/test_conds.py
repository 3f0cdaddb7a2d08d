"""Conditions told in other shapes than a leading "only if", and holders read from complex sentences.

Every sentence here is written for these tests; none is taken from a gold file.
"""
from __future__ import annotations

import pytest

from .helpers import extracted


_got = extracted


@pytest.mark.parametrize("text, expected", [
    ("Kyiv must pull its troops out of Donetsk before Moscow would agree to a truce.",
     {("RUS", "territory.donetsk", "demand"), ("RUS", "ceasefire.general", "condition")}),
    ("Ukraine has to leave Zaporizhzhia before the Kremlin will even discuss a ceasefire.",
     {("RUS", "territory.zaporizhzhia", "demand"), ("RUS", "ceasefire.general", "condition")}),
    ("Russia would need to withdraw from Kherson before Ukraine could accept a ceasefire.",
     {("UKR", "territory.kherson", "demand"), ("UKR", "ceasefire.general", "condition")}),
])
def test_what_must_come_before_a_side_would_act_is_that_sides_demand_and_its_act_a_condition(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Russia understands the need for a ceasefire in the event of a referendum in Ukraine.",
     {("RUS", "ceasefire.general", "condition")}),
    ("Kyiv would accept a truce in the event of a full Russian withdrawal from Kherson.",
     {("UKR", "ceasefire.general", "condition"), ("UKR", "territory.kherson", "demand")}),
])
def test_in_the_event_of_makes_a_condition(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text, presser, target, issue", [
    ("Trump advised Zelensky to agree to the American peace proposal.", "USA", "UKR", "talks.process"),
    ("Macron advised Kyiv to accept the ceasefire plan.", "FRA", "UKR", "ceasefire.general"),
    ("Erdogan has advised Putin to accept a truce.", "TUR", "RUS", "ceasefire.general"),
])
def test_advising_another_side_to_agree_presses_it(text, presser, target, issue):
    assert _got(text) == {(presser, issue, "pressure")}


@pytest.mark.parametrize("text, holder", [
    ("Peskov said a breakthrough in the talks is possible only if Washington sticks to the summit understandings.", "RUS"),
    ("Progress in the negotiations will be possible only if the terms agreed at the summit are respected, Sybiha said.",
     "UKR"),
    ("Lavrov said a new round of talks makes sense only if the other side honours the earlier agreements.", "RUS"),
])
def test_talks_made_conditional_on_keeping_to_earlier_talks_are_a_condition(text, holder):
    assert _got(text) == {(holder, "talks.process", "condition")}


@pytest.mark.parametrize("text, expected", [
    ("Kyiv said a frozen front line would be acceptable only if Western troops guaranteed it.",
     {("UKR", "territory", "condition"), ("UKR", "security.foreign_troops", "demand")}),
    ("Russian officials said such a buffer zone would be acceptable to Moscow only if it were patrolled by Russian police.",
     {("RUS", "territory", "condition")}),
])
def test_acceptable_only_if_is_a_condition_not_an_acceptance(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A US official said Russia sees the need for a ceasefire.", {("RUS", "ceasefire.general", "demand")}),
    ("Zelensky stressed the need for security guarantees.", {("UKR", "security.guarantees", "demand")}),
    ("Kellogg told reporters that Kyiv understands the need for a prisoner exchange.",
     {("UKR", "humanitarian.exchange", "demand")}),
])
def test_the_side_that_voices_a_need_holds_it_not_the_one_reporting(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A senior US official told Axios that the Russian side understands the need for a ceasefire in the event of a "
     "referendum, but insists on shorter terms for such a truce.", {("RUS", "ceasefire.general", "condition")}),
    ("Rubio said Moscow wants a truce but insists on keeping Crimea.",
     {("RUS", "ceasefire.general", "demand"), ("RUS", "territory.crimea", "demand")}),
    ("An EU diplomat said Kyiv sees the need for a truce in case of a referendum.", {("UKR", "ceasefire.general", "condition")}),
])
def test_a_reported_side_keeps_its_stances_through_a_conjoined_verb_and_a_framing_condition(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text, pressers", [
    ("The heads of state from the United Kingdom, France and Germany visited Kyiv, calling on Moscow to agree to a "
     "30-day truce.", {"GBR", "FRA", "DEU"}),
    ("The heads of government from France, Germany, and Poland went to Kyiv, calling on Russia to consent to an "
     "unconditional ceasefire.", {"FRA", "DEU", "POL"}),
])
def test_each_side_of_a_group_of_leaders_presses_in_a_participle_after_the_main_clause(text, pressers):
    assert _got(text) == {(p, "ceasefire.general", "pressure") for p in pressers}


@pytest.mark.parametrize("text, expected", [
    ("Moscow says Ukraine must first drop its NATO bid; only then would a ceasefire be possible.",
     {("RUS", "alignment.nato", "demand"), ("RUS", "ceasefire.general", "condition")}),
    ("Kyiv insists that Russian troops must leave Zaporizhzhia, and only after that can talks on guarantees begin.",
     {("UKR", "territory.zaporizhzhia", "demand"), ("UKR", "security.guarantees", "condition")}),
])
def test_a_condition_that_points_back_requires_what_came_before_it(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Zelensky said he is ready for elections, but security must be ensured and legislation amended.",
     {("UKR", "governance.elections", "condition")}),
    ("Moscow said it is prepared to discuss sanctions relief, but the fighting must stop first.",
     {("RUS", "sanctions.relief", "condition"), ("RUS", "ceasefire.general", "demand")}),
    ("The Kremlin is ready for talks, but Kyiv must first recognise the new borders.",
     {("RUS", "talks.process", "condition"), ("RUS", "territory.recognition", "demand")}),
])
def test_readiness_followed_by_what_must_be_done_is_a_condition(text, expected):
    assert _got(text) == expected
