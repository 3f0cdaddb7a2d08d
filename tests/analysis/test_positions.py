"""Aggregation rules: statements → positions, on small hand-made statements."""
from __future__ import annotations

import datetime as dt

import pytest

from zopa.analysis.positions import AggregationRules, actor_sides, aggregate_positions
from zopa.analysis.scenario import load_scenario
from zopa.records import Document, Statement

D = dt.date


def st(actor: str, issue: str, stance: str, value: float | None = None, *, when: dt.date | None = D(2025, 6, 1),
       red_line: bool = False, hedged: bool = False, target: str | None = None, n: int = 0,
       doc: str = "d1", confidence: float = 0.8) -> Statement:
    return Statement(doc_id=doc, actor=actor, issue=issue, stance=stance, start=n, end=n + 1, quote=f"q{n}",
                     value=value, red_line=red_line, hedged=hedged, target=target, event_date=when,
                     confidence=confidence, id=f"{actor}-{issue}-{stance}-{n}")


def pos(positions, actor, issue):
    found = [p for p in positions if p.actor == actor and p.issue == issue]
    assert len(found) == 1, f"expected one position for {actor} {issue}, got {found}"
    return found[0]


def test_demand_sets_the_ideal_and_the_range_starts_there(codebook):
    p = pos(aggregate_positions([st("RUS", "territory.donetsk", "demand", 100)], codebook), "RUS", "territory.donetsk")
    assert (p.ideal, p.reservation, p.red_line) == (100, 100, False)
    assert p.statements == ("RUS-territory.donetsk-demand-0",)


def test_offer_widens_the_range_toward_the_other_side(codebook):
    sts = [st("RUS", "territory.zaporizhzhia", "demand", 100, n=1),
           st("RUS", "territory.zaporizhzhia", "offer", 40, n=2)]
    p = pos(aggregate_positions(sts, codebook), "RUS", "territory.zaporizhzhia")
    assert p.ideal == 100 and p.reservation == 40
    assert p.acceptable == (40, 100)


def test_acceptance_widens_for_the_low_side_too(codebook):
    sts = [st("UKR", "territory.donetsk", "demand", 0, n=1), st("UKR", "territory.donetsk", "accept", 40, n=2)]
    p = pos(aggregate_positions(sts, codebook), "UKR", "territory.donetsk")
    assert (p.ideal, p.reservation) == (0, 40)


def test_red_line_bounds_the_range(codebook):
    # An older offer of 40 is withdrawn by a later red line at 100.
    sts = [st("RUS", "territory.donetsk", "offer", 40, when=D(2025, 1, 1), n=1),
           st("RUS", "territory.donetsk", "demand", 100, red_line=True, when=D(2025, 6, 1), n=2)]
    p = pos(aggregate_positions(sts, codebook), "RUS", "territory.donetsk")
    assert (p.ideal, p.reservation, p.red_line) == (100, 100, True)


def test_offer_after_a_red_line_means_the_actor_moved(codebook):
    sts = [st("RUS", "territory.donetsk", "demand", 100, red_line=True, when=D(2025, 1, 1), n=1),
           st("RUS", "territory.donetsk", "offer", 70, when=D(2025, 6, 1), n=2)]
    p = pos(aggregate_positions(sts, codebook), "RUS", "territory.donetsk")
    assert p.reservation == 70 and not p.red_line


def test_rejected_value_lies_outside_the_range(codebook):
    sts = [st("UKR", "territory.donetsk", "demand", 0, n=1), st("UKR", "territory.donetsk", "offer", 100, n=2,
                                                                 when=D(2025, 1, 1)),
           st("UKR", "territory.donetsk", "reject", 100, red_line=True, n=3)]
    p = pos(aggregate_positions(sts, codebook), "UKR", "territory.donetsk")
    lo, hi = p.acceptable
    assert hi < 100 and p.reservation == 100 - AggregationRules().reject_margin
    assert p.red_line


def test_recency_newer_demands_weigh_more(codebook):
    old = st("RUS", "territory.kherson", "demand", 100, when=D(2024, 6, 1), n=1)
    new = st("RUS", "territory.kherson", "demand", 40, when=D(2026, 1, 1), n=2)
    p = pos(aggregate_positions([old, new], codebook), "RUS", "territory.kherson")
    assert 40 < p.ideal < 55  # the 2024 demand is three half-lives older: weight 1/8 of the new one
    w_old = 0.5 ** ((D(2026, 1, 1) - D(2024, 6, 1)).days / 180)
    assert p.ideal == pytest.approx((100 * w_old + 40) / (w_old + 1), abs=1e-3)


def test_as_of_ignores_later_statements(codebook):
    old = st("RUS", "territory.kherson", "demand", 100, when=D(2024, 6, 1), n=1)
    new = st("RUS", "territory.kherson", "demand", 40, when=D(2026, 1, 1), n=2)
    p = pos(aggregate_positions([old, new], codebook, as_of=D(2025, 1, 1)), "RUS", "territory.kherson")
    assert p.ideal == 100 and p.statements == (old.id,)


