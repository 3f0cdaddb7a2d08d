"""The review page (/review) and its JSON twin: one statement at a time, highest expected change first.

The page is rendered with the first statement of the queue; `static/review.js`
sends each action (confirm, reject, fix) as a same-origin POST to
``/api/review/{statement_id}`` and shows the next statement from the answer.
Each action is one correction in the store's log (see `zopa.review.queue`).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any, Callable, Literal

from fastapi import APIRouter, Path, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, ConfigDict, Field

from ..records import Document, Position
from ..review.queue import ReviewItem, ReviewOutcome, ReviewQueue
from .views import Views

__all__ = ["ReviewAction", "context_around", "review_router"]

ID = r"^[A-Za-z0-9._:\-]+$"
Skip = Annotated[str | None, Query(max_length=20_000, pattern=r"^[A-Za-z0-9._:\-,]*$",
                                   description="Statement ids to pass over, comma-separated")]
CONTEXT = 700          # characters of paragraph kept on each side of the sentence at most


class ReviewFields(BaseModel):
    """Fields an analyst fixes in review; only those given change."""

    model_config = ConfigDict(extra="forbid")
    actor: str | None = Field(None, max_length=100, pattern=ID)
    issue: str | None = Field(None, max_length=100, pattern=ID)
    stance: str | None = Field(None, max_length=40, pattern=ID)
    value: float | None = Field(None, ge=0, le=100)
    clear_value: bool = False
    red_line: bool | None = None

    def changes(self) -> dict[str, Any]:
        out = {k: v for k, v in self.model_dump(exclude={"clear_value"}).items() if v is not None}
        if self.clear_value:
            out["value"] = None
        return out


class ReviewAction(BaseModel):
    """One review action on a statement."""

    model_config = ConfigDict(extra="forbid")
    action: Literal["confirm", "reject", "fix"]
    who: str = Field(min_length=1, max_length=100, pattern=r"\S")
    note: str | None = Field(None, max_length=2000)
    fields: ReviewFields = ReviewFields()


@dataclass(frozen=True, slots=True)
class Context:
    """The paragraph around a statement: text before, the statement's span, text after."""

    before: str
    sentence: str
    after: str


def context_around(text: str, start: int, end: int, limit: int = CONTEXT) -> Context:
    """The paragraph (line) holding text[start:end], cut to `limit` characters a side."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    hi = len(text) if hi < 0 else hi
    lo, hi = max(lo, start - limit), min(hi, end + limit)
    return Context(text[lo:start].lstrip(), text[start:end], text[end:hi].rstrip())


def _document(doc: Document) -> dict[str, Any]:
    return {"id": doc.id, "name": doc.name, "title": doc.title, "outlet": doc.outlet, "url": doc.url,
            "original_source": doc.original_source,
            "published": doc.published.isoformat() if doc.published else None}


def _position(p: Position | None) -> dict[str, Any] | None:
    if p is None:
        return None
    return {"actor": p.actor, "issue": p.issue, "ideal": p.ideal, "reservation": p.reservation,
            "red_line": p.red_line, "confidence": p.confidence}


class _Pages:
    """The data of the review page and API for one store."""

    def __init__(self, views: Views) -> None:
        self.views = views
        self.queue = ReviewQueue(views.store, views.codebook)

    def item(self, it: ReviewItem | None, remaining: int) -> dict[str, Any]:
        if it is None:
            return {"remaining": 0, "item": None}
        doc = self.views.store.get_document(it.statement.doc_id)
        ctx = context_around(doc.text, it.statement.start, it.statement.end)
        return {"remaining": remaining, "item": {**it.to_dict(), "document": _document(doc),
                                                 "context": {"before": ctx.before, "sentence": ctx.sentence,
                                                             "after": ctx.after}}}

    def next(self, skip: list[str]) -> dict[str, Any]:
        return self.item(self.queue.next(skip), len(self.queue.ranking()))

    def act(self, statement_id: str, body: ReviewAction, skip: list[str]) -> dict[str, Any]:
        outcome: ReviewOutcome = self.queue.act(statement_id, body.action, who=body.who, note=body.note,
                                                fields=body.fields.changes() if body.action == "fix" else None)
        self.views.invalidate()
        done = {"statement_id": outcome.statement_id, "action": outcome.action,
                "statement": jsonable_encoder(outcome.statement) if outcome.statement else None,
                "position_before": _position(outcome.before), "position_after": _position(outcome.after)}
        return {"done": done, **self.next(skip)}


def _skip(raw: str | None) -> list[str]:
    return [s for s in (raw or "").split(",") if s][:500]


def review_router(views: Views, render: Callable[..., HTMLResponse]) -> APIRouter:
    """The /review page and /api/review endpoints over the views' store; `render` renders a template."""
    pages = _Pages(views)
    router = APIRouter()

    @router.get("/review", response_class=HTMLResponse, summary="Review queue, one statement at a time",
                tags=["pages"])
    def review_page(request: Request, skip: Skip = None) -> HTMLResponse:
        return render(request, "review.html.j2", page=pages.next(_skip(skip)), cb=views.codebook,
                     json_href="/api/review")

    @router.get("/api/review", summary="The next statement to review", tags=["api"])
    def api_review(skip: Skip = None) -> dict[str, Any]:
        return pages.next(_skip(skip))

    @router.get("/api/review/queue", summary="The review queue", tags=["api"])
    def api_queue(limit: Annotated[int, Query(ge=1, le=1000)] = 50) -> dict[str, Any]:
        ranked = pages.queue.ranking()
        return {"total": len(ranked), "items": [it.to_dict() for it in ranked.items(limit)]}

    @router.post("/api/review/{statement_id}", summary="Confirm, reject or fix a statement; get the next",
                 tags=["api"])
    def api_act(statement_id: Annotated[str, Path(min_length=1, max_length=64, pattern=ID)], body: ReviewAction,
                skip: Skip = None) -> dict[str, Any]:
        return pages.act(statement_id, body, _skip(skip))

    return router
