"""Export documents and statements as JSON Lines, CSV or Parquet.

This is a stable interface that other tools read; fields are only ever added.

Document records (one per stored document, in the order they were added):

=================  ==============================================================
``id``             document id: 16 hex digits of the SHA-256 of the source
                   identity (URL, else record id within its file, else file
                   name) and ``content_hash``; documents stored before schema
                   revision 0002 keep the first 16 hex digits of ``content_hash``
``content_hash``   SHA-256 of the whitespace-normalised cleaned text (shared by
                   exact copies from different sources)
``name``           the name analysts use: file name, else URL
``path``           file path as ingested, or null
``url``            URL, or null
``title``          title, or null
``byline``         byline, or null
``outlet``         site that published this copy, or null
``published``      date of the article's events/publication, ``YYYY-MM-DD`` or null
``page_date``      the page's own date where it differs, ``YYYY-MM-DD`` or null
``original_source`` wire or outlet the story came from, or null
``flags``          list of flag ids (``republisher_byline``, ``ai_generated``, …)
``flag_notes``     list of human-readable explanations of the flags
``duplicate_of``   id of the earliest copy of the same story (for ``exact``: the
                   first stored document with the same ``content_hash``), or null
``dup_kind``       ``exact`` | ``near`` | null
``language``       language code, or null
``meta``           object of extra metadata
``text``           cleaned text; statement offsets point into it
=================  ==============================================================

Statement records (the effective view: machine statements with analyst
corrections applied, analyst additions included, deletions left out):

=====================  ==========================================================
``id``                 statement id (the machine's stable key, or an analyst id)
``doc_id``             id of the document
``path``, ``url``      the document's path and URL (either may be null)
``actor``              codebook actor id
``issue``              codebook issue id
``stance``             codebook stance type
``value``              0–100 on the issue's scale, or null
``red_line``           true when marked non-negotiable
``hedged``             true when only reported or inferred
``target``             actor pressed or backed, or null
``speaker``            person named, or null
``event_date``         ``YYYY-MM-DD`` or null
``start``, ``end``     character offsets: ``document.text[start:end] == quote``
``quote``              the evidence span
``confidence``         0–1
``extractor_version``  version of the extractor (``analyst`` for additions)
``origin``             ``machine`` | ``corrected`` | ``analyst``
=====================  ==========================================================

In JSON Lines, lists and ``meta`` are JSON values; in CSV, ``flags`` and
``flag_notes`` are joined with ``|``, ``meta`` is a JSON string, booleans are
``true``/``false`` and null is the empty string; in Parquet, dates are
``date32``, lists are ``list<string>`` and ``meta`` is a JSON string.
"""
from __future__ import annotations

import csv
import io
import json
import os
from contextlib import contextmanager
from typing import IO, Any, Callable, Iterable, Iterator

from ..errors import InputError
from ..records import Document, Statement

EXPORT_FORMATS = ("jsonl", "csv", "parquet")

DOCUMENT_FIELDS = ("id", "content_hash", "name", "path", "url", "title", "byline", "outlet", "published",
                   "page_date", "original_source", "flags", "flag_notes", "duplicate_of", "dup_kind",
                   "language", "meta", "text")
STATEMENT_FIELDS = ("id", "doc_id", "path", "url", "actor", "issue", "stance", "value", "red_line", "hedged",
                    "target", "speaker", "event_date", "start", "end", "quote", "confidence",
                    "extractor_version", "origin")
_LISTS = ("flags", "flag_notes")
_DATES = ("published", "page_date", "event_date")
_BOOLS = ("red_line", "hedged")
_FLOATS = ("value", "confidence")
_INTS = ("start", "end")

Out = IO[Any] | str | os.PathLike[str]


def document_record(doc: Document) -> dict[str, Any]:
    """The export record of a document (dates as ISO strings)."""
    rec = {f: getattr(doc, f) for f in DOCUMENT_FIELDS if f not in ("name",)}
    rec["name"] = doc.name
    rec["flags"], rec["flag_notes"] = list(doc.flags), list(doc.flag_notes)
    rec["meta"] = json.loads(json.dumps(doc.meta, default=str))
    return {f: _iso(rec[f]) if f in _DATES else rec[f] for f in DOCUMENT_FIELDS}


