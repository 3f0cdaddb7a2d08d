"""Machine statements and the effective view with analyst corrections."""
from __future__ import annotations

import datetime as dt

import pytest
from store_helpers import make_doc, span

from zopa.errors import InputError, NotFoundError
from zopa.records import Statement


@pytest.fixture()
def stored(store, doc, machine):
    store.add_document(doc)
    store.replace_machine_statements(doc.id, machine, "rules-1")
    return store


def test_replace_is_idempotent_and_ids_are_stable_keys(stored, doc, machine):
    first = stored.statements()
    assert stored.replace_machine_statements(doc.id, machine, "rules-1") == 3
    again = stored.statements()
    assert again == first
    assert {s.id for s in again} == {s.key for s in machine}
    assert all(s.origin == "machine" and s.extractor_version == "rules-1" for s in again)
    assert stored.extracted_versions() == {doc.id: "rules-1"}


def test_statement_fields_round_trip(stored, machine):
    got = stored.get_statement(machine[1].key)
    assert got == machine[1].replace(extractor_version="rules-1", id=machine[1].key)


def test_replace_drops_duplicates_and_old_rows(stored, doc, machine):
    assert stored.replace_machine_statements(doc.id, [machine[0], machine[0]], "rules-2") == 1
    assert [s.id for s in stored.statements()] == [machine[0].key]


def test_quote_must_match_text_on_write(stored, doc, machine):
    bad = machine[0].replace(quote="Russia wants")
    with pytest.raises(InputError, match="is not the text at"):
        stored.replace_machine_statements(doc.id, [machine[1], bad], "rules-2")
    assert len(stored.statements()) == 3  # nothing replaced
    with pytest.raises(InputError, match="belongs to document 'elsewhere'"):
        stored.replace_machine_statements(doc.id, [machine[0].replace(doc_id="elsewhere")], "x")
    with pytest.raises(NotFoundError):
        stored.replace_machine_statements("0" * 16, [], "rules-2")


def test_filters(stored, doc, machine):
    other = make_doc("Russia demands that Ukraine withdraw from Donetsk, Tass reported.",
                     published=dt.date(2025, 5, 1), original_source="TASS", outlet="rt.example")
    stored.add_document(other)
    stored.replace_machine_statements(other.id, [span(other, "Russia demands that Ukraine withdraw")], "rules-1")
    assert len(stored.statements()) == 4
    assert {s.doc_id for s in stored.statements(actor="RUS")} == {doc.id, other.id}
    assert [s.actor for s in stored.statements(issue="territory")] == ["UKR"]
    assert [s.actor for s in stored.statements(stance="offer")] == ["EU"]
    assert len(stored.statements(doc_id=doc.id)) == 3
    assert [s.doc_id for s in stored.statements(since=dt.date(2025, 4, 1))] == [other.id]
    assert len(stored.statements(until=dt.date(2025, 4, 1))) == 3
    assert [s.doc_id for s in stored.statements(source="tass")] == [other.id]
    assert [s.doc_id for s in stored.statements(source="RT.example")] == [other.id]
    assert stored.statements(origin="analyst") == []
    with pytest.raises(InputError, match="origin"):
        stored.statements(origin="robot")


def test_correction_changes_effective_view_but_keeps_machine_row(stored, machine):
    sid = machine[0].key
    got = stored.correct_statement(sid, who="ana", note="value is 90", value=90, hedged=True)
    assert (got.value, got.hedged, got.origin, got.id) == (90.0, True, "corrected", sid)
    assert stored.statements(origin="corrected") == [got]
    [log] = stored.corrections(sid)
    assert (log.action, log.who, log.note, dict(log.changes)) == ("correct", "ana", "value is 90",
                                                                  {"value": 90.0, "hedged": True})
    assert log.at is not None and log.at.tzinfo is not None


def test_correction_moves_statement_between_filters(stored, machine):
    stored.correct_statement(machine[0].key, who="ana", actor="USA", stance="pressure", target="UKR")
    assert machine[0].key not in {s.id for s in stored.statements(actor="RUS")}
    [moved] = stored.statements(actor="USA")
    assert (moved.stance, moved.target) == ("pressure", "UKR")


