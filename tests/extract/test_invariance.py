"""The same statement written with other names and other framing reads the same: a person the codebook does not list,
named after the side's word and a title; datelines, fronted phrases, tense of the speech verb.

Every sentence here is written for these tests; none is taken from a gold file or a news text.
"""
from __future__ import annotations

import pytest

from zopa.codebook import load_codebook
from zopa.extract import extract_document

from .helpers import make_doc, triples

CB = load_codebook()


def _got(text: str) -> set[tuple[str, str, str]]:
    return triples(extract_document(make_doc(text), CB))


@pytest.mark.parametrize("text, want", [
    ("Kremlin aide Pavel Sorokin said he would study the Ukrainian proposals.", {("RUS", "talks.process", "open")}),
    ("Russian security council official Gennady Lobanov said he would study the Ukrainian proposals.",
     {("RUS", "talks.process", "open")}),
    ("Kremlin adviser Pavel Sorokin dismissed the peace initiative as pointless.", {("RUS", "talks.process", "reject")}),
    ("Ukrainian lawmaker Taras Hrytsenko has long pressed for a halt to strikes on power plants.",
     {("UKR", "ceasefire.energy", "demand")}),
    ("U.S. Deputy Secretary of State Martin Kessler said he wanted a ceasefire by the summer.",
     {("USA", "ceasefire.general", "demand")}),
])
def test_a_name_the_codebook_does_not_list_speaks_for_the_side_before_its_title(text, want):
    """"Kremlin aide X", "Ukrainian lawmaker X": the side's word and a title before an unknown name make it the holder."""
    assert _got(text) == want


@pytest.mark.parametrize("text", [
    "Kremlin critic Pavel Sorokin said he would study the Ukrainian proposals.",
    "Russian novelist Gennady Lobanov said he wanted a ceasefire by the summer.",
])
def test_a_name_after_a_side_s_word_without_a_title_holds_nothing_for_the_side(text):
    """"Kremlin critic X", "Russian novelist X": no title of office, no side."""
    assert not {t for t in _got(text) if t[0] == "RUS"}
