"""End to end on the sample corpus: `zopa run`, then `zopa analyse --json` says what the seed articles say."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.fixture(scope="module")
def seed_run(tmp_path_factory, seeds_dir) -> tuple[Path, dict]:
    out = tmp_path_factory.mktemp("run")
    run = subprocess.run([sys.executable, "-m", "zopa", "run", str(seeds_dir), "--out", str(out), "--quiet"],
                         capture_output=True, text=True, env=_env(), timeout=600)
    assert run.returncode == 0, run.stderr
    assert "zopa.db" in run.stdout and "report.html" in run.stdout
    db = f"sqlite:///{out / 'zopa.db'}"
    analysed = subprocess.run([sys.executable, "-m", "zopa", "analyse", "--db", db, "--json"],
                              capture_output=True, text=True, env=_env(), timeout=600)
    assert analysed.returncode == 0, analysed.stderr
    return out, json.loads(analysed.stdout)


def _env() -> dict[str, str]:
    import os

    return {k: v for k, v in os.environ.items() if not k.startswith("ZOPA_")}


def _pos(result: dict, issue: str, actor: str) -> dict:
    return result["issues"][issue]["positions"][actor]


def test_run_leaves_database_and_report(seed_run):
    out, _ = seed_run
    assert (out / "zopa.db").stat().st_size > 0
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "Donetsk" in html and (out / "report.md").exists()


@pytest.mark.parametrize("issue", ["territory.donetsk", "territory.luhansk"])
def test_no_overlap_on_the_donbas(seed_run, issue):
    _, result = seed_run
    item = result["issues"][issue]
    assert item["zopa"] is None and item["gap"] > 0
    rus, ukr = _pos(result, issue, "RUS"), _pos(result, issue, "UKR")
    assert rus["red_line"] and rus["ideal"] == 100      # all of the Donbas
    assert ukr["ideal"] == 0                            # no withdrawal from land it holds


@pytest.mark.parametrize("issue", ["territory.zaporizhzhia", "territory.kherson"])
def test_russia_offers_to_freeze_the_line_in_the_south(seed_run, issue):
    _, result = seed_run
    rus = _pos(result, issue, "RUS")
    assert rus["ideal"] > rus["reservation"]
    assert rus["reservation"] == pytest.approx(40, abs=5)   # the codebook's "freeze along the current line"


@pytest.mark.parametrize("issue", ["security.guarantees", "assets.frozen"])
def test_opposed_positions(seed_run, issue):
    _, result = seed_run
    assert _pos(result, issue, "RUS")["ideal"] >= 50 > _pos(result, issue, "UKR")["ideal"]
    assert result["issues"][issue]["zopa"] is None


def test_russia_rejects_western_peacekeepers(seed_run):
    # "unwilling to compromise on ... the presence of Western peacekeeping forces" is a rejection of that presence
    _, result = seed_run
    assert _pos(result, "security.foreign_troops", "RUS")["ideal"] >= 50


def test_plans_and_levers_are_reported(seed_run):
    _, result = seed_run
    assert set(result["plans"]) == {"ukr-peace-formula-2022", "rus-conditions-2024-06", "us-28-point-2025-11",
                                    "ukr-20-point-2025-12"}
    for score in result["plans"].values():
        assert set(score["utilities"]) == {"RUS", "UKR"}
    assert result["levers"], "a concession that opens agreement is named"
