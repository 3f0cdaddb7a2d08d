"""A wish put politely ("would like", "he'd like"): the one who would like an outcome wants it.

Every sentence here is written for these tests; none is taken from a gold file or a news text.
"""
from __future__ import annotations

import pytest

from .helpers import extracted as _got


@pytest.mark.parametrize("text, want", [
    ("Zelensky said he would like the talks to continue.", {("UKR", "talks.process", "demand")}),
    ("Speaking in Ankara, Lavrov said he’d like a ceasefire in the Black Sea before the winter.",
     {("RUS", "ceasefire.maritime", "demand")}),
    ("Putin would like a ceasefire in the Black Sea.", {("RUS", "ceasefire.maritime", "demand")}),
    ("The Kremlin would very much like to see a ceasefire in the Black Sea, Peskov told reporters.",
     {("RUS", "ceasefire.maritime", "demand")}),
])
def test_would_like_is_a_wish(text, want):
    assert _got(text) == want


@pytest.mark.parametrize("text", [
    "Russia, like Ukraine, has suffered heavy losses around Donetsk.",
    "A ceasefire would look like a pause, not peace, analysts said.",
])
def test_like_alone_holds_no_wish(text):
    assert not any(s == "demand" for _, _, s in _got(text))


@pytest.mark.parametrize("text, want", [
    ("The Kremlin has unveiled a peace plan.\n\nIts main points:\n\nBelarus will host a permanent monitoring office.\n\n"
     "Trade routes through the region will reopen.\n\nUkraine will give up its bid to join NATO.\n\n"
     "Ukraine's army will be limited to 300,000 troops.\n",
     {("RUS", "alignment.nato", "demand"), ("RUS", "military.limits", "demand")}),
    ("London and Paris have drafted a 12-point proposal.\n\nThe key elements of the proposal:\n\n"
     "A joint commission will meet every month.\n\nRegular flights between the capitals will resume.\n\n"
     "Both capitals will reopen their consulates.\n\nCultural exchanges will be expanded.\n\n"
     "Ukraine will receive security guarantees.\n",
     {("GBR", "talks.process", "demand"), ("FRA", "talks.process", "demand"),
      ("GBR", "security.guarantees", "demand"), ("FRA", "security.guarantees", "demand")}),
])
def test_a_plan_s_listed_points_go_on_through_points_on_no_issue(text, want):
    """In a list of a plan's points after a colon lead-in, points on nothing the codebook names ("A joint commission
    will meet every month.") keep the list going: the points after them are still the plan owner's."""
    assert want <= _got(text)
    assert not any(a == "UKR" for a, _, _ in _got(text))


@pytest.mark.parametrize("text, want", [
    ("Moscow set out its conditions on Monday. These include the lifting of sanctions on its banks.",
     {("RUS", "sanctions.relief", "demand")}),
    ("Kyiv handed the mediators a list of demands. Those include the return of all prisoners of war.",
     {("UKR", "talks.process", "demand"), ("UKR", "humanitarian.exchange", "demand")}),
    ("Zelensky named his conditions for a truce on Friday. These would include a full exchange of prisoners.",
     {("UKR", "humanitarian.exchange", "demand")}),
    ("Beijing published its position paper. These include a ceasefire along the current front line.",
     {("CHN", "ceasefire.general", "demand")}),
])
def test_these_include_points_back_to_what_was_just_named(text, want):
    """ "These include X", "Those would include X" opening a sentence: "these" stands for what the sentence before
    named, as "they" would, and its holder holds X."""
    assert _got(text) == want


def test_these_before_a_noun_is_no_pronoun():
    assert not any(i == "sanctions.relief" for _, i, _ in _got(
        "Moscow set out its conditions on Monday. These talks will not touch on sanctions relief, an aide said."))


def test_those_who_are_described_are_no_one_named_before():
    """ "Those who ..." describes people; it does not stand for the side the sentence before named."""
    got = _got("Moscow set out its conditions on Monday. Those who want a ceasefire in the Black Sea must accept them.")
    assert not any(a == "RUS" and i == "ceasefire.maritime" for a, i, _ in got)
