"""Cues written once in one tense match every tense of their verb."""
from __future__ import annotations

import pytest

from zopa.codebook import load_codebook
from zopa.extract.inflect import inflections
from zopa.extract.issues import IssueIndex

CB = load_codebook()


def test_a_verb_phrase_cue_gets_every_tense_of_its_first_word():
    assert {"freeze the conflict", "freezes the conflict", "freezing the conflict", "froze the conflict",
            "frozen the conflict"} <= set(inflections("freeze the conflict"))
    assert "withdrew its forces" in inflections("withdraw its forces")


def test_a_verb_phrase_cue_is_also_told_of_its_object():
    forms = set(inflections("freeze the conflict"))
    assert {"conflict frozen", "conflict be frozen", "conflict would be frozen", "conflict has been frozen",
            "freezing of the conflict"} <= forms
    assert {"sanctions lifted", "sanctions must be lifted", "lifting of sanctions"} <= set(inflections("lift sanctions"))


@pytest.mark.parametrize("cue", ["sit down", "stop where they are", "agree to talks"])
def test_a_verb_followed_by_no_object_gets_no_passive(cue):
    verb, rest = cue.split(" ", 1)
    forms = inflections(cue)
    assert len(forms) > 1 and all(f.endswith(rest) and not f.startswith(rest) for f in forms), forms


@pytest.mark.parametrize("cue", ["frozen assets", "security guarantees", "ceasefire", "cede"])
def test_noun_phrases_and_single_words_are_left_as_written(cue):
    assert inflections(cue) == [cue]


@pytest.mark.parametrize("text, issue", [
    ("Both sides froze the conflict along the river in 1994.", "ceasefire.general"),
    ("Washington lifted sanctions on the bank last year.", "sanctions.relief"),
    ("The army withdrew its forces from the city.", "territory"),
    ("Kyiv proposed that the front line be frozen where it is.", "ceasefire.general"),
    ("Moscow insists that sanctions be lifted before any deal.", "sanctions.relief"),
])
def test_the_index_finds_an_inflected_cue(text, issue):
    assert issue in {h.issue for h in IssueIndex(CB).find(text, 0, len(text))}
