"""Full-text search: SQLite FTS5 or PostgreSQL text search over title and text.

Queries use web-search syntax on both backends: words are ANDed, "quoted
phrases" match as phrases, ``OR`` between terms gives alternatives and a
leading ``-`` excludes a word. Snippets mark the matched words with
`MARK_START` and `MARK_END`.
"""
from __future__ import annotations

import re

from sqlalchemy import Connection, text

MARK_START = "\u00ab"   # «
MARK_END = "\u00bb"     # »
_TOKEN = re.compile(r'-?"[^"]*"|\S+')
_WORD = re.compile(r"\w+", re.UNICODE)


def _fts5_term(token: str) -> str | None:
    phrase = token.strip('"')
    words = _WORD.findall(phrase)
    return '"' + " ".join(words) + '"' if words else None


def fts5_query(query: str) -> str:
    """Translate web-search syntax into a safe FTS5 MATCH expression ('' when empty)."""
    include: list[str] = []
    exclude: list[str] = []
    pending_or = False
    for token in _TOKEN.findall(query):
        if token == "OR" and include:
            pending_or = True
            continue
        negate = token.startswith("-") and len(token) > 1
        term = _fts5_term(token[1:] if negate else token)
        if term is None:
            continue
        if negate:
            exclude.append(term)
        elif pending_or:
            include[-1] = f"{include[-1]} OR {term}"
            pending_or = False
        else:
            include.append(term)
    if not include:
        return ""
    expr = " AND ".join(f"({t})" for t in include)
    for term in exclude:
        expr = f"({expr}) NOT {term}"
    return expr


_SQLITE = text(f"""
    SELECT d.id AS id, snippet(documents_fts, 1, '{MARK_START}', '{MARK_END}', '…', 16) AS snippet,
           -bm25(documents_fts, 4.0, 1.0) AS rank
    FROM documents_fts JOIN documents d ON d.pk = documents_fts.rowid
    WHERE documents_fts MATCH :q
    ORDER BY bm25(documents_fts, 4.0, 1.0), d.id
    LIMIT :limit
""")

_PG_VECTOR = "to_tsvector('english', coalesce(d.title, '') || ' ' || d.text)"
_PG = text(f"""
    WITH q AS (SELECT websearch_to_tsquery('english', :q) AS query),
    top AS (
        SELECT d.id, d.text, ts_rank_cd({_PG_VECTOR}, q.query) AS rank
        FROM documents d, q
        WHERE {_PG_VECTOR} @@ q.query
        ORDER BY rank DESC, d.id
        LIMIT :limit
    )
    SELECT top.id AS id, top.rank AS rank,
           ts_headline('english', top.text, q.query,
                       'StartSel={MARK_START}, StopSel={MARK_END}, MaxWords=30, MinWords=12, MaxFragments=1')
           AS snippet
    FROM top, q
    ORDER BY top.rank DESC, top.id
""")


def search_rows(conn: Connection, query: str, limit: int) -> list[tuple[str, str, float]]:
    """(document id, snippet, rank) of the best matches; higher rank is better."""
    if conn.dialect.name == "sqlite":
        match = fts5_query(query)
        if not match:
            return []
        rows = conn.execute(_SQLITE, {"q": match, "limit": limit})
    else:
        if not _WORD.search(query):
            return []
        rows = conn.execute(_PG, {"q": query, "limit": limit})
    return [(r.id, r.snippet or "", float(r.rank)) for r in rows]
