"""The local web app: dashboard, issue/actor/document pages, statements, corrections, what-if; JSON twins."""
from __future__ import annotations

from typing import Sequence

from .app import create_app
from .auth import check_bind, is_loopback
from .security import log_config
from .views import Segment, StatementFilter, Views, WhatIf, highlight_segments

__all__ = ["Segment", "StatementFilter", "Views", "WhatIf", "check_bind", "create_app", "highlight_segments",
           "is_loopback", "serve"]


def serve(store_url: str, *, host: str = "127.0.0.1", port: int = 8000, token: str | None = None,
          codebook: str | None = None, allowed_hosts: Sequence[str] = ()) -> None:
    """Run the app with uvicorn; refuses a non-loopback host without a token; no token in the access log."""
    import uvicorn

    check_bind(host, token)
    app = create_app(store_url, codebook, token=token, bind=host, allowed_hosts=allowed_hosts)
    uvicorn.run(app, host=host, port=port, log_level="info", log_config=log_config())
