"""Extract statements for every stored document and write them through the store."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from ..codebook import Codebook
from ..errors import ZopaError
from ..records import ItemError
from ..review.calibration import calibrate
from .pipeline import extract_document, version_for

__all__ = ["ExtractSummary", "extract_store"]


@dataclass(frozen=True, slots=True)
class ExtractSummary:
    """What one extraction run over a store did."""

    documents: int
    statements: int
    extractor_version: str
    errors: tuple[ItemError, ...] = ()

    def __str__(self) -> str:
        tail = f", {len(self.errors)} error(s)" if self.errors else ""
        return f"{self.statements} statements from {self.documents} documents ({self.extractor_version}){tail}"


def analyst_stance_model(store: Any) -> Path | None:
    """The analyst's own stance model kept beside a SQLite store, when one has been trained."""
    from ..review.training import analyst_model_path

    try:
        path = analyst_model_path(store.url)
    except ZopaError:
        return None
    return path if path.is_file() else None


def extract_store(store: Any, codebook: Codebook, mode: str = "rules", progress: bool = True,
                  stance_model: str | Path | None = None) -> ExtractSummary:
    """Run extraction over every stored document and replace its machine statements.

    `store` is a `zopa.store.Store`. A document that fails is reported in
    the summary's errors and the run goes on. In learned mode the analyst's
    model beside the store is used when there is one (else the shipped model),
    and its statements carry its version.
    """
    if mode == "learned" and stance_model is None:
        stance_model = analyst_stance_model(store)
    version = version_for(mode)
    if mode == "learned" and stance_model is not None:
        from .learned import load_model

        version = str(load_model(stance_model).meta.get("extractor_version", version))
    total = store.document_count()
    n_docs = n_statements = 0
    errors: list[ItemError] = []
    columns = (TextColumn("extract"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, disable=not progress, transient=True) as bar:
        task = bar.add_task("extract", total=total)
        for doc in store.iter_documents():
            try:
                statements = calibrate(extract_document(doc, codebook, mode=mode, stance_model=stance_model))
                n_statements += store.replace_machine_statements(doc.id, statements, version)
                n_docs += 1
            except ZopaError as exc:
                errors.append(ItemError(doc.name, str(exc)))
            bar.advance(task)
    return ExtractSummary(n_docs, n_statements, version, tuple(errors))
