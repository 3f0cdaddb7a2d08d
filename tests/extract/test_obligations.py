"""What a side says another side, or a thing of another side, must, should, must not or should be free to do or be
(GUIDELINES rule 6): pressure on the side obliged to act, support of the side whose right or freedom is backed, and
the speaker's demand where the subject is a passive or a thing of a side (no one pressed).

Every sentence here is written for these tests; none is taken from a gold file or a news text.
"""
from __future__ import annotations

import pytest

from zopa.codebook import load_codebook
from zopa.extract import extract_document

from .helpers import make_doc

CB = load_codebook()


def _got(text: str) -> set[tuple[str, str, str, str | None]]:
    return {(s.actor, s.issue, s.stance, s.target) for s in extract_document(make_doc(text), CB)}


@pytest.mark.parametrize("text, expected", [
    # a right or freedom of a side, told by a third party: it backs that side
    ("Britain said Ukraine should be free to choose whether to join NATO.",
     {("GBR", "alignment.nato", "support", "UKR")}),
    ("Poland said Ukraine must remain free to apply for EU membership.",
     {("POL", "alignment.eu", "support", "UKR")}),
    ("The French foreign minister said Ukraine has every right to join the European Union.",
     {("FRA", "alignment.eu", "support", "UKR")}),
    ("Berlin said it was up to Kyiv to decide whether to give up any territory.",
     {("DEU", "territory", "support", "UKR")}),
    ("Warsaw said Kyiv alone should decide on its membership of NATO.",
     {("POL", "alignment.nato", "support", "UKR")}),
    ("Paris said Ukraine should be entitled to join the European Union.",
     {("FRA", "alignment.eu", "support", "UKR")}),
    ("Beijing said a ceasefire was for Moscow and Kyiv to decide.",
     {("CHN", "ceasefire.general", "support", "RUS")}),
])
def test_a_right_or_freedom_of_a_side_backs_it(text, expected):
    got = _got(text)
    assert got == expected, got


@pytest.mark.parametrize("text, expected", [
    # a passive, or a thing of a side, as what must (not) be: the speaker's demand, no one pressed
    ("Ankara said Ukraine's energy grid should not be attacked this winter.",
     {("TUR", "ceasefire.energy", "demand", None)}),
])
def test_a_passive_or_a_thing_of_a_side_presses_no_one(text, expected):
    got = _got(text)
    assert got == expected, got


@pytest.mark.parametrize("text, expected", [
    # the other side itself obliged to act stays pressure on it
    ("Berlin said Russia must withdraw its troops from occupied Ukrainian territory.",
     {("DEU", "territory", "pressure", "RUS")}),
    ("Trump said Zelensky should hold elections soon.",
     {("USA", "governance.elections", "pressure", "UKR")}),
    ("Britain said it was up to Moscow to say yes to a ceasefire.",
     {("GBR", "ceasefire.general", "pressure", "RUS")}),
])
def test_the_side_itself_obliged_to_act_is_pressed(text, expected):
    got = _got(text)
    assert got == expected, got


@pytest.mark.parametrize("text", [
    # a thing of a side obliged, told by a speaker who is no side: no one's stance (not the side whose thing it is)
    "The Dutch think tank said Ukraine's army must not be capped.",
    "Several analysts said Russia's armed forces would have to leave the occupied regions.",
    "Commentators said Russia's army must not be rewarded with Zaporizhzhia.",
    "A former diplomat said Ukraine's energy grid should not be attacked.",
])
def test_a_thing_of_a_side_obliged_is_not_that_side_s_stance(text):
    got = _got(text)
    assert got == set(), got


@pytest.mark.parametrize("text, expected", [
    # what a side says a thing must be backed, watched or approved by: its demand, not its backing of anything
    ("Zelensky said any ceasefire must be backed by security guarantees.",
     {("UKR", "ceasefire.general", "demand", None), ("UKR", "security.guarantees", "demand", None)}),
    ("Macron said the truce must be monitored by international observers.",
     {("FRA", "ceasefire.general", "demand", None)}),
])
def test_a_passive_obligation_told_by_a_speaker_is_the_speakers_demand(text, expected):
    assert _got(text) == expected


def test_backing_by_a_side_is_still_its_support():
    got = _got("Kyiv's demand for a tribunal is backed by the EU.")
    assert ("EU", "accountability.justice", "support", "UKR") in got


@pytest.mark.parametrize("text, expected", [
    # what a side must have, told by another: the speaker wants it for that side, it presses no one
    ("European leaders said Ukraine must have ironclad security guarantees.",
     {("EUR", "security.guarantees", "demand", None)}),
    ("Starmer said Ukraine should get security guarantees from its allies.",
     {("GBR", "security.guarantees", "demand", None)}),
])
def test_what_a_side_must_have_is_wanted_for_it(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text, expected", [
    # what a speaker says a side must be made or forced to accept: the speaker's demand, the side holds nothing
    ("Medvedev said Ukraine must be made to accept the loss of Kherson.", {("RUS", "territory.kherson", "demand", None)}),
    ("Lavrov said Kyiv should be forced to give up its NATO ambitions.", {("RUS", "alignment.nato", "demand", None)}),
])
def test_a_side_that_must_be_made_to_act_holds_nothing_the_speaker_demands(text, expected):
    assert _got(text) == expected
