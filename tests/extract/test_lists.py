"""Lists: a lead-in ending in a colon whose items inherit its holder and stance, sentences that point back to a side's
list of terms, and terms put forward that are no offer of what they are for.

Every sentence here is written for these tests; none is taken from a gold file or a news text.
"""
from __future__ import annotations

import pytest

from .helpers import extracted as _got


@pytest.mark.parametrize("text, want", [
    ("Kyiv on Tuesday rejected the following provisions:\n\n"
     "the handover of the rest of Donetsk oblast to Russia;\n\n"
     "a cap of 600,000 troops on the Ukrainian army;\n\n"
     "lifting the sanctions imposed on Moscow.\n",
     {("UKR", "territory.donetsk", "reject"), ("UKR", "military.limits", "reject"), ("UKR", "sanctions.relief", "reject")}),
    ("Zelensky met European leaders in London on Monday.\n\nUkraine's conditions include:\n\n"
     "• a full and unconditional ceasefire for 30 days;\n\n• an exchange of all prisoners;\n\n"
     "• a halt to strikes on power plants.\n\nThe talks will resume next week.\n",
     {("UKR", "ceasefire.general", "demand"), ("UKR", "humanitarian.exchange", "demand"), ("UKR", "ceasefire.energy", "demand")}),
    ("The Kremlin's memorandum lists the following demands:\n\n- lifting of all Western sanctions\n"
     "- a ban on foreign troops in Ukraine\n- Ukraine's neutrality outside any military bloc\n",
     {("RUS", "sanctions.relief", "demand"), ("RUS", "security.foreign_troops", "demand"), ("RUS", "alignment.nato", "demand")}),
])
def test_the_items_of_a_list_take_the_holder_and_stance_of_its_lead_in(text, want):
    """ "X rejected the following provisions:", "X's conditions include:", then bullets or short blocks of their own
    ending in ";" or ".": each item is X's reject (or demand), however the item itself is worded ("lifting the
    sanctions" rejected is no demand of relief)."""
    assert _got(text) == want


def test_a_list_a_side_rejects_of_a_plan_in_view_is_also_the_plan_s_points():
    """The provisions one side turns down of another's plan are each that side's reject and the plan owner's demand;
    the one who rejects them does not become their author."""
    got = _got("Moscow dismissed several points of the European counter-proposal. Among the points Russia turned down:\n\n"
               "- the deployment of a European reassurance force in Ukraine\n"
               "- using frozen Russian assets to rebuild Ukraine\n")
    assert {("RUS", "security.foreign_troops", "reject"), ("RUS", "assets.frozen", "reject"),
            ("EUR", "security.foreign_troops", "demand"), ("EUR", "assets.frozen", "demand")} <= got
    assert not {t for t in got if t[0] == "RUS" and t[2] == "demand"}


def test_a_reporter_of_points_agreed_is_not_their_holder():
    """ "X said four points had been agreed:": X reports the list; the items are not X's own demands."""
    got = _got("Macron said three points had been agreed:\n\n- to keep sending weapons to Ukraine;\n\n"
               "- to keep up the sanctions on Russia.\n")
    assert not {t for t in got if t[0] == "FRA"}


@pytest.mark.parametrize("text, want", [
    ("Moscow is demanding that Ukraine withdraw from Kherson oblast as a condition for talks.\n\n"
     "Another condition is a pledge that Ukraine will never join NATO.\n\n"
     "The list of demands also includes lifting sanctions on Russian banks.\n",
     {("RUS", "territory.kherson", "demand"), ("RUS", "alignment.nato", "demand"), ("RUS", "sanctions.relief", "demand")}),
    ("Washington drew up a new peace framework for Kyiv on Friday.\n\n"
     "A further requirement is that Ukraine hold elections within 100 days.\n\n"
     "The document also proposes a prisoner exchange of all for all.\n",
     {("USA", "governance.elections", "demand"), ("USA", "humanitarian.exchange", "demand")}),
    ("Russia handed Ukraine a memorandum with two variants of a truce.\n\n"
     "The first one proposes a halt to strikes on energy infrastructure.\n\n"
     "The second option includes the following:\n\na ban on mobilisation in Ukraine;\n\nan end to arms deliveries.\n",
     {("RUS", "ceasefire.energy", "demand"), ("RUS", "military.limits", "demand")}),
])
def test_a_sentence_pointing_back_to_a_side_s_list_adds_to_it(text, want):
    """ "Another condition is ...", "The list of demands also includes ...", "A further requirement is ...", "The
    first one proposes ...", "The second option includes the following:": no holder named, the list's (or the plan's,
    or the demands just stated) holder holds it, as a demand, whoever the item names."""
    assert _got(text) == want


@pytest.mark.parametrize("text, want", [
    ("Kyiv has turned down the following proposals:\n\n1. Recognition of Crimea as part of Russia.\n\n"
     "2. A limit on the size of the Ukrainian army.\n\n3. Lifting of sanctions against Moscow.\n\n"
     "The talks will resume next week.\n",
     {("UKR", "territory.crimea", "reject"), ("UKR", "territory.recognition", "reject"), ("UKR", "military.limits", "reject"),
      ("UKR", "sanctions.relief", "reject")}),
    ("The European Union set out its position on Wednesday. Brussels's terms include:\n\n"
     "A complete withdrawal of Russian troops from Ukraine.\n\nSecurity guarantees for Kyiv.\n\n"
     "Brussels will discuss the plan again next month.\n",
     {("EU", "territory", "demand"), ("EU", "security.guarantees", "demand")}),
])
def test_numbered_items_and_short_blocks_without_a_subject_are_items(text, want):
    """Numbered items, and short blocks with no subject of their own that open in capitals, are the list's items; the
    lead-in's own taking up of "the proposals" is read from its items, not as a stance on the talks."""
    assert _got(text) == want


def test_a_lead_in_followed_by_no_items_keeps_its_own_stance():
    """ "X rejected the proposal, saying:" followed by a quotation: no list follows, so the rejection of the proposal
    stays a stance on the talks, and the quotation is read as the speaker's own words."""
    got = _got("Zelensky rejected the proposal, saying:\n\n“We will never give up Donetsk.”\n")
    assert got == {("UKR", "talks.process", "reject"), ("UKR", "territory.donetsk", "reject")}
