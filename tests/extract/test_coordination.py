"""Issues named as conjuncts of one call are asked for each in its own right; an issue named inside another's
phrase ("talks on a truce") is only the more specific one.

Every sentence here is written for these tests; none is taken from a gold file.
"""
from __future__ import annotations

import pytest

from zopa.codebook import load_codebook

from .helpers import extracted

CB = load_codebook()


_triples = extracted


@pytest.mark.parametrize("text, actor", [
    ("India called for a ceasefire and a return to dialogue.", "IND"),
    ("India called for a return to dialogue and a ceasefire.", "IND"),
    ("Beijing urged a halt to the fighting and a resumption of negotiations, the foreign ministry said.", "CHN"),
])
def test_talks_asked_for_beside_another_outcome_are_a_demand_of_their_own(text, actor):
    got = _triples(text)
    assert (actor, "ceasefire.general", "demand") in got
    assert (actor, "talks.process", "demand") in got


@pytest.mark.parametrize("text, actor", [
    ("Kyiv wants talks on a ceasefire and prisoner exchanges.", "UKR"),
    ("Zelensky wants a ceasefire before any negotiations.", "UKR"),
])
def test_talks_about_an_outcome_stay_the_outcome(text, actor):
    got = _triples(text)
    assert (actor, "ceasefire.general", "demand") in got
    assert not any(issue == "talks.process" for _, issue, _ in got)


@pytest.mark.parametrize("text, issues", [
    # "a freeze" names a truce and "freeze along" the land: cues of two issues overlapping, each issue keeps its hit
    ("Zelensky said Ukraine could accept a freeze along the current front line.", {"ceasefire.general", "territory"}),
    ("Moscow would accept a freeze along the line of contact, Peskov said.", {"ceasefire.general", "territory"}),
])
def test_overlapping_cues_of_two_issues_both_count(text, issues):
    from zopa.extract.pipeline import engine_for

    assert {h.issue for h in engine_for(CB).issues.scan(text)} >= issues
    assert {issue for _, issue, _ in _triples(text)} >= issues


def test_a_cue_inside_a_longer_cue_of_the_same_issue_adds_no_hit():
    from zopa.extract.pipeline import engine_for

    text = "Kyiv demands security guarantees."
    hits = engine_for(CB).issues.scan(text)
    assert [(h.issue, h.cue) for h in hits] == [("security.guarantees", "security guarantees")]
