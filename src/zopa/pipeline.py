"""The main job end to end: ingest → extract → analyse → report.

`run()` is what `zopa run` calls. Every stage is a library function of its own
module; this one only wires them and collects their typed results.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

from .codebook import Codebook, load_codebook
from .records import IngestResult
from .settings import Settings, sqlite_url


@dataclass(frozen=True, slots=True)
class RunResult:
    """What one `zopa run` did and where it left its outputs."""

    db_url: str
    ingest: IngestResult
    extraction: Any            # zopa.extract.ExtractSummary
    analysis: Any              # zopa.analysis.AnalysisResult
    report_html: Path
    report_md: Path


def default_db_url(settings: Settings, out_dir: Path, explicit: bool) -> str:
    """The store of a run: the explicit/environment URL, else a SQLite file in the output folder."""
    return settings.db_url if explicit else sqlite_url(out_dir / "zopa.db")


def run(
    sources: Sequence[str],
    settings: Settings,
    *,
    out_dir: Path,
    db_explicit: bool = False,
    scenario_path: str | None = None,
    codebook: Codebook | None = None,
    progress: bool = True,
) -> RunResult:
    """Ingest `sources`, extract statements, analyse positions and write the report into `out_dir`."""
    from .analysis import analyse_store
    from .analysis.scenario import load_scenario
    from .extract import extract_store
    from .ingest import ingest
    from .report import write_report
    from .store import Store

    out_dir.mkdir(parents=True, exist_ok=True)
    codebook = codebook or load_codebook(settings.codebook)
    scenario = load_scenario(scenario_path) if scenario_path else None
    db_url = default_db_url(settings, out_dir, db_explicit)
    with Store(db_url) as store:
        ingested = ingest(list(sources), store, settings, progress=progress)
        extracted = extract_store(store, codebook, progress=progress)
        analysis = analyse_store(store, codebook, scenario=scenario)
        html, md = write_report(store, codebook, out_dir / "report.html", scenario=scenario)
    return RunResult(db_url, ingested, extracted, analysis, Path(html), Path(md))
