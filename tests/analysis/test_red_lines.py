"""A red line bounds a side's range towards the other side only."""
from __future__ import annotations

import pytest

from zopa.analysis.space import crosses_red_line
from zopa.records import Position


@pytest.mark.parametrize(
    ("ideal", "reservation", "value", "crosses"),
    [
        (100, 70, 60, True),    # high-pole side: below its red line crosses
        (100, 70, 80, False),
        (100, 70, 100, False),
        (0, 40, 50, True),      # low-pole side: above its red line crosses
        (0, 40, 0, False),
        (95, 95, 100, False),   # point range: an outcome better than the ideal crosses nothing
        (95, 95, 90, True),
        (5, 5, 0, False),
        (5, 5, 10, True),
    ],
)
def test_red_line_is_one_sided(ideal, reservation, value, crosses):
    p = Position("X", "i", ideal=ideal, reservation=reservation, red_line=True)
    assert crosses_red_line(p, value) is crosses


def test_no_red_line_never_crosses():
    assert not crosses_red_line(Position("X", "i", ideal=100, reservation=70), 0)
