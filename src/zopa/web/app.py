"""The FastAPI app: every HTML page has a JSON twin under /api; handlers stay thin."""
from __future__ import annotations

import dataclasses
import datetime as dt
import gzip
import secrets
from typing import Annotated, Any, Callable, Sequence
from urllib.parse import urlencode

from fastapi import Depends, FastAPI, Form, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import ChoiceLoader, Environment, PackageLoader, select_autoescape
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from ..codebook import Codebook, load_codebook
from ..errors import InputError, NotFoundError, StoreError, ZopaError
from ..records import Statement, check_date
from ..report.model import fmt
from ..report.render import md_escape
from ..store import Store
from .auth import DropEmptyQueryMiddleware, TokenMiddleware
from .review import review_router
from .security import CSRF_FIELD, MAX_BODY, SecurityMiddleware, allowed_host_names
from .views import StatementFilter, Views, to_json

ID = r"^[A-Za-z0-9._:\-]+$"
IssueId = Annotated[str, Path(min_length=1, max_length=100, pattern=ID, description="Codebook issue id")]
ActorId = Annotated[str, Path(min_length=1, max_length=100, pattern=ID, description="Codebook actor id")]
DocId = Annotated[str, Path(min_length=1, max_length=300, pattern=r"^[^\x00-\x1f]+$",
                            description="Document id or file name")]
StatementId = Annotated[str, Path(min_length=1, max_length=64, pattern=ID, description="Statement id")]
Score = Annotated[float | None, Query(ge=0, le=100)]
Offset = Annotated[int, Query(ge=0, le=1_000_000, description="Items to skip")]
Limit = Annotated[int, Query(ge=1, le=500, description="Items per page")]

_env = Environment(loader=ChoiceLoader([PackageLoader("zopa.web", "templates"),
                                        PackageLoader("zopa.report", "templates")]),
                   autoescape=select_autoescape(default=True, default_for_string=True),
                   trim_blocks=True, lstrip_blocks=True)
_env.filters["num"] = fmt
_env.filters["md"] = md_escape


class _Input(BaseModel):
    """Input models refuse unknown fields, NaN and infinities, and text with NUL or lone surrogates."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    @field_validator("*", mode="after")
    @classmethod
    def _clean_text(cls, value: Any) -> Any:
        if isinstance(value, str) and ("\x00" in value or any("\ud800" <= ch <= "\udfff" for ch in value)):
            raise ValueError("text must not contain NUL characters or unpaired surrogates")
        return value

    @field_validator("event_date", mode="after", check_fields=False)
    @classmethod
    def _sane_date(cls, value: dt.date | None) -> dt.date | None:
        try:
            return check_date(value, "event_date")
        except InputError as exc:
            raise ValueError(exc.message) from None


class StatementQuery(_Input):
    """Filters of the statement browser."""

    actor: str | None = Field(None, max_length=100, pattern=ID)
    issue: str | None = Field(None, max_length=100, pattern=ID)
    stance: str | None = Field(None, max_length=40, pattern=ID)
    since: dt.date | None = None
    until: dt.date | None = None
    source: str | None = Field(None, max_length=200)
    doc: str | None = Field(None, max_length=300)
    origin: str | None = Field(None, pattern="^(machine|corrected|analyst)$")
    offset: int = Field(0, ge=0, le=1_000_000)
    limit: int = Field(50, ge=1, le=500)


class CorrectionIn(_Input):
    """An analyst's change to a statement; only the fields given are changed."""

    who: str = Field(min_length=1, max_length=100, pattern=r"\S")
    note: str | None = Field(None, max_length=2000)
    actor: str | None = Field(None, max_length=100)
    issue: str | None = Field(None, max_length=100)
    stance: str | None = Field(None, max_length=40)
    value: float | None = Field(None, ge=0, le=100)
    clear_value: bool = False
    red_line: bool | None = None
    hedged: bool | None = None
    confidence: float | None = Field(None, ge=0, le=1)
    event_date: dt.date | None = None

    def changes(self) -> dict[str, Any]:
        fields = ("actor", "issue", "stance", "value", "red_line", "hedged", "confidence", "event_date")
        out = {k: getattr(self, k) for k in fields if getattr(self, k) is not None}
        if self.clear_value:
            out["value"] = None
        return out


