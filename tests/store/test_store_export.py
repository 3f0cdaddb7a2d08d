"""Export of documents and statements as JSON Lines, CSV and Parquet."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pyarrow.parquet as pq
import pytest
from store_helpers import make_doc

from zopa.errors import InputError
from zopa.store import export_documents, export_statements
from zopa.store.export import DOCUMENT_FIELDS, STATEMENT_FIELDS


@pytest.fixture()
def filled(store, doc, machine):
    store.add_document(doc)
    store.add_document(make_doc("A wire story on frozen assets.", path=None, url="https://wire.example/x",
                                flags=("republisher_byline", "ai_generated"), original_source="AP",
                                published=None, page_date=dt.date(2025, 2, 2)))
    store.replace_machine_statements(doc.id, machine, "rules-1")
    store.correct_statement(machine[0].key, who="ana", value=75)
    store.delete_statement(machine[2].key, who="ana")
    return store


def test_jsonl_documents_carry_the_documented_fields(filled, doc):
    out = io.StringIO()
    assert export_documents(filled, "jsonl", out) == 2
    first, second = [json.loads(line) for line in out.getvalue().splitlines()]
    assert tuple(first) == DOCUMENT_FIELDS
    assert (first["id"], first["path"], first["published"], first["text"]) == (
        doc.id, doc.path, "2025-03-01", doc.text)
    assert (second["url"], second["published"], second["page_date"], second["flags"]) == (
        "https://wire.example/x", None, "2025-02-02", ["republisher_byline", "ai_generated"])


def test_jsonl_statements_are_the_effective_view_with_offsets(filled, doc, machine):
    out = io.StringIO()
    assert export_statements(filled, "jsonl", out) == 2
    records = {r["id"]: r for r in map(json.loads, out.getvalue().splitlines())}
    assert set(records) == {machine[0].key, machine[1].key}
    rec = records[machine[0].key]
    assert tuple(rec) == STATEMENT_FIELDS
    assert (rec["value"], rec["origin"], rec["path"]) == (75.0, "corrected", doc.path)
    assert all(doc.text[r["start"]:r["end"]] == r["quote"] for r in records.values())


def test_csv_round_trips_through_a_file(filled, tmp_path):
    path = tmp_path / "docs.csv"
    assert export_documents(filled, "csv", path) == 2
    rows = list(csv.DictReader(path.open(encoding="utf-8", newline="")))
    assert rows[1]["flags"] == "republisher_byline|ai_generated" and rows[1]["published"] == ""
    st_path = tmp_path / "st.csv"
    export_statements(filled, "csv", st_path)
    st_rows = list(csv.DictReader(st_path.open(encoding="utf-8", newline="")))
    assert {r["red_line"] for r in st_rows} == {"true", "false"} and len(st_rows) == 2


def test_parquet_has_typed_columns(filled, tmp_path, doc):
    path = tmp_path / "docs.parquet"
    assert export_documents(filled, "parquet", path) == 2
    table = pq.read_table(path)
    assert table.column_names == list(DOCUMENT_FIELDS)
    assert table.column("published").to_pylist() == [dt.date(2025, 3, 1), None]
    assert table.column("flags").to_pylist()[1] == ["republisher_byline", "ai_generated"]
    buf = io.BytesIO()
    assert export_statements(filled, "parquet", buf) == 2
    st = pq.read_table(io.BytesIO(buf.getvalue()))
    assert str(st.schema.field("red_line").type) == "bool" and st.num_rows == 2


def test_empty_store_exports_headers_only(store):
    out = io.StringIO()
    assert export_statements(store, "csv", out) == 0
    assert out.getvalue().strip() == ",".join(STATEMENT_FIELDS)


def test_unknown_format_and_text_stream_for_parquet_are_refused(store):
    with pytest.raises(InputError, match="unknown export format 'xml'"):
        export_documents(store, "xml", io.StringIO())
    with pytest.raises(InputError, match="binary"):
        export_documents(store, "parquet", io.StringIO())