def statement_record(st: Statement, doc_paths: dict[str, tuple[str | None, str | None]]) -> dict[str, Any]:
    """The export record of a statement, with its document's path and URL."""
    path, url = doc_paths.get(st.doc_id, (None, None))
    rec = {f: getattr(st, f) for f in STATEMENT_FIELDS if f not in ("path", "url")}
    rec.update(path=path, url=url, event_date=_iso(st.event_date))
    return {f: rec[f] for f in STATEMENT_FIELDS}


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def export_documents(store: Any, fmt: str, out: Out) -> int:
    """Write every stored document to `out` (a file object or path); return how many."""
    records = (document_record(d) for d in store.iter_documents())
    return _write(fmt, out, DOCUMENT_FIELDS, records)


def export_statements(store: Any, fmt: str, out: Out) -> int:
    """Write the effective statements to `out` (a file object or path); return how many."""
    statements = store.statements()
    paths = {d.id: (d.path, d.url) for d in store.iter_documents()} if statements else {}
    records = (statement_record(s, paths) for s in statements)
    return _write(fmt, out, STATEMENT_FIELDS, records)


def _write(fmt: str, out: Out, fields: tuple[str, ...], records: Iterable[dict[str, Any]]) -> int:
    writers: dict[str, Callable[[IO[Any], tuple[str, ...], Iterable[dict[str, Any]]], int]] = {
        "jsonl": _jsonl, "csv": _csv, "parquet": _parquet}
    if fmt not in writers:
        raise InputError(f"unknown export format {fmt!r}; expected one of {', '.join(EXPORT_FORMATS)}")
    with _open(out, binary=fmt == "parquet") as fh:
        return writers[fmt](fh, fields, records)


@contextmanager
def _open(out: Out, binary: bool) -> Iterator[IO[Any]]:
    if isinstance(out, (str, os.PathLike)):
        try:
            fh = open(out, "wb") if binary else open(out, "w", encoding="utf-8", newline="")
        except OSError as e:
            raise InputError(f"cannot write: {e.strerror}", source=str(out)) from None
        with fh:
            yield fh
        return
    is_binary = isinstance(out, (io.RawIOBase, io.BufferedIOBase)) or "b" in getattr(out, "mode", "")
    if binary and not is_binary:
        raise InputError("parquet needs a binary file or a path (use --out FILE)")
    if not binary and is_binary:
        wrapper = io.TextIOWrapper(out, encoding="utf-8", newline="")
        yield wrapper
        wrapper.flush()
        wrapper.detach()
        return
    yield out


def _jsonl(fh: IO[str], fields: tuple[str, ...], records: Iterable[dict[str, Any]]) -> int:
    n = 0
    for rec in records:
        fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        n += 1
    return n


def _csv_value(name: str, value: Any) -> Any:
    if value is None:
        return ""
    if name in _LISTS:
        return "|".join(value)
    if name in _BOOLS:
        return "true" if value else "false"
    if name == "meta":
        return json.dumps(value, ensure_ascii=False)
    return value


def _csv(fh: IO[str], fields: tuple[str, ...], records: Iterable[dict[str, Any]]) -> int:
    writer = csv.DictWriter(fh, fieldnames=list(fields), lineterminator="\n")
    writer.writeheader()
    n = 0
    for rec in records:
        writer.writerow({k: _csv_value(k, v) for k, v in rec.items()})
        n += 1
    return n


def _arrow_schema(fields: tuple[str, ...]):  # type: ignore[no-untyped-def]
    import pyarrow as pa

    def kind(name: str) -> Any:
        if name in _LISTS:
            return pa.list_(pa.string())
        if name in _DATES:
            return pa.date32()
        if name in _BOOLS:
            return pa.bool_()
        if name in _FLOATS:
            return pa.float64()
        if name in _INTS:
            return pa.int64()
        return pa.string()

    return pa.schema([(f, kind(f)) for f in fields])


def _arrow_value(name: str, value: Any) -> Any:
    import datetime as dt

    if name in _DATES and value is not None:
        return dt.date.fromisoformat(value)
    if name == "meta":
        return json.dumps(value, ensure_ascii=False)
    return value


def _parquet(fh: IO[bytes], fields: tuple[str, ...], records: Iterable[dict[str, Any]], batch: int = 500) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _arrow_schema(fields)
    n = 0
    with pq.ParquetWriter(fh, schema) as writer:
        rows: list[dict[str, Any]] = []
        for rec in records:
            rows.append({k: _arrow_value(k, v) for k, v in rec.items()})
            n += 1
            if len(rows) >= batch:
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                rows = []
        writer.write_table(pa.Table.from_pylist(rows, schema=schema))
    return n
