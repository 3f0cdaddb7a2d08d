"""Positions over time and shift detection."""
from __future__ import annotations

import datetime as dt
import json

from zopa.analysis.timeline import detect_shifts, position_timeline, shifts_to_dict, timeline_to_dict
from zopa.records import Statement


def st(issue, stance, value, when, n, actor="RUS", red_line=False):
    return Statement(doc_id=f"d{n}", actor=actor, issue=issue, stance=stance, start=0, end=1, quote="q",
                     value=value, red_line=red_line, event_date=when, confidence=0.9, id=f"s{n}")


def russia_2024_to_2026():
    return [st("territory.zaporizhzhia", "demand", 100, dt.date(2024, 6, 14), 1, red_line=True),
            st("territory.kherson", "demand", 100, dt.date(2024, 6, 14), 2, red_line=True),
            st("territory.zaporizhzhia", "offer", 40, dt.date(2026, 1, 23), 3),
            st("territory.kherson", "offer", 40, dt.date(2026, 1, 23), 4),
            st("territory.zaporizhzhia", "demand", 0, dt.date(2025, 1, 1), 5, actor="UKR")]


def test_timeline_has_a_point_per_date_with_new_evidence(codebook):
    tl = position_timeline(russia_2024_to_2026(), codebook)
    pts = tl["territory.zaporizhzhia"]["RUS"]
    assert [p.date for p in pts] == [dt.date(2024, 6, 14), dt.date(2026, 1, 23)]
    assert (pts[0].ideal, pts[0].reservation, pts[0].red_line) == (100, 100, True)
    assert (pts[1].ideal, pts[1].reservation) == (100, 40)
    assert pts[1].statements == ("s3",) and set(pts[1].evidence) == {"s1", "s3"}
    assert [p.date for p in tl["territory.zaporizhzhia"]["UKR"]] == [dt.date(2025, 1, 1)]


def test_shift_from_all_of_the_regions_to_a_freeze_on_the_line(codebook):
    shifts = detect_shifts(position_timeline(russia_2024_to_2026(), codebook), min_move=10)
    moved = {(s.issue, s.measure): s for s in shifts if s.actor == "RUS"}
    assert set(moved) == {("territory.zaporizhzhia", "reservation"), ("territory.kherson", "reservation")}
    z = moved[("territory.zaporizhzhia", "reservation")]
    assert (z.date, z.from_value, z.to_value, z.before, z.after) == (dt.date(2026, 1, 23), 100, 40, ("s1",), ("s3",))
    assert not [s for s in shifts if s.actor == "UKR"]


def test_small_moves_are_not_shifts(codebook):
    sts = [st("alignment.nato", "demand", 100, dt.date(2025, 1, 1), 1),
           st("alignment.nato", "demand", 95, dt.date(2025, 1, 2), 2)]
    assert detect_shifts(position_timeline(sts, codebook), min_move=10) == []


def test_dict_helpers_are_json_ready(codebook):
    tl = position_timeline(russia_2024_to_2026(), codebook)
    d = timeline_to_dict(tl)
    assert d["territory.kherson"]["RUS"][0] == {"date": "2024-06-14", "ideal": 100.0, "reservation": 100.0,
                                                "red_line": True, "confidence": d["territory.kherson"]["RUS"][0]["confidence"],
                                                "statements": ["s2"]}
    s = shifts_to_dict(detect_shifts(tl))
    assert {"actor", "issue", "date", "from", "to", "before", "after"} <= set(s[0])
    json.dumps({"timeline": d, "shifts": s})