def test_hedged_statements_weigh_less_and_lower_confidence(codebook):
    firm = st("RUS", "territory.kherson", "demand", 100, n=1)
    hedged = st("RUS", "territory.kherson", "demand", 40, hedged=True, n=2)
    p = pos(aggregate_positions([firm, hedged], codebook), "RUS", "territory.kherson")
    assert p.ideal == pytest.approx((100 * 1 + 40 * 0.5) / 1.5)
    unhedged = st("RUS", "territory.kherson", "demand", 40, n=2)
    p2 = pos(aggregate_positions([firm, unhedged], codebook), "RUS", "territory.kherson")
    assert p.confidence < p2.confidence


def test_statement_without_value_takes_the_actors_pole(codebook):
    sts = [st("UKR", "security.guarantees", "demand", None), st("RUS", "security.guarantees", "demand", None)]
    ps = aggregate_positions(sts, codebook)
    assert pos(ps, "UKR", "security.guarantees").ideal == 0
    assert pos(ps, "RUS", "security.guarantees").ideal == 100


def test_sides_follow_the_evidence_when_no_pole_names_the_actor(codebook):
    sts = [st("USA", "territory.donetsk", "demand", 80), st("EU", "territory", "reject", 100)]
    sides = actor_sides(sts, codebook)
    assert sides["USA"] == "high" and sides["EU"] == "low"
    assert sides["UKR"] == "low" and sides["RUS"] == "high"


def test_pressure_is_nobodys_position_and_support_is_the_supporters(codebook):
    sts = [st("UKR", "territory.donetsk", "demand", 0, n=1),
           st("USA", "territory.donetsk", "pressure", 70, target="UKR", n=2),
           st("EU", "territory.donetsk", "support", None, target="UKR", n=3)]
    ps = aggregate_positions(sts, codebook)
    assert pos(ps, "UKR", "territory.donetsk").ideal == 0
    assert pos(ps, "UKR", "territory.donetsk").statements == ("UKR-territory.donetsk-demand-1",)
    assert not [p for p in ps if p.actor == "USA"]
    assert pos(ps, "EU", "territory.donetsk").ideal == 0


def test_parent_issue_informs_children_without_their_own_evidence(codebook):
    sts = [st("RUS", "territory", "demand", 100, n=1), st("RUS", "territory.crimea", "demand", 50, n=2)]
    ps = aggregate_positions(sts, codebook)
    assert pos(ps, "RUS", "territory.crimea").ideal == 50
    assert pos(ps, "RUS", "territory.crimea").statements == ("RUS-territory.crimea-demand-2",)
    donetsk = pos(ps, "RUS", "territory.donetsk")
    assert donetsk.ideal == 100 and donetsk.statements == ("RUS-territory-demand-1",)
    assert donetsk.confidence < pos(ps, "RUS", "territory").confidence


def test_salience_follows_how_often_and_firmly_the_actor_speaks(codebook):
    sts = [st("RUS", "alignment.nato", "demand", 100, red_line=True, n=1),
           st("RUS", "alignment.nato", "demand", 100, n=2),
           st("RUS", "sanctions.relief", "demand", 100, hedged=True, n=3)]
    ps = aggregate_positions(sts, codebook)
    assert pos(ps, "RUS", "alignment.nato").salience == 1.0
    assert pos(ps, "RUS", "sanctions.relief").salience == pytest.approx(0.5 / 3, abs=1e-4)


def test_document_date_stands_in_for_a_missing_event_date(codebook):
    doc = Document(id="d2", content_hash="x", text="", raw_text="", published=D(2026, 1, 1))
    a = st("RUS", "territory.kherson", "demand", 100, when=D(2024, 6, 1), n=1)
    b = st("RUS", "territory.kherson", "demand", 40, when=None, doc="d2", n=2)
    p = pos(aggregate_positions([a, b], codebook, documents={"d2": doc}), "RUS", "territory.kherson")
    assert p.date == D(2026, 1, 1) and p.ideal < 55


def test_scenario_overrides_and_adds_positions(codebook, tmp_path):
    f = tmp_path / "s.yaml"
    f.write_text("as_of: 2025-07-01\npositions:\n  RUS:\n    territory.donetsk: {reservation: 70}\n"
                 "  UKR:\n    territory.crimea: {ideal: 10, salience: 0.4}\n", encoding="utf-8")
    sc = load_scenario(f, codebook)
    ps = aggregate_positions([st("RUS", "territory.donetsk", "demand", 100)], codebook, scenario=sc)
    rus = pos(ps, "RUS", "territory.donetsk")
    assert (rus.ideal, rus.reservation, rus.source) == (100, 70, "scenario")
    ukr = pos(ps, "UKR", "territory.crimea")
    assert (ukr.ideal, ukr.reservation, ukr.salience, ukr.date) == (10, 10, 0.4, D(2025, 7, 1))
