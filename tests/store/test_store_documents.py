"""Documents: add once, look up by id/name/path/URL, list, count, full-text search."""
from __future__ import annotations

import datetime as dt

import pytest
from store_helpers import make_doc

from zopa.errors import NotFoundError, StoreError
from zopa.store import MARK_END, MARK_START, Store


def test_add_document_twice_stores_one_row(store, doc):
    assert store.add_document(doc) == (doc.id, "added")
    assert store.add_document(doc) == (doc.id, "unchanged")
    assert store.document_count() == 1
    assert store.has_document(doc.content_hash) == doc.id
    assert store.has_document("0" * 64) is None


def test_document_round_trips_every_field(store):
    doc = make_doc(url="https://example.org/a", byline="Jane Roe", page_date=dt.date(2025, 3, 4),
                   original_source="Reuters", flags=("republisher_byline", "ai_generated"),
                   flag_notes=("byline differs from Reuters",), duplicate_of="abc", dup_kind="near",
                   language="en", fingerprint="ff00", meta={"resolved": {"Monday": dt.date(2025, 3, 3)}})
    store.add_document(doc)
    got = store.get_document(doc.id)
    assert got == doc
    assert got.meta == {"resolved": {"Monday": "2025-03-03"}}


def test_get_document_by_name_path_url_and_hash(store):
    a = make_doc(path="/data/corpus/000_article.txt")
    b = make_doc("Another text about a ceasefire.", path=None, url="https://news.example/b")
    store.add_document(a)
    store.add_document(b)
    assert store.get_document("000_article.txt").id == a.id
    assert store.get_document("/data/corpus/000_article.txt").id == a.id
    assert store.get_document(a.content_hash).id == a.id
    assert store.get_document("https://news.example/b").id == b.id
    with pytest.raises(NotFoundError, match="nope.txt"):
        store.get_document("nope.txt")


def test_documents_list_in_insertion_order_with_paging(store):
    docs = [make_doc(f"Text number {i} about talks.") for i in range(5)]
    for d in docs:
        store.add_document(d)
    assert [d.id for d in store.documents()] == [d.id for d in docs]
    assert [d.id for d in store.documents(limit=2, offset=1)] == [d.id for d in docs[1:3]]
    assert [d.id for d in store.iter_documents(batch=2)] == [d.id for d in docs]
    assert store.fingerprints() == [(d.id, None) for d in docs]


def test_update_document_changes_metadata(store, doc):
    store.add_document(doc)
    got = store.update_document(doc.id, duplicate_of="x" * 16, dup_kind="exact", flags=("ai_generated",))
    assert (got.duplicate_of, got.dup_kind, got.flags) == ("x" * 16, "exact", ("ai_generated",))
    with pytest.raises(NotFoundError):
        store.update_document("missing", title="t")


def test_search_finds_words_phrases_and_ranks_title_matches(store):
    a = make_doc("Moscow insists on neutrality for Ukraine and no NATO membership.", title="Neutrality")
    b = make_doc("The ceasefire in the Black Sea held; neutrality was not discussed.", title="Black Sea")
    c = make_doc("Frozen assets in Belgium could fund reconstruction.", title="Assets")
    for d in (a, b, c):
        store.add_document(d)
    hits = store.search("neutrality")
    assert {h.document.id for h in hits} == {a.id, b.id}
    assert hits[0].document.id == a.id and hits[0].rank >= hits[1].rank
    assert f"{MARK_START}neutrality{MARK_END}" in hits[1].snippet.lower()
    assert [h.document.id for h in store.search('"Black Sea" ceasefire')] == [b.id]
    assert [h.document.id for h in store.search("neutrality -NATO")] == [b.id]
    assert {h.document.id for h in store.search("reconstruction OR membership")} == {a.id, c.id}
    assert store.search("(((") == [] and store.search("") == []
    assert len(store.search("neutrality", limit=1)) == 1


def test_search_index_follows_updates(store, doc):
    store.add_document(doc)
    store.update_document(doc.id, title="Zugzwang conference")
    assert [h.document.id for h in store.search("zugzwang")] == [doc.id]


def test_reopening_a_migrated_database_keeps_data(db_url, doc):
    with Store(db_url) as s:
        s.add_document(doc)
        revision = s.revision
    with Store(db_url) as s:
        assert s.document_count() == 1 and s.revision == revision


def test_sqlite_store_uses_wal_and_foreign_keys(tmp_path):
    with Store(str(tmp_path / "plain-path.db")) as s:
        assert s.dialect == "sqlite"
        with s._read() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_bad_urls_raise_store_error_naming_the_url(tmp_path):
    with pytest.raises(StoreError, match="nosuchdialect"):
        Store("nosuchdialect://x/y")
    with pytest.raises(StoreError, match="does not exist"):
        Store(f"sqlite:///{tmp_path}/missing/dir/z.db")
    with pytest.raises(StoreError) as info:
        Store("postgresql://alice:s3cret@127.0.0.1:1/zopa")
    assert "127.0.0.1:1" in str(info.value) and "s3cret" not in str(info.value)
    assert "***" in str(info.value)
