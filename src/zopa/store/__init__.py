"""The store: documents, statements and analyst corrections in SQLite or PostgreSQL.

    from zopa.store import Store
    with Store("sqlite:///zopa.db") as store:
        store.add_document(doc)
        store.replace_machine_statements(doc.id, statements, "rules-1")
        store.statements(actor="RUS")

See `zopa.store.export` for the export formats (a stable interface).
"""
from __future__ import annotations

from ._search import MARK_END, MARK_START
from .corrections import Correction
from .export import EXPORT_FORMATS, export_documents, export_statements
from .store import SearchHit, Store

__all__ = [
    "EXPORT_FORMATS",
    "MARK_END",
    "MARK_START",
    "Correction",
    "SearchHit",
    "Store",
    "export_documents",
    "export_statements",
]
