"""Codebook loading and validation: the bundled one loads, malformed ones are named precisely."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from zopa.codebook import load_codebook
from zopa.errors import CodebookError

BUNDLED = Path(__file__).resolve().parents[2] / "src" / "zopa" / "codebooks" / "russia-ukraine.yaml"


def _write(tmp_path: Path, data: object, name: str = "cb.yaml") -> Path:
    p = tmp_path / name
    p.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return p


def _bundled_data() -> dict:
    return yaml.safe_load(BUNDLED.read_text(encoding="utf-8"))


def test_bundled_codebook_has_contract_ids(codebook):
    assert codebook.principals == ("RUS", "UKR")
    for issue in ("territory.donetsk", "territory.luhansk", "territory.zaporizhzhia", "territory.kherson",
                  "territory.crimea", "security.guarantees", "security.foreign_troops", "alignment.nato",
                  "ceasefire.energy", "sanctions.relief", "assets.frozen", "talks.process"):
        assert issue in codebook.issue_ids
    assert set(codebook.stances) == {"demand", "offer", "accept", "reject", "condition", "open", "pressure", "support"}
    assert codebook.children("territory")[:2] == ("territory.donetsk", "territory.luhansk")


def test_anchor_label_with_unquoted_comma_is_rejoined(codebook):
    labels = [a.label for a in codebook.issue("territory.donetsk").anchors]
    assert labels[0] == "Russian withdrawal, full Ukrainian control restored"
    assert [a.value for a in codebook.issue("territory.donetsk").anchors] == [0, 40, 70, 100]


def test_other_negotiation_codebook_loads(tmp_path):
    data = {
        "name": "aceh", "principals": ["GOI", "GAM"],
        "actors": [{"id": "GOI", "name": "Indonesia"}, {"id": "GAM", "name": "Free Aceh Movement"}],
        "stances": {s: s for s in ("demand", "offer", "accept", "reject", "condition", "open", "pressure", "support")},
        "issues": [{"id": "autonomy", "label": "Self-government",
                    "anchors": [{"value": 100, "label": "independence"}, {"value": 0, "label": "none"}]}],
    }
    cb = load_codebook(_write(tmp_path, data))
    assert cb.name == "aceh" and cb.issue("autonomy").anchors[0].value == 0


@pytest.mark.parametrize(
    ("mutate", "field", "expected"),
    [
        (lambda d: d.pop("principals"), "principals", "required field is missing"),
        (lambda d: d["issues"][0].__setitem__("anchors", [{"value": 140, "label": "x"}]),
         "issues[territory].anchors[0].value", "less than or equal to 100"),
        (lambda d: d["actors"][0].pop("name"), "actors[RUS].name", "required field is missing"),
        (lambda d: d["issues"][1].__setitem__("parent", "nowhere"), "issues.territory.donetsk.parent", "not an issue id"),
        (lambda d: d["stances"].pop("offer"), "stances", "missing stance type"),
        (lambda d: d.__setitem__("principals", ["RUS", "XXX"]), "principals", "not an actor id"),
        (lambda d: d["issues"][0].__setitem__("colour", "red"), "issues[territory].colour", "unknown field"),
    ],
)
def test_malformed_codebook_names_file_field_and_expectation(tmp_path, mutate, field, expected):
    data = _bundled_data()
    mutate(data)
    path = _write(tmp_path, data)
    with pytest.raises(CodebookError) as info:
        load_codebook(path)
    text = str(info.value)
    assert str(path) in text
    assert field in text
    assert expected in text


def test_malformed_yaml_gives_line(tmp_path):
    p = tmp_path / "bad.yaml"
    p.write_text("name: x\nactors: [\n  {id: A\n", encoding="utf-8")
    with pytest.raises(CodebookError, match=r"bad\.yaml: malformed YAML at line \d+"):
        load_codebook(p)


def test_non_utf8_and_missing_file(tmp_path):
    p = tmp_path / "latin.yaml"
    p.write_bytes("name: caf\xe9\n".encode("latin-1"))
    with pytest.raises(CodebookError, match="not UTF-8"):
        load_codebook(p)
    with pytest.raises(CodebookError, match="file not found"):
        load_codebook(tmp_path / "absent.yaml")


def test_cli_validate_exit_codes(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: x\n", encoding="utf-8")
    ok = subprocess.run([sys.executable, "-m", "zopa", "codebook", "validate"], capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    assert re.search(r"\d+ actors, \d+ issues", ok.stdout)
    res = subprocess.run([sys.executable, "-m", "zopa", "codebook", "validate", str(bad)],
                         capture_output=True, text=True)
    assert res.returncode == 3
    assert "bad.yaml" in res.stderr and "required field is missing" in res.stderr
    data = _bundled_data()
    data["issues"][0]["anchors"][0]["value"] = 300
    res = subprocess.run([sys.executable, "-m", "zopa", "codebook", "validate", str(_write(tmp_path, data, "range.yaml"))],
                         capture_output=True, text=True, env={**os.environ, "COLUMNS": "250"})
    assert res.returncode == 3 and f"issues[{data['issues'][0]['id']}].anchors[0].value" in res.stderr, res.stderr


def test_outcome_phrases_place_values_and_a_codebook_without_them_uses_the_anchor_labels(tmp_path):
    from zopa.extract.values import ValuePlacer

    data = _bundled_data()
    issue = next(i for i in data["issues"] if i["id"] == "alignment.nato")
    bundled = ValuePlacer(load_codebook(BUNDLED))
    assert bundled.place("alignment.nato", "demand", "RUS", "Moscow wants Kyiv's permanent neutral status", None) == \
        next(o["value"] for o in issue["outcomes"] if "neutral" in o["text"])
    for i in data["issues"]:
        i.pop("outcomes", None)
    bare = ValuePlacer(load_codebook(_write(tmp_path, data)))
    label = issue["anchors"][0]["label"]
    assert bare.place("alignment.nato", "reject", "UKR", f"Kyiv rejects {label} outright", None) == \
        issue["anchors"][0]["value"]


def test_an_outcome_that_is_no_regular_expression_is_named(tmp_path):
    data = _bundled_data()
    data["issues"][0]["outcomes"] = [{"value": 0, "text": "unclosed (group"}]
    with pytest.raises(CodebookError, match=r"outcomes.*regular expression"):
        load_codebook(_write(tmp_path, data))
