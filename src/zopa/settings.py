"""One settings object; defaults in one place; overrides by environment and flag.

Precedence: explicit argument (CLI flag) > environment variable > default.
"""
from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass
from pathlib import Path

ENV_PREFIX = "ZOPA_"


@dataclass(frozen=True, slots=True)
class Settings:
    db_url: str = "sqlite:///zopa.db"          # ZOPA_DB
    codebook: str | None = None                 # ZOPA_CODEBOOK: path; None = bundled default
    out_dir: str = "zopa-out"                   # ZOPA_OUT
    fetch_timeout: float = 10.0                 # ZOPA_FETCH_TIMEOUT seconds per HTTP request
    fetch_max_bytes: int = 5_000_000            # ZOPA_FETCH_MAX_BYTES per fetched item
    max_file_bytes: int = 20_000_000            # ZOPA_MAX_FILE_BYTES per input file
    user_agent: str = "zopa/0.1 (+offline news analysis)"
    near_duplicate_threshold: float = 0.8       # ZOPA_NEAR_DUPLICATE_THRESHOLD (Jaccard of shingles)
    web_token: str | None = None                # ZOPA_TOKEN: required when serving beyond loopback

    def replace(self, **changes: object) -> "Settings":
        return dataclasses.replace(self, **{k: v for k, v in changes.items() if v is not None})


_ENV = {
    "db_url": "DB",
    "codebook": "CODEBOOK",
    "out_dir": "OUT",
    "fetch_timeout": "FETCH_TIMEOUT",
    "fetch_max_bytes": "FETCH_MAX_BYTES",
    "max_file_bytes": "MAX_FILE_BYTES",
    "near_duplicate_threshold": "NEAR_DUPLICATE_THRESHOLD",
    "web_token": "TOKEN",
}


def load_settings(**overrides: object) -> Settings:
    """Defaults, then ZOPA_* environment variables, then non-None keyword overrides."""
    base = Settings()
    env: dict[str, object] = {}
    for name, suffix in _ENV.items():
        raw = os.environ.get(ENV_PREFIX + suffix)
        if raw is None or raw == "":
            continue
        kind = type(getattr(base, name)) if getattr(base, name) is not None else str
        env[name] = kind(raw)
    return base.replace(**env).replace(**overrides)


def sqlite_url(path: str | os.PathLike[str]) -> str:
    """SQLAlchemy URL of a SQLite file."""
    return f"sqlite:///{Path(path).resolve()}"
