"""Constructions of the late 2025 / early 2026 coverage (revised plans, envoy visits, trilateral rounds).

Every sentence here is written for these tests; none is taken from a gold file or a news text.
"""
from __future__ import annotations

import pytest

from zopa.codebook import load_codebook
from zopa.extract import extract_document

from .helpers import make_doc, triples

CB = load_codebook()


def _got(text: str) -> set:
    return triples(extract_document(make_doc(text), CB))


@pytest.mark.parametrize("text, want", [
    ("Moscow again demanded that Ukraine pull its troops out of Kherson. Kyiv rejected the demand.",
     {("RUS", "territory.kherson", "demand"), ("UKR", "territory.kherson", "reject")}),
    ("Washington wants Kyiv to hold elections. Zelensky turned down the request.",
     {("USA", "governance.elections", "pressure"), ("UKR", "governance.elections", "reject")}),
    ("Moscow wants all of Zaporizhzhia. Kyiv has repeatedly rejected such demands.",
     {("RUS", "territory.zaporizhzhia", "demand"), ("UKR", "territory.zaporizhzhia", "reject")}),
])
def test_a_demand_pointed_back_to_is_the_issue_the_sentence_before_named(text, want):
    """ "rejected the demand", "turned down the request": the outcome named last in the sentence before."""
    assert _got(text) == want


@pytest.mark.parametrize("text, want", [
    ("Kallas said Moscow could not be trusted and called for more sanctions on Russia.",
     {("EU", "sanctions.relief", "demand")}),
    ("Macron said Russia was stalling and urged Moscow to accept a ceasefire.",
     {("FRA", "ceasefire.general", "pressure")}),
    ("Sikorski said the Kremlin was lying and demanded new sanctions.", {("POL", "sanctions.relief", "demand")}),
])
def test_a_speaker_s_second_verb_is_the_speaker_s_not_the_reported_subject_s(text, want):
    """ "X said Y could not be trusted and called for ...": the parse joins "called" to the reported clause; a past
    verb after a reported clause of another form is the speaker's own."""
    assert _got(text) == want


def test_a_second_verb_of_the_same_form_stays_with_the_reported_subject():
    got = _got("Peskov said Moscow remained open to talks and wanted guarantees.")
    assert ("RUS", "security.guarantees", "demand") in got
