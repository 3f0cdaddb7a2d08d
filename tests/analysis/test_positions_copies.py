"""A wire story run by two outlets counts once: statements of a linked copy are not evidence twice."""
from __future__ import annotations

import datetime as dt

from zopa.analysis.positions import aggregate_positions, once_per_original
from zopa.records import Document, Statement, content_hash

TEXT = ("Russia demands that Ukraine withdraw from Donetsk before any ceasefire. "
        "Kyiv rejects any territorial concessions, President Zelensky said.")


def _doc(doc_id: str, published: dt.date, duplicate_of: str | None = None, kind: str | None = None,
         text: str = TEXT) -> Document:
    return Document(id=doc_id, content_hash=content_hash(text), text=text, raw_text=text, published=published,
                    duplicate_of=duplicate_of, dup_kind=kind)


def _st(doc: Document, quote: str, actor: str, stance: str, value: float, confidence: float = 0.8) -> Statement:
    start = doc.text.index(quote)
    s = Statement(doc_id=doc.id, actor=actor, issue="territory.donetsk", stance=stance, start=start,
                  end=start + len(quote), quote=quote, value=value, confidence=confidence)
    return s.replace(id=s.key)


def _statements(doc: Document) -> list[Statement]:
    return [_st(doc, "Russia demands that Ukraine withdraw from Donetsk", "RUS", "demand", 100.0),
            _st(doc, "Kyiv rejects any territorial concessions", "UKR", "reject", 100.0)]


def _by_actor(positions):
    return {p.actor: p for p in positions if p.issue == "territory.donetsk"}


def test_an_exact_copy_adds_no_evidence(codebook):
    original = _doc("orig000000000001", dt.date(2022, 3, 29))
    copy = _doc("copy000000000002", dt.date(2022, 3, 30), duplicate_of=original.id, kind="exact")
    alone = _by_actor(aggregate_positions(_statements(original), codebook, documents={original.id: original}))
    docs = {original.id: original, copy.id: copy}
    both = _by_actor(aggregate_positions(_statements(copy) + _statements(original), codebook, documents=docs))
    assert both == alone  # same ideal, range, confidence, date and statements: the original's
    assert all(sid in {s.id for s in _statements(original)} for p in both.values() for sid in p.statements)
    assert both["RUS"].date == original.published
    # unlinked, the same statements would count twice (more evidence, higher confidence)
    unlinked = {original.id: original, copy.id: copy.replace(duplicate_of=None, dup_kind=None)}
    twice = _by_actor(aggregate_positions(_statements(copy) + _statements(original), codebook, documents=unlinked))
    assert twice["RUS"].confidence > alone["RUS"].confidence and len(twice["RUS"].statements) == 2


def test_a_near_copy_keeps_only_what_the_original_lacks():
    original = _doc("orig000000000001", dt.date(2022, 3, 29))
    text = TEXT + " Moscow also offered to leave Kherson."
    near = _doc("near000000000002", dt.date(2022, 3, 30), duplicate_of=original.id, kind="near", text=text)
    again = _doc("copy000000000003", dt.date(2022, 3, 31), duplicate_of=near.id, kind="exact", text=text)
    extra = _st(near, "Moscow also offered to leave Kherson", "RUS", "offer", 40.0)
    extra_again = _st(again, "Moscow also offered to leave Kherson", "RUS", "offer", 40.0)
    sts = [*_statements(again), extra_again, *_statements(near), extra, *_statements(original)]
    kept = once_per_original(sts, {d.id: d for d in (original, near, again)})
    assert kept == [extra, *_statements(original)]  # order kept; the nearest copy holds the new statement


def test_repeats_within_one_document_and_different_readings_stay():
    original = _doc("orig000000000001", dt.date(2022, 3, 29))
    copy = _doc("copy000000000002", dt.date(2022, 3, 30), duplicate_of=original.id, kind="exact")
    own = _statements(original)
    other_value = _st(copy, "Russia demands that Ukraine withdraw from Donetsk", "RUS", "demand", 80.0)
    repeat = own[0].replace(start=own[0].start, id="repeat")
    sts = [*own, repeat, other_value]
    assert once_per_original(sts, {original.id: original, copy.id: copy}) == sts
    assert once_per_original(sts, None) == sts
