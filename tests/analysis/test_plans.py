"""Plan files and plan scores."""
from __future__ import annotations

import pytest

from bargain_helpers import pos
from zopa.analysis.plans import Plan, load_plans, score_plan
from zopa.analysis.space import build_space, latest_positions
from zopa.errors import ScenarioError

EXPECTED = {"ukr-peace-formula-2022", "rus-conditions-2024-06", "us-28-point-2025-11", "ukr-20-point-2025-12"}


def test_bundled_plans_load_against_the_codebook_with_sources_and_notes(codebook):
    plans = {p.id: p for p in load_plans(codebook=codebook)}
    assert EXPECTED <= set(plans)
    for p in plans.values():
        assert p.title and p.date and p.source and p.values
        assert set(p.notes) == set(p.values), f"{p.id}: every value needs a note"
        assert set(p.values) <= set(codebook.issue_ids)
    assert plans["rus-conditions-2024-06"].values["territory.donetsk"] == 100
    assert plans["rus-conditions-2024-06"].values["alignment.nato"] == 100
    assert plans["ukr-peace-formula-2022"].values["territory.crimea"] == 0


def test_unknown_issue_is_named_with_file_and_plan(tmp_path, codebook):
    f = tmp_path / "plans.yaml"
    f.write_text("plans:\n  - {id: p1, title: T, source: S, values: {territory.mars: 10}}\n")
    with pytest.raises(ScenarioError) as err:
        load_plans(f, codebook)
    assert str(f) in str(err.value) and "plans[p1].values.territory.mars" in str(err.value)


def test_out_of_range_value_and_missing_field_are_reported(tmp_path, codebook):
    f = tmp_path / "plans.yaml"
    f.write_text("plans:\n  - {id: p1, title: T, source: S, values: {alignment.nato: {value: 120}}}\n")
    with pytest.raises(ScenarioError, match="alignment.nato: expected a number from 0 to 100"):
        load_plans(f, codebook)
    f.write_text("plans:\n  - {id: p1, title: T, values: {alignment.nato: 10}}\n")
    with pytest.raises(ScenarioError, match=r"plans\[p1\].source: required field is missing"):
        load_plans(f, codebook)


def test_malformed_yaml_names_the_line(tmp_path, codebook):
    f = tmp_path / "plans.yaml"
    f.write_text("plans:\n  - {id: p1\n")
    with pytest.raises(ScenarioError, match="malformed YAML at line"):
        load_plans(f, codebook)


def test_score_gives_utilities_red_lines_and_distance(codebook):
    positions = [pos("RUS", "alignment.nato", 100, 50, salience=1.0),
                 pos("UKR", "alignment.nato", 0, 50, salience=1.0),
                 pos("RUS", "sanctions.relief", 100, 60, red_line=True, salience=1.0),
                 pos("UKR", "sanctions.relief", 0, 40, salience=1.0)]
    space = build_space(positions, codebook)
    plan = Plan("p", "P", "2025-01-01", "test", {"alignment.nato": 100, "sanctions.relief": 50, "territory": 0})
    s = score_plan(plan, space, latest_positions(positions), {"alignment.nato": 50, "sanctions.relief": 50})
    assert s.utilities["RUS"] == pytest.approx((1.0 + 0.5) / 2)
    assert s.utilities["UKR"] == pytest.approx((0.0 + 0.5) / 2)
    assert s.red_lines_crossed == {"RUS": ("sanctions.relief",), "UKR": ()}
    assert s.distance_to_nash == pytest.approx(25.0)
    assert s.issues_scored == ("alignment.nato", "sanctions.relief")
