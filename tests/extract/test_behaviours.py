"""Each extraction behaviour on small hand-written sentences: expected and forbidden statements."""
from __future__ import annotations

import datetime as dt

import pytest

from zopa.errors import InputError
from zopa.extract import EXTRACTOR_VERSION, extract_document

from .helpers import make_doc, triples


def run(text: str, codebook, **kw):
    return extract_document(make_doc(text, **kw), codebook)


def test_said_attribution_gives_the_speakers_side_and_name(codebook):
    out = run("Peskov said Russia is open to peace talks with Ukraine.", codebook)
    st = [s for s in out if s.issue == "talks.process"]
    assert ("RUS", "talks.process", "open") in triples(out)
    assert st[0].speaker == "Dmitry Peskov"
    assert ("UKR", "talks.process", "open") not in triples(out)


def test_according_to_and_in_view_attribution(codebook):
    out = run("Ceding land would, in Kyiv’s view, reward aggression.", codebook)
    assert ("UKR", "territory", "reject") in triples(out)


def test_title_resolves_to_the_person(codebook):
    out = run("The Kremlin spokesman insisted that sanctions must be lifted.", codebook)
    st = [s for s in out if s.issue == "sanctions.relief"]
    assert st and st[0].actor == "RUS" and st[0].speaker == "Dmitry Peskov"


def test_pronoun_carries_over_from_previous_sentence(codebook):
    text = ("Vladimir Putin held a meeting with officials on Monday. "
            "He is also unwilling to compromise on Ukraine's neutral status.")
    out = run(text, codebook)
    st = [s for s in out if s.issue == "alignment.nato"]
    assert st and st[0].actor == "RUS" and st[0].speaker == "Vladimir Putin"
    assert st[0].stance == "demand" and st[0].red_line and st[0].value == 100


def test_negation_turns_acceptance_into_rejection(codebook):
    out = run("The Kremlin will not accept the presence of European peacekeeping forces in Ukraine.", codebook)
    assert ("RUS", "security.foreign_troops", "reject") in triples(out)
    assert ("RUS", "security.foreign_troops", "accept") not in triples(out)
    st = next(s for s in out if s.stance == "reject")
    assert st.red_line and st.value == 0


def test_hedge_marks_reported_offer(codebook):
    out = run("Moscow might accept frozen contact lines in Kherson, sources say.", codebook)
    st = next(s for s in out if s.issue == "territory.kherson")
    assert (st.actor, st.stance, st.value, st.hedged) == ("RUS", "offer", 40, True)


def test_only_if_is_a_condition(codebook):
    out = run("Moscow is willing to discuss a ceasefire only if it can choose the peacekeepers.", codebook)
    assert ("RUS", "ceasefire.general", "condition") in triples(out)


def test_donbas_is_two_regions_and_four_regions_are_four(codebook):
    out = run("Moscow insists that Ukraine cede the Donbas.", codebook)
    assert {s.issue for s in out} >= {"territory.donetsk", "territory.luhansk"}
    out = run("Russia demands that Kyiv withdraw from the four regions.", codebook)
    assert {s.issue for s in out} >= {"territory.donetsk", "territory.luhansk",
                                      "territory.zaporizhzhia", "territory.kherson"}
    assert all(s.value == 100 for s in out if s.issue.startswith("territory."))


def test_third_party_pressure_has_a_target(codebook):
    out = run("Rubio noted that Ukraine would have to agree to territorial concessions.", codebook)
    st = next(s for s in out if s.stance == "pressure")
    assert (st.actor, st.issue, st.target) == ("USA", "territory", "UKR")
    assert ("UKR", "territory", "accept") not in triples(out)


def test_third_party_support_has_a_target(codebook):
    out = run("Britain and Poland issued statements reaffirming support for Ukrainian territorial integrity.", codebook)
    got = {(s.actor, s.stance, s.target, s.value) for s in out if s.issue == "territory"}
    assert got == {("GBR", "support", "UKR", 0), ("POL", "support", "UKR", 0)}


def test_joint_position_is_one_statement_per_actor(codebook):
    out = run("The US and Ukraine agreed a 30-day ceasefire proposal.", codebook)
    # one statement per actor; a third party's agreement is its own demand, a principal's is acceptance
    assert {("USA", "ceasefire.general", "demand"), ("UKR", "ceasefire.general", "accept")} <= triples(out)


def test_both_sides_of_one_sentence(codebook):
    out = run("Kyiv rejects the proposal to spend the assets on occupied areas and wants them used for reparations.",
              codebook)
    got = {(s.stance, s.value) for s in out if s.issue == "assets.frozen"}
    assert {("reject", 100), ("demand", 0)} <= got


def test_bullet_points_of_a_plan_belong_to_its_owner(codebook):
    text = ("The main points of the American peace plan:\n"
            "• Ukraine would write into its constitution that it will never join NATO.\n"
            "• Sanctions on Russia would be lifted in stages.\n")
    out = run(text, codebook)
    assert ("USA", "alignment.nato", "demand") in triples(out)
    assert next(s.value for s in out if s.issue == "sanctions.relief") == 50


def test_facts_and_author_opinions_give_nothing(codebook):
    text = ("Russian forces shelled Kharkiv overnight, killing three people. "
            "Accepting these terms would be risky for everyone.")
    assert run(text, codebook) == []


def test_relative_date_resolved_against_publication(codebook):
    text = "\"There is no point in a ceasefire without a settlement,\" Ushakov told reporters after Wednesday's meeting."
    out = run(text, codebook, published=dt.date(2026, 1, 23))
    assert out and out[0].event_date == dt.date(2026, 1, 21)
    out = run("Peskov said Russia is open to talks.", codebook, published=dt.date(2026, 1, 23))
    assert out[0].event_date == dt.date(2026, 1, 23)


def test_evidence_span_is_the_quote_and_version_is_set(codebook):
    doc = make_doc("Intro line.\nRussia rejects Western-backed security guarantees.")
    out = extract_document(doc, codebook)
    assert out
    for s in out:
        assert doc.text[s.start:s.end] == s.quote
        assert s.extractor_version == EXTRACTOR_VERSION and s.doc_id == doc.id


def test_extraction_is_deterministic(codebook, seeds_dir):
    doc = make_doc((seeds_dir / "001_0263ee405fb5399d.txt").read_text(encoding="utf-8"))
    assert extract_document(doc, codebook) == extract_document(doc, codebook)


def test_unknown_mode_is_an_input_error(codebook):
    with pytest.raises(InputError, match="unknown extraction mode"):
        extract_document(make_doc("Russia rejects talks."), codebook, mode="neural")
