"""pandas DataFrames for notebooks: documents, statements, positions and the gap table.

    import zopa
    store = zopa.open_store("sqlite:///zopa-out/zopa.db")
    zopa.statements_frame(store, actor="RUS")

The columns are those of the export records (`zopa.store.export`), so a frame
and an exported file always agree.
"""
from __future__ import annotations

from typing import Any

import pandas as pd

from .codebook import Codebook, load_codebook
from .store.export import DOCUMENT_FIELDS, STATEMENT_FIELDS, document_record, statement_record

POSITION_COLUMNS = ("actor", "issue", "date", "ideal", "reservation", "red_line", "salience", "confidence",
                    "source", "statements")
GAP_COLUMNS = ("issue", "label", "zopa_low", "zopa_high", "gap")


def documents_frame(store: Any) -> pd.DataFrame:
    """One row per stored document, with the export record's columns."""
    rows = [document_record(d) for d in store.documents()]
    return pd.DataFrame(rows, columns=list(DOCUMENT_FIELDS))


def statements_frame(store: Any, **filters: Any) -> pd.DataFrame:
    """One row per effective statement (corrections applied); filters as `Store.statements`."""
    statements = store.statements(**filters)
    paths = {d.id: (d.path, d.url) for d in store.documents()} if statements else {}
    rows = [statement_record(s, paths) for s in statements]
    return pd.DataFrame(rows, columns=list(STATEMENT_FIELDS))


def positions_frame(store: Any, codebook: Codebook | None = None, scenario: Any = None) -> pd.DataFrame:
    """Positions per actor × issue × date aggregated from the store's statements."""
    from .analysis.positions import aggregate_positions

    codebook = codebook or load_codebook()
    statements = store.statements()
    documents = {d.id: d for d in store.documents()} if statements else None
    positions = aggregate_positions(statements, codebook, scenario=scenario, documents=documents)
    rows = [{c: getattr(p, c) for c in POSITION_COLUMNS} for p in positions]
    return pd.DataFrame(rows, columns=list(POSITION_COLUMNS))


def gaps_frame(analysis: Any) -> pd.DataFrame:
    """The gap/ZOPA table of an `AnalysisResult` (one row per issue with positions)."""
    rows = []
    for issue, item in analysis.to_dict()["issues"].items():
        low, high = item["zopa"] if item["zopa"] else (None, None)
        rows.append({"issue": issue, "label": item["label"], "zopa_low": low, "zopa_high": high, "gap": item["gap"]})
    return pd.DataFrame(rows, columns=list(GAP_COLUMNS))
