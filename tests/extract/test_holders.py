"""Who holds a statement in news prose: chains of reported speech, quotations and their speakers, pronouns and
role nouns.

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
    ("Zelensky said Trump had told reporters that Putin wanted all of Donetsk.",
     {("RUS", "territory.donetsk", "demand")}),
    ("Sybiha said Lavrov had told Rubio that Russia wanted a ceasefire.",
     {("RUS", "ceasefire.general", "demand")}),
    ("The Ukrainian president said Trump believed that Putin wanted all of Donetsk.",
     {("RUS", "territory.donetsk", "demand")}),
])
def test_the_innermost_stance_of_a_chain_of_reports_is_its_holders_alone(text, want):
    """"X said Y had told him that Z wants ...": neither teller up the chain holds Z's stance."""
    assert _got(text) == want


def test_a_teller_up_the_chain_still_holds_its_own_side_s_stance():
    """The reporter drops only a stance held by another: "Kyiv" in the innermost clause is the teller's own side."""
    assert ("UKR", "territory.donetsk", "reject") in _got(
        "Zelensky said Trump had told him that Kyiv would never give up Donetsk.")
