"""The store: documents, machine statements and analyst corrections in one database.

SQLite (a file; WAL, foreign keys on) by default, PostgreSQL by URL
(``postgresql://`` is mapped to psycopg 3). Opening a store runs the Alembic
migrations to head. Every write is one transaction, so a crash leaves the
database as it was before the interrupted item.
"""
from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass
from typing import Any, Iterator, Sequence

from sqlalchemy import and_, delete, func, insert, or_, select, update
from sqlalchemy import exc as sa_exc

from ..codebook import Codebook, load_codebook
from ..errors import InputError, NotFoundError, StoreError
from ..records import Document, Statement
from . import _engine, _rows
from ._search import search_rows
from .corrections import (
    Correction,
    orphaned,
    replay,
    statement_fields,
    validate_changes,
)
from .models import documents as D
from .models import extractions as X
from .models import statement_corrections as C
from .models import statements as S

ORIGINS = ("machine", "corrected", "analyst")


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A document matching a full-text query, with a highlighted snippet (higher rank is better)."""

    document: Document
    snippet: str
    rank: float


class Store:
    """Documents, statements and corrections in a SQLite or PostgreSQL database.

    `codebook` validates analyst corrections (actor, issue, stance ids); the
    bundled codebook is used when none is given.
    """

    def __init__(self, url: str, *, codebook: Codebook | None = None) -> None:
        self._url = _engine.normalise_url(url)
        self.url = _engine.masked(self._url)
        self._codebook = codebook
        self._engine = _engine.create(self._url)
        try:
            self.revision = _engine.upgrade(self._engine, self._url)
        except BaseException:
            self._engine.dispose()
            raise

    @property
    def dialect(self) -> str:
        """"sqlite" or "postgresql"."""
        return self._engine.dialect.name

    @property
    def codebook(self) -> Codebook:
        if self._codebook is None:
            self._codebook = load_codebook()
        return self._codebook

    def close(self) -> None:
        """Release the connections."""
        self._engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.url!r})"

    # -- helpers -----------------------------------------------------------------

    def _read(self):  # type: ignore[no-untyped-def]
        return self._engine.connect()

    def _write(self):  # type: ignore[no-untyped-def]
        return _engine.write_transaction(self._engine)

    def _fail(self, action: str, error: sa_exc.DBAPIError) -> StoreError:
        reason = str(error.orig).strip().splitlines()[0] if error.orig else str(error)
        return StoreError(f"cannot {action}: {reason}", source=self.url)

    # -- documents ---------------------------------------------------------------

    def has_document(self, content_hash: str) -> str | None:
        """The id of the first stored document with this content hash, or None."""
        with self._read() as conn:
            return conn.execute(select(D.c.id).where(D.c.content_hash == content_hash)
                                .order_by(D.c.pk).limit(1)).scalar()

    def stored_id(self, doc: Document) -> str | None:
        """The id under which this source with this text is stored, or None."""
        with self._read() as conn:
            return self._stored_id(conn, doc)

    @staticmethod
    def _stored_id(conn: Any, doc: Document) -> str | None:
        return conn.execute(select(D.c.id).where(D.c.source_key == doc.source_key,
                                                 D.c.content_hash == doc.content_hash)).scalar()

    def first_ids_by_content_hash(self, hashes: set[str]) -> dict[str, str]:
        """{content hash: id of the first stored document with that text} for the hashes stored."""
        out: dict[str, str] = {}
        chunk = sorted(hashes)
        with self._read() as conn:
            for i in range(0, len(chunk), 500):
                q = (select(D.c.content_hash, D.c.id).where(D.c.content_hash.in_(chunk[i:i + 500]))
                     .order_by(D.c.pk))
                for r in conn.execute(q):
                    out.setdefault(r.content_hash, r.id)
        return out

    def add_document(self, doc: Document) -> tuple[str, str]:
        """Store a document in its own transaction: (id, "added") or (existing id, "unchanged").

        A document is "unchanged" when the same source (`Document.source_key`)
        with the same text is already stored; the same text from another
        source is stored as a document of its own.
        """
        existing = self.stored_id(doc)
        if existing is not None:
            return existing, "unchanged"
        try:
            with self._write() as conn:
                found = self._stored_id(conn, doc)
                if found is not None:
                    return found, "unchanged"
                conn.execute(insert(D), _rows.document_row(doc))
        except sa_exc.IntegrityError:
            found = self.stored_id(doc)
            if found is None:
                raise StoreError(f"document id {doc.id} is already used by another source or text",
                                 source=doc.name) from None
            return found, "unchanged"
        except sa_exc.DBAPIError as e:
            raise self._fail(f"store document {doc.name}", e) from None
        return doc.id, "added"

    def update_document(self, doc_id: str, **changes: Any) -> Document:
        """Change metadata of a stored document (not its text): flags, duplicate_of, dates, …"""
        allowed = {"outlet", "title", "byline", "published", "page_date", "original_source", "flags",
                   "flag_notes", "duplicate_of", "dup_kind", "language", "fingerprint", "meta"}
        bad = sorted(set(changes) - allowed)
        if bad:
            raise InputError(f"cannot update document field(s) {bad}; allowed: {sorted(allowed)}")
        values = {k: (list(v) if k in ("flags", "flag_notes") else v) for k, v in changes.items()}
        with self._write() as conn:
            done = conn.execute(update(D).where(D.c.id == doc_id).values(**values)).rowcount
        if not done:
            raise NotFoundError(f"no document with id {doc_id!r}", source=self.url)
        return self.get_document(doc_id)

    def get_document(self, id_or_name: str) -> Document:
        """A document by id, content hash, file name or path, or URL; NotFoundError otherwise."""
        key = id_or_name.strip()
        tries = (D.c.id == key, D.c.content_hash == key, D.c.path == key, D.c.url == key,
                 D.c.name == key.replace("\\", "/").rsplit("/", 1)[-1])
        with self._read() as conn:
            for cond in tries:
                row = conn.execute(select(D).where(cond).order_by(D.c.pk).limit(1)).mappings().first()
                if row is not None:
                    return _rows.row_document(row)
        raise NotFoundError(f"no document with id, name, path or URL {id_or_name!r}", source=self.url)

    def documents(self, limit: int | None = None, offset: int = 0) -> list[Document]:
        """Stored documents in the order they were added."""
        q = select(D).order_by(D.c.pk).offset(offset)
        if limit is not None:
            q = q.limit(limit)
        with self._read() as conn:
            return [_rows.row_document(r) for r in conn.execute(q).mappings()]

    def iter_documents(self, batch: int = 200) -> Iterator[Document]:
        """All documents in the order they were added, fetched `batch` at a time."""
        last = 0
        while True:
            q = select(D).where(D.c.pk > last).order_by(D.c.pk).limit(batch)
            with self._read() as conn:
                rows = list(conn.execute(q).mappings())
            for row in rows:
                yield _rows.row_document(row)
            if len(rows) < batch:
                return
            last = rows[-1]["pk"]

    def document_count(self) -> int:
        with self._read() as conn:
            return int(conn.execute(select(func.count()).select_from(D)).scalar_one())

    def data_revision(self) -> tuple[Any, ...]:
        """A cheap summary of what is stored that changes with every write, from any process.

        Document and statement counts, the last document key, the last extraction time and the
        last correction id: a reader that cached something built from the store compares this
        to know when to rebuild.
        """
        q = select(
            select(func.count()).select_from(D).scalar_subquery(),
            select(func.max(D.c.pk)).scalar_subquery(),
            select(func.count()).select_from(S).scalar_subquery(),
            select(func.max(X.c.at)).scalar_subquery(),
            select(func.count()).select_from(X).scalar_subquery(),
            select(func.max(C.c.id)).scalar_subquery(),
        )
        with self._read() as conn:
            return tuple(conn.execute(q).one())

    def fingerprints(self) -> list[tuple[str, str | None]]:
        """(id, fingerprint) of every document except exact copies, in the order they were added."""
        q = (select(D.c.id, D.c.fingerprint).where(or_(D.c.dup_kind.is_(None), D.c.dup_kind != "exact"))
             .order_by(D.c.pk))
        with self._read() as conn:
            return [(r.id, r.fingerprint) for r in conn.execute(q)]

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Full-text search over titles and texts, best match first."""
        with self._read() as conn:
            try:
                found = search_rows(conn, query, limit)
            except sa_exc.DBAPIError as e:
                raise InputError(f"cannot search for {query!r}: {str(e.orig).strip()}") from None
        docs = {d.id: d for d in self._documents_by_id({h[0] for h in found})}
        return [SearchHit(docs[i], snippet, rank) for i, snippet, rank in found if i in docs]

    def _documents_by_id(self, ids: set[str]) -> list[Document]:
        if not ids:
            return []
        with self._read() as conn:
            return [_rows.row_document(r) for r in conn.execute(select(D).where(D.c.id.in_(ids))).mappings()]

    # -- machine statements --------------------------------------------------------

    def replace_machine_statements(self, doc_id: str, statements: Sequence[Statement],
                                   extractor_version: str) -> int:
        """Replace the machine's statements of one document atomically; return how many are stored.

        Ids are the statements' stable keys, so re-extraction gives the same rows
        and analyst corrections keyed on them stay attached.
        """
        text = self._document_text(doc_id)
        rows: dict[str, dict[str, Any]] = {}
        for st in statements:
            _check_span(st, doc_id, text)
            rows.setdefault(st.key, _rows.statement_row(st, len(rows), extractor_version))
        try:
            with self._write() as conn:
                # serialise concurrent replacements of one document (SQLite: BEGIN IMMEDIATE already does)
                conn.execute(select(D.c.pk).where(D.c.id == doc_id).with_for_update())
                conn.execute(delete(S).where(S.c.doc_id == doc_id))
                if rows:
                    conn.execute(insert(S), list(rows.values()))
                conn.execute(delete(X).where(X.c.doc_id == doc_id))
                conn.execute(insert(X), {"doc_id": doc_id, "extractor_version": extractor_version,
                                         "n_statements": len(rows), "at": _rows.now()})
        except sa_exc.DBAPIError as e:
            raise self._fail(f"store statements of document {doc_id}", e) from None
        return len(rows)

    def _document_text(self, doc_id: str) -> str:
        with self._read() as conn:
            text = conn.execute(select(D.c.text).where(D.c.id == doc_id)).scalar()
        if text is None:
            raise NotFoundError(f"no document with id {doc_id!r}", source=self.url)
        return text

    def extracted_versions(self) -> dict[str, str]:
        """{document id: extractor version} of every document whose statements were extracted."""
        with self._read() as conn:
            return {r.doc_id: r.extractor_version for r in conn.execute(select(X.c.doc_id, X.c.extractor_version))}

    # -- effective view ------------------------------------------------------------

    def statements(self, *, actor: str | None = None, issue: str | None = None, stance: str | None = None,
                   doc_id: str | None = None, since: dt.date | None = None, until: dt.date | None = None,
                   source: str | None = None, origin: str | None = None) -> list[Statement]:
        """The effective statements: the machine's, with analyst corrections applied on top.

        Deleted statements are left out; analyst additions are included. Each
        statement has `id` and `origin` ("machine", "corrected" or "analyst").
        `since`/`until` compare the statement's event date, else its document's
        published date, else its page date; `source` matches the document's
        original source or outlet (case-insensitive).
        """
        if origin is not None and origin not in ORIGINS:
            raise InputError(f"unknown origin {origin!r}; expected one of {', '.join(ORIGINS)}")
        log = self.corrections(doc_id=doc_id)
        touched = {c.statement_id for c in log}
        wanted = [S.c[k] == v for k, v in (("actor", actor), ("issue", issue), ("stance", stance)) if v]
        q = select(S)
        if doc_id:
            q = q.where(S.c.doc_id == doc_id)
        if wanted:
            q = q.where(or_(and_(*wanted), S.c.id.in_(touched)) if touched else and_(*wanted))
        with self._read() as conn:
            machine = {r["id"]: _rows.row_statement(r) for r in conn.execute(q).mappings()}
        effective = [s for s in replay(machine, log).values() if s is not None]
        meta = self._doc_meta({s.doc_id for s in effective})
        out = [s for s in effective if _keep(s, meta, actor, issue, stance, doc_id, since, until, source, origin)]
        return sorted(out, key=lambda s: (_date_of(s, meta) or dt.date.max, s.doc_id, s.start, s.end, s.id or ""))

    def _doc_meta(self, ids: set[str]) -> dict[str, tuple[Any, ...]]:
        if not ids:
            return {}
        q = select(D.c.id, D.c.published, D.c.page_date, D.c.original_source, D.c.outlet)
        out: dict[str, tuple[Any, ...]] = {}
        with self._read() as conn:
            chunk = sorted(ids)
            for i in range(0, len(chunk), 500):
                for r in conn.execute(q.where(D.c.id.in_(chunk[i:i + 500]))):
                    out[r.id] = (_rows.as_date(r.published), _rows.as_date(r.page_date),
                                 r.original_source, r.outlet)
        return out

    def get_statement(self, statement_id: str) -> Statement:
        """One effective statement by id; NotFoundError if unknown or deleted."""
        log = self.corrections(statement_id)
        with self._read() as conn:
            row = conn.execute(select(S).where(S.c.id == statement_id)).mappings().first()
        machine = {row["id"]: _rows.row_statement(row)} if row else {}
        st = replay(machine, log).get(statement_id)
        if st is None:
            gone = "was deleted" if any(c.action == "delete" for c in log) else "does not exist"
            raise NotFoundError(f"statement {statement_id!r} {gone}", source=self.url)
        return st

    # -- analyst corrections ---------------------------------------------------------

    def correct_statement(self, statement_id: str, *, who: str, note: str | None = None,
                          **changes: Any) -> Statement:
        """Record an analyst's change to a statement (the machine's row is kept); return the result."""
        current = self.get_statement(statement_id)
        if not changes:
            raise InputError(f"nothing to change in statement {statement_id!r}")
        clean = validate_changes(changes, self.codebook)
        if "start" in clean or "end" in clean:
            start, end = clean.get("start", current.start), clean.get("end", current.end)
            text = self._document_text(current.doc_id)
            if not 0 <= start < end <= len(text):
                raise InputError(f"span {start}:{end} is outside document {current.doc_id} "
                                 f"({len(text)} characters)")
            clean["quote"] = text[start:end]
        self._log(statement_id, current.doc_id, "correct", clean, who, note)
        return self.get_statement(statement_id)

    def add_statement(self, statement: Statement, *, who: str, note: str | None = None) -> Statement:
        """Record a statement the analyst adds; its quote must be its document's text at start:end."""
        text = self._document_text(statement.doc_id)
        _check_span(statement, statement.doc_id, text)
        validate_changes({k: getattr(statement, k) for k in ("actor", "issue", "stance", "value", "confidence",
                                                             "event_date")}
                         | ({"target": statement.target} if statement.target else {}), self.codebook)
        new_id = "a" + uuid.uuid4().hex[:15]
        self._log(new_id, statement.doc_id, "add", statement_fields(statement), who, note)
        return self.get_statement(new_id)

    def add_quoted_statement(self, document: str, quote: str, *, actor: str, issue: str, stance: str,
                             who: str, note: str | None = None, after: int = 0, **fields: Any) -> Statement:
        """Add an analyst statement located by its quote in a document (by id, name, path or URL).

        The quote is searched from offset `after`, exactly first and then with any
        run of whitespace matching any other; the stored quote is the document's text.
        """
        doc = self.get_document(document)
        start, end = locate_quote(doc.text, quote, after, doc.name)
        st = Statement(doc_id=doc.id, actor=actor, issue=issue, stance=stance, start=start, end=end,
                       quote=doc.text[start:end], **fields)
        return self.add_statement(st, who=who, note=note)

    def delete_statement(self, statement_id: str, *, who: str, note: str | None = None) -> None:
        """Withdraw a statement from the effective view (recorded; the machine's row is kept)."""
        current = self.get_statement(statement_id)
        self._log(statement_id, current.doc_id, "delete", {}, who, note)

    def _log(self, statement_id: str, doc_id: str, action: str, changes: dict[str, Any],
             who: str, note: str | None) -> None:
        if not who or not who.strip():
            raise InputError("say who makes the correction (who must not be empty)")
        try:
            with self._write() as conn:
                conn.execute(insert(C).values(statement_id=statement_id, doc_id=doc_id, action=action,
                                              changes=changes, who=who.strip(), at=_rows.now(), note=note))
        except sa_exc.DBAPIError as e:
            raise self._fail(f"record the correction of {statement_id}", e) from None

    def corrections(self, statement_id: str | None = None, *, doc_id: str | None = None) -> list[Correction]:
        """The corrections log (oldest first), for one statement or document or all."""
        q = select(C).order_by(C.c.id)
        if statement_id is not None:
            q = q.where(C.c.statement_id == statement_id)
        if doc_id is not None:
            q = q.where(C.c.doc_id == doc_id)
        with self._read() as conn:
            return [_correction(r) for r in conn.execute(q).mappings()]

    def orphaned_corrections(self) -> list[Correction]:
        """Corrections whose machine statement is gone (re-extraction dropped it); kept, not lost."""
        log = self.corrections()
        ids = {c.statement_id for c in log}
        with self._read() as conn:
            present = set(conn.execute(select(S.c.id).where(S.c.id.in_(ids))).scalars()) if ids else set()
        return orphaned(present, log)


