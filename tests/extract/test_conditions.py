"""What a side will not do, or refuses to do, before another thing happens: the first is conditional on the second,
which is demanded ("will not agree to a truce before Kyiv withdraws"), also where the tagger takes the second clause's
verb for a plural noun. A refusal told as done before another event is only a refusal.

Every sentence here is written for these tests; none is taken from a gold file.
"""
from __future__ import annotations

import pytest

from .helpers import extracted


_got = extracted


@pytest.mark.parametrize("text", [
    "Moscow will not agree to a ceasefire before Kyiv withdraws from Donetsk.",
    "Moscow refuses to agree to a ceasefire before Kyiv withdraws from Donetsk.",
    "Russia will not accept a truce until Kyiv pulls its troops out of Donetsk.",
])
def test_no_truce_before_a_withdrawal_makes_the_truce_conditional_and_demands_the_withdrawal(text):
    assert _got(text) == {("RUS", "ceasefire.general", "condition"), ("RUS", "territory.donetsk", "demand")}


@pytest.mark.parametrize("text", [
    "Putin has consistently refused to meet Zelensky before a final agreement is drafted.",
    "Putin said he would not meet Zelensky until a final agreement was ready.",
])
def test_refusing_to_meet_before_a_deal_is_ready_makes_the_meeting_conditional(text):
    assert _got(text) == {("RUS", "talks.process", "condition")}


def test_a_refusal_told_as_done_before_another_event_is_a_refusal():
    assert _got("Moscow rejected the truce before Kyiv had even replied.") == {("RUS", "ceasefire.general", "reject")}


@pytest.mark.parametrize("text", [
    "Zelensky stressed that Ukraine does not have the right to give up its territory.",
    "Zelensky said he had no mandate to cede land.",
    "Sybiha said the government has no authority to surrender any territory.",
])
def test_an_act_a_side_has_no_right_to_is_refused(text):
    assert _got(text) == {("UKR", "territory", "reject")}
