"""zopa: from news coverage of a negotiation to an evidence-linked model of positions and bargaining analysis.

The public API, for scripts and notebooks::

    import zopa
    cb = zopa.load_codebook()
    with zopa.Store("sqlite:///zopa-out/zopa.db") as store:
        zopa.ingest.ingest(["data/corpus/seeds"], store, zopa.load_settings())
        zopa.extract_store(store, cb)
        result = zopa.analyse_store(store, cb)
        zopa.statements_frame(store, actor="RUS")      # pandas DataFrame
        zopa.gaps_frame(result)

Submodules are imported on first use, so ``import zopa`` stays fast. The
stage functions that share their module's name are reached through it:
``zopa.ingest.ingest`` and ``zopa.evaluate.evaluate``.
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# public name -> module that defines it
_EXPORTS: dict[str, str] = {
    "Codebook": "zopa.codebook", "load_codebook": "zopa.codebook",
    "Settings": "zopa.settings", "load_settings": "zopa.settings",
    "Document": "zopa.records", "Statement": "zopa.records", "Position": "zopa.records",
    "RawDocument": "zopa.records", "ItemError": "zopa.records", "IngestResult": "zopa.records",
    "ZopaError": "zopa.errors", "CodebookError": "zopa.errors", "InputError": "zopa.errors",
    "FetchError": "zopa.errors", "StoreError": "zopa.errors", "ScenarioError": "zopa.errors",
    "NotFoundError": "zopa.errors",
    "Store": "zopa.store", "export_documents": "zopa.store", "export_statements": "zopa.store",
    "load_documents": "zopa.ingest", "read_sources": "zopa.ingest",
    "clean_document": "zopa.ingest",
    "extract_document": "zopa.extract", "extract_store": "zopa.extract", "EXTRACTOR_VERSION": "zopa.extract",
    "aggregate_positions": "zopa.analysis.positions", "load_scenario": "zopa.analysis.scenario",
    "analyse": "zopa.analysis", "analyse_store": "zopa.analysis", "AnalysisResult": "zopa.analysis",
    "pareto_frontier": "zopa.analysis", "nash_solution": "zopa.analysis",
    "kalai_smorodinsky": "zopa.analysis", "load_plans": "zopa.analysis",
    "forecast_positions": "zopa.analysis.forecast", "backtest_deu": "zopa.analysis.deu",
    "load_deu": "zopa.analysis.deu",
    "build_report": "zopa.report", "write_report": "zopa.report",
    "create_app": "zopa.web",
    "run": "zopa.pipeline", "RunResult": "zopa.pipeline",
    "extract_many": "zopa.distributed",
    "ReviewQueue": "zopa.review", "rank_statements": "zopa.review", "statement_influence": "zopa.analysis.influence",
    "documents_frame": "zopa.frames", "statements_frame": "zopa.frames",
    "positions_frame": "zopa.frames", "gaps_frame": "zopa.frames",
}

__all__ = sorted(_EXPORTS) + ["__version__"]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'zopa' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))


if TYPE_CHECKING:  # pragma: no cover
    from .analysis import AnalysisResult, analyse, analyse_store, kalai_smorodinsky, load_plans, nash_solution, pareto_frontier
    from .analysis.deu import backtest_deu, load_deu
    from .analysis.forecast import forecast_positions
    from .analysis.positions import aggregate_positions
    from .analysis.scenario import load_scenario
    from .codebook import Codebook, load_codebook
    from .distributed import extract_many
    from .errors import (CodebookError, FetchError, InputError, NotFoundError, ScenarioError, StoreError,
                         ZopaError)
    from .extract import EXTRACTOR_VERSION, extract_document, extract_store
    from .frames import documents_frame, gaps_frame, positions_frame, statements_frame
    from .ingest import clean_document, load_documents, read_sources
    from .pipeline import RunResult, run
    from .records import Document, IngestResult, ItemError, Position, RawDocument, Statement
    from .analysis.influence import statement_influence
    from .report import build_report, write_report
    from .review import ReviewQueue, rank_statements
    from .settings import Settings, load_settings
    from .store import Store, export_documents, export_statements
    from .web import create_app