def _correction(row: Any) -> Correction:
    at = row["at"]
    if isinstance(at, dt.datetime) and at.tzinfo is None:
        at = at.replace(tzinfo=dt.timezone.utc)
    return Correction(id=row["id"], statement_id=row["statement_id"], action=row["action"],
                      changes=dict(row["changes"] or {}), who=row["who"], at=at, note=row["note"])


def locate_quote(text: str, quote: str, after: int = 0, name: str = "the document") -> tuple[int, int]:
    """(start, end) of the first occurrence of `quote` in `text` at or after `after`."""
    words = quote.split()
    if not words:
        raise InputError("the quote is empty")
    start = text.find(quote, after)
    if start >= 0:
        return start, start + len(quote)
    found = re.compile(r"\s+".join(re.escape(w) for w in words)).search(text, after)
    if found is None:
        raise InputError(f"quote {quote[:80]!r} is not in the text of {name}")
    return found.start(), found.end()


def _check_span(st: Statement, doc_id: str, text: str) -> None:
    if st.doc_id != doc_id:
        raise InputError(f"statement {st.key} belongs to document {st.doc_id!r}, not {doc_id!r}")
    if not 0 <= st.start < st.end <= len(text) or text[st.start:st.end] != st.quote:
        found = text[st.start:st.end] if 0 <= st.start < st.end <= len(text) else "(outside the text)"
        raise InputError(f"statement {st.key} ({st.actor}/{st.issue}/{st.stance}): quote {st.quote[:60]!r} "
                         f"is not the text at {st.start}:{st.end} of document {doc_id} (found {found[:60]!r})")


def _date_of(st: Statement, meta: dict[str, tuple[Any, ...]]) -> dt.date | None:
    published, page_date = meta.get(st.doc_id, (None, None, None, None))[:2]
    return st.event_date or published or page_date


def _keep(st: Statement, meta: dict[str, tuple[Any, ...]], actor: str | None, issue: str | None,
          stance: str | None, doc_id: str | None, since: dt.date | None, until: dt.date | None,
          source: str | None, origin: str | None) -> bool:
    if (actor and st.actor != actor) or (issue and st.issue != issue) or (stance and st.stance != stance):
        return False
    if (doc_id and st.doc_id != doc_id) or (origin and st.origin != origin):
        return False
    if since or until:
        date = _date_of(st, meta)
        if date is None or (since and date < since) or (until and date > until):
            return False
    if source:
        original, outlet = meta.get(st.doc_id, (None, None, None, None))[2:]
        if source.casefold() not in {(original or "").casefold(), (outlet or "").casefold()}:
            return False
    return True
