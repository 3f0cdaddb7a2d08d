"""The store's commands: export, statements list/correct/add/delete/history, search, db upgrade."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from zopa.cli import app
from zopa.store import Store
from zopa.store._engine import head_revision

runner = CliRunner()


@pytest.fixture()
def cli_db(tmp_path, doc, machine):
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    with Store(url) as s:
        s.add_document(doc)
        s.replace_machine_statements(doc.id, machine, "rules-1")
    return url


def run(*args: str):
    return runner.invoke(app, list(args), env={"ZOPA_USER": "tester"})


def test_db_upgrade_creates_a_database(tmp_path):
    result = run("db", "upgrade", "--db", f"sqlite:///{tmp_path / 'new.db'}")
    assert result.exit_code == 0, result.output
    assert f"revision {head_revision()}" in result.output


def test_list_correct_history_delete(cli_db, machine):
    listed = run("statements", "list", "--db", cli_db, "--actor", "RUS", "--json")
    assert listed.exit_code == 0, listed.output
    [st] = json.loads(listed.output)["statements"]
    assert st["id"] == machine[0].key
    fixed = run("statements", "correct", st["id"], "--db", cli_db, "--value", "80", "--no-red-line",
                "--note", "softer")
    assert fixed.exit_code == 0, fixed.output
    with Store(cli_db) as s:
        got = s.get_statement(st["id"])
        assert (got.value, got.red_line, got.origin) == (80.0, False, "corrected")
        assert [(c.who, c.note) for c in s.corrections()] == [("tester", "softer")]
    history = run("statements", "history", st["id"], "--db", cli_db, "--json")
    assert json.loads(history.output)["corrections"][0]["changes"] == {"value": 80.0, "red_line": False}
    gone = run("statements", "delete", st["id"], "--db", cli_db, "--who", "ana")
    assert gone.exit_code == 0
    assert run("statements", "list", "--db", cli_db, "--actor", "RUS").output.startswith("0 statement")


def test_invalid_correction_exits_2_with_the_reason(cli_db, machine):
    result = run("statements", "correct", machine[0].key, "--db", cli_db, "--actor", "XXX")
    assert result.exit_code == 2
    assert "unknown actor 'XXX'" in " ".join(result.output.split())


def test_unknown_statement_exits_5(cli_db):
    result = run("statements", "delete", "nope", "--db", cli_db)
    assert result.exit_code == 5 and "nope" in result.output


def test_add_locates_the_quote(cli_db, doc):
    result = run("statements", "add", "--db", cli_db, "--doc", doc.name, "--actor", "UKR",
                 "--issue", "territory", "--stance", "reject", "--quote", "Kyiv   rejects any\nterritorial")
    assert result.exit_code == 0, result.output
    with Store(cli_db) as s:
        [added] = s.statements(origin="analyst")
    assert added.quote == "Kyiv rejects any territorial" == doc.text[added.start:added.end]
    missing = run("statements", "add", "--db", cli_db, "--doc", doc.id, "--actor", "UKR",
                  "--issue", "territory", "--stance", "reject", "--quote", "not in the text")
    assert missing.exit_code == 2 and "is not in the text" in " ".join(missing.output.split())


def test_export_to_stdout_and_file(cli_db, tmp_path, machine):
    out = run("export", "statements", "--db", cli_db)
    assert out.exit_code == 0
    assert {json.loads(line)["id"] for line in out.output.splitlines()} == {m.key for m in machine}
    target = tmp_path / "docs.parquet"
    done = run("export", "documents", "--db", cli_db, "--format", "parquet", "--out", str(target))
    assert done.exit_code == 0 and target.stat().st_size > 0
    assert run("export", "documents", "--db", cli_db, "--format", "parquet").exit_code == 2


def test_search_prints_hits(cli_db, doc):
    result = run("search", "guarantees", "--db", cli_db, "--json")
    assert result.exit_code == 0
    [hit] = json.loads(result.output)["hits"]
    assert hit["id"] == doc.id and "guarantees" in hit["snippet"]


def test_unreachable_database_exits_4(tmp_path):
    result = run("statements", "list", "--db", f"sqlite:///{tmp_path}/no/such/dir.db")
    assert result.exit_code == 4 and "does not exist" in " ".join(result.output.split())
