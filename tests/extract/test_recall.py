"""Statements missed in sentences that name their holder and their issue: a whole named with a part given as its
example, and a pronoun in a that-clause hung on "made it clear".

Every sentence here is written for these tests; none is taken from a gold file or a news text.
"""
from __future__ import annotations

import pytest

from .helpers import extracted


_got = extracted


# A whole and a part given as its example ("all occupied land, including X"): both are stated, so the general
# issue stands beside the specific one instead of being pruned by it.
@pytest.mark.parametrize("text, expected", [
    ("Kyiv demands the return of all occupied territories, including Crimea.",
     {("UKR", "territory", "demand"), ("UKR", "territory.crimea", "demand")}),
    ("Ukraine wants Russian troops out of all of its territory, in particular Crimea.",
     {("UKR", "territory", "demand"), ("UKR", "territory.crimea", "demand")}),
    ("The Kremlin said the loss of the occupied territories, especially Crimea, would be unacceptable.",
     {("RUS", "territory", "reject"), ("RUS", "territory.crimea", "reject")}),
    ("Kyiv demands a ceasefire, including a halt to strikes on energy infrastructure.",
     {("UKR", "ceasefire.general", "demand"), ("UKR", "ceasefire.energy", "demand")}),
])
def test_whole_with_an_example_keeps_the_general_issue(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a part named alone is the most specific issue only
    ("Kyiv demands the return of Crimea.", {("UKR", "territory.crimea", "demand")}),
    # "including" that names who, not a part of a whole just named
    ("The Kremlin wants its annexation of Crimea recognised, including by Washington.",
     {("RUS", "territory.recognition", "demand"), ("RUS", "territory.crimea", "demand")}),
])
def test_part_without_its_whole_stays_specific(text, expected):
    assert _got(text) == expected


# "X has made it clear that it will ...": the parse hangs the that-clause on "clear", whose "it" is no one; the pronoun
# of the that-clause is the subject of "made", not the actor of the sentence before.
@pytest.mark.parametrize("text, expected", [
    ("The Kremlin spoke to reporters on Monday. Kyiv has made it clear that it will not sign any deal unless Russia "
     "withdraws from all occupied territories.", {("UKR", "territory", "demand")}),
    ("Moscow spoke to reporters on Monday. The United States has made it very clear that it will not lift sanctions.",
     {("USA", "sanctions.relief", "reject")}),
    ("The Kremlin spoke on Monday. Ukraine made it clear that it would not join any talks unless Russia withdraws "
     "its troops.", {("UKR", "territory", "demand")}),
])
def test_pronoun_after_made_it_clear_is_the_subject_of_made(text, expected):
    assert _got(text) == expected


def test_pronoun_after_made_it_clear_with_a_thing_as_subject_is_not_it():
    # the subject of "made" is no actor: the pronoun is not read as that thing's, and the reading stays as before
    assert ("UKR", "territory.crimea", "reject") not in _got(
        "Moscow hosted the talks. The report has made it clear that it will never give up Crimea.")


# "X is a priority for Y": a noun of aim said of the subject by a copula names, with "for", whose aim it is.
@pytest.mark.parametrize("text, expected", [
    ("The return of all prisoners of war remains an absolute priority for Ukraine.",
     {("UKR", "humanitarian.exchange", "demand")}),
    ("Membership of the European Union is a top priority for Kyiv.", {("UKR", "alignment.eu", "demand")}),
    ("The lifting of sanctions is the main goal for the Kremlin.", {("RUS", "sanctions.relief", "demand")}),
    ("A lasting ceasefire is the first objective for Washington, Macron said.", {("USA", "ceasefire.general", "demand")}),
])
def test_aim_noun_for_an_actor_is_that_actors(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "for" a thing, not an actor: the speaker's aim as before
    ("Macron said security guarantees are a priority for the talks.", {("FRA", "security.guarantees", "demand")}),
    # an adjective of need "for" an actor tells whom it serves, not who wants it
    ("Security guarantees are essential for Ukraine, the French president said.",
     {("FRA", "security.guarantees", "demand")}),
])
def test_for_a_thing_or_after_an_adjective_of_need_names_no_holder(text, expected):
    assert _got(text) == expected
