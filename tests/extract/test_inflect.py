"""Cues written once in one tense match every tense of their verb."""
from __future__ import annotations

import pytest

from zopa.codebook import load_codebook
from zopa.extract.inflect import inflections
from zopa.extract.issues import IssueIndex

CB = load_codebook()


def test_a_verb_phrase_cue_gets_every_tense_of_its_first_word():
    assert set(inflections("freeze the conflict")) == {
        "freeze the conflict", "freezes the conflict", "freezing the conflict", "froze the conflict",
        "frozen the conflict"}
    assert "withdrew its forces" in inflections("withdraw its forces")


@pytest.mark.parametrize("cue", ["frozen assets", "security guarantees", "ceasefire", "cede"])
def test_noun_phrases_and_single_words_are_left_as_written(cue):
    assert inflections(cue) == [cue]


@pytest.mark.parametrize("text, issue", [
    ("Both sides froze the conflict along the river in 1994.", "ceasefire.general"),
    ("Washington lifted sanctions on the bank last year.", "sanctions.relief"),
    ("The army withdrew its forces from the city.", "territory"),
])
def test_the_index_finds_an_inflected_cue(text, issue):
    assert issue in {h.issue for h in IssueIndex(CB).find(text, 0, len(text))}
