"""ZOPA and gap per issue."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bargain_helpers import pos
from zopa.analysis.gaps import gaps, issue_gap, overlap

scale = st.floats(0, 100, allow_nan=False)


@given(scale, scale, scale, scale)
def test_zopa_empty_exactly_when_reservations_cross(ukr_ideal, ukr_res, rus_ideal, rus_res):
    # Ukraine's ideal sits at or below its reservation, Russia's at or above.
    ukr_ideal, ukr_res = sorted((ukr_ideal, ukr_res))
    rus_res, rus_ideal = sorted((rus_res, rus_ideal))
    if ukr_ideal > rus_ideal:
        return
    g = issue_gap("x", {"UKR": pos("UKR", "x", ukr_ideal, ukr_res), "RUS": pos("RUS", "x", rus_ideal, rus_res)},
                  ["RUS", "UKR"])
    assert (g.zopa is None) == (ukr_res < rus_res)
    if g.zopa is None:
        assert g.gap == rus_res - ukr_res > 0
    else:
        assert g.zopa == (max(ukr_ideal, rus_res), min(ukr_res, rus_ideal)) and g.gap == 0


@given(st.lists(st.tuples(scale, scale).map(sorted), min_size=2, max_size=5))
def test_zopa_is_inside_every_range_and_gap_is_their_distance(ranges):
    zopa, gap = overlap(ranges)
    if zopa is not None:
        assert gap == 0 and all(lo <= zopa[0] <= zopa[1] <= hi for lo, hi in ranges)
    else:
        assert gap > 0
        assert gap == max(lo for lo, _ in ranges) - min(hi for _, hi in ranges)


def test_ranges_that_touch_have_a_one_point_zopa():
    g = issue_gap("x", {"UKR": pos("UKR", "x", 0, 40), "RUS": pos("RUS", "x", 100, 40)}, ["RUS", "UKR"])
    assert g.zopa == (40.0, 40.0) and g.gap == 0


def test_issue_with_a_principal_missing_has_no_zopa_and_no_gap():
    g = issue_gap("x", {"UKR": pos("UKR", "x", 0, 40)}, ["RUS", "UKR"])
    assert g.zopa is None and g.gap is None and g.missing == ("RUS",) and not g.known


def test_gaps_uses_only_principals_positions():
    latest = {("RUS", "x"): pos("RUS", "x", 100, 60), ("UKR", "x"): pos("UKR", "x", 0, 30),
              ("USA", "x"): pos("USA", "x", 50, 50)}
    (g,) = gaps(latest, ["x"], ["RUS", "UKR"])
    assert g.gap == 30 and set(g.positions) == {"RUS", "UKR"}