class StatementIn(_Input):
    """A statement the analyst adds: the quote must be in the document (offsets optional)."""

    who: str = Field(min_length=1, max_length=100, pattern=r"\S")
    note: str | None = Field(None, max_length=2000)
    doc_id: str = Field(min_length=1, max_length=300)
    actor: str = Field(min_length=1, max_length=100)
    issue: str = Field(min_length=1, max_length=100)
    stance: str = Field(min_length=1, max_length=40)
    quote: str = Field(min_length=1, max_length=5000)
    start: int | None = Field(None, ge=0)
    end: int | None = Field(None, ge=0)
    value: float | None = Field(None, ge=0, le=100)
    red_line: bool = False
    hedged: bool = False
    target: str | None = Field(None, max_length=100)
    event_date: dt.date | None = None

    def statement(self) -> Statement:
        return Statement(doc_id=self.doc_id, actor=self.actor, issue=self.issue, stance=self.stance,
                         start=self.start or 0, end=self.end or 0, quote=self.quote, value=self.value,
                         red_line=self.red_line, hedged=self.hedged, target=self.target or None,
                         event_date=self.event_date, confidence=1.0, origin="analyst")


def _page(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    html = _env.get_template(template).render(request=request, path=request.url.path,
                                              csrf_token=request.app.state.csrf_token, csrf_field=CSRF_FIELD,
                                              **context)
    return HTMLResponse(html, status_code=status)


def _form_value(raw: str | None) -> str | None:
    return raw.strip() if raw and raw.strip() else None


def _tri(raw: str | None) -> bool | None:
    return {"yes": True, "no": False}.get((raw or "").strip().lower())


def _errors(app: FastAPI) -> None:
    def respond(request: Request, status: int, message: str) -> Response:
        if request.url.path.startswith("/api/") or "json" in request.headers.get("accept", "").split(",")[0]:
            return JSONResponse({"detail": message}, status_code=status)
        return _page(request, "error.html.j2", status=status, status_code=status, message=message)

    @app.exception_handler(NotFoundError)
    async def not_found(request: Request, exc: NotFoundError) -> Response:
        return respond(request, 404, exc.message)

    @app.exception_handler(InputError)
    async def bad_input(request: Request, exc: InputError) -> Response:
        return respond(request, 422, exc.message)

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> Response:
        return respond(request, 503, str(exc))

    @app.exception_handler(ZopaError)
    async def zopa_error(request: Request, exc: ZopaError) -> Response:
        return respond(request, 400, str(exc))

    @app.exception_handler(ValidationError)
    async def invalid_form(request: Request, exc: ValidationError) -> Response:
        return respond(request, 422, _message(_problems(exc.errors())))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = _problems(exc.errors())
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": problems, "message": _message(problems)}, status_code=422)
        return respond(request, 422, _message(problems))


def _safe_text(value: object, limit: int = 200) -> str:
    """Printable, encodable, short: lone surrogates escaped, long text cut."""
    text = str(value).encode("utf-8", "backslashreplace").decode("utf-8")
    return text if len(text) <= limit else text[:limit] + "…"


def _problems(errors: Any) -> list[dict[str, Any]]:
    """Where and what, never the offending input (it may be huge, NaN or not encodable)."""
    return [{"loc": [_safe_text(x, 100) for x in e.get("loc", ())], "msg": _safe_text(e.get("msg", "")),
             "type": _safe_text(e.get("type", ""), 60)} for e in list(errors)[:20]]


def _message(problems: list[dict[str, Any]]) -> str:
    return "; ".join(f"{'.'.join(p['loc'])}: {p['msg']}" for p in problems) or "invalid request"


def create_app(store_url: str, codebook: Codebook | str | None = None, token: str | None = None, *,
               allowed_hosts: Sequence[str] = (), bind: str | None = None, max_body: int = MAX_BODY) -> FastAPI:
    """The web app over the store at `store_url`; when `token` is set every request must carry it.

    Requests are served under loopback names, `bind` and `allowed_hosts` only; every write needs
    the CSRF token the pages carry (see `zopa.web.security`).
    """
    cb = codebook if isinstance(codebook, Codebook) else load_codebook(codebook)
    store = Store(store_url, codebook=cb)
    views = Views(store, cb)
    app = FastAPI(title="zopa", version="0.1.0", docs_url=None, redoc_url=None,
                  description="Positions, gaps and bargaining analysis of a negotiation, with the evidence behind "
                              "every figure. Every HTML page has a JSON twin under /api.")
    app.state.views = views
    app.state.csrf_token = secrets.token_urlsafe(32)
    app.add_middleware(DropEmptyQueryMiddleware)
    if token:
        app.add_middleware(TokenMiddleware, token=token)
    app.add_middleware(SecurityMiddleware, csrf_token=app.state.csrf_token, max_body=max_body,
                       allowed_hosts=allowed_host_names(bind, allowed_hosts))
    app.mount("/static", StaticFiles(packages=[("zopa.web", "static")]), name="static")
    _errors(app)
    _pages(app, views, cb)
    _api(app, views, cb)
    _forms(app, views)
    app.include_router(review_router(views, _page))
    app.router.on_shutdown.append(store.close)
    return app


def _pages(app: FastAPI, views: Views, cb: Codebook) -> None:
    @app.get("/", response_class=HTMLResponse, summary="Dashboard", tags=["pages"])
    def dashboard(request: Request) -> Response:
        return _once(request, views, lambda: _page(request, "dashboard.html.j2", report=views.report(),
                                                   json_href="/api/dashboard"))

    @app.get("/issues/{issue_id}", response_class=HTMLResponse, summary="Issue page", tags=["pages"])
    def issue_page(request: Request, issue_id: IssueId) -> Response:
        return _once(request, views, lambda: _page(request, "issue.html.j2", view=views.issue(issue_id),
                                                   report=views.report(), json_href=f"/api/issues/{issue_id}"))

    @app.get("/actors/{actor_id}", response_class=HTMLResponse, summary="Actor page", tags=["pages"])
    def actor_page(request: Request, actor_id: ActorId, offset: Offset = 0, limit: Limit = 50) -> Response:
        return _once(request, views, lambda: _page(request, "actor.html.j2", page=views.actor(actor_id, offset, limit),
                                                   json_href=f"/api/actors/{actor_id}"))

    @app.get("/documents", response_class=HTMLResponse, summary="Documents and provenance", tags=["pages"])
    def documents_page(request: Request, offset: Offset = 0, limit: Limit = 100) -> Response:
        def build() -> Response:
            listing = views.documents(offset, limit)
            return _page(request, "documents.html.j2", listing=listing, prov=listing.provenance,
                         **_pager(request, offset, limit, listing.total),
                         json_href="/api/documents" + (f"?{request.url.query}" if request.url.query else ""))
        return _once(request, views, build)

    @app.get("/documents/{doc_id}", response_class=HTMLResponse, summary="Document with evidence highlighted",
             tags=["pages"])
    def document_page(request: Request, doc_id: DocId,
                      statement: Annotated[str | None, Query(max_length=64)] = None) -> Response:
        def build() -> Response:
            page = views.document(doc_id, focus=statement)
            return _page(request, "document.html.j2", page=page, cb=cb,
                         json_href=f"/api/documents/{page.document.id}")
        return _once(request, views, build)

    @app.get("/statements", response_class=HTMLResponse, summary="Statement browser", tags=["pages"])
    def statements_page(request: Request, q: Annotated[StatementQuery, Query()]) -> Response:
        def build() -> Response:
            listing = views.statements(_filter(q), q.offset, q.limit)
            return _page(request, "statements.html.j2", listing=listing, cb=cb, q=q,
                         **_pager(request, q.offset, q.limit, listing.total),
                         json_href="/api/statements" + (f"?{request.url.query}" if request.url.query else ""))
        return _once(request, views, build)

    @app.get("/statements/{statement_id}", response_class=HTMLResponse, summary="Statement and its history",
             tags=["pages"])
    def statement_page(request: Request, statement_id: StatementId) -> Response:
        return _once(request, views, lambda: _page(request, "statement.html.j2", page=views.statement(statement_id),
                                                   cb=cb, json_href=f"/api/statements/{statement_id}"))

    @app.get("/whatif", response_class=HTMLResponse, summary="What-if panel", tags=["pages"])
    def whatif_page(request: Request, actor: Annotated[str | None, Query(max_length=100)] = None,
                    issue: Annotated[str | None, Query(max_length=100)] = None,
                    reservation: Score = None,
                    salience: Annotated[float | None, Query(ge=0, le=1)] = None) -> Response:
        def build() -> Response:
            result = views.what_if(actor, issue, reservation, salience) if actor and issue else None
            return _page(request, "whatif.html.j2", result=result, report=views.report(), cb=cb,
                         form={"actor": actor, "issue": issue, "reservation": reservation, "salience": salience},
                         json_href="/api/whatif" + (f"?{request.url.query}" if request.url.query else ""))
        return _once(request, views, build)

    @app.get("/healthz", response_class=PlainTextResponse, summary="Liveness", tags=["meta"])
    def healthz() -> str:
        return "ok"


def _once(request: Request, views: Views, build: Callable[[], Response]) -> Response:
    """`build()`'s answer to a GET that depends on its URL and the store alone, built once per store
    revision (see `Views.response`); gzip-compressed, also once, for a client that accepts it."""
    key = f"{request.url.path}?{request.url.query}"

    def body() -> tuple[bytes, str]:
        response = build()
        return bytes(response.body), response.media_type or "application/octet-stream"

    if "gzip" not in request.headers.get("accept-encoding", "").lower():
        content, media_type = views.response(key, body)
        return Response(content, media_type=media_type, headers={"Vary": "Accept-Encoding"})

    def compressed() -> tuple[bytes, str]:
        content, media_type = views.response(key, body)
        return gzip.compress(content, compresslevel=6, mtime=0), media_type
    content, media_type = views.response(key + "#gzip", compressed)
    return Response(content, media_type=media_type, headers={"Content-Encoding": "gzip", "Vary": "Accept-Encoding"})


def _pager(request: Request, offset: int, limit: int, total: int) -> dict[str, str | None]:
    """Links to the previous and next page of a list, the other query parameters kept."""
    kept = [(k, v) for k, v in request.query_params.multi_items() if k not in ("offset", "token")]

    def href(at: int) -> str:
        return f"{request.url.path}?{urlencode([*kept, ('offset', str(at))])}"

    return {"prev_href": href(max(0, offset - limit)) if offset > 0 else None,
            "next_href": href(offset + limit) if offset + limit < total else None}


def _filter(q: StatementQuery) -> StatementFilter:
    return StatementFilter(actor=q.actor, issue=q.issue, stance=q.stance, since=q.since, until=q.until,
                           source=q.source, doc_id=q.doc, origin=q.origin)


def _api(app: FastAPI, views: Views, cb: Codebook) -> None:
    @app.get("/api/dashboard", summary="Dashboard data", tags=["api"])
    def api_dashboard(request: Request) -> Response:
        return _once(request, views, lambda: JSONResponse(views.dashboard()))

    @app.get("/api/issues/{issue_id}", summary="Issue data", tags=["api"])
    def api_issue(request: Request, issue_id: IssueId) -> Response:
        return _once(request, views, lambda: JSONResponse(to_json(views.issue(issue_id, charts=False))))

    @app.get("/api/actors/{actor_id}", summary="Actor data (statements paginated)", tags=["api"],
             response_model=dict[str, Any])
    def api_actor(request: Request, actor_id: ActorId, offset: Offset = 0, limit: Limit = 50) -> Response:
        return _once(request, views, lambda: JSONResponse(to_json(views.actor(actor_id, offset, limit))))

    @app.get("/api/documents", summary="Documents and provenance (the document table paginated)", tags=["api"],
             response_model=dict[str, Any])
    def api_documents(request: Request, offset: Offset = 0, limit: Limit = 100) -> Response:
        def build() -> Response:
            listing = views.documents(offset, limit)
            return JSONResponse(to_json(listing.provenance)
                                | {"total": listing.total, "offset": offset, "limit": limit})
        return _once(request, views, build)

    @app.get("/api/documents/{doc_id}", summary="Document, its statements and evidence spans", tags=["api"],
             response_model=dict[str, Any])
    def api_document(request: Request, doc_id: DocId,
                     statement: Annotated[str | None, Query(max_length=64)] = None) -> Response:
        return _once(request, views, lambda: JSONResponse(to_json(views.document(doc_id, focus=statement))))

    @app.get("/api/statements", summary="Statements, filtered", tags=["api"], response_model=dict[str, Any])
    def api_statements(request: Request, q: Annotated[StatementQuery, Query()]) -> Response:
        return _once(request, views, lambda: JSONResponse(to_json(views.statements(_filter(q), q.offset, q.limit))))

    @app.get("/api/statements/{statement_id}", summary="Statement and its corrections", tags=["api"],
             response_model=dict[str, Any])
    def api_statement(request: Request, statement_id: StatementId) -> Response:
        return _once(request, views, lambda: JSONResponse(to_json(views.statement(statement_id))))

    @app.post("/api/statements/{statement_id}/corrections", summary="Correct a statement", tags=["api"])
    def api_correct(statement_id: StatementId, body: CorrectionIn) -> dict[str, Any]:
        return to_json(views.correct(statement_id, body.who, body.note, body.changes()))

    @app.delete("/api/statements/{statement_id}", summary="Withdraw a statement", tags=["api"])
    def api_delete(statement_id: StatementId, who: Annotated[str, Query(min_length=1, max_length=100, pattern=r"\S")],
                   note: Annotated[str | None, Query(max_length=2000)] = None) -> dict[str, Any]:
        views.delete(statement_id, who, note)
        return {"deleted": statement_id}

    @app.post("/api/statements", summary="Add a statement", tags=["api"], status_code=201)
    def api_add(body: StatementIn) -> dict[str, Any]:
        return to_json(views.add(body.statement(), body.who, body.note))

    @app.get("/api/whatif", summary="Move a reservation or salience and recompute", tags=["api"],
             response_model=dict[str, Any])
    def api_whatif(request: Request, actor: Annotated[str, Query(min_length=1, max_length=100)],
                   issue: Annotated[str, Query(min_length=1, max_length=100)],
                   reservation: Score = None,
                   salience: Annotated[float | None, Query(ge=0, le=1)] = None) -> Response:
        return _once(request, views, lambda: JSONResponse(to_json(views.what_if(actor, issue, reservation, salience))))

    @app.get("/api/csrf", summary="The token every write must carry (X-CSRF-Token header)", tags=["api"])
    def api_csrf(request: Request) -> dict[str, str]:
        return {"token": request.app.state.csrf_token, "header": "X-CSRF-Token", "field": CSRF_FIELD}

    @app.get("/api/codebook", summary="The codebook", tags=["api"])
    def api_codebook() -> dict[str, Any]:
        return cb.model_dump(mode="json")


def _forms(app: FastAPI, views: Views) -> None:
    @app.post("/statements/{statement_id}/correct", summary="Correct a statement (HTML form)", tags=["forms"])
    def form_correct(statement_id: StatementId, who: Annotated[str, Form(min_length=1, max_length=100)],
                     note: Annotated[str | None, Form(max_length=2000)] = None,
                     actor: Annotated[str | None, Form(max_length=100)] = None,
                     issue: Annotated[str | None, Form(max_length=100)] = None,
                     stance: Annotated[str | None, Form(max_length=40)] = None,
                     value: Annotated[str | None, Form(max_length=20)] = None,
                     red_line: Annotated[str | None, Form(max_length=5)] = None) -> RedirectResponse:
        body = CorrectionIn(who=who, note=_form_value(note), actor=_form_value(actor), issue=_form_value(issue),
                            stance=_form_value(stance), red_line=_tri(red_line),
                            **_value_field(value))
        views.correct(statement_id, body.who, body.note, body.changes())
        return RedirectResponse(f"/statements/{statement_id}", status_code=303)

    @app.post("/statements/{statement_id}/delete", summary="Withdraw a statement (HTML form)", tags=["forms"])
    def form_delete(statement_id: StatementId, who: Annotated[str, Form(min_length=1, max_length=100)],
                    note: Annotated[str | None, Form(max_length=2000)] = None) -> RedirectResponse:
        views.delete(statement_id, who, _form_value(note))
        return RedirectResponse(f"/statements/{statement_id}", status_code=303)

    @app.post("/statements/add", summary="Add a statement (HTML form)", tags=["forms"])
    def form_add(who: Annotated[str, Form(min_length=1, max_length=100)],
                 doc_id: Annotated[str, Form(min_length=1, max_length=300)],
                 actor: Annotated[str, Form(min_length=1, max_length=100)],
                 issue: Annotated[str, Form(min_length=1, max_length=100)],
                 stance: Annotated[str, Form(min_length=1, max_length=40)],
                 quote: Annotated[str, Form(min_length=1, max_length=5000)],
                 value: Annotated[str | None, Form(max_length=20)] = None,
                 red_line: Annotated[str | None, Form(max_length=5)] = None,
                 note: Annotated[str | None, Form(max_length=2000)] = None) -> RedirectResponse:
        body = StatementIn(who=who, note=_form_value(note), doc_id=doc_id, actor=actor, issue=issue, stance=stance,
                           quote=quote, red_line=_tri(red_line) or False,
                           value=_value_field(value).get("value"))
        st = views.add(body.statement(), body.who, body.note)
        return RedirectResponse(f"/statements/{st.id}", status_code=303)


def _value_field(raw: str | None) -> dict[str, Any]:
    """The form's value box: empty = unchanged, 'none' = clear, else a number 0–100."""
    text = (raw or "").strip().lower()
    if not text:
        return {}
    if text in ("none", "null", "-"):
        return {"clear_value": True}
    try:
        number = float(text)
    except ValueError:
        raise InputError(f"value must be a number from 0 to 100 (or 'none' to clear it), got {raw!r}") from None
    if not 0 <= number <= 100:
        raise InputError(f"value must be between 0 and 100, got {number:g}")
    return {"value": number}
