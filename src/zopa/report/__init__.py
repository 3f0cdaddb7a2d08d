"""The report: a self-contained HTML page and Markdown built from the store and the analysis."""
from .model import (DocumentRow, Evidence, Forecast, IssueView, Lever, Package, PlanRow, PositionCell,
                    Provenance, Report, Shift, TimelinePoint, build_provenance, report_from_analysis)
from .render import build_report, render_html, render_markdown, with_charts, write_report

__all__ = [
    "DocumentRow", "Evidence", "Forecast", "IssueView", "Lever", "Package", "PlanRow", "PositionCell",
    "Provenance", "Report", "Shift", "TimelinePoint", "build_provenance", "build_report", "render_html",
    "render_markdown", "report_from_analysis", "with_charts", "write_report",
]
