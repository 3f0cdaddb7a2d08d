"""Stances read wrongly where the actor and the issue are right.

Every sentence here is written for these tests; none is taken from a gold file.
"""
from __future__ import annotations

import pytest

from .helpers import extracted


_got = extracted


@pytest.mark.parametrize("text, expected", [
    ("The Ukrainian president said any deal that gives up land in the east would require the approval of voters in "
     "a referendum.", {("UKR", "territory", "condition")}),
    ("Lavrov said a meeting of the two leaders would require careful preparation and progress on a draft treaty.",
     {("RUS", "talks.process", "condition")}),
    ("The Kremlin said a summit will need thorough groundwork first.",
     {("RUS", "talks.process", "condition")}),
    ("Kyiv says a ceasefire would require security guarantees from the United States.",
     {("UKR", "ceasefire.general", "condition"), ("UKR", "security.guarantees", "demand")}),
])
def test_what_would_require_something_is_made_conditional_on_it(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a deal's requirement is what the deal must hold: demanded, not a condition
    ("Rubio said any settlement would require concessions on territory from both sides.",
     {("USA", "territory", "demand")}),
    # no verb of requiring told as what would be: the subject's outcome is not made conditional
    ("Moscow requires a ceasefire in the Black Sea.", {("RUS", "ceasefire.maritime", "demand")}),
])
def test_what_a_deal_would_require_or_a_side_requires_stays_a_demand(text, expected):
    got = _got(text)
    assert expected <= got and not any(t[2] == "condition" for t in got)


@pytest.mark.parametrize("text, expected", [
    ("\"I can't imagine that the next round will take place without a ceasefire,\" Macron said.",
     {("FRA", "ceasefire.general", "demand")}),
    ("Tusk said he could not imagine a deal being signed without security guarantees for Ukraine.",
     {("POL", "security.guarantees", "demand")}),
    ("\"I don't think a summit will happen without a truce,\" Starmer said.",
     {("GBR", "ceasefire.general", "demand")}),
])
def test_what_a_side_cannot_imagine_things_going_ahead_without_is_its_demand(text, expected):
    assert _got(text) == expected


def test_a_clause_told_beside_a_negated_thought_keeps_its_own_without():
    got = _got("Trump said he did not think a ceasefire was necessary, pointing to wars he said he had ended without one.")
    assert ("USA", "ceasefire.general", "reject") in got and ("USA", "ceasefire.general", "demand") not in got


@pytest.mark.parametrize("text, expected", [
    ("The Russian envoy said the territorial question would be discussed at the next round.",
     {("RUS", "territory", "open")}),
    ("Zelensky said the return of Crimea will be discussed with the Americans.",
     {("UKR", "territory.crimea", "open")}),
])
def test_an_issue_a_side_says_will_be_discussed_is_left_open(text, expected):
    assert _got(text) == expected
