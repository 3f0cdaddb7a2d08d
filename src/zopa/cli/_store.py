"""`zopa export`, `zopa statements …`, `zopa search`, `zopa db upgrade`."""
from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import getpass
import json
import os
import sys
from typing import Annotated, Any

import typer
from rich.table import Table

from ..codebook import load_codebook
from ..errors import InputError
from ..records import Statement
from ..store import Correction, Store, export_documents, export_statements
from . import app
from ._common import CodebookOption, DbOption, JsonOption, console, handle_errors, settings_from

statements_app = typer.Typer(help="List, correct, add and delete statements; show the corrections log.",
                             no_args_is_help=True)
db_app = typer.Typer(help="Database maintenance.", no_args_is_help=True)
app.add_typer(statements_app, name="statements")
app.add_typer(db_app, name="db")

WhoOption = Annotated[str | None, typer.Option("--who", help="Who makes the change (default: $ZOPA_USER, else $USER).")]
NoteOption = Annotated[str | None, typer.Option("--note", help="Why (kept in the corrections log).")]


class What(str, enum.Enum):
    documents = "documents"
    statements = "statements"


class Format(str, enum.Enum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


def _who(who: str | None) -> str:
    return who or os.environ.get("ZOPA_USER") or os.environ.get("USER") or getpass.getuser()


def _open(db: str | None, codebook: str | None = None) -> Store:
    settings = settings_from(db, codebook)
    cb = load_codebook(settings.codebook) if codebook or settings.codebook else None
    return Store(settings.db_url, codebook=cb)


def _jsonable(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def _as_json(obj: Statement | Correction) -> dict[str, Any]:
    return {k: _jsonable(v) for k, v in dataclasses.asdict(obj).items()}


@app.command("export")
@handle_errors
def export(
    what: Annotated[What, typer.Argument(help="documents or statements (the effective view).")],
    db: DbOption = None,
    fmt: Annotated[Format, typer.Option("--format", help="Output format.")] = Format.jsonl,
    out: Annotated[str | None, typer.Option("--out", help="Output file (default: stdout; parquet needs a file).")] = None,
) -> None:
    """Export documents or statements as JSON Lines, CSV or Parquet (fields: see zopa.store.export)."""
    if out is None and fmt is Format.parquet:
        raise InputError("parquet output needs --out FILE")
    writer = export_documents if what is What.documents else export_statements
    with _open(db) as store:
        n = writer(store, fmt.value, out if out is not None else sys.stdout)
    if out is not None:
        console.print(f"wrote {n} {what.value} to {out}")


@statements_app.command("list")
@handle_errors
def list_statements(
    db: DbOption = None,
    actor: Annotated[str | None, typer.Option("--actor", help="Actor id.")] = None,
    issue: Annotated[str | None, typer.Option("--issue", help="Issue id.")] = None,
    stance: Annotated[str | None, typer.Option("--stance", help="Stance type.")] = None,
    doc: Annotated[str | None, typer.Option("--doc", help="Document id, name, path or URL.")] = None,
    origin: Annotated[str | None, typer.Option("--origin", help="machine, corrected or analyst.")] = None,
    as_json: JsonOption = False,
) -> None:
    """List the effective statements (machine, corrected by analysts, added by analysts)."""
    with _open(db) as store:
        doc_id = store.get_document(doc).id if doc else None
        found = store.statements(actor=actor, issue=issue, stance=stance, doc_id=doc_id, origin=origin)
    if as_json:
        console.print_json(json.dumps({"statements": [_as_json(s) for s in found]}))
        return
    for s in found:
        _print_statement(s, f"{s.doc_id}")
    console.print(f"{len(found)} statement(s)")


def _print_statement(s: Statement, verb: str) -> None:
    value = "" if s.value is None else f" value={s.value:g}"
    console.print(f"{verb} {s.id} ({s.origin}) {s.actor} {s.stance} {s.issue}{value}"
                  f"{' red line' if s.red_line else ''}{' hedged' if s.hedged else ''}: {s.quote!r}",
                  highlight=False, markup=False, soft_wrap=True)


@statements_app.command("correct")
@handle_errors
def correct(
    statement_id: Annotated[str, typer.Argument(help="Statement id.")],
    who: WhoOption = None,
    db: DbOption = None,
    codebook: CodebookOption = None,
    actor: Annotated[str | None, typer.Option("--actor")] = None,
    issue: Annotated[str | None, typer.Option("--issue")] = None,
    stance: Annotated[str | None, typer.Option("--stance")] = None,
    value: Annotated[float | None, typer.Option("--value", help="0–100 on the issue's scale.")] = None,
    red_line: Annotated[bool | None, typer.Option("--red-line/--no-red-line")] = None,
    hedged: Annotated[bool | None, typer.Option("--hedged/--no-hedged")] = None,
    target: Annotated[str | None, typer.Option("--target")] = None,
    speaker: Annotated[str | None, typer.Option("--speaker")] = None,
    note: NoteOption = None,
) -> None:
    """Correct a statement; the machine's record is kept and the change logged with who and when."""
    changes = {k: v for k, v in {"actor": actor, "issue": issue, "stance": stance, "value": value,
                                 "red_line": red_line, "hedged": hedged, "target": target,
                                 "speaker": speaker}.items() if v is not None}
    with _open(db, codebook) as store:
        s = store.correct_statement(statement_id, who=_who(who), note=note, **changes)
    _print_statement(s, "corrected")


@statements_app.command("add")
@handle_errors
def add(
    doc: Annotated[str, typer.Option("--doc", help="Document id, name, path or URL.")],
    actor: Annotated[str, typer.Option("--actor")],
    issue: Annotated[str, typer.Option("--issue")],
    stance: Annotated[str, typer.Option("--stance")],
    quote: Annotated[str, typer.Option("--quote", help="Text of the document that shows the statement.")],
    who: WhoOption = None,
    db: DbOption = None,
    codebook: CodebookOption = None,
    value: Annotated[float | None, typer.Option("--value")] = None,
    red_line: Annotated[bool, typer.Option("--red-line/--no-red-line")] = False,
    hedged: Annotated[bool, typer.Option("--hedged/--no-hedged")] = False,
    target: Annotated[str | None, typer.Option("--target")] = None,
    speaker: Annotated[str | None, typer.Option("--speaker")] = None,
    after: Annotated[int, typer.Option("--after", help="Find the quote at or after this offset.")] = 0,
    note: NoteOption = None,
) -> None:
    """Add a statement; the quote must occur in the document's text (offsets are computed)."""
    with _open(db, codebook) as store:
        s = store.add_quoted_statement(doc, quote, actor=actor, issue=issue, stance=stance, who=_who(who), note=note,
                                       after=after, value=value, red_line=red_line, hedged=hedged,
                                       target=target, speaker=speaker)
    _print_statement(s, "added")


@statements_app.command("delete")
@handle_errors
def delete(
    statement_id: Annotated[str, typer.Argument(help="Statement id.")],
    who: WhoOption = None,
    db: DbOption = None,
    note: NoteOption = None,
) -> None:
    """Withdraw a statement from the effective view (logged; the machine's record is kept)."""
    with _open(db) as store:
        store.delete_statement(statement_id, who=_who(who), note=note)
    console.print(f"deleted {statement_id}")


@statements_app.command("history")
@handle_errors
def history(
    statement_id: Annotated[str | None, typer.Argument(help="Statement id (default: all).")] = None,
    db: DbOption = None,
    orphaned: Annotated[bool, typer.Option("--orphaned", help="Only corrections whose statement is gone.")] = False,
    as_json: JsonOption = False,
) -> None:
    """Show the corrections log: who changed what, when and why."""
    with _open(db) as store:
        log = store.orphaned_corrections() if orphaned else store.corrections(statement_id)
    if statement_id and orphaned:
        log = [c for c in log if c.statement_id == statement_id]
    if as_json:
        console.print_json(json.dumps({"corrections": [_as_json(c) for c in log]}))
        return
    table = Table()
    for name in ("#", "statement", "action"):
        table.add_column(name, no_wrap=True)
    for name in ("changes", "who", "at", "note"):
        table.add_column(name)
    for c in log:
        changes = ", ".join(f"{k}={v}" for k, v in c.changes.items()
                            if k not in ("doc_id", "quote") and v not in (None, False))
        table.add_row(str(c.id), c.statement_id, c.action, changes, c.who,
                      c.at.strftime("%Y-%m-%d %H:%M") if c.at else "", c.note or "")
    console.print(table)


@app.command("search")
@handle_errors
def search(
    query: Annotated[str, typer.Argument(help='Words, "phrases", OR, -excluded.')],
    db: DbOption = None,
    limit: Annotated[int, typer.Option("--limit", min=1)] = 20,
    as_json: JsonOption = False,
) -> None:
    """Full-text search over the stored documents' titles and texts."""
    with _open(db) as store:
        hits = store.search(query, limit=limit)
    if as_json:
        console.print_json(json.dumps({"hits": [{"id": h.document.id, "name": h.document.name,
                                                 "title": h.document.title, "rank": h.rank,
                                                 "snippet": h.snippet} for h in hits]}))
        return
    for h in hits:
        console.print(f"[bold]{h.document.id}[/] {h.document.name} — {h.document.title or ''}")
        console.print(f"    {h.snippet}", highlight=False, markup=False)
    console.print(f"{len(hits)} hit(s)")


@db_app.command("upgrade")
@handle_errors
def upgrade(db: DbOption = None) -> None:
    """Create the database or migrate it to the newest schema."""
    with _open(db) as store:
        console.print(f"{store.url}: schema at revision {store.revision}")
