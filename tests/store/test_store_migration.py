"""Revision 0002 upgrades a database made by revision 0001 without losing anything.

The old database is built for real: the migrations are run to 0001 only, rows
are written the way zopa wrote them then (document id = content-hash prefix,
one row per text), and then `Store` upgrades it to head.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import MetaData, create_engine, insert, select, text

from zopa.ingest import clean_document, fingerprint, ingest, similarity
from zopa.records import Document, RawDocument, Statement
from zopa.settings import load_settings
from zopa.store import Store
from zopa.store import _rows
from zopa.store._engine import ALEMBIC_INI, head_revision, normalise_url
from zopa.store.corrections import statement_fields

ORIGINAL = "dev1_01_istanbul-neutrality-offer.txt"
COPY = "dev1_02_istanbul-neutrality-syndicated.txt"


def _alembic(url: str, action: str, revision: str) -> None:
    engine = create_engine(normalise_url(url))
    try:
        with engine.begin() as conn:
            cfg = Config(str(ALEMBIC_INI))
            cfg.attributes["connection"] = conn
            getattr(command, action)(cfg, revision)
    finally:
        engine.dispose()


def _sha1_fingerprint(text: str) -> str:
    """A fingerprint as revisions 0001-0002 made it: datasketch's MinHash (SHA-1) of the word 5-shingles."""
    import numpy as np
    from datasketch import MinHash

    tokens = re.findall(r"[^\W_]+", text.casefold())
    m = MinHash(num_perm=128, scheme="affine32")
    m.update_batch(list({" ".join(tokens[i : i + 5]).encode() for i in range(len(tokens) - 4)}))
    return np.asarray(m.hashvalues, dtype=">u4").tobytes().hex()


def _legacy(doc: Document) -> Document:
    """The document as revision 0001 stored it: id = first 16 hex digits of the content hash,
    an untagged SHA-1 fingerprint."""
    return doc.replace(id=doc.content_hash[:16], fingerprint=_sha1_fingerprint(doc.text))


def _statement(doc: Document, quote: str, **fields: object) -> Statement:
    start = doc.text.index(quote)
    return Statement(doc_id=doc.id, start=start, end=start + len(quote), quote=quote,
                     extractor_version="rules-old", **fields)  # type: ignore[arg-type]


def _first_sentence(doc: Document) -> str:
    return doc.text.split(". ")[0]


@pytest.fixture()
def old_db(db_url: str, seeds_dir: Path, dev_dir: Path) -> dict:
    """A database at revision 0001 with documents, statements, extractions and corrections."""
    _alembic(db_url, "upgrade", "0001")
    files = sorted(seeds_dir.glob("*.txt")) + [dev_dir / ORIGINAL]
    docs = [_legacy(clean_document(RawDocument(source=str(p), raw=p.read_text(), kind="text", path=str(p))))
            for p in files]
    engine = create_engine(normalise_url(db_url))
    tables = MetaData()
    tables.reflect(engine)
    assert "source_key" not in tables.tables["documents"].c  # really the old schema
    D, S, X, C = (tables.tables[t] for t in ("documents", "statements", "extractions", "statement_corrections"))
    machine = []
    now = dt.datetime(2025, 5, 1, tzinfo=dt.timezone.utc)
    with engine.begin() as conn:
        for doc in docs:
            row = _rows.document_row(doc)
            del row["source_key"]
            conn.execute(insert(D), row)
            st = _statement(doc, _first_sentence(doc), actor="UKR", issue="neutrality", stance="offer", value=60.0)
            machine.append(st)
            conn.execute(insert(S), _rows.statement_row(st, 0, "rules-old"))
            conn.execute(insert(X), {"doc_id": doc.id, "extractor_version": "rules-old", "n_statements": 1, "at": now})
        corrected, deleted = machine[0], machine[1]
        added = _statement(docs[-1], _first_sentence(docs[-1]), actor="RUS", issue="neutrality", stance="demand")
        conn.execute(insert(C), [
            {"statement_id": corrected.key, "doc_id": corrected.doc_id, "action": "correct",
             "changes": {"value": 40.0}, "who": "analyst", "at": now, "note": "value"},
            {"statement_id": deleted.key, "doc_id": deleted.doc_id, "action": "delete", "changes": {},
             "who": "analyst", "at": now, "note": None},
            {"statement_id": "a0123456789abcde", "doc_id": added.doc_id, "action": "add",
             "changes": statement_fields(added), "who": "analyst", "at": now, "note": None},
        ])
    engine.dispose()
    return {"url": db_url, "docs": docs, "files": files, "machine": machine,
            "corrected": corrected.key, "deleted": deleted.key}


def _counts(url: str) -> dict[str, int]:
    engine = create_engine(normalise_url(url))
    with engine.connect() as conn:
        out = {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar()
               for t in ("documents", "statements", "extractions", "statement_corrections")}
    engine.dispose()
    return out


