"""Leave-one-out influence equals re-running the aggregation without the statement (and its claim's repeats)."""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zopa.analysis.influence import MISSING, statement_influence
from zopa.analysis.positions import aggregate_positions
from zopa.records import Statement

ISSUES = ("territory.donetsk", "territory.crimea", "sanctions.relief")
PRINCIPALS = ("UKR", "RUS")


def _statement(k: int, actor: str, issue: str, stance: str, value: float | None, red: bool) -> Statement:
    return Statement(doc_id="d", actor=actor, issue=issue, stance=stance, start=k, end=k + 1, quote="x",
                     value=value, red_line=red, confidence=0.5 + (k % 5) / 10, id=f"s{k}")


@st.composite
def statement_sets(draw, max_size: int = 14) -> list[Statement]:
    rows = draw(st.lists(st.tuples(
        st.sampled_from(("UKR", "RUS", "USA")), st.sampled_from(ISSUES),
        st.sampled_from(("demand", "offer", "accept", "reject")),
        st.one_of(st.none(), st.sampled_from((0.0, 20.0, 40.0, 60.0, 80.0, 100.0))), st.booleans()),
        min_size=1, max_size=max_size))
    out = []
    for k, (actor, issue, stance, value, red) in enumerate(rows):
        if actor == "USA":   # a third party that always sits on the low side (sides are held fixed)
            stance, value = "demand", min(value or 0.0, 40.0)
        out.append(_statement(k, actor, issue, stance, value, red and stance == "demand"))
    return out


def _claim(s: Statement) -> tuple[object, ...]:
    return (s.actor, s.issue, s.stance, s.value, s.red_line)


def _signed_gap(positions: dict, issue: str) -> float | None:
    if not all((p, issue) in positions for p in PRINCIPALS):
        return None
    ranges = [positions[(p, issue)].acceptable for p in PRINCIPALS]
    return max(lo for lo, _ in ranges) - min(hi for _, hi in ranges)


def _compromise(positions: dict, issue: str, salience: dict) -> float | None:
    actors = [a for (a, i) in positions if i == issue]
    if len(actors) < 2:
        return None
    w = np.array([salience[(a, issue)] for a in actors])
    return float((w * np.array([positions[(a, issue)].ideal for a in actors])).sum() / w.sum())


def _brute(statements: list[Statement], codebook, s: Statement) -> tuple[float, float, float]:
    full = {(p.actor, p.issue): p for p in aggregate_positions(statements, codebook)}
    salience = {k: p.salience for k, p in full.items()}
    rest = [t for t in statements if _claim(t) != _claim(s)]
    without = {(p.actor, p.issue): p for p in aggregate_positions(rest, codebook)}
    key = (s.actor, s.issue)
    if key not in full:          # an actor with no side has no position: nothing moves
        return 0.0, 0.0, 0.0
    before, after = full[key], without.get(key)
    if s.actor not in PRINCIPALS:
        position = 0.0
    else:
        position = MISSING if after is None else (abs(after.ideal - before.ideal)
                                                  + abs(after.reservation - before.reservation))
    g0, g1 = _signed_gap(full, s.issue), _signed_gap(without, s.issue)
    gap = 0.0 if g0 is None or s.actor not in PRINCIPALS else MISSING if g1 is None else abs(g1 - g0)
    f0 = _compromise(full, s.issue, salience)
    kept = {k: v for k, v in without.items() if k[0] != s.actor or k == key}
    f1 = _compromise(kept, s.issue, salience)
    forecast = 0.0 if f0 is None else MISSING if f1 is None else abs(f1 - f0)
    return position, gap, forecast


@settings(max_examples=80, deadline=None)
@given(statement_sets())
def test_influence_equals_rerunning_the_aggregation_without_the_claim(codebook, statements):
    inf = statement_influence(statements, codebook).as_dict()
    for s in statements:
        assert inf[s.id] == pytest.approx(_brute(statements, codebook, s), rel=1e-3, abs=1e-3), s


def test_a_wrong_claim_made_twice_does_not_hide_behind_its_repeat(codebook):
    sts = [_statement(0, "UKR", "territory.donetsk", "demand", 0.0, False),
           _statement(1, "RUS", "territory.donetsk", "demand", 100.0, False),
           _statement(2, "RUS", "territory.donetsk", "offer", 40.0, False),
           _statement(3, "RUS", "territory.donetsk", "offer", 40.0, False)]
    inf = statement_influence(sts, codebook)
    offers = inf.position[2:]
    assert np.all(offers > 0) and offers[0] == offers[1]


def test_cache_gives_the_same_result_and_is_reused(codebook):
    sts = [_statement(k, a, "territory.donetsk", "demand", v, False)
           for k, (a, v) in enumerate((("UKR", 0.0), ("RUS", 100.0), ("RUS", 80.0)))]
    cache: dict = {}
    first = statement_influence(sts, codebook, cache=cache)
    n = len(cache)
    again = statement_influence(sts, codebook, cache=cache)
    assert n == len(cache) > 0
    assert np.array_equal(first.total, again.total)
