"""Request hygiene for the whole app, whichever router serves the request.

One ASGI middleware, outermost, does four things:

- **Host allow-list.** Only loopback names, the address the app is bound to and
  the names passed in `allowed_hosts` are served (a page on another name is
  DNS rebinding); anything else gets 421.
- **Cross-site writes.** Every unsafe method (POST, PUT, PATCH, DELETE) must
  come from the app's own origin (`Origin`, when the browser sends it, names the
  same host; `Sec-Fetch-Site`, when sent, is same-origin) and carry the CSRF
  token: in the `X-CSRF-Token` header (JavaScript `fetch`, API clients) or in a
  `csrf_token` field of a urlencoded form. Pages expose the token in
  `<meta name="csrf-token">`; `GET /api/csrf` returns it to API clients.
- **Bounded input.** A request body larger than `max_body` bytes gets 413; a
  NUL byte in the path or query string gets 400.
- **Headers.** Every response carries a Content-Security-Policy without inline
  script, `X-Content-Type-Options`, `X-Frame-Options`, `Referrer-Policy` and
  `Cross-Origin-Opener-Policy`.
"""
from __future__ import annotations

import json
import logging
import re
import secrets
from typing import Any, Awaitable, Callable, Iterable, MutableMapping
from urllib.parse import parse_qs, urlsplit

from .auth import is_loopback

CSRF_HEADER = "X-CSRF-Token"
CSRF_FIELD = "csrf_token"
MAX_BODY = 1 << 20
UNSAFE = frozenset({"POST", "PUT", "PATCH", "DELETE"})
CSP = ("default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data:; font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
# Referrer-Policy "same-origin", not "no-referrer": with no-referrer Chromium sends `Origin: null` on the
# app's own form posts, which the Origin check must refuse.
HEADERS = (("content-security-policy", CSP), ("x-content-type-options", "nosniff"), ("x-frame-options", "DENY"),
           ("referrer-policy", "same-origin"), ("cross-origin-opener-policy", "same-origin"))
LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


def _host_name(host: str) -> str:
    """The name part of a Host header or netloc, lower case, without port or IPv6 brackets."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[1:].split("]", 1)[0]
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def allowed_host_names(bind: str | None = None, extra: Iterable[str] = ()) -> frozenset[str]:
    """Loopback names, the bound address (unless a wildcard) and the names given."""
    names = {*LOOPBACK_NAMES, *(_host_name(h) for h in extra if h.strip())}
    if bind and bind not in ("0.0.0.0", "::", ""):
        names.add(_host_name(bind))
    return frozenset(names)


def _host_ok(host: str, allowed: frozenset[str]) -> bool:
    name = _host_name(host)
    return name in allowed or is_loopback(name)


class SecurityMiddleware:
    """Host allow-list, cross-site write refusal, body limit and security headers (see the module)."""

    def __init__(self, app: Callable[..., Awaitable[None]], *, csrf_token: str, allowed_hosts: frozenset[str],
                 max_body: int = MAX_BODY) -> None:
        self.app = app
        self.csrf_token = csrf_token
        self.allowed = allowed_hosts
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        send = _with_headers(send)
        refusal = self._refuse_request(scope)
        if refusal is not None:
            await _plain(send, *refusal)
            return
        if scope["method"] not in UNSAFE:
            await self.app(scope, receive, send)
            return
        body = await _read_body(receive, self.max_body)
        if body is None:
            await _plain(send, 413, f"request body larger than {self.max_body} bytes")
            return
        refusal = self._refuse_write(scope, body)
        if refusal is not None:
            await _plain(send, *refusal)
            return
        await self.app(scope, _replay(body, receive), send)

    def _refuse_request(self, scope: Scope) -> tuple[int, str] | None:
        headers = _headers(scope)
        if not _host_ok(headers.get("host", ""), self.allowed):
            return 421, (f"host {headers.get('host', '')[:100]!r} is not served here; start the app with "
                         "--allow-host NAME to serve it under that name")
        if b"%00" in scope.get("raw_path", b"").lower() or b"%00" in scope.get("query_string", b"") \
                or "\x00" in scope.get("path", ""):
            return 400, "NUL bytes are not allowed in the path or query"
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_body:
            return 413, f"request body larger than {self.max_body} bytes"
        return None

    def _refuse_write(self, scope: Scope, body: bytes) -> tuple[int, str] | None:
        headers = _headers(scope)
        origin = headers.get("origin")
        if origin is not None and (origin == "null" or urlsplit(origin).netloc.lower() != headers["host"].lower()):
            return 403, f"cross-site request refused: Origin {origin[:100]!r} is not this site"
        if headers.get("sec-fetch-site", "same-origin") not in ("same-origin", "none"):
            return 403, "cross-site request refused (Sec-Fetch-Site)"
        given = headers.get(CSRF_HEADER.lower()) or _form_token(headers.get("content-type", ""), body)
        if not given or not secrets.compare_digest(given.encode(), self.csrf_token.encode()):
            return 403, (f"missing or wrong CSRF token: send the page's csrf-token in the {CSRF_HEADER} header "
                         f"or the {CSRF_FIELD} form field")
        return None


def _headers(scope: Scope) -> dict[str, str]:
    return {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", ())}


def _form_token(content_type: str, body: bytes) -> str | None:
    if not content_type.lower().startswith("application/x-www-form-urlencoded"):
        return None
    values = parse_qs(body.decode("latin-1"), keep_blank_values=True).get(CSRF_FIELD)
    return values[0] if values else None


async def _read_body(receive: Receive, limit: int) -> bytes | None:
    """The whole request body, or None once it passes `limit` bytes."""
    chunks, size, more = [], 0, True
    while more:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
        more = message.get("more_body", False)
    return b"".join(chunks)


def _replay(body: bytes, receive: Receive) -> Receive:
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


def _with_headers(send: Send) -> Send:
    async def wrapped(message: Message) -> None:
        if message["type"] == "http.response.start":
            present = {k.lower() for k, _ in message.get("headers", ())}
            extra = [(k.encode(), v.encode()) for k, v in HEADERS if k.encode() not in present]
            message = {**message, "headers": [*message.get("headers", ()), *extra]}
        await send(message)

    return wrapped


async def _plain(send: Send, status: int, message: str) -> None:
    body = json.dumps({"detail": message}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


class RedactTokens(logging.Filter):
    """Blank the value of every `token=` query parameter in a log record (uvicorn's access log)."""

    _pattern = re.compile(r"(?<=[?&]token=)[^&\s\"]*")

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(self._pattern.sub("[redacted]", a) if isinstance(a, str) else a for a in record.args)
        if isinstance(record.msg, str):
            record.msg = self._pattern.sub("[redacted]", record.msg)
        return True


def log_config() -> dict[str, Any]:
    """uvicorn's logging configuration with `token=` values redacted from the access log."""
    import copy

    from uvicorn.config import LOGGING_CONFIG

    config = copy.deepcopy(LOGGING_CONFIG)
    config.setdefault("filters", {})["redact_tokens"] = {"()": RedactTokens}
    config["loggers"]["uvicorn.access"]["filters"] = ["redact_tokens"]
    return config
