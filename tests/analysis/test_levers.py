"""Levers: the smallest move opens a ZOPA or a package; anything less does not."""
from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bargain_helpers import pos
from zopa.analysis.gaps import gaps, issue_gap
from zopa.analysis.levers import agreement_exists, package_levers, zopa_levers
from zopa.analysis.space import build_space, latest_positions, with_position

ISSUES = ("territory.donetsk", "alignment.nato", "sanctions.relief")


@given(st.floats(0, 100), st.floats(0, 100))
def test_issue_lever_moves_a_reservation_just_enough(ukr_res, rus_res):
    g = issue_gap("x", {"UKR": pos("UKR", "x", 0, ukr_res), "RUS": pos("RUS", "x", 100, rus_res)}, ["RUS", "UKR"])
    found = zopa_levers([g])
    if g.zopa is not None:
        assert found == ()
        return
    assert {v.actor for v in found} == {"RUS", "UKR"}
    for lever in found:
        moved = dict(g.positions)
        moved[lever.actor] = dataclasses.replace(moved[lever.actor], reservation=lever.to_value)
        assert issue_gap("x", moved, ["RUS", "UKR"]).zopa is not None
        assert lever.move == pytest.approx(g.gap) and lever.opens == "zopa"


def test_red_line_reservation_gives_a_red_line_lever():
    g = issue_gap("x", {"UKR": pos("UKR", "x", 0, 30, red_line=True), "RUS": pos("RUS", "x", 100, 60)},
                  ["RUS", "UKR"])
    kinds = {v.actor: v.kind for v in zopa_levers([g])}
    assert kinds == {"UKR": "red_line", "RUS": "reservation"}


def _deadlock(codebook):
    positions = [pos("RUS", "territory.donetsk", 100, 70, red_line=True, salience=1.0),
                 pos("UKR", "territory.donetsk", 0, 40, red_line=True, salience=1.0),
                 pos("RUS", "alignment.nato", 100, 50, salience=0.5),
                 pos("UKR", "alignment.nato", 0, 50, salience=0.5),
                 pos("RUS", "sanctions.relief", 100, 50, salience=0.5),
                 pos("UKR", "sanctions.relief", 0, 50, salience=0.5)]
    return build_space(positions, codebook, issues=ISSUES)


def test_package_levers_open_a_package_and_no_smaller_move_does(codebook):
    space = _deadlock(codebook)
    assert not agreement_exists(space)
    found = [v for v in package_levers(space) if v.kind != "batna"]
    assert found, "a red-line move must open a package"
    for lever in found:
        p = space.positions[(lever.actor, lever.issue)]
        assert agreement_exists(with_position(space, dataclasses.replace(p, reservation=lever.to_value)))
        step = 1.0 if lever.to_value > lever.from_value else -1.0
        less = dataclasses.replace(p, reservation=lever.to_value - step)
        assert not agreement_exists(with_position(space, less))
    assert {(v.actor, v.issue, v.to_value) for v in found} >= {("UKR", "territory.donetsk", 70.0),
                                                               ("RUS", "territory.donetsk", 40.0)}


def test_batna_lever_lowers_no_deal_utility_to_the_best_reachable(codebook):
    positions = [pos("RUS", "alignment.nato", 100, 50), pos("UKR", "alignment.nato", 0, 50)]
    space = build_space(positions, codebook, issues=["alignment.nato"], batna={"RUS": 0.9, "UKR": 0.3},
                        grid=11)
    (lever,) = [v for v in package_levers(space) if v.actor == "RUS" and v.kind == "batna"]
    assert lever.from_value == pytest.approx(0.9)
    # UKR needs at least 0.3, i.e. an outcome at most 70 (on the grid): RUS then gets 0.7.
    assert lever.to_value == pytest.approx(0.7) and lever.opens == "package"


def test_no_package_levers_when_a_deal_already_exists(codebook):
    positions = [pos("RUS", "alignment.nato", 100, 40), pos("UKR", "alignment.nato", 0, 60)]
    space = build_space(positions, codebook, issues=["alignment.nato"])
    assert agreement_exists(space) and package_levers(space) == ()
    assert zopa_levers(gaps(latest_positions(positions), ["alignment.nato"], ["RUS", "UKR"])) == ()
