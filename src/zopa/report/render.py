"""Build the report from a store and render it as one self-contained HTML file and Markdown."""
from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from ..codebook import Codebook
from .charts import position_chart, sensitivity_chart, timeline_chart
from .model import Report, fmt, report_from_analysis

_html_env = Environment(loader=PackageLoader("zopa.report", "templates"),
                        autoescape=select_autoescape(["html", "j2"], default_for_string=True),
                        trim_blocks=True, lstrip_blocks=True)
_md_env = Environment(loader=PackageLoader("zopa.report", "templates"), autoescape=False,
                      trim_blocks=True, lstrip_blocks=True)


def md_escape(text: object) -> str:
    """Escape text for Markdown: HTML-significant characters, table pipes, and the brackets of link
    and image syntax (so `[x](javascript:…)` in an article stays text)."""
    s = "" if text is None else str(text)
    s = s.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("|", "\\|")
            .replace("\n", " "))


for _env in (_html_env, _md_env):
    _env.filters["num"] = fmt
    _env.filters["md"] = md_escape


def with_charts(report: Report) -> Report:
    """The report with each issue's position, timeline and sensitivity charts drawn (inline SVG)."""
    issues = tuple(dataclasses.replace(v, chart_svg=position_chart(v), timeline_svg=timeline_chart(v),
                                       sensitivity_svg=sensitivity_chart(v))
                   for v in report.issues)
    return dataclasses.replace(report, issues=issues)


def build_report(store: Any, codebook: Codebook, *, scenario: Any = None, charts: bool = True) -> Report:
    """Analyse the store and assemble the report model (charts included unless `charts=False`)."""
    from ..analysis import analyse_store

    snapshot = _Snapshot(list(store.documents()), list(store.statements()))   # the store read once
    analysis = analyse_store(snapshot, codebook, scenario=scenario).to_dict()
    report = report_from_analysis(analysis, codebook, snapshot.stored_documents, snapshot.stored_statements)
    return with_charts(report) if charts else report


@dataclasses.dataclass(frozen=True)
class _Snapshot:
    """The documents and statements of a store as read once, with the store's reading methods."""

    stored_documents: list[Any]
    stored_statements: list[Any]

    def documents(self) -> list[Any]:
        return self.stored_documents

    def statements(self) -> list[Any]:
        return self.stored_statements


def render_html(report: Report) -> str:
    """One HTML page: CSS inline, charts inline SVG, every text escaped, no external URL."""
    return _html_env.get_template("report.html.j2").render(report=report, standalone=True)


def render_markdown(report: Report) -> str:
    """The same report as Markdown (no charts; tables and quotes)."""
    return _md_env.get_template("report.md.j2").render(report=report)


def write_report(store: Any, codebook: Codebook, out_path: str | Path, *, scenario: Any = None) -> tuple[Path, Path]:
    """Write the HTML report to `out_path` and the Markdown beside it; return both paths."""
    html_path = Path(out_path)
    md_path = html_path.with_suffix(".md")
    html_path.parent.mkdir(parents=True, exist_ok=True)
    report = build_report(store, codebook, scenario=scenario)
    html_path.write_text(render_html(report), encoding="utf-8")
    md_path.write_text(render_markdown(report), encoding="utf-8")
    return html_path, md_path
