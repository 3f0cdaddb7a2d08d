"""The flat public namespace resolves every name it lists; notebook frames agree with the store."""
from __future__ import annotations

import pandas as pd

import zopa
from zopa.frames import GAP_COLUMNS, POSITION_COLUMNS
from zopa.store.export import DOCUMENT_FIELDS, STATEMENT_FIELDS


def test_every_public_name_resolves():
    import zopa.ingest  # noqa: F401  (a submodule attribute must not shadow a listed name)

    for name in zopa.__all__:
        assert getattr(zopa, name) is not None, name
    assert "Store" in dir(zopa)


def test_unknown_name_is_an_attribute_error():
    try:
        zopa.no_such_thing  # noqa: B018
    except AttributeError as exc:
        assert "no_such_thing" in str(exc)
    else:  # pragma: no cover
        raise AssertionError("expected AttributeError")


def test_frames_from_a_real_store(seeds_dir, sqlite_url):
    cb = zopa.load_codebook()
    with zopa.Store(sqlite_url) as store:
        zopa.ingest.ingest([str(seeds_dir)], store, zopa.load_settings(), progress=False)
        zopa.extract_store(store, cb, progress=False)
        docs = zopa.documents_frame(store)
        sts = zopa.statements_frame(store)
        rus = zopa.statements_frame(store, actor="RUS")
        pos = zopa.positions_frame(store, cb)
        gaps = zopa.gaps_frame(zopa.analyse_store(store, cb))
        n_statements = len(store.statements())
    assert list(docs.columns) == list(DOCUMENT_FIELDS) and len(docs) == 4
    assert list(sts.columns) == list(STATEMENT_FIELDS) and len(sts) == n_statements > 0
    assert set(rus["actor"]) == {"RUS"} and 0 < len(rus) < len(sts)
    for _, row in sts.iterrows():  # every statement's quote is its span of the document text
        text = docs.loc[docs["id"] == row["doc_id"], "text"].iloc[0]
        assert text[row["start"]:row["end"]] == row["quote"]
    assert list(pos.columns) == list(POSITION_COLUMNS)
    assert {"RUS", "UKR"} <= set(pos["actor"])
    assert list(gaps.columns) == list(GAP_COLUMNS)
    donetsk = gaps.set_index("issue").loc["territory.donetsk"]
    assert pd.isna(donetsk["zopa_low"]) and donetsk["gap"] > 0