def test_upgrade_keeps_every_document_statement_and_correction(old_db: dict):
    url, docs = old_db["url"], old_db["docs"]
    before = _counts(url)
    assert before == {"documents": len(docs), "statements": len(docs), "extractions": len(docs),
                      "statement_corrections": 3}
    with Store(url) as store:
        assert store.revision == head_revision() != "0001"
        assert _counts(url) == before
        stored = {d.id: d for d in store.documents()}
        assert set(stored) == {d.id for d in docs}  # ids are kept: links, exports and corrections stay valid
        for doc in docs:
            got = stored[doc.id]
            assert (got.text, got.title, got.content_hash, got.path) == (doc.text, doc.title, doc.content_hash, doc.path)
        effective = {s.id: s for s in store.statements()}
        assert old_db["deleted"] not in effective
        assert effective[old_db["corrected"]].value == 40.0 and effective[old_db["corrected"]].origin == "corrected"
        assert effective["a0123456789abcde"].origin == "analyst"
        assert len(effective) == len(docs) - 1 + 1
        assert store.orphaned_corrections() == []
        assert store.extracted_versions() == {d.id: "rules-old" for d in docs}
        hits = {h.document.id for h in store.search("neutrality")}
        assert stored[docs[-1].id].id in hits  # the full-text index survived the upgrade
        engine = create_engine(store._url)
        with engine.connect() as conn:
            keys = dict(conn.execute(text("SELECT id, source_key FROM documents")).all())
            if store.dialect == "sqlite":
                assert conn.execute(text("PRAGMA foreign_key_check")).fetchall() == []
                assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
                conn.execute(text("INSERT INTO documents_fts(documents_fts, rank) VALUES ('integrity-check', 1)"))
        engine.dispose()
        assert keys == {d.id: d.source_key for d in docs}


def test_after_the_upgrade_the_same_sources_add_nothing_and_a_copy_is_kept(old_db: dict, dev_dir: Path):
    url, docs = old_db["url"], old_db["docs"]
    with Store(url) as store:
        again = ingest([str(p) for p in old_db["files"]], store, load_settings(), progress=False)
        assert again.added == () and again.duplicates == () and set(again.unchanged) == {d.id for d in docs}
        assert store.document_count() == len(docs)
        copy = ingest([str(dev_dir / COPY)], store, load_settings(), progress=False)
        assert len(copy.duplicates) == 1 and copy.added == ()
        stored = store.get_document(copy.duplicates[0])
        assert stored.name == COPY and stored.dup_kind == "exact" and stored.duplicate_of == docs[-1].id
        assert stored.title != store.get_document(docs[-1].id).title
        assert store.document_count() == len(docs) + 1
        # statements of the copy live beside the original's
        st = _statement(stored, _first_sentence(stored), actor="UKR", issue="neutrality", stance="offer")
        assert store.replace_machine_statements(stored.id, [st], "rules-new") == 1
        assert len(store.statements(doc_id=docs[-1].id)) == 2 and len(store.statements(doc_id=stored.id)) == 1


def test_downgrade_is_refused_while_a_text_has_two_sources(old_db: dict, dev_dir: Path):
    url = old_db["url"]
    with Store(url) as store:
        ingest([str(dev_dir / COPY)], store, load_settings(), progress=False)
        n = store.document_count()
    with pytest.raises(RuntimeError, match="more than one source"):
        _alembic(url, "downgrade", "0001")
    with Store(url) as store:
        assert store.document_count() == n and store.revision == head_revision()


def test_downgrade_without_shared_texts_restores_revision_0001(old_db: dict):
    url = old_db["url"]
    Store(url).close()
    before = _counts(url)
    if url.startswith("sqlite"):  # the rebuild needs foreign keys off, as zopa.store runs migrations
        engine = create_engine(normalise_url(url))
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 0
        engine.dispose()
    _alembic(url, "downgrade", "0001")
    assert _counts(url) == before
    engine = create_engine(normalise_url(url))
    tables = MetaData()
    tables.reflect(engine)
    engine.dispose()
    assert "source_key" not in tables.tables["documents"].c
    with Store(url) as store:  # and up again
        assert store.revision == head_revision() and store.document_count() == before["documents"]
        assert len(store.statements()) == len(old_db["docs"])
        assert dataclasses.asdict(store.get_statement(old_db["corrected"]))["value"] == 40.0


def test_upgrade_recomputes_fingerprints_in_the_tagged_scheme_and_the_downgrade_restores_sha1(old_db: dict):
    url, docs = old_db["url"], old_db["docs"]
    assert all(not d.fingerprint.startswith("m2:") for d in docs)   # the old database holds SHA-1 fingerprints
    with Store(url) as store:
        stored = dict(store.fingerprints())
    assert stored == {d.id: fingerprint(d.text) for d in docs}
    assert similarity(stored[docs[0].id], stored[docs[0].id]) == 1.0 > similarity(stored[docs[0].id], stored[docs[1].id])
    _alembic(url, "downgrade", "0002")
    with create_engine(normalise_url(url)).connect() as conn:
        assert dict(conn.execute(text("SELECT id, fingerprint FROM documents")).all()) == {d.id: d.fingerprint for d in docs}