def test_correcting_the_span_recomputes_the_quote(stored, doc, machine):
    start = doc.text.index("Kyiv rejects")
    got = stored.correct_statement(machine[1].key, who="ana", start=start, end=start + 12)
    assert got.quote == "Kyiv rejects" == doc.text[got.start:got.end]
    with pytest.raises(InputError, match="outside document"):
        stored.correct_statement(machine[1].key, who="ana", end=10**6)


@pytest.mark.parametrize("changes, message", [
    ({"actor": "XXX"}, "unknown actor 'XXX'"),
    ({"issue": "territory.mars"}, "unknown issue 'territory.mars'"),
    ({"stance": "shrug"}, "unknown stance 'shrug'"),
    ({"value": 140}, "value must be between 0 and 100"),
    ({"quote": "new words"}, "cannot change quote"),
    ({"red_line": "yes"}, "red_line must be true or false"),
])
def test_invalid_corrections_are_refused(stored, machine, changes, message):
    with pytest.raises(InputError, match=message):
        stored.correct_statement(machine[0].key, who="ana", **changes)
    assert stored.corrections() == []


def test_correction_needs_who_and_an_existing_statement(stored, machine):
    with pytest.raises(InputError, match="who"):
        stored.correct_statement(machine[0].key, who=" ", value=10)
    with pytest.raises(NotFoundError):
        stored.correct_statement("nope", who="ana", value=10)


def test_analyst_added_and_deleted_statements(stored, doc, machine):
    quote = "President Zelensky said on Monday"
    start = doc.text.index(quote)
    added = stored.add_statement(Statement(doc_id=doc.id, actor="UKR", issue="territory", stance="reject",
                                           start=start, end=start + len(quote), quote=quote), who="bo")
    assert added.origin == "analyst" and added.id and added.id not in {s.key for s in machine}
    stored.delete_statement(machine[2].key, who="bo", note="not a statement")
    ids = {s.id for s in stored.statements()}
    assert added.id in ids and machine[2].key not in ids
    with pytest.raises(NotFoundError, match="was deleted"):
        stored.get_statement(machine[2].key)
    corrected = stored.correct_statement(added.id, who="cy", value=5)
    assert (corrected.origin, corrected.value) == ("analyst", 5.0)
    assert [c.action for c in stored.corrections()] == ["add", "delete", "correct"]
    with pytest.raises(InputError, match="is not the text at"):
        stored.add_statement(Statement(doc_id=doc.id, actor="UKR", issue="territory", stance="reject",
                                       start=0, end=4, quote="Kyiv"), who="bo")


def test_corrections_survive_reextraction_and_orphans_are_kept(stored, doc, machine):
    stored.correct_statement(machine[0].key, who="ana", value=80)
    stored.delete_statement(machine[1].key, who="ana")
    stored.replace_machine_statements(doc.id, machine, "rules-2")
    assert stored.get_statement(machine[0].key).value == 80.0
    assert machine[1].key not in {s.id for s in stored.statements()}
    assert stored.orphaned_corrections() == []
    stored.replace_machine_statements(doc.id, machine[1:], "rules-3")
    assert machine[0].key not in {s.id for s in stored.statements()}
    [orphan] = stored.orphaned_corrections()
    assert orphan.statement_id == machine[0].key and orphan.changes == {"value": 80.0}
    assert len(stored.corrections()) == 2
    stored.replace_machine_statements(doc.id, machine, "rules-4")  # the statement comes back
    assert stored.get_statement(machine[0].key).value == 80.0


def test_data_revision_changes_with_every_kind_of_write(store, doc, machine):
    empty = store.data_revision()
    assert store.data_revision() == empty                      # reading changes nothing
    store.add_document(doc)
    with_doc = store.data_revision()
    assert with_doc != empty
    store.replace_machine_statements(doc.id, machine, "rules-1")
    extracted = store.data_revision()
    assert extracted != with_doc
    store.correct_statement(machine[0].key, who="analyst", stance="reject")
    assert store.data_revision() != extracted
