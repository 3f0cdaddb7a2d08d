"""Agreements reached between sides: who concludes an agreement or a deal accepts its terms, and so does the side it
was made with or between; a go-between's deal is its own proposal, agreed to by the sides. A phrase the parse hangs
on the verb ("accepted the US proposal for a truce") belongs to the noun of stance that is the verb's object.

Every sentence here is written for these tests; none is taken from a gold file.
"""
from __future__ import annotations

import pytest

from .helpers import extracted


_triples = extracted


@pytest.mark.parametrize("text, issue", [
    ("Russia reached an agreement with Ukraine to exchange prisoners.", "humanitarian.exchange"),
    ("Moscow struck a deal with Kyiv on a prisoner swap.", "humanitarian.exchange"),
    ("Moscow and Kyiv reached agreement on a prisoner swap.", "humanitarian.exchange"),
    ("The two sides sealed a deal on a 30-day energy truce.", "ceasefire.energy"),
])
def test_who_concludes_an_agreement_and_who_it_is_made_with_accept_it(text, issue):
    got = _triples(text)
    assert ("RUS", issue, "accept") in got
    assert ("UKR", issue, "accept") in got


@pytest.mark.parametrize("text", [
    "The sides failed to reach a deal on a ceasefire.",
    "Russia and Ukraine did not reach agreement on a truce.",
])
def test_an_agreement_not_reached_is_no_acceptance(text):
    assert not any(stance == "accept" for _, _, stance in _triples(text))


@pytest.mark.parametrize("text, issue", [
    ("The agreement between Moscow and Kyiv on the exchange of prisoners was reached after two hours.",
     "humanitarian.exchange"),
    ("An agreement between Russia and Ukraine on a 30-day energy truce took effect on Tuesday.", "ceasefire.energy"),
])
def test_an_agreement_between_sides_is_accepted_by_each(text, issue):
    got = _triples(text)
    assert {("RUS", issue, "accept"), ("UKR", issue, "accept")} <= got


def test_a_go_between_ready_to_broker_a_deal_commits_no_side():
    got = _triples("Turkey is ready to broker a deal between Russia and Ukraine on grain exports.")
    assert ("RUS", "ceasefire.maritime", "accept") not in got
    assert ("UKR", "ceasefire.maritime", "accept") not in got


@pytest.mark.parametrize("text, owner, issue, holder, stance", [
    ("Ukraine accepted the US proposal for an immediate 30-day ceasefire.", "USA", "ceasefire.general", "UKR", "accept"),
    ("Kyiv welcomed the French proposal for a reassurance force.", "FRA", "security.foreign_troops", "UKR", "accept"),
    ("Moscow rejected the British plan for a reassurance force.", "GBR", "security.foreign_troops", "RUS", "reject"),
])
def test_a_phrase_hung_on_the_verb_belongs_to_its_object_noun_of_stance(text, owner, issue, holder, stance):
    got = _triples(text)
    assert (owner, issue, "demand") in got
    assert (holder, issue, stance) in got
