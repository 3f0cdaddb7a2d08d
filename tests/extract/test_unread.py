"""A wish put politely ("would like", "he'd like"): the one who would like an outcome wants it.

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
