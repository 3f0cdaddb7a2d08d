"""Scenario files: loading, validation errors that name the file and the field."""
from __future__ import annotations

import datetime as dt
from importlib import resources

import pytest

from zopa.analysis.positions import aggregate_positions
from zopa.analysis.scenario import load_scenario
from zopa.errors import ScenarioError


def write(tmp_path, text: str):
    f = tmp_path / "what-if.yaml"
    f.write_text(text, encoding="utf-8")
    return f


def test_bundled_example_works_without_any_documents(codebook):
    path = resources.files("zopa") / "scenarios" / "example.yaml"
    sc = load_scenario(str(path), codebook)
    assert sc.as_of == dt.date(2026, 2, 1) and sc.principals == ("RUS", "UKR")
    assert sc.batna["RUS"] == 0.4 and sc.capabilities["UKR"] == 0.3
    ps = aggregate_positions([], codebook, scenario=sc)
    rus = next(p for p in ps if p.actor == "RUS" and p.issue == "territory.donetsk")
    assert (rus.ideal, rus.reservation, rus.red_line, rus.source) == (100, 70, True, "scenario")
    assert {p.actor for p in ps} >= {"RUS", "UKR"}


def test_malformed_yaml_names_the_file_and_line(codebook, tmp_path):
    f = write(tmp_path, "positions:\n  RUS: {territory.donetsk: [1, 2\n")
    with pytest.raises(ScenarioError) as e:
        load_scenario(f, codebook)
    assert str(f) in str(e.value) and "malformed YAML" in str(e.value) and "line" in str(e.value)


def test_unknown_issue_names_the_field(codebook, tmp_path):
    f = write(tmp_path, "positions:\n  RUS:\n    territory.atlantis: {ideal: 100}\n")
    with pytest.raises(ScenarioError) as e:
        load_scenario(f, codebook)
    assert str(f) in str(e.value) and "positions.RUS.territory.atlantis" in str(e.value)


def test_unknown_actor_names_the_field(codebook, tmp_path):
    f = write(tmp_path, "batna: {XYZ: 0.2}\n")
    with pytest.raises(ScenarioError, match="batna.XYZ: unknown actor"):
        load_scenario(f, codebook)


def test_value_out_of_range_names_the_field(codebook, tmp_path):
    f = write(tmp_path, "positions:\n  UKR:\n    territory.crimea: {ideal: 140}\n")
    with pytest.raises(ScenarioError) as e:
        load_scenario(f, codebook)
    assert str(f) in str(e.value) and "positions.UKR.territory.crimea.ideal" in str(e.value)
    assert "140" in str(e.value)


def test_batna_out_of_range_and_unknown_field(codebook, tmp_path):
    with pytest.raises(ScenarioError, match="batna.RUS: value 1.5 out of range"):
        load_scenario(write(tmp_path, "batna: {RUS: 1.5}\n"), codebook)
    with pytest.raises(ScenarioError, match="capabilty: unknown field"):
        load_scenario(write(tmp_path, "capabilty: {RUS: 1}\n"), codebook)


def test_missing_file_names_it(codebook, tmp_path):
    with pytest.raises(ScenarioError, match="nope.yaml: file not found"):
        load_scenario(tmp_path / "nope.yaml", codebook)
